"""[4/7] 5: the participations (121-7) in the notes' statement of facts, by name or pseudonym, the description included."""

from __future__ import annotations

import copy

import pytest
from export_reading import export_text
from test_pseudonymisation_variants import EXAMPLE, VARIANTS, _sentence, labels, leaks, named_data

from engine.api import get_engine, load_case, parse_case
from engine.documents.exports import render_note

HEADER = "| Complice | Acte de l'auteur principal | Forme (C. pén., art. 121-7) | Faits | Description |"


def test_the_statement_of_facts_lists_each_participation_by_name() -> None:
    case = load_case(EXAMPLE)
    result = get_engine().classify(case)
    for kind in ("qualification", "partie_civile"):
        text = render_note(kind, "md", case, result).decode("utf-8")
        assert "### Complicité et participation" in text and HEADER in text
        row = (
            "| R. | 01/06/2022 — recrutement — Sarah (pseudonyme) → Yasmine (pseudonyme) | complice par provocation "
            "(121-7 al. 2) | moyens : ordre, menace ; sciemment (en connaissance de l'infraction) : oui ; l'auteur de l'acte"
            " a agi sous la contrainte de cette personne : oui ; inconnu : l'aide ou l'assistance en a facilité la"
            " préparation ou la consommation, l'aide ou l'assistance a été apportée avant ou pendant l'infraction |"
        )
        assert row in text, kind
    zoe = render_note("qualification", "md", case, result, victim="zoe").decode("utf-8")  # a note on one victim
    assert "→ Zoé (pseudonyme) | complice par provocation" in zoe and "→ Yasmine (pseudonyme) | complice" not in zoe


def test_a_case_without_participation_has_no_such_section() -> None:
    case = load_case(EXAMPLE).model_copy(update={"participation": []})
    assert "Complicité et participation" not in render_note("qualification", "md", case, get_engine().classify(case)).decode()


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_every_spelling_of_a_name_in_a_description_is_pseudonymised(fmt: str) -> None:
    data = copy.deepcopy(named_data())
    half = len(VARIANTS) // 2
    for p, variants in zip(data["participation"], (VARIANTS[:half], VARIANTS[half:]), strict=True):
        p["description"] = " ".join(_sentence(v) for v, _, _ in variants)
    case = parse_case(data)
    note = export_text(fmt, render_note("qualification", fmt, case, get_engine().classify(case), pseudonymise=True))
    assert "Complicité et participation" in note
    assert not leaks(note), leaks(note)
    if fmt == "md":  # each spelling replaced in place, the sentence kept
        for _, pid, expected in VARIANTS:
            assert _sentence(expected.format(labels()[pid])).replace("\ufeff", "") in note.replace("\ufeff", "")
