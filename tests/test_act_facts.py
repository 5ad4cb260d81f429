"""Facts of the act, not of the pair: links between acts, co-action, remuneration of the sexual act,
network contact, causes of vulnerability, and the readings declared in rules/facts.yaml."""

from __future__ import annotations

from typing import Any

import pytest

from engine.api import parse_case
from engine.case.links import same_facts
from engine.kernel.errors import CaseInputError, RuleFileError
from engine.law.vocabulary import FactDef
from engine.reasoning.readings import reader_of
from engine.reasoning.situations import build_situations

PERSONS = [
    {"id": "v", "birth_date": "2007-06-01", "roles": ["victime"]},
    {"id": "w", "birth_date": "2007-06-01", "roles": ["victime"]},
    {"id": "a", "birth_date": "2003-01-10", "roles": ["mis_en_cause"]},
    {"id": "b", "birth_date": "1990-01-01", "roles": ["mis_en_cause"]},
]


def _act(aid: str, kind: str, day: str = "2021-09-01", actor: str = "a", target: str = "v", **fields: Any) -> dict[str, Any]:
    return {"id": aid, "actor": actor, "target": target, "kind": kind, "date": day, **fields}


def _values(*acts: dict[str, Any], pair: tuple[str, str] = ("a", "v")) -> dict[str, bool | None]:
    case = parse_case({"id": "c", "persons": PERSONS, "acts": list(acts)})
    (sit,) = [s for s in build_situations(case) if (s.perpetrator, s.victim) == pair]
    return sit.values


def _problems(*acts: dict[str, Any], persons: list[dict[str, Any]] = PERSONS) -> list[tuple[str, str]]:
    with pytest.raises(CaseInputError) as err:
        parse_case({"id": "c", "persons": persons, "acts": list(acts)})
    return err.value.problems


def test_same_facts_groups_follow_chains_both_ways() -> None:
    case = parse_case(
        {
            "id": "c",
            "persons": PERSONS,
            "acts": [
                _act("a1", "acte_sexuel_penetration"),
                _act("a2", "remunerer_relations_sexuelles", same_facts_as="a1"),
                _act("a3", "acte_sexuel_sans_penetration", same_facts_as="a2"),
                _act("a4", "recruter"),
            ],
        }
    )
    groups = same_facts(case.acts)
    assert groups["a1"] == groups["a3"] == frozenset({"a1", "a2", "a3"})
    assert groups["a4"] == frozenset({"a4"})


@pytest.mark.parametrize(
    ("act", "field", "text"),
    [
        (_act("a2", "recruter", same_facts_as="zz"), "acts[1].same_facts_as", "n'existe pas"),
        (_act("a2", "recruter", same_facts_as="a2"), "acts[1].same_facts_as", "lui-même"),
        (_act("a2", "recruter", target="w", same_facts_as="a1"), "acts[1].same_facts_as", "ce ne sont pas les mêmes faits"),
        (_act("a2", "recruter", co_actors=["zz"]), "acts[1].co_actors[0]", "n'existe pas"),
        (_act("a2", "recruter", co_actors=["a"]), "acts[1].co_actors[0]", "déjà l'auteur"),
        (_act("a2", "recruter", co_actors=["b", "b"]), "acts[1].co_actors", "nommée deux fois"),
        (_act("a2", "recruter", actor="b", co_actors=[], same_facts_as="a1"), "acts[1].co_actors", "contredit"),
    ],
)
def test_links_between_acts_are_checked(act: dict[str, Any], field: str, text: str) -> None:
    problems = _problems(_act("a1", "recruter"), act)
    assert any(p == field and text in m for p, m in problems), problems


def test_causes_contradicting_no_vulnerability_are_refused() -> None:
    persons = [{**PERSONS[0], "particular_vulnerability": "non", "vulnerability_causes": ["grossesse"]}, *PERSONS[1:]]
    problems = _problems(_act("a1", "recruter"), persons=persons)
    assert any(p == "persons[0].vulnerability_causes" for p, _ in problems), problems


def test_a_promise_made_when_recruiting_is_not_the_remuneration_of_an_earlier_sexual_act() -> None:
    values = _values(
        _act("a1", "acte_sexuel_penetration", remuneration="non"),
        _act("a2", "recruter", "2021-12-01", remuneration="oui", purposes=["proxenetisme"]),
    )
    assert values["penetration_remunerated"] is False
    assert values["sexual_act_remunerated"] is False
    assert values["means_remuneration"] is True  # the means of the trafficking act (225-4-1 I 4°)


