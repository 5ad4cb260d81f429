"""[5/7] The partie-civile note a lawyer can file: French throughout, a statement of facts, the heads of damage
with the CIVI route, English originals in an annex only, internal details in the footer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from engine.api import classify, get_engine, load_case
from engine.documents.document import Heading
from engine.documents.notes import build_note
from engine.law.translations import translations

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
GENERATED = dt.datetime(2026, 1, 2, 10, 30)


def _note(name: str = "mineure_16_ans_reseau.yaml") -> tuple[list[str], str, list[str]]:
    case = load_case(EXAMPLES / name)
    doc = build_note("partie_civile", case, classify(case), generated_at=GENERATED, book=get_engine().book)
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    body = "\n".join(doc.texts())
    annex = body.split("Annexe — textes originaux en anglais", 1)
    return headings, annex[0], annex[1:]


def test_statement_of_facts_damages_and_civi_route() -> None:
    headings, body, _ = _note()
    assert {"Personnes", "Actes", "Préjudices et demandes (à compléter)"} <= set(headings)
    assert "Souffrances endurées : ____" in body and "CPP, art. 706-3 2°" in body
    assert "« A peine de forclusion, la demande d'indemnité doit être présentée dans le délai de trois ans" in body


def test_english_sources_are_quoted_in_translation_and_kept_in_the_annex() -> None:
    _, body, annex = _note()
    english = set(translations().quotes)
    assert "CNCDH, avis relatif à la prévention et à la lutte contre la prostitution" in body  # its French title
    assert "(traduction)" in body and annex, "the note quotes CNCDH in translation and keeps the originals in an annex"
    assert not [q for q in english if q in body], "an English quote outside the annex"
    assert any(q in annex[0] for q in english)
    assert "rules/texts" not in body and "[applicable]" not in body and "[à examiner]" not in body


def test_every_english_quote_of_the_rules_has_its_french_rendering() -> None:
    book = get_engine().book
    english = {c.quote for r in book.protection.values() for c in r.sources if c.quote and c.file and c.file.endswith(".txt")}
    missing = sorted(q for q in english if translations().french(q) is None)
    assert not missing, "à traduire dans rules/sources/traductions.yaml :\n" + "\n".join(missing)
    files = {c.file for r in book.protection.values() for c in r.sources if c.file and c.file.endswith(".txt")}
    assert set(translations().titles) >= files
