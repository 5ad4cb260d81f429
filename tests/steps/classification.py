"""When and then steps: classify the scenario's case and check its qualifications, principal, flags, rights."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pytest_bdd import parsers, then, when

from engine.api import classify_dict, get_engine
from engine.case.model import Case
from engine.kernel.errors import CaseInputError
from engine.kernel.result_model import Qualification, Result

PAIR = r'"(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)"'
STATUS = {"établie": "established", "à établir": "to_establish", "exclue": "excluded"}


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
    parsers.re(
        r'les raisons de "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" '
        r'(?P<neg>mentionnent|ne mentionnent pas) "(?P<text>[^"]+)"'
    )
)
def reasons(outcome: dict[str, Any], article: str, perp: str, victim: str, neg: str, text: str) -> None:
    """What is missing or excludes it, both read: the words said of the facts (the complice's own, not the author's)."""
    q = one(outcome, article, perp, victim)
    said = [*q.missing, *q.excluded_by]
    assert any(text in m for m in said) is (neg == "mentionnent"), said


@then(
    parsers.re(r'la qualification "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" est "(?P<status>[^"]+)"')
)
def qualification_status(outcome: dict[str, Any], article: str, perp: str, victim: str, status: str) -> None:
    if status == "aucune":  # not assessed at all (the article did not exist, no version reaches the facts)
        assert not find(outcome, article, perp, victim), [(q.status, q.version.id) for q in find(outcome, article, perp, victim)]
        return
    q = one(outcome, article, perp, victim)
    assert q.status == STATUS[status], f"{article} : {q.status} (manque : {q.missing} ; exclue par : {q.excluded_by})"


@then(parsers.re(r'la tentative de "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" est "(?P<status>[^"]+)"'))
def attempt_status(outcome: dict[str, Any], article: str, perp: str, victim: str, status: str) -> None:
    found = [q for q in find(outcome, article, perp, victim) if q.mode == "tentative"]
    assert found, f"aucune tentative de {article} de {perp} envers {victim}"
    assert found[0].status == STATUS[status], (found[0].missing, found[0].excluded_by)
    if found[0].status != "excluded":  # an attempt no text then punished cites none (excluded_by says why)
        assert found[0].attempt_article, "l'article qui punit la tentative doit être cité"


@then(parsers.re(r"la tentative de " + PAIR + r' est exclue par "(?P<text>[^"]+)"'))
def attempt_excluded_by(outcome: dict[str, Any], article: str, perp: str, victim: str, text: str) -> None:
    found = [q for q in find(outcome, article, perp, victim) if q.mode == "tentative"]
    assert found and found[0].status == "excluded", [(q.mode, q.status) for q in found]
    assert any(text in m for m in found[0].excluded_by), found[0].excluded_by
    assert found[0].attempt_article is None


@then(parsers.re(r'la qualification "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" est absente'))
def qualification_absent(outcome: dict[str, Any], article: str, perp: str, victim: str) -> None:
    assert not find(outcome, article, perp, victim)


@then(parsers.re(r'la circonstance "(?P<agg>[^"]+)" de la qualification ' + PAIR + r' est "(?P<status>[^"]+)"'))
def aggravation_status(outcome: dict[str, Any], agg: str, article: str, perp: str, victim: str, status: str) -> None:
    q = one(outcome, article, perp, victim)
    found = [a for a in q.aggravations if a.article == agg]
    assert found, f"pas de circonstance {agg} pour {article} ; connues : {[a.article for a in q.aggravations]}"
    assert found[0].status == STATUS[status], f"{agg} : {found[0].status}"


def _aggravation(outcome: dict[str, Any], agg: str, article: str, perp: str, victim: str) -> Any:
    q = one(outcome, article, perp, victim)
    found = [a for a in q.aggravations if a.article == agg]
    assert found, f"pas de circonstance {agg} pour {article} ; connues : {[a.article for a in q.aggravations]}"
    return found[0]


def _noted(outcome: dict[str, Any], agg: str, article: str, perp: str, victim: str, text: str, status: str) -> None:
    found = _aggravation(outcome, agg, article, perp, victim)
    assert found.status == status and any(text in m for m in found.missing), found.missing


@then(
    parsers.re(r'il reste à établir pour la circonstance "(?P<agg>[^"]+)" de la qualification ' + PAIR + r' : "(?P<text>[^"]+)"')
)
def aggravation_missing(outcome: dict[str, Any], agg: str, article: str, perp: str, victim: str, text: str) -> None:
    _noted(outcome, agg, article, perp, victim, text, "to_establish")


# an established circumstance that notes what is still to establish (225-4-5: a heavier penalty)
NOTED = r' est établie avec la note "(?P<text>[^"]+)"'


@then(parsers.re(r'la circonstance "(?P<agg>[^"]+)" de la qualification ' + PAIR + NOTED))
def aggravation_noted(outcome: dict[str, Any], agg: str, article: str, perp: str, victim: str, text: str) -> None:
    _noted(outcome, agg, article, perp, victim, text, "established")


@then(
    parsers.re(
        r'l\'exclusion de la circonstance "(?P<agg>[^"]+)" de la qualification ' + PAIR + r' est motivée par "(?P<text>[^"]+)"'
    )
)
def aggravation_excluded_by(outcome: dict[str, Any], agg: str, article: str, perp: str, victim: str, text: str) -> None:
    found = _aggravation(outcome, agg, article, perp, victim)
    assert found.status == "excluded" and any(text in m for m in found.excluded_by), found.excluded_by


@then(
    parsers.re(
        r'la peine encourue pour "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" est "(?P<penalty>[^"]+)"'
    )
)
def penalty(outcome: dict[str, Any], article: str, perp: str, victim: str, penalty: str) -> None:
    q = one(outcome, article, perp, victim)
    assert q.penalty.summary == penalty, q.penalty.summary


@then(parsers.re(r"la peine encourue pour " + PAIR + r' pour les faits du (?P<day>\d{4}-\d{2}-\d{2}) est "(?P<penalty>[^"]+)"'))
def penalty_on_day(outcome: dict[str, Any], article: str, perp: str, victim: str, day: str, penalty: str) -> None:
    """The penalty of the qualification whose period holds ``day``."""
    q = on_day(outcome, article, perp, victim, day)
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


@then(
    parsers.re(
        r'l\'exclusion de "(?P<article>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" '
        r'n\'est pas motivée par "(?P<text>[^"]+)"'
    )
)
def not_excluded_by(outcome: dict[str, Any], article: str, perp: str, victim: str, text: str) -> None:
    q = one(outcome, article, perp, victim)
    assert not any(text in m for m in q.excluded_by), q.excluded_by


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


def on_day(outcome: dict[str, Any], article: str, perp: str, victim: str, day: str) -> Qualification:
    """The qualification whose period holds ``day`` (one per act assessed on its own facts, ``one_act``)."""
    found = [q for q in find(outcome, article, perp, victim) if q.period_start and q.period_end]
    found = [q for q in found if q.period_start.isoformat() <= day <= q.period_end.isoformat()]  # type: ignore[union-attr]
    assert found, [(q.article, q.period_start, q.period_end) for q in find(outcome, article, perp, victim)]
    return found[0]


def _refs(node: Any) -> set[str]:
    return {e.ref for f in node.facts for e in f.evidence} | {r for child in node.children for r in _refs(child)}


@then(parsers.re(r"la qualification " + PAIR + r' sur l\'acte "(?P<aid>[^"]+)" est "(?P<status>[^"]+)"'))
def qualification_on_act(outcome: dict[str, Any], article: str, perp: str, victim: str, aid: str, status: str) -> None:
    """The qualification whose explanation rests on that act (one per group of the same facts, ``one_act``)."""
    found = [q for q in find(outcome, article, perp, victim) if aid in _refs(q.explanation)]
    assert found, [(q.status, q.period_start, sorted(_refs(q.explanation))) for q in find(outcome, article, perp, victim)]
    assert found[0].status == STATUS[status], (found[0].missing, found[0].excluded_by)


@then(
    parsers.re(
        r'la circonstance "(?P<agg>[^"]+)" de la qualification ' + PAIR + r" pour les faits du (?P<day>\d{4}-\d{2}-\d{2}) "
        r'est "(?P<status>[^"]+)"'
    )
)
def aggravation_on_day(outcome: dict[str, Any], agg: str, article: str, perp: str, victim: str, day: str, status: str) -> None:
    """The circumstance of the qualification whose period holds ``day`` (one per act, ``one_act``)."""
    got = [(a.article, a.status) for a in on_day(outcome, article, perp, victim, day).aggravations if a.article == agg]
    assert got == [(agg, STATUS[status])], got


@then(parsers.re(r'la circonstance "(?P<agg>[^"]+)" de l\'une des qualifications ' + PAIR + r' est "(?P<status>[^"]+)"'))
def aggravation_on_one(outcome: dict[str, Any], agg: str, article: str, perp: str, victim: str, status: str) -> None:
    """Some qualification of the pair (one per group of the same facts) has the circumstance with that status."""
    got = [(a.article, a.status) for q in find(outcome, article, perp, victim) for a in q.aggravations if a.article == agg]
    assert (agg, STATUS[status]) in got, got


@then(parsers.re(r"aucune qualification " + PAIR + r" pour les faits du (?P<day>\d{4}-\d{2}-\d{2})"))
def no_qualification_in_period(outcome: dict[str, Any], article: str, perp: str, victim: str, day: str) -> None:
    assert not [
        q
        for q in find(outcome, article, perp, victim)
        if q.period_start and q.period_end and q.period_start.isoformat() <= day <= q.period_end.isoformat()
    ]


@then(parsers.re(r"la loi appliquée à " + PAIR + r' est "(?P<reasons>[^"]*)"'))
def law_applied_is(outcome: dict[str, Any], article: str, perp: str, victim: str, reasons: str) -> None:
    """The « loi applicable » table of the qualification, period by period: its reasons, comma-separated."""
    table = one(outcome, article, perp, victim).law_applied
    assert ", ".join(row.reason for row in table) == reasons, table


@then(parsers.re(r"le libellé de la loi appliquée à " + PAIR + r' (?P<neg>mentionne|ne mentionne pas) "(?P<text>[^"]+)"'))
def law_applied_label(outcome: dict[str, Any], article: str, perp: str, victim: str, neg: str, text: str) -> None:
    """The label of each row of the « loi applicable » table (``reason_label``) says, or does not say, ``text``."""
    labels = [row.reason_label for row in one(outcome, article, perp, victim).law_applied]
    assert labels and all((text in label) == (neg == "mentionne") for label in labels), labels


@then(parsers.re(r"l'intitulé de la qualification " + PAIR + r' est "(?P<label>[^"]+)"'))
def qualification_label(outcome: dict[str, Any], article: str, perp: str, victim: str, label: str) -> None:
    """The offence's name as the version applied defines it (225-12-1 named only minors until 19/03/2003)."""
    assert one(outcome, article, perp, victim).label == label