@pytest.mark.parametrize(
    ("link", "expected"),
    [("a1", True), (None, None)],  # linked: the same facts; unlinked paid relations may have been a penetration
)
def test_paid_relations_are_the_sexual_act_only_when_the_case_links_them(link: str | None, expected: bool | None) -> None:
    values = _values(
        _act("a1", "acte_sexuel_penetration", remuneration="non" if link is None else None),
        _act("p1", "remunerer_relations_sexuelles", same_facts_as=link),
    )
    assert values["penetration_remunerated"] is expected
    assert values["sexual_contact_remunerated"] is None


@pytest.mark.parametrize(
    ("penetration", "expected"),
    [
        ("oui", (True, None, True)),  # paid relations are themselves the paid sexual act, of the nature they say
        ("non", (None, True, True)),
        (None, (True, True, True)),  # of unknown nature: if they are the act, it was paid
    ],
)
def test_paid_relations_alone_are_a_paid_sexual_act(penetration: str | None, expected: tuple[bool | None, ...]) -> None:
    values = _values(_act("p1", "remunerer_relations_sexuelles", penetration=penetration))
    names = ("penetration_remunerated", "sexual_contact_remunerated", "sexual_act_remunerated")
    assert tuple(values[n] for n in names) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ({"co_actors": ["b"]}, {}, True),  # the same act
        ({}, {"same_facts_as": "a1"}, True),  # a stated joint action
        ({}, {}, None),  # two persons acting separately, even the same day
        ({"co_actors": []}, {}, False),  # stated alone
    ],
)
def test_co_action_needs_the_same_facts(first: dict[str, Any], second: dict[str, Any], expected: bool | None) -> None:
    values = _values(
        _act("a1", "acte_sexuel_sans_penetration", **first), _act("b1", "acte_sexuel_sans_penetration", actor="b", **second)
    )
    assert values["several_sexual_perpetrators"] is expected


@pytest.mark.parametrize(
    ("kind", "fields", "contact", "network"),
    [
        ("recruter", {"public_network": "oui"}, True, True),
        ("publier_annonces", {"public_network": "oui"}, None, True),
        ("publier_annonces", {"public_network": "oui", "network_contact": "oui"}, True, True),
        ("heberger", {"network_contact": "non", "public_network": "oui"}, False, True),
        ("recruter", {"public_network": "non"}, False, False),
    ],
)
def test_contact_through_a_network_is_a_fact_of_the_contact_act(
    kind: str, fields: dict[str, Any], contact: bool | None, network: bool | None
) -> None:
    values = _values(_act("a1", kind, **fields))
    assert (values["network_contact"], values["public_network"]) == (contact, network)


@pytest.mark.parametrize(
    ("recruitment", "ad", "contact"),
    [
        ({"public_network": "non"}, {"public_network": "oui"}, False),  # the ad is diffusion (225-7 10°), not contact
        ({}, {"public_network": "oui"}, None),
        ({"public_network": "non"}, {"public_network": "oui", "network_contact": "oui"}, True),
    ],
)
def test_a_stated_non_on_the_contact_act_is_not_undone_by_an_announcement(
    recruitment: dict[str, Any], ad: dict[str, Any], contact: bool | None
) -> None:
    values = _values(_act("a1", "recruter", **recruitment), _act("a2", "publier_annonces", **ad))
    assert values["network_contact"] is contact


def test_precarity_beside_the_flag_leaves_its_cause_to_establish() -> None:
    persons = [{**PERSONS[0], "particular_vulnerability": "oui", "economic_precarity": "oui"}, *PERSONS[1:]]
    case = parse_case({"id": "c", "persons": persons, "acts": [_act("a1", "recruter")]})
    values = build_situations(case)[0].values
    assert values["victim_vulnerable"] is None
    assert values["victim_precarity"] is True


@pytest.mark.parametrize(
    ("vulnerable", "causes", "general", "since_2016"),
    [
        ("oui", [], True, None),  # the causes of the field's title (no handicap): the lists naming them all
        ("non", [], False, False),
        (None, ["handicap"], None, True),
        (None, ["age"], True, None),
        (None, ["deficience_physique_ou_psychique"], True, None),
    ],
)
def test_each_article_reads_the_causes_it_lists(
    vulnerable: str | None, causes: list[str], general: bool | None, since_2016: bool | None
) -> None:
    persons = [{**PERSONS[0], "particular_vulnerability": vulnerable, "vulnerability_causes": causes}, *PERSONS[1:]]
    case = parse_case({"id": "c", "persons": persons, "acts": [_act("a1", "recruter")]})
    values = build_situations(case)[0].values
    assert values["victim_vulnerable"] is general
    assert values["victim_vulnerable_illness_disability_pregnancy"] is since_2016


