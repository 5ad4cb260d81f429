"""Given steps: the persons, acts, links, knowledge, findings and victim conduct of a scenario's case."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_bdd import given, parsers

ROLE = {"victime": "victime", "mis en cause": "mis_en_cause", "client": "client", "intermédiaire": "intermediaire"}


DAY = r"\d{4}(?:-\d{2}){0,2}"  # a day, a month (« en 2023-03 ») or a year (« née en 2008 »)


def value_of(text: str) -> Any:
    low = text.strip().lower()
    if low in ("oui", "non", "inconnu"):
        return {"oui": True, "non": False, "inconnu": None}[low]
    if low.isdigit():
        return int(low)
    if low in ("vrai", "faux"):
        return low == "vrai"
    if "," in text:
        return [t.strip() for t in text.split(",") if t.strip()]
    return text


@pytest.fixture
def case() -> dict[str, Any]:
    return {"id": "scenario", "persons": [], "acts": [], "relationships": [], "knowledge": [], "findings": []}


@pytest.fixture
def outcome() -> dict[str, Any]:
    return {}


def _person(case: dict[str, Any], pid: str) -> dict[str, Any]:
    for p in case["persons"]:
        if p["id"] == pid:
            return p
    raise AssertionError(f"personne « {pid} » non déclarée dans le scénario")


def _act(case: dict[str, Any], aid: str) -> dict[str, Any]:
    for a in case["acts"]:
        if a["id"] == aid:
            return a
    raise AssertionError(f"acte « {aid} » non déclaré dans le scénario")


@given(
    parsers.re(r'une? (?P<role>victime|mis en cause|client|intermédiaire) "(?P<pid>[^"]+)" née? (?:le|en) (?P<day>' + DAY + ")")
)
def person_born(case: dict[str, Any], role: str, pid: str, day: str) -> None:
    case["persons"].append({"id": pid, "roles": [ROLE[role]], "birth_date": day})


@given(parsers.re(r'une? (?P<role>victime|mis en cause|client|intermédiaire) "(?P<pid>[^"]+)" âgée? de (?P<age>\d+) ans'))
def person_aged(case: dict[str, Any], role: str, pid: str, age: str) -> None:
    case["persons"].append({"id": pid, "roles": [ROLE[role]], "age": int(age)})


@given(parsers.re(r'une? (?P<role>victime|mis en cause|client|intermédiaire) "(?P<pid>[^"]+)" d\'âge inconnu'))
def person_unknown_age(case: dict[str, Any], role: str, pid: str) -> None:
    case["persons"].append({"id": pid, "roles": [ROLE[role]]})


@given(parsers.re(r'une? (?P<role>victime|mis en cause|client|intermédiaire) "(?P<pid>[^"]+)"$'))
def person_plain(case: dict[str, Any], role: str, pid: str) -> None:
    case["persons"].append({"id": pid, "roles": [ROLE[role]], "birth_date": "1980-01-01"})


@given(
    parsers.re(
        r'l\'acte "(?P<aid>[^"]+)" : "(?P<actor>[^"]+)" "(?P<kind>[^"]+)" "(?P<target>[^"]+)" (?:le|en) (?P<day>' + DAY + ")"
    )
)
def act(case: dict[str, Any], aid: str, actor: str, kind: str, target: str, day: str) -> None:
    case["acts"].append({"id": aid, "actor": actor, "target": target, "kind": kind, "date": day})


@given(parsers.re(r'l\'acte "(?P<aid>[^"]+)" a pour "(?P<field>[^"]+)" la valeur "(?P<value>[^"]*)"'))
def act_field(case: dict[str, Any], aid: str, field: str, value: str) -> None:
    v = value_of(value)
    if field in ("purposes", "message_nature", "obtained_objects", "co_actors") and isinstance(v, str):
        v = [v] if v else []  # a list; an empty value is the empty list (co_actors: committed alone)
    if field in ("purposes", "message_nature", "obtained_objects") and v is None:
        v = []  # « inconnu »: no value stated
    if field == "same_facts_as" and v == "":
        v = None  # an empty value: linked to no act
    if field == "place" and v is None:
        v = "inconnu"  # the place is not three-valued: « inconnu » is one of its values
    _act(case, aid)[field] = v


@given(parsers.re(r'la personne "(?P<pid>[^"]+)" a pour "(?P<field>[^"]+)" la valeur "(?P<value>[^"]*)"'))
def person_field(case: dict[str, Any], pid: str, field: str, value: str) -> None:
    v = value_of(value)
    if field == "vulnerability_causes" and isinstance(v, str):
        v = [v] if v else []
    _person(case, pid)[field] = v


@given(parsers.re(r'le lien de "(?P<a>[^"]+)" envers "(?P<b>[^"]+)" a pour "(?P<field>[^"]+)" la valeur "(?P<value>[^"]*)"'))
def relationship(case: dict[str, Any], a: str, b: str, field: str, value: str) -> None:
    case["relationships"].append({"person": a, "other": b, field: value_of(value)})


@given(parsers.re(r'"(?P<a>[^"]+)" connaissait la minorité de "(?P<b>[^"]+)" : "(?P<value>[^"]*)"'))
def knew_minor(case: dict[str, Any], a: str, b: str, value: str) -> None:
    case["knowledge"].append({"person": a, "about": b, "knew_minor": value_of(value)})


@given(parsers.re(r'"(?P<a>[^"]+)" connaissait l\'âge de moins de quinze ans de "(?P<b>[^"]+)" : "(?P<value>[^"]*)"'))
def knew_under_15(case: dict[str, Any], a: str, b: str, value: str) -> None:
    case["knowledge"].append({"person": a, "about": b, "knew_under_15": value_of(value)})


@given(parsers.re(r'le dossier a pour "(?P<field>[^"]+)" la valeur "(?P<value>[^"]*)"'))
def case_field(case: dict[str, Any], field: str, value: str) -> None:
    case[field] = value_of(value)


@given(parsers.re(r'l\'enquête établit pour "(?P<a>[^"]+)" envers "(?P<b>[^"]+)" le fait "(?P<fact>[^"]+)" : "(?P<value>[^"]*)"'))
def finding(case: dict[str, Any], a: str, b: str, fact: str, value: str) -> None:
    case["findings"].append({"perpetrator": a, "victim": b, "fact": fact, "value": value_of(value)})


@given(parsers.re(r'la personne "(?P<pid>[^"]+)" a commis l\'infraction "(?P<cid>[^"]+)" le (?P<day>\d{4}-\d{2}-\d{2})'))
def conduct_offence(case: dict[str, Any], pid: str, cid: str, day: str) -> None:
    case.setdefault("victim_conduct", []).append({"id": cid, "person": pid, "kind": "infraction", "date": day})


@given(
    parsers.re(r'la personne "(?P<pid>[^"]+)" a un comportement "(?P<kind>[^"]+)" "(?P<cid>[^"]+)" le (?P<day>\d{4}-\d{2}-\d{2})')
)
def conduct_kind(case: dict[str, Any], pid: str, kind: str, cid: str, day: str) -> None:
    case.setdefault("victim_conduct", []).append({"id": cid, "person": pid, "kind": kind, "date": day})


@given(parsers.re(r'l\'infraction "(?P<cid>[^"]+)" a pour "(?P<field>[^"]+)" la valeur "(?P<value>[^"]*)"'))
def conduct_field(case: dict[str, Any], cid: str, field: str, value: str) -> None:
    for c in case.get("victim_conduct", []):
        if c["id"] == cid:
            c[field] = value_of(value)
            return
    raise AssertionError(f"comportement « {cid} » non déclaré")


@given(parsers.re(r'"(?P<pid>[^"]+)" est complice de l\'acte "(?P<aid>[^"]+)" par "(?P<kind>[^"]+)"'))
def participation(case: dict[str, Any], pid: str, aid: str, kind: str) -> None:
    case.setdefault("participation", []).append({"act": aid, "person": pid, "kind": kind})


@given(
    parsers.re(
        r'la complicité de "(?P<pid>[^"]+)" dans l\'acte "(?P<aid>[^"]+)" a pour "(?P<field>[^"]+)" la valeur "(?P<value>[^"]*)"'
    )
)
def participation_field(case: dict[str, Any], pid: str, aid: str, field: str, value: str) -> None:
    v = value_of(value)
    if field == "means" and isinstance(v, str):
        v = [v] if v else []
    for p in case.get("participation", []):
        if (p["person"], p["act"]) == (pid, aid):
            p[field] = v
            return
    raise AssertionError(f"complicité de « {pid} » dans « {aid} » non déclarée")
