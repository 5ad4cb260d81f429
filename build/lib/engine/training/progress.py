"""Trainees' progress on the practical cases, kept in the local SQLite file (:mod:`engine.storage.db`).

Tables ``training_attempts`` (one row per graded attempt: pseudonym, case, start and end, time
spent, score, hints used, ruleset) and ``training_attempt_scores`` (per article or flag of the
attempt: right items out of total). One connection per call: safe from Streamlit's threads, and
the file persists across restarts. Only a pseudonym is stored, never a name or the answer itself.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from engine.storage import db
from engine.training.model import Grade

SCHEMA = """
CREATE TABLE IF NOT EXISTS training_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    trainee TEXT NOT NULL,
    case_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    seconds INTEGER NOT NULL CHECK (seconds >= 0),
    correct INTEGER NOT NULL,
    total INTEGER NOT NULL,
    score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
    hints_used INTEGER NOT NULL DEFAULT 0 CHECK (hints_used >= 0),
    ruleset_version TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS training_attempts_by_trainee ON training_attempts(trainee, finished_at);
CREATE TABLE IF NOT EXISTS training_attempt_scores (
    attempt_id INTEGER NOT NULL REFERENCES training_attempts(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    correct INTEGER NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, topic)
);
"""
PSEUDONYM = re.compile(r"^\w[\w .\-]{0,63}$")
DbPath = Path | str | None


class Attempt(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    trainee: str
    case_id: str
    started: dt.datetime
    finished: dt.datetime
    seconds: int
    correct: int
    total: int
    score: float
    hints_used: int
    ruleset_version: str
    by_article: dict[str, tuple[int, int]]


class ArticleRate(BaseModel):
    model_config = ConfigDict(frozen=True)

    article: str
    attempts: int
    correct: int
    total: int
    success_rate: float


class CaseRate(BaseModel):
    model_config = ConfigDict(frozen=True)

    case_id: str
    attempts: int
    trainees: int
    success_rate: float
    mean_seconds: float
    hints_used: int


def check_pseudonym(trainee: str) -> str:
    """The pseudonym, stripped; ValueError (French) unless 1-64 letters, digits, spaces, « . », « _ » or « - »."""
    text = trainee.strip()
    if not PSEUDONYM.match(text):
        raise ValueError(
            f"pseudonyme invalide « {trainee[:70]} » : 1 à 64 caractères, lettres, chiffres, espaces, « . », « _ » ou « - », "
            "commençant par une lettre ou un chiffre"
        )
    return text


def _ensure_tables(path: DbPath) -> None:
    """Create the training tables if needed (idempotent; not inside a write transaction, DDL commits)."""
    with db.reading(path) as conn:
        db.ensure_schema(conn, SCHEMA)


@contextmanager
def _reading(path: DbPath) -> Iterator[sqlite3.Connection]:
    """A read connection (engine.storage.db), the training tables created if needed."""
    _ensure_tables(path)
    with db.reading(path) as conn:
        yield conn


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def record_attempt(
    grade: Grade,
    trainee: str,
    started: dt.datetime,
    finished: dt.datetime | None = None,
    hints_used: int = 0,
    path: DbPath = None,
) -> int:
    """Store a graded attempt; its id. Time spent is the whole seconds between start and end."""
    name = check_pseudonym(trainee)
    start, end = _utc(started), _utc(finished or dt.datetime.now(dt.UTC))
    if end < start:
        raise ValueError("fin de la tentative antérieure à son début")
    if hints_used < 0:
        raise ValueError("nombre d'indices négatif")
    _ensure_tables(path)
    with db.transaction(path) as conn:
        cur = conn.execute(
            "INSERT INTO training_attempts (trainee, case_id, started_at, finished_at, seconds, correct, total, score,"
            " hints_used, ruleset_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                name,
                grade.case_id,
                start.isoformat(),
                end.isoformat(),
                int((end - start).total_seconds()),
                grade.correct,
                grade.total,
                grade.score,
                hints_used,
                grade.ruleset_version,
            ),
        )
        attempt_id = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO training_attempt_scores (attempt_id, topic, correct, total) VALUES (?, ?, ?, ?)",
            [(attempt_id, s.topic, s.correct, s.total) for s in grade.by_article],
        )
    return attempt_id


def attempts(trainee: str | None = None, path: DbPath = None) -> list[Attempt]:
    """Every attempt (or one trainee's), most recent first."""
    with _reading(path) as conn:
        where, args = ("WHERE trainee = ?", (trainee,)) if trainee is not None else ("", ())
        rows = conn.execute(f"SELECT * FROM training_attempts {where} ORDER BY finished_at DESC, id DESC", args).fetchall()
        scores: dict[int, dict[str, tuple[int, int]]] = {}
        for s in conn.execute("SELECT attempt_id, topic, correct, total FROM training_attempt_scores ORDER BY topic"):
            scores.setdefault(s["attempt_id"], {})[s["topic"]] = (s["correct"], s["total"])
    return [
        Attempt(
            id=r["id"],
            trainee=r["trainee"],
            case_id=r["case_id"],
            started=dt.datetime.fromisoformat(r["started_at"]),
            finished=dt.datetime.fromisoformat(r["finished_at"]),
            seconds=r["seconds"],
            correct=r["correct"],
            total=r["total"],
            score=r["score"],
            hints_used=r["hints_used"],
            ruleset_version=r["ruleset_version"],
            by_article=scores.get(r["id"], {}),
        )
        for r in rows
    ]


def article_success_rates(path: DbPath = None, trainee: str | None = None) -> list[ArticleRate]:
    """Per article (or flag): attempts that graded it, and right items out of all its items (one trainee's on request)."""
    where, args = ("WHERE a.trainee = ?", (trainee,)) if trainee is not None else ("", ())
    with _reading(path) as conn:
        rows = conn.execute(
            "SELECT s.topic AS topic, COUNT(DISTINCT s.attempt_id) AS n, SUM(s.correct) AS c, SUM(s.total) AS t "
            f"FROM training_attempt_scores s JOIN training_attempts a ON a.id = s.attempt_id {where} "
            "GROUP BY s.topic ORDER BY s.topic",
            args,
        ).fetchall()
    return [
        ArticleRate(
            article=r["topic"], attempts=r["n"], correct=r["c"], total=r["t"], success_rate=r["c"] / r["t"] if r["t"] else 1.0
        )
        for r in rows
    ]


def case_success_rates(path: DbPath = None, trainee: str | None = None) -> list[CaseRate]:
    """Per case: attempts, distinct trainees, mean score, mean time spent, hints used (one trainee's on request)."""
    where, args = ("WHERE trainee = ?", (trainee,)) if trainee is not None else ("", ())
    with _reading(path) as conn:
        rows = conn.execute(
            "SELECT case_id, COUNT(*) AS n, COUNT(DISTINCT trainee) AS who, AVG(score) AS s, AVG(seconds) AS secs, "
            f"SUM(hints_used) AS h FROM training_attempts {where} GROUP BY case_id ORDER BY case_id",
            args,
        ).fetchall()
    return [
        CaseRate(
            case_id=r["case_id"],
            attempts=r["n"],
            trainees=r["who"],
            success_rate=r["s"],
            mean_seconds=r["secs"],
            hints_used=r["h"],
        )
        for r in rows
    ]


CSV_COLUMNS = (
    "tentative",
    "pseudonyme",
    "cas",
    "debut",
    "fin",
    "duree_secondes",
    "justes",
    "total",
    "score",
    "indices",
    "regles",
    "scores_par_article",
)


def export_csv(trainee: str | None = None, path: DbPath = None) -> str:
    """Every attempt in recording order as CSV (UTF-8, header row); per-article scores as « article=justes/total »."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for a in sorted(attempts(trainee, path), key=lambda a: a.id):
        writer.writerow(
            (
                a.id,
                a.trainee,
                a.case_id,
                a.started.isoformat(timespec="seconds"),
                a.finished.isoformat(timespec="seconds"),
                a.seconds,
                a.correct,
                a.total,
                f"{a.score:.3f}",
                a.hints_used,
                a.ruleset_version,
                " ; ".join(f"{k}={c}/{t}" for k, (c, t) in a.by_article.items()),
            )
        )
    return out.getvalue()
