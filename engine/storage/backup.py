"""Backup of the case library: every case (in use or in the bin), with its version and classification history, as JSON.

Format ``qualif-bibliotheque``, version :data:`FORMAT_VERSION`: ``{"format", "format_version", "exported_at",
"cases": [{"id", "reference", "title", "case", "created_at", "updated_at", "version", "binned_at",
"classifications": [{"classified_at", "ruleset_version", "law_date", "summary"}]}]}`` (``case`` in the
engine's schema; ``id`` is the number it had in the exported library, for information only).

An import is one transaction (all or nothing) and never overwrites a case: every case gets a new number;
a case already there with the same reference and the same content is skipped; a reference held by another
case is a conflict, refused with the references named (:class:`ImportRefused`), or, with ``rename``, imported
under a new reference (« …-import »). Read from a file that is not such a backup: :class:`BackupError`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from engine.case.loading import parse_case
from engine.kernel.errors import CaseInputError, case_error_from_validation
from engine.storage import db
from engine.storage.library import PENDING, Library, case_json, free_reference

__all__ = ["FORMAT", "FORMAT_VERSION", "BackupError", "ImportRefused", "ImportReport", "export_library", "import_library"]

FORMAT = "qualif-bibliotheque"
FORMAT_VERSION = 1
Conflicts = Literal["refuse", "rename"]
_MAX_ID = 64  # Case.id max_length


class BackupError(ValueError):
    """Not a Qualif library backup, or one that cannot be imported (French message naming what is wrong)."""


class ImportRefused(BackupError):
    """References of the backup already held by other cases of the library: nothing was imported."""

    def __init__(self, references: list[str]):
        self.references = references
        shown = ", ".join(f"« {r} »" for r in references[:10]) + (" …" if len(references) > 10 else "")
        super().__init__(
            f"import refusé : {len(references)} dossier(s) de la sauvegarde portent la référence d'un autre dossier de la "
            f"bibliothèque ({shown}) ; rien n'a été importé. Relancer avec --on-conflict rename pour les importer sous "
            "une nouvelle référence."
        )


def _iso(parse: Callable[[str], object], wrong: str) -> AfterValidator:
    """A check that the text parses (``wrong``: the French message, with the text), the text kept as written."""

    def check(value: str) -> str:
        try:
            parse(value)
        except ValueError:
            raise ValueError(wrong.format(value[:40])) from None
        return value

    return AfterValidator(check)


Timestamp = Annotated[str, _iso(dt.datetime.fromisoformat, "date et heure invalides « {} » (format ISO 8601 attendu)")]
Day = Annotated[str, _iso(dt.date.fromisoformat, "date invalide « {} » (format attendu AAAA-MM-JJ)")]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ClassificationRecord(_Record):
    classified_at: Timestamp
    ruleset_version: str
    law_date: Day | None = None
    summary: dict[str, Any]


class CaseRecord(_Record):
    id: int | None = None
    reference: str = Field(min_length=1, max_length=_MAX_ID)
    title: str
    case: dict[str, Any]
    created_at: Timestamp
    updated_at: Timestamp
    version: int = Field(ge=1)
    binned_at: Timestamp | None = None
    classifications: list[ClassificationRecord] = []


class Backup(_Record):
    format: Literal["qualif-bibliotheque"]
    format_version: int
    exported_at: Timestamp
    cases: list[CaseRecord]


@dataclass
class ImportReport:
    """What an import did: cases imported, renamed (old → new reference), skipped as already there."""

    imported: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def export_library(library: Library, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The whole library as a backup document, read in one snapshot (a concurrent save is wholly in or out)."""
    with db.reading(library.path, create_missing=False) as conn:
        conn.execute("BEGIN")  # one read transaction: the cases and their history as of one moment
        try:
            rows = conn.execute("SELECT * FROM library_cases ORDER BY id").fetchall()
            history = conn.execute("SELECT * FROM library_classifications ORDER BY case_id, classified_at, id").fetchall()
        finally:
            conn.execute("ROLLBACK")
    by_case: dict[int, list[dict[str, Any]]] = {}
    for h in history:
        by_case.setdefault(h["case_id"], []).append(
            {
                "classified_at": h["classified_at"],
                "ruleset_version": h["ruleset_version"],
                "law_date": h["law_date"],
                "summary": json.loads(h["summary_json"]),
            }
        )
    cases = [
        {
            "id": r["id"],
            "reference": r["reference"],
            "title": r["title"],
            "case": json.loads(r["case_json"]),
            "created_at": r["created_at"],
            "updated_at": r["updated_at"],
            "version": r["version"],
            "binned_at": r["binned_at"],
            "classifications": by_case.get(r["id"], []),
        }
        for r in rows
    ]
    moment = (now or dt.datetime.now(dt.UTC)).isoformat()
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "exported_at": moment, "cases": cases}


