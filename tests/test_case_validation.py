"""Invalid cases are refused with a French message naming the field."""

from __future__ import annotations

from typing import Any

import pytest

from engine.api import parse_case
from engine.kernel.errors import CaseInputError


def _case(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "c",
        "persons": [
            {"id": "v", "birth_date": "2006-01-01", "roles": ["victime"]},
            {"id": "a", "birth_date": "1990-01-01", "roles": ["mis_en_cause"]},
        ],
        "acts": [{"id": "a1", "actor": "a", "target": "v", "kind": "recruter", "date": "2022-01-01"}],
    }
    base.update(over)
    return base


def _problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(CaseInputError) as err:
        parse_case(data)
    assert err.value.message().startswith("Dossier invalide")
    return err.value.problems


def _has(problems: list[tuple[str, str]], field: str, text: str) -> bool:
    return any(p == field and text in m for p, m in problems)


def test_valid_case_passes() -> None:
    assert parse_case(_case()).id == "c"


def test_act_before_birth() -> None:
    data = _case(acts=[{"id": "a1", "actor": "a", "target": "v", "kind": "recruter", "date": "2005-01-01"}])
    assert _has(_problems(data), "acts[0].date", "antérieur à la naissance de la personne visée")


def test_end_before_start() -> None:
    data = _case(
        acts=[{"id": "a1", "actor": "a", "target": "v", "kind": "heberger", "date": "2022-02-01", "end_date": "2022-01-01"}]
    )
    assert _has(_problems(data), "acts[0].end_date", "précède la date de l'acte")
    assert _has(_problems(_case(period_start="2022-05-01", period_end="2022-01-01")), "period_end", "précède leur début")


def test_unknown_person() -> None:
    data = _case(acts=[{"id": "a1", "actor": "x", "target": "v", "kind": "recruter", "date": "2022-01-01"}])
    assert _has(_problems(data), "acts[0].actor", "« x » n'existe pas")


def test_contradictory_facts() -> None:
    data = _case(
        knowledge=[{"person": "a", "about": "v", "knew_minor": "oui"}, {"person": "a", "about": "v", "knew_minor": "non"}]
    )
    assert _has(_problems(data), "knowledge[1].knew_minor", "fait contradictoire")
    data = _case(
        persons=[
            {"id": "v", "birth_date": "2006-01-01", "in_prostitution": "non", "roles": ["victime"]},
            {"id": "a", "roles": ["client"]},
        ],
        acts=[{"id": "a1", "actor": "a", "target": "v", "kind": "remunerer_relations_sexuelles", "date": "2022-01-01"}],
    )
    assert _has(_problems(data), "persons[0].in_prostitution", "contredit")


@pytest.mark.parametrize(
    "knowledge",
    [
        [{"person": "a", "about": "v", "knew_minor": "non", "knew_under_15": "oui"}],
        [{"person": "a", "about": "v", "knew_under_15": "oui"}, {"person": "a", "about": "v", "knew_minor": "non"}],
    ],
)
def test_ignoring_the_minority_contradicts_knowing_the_age_under_fifteen(knowledge: list[dict[str, str]]) -> None:
    """In one entry or across two entries of the same pair."""
    field = f"knowledge[{len(knowledge) - 1}].knew_minor"
    assert _has(_problems(_case(knowledge=knowledge)), field, "contredit la connaissance de l'âge de moins de quinze ans")


def test_finding_contradicting_derived_fact() -> None:
    data = _case(findings=[{"perpetrator": "a", "victim": "v", "fact": "trafficking_act", "value": "non"}])
    from engine.api import classify

    with pytest.raises(CaseInputError) as err:
        classify(parse_case(data))
    assert err.value.problems[0][0] == "findings[0].value"


