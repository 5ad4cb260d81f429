"""`qualif rules`: every article, paragraph and aggravating circumstance with its versions and dates."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from engine.law.loader import RuleBook
from engine.law.rule_model import Aggravation, Attempt, Offence, Version


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _same_article(wanted: str, article: str) -> bool:
    """``225-7-1`` finds ``225-7-1`` and ``225-7-1 al. 2`` but not ``225-7``; ``222-24`` finds ``222-24 1°`` but
    not ``222-24-1``; ``222-24 1°`` not ``222-24 10°`` (spaces folded, never dropped before the prefix test)."""
    a, w = " ".join(article.split()), " ".join(wanted.split())
    if a.replace(" ", "") == w.replace(" ", ""):
        return True
    return a.startswith(w) and not a[len(w)].isdigit() and a[len(w)] != "-"


def _agg_row(v: Version, agg: Aggravation) -> dict[str, Any]:
    return {
        "id": agg.id,
        "article": agg.article,
        "label": agg.label,
        "valid_from": _iso(agg.valid_from or v.valid_from),
        "valid_to": _iso(agg.valid_to or v.valid_to),
        "nature": agg.nature,
        "penalty": agg.penalty.summary(),
    }


def rows(book: RuleBook, article: str | None = None, at: dt.date | None = None) -> list[dict[str, Any]]:
    """One row per offence version; ``article`` keeps the offences or circumstances of that article,
    ``at`` the versions and circumstances in force that day."""
    out = []
    for off in book.offences.values():
        for v in off.versions:
            if at is not None and not v.in_force(at):
                continue
            aggs = [a for a in v.aggravations if at is None or a.in_force(at)]
            if article is not None and not (_same_article(article, off.article) or _same_article(article, off.article_of(v))):
                aggs = [a for a in aggs if _same_article(article, a.article)]
                if not aggs:
                    continue
            row = _row(book, off, v, aggs)
            row["attempts"] = [_attempt_row(a) for a in off.attempts if _overlaps(a, v) and (at is None or a.in_force(at))]
            out.append(row)
    return out


def _overlaps(a: Attempt, v: Version) -> bool:
    return a.valid_from <= (v.valid_to or dt.date.max) and (a.valid_to or dt.date.max) >= v.valid_from


def _attempt_row(a: Attempt) -> dict[str, Any]:
    """A text punishing the attempt, during (part of) the version."""
    dates = {"valid_from": _iso(a.valid_from), "valid_to": _iso(a.valid_to)}
    return {"article": a.article, **dates, "reconstructed": bool(a.reconstruction)}


def _row(book: RuleBook, off: Offence, v: Version, aggs: list[Aggravation]) -> dict[str, Any]:
    return {
        "offence": off.id,
        "article": off.article_of(v),
        "label": off.label,
        "version": v.id,
        "valid_from": _iso(v.valid_from),
        "valid_to": _iso(v.valid_to),
        "reconstructed": v.reconstructed,
        "continuing": off.continuing,
        "nature": v.nature,
        "penalty": v.penalty.summary(),
        "elements": len(v.elements),
        "aggravations": [_agg_row(v, a) for a in aggs],
        "file": book.files[off.id],
    }


def _span(start: str | None, end: str | None) -> str:
    return f"{start} → {end or 'en vigueur'}"


def render(book: RuleBook, fmt: str, article: str | None = None, at: dt.date | None = None) -> str:
    listed = rows(book, article, at)
    if fmt == "json":
        return json.dumps({"ruleset_version": book.version_hash, "rules": listed}, ensure_ascii=False, indent=2)
    scope = f" en vigueur le {at:%d/%m/%Y}" if at else ""
    lines = [f"Règles {book.version_hash} — {len({r['offence'] for r in listed})} infractions{scope}"]
    for row in listed:
        flags = " [reconstituée]" if row["reconstructed"] else ""
        lines.append(
            f"  art. {row['article']:<16} {row['label']} [{row['nature']}, {row['penalty']}] "
            f"version {row['version']} ({_span(row['valid_from'], row['valid_to'])}){flags} — {row['file']}"
        )
        for agg in row["aggravations"]:
            lines.append(
                f"      circonstance art. {agg['article']} : {agg['label']} [{agg['nature']}, {agg['penalty']}] "
                f"({_span(agg['valid_from'], agg['valid_to'])})"
            )
        for att in row["attempts"]:
            rebuilt = " [reconstituée]" if att["reconstructed"] else ""
            lines.append(f"      tentative punie : art. {att['article']} ({_span(att['valid_from'], att['valid_to'])}){rebuilt}")
    return "\n".join(lines)