@then(parsers.re(r"la qualification " + PAIR + r" ne porte que sur une période"))
def one_period(outcome: dict[str, Any], article: str, perp: str, victim: str) -> None:
    found = [q for q in find(outcome, article, perp, victim) if q.mode == "consomme"]
    assert len(found) == 1, [(q.period_start, q.period_end) for q in found]


@when(parsers.re(r"on qualifie le dossier au (?P<day>\d{4}-\d{2}-\d{2}) \(date du jour\)"))
def run_case_today(case: dict[str, Any], outcome: dict[str, Any], day: str) -> None:
    try:
        outcome["result"] = classify_dict(case, None, dt.date.fromisoformat(day))
    except CaseInputError as exc:
        outcome["error"] = exc


PRESCRIPTION_STATUS = {"prescrite": "prescribed", "en cours": "running", "à vérifier": "to_check"}


@then(parsers.re(r"la prescription de " + PAIR + r' est "(?P<status>prescrite|en cours|à vérifier)"'))
def prescription_status(outcome: dict[str, Any], article: str, perp: str, victim: str, status: str) -> None:
    p = one(outcome, article, perp, victim).prescription
    assert p is not None, "pas de prescription calculée"
    assert p.status == PRESCRIPTION_STATUS[status], p.explanation
    assert (p.acquired is not None) == (p.status == "prescribed"), p
    assert (p.reason is not None) == (p.status == "to_check"), p
    assert p.conditions, "les actes interruptifs ou suspensifs sont toujours une condition"