@pytest.mark.parametrize(
    ("patch", "field", "text"),
    [
        ({"foo": 1}, "foo", "champ inconnu"),
        ({"id": ""}, "id", "texte vide"),
        ({"persons": []}, "persons", "liste vide"),
        ({"period_start": "2022-02-30"}, "period_start", "date invalide"),
        ({"organised_gang": "peut-être"}, "organised_gang", "oui, non ou inconnu"),
    ],
)
def test_field_errors(patch: dict[str, Any], field: str, text: str) -> None:
    assert _has(_problems(_case(**patch)), field, text)


def test_age_errors() -> None:
    data = _case(
        persons=[{"id": "v", "age_min": 17, "age_max": 15, "roles": ["victime"]}, {"id": "a", "roles": ["mis_en_cause"]}]
    )
    assert _has(_problems(data), "persons[0].age_min", "dépasse l'âge maximal")
    data = _case(persons=[{"id": "v", "age": 16, "age_max": 17, "roles": ["victime"]}, {"id": "a", "roles": ["mis_en_cause"]}])
    assert _has(_problems(data), "persons[0].age", "pas les deux")
    data = _case(
        persons=[{"id": "v", "birth_date": "2006-01-01", "age": 30, "roles": ["victime"]}, {"id": "a", "roles": ["mis_en_cause"]}]
    )
    assert _has(_problems(data), "persons[0].age", "contredit la date de naissance")


def test_bad_kind_lists_allowed_values_in_french() -> None:
    data = _case(acts=[{"id": "a1", "actor": "a", "target": "v", "kind": "voler", "date": "2022-01-01"}])
    problems = _problems(data)
    assert _has(problems, "acts[0].kind", "valeurs admises") and " ou 'manoeuvre_dolosive'" in problems[0][1]


def test_duplicate_ids_and_future_dates() -> None:
    data = _case(
        acts=[
            {"id": "a1", "actor": "a", "target": "v", "kind": "recruter", "date": "2022-01-01"},
            {"id": "a1", "actor": "a", "target": "v", "kind": "heberger", "date": "2099-01-01"},
        ]
    )
    problems = _problems(data)
    assert _has(problems, "acts[1].id", "déjà utilisé")
    assert _has(problems, "acts[1].date", "dans le futur")


def test_unknown_finding_fact() -> None:
    data = _case(findings=[{"perpetrator": "a", "victim": "v", "fact": "victim_minor", "value": "oui"}])
    assert _has(_problems(data), "findings[0].fact", "inconnu")


def test_every_problem_comes_in_one_pass_field_errors_with_the_coherence_of_the_rest() -> None:
    acts = [
        {"id": "a1", "actor": "a", "target": "v", "kind": "recruter"},  # no date: set aside for the coherence checks
        {"id": "a2", "actor": "a", "target": "v", "kind": "recruter", "date": "2001-01-01", "coercion": "peut-être"},
        {"id": "a3", "actor": "a", "target": "v", "kind": "recruter", "date": "2000-01-01"},
    ]
    problems = _problems(_case(acts=acts, persons=[*_case()["persons"], {"id": "t"}]))
    assert _has(problems, "acts[0].date", "champ obligatoire")
    assert _has(problems, "acts[1].coercion", "")  # an invalid optional value: left out for the checks
    assert _has(problems, "acts[1].date", "antérieur à la naissance")  # the coherence of the rest, indices kept
    assert _has(problems, "acts[2].date", "antérieur à la naissance")
    assert _has(problems, "persons[2].roles", "« t » n'a aucun rôle")
    assert len(problems) == len(set(problems)) == 5


def test_nothing_more_is_said_when_what_remains_is_no_case() -> None:
    assert _problems({"persons": "personne"}) == [("id", "champ obligatoire manquant"), ("persons", "liste attendue")]


def test_a_field_in_error_gets_its_own_message_only() -> None:
    persons = [{"id": "v", "roles": ["victime", "passante"]}, {"id": "a", "roles": ["mis_en_cause"]}]
    problems = _problems(_case(persons=persons))
    assert [p for p, _ in problems] == ["persons[0].roles[1]"]  # not also « aucun rôle » once the value is set aside
