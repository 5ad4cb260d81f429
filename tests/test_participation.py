"""Complicity (121-6, 121-7): the case's ``participation`` checked, the complice assessed on the principal's act."""

from __future__ import annotations

from typing import Any

import pytest

from engine.api import classify_dict, parse_case
from engine.kernel.errors import CaseInputError
from engine.kernel.result_model import Qualification
from engine.reasoning.participation import reading

PERSONS = [
    {"id": "v", "birth_date": "2007-06-01", "roles": ["victime"]},
    {"id": "a", "birth_date": "1990-01-10", "roles": ["mis_en_cause"]},
    {"id": "h", "birth_date": "1985-01-01", "roles": ["mis_en_cause"]},
]
RECRUIT = {"id": "a1", "actor": "a", "target": "v", "kind": "recruter", "date": "2022-06-01", "purposes": ["proxenetisme"]}
PROFIT = {"id": "a2", "actor": "a", "target": "v", "kind": "tirer_profit_prostitution", "date": "2022-07-01"}


def _case(*participation: dict[str, Any], acts: tuple[dict[str, Any], ...] = (RECRUIT,)) -> dict[str, Any]:
    return {"id": "c", "persons": PERSONS, "acts": list(acts), "participation": list(participation)}


def _of(data: dict[str, Any], perp: str) -> dict[str, Qualification]:
    return {q.article: q for q in classify_dict(data).qualifications if q.perpetrator == perp}


@pytest.mark.parametrize(
    ("participation", "acts", "path", "text"),
    [
        ({"act": "zz", "person": "h", "kind": "instructions"}, (RECRUIT,), "participation[0].act", "n'existe pas"),
        ({"act": "a1", "person": "zz", "kind": "instructions"}, (RECRUIT,), "participation[0].person", "n'existe pas"),
        ({"act": "a1", "person": "a", "kind": "instructions"}, (RECRUIT,), "participation[0].person", "l'auteur"),
        ({"act": "a1", "person": "v", "kind": "instructions"}, (RECRUIT,), "participation[0].person", "la personne visée"),
        (
            {"act": "a1", "person": "h", "kind": "aide_ou_assistance", "means": ["don"]},
            (RECRUIT,),
            "participation[0].means",
            "provocation",
        ),
        (
            {"act": "a1", "person": "h", "kind": "provocation", "date": "2022-06-02"},
            (RECRUIT,),
            "participation[0].date",
            "suivent l'acte",
        ),
    ],
)
def test_incoherent_participation_is_refused(participation: dict[str, Any], acts: Any, path: str, text: str) -> None:
    with pytest.raises(CaseInputError) as err:
        parse_case(_case(participation, acts=acts))
    assert any(p == path and text in m for p, m in err.value.problems), err.value.problems


def test_the_reading_quotes_the_shipped_texts() -> None:
    r = reading()
    assert r.author_quote.startswith("Sera puni comme auteur le complice")
    assert set(r.forms) == {"aide_ou_assistance", "provocation", "instructions"}
    assert "contravention" not in r.forms["aide_ou_assistance"].natures  # « d'un crime ou d'un délit »


def test_the_complice_gets_the_offence_the_act_names_only() -> None:
    """Aid to an act of profit makes a complice of the procuring, not of the trafficking whose purpose it shows."""
    aid = {
        "act": "a2",
        "person": "h",
        "kind": "aide_ou_assistance",
        "knowingly": True,
        "facilitated": True,
        "before_or_during": True,
    }
    mine = _of(_case(aid, acts=(RECRUIT, PROFIT)), "h")
    assert "225-5" in mine and mine["225-5"].status == "established"
    assert "225-4-1 II" not in mine


def test_the_complice_is_punished_as_author_and_the_explanation_cites_121_7() -> None:
    order = {"act": "a1", "person": "h", "kind": "provocation", "means": ["ordre"]}
    data = _case(order)
    author, complice = _of(data, "a")["225-4-1 II"], _of(data, "h")["225-4-1 II"]
    assert complice.participation == "complice (art. 121-7 al. 2)"
    assert (complice.penalty, complice.aggravations, complice.nature) == (author.penalty, author.aggravations, author.nature)
    element = complice.explanation.children[0]
    assert element.article == "121-7 al. 2" and element.facts[0].evidence[0].ref == "a1"
    assert "ordre" in element.facts[0].sentence
    assert complice.explanation.children[1] == author.explanation  # the fait principal, read on the author's act


def test_an_established_author_is_not_also_complice_of_the_same_offence() -> None:
    both = {**RECRUIT, "id": "a3", "actor": "h"}
    order = {"act": "a1", "person": "h", "kind": "provocation", "means": ["ordre"]}
    found = [q for q in classify_dict(_case(order, acts=(RECRUIT, both))).qualifications if q.perpetrator == "h"]
    assert [q.participation for q in found if q.article == "225-4-1 II"] == [None]


def test_a_personal_circumstance_of_the_author_is_named_to_check() -> None:
    data = _case({"act": "a2", "person": "h", "kind": "instructions"}, acts=(PROFIT,))
    data["relationships"] = [{"person": "a", "other": "v", "ascendant": True}]
    complice = _of(data, "h")["225-5"]
    assert any("à vérifier" in s for s in complice.explanation.sources), complice.explanation.sources