@pytest.mark.parametrize(
    ("reading", "text"),
    [
        ({"acts": ["voler"]}, "nature(s) d'acte inconnue(s) : voler"),
        ({"field": "place"}, "n'est pas un champ oui / non / inconnu d'un acte"),
        ({"person": "victime", "field": "name"}, "d'une personne"),
        ({"person": "auteur", "causes": ["age"]}, "« causes »"),
        ({"relation": "nope"}, "d'un lien"),
        ({"fields": [{"field": "coercion", "kinds": []}]}, "{field: champ, acts: [natures]}"),
        ({"acte": ["recruter"]}, "clés admises"),
        ({"field": "coercion", "non_only": "oui"}, "« non_only » attend true ou false"),
        ({"acts": ["violences"], "non_only": True}, "« non_only » accompagne « field » ou « fields »"),
    ],
)
def test_a_faulty_reading_stops_the_engine_with_the_fact_and_its_line(reading: dict[str, Any], text: str) -> None:
    fact = FactDef("f", "libellé", "oui", "non", False, reading, 42)
    with pytest.raises(RuleFileError) as err:
        reader_of(fact)
    assert "facts.yaml, ligne 42" in str(err.value) and "« f »" in str(err.value) and text in str(err.value)


@pytest.mark.parametrize(
    ("acts", "expected"),
    [
        ([_act("a1", "tirer_profit_prostitution"), _act("a2", "violences")], True),
        ([_act("a1", "tirer_profit_prostitution"), _act("a2", "manoeuvre_dolosive")], True),
        ([_act("a1", "tirer_profit_prostitution"), _act("a2", "contraindre_a_commettre_infraction")], True),
        ([_act("a1", "tirer_profit_prostitution"), _act("a2", "menacer", coercion=True)], None),
        ([_act("a1", "tirer_profit_prostitution", coercion=True)], None),
        ([_act("a1", "tirer_profit_prostitution"), _act("a2", "extorquer")], None),
        ([_act("a1", "tirer_profit_prostitution", coercion=False)], False),
        ([_act("a1", "tirer_profit_prostitution", coercion=False), _act("a2", "menacer")], None),
    ],
)
def test_constraint_violence_or_fraud_is_not_a_threat_alone(acts: list[dict[str, Any]], expected: bool | None) -> None:
    """225-7 8°, 225-12-6 6°: « contrainte, violences ou manoeuvres dolosives »; the broader `coercion` field
    (menace included) only ever says « non »."""
    values = _values(*acts)
    assert values["means_constraint_violence_fraud"] is expected
    assert values["means_coercion"] is (expected is not False)


@pytest.mark.parametrize(
    ("place", "actor", "expected"),
    [
        ("hors_territoire", "b", True),
        ("arrivee_sur_territoire", "a", True),
        ("france", "b", False),
        ("inconnu", "b", None),
    ],
)
def test_incitation_abroad_or_on_arrival_by_anyone(place: str, actor: str, expected: bool | None) -> None:
    """225-7 4°: « une personne qui a été incitée […] » — the incitation of any person toward the victim."""
    values = _values(
        _act("a1", "tirer_profit_prostitution", day="2022-06-01"),
        _act("b1", "embaucher_entrainer_detourner_ou_pression", day="2022-05-01", actor=actor, place=place),
    )
    assert values["victim_incited_abroad_or_arrival"] is expected


def test_incitation_not_described_leaves_the_circumstance_unknown() -> None:
    assert _values(_act("a1", "tirer_profit_prostitution", place="france"))["victim_incited_abroad_or_arrival"] is None


@pytest.mark.parametrize(
    ("diffusion", "record", "expected"),
    [
        ({"same_facts_as": "a1"}, {}, True),
        ({"same_facts_as": "a1", "actor": "b"}, {}, None),
        ({}, {}, None),
        ({}, {"public_network": True}, True),
        ({}, {"public_network": False}, None),
    ],
)
def test_images_recorded_for_distribution(diffusion: dict[str, Any], record: dict[str, Any], expected: bool | None) -> None:
    """227-23 al. 1 « en vue de sa diffusion »: the same author diffused those images (same facts), or transmitted
    them to an undetermined public; never « non »."""
    values = _values(
        _act("a1", "fixer_enregistrer_transmettre_images", **record),
        _act("d1", "diffuser_images", day="2021-09-05", **{"actor": "a", **diffusion}),
    )
    assert values["images_for_distribution"] is expected


