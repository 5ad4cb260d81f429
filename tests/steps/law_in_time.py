"""Then steps on the law in time: what a part read across a reform rests on, and warnings by code."""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, then

from engine.kernel.result_model import Explanation
from steps.classification import PAIR, _result, on_day, one


def _claims(node: Explanation) -> list[str]:
    return [node.claim] + [c for child in node.children for c in _claims(child)]


@then(
    parsers.re(
        r'l\'explication de la circonstance "(?P<agg>[^"]+)" de la qualification ' + PAIR + r' mentionne "(?P<text>[^"]+)"'
    )
)
def aggravation_explained(outcome: dict[str, Any], agg: str, article: str, perp: str, victim: str, text: str) -> None:
    q = one(outcome, article, perp, victim)
    found = [a for a in q.aggravations if a.article == agg]
    assert found, f"pas de circonstance {agg} pour {article} ; connues : {[a.article for a in q.aggravations]}"
    assert text in found[0].explanation.claim, found[0].explanation.claim


@then(parsers.re(r'la circonstance "(?P<agg>[^"]+)" de la qualification ' + PAIR + r" n'existe pas à la date des faits"))
def aggravation_not_in_force(outcome: dict[str, Any], agg: str, article: str, perp: str, victim: str) -> None:
    """Outside its own dates a circumstance is neither established nor to establish: it is not listed."""
    q = one(outcome, article, perp, victim)
    assert not [a for a in q.aggravations if a.article == agg], [(a.article, a.status) for a in q.aggravations]


def _evidence(node: Explanation) -> list[str]:
    """The evidence the facts of the explanation rest on (« ← … » lines)."""
    return [e.text for f in node.facts for e in f.evidence] + [t for child in node.children for t in _evidence(child)]


@then(parsers.re(r"l'explication de la qualification " + PAIR + r' cite la preuve "(?P<text>[^"]+)"'))
def qualification_evidence(outcome: dict[str, Any], article: str, perp: str, victim: str, text: str) -> None:
    evidence = _evidence(one(outcome, article, perp, victim).explanation)
    assert any(text in e for e in evidence), evidence


@then(parsers.re(r"l'explication de la qualification " + PAIR + r' mentionne "(?P<text>[^"]+)"'))
def qualification_explained(outcome: dict[str, Any], article: str, perp: str, victim: str, text: str) -> None:
    claims = _claims(one(outcome, article, perp, victim).explanation)
    assert any(text in c for c in claims), claims


@then(
    parsers.re(
        r"l'explication de la qualification "
        + PAIR
        + r' pour les faits du (?P<day>\d{4}-\d{2}-\d{2}) mentionne "(?P<text>[^"]+)"'
    )
)
def qualification_on_day_explained(outcome: dict[str, Any], article: str, perp: str, victim: str, day: str, text: str) -> None:
    claims = _claims(on_day(outcome, article, perp, victim, day).explanation)
    assert any(text in c for c in claims), claims


@then(parsers.re(r'l\'avertissement "(?P<code>[a-z_]+)" mentionne "(?P<text>[^"]+)"'))
def warning_with_code(outcome: dict[str, Any], code: str, text: str) -> None:
    warnings = [w.message for w in _result(outcome).warnings if w.code == code]
    assert any(text in m for m in warnings), warnings or _result(outcome).warnings


@then(parsers.re(r'l\'avertissement "(?P<code>[a-z_]+)" mentionnant "(?P<text>[^"]+)" n\'apparaît qu\'une fois'))
def warning_once(outcome: dict[str, Any], code: str, text: str) -> None:
    warnings = [w.message for w in _result(outcome).warnings if w.code == code and text in w.message]
    assert len(warnings) == 1, warnings


@then(parsers.re(r'aucun avertissement "(?P<code>[a-z_]+)"$'))
def no_warning_with_code(outcome: dict[str, Any], code: str) -> None:
    assert not [w for w in _result(outcome).warnings if w.code == code], _result(outcome).warnings


@then(
    parsers.re(
        r'l\'explication du signalement "(?P<kind>[^"]+)" pour "(?P<person>[^"]+)" (?P<neg>mentionne|ne mentionne pas) '
        r'"(?P<text>[^"]+)"'
    )
)
def flag_explained(outcome: dict[str, Any], kind: str, person: str, neg: str, text: str) -> None:
    found = [f for f in _result(outcome).flags if f.kind == kind and f.person == person]
    assert found, f"pas de signalement {kind} pour {person}"
    assert (text in found[0].explanation.claim) == (neg == "mentionne"), found[0].explanation.claim


@then(
    parsers.re(
        r"la qualification " + PAIR + r' suit la version "(?P<version>[^"]+)" pour les faits du '
        r"(?P<start>\d{4}-\d{2}-\d{2}) au (?P<end>\d{4}-\d{2}-\d{2})"
    )
)
def judged_under(outcome: dict[str, Any], article: str, perp: str, victim: str, version: str, start: str, end: str) -> None:
    """The version applied and the period it is applied to: the offence's own conduct, not the pair's other acts."""
    q = one(outcome, article, perp, victim)
    assert q.period_start is not None and q.period_end is not None
    got = (q.version.id, q.period_start.isoformat(), q.period_end.isoformat())
    assert got == (version, start, end), got


def _would_change(node: Explanation) -> list[str]:
    return list(node.would_change) + [w for child in node.children for w in _would_change(child)]


@then(
    parsers.re(
        r"ce qui changerait la qualification "
        + PAIR
        + r' pour les faits du (?P<day>\d{4}-\d{2}-\d{2}) (?P<neg>ne )?mentionne (?:pas )?"(?P<text>[^"]+)"'
    )
)
def qualification_would_change(
    outcome: dict[str, Any], article: str, perp: str, victim: str, day: str, neg: str | None, text: str
) -> None:
    """« Ce qui changerait la réponse » of the qualification's explanation (every node's would_change)."""
    said = _would_change(on_day(outcome, article, perp, victim, day).explanation)
    assert any(text in w for w in said) is not bool(neg), said