@then(parsers.re(r"la prescription de " + PAIR + r" est acquise le (?P<day>\d{4}-\d{2}-\d{2})"))
def prescription_acquired(outcome: dict[str, Any], article: str, perp: str, victim: str, day: str) -> None:
    p = one(outcome, article, perp, victim).prescription
    assert p is not None and p.acquired is not None and p.acquired.isoformat() == day, p and p.explanation
    assert "sauf acte interruptif" in p.explanation, p.explanation


@then(parsers.re(r"l'explication de la prescription de " + PAIR + r' mentionne "(?P<text>[^"]+)"'))
def prescription_mentions(outcome: dict[str, Any], article: str, perp: str, victim: str, text: str) -> None:
    p = one(outcome, article, perp, victim).prescription
    assert p is not None and text in p.explanation, p and p.explanation


@then(parsers.re(r"la prescription de " + PAIR + r' (?P<neg>peut|ne peut pas) être prolongée par "(?P<ext>[^"]+)"'))
def prescription_extension(outcome: dict[str, Any], article: str, perp: str, victim: str, neg: str, ext: str) -> None:
    p = one(outcome, article, perp, victim).prescription
    assert p is not None
    assert (ext in [e.article for e in p.extensions]) == (neg == "peut"), [e.article for e in p.extensions]


