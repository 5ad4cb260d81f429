"""Persons by name on screen (ui/names.py): prose rewritten, ids in structured fields kept."""

from __future__ import annotations

from engine.api import get_engine, load_case
from ui.names import Namer


def test_ids_become_names_as_whole_words_only() -> None:
    namer = Namer({"lea": "Léa", "p1": "Marc", "c": "Client", "karim": "K."})
    assert namer.text("karim envers lea ; p1, p10 et c") == "K. envers Léa ; Marc, p10 et c"
    assert namer.text("leah et lea-2 ne sont pas lea") == "leah et lea-2 ne sont pas Léa"
    assert namer("karim") == "K." and namer("inconnu") == "inconnu"


def test_a_result_keeps_its_ids_and_names_its_prose() -> None:
    case = load_case("examples/mineure_16_ans_reseau.yaml")
    result = get_engine().classify(case)
    named = Namer({p.id: p.name or p.id for p in case.persons}).model(result)
    assert [q.perpetrator for q in named.qualifications] == [q.perpetrator for q in result.qualifications]
    assert "karim" in result.model_dump_json() and "K." not in result.principal[0].reason + "".join(
        q.explanation.claim for q in result.qualifications
    )
    prose = "".join(q.explanation.claim for q in named.qualifications) + named.principal[0].reason
    assert "K." in prose and "karim" not in prose
