"""The flag « Poursuite du client d'un mineur prostitué » for a client who is himself a minor: 225-12-1 names no age of
the client, but the offences « par un majeur » (227-25 since 1994; 222-23-1, 222-29-2, 222-23-2, 222-29-3 and 227-27
since 23/04/2021) are out of the question, so the flag neither proposes them nor rests on them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from budget import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.api import classify_dict, get_engine
from engine.law.conditions import pattern_facts

ROOT = Path(__file__).resolve().parent.parent
FLAG = ROOT / "rules" / "protection" / "client_prosecution.yaml"
TODAY = dt.date(2026, 12, 4)
MINOR = "le client étant mineur à la date des actes de recours retenus"
# what the texts of an adult client propose to examine, and a minor client cannot have committed
ADULT_ONLY_PROPOSED = ("examiner le viol (222-23-1", "pour l'atteinte sexuelle sur un mineur de quinze ans (227-25)")


def _adult_only(offence_id: str) -> bool:
    """Whether every version of the offence requires an adult perpetrator (an element reading ``perpetrator_adult``)."""
    offence = get_engine().book.offences[offence_id]
    return all(any("perpetrator_adult" in el.facts_read() for el in v.elements) for v in offence.versions)


def _minor_alternatives() -> list[dict[str, Any]]:
    data = yaml.safe_load(FLAG.read_text(encoding="utf-8"))
    return [a for a in data["alternatives"] if a["when"].get("client_majeur") is False]


def test_each_minor_client_alternative_rests_first_on_offences_a_minor_can_commit() -> None:
    """The offences « par un majeur » come last in its ``rests_on``: named beside it only when established on a later
    act, the client then an adult (never its ground)."""
    alternatives = _minor_alternatives()
    assert len(alternatives) == 15
    for alt in alternatives:
        assert MINOR in alt["text"], alt["text"]
        adult = [_adult_only(named.split("#")[0]) for named in alt.get("rests_on", [])]
        assert adult == sorted(adult), (alt["rests_on"], alt["text"][:80])  # no offence of a minor after one of an adult
        assert not adult or not adult[0], alt["rests_on"]


def test_a_note_names_122_8_for_every_minor_client() -> None:
    """Whatever text the flag gives a minor client (its alternative's, or the one its bound makes), 122-8 is said."""
    notes = yaml.safe_load(FLAG.read_text(encoding="utf-8"))["notes"]
    minor = [n for n in notes if n["when"].get("client_majeur") is False and len(n["when"]) == 1]
    at_some = [n for n in notes if n["when"] == {"client_majeur": True, "client_mineur_lors_d_un_acte": True}]
    assert len(minor) == len(at_some) == 1
    assert "C. pén. 122-8" in minor[0]["text"] and "C. pén. 122-8" in at_some[0]["text"]


def test_each_minor_client_alternative_has_its_adult_counterpart_next() -> None:
    """The same condition without ``client_majeur``, the same dates, just after it: an adult or an unknown age gives
    the text it gave before (first matching alternative wins)."""
    data = yaml.safe_load(FLAG.read_text(encoding="utf-8"))["alternatives"]
    for i, alt in enumerate(data):
        if alt["when"].get("client_majeur") is not False or "$or" in alt["when"]:
            continue
        after = data[i + 1]
        assert {k: v for k, v in alt["when"].items() if k != "client_majeur"} == after["when"]
        assert (alt.get("valid_from"), alt.get("valid_to")) == (after.get("valid_from"), after.get("valid_to"))
        assert "client_majeur" not in pattern_facts(after["when"])


def test_adult_only_offences_are_those_the_texts_name() -> None:
    """The reading of the rule book the check above rests on: 227-25 and 222-23-1 require an adult, 225-12-1 does not."""
    assert _adult_only("atteinte_sexuelle_mineur_15_227_25")
    assert _adult_only("viol_mineur_15_222_23_1")
    assert not _adult_only("recours_prostitution_mineur_225_12_1")
    assert not _adult_only("viol_222_23")


def _case(client_birth: str | None, victim_birth: str, day: str, knew_15: bool | None, paid: bool) -> dict[str, Any]:
    client: dict[str, Any] = {"id": "m", "roles": ["client"]}
    if client_birth:
        client["birth_date"] = client_birth
    kind = "remunerer_relations_sexuelles" if paid else "acte_sexuel_sans_penetration"
    return {
        "id": "client-mineur",
        "persons": [{"id": "v", "roles": ["victime"], "birth_date": victim_birth, "in_prostitution": True}, client],
        "acts": [{"id": "a1", "actor": "m", "target": "v", "kind": kind, "date": day, "place": "france"}],
        "knowledge": [{"person": "m", "about": "v", "knew_minor": True, "knew_under_15": knew_15}],
    }


@settings(max_examples=examples(60), deadline=None)
@given(
    day=st.dates(dt.date(1995, 1, 1), dt.date(2024, 12, 31)),
    client_age=st.one_of(st.none(), st.integers(13, 40)),
    victim_age=st.integers(12, 17),
    knew_15=st.sampled_from([True, False, None]),
    paid=st.booleans(),
)
def test_a_minor_client_is_never_proposed_an_offence_of_an_adult(
    day: dt.date, client_age: int | None, victim_age: int, knew_15: bool | None, paid: bool
) -> None:
    """Whatever the date (from 1995), the victim's age and what the client knew: for a client under eighteen on the day
    of the act, the flag's text proposes none of the offences « par un majeur » (and says why where it would have); for an
    adult, or a client of unknown age, it never says he is a minor."""
    client_birth = None if client_age is None else dt.date(day.year - client_age, 1, 1).isoformat()  # as old on ``day``
    victim_birth = dt.date(day.year - victim_age, 1, 1).isoformat()  # ``victim_age`` years old on ``day``
    result = classify_dict(_case(client_birth, victim_birth, day.isoformat(), knew_15, paid), today=TODAY)
    flags = [f for f in result.flags if f.kind == "client_prosecution" and f.person == "m>v"]
    assert len(flags) == 1
    claim = flags[0].explanation.claim
    minor = client_age is not None and client_age < 18
    assert minor or MINOR not in claim, claim
    if minor and ((victim_age < 15 and knew_15 is not False) or not paid or day < dt.date(2002, 3, 5)):
        assert MINOR in claim, claim  # the texts that would otherwise propose an offence of an adult
    assert ("C. pén. 122-8" in claim) == minor, claim
    if minor:
        assert not any(p in claim for p in ADULT_ONLY_PROPOSED), claim
        if day < dt.date(2002, 3, 5):  # nothing as a client: the flag follows the rapes and sexual assaults, here none
            assert "en tant que client, il ne répondait de rien" in claim, claim
            assert flags[0].status == "to_establish", claim