@pytest.mark.parametrize(
    ("first", "expected"),
    [(False, True), (None, None), (True, False)],
)
def test_an_unpaid_sexual_act_is_read_on_that_act(first: bool | None, expected: bool | None) -> None:
    """222-23-1 al. 2 act by act: beside a paid act, an act said unpaid is an unpaid sexual act of the pair."""
    values = _values(
        _act("a1", "acte_sexuel_penetration", remuneration=first),
        _act("a2", "acte_sexuel_sans_penetration", day="2021-11-21", remuneration=True),
    )
    assert values["sexual_act_unremunerated"] is expected
    assert values["sexual_contact_remunerated"] is True


def test_an_act_linked_to_paid_relations_is_not_unpaid() -> None:
    values = _values(
        _act("p1", "remunerer_relations_sexuelles"),
        _act("a1", "acte_sexuel_penetration", remuneration=False, same_facts_as="p1"),
    )
    assert values["sexual_act_unremunerated"] is False


@pytest.mark.parametrize("day", ["2021-09-01", "2021-09-02"])
def test_unlinked_paid_relations_keep_their_unknown_nature_beside_a_sexual_act_of_any_day(day: str) -> None:
    values = _values(
        _act("s1", "acte_sexuel_sans_penetration", remuneration=False),
        _act("r1", "remunerer_relations_sexuelles", day=day),
    )
    assert values["sexual_act_unspecified"] is True
    assert values["sexual_act_remunerated"] is True
    assert values["sexual_contact_remunerated"] is None


def _with_findings(acts: list[dict[str, Any]], **findings: bool) -> dict[str, bool | None]:
    stated = [{"perpetrator": "a", "victim": "v", "fact": k, "value": v} for k, v in findings.items()]
    case = parse_case({"id": "c", "persons": PERSONS, "acts": acts, "findings": stated})
    (sit,) = [s for s in build_situations(case) if (s.perpetrator, s.victim) == ("a", "v")]
    return sit.values


@pytest.mark.parametrize(
    ("acts", "findings", "expected"),
    [
        # the finding concerns the pair's only act of its nature: that act was paid, or each act of it unpaid
        ([_act("a1", "acte_sexuel_sans_penetration")], {"sexual_contact_remunerated": True}, False),
        ([_act("a1", "acte_sexuel_sans_penetration")], {"sexual_act_remunerated": True}, False),
        ([_act("a1", "acte_sexuel_sans_penetration")], {"sexual_contact_remunerated": False}, True),
        # two acts of that nature: which one was paid is to establish
        (
            [_act("a1", "acte_sexuel_sans_penetration"), _act("a2", "acte_sexuel_sans_penetration", day="2021-10-01")],
            {"sexual_contact_remunerated": True},
            None,
        ),
        # a finding on penetrations does not concern a contact
        ([_act("a1", "acte_sexuel_sans_penetration")], {"penetration_remunerated": True}, None),
        # a paid act beside an act of unknown remuneration: the finding may concern the paid one
        (
            [_act("a1", "acte_sexuel_penetration", remuneration=True), _act("a2", "acte_sexuel_penetration", day="2021-10-01")],
            {"penetration_remunerated": True},
            None,
        ),
    ],
)
def test_an_unpaid_sexual_act_is_read_on_the_findings_that_concern_it(
    acts: list[dict[str, Any]], findings: dict[str, bool], expected: bool | None
) -> None:
    assert _with_findings(acts, **findings)["sexual_act_unremunerated"] is expected


@pytest.mark.parametrize("knew", [False, None, True])
def test_the_provoked_child_is_flagged_whatever_the_author_knew_of_his_age(knew: bool | None) -> None:
    """The 227-21 non-punishment fact rests on the provocation act toward a minor, not on the qualification."""
    from engine.api import classify

    knowledge = [] if knew is None else [{"person": "a", "about": "v", "knew_minor": knew}]
    case = parse_case(
        {
            "id": "c",
            "persons": PERSONS,
            "acts": [_act("a1", "contraindre_a_commettre_infraction")],
            "knowledge": knowledge,
            "victim_conduct": [{"id": "i1", "person": "v", "kind": "infraction", "date": "2021-09-02"}],
        }
    )
    flags = {(f.kind, f.person): f.status for f in classify(case).flags}
    assert flags[("non_punishment", "v")] == "to_examine"