def _principal_of(outcome: dict[str, Any], victim: str) -> Any:
    found = [p for p in _result(outcome).principal if p.victim == victim]
    assert found, f"pas de qualification principale pour {victim}"
    return found[0]


@then(parsers.re(r'la qualification principale de "(?P<victim>[^"]+)" (?P<neg>écarte|n\'écarte pas) "(?P<perp>[^"]+)"'))
def principal_sets_aside(outcome: dict[str, Any], victim: str, neg: str, perp: str) -> None:
    p = _principal_of(outcome, victim)
    assert (perp in p.set_aside) == (neg == "écarte"), (p.set_aside, p.perpetrators)
    if neg == "écarte":
        assert perp not in p.perpetrators and "non-sanction" in p.reason


@then(parsers.re(r'les qualifications en cumul de "(?P<victim>[^"]+)" comprennent "(?P<article>[^"]+)" de "(?P<perp>[^"]+)"'))
def cumulative_has(outcome: dict[str, Any], victim: str, article: str, perp: str) -> None:
    cumul = _principal_of(outcome, victim).cumulative
    assert any(c.article == article and c.perpetrator == perp for c in cumul), [(c.article, c.perpetrator) for c in cumul]


@then(parsers.re(r'les qualifications en cumul de "(?P<victim>[^"]+)" ne comprennent rien de "(?P<perp>[^"]+)"'))
def cumulative_has_none_of(outcome: dict[str, Any], victim: str, perp: str) -> None:
    cumul = _principal_of(outcome, victim).cumulative
    assert not [c for c in cumul if c.perpetrator == perp], [(c.article, c.perpetrator) for c in cumul]


@then(parsers.re(r'la peine la plus lourde encourue par "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" relève de "(?P<art>[^"]+)"'))
def heaviest_is(outcome: dict[str, Any], perp: str, victim: str, art: str) -> None:
    heavy = [h for h in _principal_of(outcome, victim).heaviest if h.perpetrator == perp]
    assert heavy and heavy[0].article == art, [(h.article, h.perpetrator) for h in _principal_of(outcome, victim).heaviest]


@then(parsers.re(r'la raison de la qualification principale de "(?P<victim>[^"]+)" mentionne "(?P<text>[^"]+)"'))
def principal_reason_mentions(outcome: dict[str, Any], victim: str, text: str) -> None:
    reason = _principal_of(outcome, victim).reason
    assert text in reason, reason


@then(parsers.re(r"la qualification " + PAIR + r' est retenue comme "(?P<role>[^"]*)"'))
def participation_is(outcome: dict[str, Any], article: str, perp: str, victim: str, role: str) -> None:
    q = one(outcome, article, perp, victim)
    assert (q.participation or "auteur") == role, q.participation


@then(parsers.re(r'le fait "(?P<fact>[^"]+)" de "(?P<perp>[^"]+)" envers "(?P<victim>[^"]+)" est "(?P<value>oui|non|inconnu)"'))
def fact_is(case: dict[str, Any], fact: str, perp: str, victim: str, value: str) -> None:
    """A fact of the pair's situations (engine.reasoning.situations), three-valued: the same in each."""
    sits = [s for s in get_engine().situations(Case.model_validate(case)) if (s.perpetrator, s.victim) == (perp, victim)]
    seen = {s.values.get(fact) for s in sits}
    expected = {"oui": True, "non": False, "inconnu": None}[value]
    assert sits and seen == {expected}, f"{fact} de {perp} envers {victim} : {seen}, attendu {value}"