def test_co_actors_empty_beside_a_participation_is_accepted() -> None:
    case = parse_case(_case({"act": "a1", "person": "h", "kind": "instructions"}, acts=({**RECRUIT, "co_actors": []},)))
    assert case.acts[0].co_actors == [] and case.participation[0].person == "h"


def test_the_complice_of_one_act_is_read_on_that_act_alone() -> None:
    """Period, prescription: those of the act he took part in, not of the author's whole procuring."""
    early = {**PROFIT, "id": "a0", "date": "2021-01-01"}
    data = _case({"act": "a2", "person": "h", "kind": "instructions"}, acts=(early, PROFIT))
    author, complice = _of(data, "a")["225-5"], _of(data, "h")["225-5"]
    assert str(author.period_start) == "2021-01-01" and str(complice.period_start) == "2022-07-01"


def test_the_complices_own_knowledge_is_read_and_noted() -> None:
    sexual = {"id": "a1", "actor": "a", "target": "v", "kind": "acte_sexuel_sans_penetration", "date": "2020-06-01",
              "coercion": False, "surprise": False, "remuneration": False}  # fmt: skip
    data = _case({"act": "a1", "person": "h", "kind": "instructions"}, acts=(sexual,))
    data["knowledge"] = [
        {"person": "a", "about": "v", "knew_under_15": True},
        {"person": "h", "about": "v", "knew_under_15": False},
    ]
    author, complice = _of(data, "a")["227-25"], _of(data, "h")["227-25"]
    assert (author.status, complice.status) == ("established", "excluded")
    assert any("jurisprudence non fournie" in s for s in complice.explanation.sources)
    assert all(e.startswith("h (sa propre connaissance)") for e in complice.excluded_by), complice.excluded_by


def test_a_complicity_before_1994_is_warned_not_silent() -> None:
    old = {**PROFIT, "date": "1993-06-01"}
    data = {**_case({"act": "a2", "person": "h", "kind": "instructions"}, acts=(old,)), "persons": [
        {**PERSONS[0], "birth_date": "1970-01-01"}, *PERSONS[1:]]}  # fmt: skip
    data["persons"][1] = {**PERSONS[1], "birth_date": "1950-01-01"}
    warnings = classify_dict(data).warnings
    assert any(w.code == "version_non_encodee" and "59 et 60" in w.message and "h" in w.message for w in warnings)


def test_the_summary_names_complices_as_such() -> None:
    from engine.documents.render import _who

    data = _case({"act": "a1", "person": "h", "kind": "provocation", "means": ["ordre"]})
    p = next(x for x in classify_dict(data).principal if x.victim == "v")
    assert p.complices == ["h"] and "h" in p.perpetrators
    assert _who(p.perpetrators, p.complices) == "auteur(s) : a ; complice(s) : h"


def test_a_personal_circumstance_dropped_for_the_complice_recomputes_nature_and_prescription(monkeypatch: Any) -> None:
    """225-4-2 II read as personal (hypothetically): the complice's crime is back to a délit, prescribed as one."""
    import dataclasses

    from engine.reasoning import participation

    r = participation.reading()
    personal = {**r.personal, "circonstance_aggravante_mineur": frozenset({"ascendant"})}
    monkeypatch.setattr(participation, "reading", lambda: dataclasses.replace(r, personal=personal))
    data = _case({"act": "a1", "person": "h", "kind": "instructions"})
    data["relationships"] = [{"person": "a", "other": "v", "ascendant": True}]
    author, complice = _of(data, "a")["225-4-1 II"], _of(data, "h")["225-4-1 II"]
    assert (author.nature, complice.nature) == ("crime", "délit")
    assert complice.prescription is not None and author.prescription is not None
    assert complice.prescription.explanation != author.prescription.explanation
    assert "délit" in complice.prescription.explanation
    data["relationships"].append({"person": "h", "other": "v", "ascendant": True})  # his own quality: read on him
    assert _of(data, "h")["225-4-1 II"].nature == "crime"


def test_227_21_without_an_act_of_the_adult_toward_the_minor_is_dated_by_the_provoked_act() -> None:
    persons = [*PERSONS, {"id": "m", "birth_date": "1990-01-01", "roles": ["victime"]}]
    persons[0] = {**PERSONS[0], "roles": ["victime", "mis_en_cause"]}
    act = {"id": "a1", "actor": "v", "target": "m", "kind": "tirer_profit_prostitution", "date": "2022-06-01"}
    order = {"act": "a1", "person": "h", "kind": "provocation", "means": ["ordre"]}
    data = {"id": "c", "persons": persons, "acts": [act], "participation": [order]}
    data["knowledge"] = [{"person": "h", "about": "v", "knew_minor": True}]
    q = _of(data, "h")["227-21"]
    assert (q.victim, q.status, str(q.period_start), str(q.period_end)) == ("v", "established", "2022-06-01", "2022-06-01")
    assert q.prescription is not None


def test_the_note_names_complices_as_such() -> None:
    from engine.documents.exports import render_note

    data = _case({"act": "a1", "person": "h", "kind": "provocation", "means": ["ordre"]})
    case = parse_case(data)
    text = render_note("qualification", "md", case, classify_dict(data)).decode()
    assert "Complice(s) : h" in text and "Auteur(s) : a" in text