def read_backup(data: object) -> Backup:
    """A validated backup document; BackupError (French, naming the field) otherwise."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError(f"ce fichier n'est pas une sauvegarde de bibliothèque Qualif (« format » : « {FORMAT} » attendu)")
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise BackupError(f"version de sauvegarde {version!r} non prise en charge (attendu {FORMAT_VERSION})")
    try:
        backup = Backup.model_validate(data)
    except ValidationError as exc:
        where, what = case_error_from_validation(exc).problems[0]  # the French wording of the case checks
        what = what.replace(" ; voir `qualif schema`", "")  # the case-schema hint does not apply to a backup
        raise BackupError(f"sauvegarde invalide : {where or 'document'} : {what}") from None
    seen: set[str] = set()
    for n, record in enumerate(backup.cases):
        if record.reference in seen:
            raise BackupError(f"sauvegarde invalide : cases[{n}] : la référence « {record.reference} » y figure deux fois")
        seen.add(record.reference)
        if record.case.get("id") != record.reference:
            raise BackupError(f"sauvegarde invalide : cases[{n}].case.id : différent de la référence « {record.reference} »")
        try:
            parse_case(record.case)
        except CaseInputError as exc:
            where, what = exc.problems[0]
            raise BackupError(f"sauvegarde invalide : cases[{n}] (« {record.reference} ») : {where} : {what}") from None
    return backup


def import_library(library: Library, data: object, *, on_conflict: Conflicts = "refuse") -> ImportReport:
    """Add the backup's cases to the library, in one transaction; ImportRefused (nothing imported) on a conflict
    unless ``on_conflict`` is ``"rename"``. Existing cases are never changed."""
    backup = read_backup(data)
    report = ImportReport()
    with db.transaction(library.path, create_missing=False) as conn:
        existing = {r["reference"]: r for r in conn.execute("SELECT reference, title, case_json, binned_at FROM library_cases")}
        taken = set(existing)
        plan: list[tuple[CaseRecord, str]] = []
        conflicts: list[str] = []
        for record in backup.cases:
            data_json = case_json(parse_case(record.case))
            old = existing.get(record.reference)
            if old is None:
                plan.append((record, record.reference))
            elif (old["case_json"], old["title"], bool(old["binned_at"])) == (data_json, record.title, bool(record.binned_at)):
                report.skipped.append(record.reference)
            elif on_conflict == "rename":
                new = free_reference(record.reference, taken, "import")
                taken.add(new)
                plan.append((record, new))
                report.renamed.append((record.reference, new))
            else:
                conflicts.append(record.reference)
        if conflicts:
            raise ImportRefused(conflicts)
        for record, reference in plan:
            _insert(conn, record, reference)
            report.imported.append(reference)
        conn.execute("DELETE FROM library_meta WHERE key = ?", (PENDING,))  # a restored library gets no examples
    return report


def _insert(conn: Any, record: CaseRecord, reference: str) -> None:
    case = parse_case({**record.case, "id": reference})
    cur = conn.execute(
        "INSERT INTO library_cases (reference, title, case_json, created_at, updated_at, version, binned_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (reference, record.title, case_json(case), record.created_at, record.updated_at, record.version, record.binned_at),
    )
    for h in record.classifications:
        summary = json.dumps(h.summary, ensure_ascii=False, sort_keys=True)
        conn.execute(
            "INSERT INTO library_classifications (case_id, classified_at, ruleset_version, law_date, summary_json) "
            "VALUES (?, ?, ?, ?, ?)",
            (cur.lastrowid, h.classified_at, h.ruleset_version, h.law_date, summary),
        )
