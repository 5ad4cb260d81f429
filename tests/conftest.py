"""French Gherkin steps shared by every feature in features/ (pytest-bdd).

Vocabulary (see features/README.md for the whole list with examples):
  Étant donné une victime "v" née le 2006-03-12        | âgée de 16 ans | d'âge inconnu
  Et un mis en cause "a" né le 1990-01-01              | un client "c"
  Et l'acte "a1" : "a" "recruter" "v" le 2022-09-03    (kinds: engine/case/model.py ActKind)
  Et l'acte "a1" a pour "coercion" la valeur "oui"     (any Act field; oui/non/inconnu or a value)
  Et la personne "v" a pour "particular_vulnerability" la valeur "oui"
  Et le lien de "a" envers "v" a pour "authority" la valeur "oui"
  Et "c" connaissait la minorité de "v" : "oui"        | connaissait l'âge de moins de quinze ans de …
  Et le dossier a pour "organised_gang" la valeur "oui"
  Et l'enquête établit pour "a" envers "v" le fait "serious_situation" : "oui"
  Quand on qualifie le dossier                         | … à la date du 2022-01-01
  Alors la qualification "225-4-1 II" de "a" envers "v" est "établie"   (établie | à établir | exclue)
  Alors la qualification "225-4-1 II" de "a" envers "v" est absente
  Alors la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "v" est "établie"
  Alors la peine encourue pour "225-4-1 II" de "a" envers "v" est "15 ans de réclusion criminelle, …"
  Alors la nature de la qualification "…" de "a" envers "v" est "crime"
  Alors il reste à établir pour "…" de "a" envers "v" : "connaissait la minorité"
  Alors l'exclusion de "…" de "a" envers "v" est motivée par "était majeur"
  Alors le dossier est refusé avec un message sur "acts[0].date" contenant "antérieur à la naissance"
  Alors un avertissement mentionne "consolidation"
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from engine.api import classify_dict
from engine.kernel.errors import CaseInputError
from engine.kernel.result_model import Qualification, Result

PAIR = r'"(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)"'
FIRED: set[str] = set()


def pytest_configure(config: pytest.Config) -> None:
    """Record every rule that fires, for the rule coverage check (tests/test_coverage.py)."""
    from engine.reasoning.runtime import Runtime

    Runtime.observers.append(lambda firings: FIRED.update(f.rule for f in firings))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = os.environ.get("QUALIF_COVERAGE_REPORT")
    if target:
        from engine.api import get_engine
        from engine.devtools.coverage import expected_parts

        Path(target).write_text(json.dumps({"fired": sorted(FIRED), "total": len(expected_parts(get_engine().compiled))}))


STATUS = {"établie": "established", "à établir": "to_establish", "exclue": "excluded"}
ROLE = {"victime": "victime", "mis en cause": "mis_en_cause", "client": "client", "intermédiaire": "intermediaire"}


def _value(text: str) -> Any:
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
    parsers.re(r'une? (?P<role>victime|mis en cause|client|intermédiaire) "(?P<pid>[^"]+)" née? le (?P<day>\d{4}-\d{2}-\d{2})')
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
        r'l\'acte "(?P<aid>[^"]+)" : "(?P<actor>[^"]+)" "(?P<kind>[^"]+)" "(?P<target>[^"]+)" le (?P<day>\d{4}-\d{2}-\d{2})'
    )
)
def act(case: dict[str, Any], aid: str, actor: str, kind: str, target: str, day: str) -> None:
    case["acts"].append({"id": aid, "actor": actor, "target": target, "kind": kind, "date": day})


@given(parsers.re(r'l\'acte "(?P<aid>[^"]+)" a pour "(?P<field>[^"]+)" la valeur "(?P<value>[^"]*)"'))
def act_field(case: dict[str, Any], aid: str, field: str, value: str) -> None:
    v = _value(value)
    if field in ("purposes", "message_nature") and isinstance(v, str):
        v = [v]
    _act(case, aid)[field] = v


@given(parsers.re(r'la personne "(?P<pid>[^"]+)" a pour "(?P<field>[^"]+)" la valeur "(?P<value>[^"]*)"'))
def person_field(case: dict[str, Any], pid: str, field: str, value: str) -> None:
    _person(case, pid)[field] = _value(value)


@given(parsers.re(r'le lien de "(?P<a>[^"]+)" envers "(?P<b>[^"]+)" a pour "(?P<field>[^"]+)" la valeur "(?P<value>[^"]*)"'))
def relationship(case: dict[str, Any], a: str, b: str, field: str, value: str) -> None:
    case["relationships"].append({"person": a, "other": b, field: _value(value)})


@given(parsers.re(r'"(?P<a>[^"]+)" connaissait la minorité de "(?P<b>[^"]+)" : "(?P<value>[^"]*)"'))
def knew_minor(case: dict[str, Any], a: str, b: str, value: str) -> None:
    case["knowledge"].append({"person": a, "about": b, "knew_minor": _value(value)})


@given(parsers.re(r'"(?P<a>[^"]+)" connaissait l\'âge de moins de quinze ans de "(?P<b>[^"]+)" : "(?P<value>[^"]*)"'))
def knew_under_15(case: dict[str, Any], a: str, b: str, value: str) -> None:
    case["knowledge"].append({"person": a, "about": b, "knew_under_15": _value(value)})


@given(parsers.re(r'le dossier a pour "(?P<field>[^"]+)" la valeur "(?P<value>[^"]*)"'))
def case_field(case: dict[str, Any], field: str, value: str) -> None:
    case[field] = _value(value)


@given(parsers.re(r'l\'enquête établit pour "(?P<a>[^"]+)" envers "(?P<b>[^"]+)" le fait "(?P<fact>[^"]+)" : "(?P<value>[^"]*)"'))
def finding(case: dict[str, Any], a: str, b: str, fact: str, value: str) -> None:
    case["findings"].append({"perpetrator": a, "victim": b, "fact": fact, "value": _value(value)})


def _run(case: dict[str, Any], outcome: dict[str, Any], law_date: dt.date | None) -> None:
    try:
        outcome["result"] = classify_dict(case, law_date)
    except CaseInputError as exc:
        outcome["error"] = exc


@when("on qualifie le dossier")
def run_case(case: dict[str, Any], outcome: dict[str, Any]) -> None:
    _run(case, outcome, None)


@when(parsers.re(r"on qualifie le dossier à la date du (?P<day>\d{4}-\d{2}-\d{2})"))
def run_case_at(case: dict[str, Any], outcome: dict[str, Any], day: str) -> None:
    _run(case, outcome, dt.date.fromisoformat(day))


def _result(outcome: dict[str, Any]) -> Result:
    if "error" in outcome:
        raise AssertionError(f"le dossier a été refusé : {outcome['error']}")
    result: Result = outcome["result"]
    return result


def find(outcome: dict[str, Any], article: str, perp: str, victim: str) -> list[Qualification]:
    return [q for q in _result(outcome).qualifications if q.article == article and q.perpetrator == perp and q.victim == victim]


def one(outcome: dict[str, Any], article: str, perp: str, victim: str) -> Qualification:
    found = [q for q in find(outcome, article, perp, victim) if q.mode == "consomme"] or find(outcome, article, perp, victim)
    if not found:
        got = [(q.article, q.perpetrator, q.victim, q.status) for q in _result(outcome).qualifications]
        raise AssertionError(f"aucune qualification {article} de {perp} envers {victim} ; obtenues : {got}")
    return found[0]


@then(
    parsers.re(r'la qualification "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" est "(?P<status>[^"]+)"')
)
def qualification_status(outcome: dict[str, Any], article: str, perp: str, victim: str, status: str) -> None:
    q = one(outcome, article, perp, victim)
    assert q.status == STATUS[status], f"{article} : {q.status} (manque : {q.missing} ; exclue par : {q.excluded_by})"


@then(parsers.re(r'la tentative de "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" est "(?P<status>[^"]+)"'))
def attempt_status(outcome: dict[str, Any], article: str, perp: str, victim: str, status: str) -> None:
    found = [q for q in find(outcome, article, perp, victim) if q.mode == "tentative"]
    assert found, f"aucune tentative de {article} de {perp} envers {victim}"
    assert found[0].status == STATUS[status], found[0].missing
    assert found[0].attempt_article, "l'article qui punit la tentative doit être cité"


@then(parsers.re(r'la qualification "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" est absente'))
def qualification_absent(outcome: dict[str, Any], article: str, perp: str, victim: str) -> None:
    assert not find(outcome, article, perp, victim)


@then(parsers.re(r'la circonstance "(?P<agg>[^"]+)" de la qualification ' + PAIR + r' est "(?P<status>[^"]+)"'))
def aggravation_status(outcome: dict[str, Any], agg: str, article: str, perp: str, victim: str, status: str) -> None:
    q = one(outcome, article, perp, victim)
    found = [a for a in q.aggravations if a.article == agg]
    assert found, f"pas de circonstance {agg} pour {article} ; connues : {[a.article for a in q.aggravations]}"
    assert found[0].status == STATUS[status], f"{agg} : {found[0].status}"


@then(
    parsers.re(
        r'la peine encourue pour "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" est "(?P<penalty>[^"]+)"'
    )
)
def penalty(outcome: dict[str, Any], article: str, perp: str, victim: str, penalty: str) -> None:
    q = one(outcome, article, perp, victim)
    assert q.penalty.summary == penalty, q.penalty.summary


@then(parsers.re(r"la nature de la qualification " + PAIR + r' est "(?P<nature>[^"]+)"'))
def nature(outcome: dict[str, Any], article: str, perp: str, victim: str, nature: str) -> None:
    assert one(outcome, article, perp, victim).nature == nature


@then(
    parsers.re(
        r'il reste à établir pour "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" : "(?P<text>[^"]+)"'
    )
)
def missing(outcome: dict[str, Any], article: str, perp: str, victim: str, text: str) -> None:
    q = one(outcome, article, perp, victim)
    assert q.status == "to_establish"
    assert any(text in m for m in q.missing), q.missing


@then(
    parsers.re(
        r'l\'exclusion de "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" est motivée par "(?P<text>[^"]+)"'
    )
)
def excluded_by(outcome: dict[str, Any], article: str, perp: str, victim: str, text: str) -> None:
    q = one(outcome, article, perp, victim)
    assert q.status == "excluded"
    assert any(text in m for m in q.excluded_by), q.excluded_by


@then(parsers.re(r'le dossier est refusé avec un message sur "(?P<field>[^"]+)" contenant "(?P<text>[^"]+)"'))
def refused(outcome: dict[str, Any], field: str, text: str) -> None:
    err = outcome.get("error")
    assert err is not None, "le dossier aurait dû être refusé"
    assert any(path == field and text in msg for path, msg in err.problems), err.problems


@then(parsers.re(r'un avertissement mentionne "(?P<text>[^"]+)"'))
def warning(outcome: dict[str, Any], text: str) -> None:
    assert any(text in w.message or text == w.code for w in _result(outcome).warnings), _result(outcome).warnings


@then(parsers.re(r'aucun avertissement ne mentionne "(?P<text>[^"]+)"'))
def no_warning(outcome: dict[str, Any], text: str) -> None:
    assert not any(text in w.message or text == w.code for w in _result(outcome).warnings)


# --- protection analysis (issue 3): victim conduct, principal, flags, rights ---------------------


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
            c[field] = _value(value)
            return
    raise AssertionError(f"comportement « {cid} » non déclaré")


@then(parsers.re(r'la qualification principale de "(?P<victim>[^"]+)" est "(?P<article>[^"]+)" "(?P<status>[^"]+)"'))
def principal_is(outcome: dict[str, Any], victim: str, article: str, status: str) -> None:
    found = [p for p in _result(outcome).principal if p.victim == victim]
    assert found, f"pas de qualification principale pour {victim}"
    assert (found[0].article, found[0].status) == (article, STATUS[status]), (found[0].article, found[0].status, found[0].reason)
    assert found[0].reason


@then(parsers.re(r'la voie vers "(?P<article>[^"]+)" pour "(?P<victim>[^"]+)" par "(?P<perp>[^"]+)" mentionne "(?P<text>[^"]+)"'))
def path_mentions(outcome: dict[str, Any], article: str, victim: str, perp: str, text: str) -> None:
    principal = next(p for p in _result(outcome).principal if p.victim == victim)
    steps = [s for s in principal.toward_more_protective if s.article == article and s.perpetrator == perp]
    assert steps, [(s.article, s.perpetrator) for s in principal.toward_more_protective]
    assert any(text in m for m in steps[0].missing + steps[0].excluded_by), steps[0]


def _items(outcome: dict[str, Any], what: str) -> list[Any]:
    result = _result(outcome)
    return list(result.flags if what == "signalement" else result.rights)


@then(parsers.re(r'le (?P<what>signalement|droit) "(?P<kind>[^"]+)" pour "(?P<person>[^"]+)" est "(?P<status>[^"]+)"'))
def item_status(outcome: dict[str, Any], what: str, kind: str, person: str, status: str) -> None:
    found = [i for i in _items(outcome, what) if i.kind == kind and i.person == person]
    got = [(i.kind, i.person, i.status) for i in _items(outcome, what)]
    assert found, f"pas de {what} {kind} pour {person} ; obtenus : {got}"
    assert found[0].status == status, found[0].explanation.claim
    assert found[0].sources, "chaque signalement et chaque droit cite au moins une source"


@then(parsers.re(r'aucun (?P<what>signalement|droit) "(?P<kind>[^"]+)" pour "(?P<person>[^"]+)"'))
def item_absent(outcome: dict[str, Any], what: str, kind: str, person: str) -> None:
    assert not [i for i in _items(outcome, what) if i.kind == kind and i.person == person]


@then(parsers.re(r"la prescription de " + PAIR + r" court jusqu\'au (?P<day>\d{4}-\d{2}-\d{2})(?P<uncertain> au plus tôt)?"))
def prescription_until(outcome: dict[str, Any], article: str, perp: str, victim: str, day: str, uncertain: str | None) -> None:
    q = one(outcome, article, perp, victim)
    assert q.prescription is not None, "pas de prescription calculée"
    assert q.prescription.end.isoformat() == day, q.prescription.explanation
    assert q.prescription.certain == (not uncertain), q.prescription.explanation


@then(parsers.re(r"la prescription de " + PAIR + r' part de "(?P<start>[^"]+)"'))
def prescription_start(outcome: dict[str, Any], article: str, perp: str, victim: str, start: str) -> None:
    q = one(outcome, article, perp, victim)
    assert q.prescription is not None and start in q.prescription.start_rule, q.prescription


@then(parsers.re(r"la qualification " + PAIR + r' pour les faits du (?P<day>\d{4}-\d{2}-\d{2}) est "(?P<status>[^"]+)"'))
def qualification_in_period(outcome: dict[str, Any], article: str, perp: str, victim: str, day: str, status: str) -> None:
    found = [q for q in find(outcome, article, perp, victim) if q.period_start and q.period_start.isoformat() <= day]
    found = [q for q in found if q.period_end and day <= q.period_end.isoformat()]
    assert found, [(q.article, q.period_start, q.period_end) for q in find(outcome, article, perp, victim)]
    assert found[0].status == STATUS[status], found[0].missing


@then(parsers.re(r"aucune qualification " + PAIR + r" pour les faits du (?P<day>\d{4}-\d{2}-\d{2})"))
def no_qualification_in_period(outcome: dict[str, Any], article: str, perp: str, victim: str, day: str) -> None:
    assert not [
        q
        for q in find(outcome, article, perp, victim)
        if q.period_start and q.period_end and q.period_start.isoformat() <= day <= q.period_end.isoformat()
    ]


# --- practical cases (features/cas_pratiques.feature): steps in tests/steps_cas_pratiques.py ----------

from steps_cas_pratiques import *  # noqa: E402, F403
