"""Prescription of public action per qualification (CPP 7, 8, 9-1, 706-47; C. pén. 112-2 4°).

From rules/prescription.yaml (`history`): the CPP version in force on the day of the facts (last act)
gives the period; each later prescription law (a CPP 7/8 version, a 706-47 list) applies if the
prescription was not acquired the day it came into force (112-2 4°) — until 10/03/2004 only if it did
not lengthen the period (112-2 4°, 1994 wording); before 01/03/1994 the succession rule is not shipped
and the longer law is not applied (the lighter reading, said in the explanation).

Design decisions (issue 3/7, item 5):
- ``end`` is the day the prescription is acquired (the anniversary: « années révolues »); a law coming
  into force on or after that day comes after acquisition.
- « Today » is the ``as_of`` day injected by the caller (``classify(..., today=…)``, the command line's
  ``--aujourdhui``), else the real date; it is never the law date, which chooses the articles' versions.
  ``Prescription.as_of`` records it, so a result says which day it was computed for.
- Interruptions and suspensions are facts of the procedure, never known from the case: the status
  ``prescribed`` is kept (the action is prescribed on the facts given) but the explanation always says
  « prescrite … sauf acte interruptif ou suspensif … » and ``conditions`` lists them; the extensions of
  7 al. 3, 8 al. 4 and 9-2 al. 7 (another offence on another minor) are listed in ``extensions``.
- Unknown facts (birth date given as a range or unknown, minority unknown, authority of the perpetrator
  unknown for the 1989–1998 texts): every hypothesis is computed; the same answer in all is certain,
  otherwise ``end`` is the earliest end (``certain`` false) and a status that differs between hypotheses
  becomes ``to_check`` with the reason.
- A reconstructed version (CPP 7 from 06/08/2018, text not recovered) is applied with its sources,
  flagged « version reconstituée — à vérifier sur Légifrance » and ``reconstructed`` true.
"""

from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import product
from pathlib import Path
from typing import Any, Literal, NamedTuple

from engine.case.dates import dmy
from engine.case.model import Case
from engine.kernel import disk_cache
from engine.kernel.errors import RuleFileError
from engine.kernel.result_model import Prescription, PrescriptionCondition, PrescriptionStep
from engine.law import texts
from engine.law.texts import TEXTS_DIR, contains_quote, normalise, provenance
from engine.law.vocabulary import RULES_DIR, yaml_data
from engine.reasoning import case_memo


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


QUOTES_CHECKED = "prescription-citations-"  # the cache files saying the quotes of rules/prescription.yaml were found


@cache
def prescription_rules() -> dict[str, Any]:
    """rules/prescription.yaml, its quotes checked against the shipped texts once for these rules, texts and code
    (engine/kernel/disk_cache.py ``checked``: a rule or a text changed is checked again)."""
    data: dict[str, Any] = yaml_data((RULES_DIR / "prescription.yaml").read_text(encoding="utf-8"))
    read = [TEXTS_DIR / f for f in sorted(set(_files(data)))] + [Path(__file__), Path(texts.__file__)]  # + the checks' code
    sources = [json.dumps(data, ensure_ascii=False, sort_keys=True, default=str).encode(), *(p.read_bytes() for p in read)]
    disk_cache.checked(QUOTES_CHECKED, sources, lambda: _check_quotes(data))
    for item in data["history"]["lists_706_47"]:
        if item["articles"] == "from_minors":
            item["articles"] = sorted(data["minors"]["articles"])
    return data


def _files(value: Any) -> Iterator[str]:
    """The text files a part of rules/prescription.yaml quotes (each ``file`` of its ``text``s)."""
    if isinstance(value, dict):
        if isinstance(value.get("file"), str):
            yield value["file"]
        for item in value.values():
            yield from _files(item)
    elif isinstance(value, list):
        for item in value:
            yield from _files(item)


def _check_quotes(data: dict[str, Any]) -> None:
    minors = data["minors"]
    specs = [s for s in (*data["ordinary"].values(), minors["crime"], minors["délit"], minors["twenty_years"]) if s]
    for spec in specs:
        if not contains_quote(spec["text"]["file"], spec["text"]["article"], spec["quote"]):
            raise RuleFileError("rules/prescription.yaml", None, f"citation introuvable dans l'art. {spec['article']}")
    for quote in minors["articles"].values():
        if not contains_quote(minors["list_text"]["file"], minors["list_text"]["article"], quote):
            raise RuleFileError("rules/prescription.yaml", None, f"citation introuvable dans l'art. 706-47 : {quote}")
    _check_history(data)


def _check(text: dict[str, str], quote: str, where: str) -> None:
    if not contains_quote(text["file"], text["article"], quote):
        raise RuleFileError("rules/prescription.yaml", None, f"citation introuvable dans {text['article']} ({where}) : {quote}")


def _check_history(data: dict[str, Any]) -> None:
    """Every dated regime quotes its version block; a reconstructed one quotes its provenance note."""
    history = data["history"]
    for item in history["lists_706_47"]:
        _check(item["text"], item["quote"], "706-47")
    for item in history["succession"]:
        _check(item["text"], item["quote"], "112-2")
    for nature, regimes in history["regimes"].items():
        days = [r["from"] for r in regimes]
        if days != sorted(days) or any(r["rules"][-1]["scope"] != "any" for r in regimes):
            raise RuleFileError("rules/prescription.yaml", None, f"régimes {nature} : dates non ordonnées ou sans règle « any »")
        for regime in regimes:
            if regime.get("reconstructed"):
                notes = normalise(provenance(regime["text"]["file"], regime["text"]["article"]))
                for source in regime["sources"]:
                    if normalise(source) not in notes:
                        raise RuleFileError("rules/prescription.yaml", None, f"source introuvable ({regime['from']}) : {source}")
                continue
            for rule in regime["rules"]:
                _check(regime["text"], rule["quote"], str(regime["from"]))
                if rule.get("also"):
                    _check(rule["also"]["text"], rule["also"]["quote"], str(regime["from"]))
    for cond in (*history["conditions"].values(), *history["extensions"]):
        if cond.get("quote"):
            _check(cond["text"], cond["quote"], cond["article"] if "article" in cond else cond["id"])


def _number(article: str) -> str:
    """'225-12-1 al. 2' → '225-12-1'; '225-7 1°' → '225-7'."""
    return article.split(" ")[0]


def listed_706_47(article: str, aggravations: list[str]) -> str | None:
    """The 706-47 item covering the offence (by its article or an established aggravation), if any."""
    minors = prescription_rules()["minors"]
    items: dict[str, str] = minors["articles"]
    if _number(article) in items and _number(article) not in minors["only_through_aggravation"]:
        return items[_number(article)]
    for agg in aggravations:
        if _number(agg) in minors["only_through_aggravation"] and agg not in minors["only_aggravation_points"]:
            continue
        if _number(agg) in items:
            return items[_number(agg)]
    return None


CAVEAT = "sous réserve des actes interruptifs ou suspensifs (CPP, art. 9-2 et 9-3), non connus du dossier"


class _Hypothesis(NamedTuple):  # a tuple: made for each qualification and hypothesis, cheaply
    minor: bool
    majority: dt.date | None
    authority: bool
    aggravations: tuple[str, ...]


@dataclass
class _Outcome:
    end: dt.date
    start: dt.date
    years: int
    rule: dict[str, Any]
    regime: dict[str, Any]
    steps: list[PrescriptionStep] = field(default_factory=list)
    listed: str | None = None

    @property
    def reconstructed(self) -> bool:
        return any(s.reconstructed and s.applied for s in self.steps)


def _last(items: list[dict[str, Any]], day: dt.date) -> dict[str, Any] | None:
    found = [i for i in items if i["from"] <= day]
    return found[-1] if found else None


@dataclass(frozen=True)
class _Point:
    """A day a prescription law of a nature came into force (a CPP 7/8 version, a 706-47 list), and the laws in
    force from that day: the regime (``key``: its name in the steps), the 706-47 list's articles and aggravation
    points (empty before the first list), the succession rule (112-2 4°) if any."""

    day: dt.date
    regime: dict[str, Any]
    key: str
    listed: frozenset[str]
    listed_points: frozenset[str]
    succession: dict[str, Any] | None


@cache
def _timeline(nature: str) -> tuple[tuple[dt.date, ...], tuple[_Point, ...]]:
    """The days of :class:`_Point` of ``nature`` in order, from its first regime, and those points (made once)."""
    history = prescription_rules()["history"]
    regimes: list[dict[str, Any]] = history["regimes"][nature]
    lists: list[dict[str, Any]] = history["lists_706_47"]
    points = []
    for day in sorted({r["from"] for r in regimes} | {li["from"] for li in lists}):
        regime, entry = _last(regimes, day), _last(lists, day)
        if regime is None:
            continue
        points.append(
            _Point(
                day,
                regime,
                _key(regime),
                frozenset(entry["articles"]) if entry else frozenset(),
                frozenset(entry.get("aggravation_points", [])) if entry else frozenset(),
                _last(history["succession"], day),
            )
        )
    return tuple(p.day for p in points), tuple(points)


def _in_list(point: _Point, number: str, aggravations: tuple[str, ...]) -> bool:
    """Whether the 706-47 list in force at ``point`` covers the offence (article ``number``) or an aggravation."""
    through = prescription_rules()["minors"]["only_through_aggravation"]
    if number in point.listed and number not in through:
        return True
    return any(_number(a) in point.listed and (_number(a) not in through or a in point.listed_points) for a in aggravations)


@lru_cache(maxsize=4096)
def _rules(nature: str, number: str, minor: bool, authority: bool, aggravations: tuple[str, ...]) -> tuple[int, ...]:
    """:func:`_rule` at each point of ``nature``'s timeline, for the offence of article ``number`` on a hypothesis
    (its days and majority aside, which no rule reads), as its index in the point's regime rules, made once: offences
    and hypotheses that meet the same rules share a key (:func:`_chain`)."""
    h = _Hypothesis(minor, None, authority, aggravations)
    numbers = {number, *(_number(a) for a in aggravations)}
    return tuple(_rule(point, number, numbers, h) for point in _timeline(nature)[1])


def _rule(point: _Point, number: str, numbers: set[str], h: _Hypothesis) -> int:
    """The index of the first rule of the regime at ``point`` covering the offence (article ``number``; with its
    aggravations', ``numbers``) on hypothesis ``h``."""
    rules: list[dict[str, Any]] = point.regime["rules"]
    for i, rule in enumerate(rules):
        scope = rule["scope"]
        if scope == "any":
            return i
        if not h.minor:
            continue
        if scope == "minor" or (scope == "authority" and h.authority):
            return i
        if scope == "articles" and not numbers.isdisjoint(rule["articles"]):
            return i
        narrowed = not rule.get("articles") or not numbers.isdisjoint(rule.get("articles", []))
        if scope == "706-47" and _in_list(point, number, h.aggravations) and narrowed:
            return i
    raise AssertionError("a regime always ends with its ordinary rule")


def _period(rule: dict[str, Any], majority: dt.date | None, last_act: dt.date) -> tuple[dt.date, dt.date] | None:
    if rule.get("from_majority"):
        if majority is None:
            return None
        start = max(majority, last_act)
        return start, _add_years(start, rule["years"])
    return last_act, _add_years(last_act, rule["years"])


def _key(regime: dict[str, Any]) -> str:
    """``7@2004-03-10``; the 2023 text as ``7@2021-04-23 (texte de 2023)``; a reconstructed one flagged."""
    article = str(regime["text"]["article"]).split("@")[0]
    key = f"{article}@{regime['from'].isoformat()}"
    if regime.get("reconstructed"):
        return key + " (version reconstituée)"
    return key if "@" in str(regime["text"]["article"]) else key + " (texte de 2023)"


def _step(
    point: _Point, rule: dict[str, Any], day: dt.date, period: tuple[dt.date, dt.date] | None, applied: bool, why: str
) -> PrescriptionStep:
    regime = point.regime
    return PrescriptionStep(
        since=day,
        text=point.key,
        article=f"CPP, art. {rule['article']}",
        years=rule["years"],
        start=period[0] if period else None,
        end=period[1] if period else None,
        applied=applied,
        why=why,
        reconstructed=bool(regime.get("reconstructed")),
        quote=rule.get("quote"),
    )


class _Met(NamedTuple):
    """A hypothesis as the prescription reads it: the victim's minority and majority, and the index of the rule met
    at each point of the timeline from that of the day of the facts on (:func:`_rules`): all it depends on."""

    minor: bool
    majority: dt.date | None
    picks: tuple[int, ...]


def _met(nature: str, number: str, h: _Hypothesis, at: int) -> _Met:
    """``h`` read for the offence of article ``number``, the facts' day in force from the ``at``-th point on."""
    return _Met(h.minor, h.majority, _rules(nature, number, h.minor, h.authority, h.aggravations)[at:])


def _chain(nature: str, met: _Met, last_act: dt.date) -> _Outcome | None:
    """The law of the day of the facts, then each later law while the prescription is not acquired: made once per
    classification for the rules met, the majority and the day (qualifications of other offences, or other
    hypotheses, often meet the same rules); not to be changed."""
    points = _timeline(nature)[1][-len(met.picks) :]
    key = ("prescription chain", nature, met.picks, met.majority, last_act)
    return case_memo.shared(key, lambda: _chain_from(points, met.picks, met.majority, last_act))


def _chain_from(
    points: tuple[_Point, ...], picks: tuple[int, ...], majority: dt.date | None, last_act: dt.date
) -> _Outcome | None:
    """:func:`_chain` through ``points`` (from that of the day of the facts), the rule of index ``picks[i]`` at the
    ``i``-th (:func:`_rules`)."""
    now, rule = points[0], points[0].regime["rules"][picks[0]]
    period = _period(rule, majority, last_act)
    if period is None:
        return None
    out = _Outcome(end=period[1], start=period[0], years=rule["years"], rule=rule, regime=now.regime)
    out.steps.append(_step(now, rule, now.regime["from"], period, True, "loi en vigueur au jour des faits (dernier acte)"))
    for point, i in zip(points[1:], picks[1:], strict=True):
        rule_d = point.regime["rules"][i]
        day, regime_d = point.day, point.regime
        period_d = _period(rule_d, majority, last_act)
        if period_d is None:
            return None
        if period_d[1] == out.end:
            continue
        if out.end <= day:
            out.steps.append(
                _step(
                    point,
                    rule_d,
                    day,
                    period_d,
                    False,
                    f"entrée en vigueur le {dmy(day)}, après l'acquisition de la prescription "
                    f"le {dmy(out.end)} : inapplicable (C. pén. 112-2 4°)",
                )
            )
            break
        succession = point.succession
        if period_d[1] > out.end and (succession is None or not succession["lengthening"]):
            why = (
                "loi plus longue entrée en vigueur avant le 01/03/1994 : règle d'application dans le temps de "
                "l'ancien code pénal non fournie, la loi plus longue n'est pas appliquée (lecture la moins sévère)"
                if succession is None
                else "loi plus longue : non appliquée, elle aggraverait la situation de l'intéressé (C. pén. 112-2 4°, "
                "version du 01/03/1994)"
            )
            out.steps.append(_step(point, rule_d, day, period_d, False, why))
            continue
        end = max(period_d[1], day)
        out.steps.append(
            _step(
                point,
                rule_d,
                day,
                period_d,
                True,
                f"prescription non acquise le {dmy(day)} : la loi nouvelle s'applique (C. pén. 112-2 4°)",
            )
        )
        out.end, out.start, out.years, out.rule, out.regime = end, period_d[0], rule_d["years"], rule_d, regime_d
    return out


def _authority(case: Case, perpetrator: str | None, victim: str) -> bool | None:
    """Ascendant of the victim or person with authority over her (CPP 7 and 8, 1989–1998 wordings)."""
    links = [r for r in case.relationships if r.person == perpetrator and r.other == victim]
    values = [v for r in links for v in (r.ascendant, r.authority)]
    if any(v is True for v in values):
        return True
    return False if links and all(v is False for v in values) else None


def _majorities(bounds: tuple[dt.date, dt.date] | None) -> tuple[dt.date | None, ...]:
    """The days the victim may have come of age (None: her birth date unknown)."""
    return tuple(sorted({_add_years(b, 18) for b in bounds})) if bounds else (None,)


def _hypotheses(
    case: Case, victim: str, victim_minor: bool | None, authority: bool | None, established: list[str], pending: list[str]
) -> list[_Hypothesis]:
    majorities = case_memo.once(case, ("majorities", victim), lambda: _majorities(case_memo.bounds(case)[victim]))
    out = []
    for minor, auth in product(
        [victim_minor] if victim_minor is not None else [True, False], [authority] if authority is not None else [True, False]
    ):
        aggs = tuple(established + (pending if victim_minor is None and minor else []))
        for majority in majorities if minor else (None,):
            out.append(_Hypothesis(bool(minor), majority, bool(auth), aggs))
    return out


def _conditions(nature: str, last_act: dt.date, end: dt.date | None) -> list[PrescriptionCondition]:
    conds = prescription_rules()["history"]["conditions"]
    out = []
    if last_act < conds["interruption_before_2017"]["until"]:
        out.append(_condition("interruption", "interruption_before_2017", quoted=True))
    if end is None or end > conds["interruption"]["since"]:
        out.append(_condition("interruption", "interruption", quoted=True))
    out.append(_condition("suspension", "suspension", quoted=False))
    if nature in conds["occult"]["natures"] and (end is None or end > conds["occult"]["since"]):
        out.append(_condition("occult", "occult", quoted=True))
    return out


@cache
def _condition(kind: str, name: str, quoted: bool) -> PrescriptionCondition:
    """The condition ``name`` of rules/prescription.yaml, with its quote if ``quoted`` (made once: frozen, shared by
    the prescriptions)."""
    c = prescription_rules()["history"]["conditions"][name]
    quote = {"quote": c["quote"]} if quoted else {}
    return PrescriptionCondition(kind=kind, article=c["article"], claim=c["claim"], **quote)


def _extensions(nature: str, article: str, aggravations: list[str], victim_minor: bool | None) -> tuple[int, ...]:
    """The extensions of rules/prescription.yaml that may lengthen the period of the offence (the indices)."""
    if victim_minor is False:
        return ()
    numbers = {_number(article), *(_number(a) for a in aggravations)}
    extensions = prescription_rules()["history"]["extensions"]
    return tuple(
        i for i, ext in enumerate(extensions) if ext["nature"] in ("any", nature) and not numbers.isdisjoint(ext["articles"])
    )


def _extended(candidates: tuple[int, ...], end: dt.date | None) -> list[PrescriptionCondition]:
    """Those of the ``candidates`` (:func:`_extensions`) in force before the prescription was acquired on ``end``."""
    extensions = prescription_rules()["history"]["extensions"]
    out = []
    for i in candidates:
        since = extensions[i]["since"]
        if since is not None and end is not None and end <= since:
            continue  # prescription acquired before the extension came into force (112-2 4°)
        out.append(_extension(i))
    return out


@cache
def _extension(i: int) -> PrescriptionCondition:
    """The ``i``-th extension of rules/prescription.yaml (made once: frozen, shared by the prescriptions)."""
    ext = prescription_rules()["history"]["extensions"][i]
    since = f"depuis le {dmy(ext['since'])}" if ext["since"] else "texte de 2023, date d'entrée en vigueur non fournie"
    return PrescriptionCondition(
        kind="extension", article=f"CPP, art. {ext['id']}", claim=f"{ext['claim']} ({since})", quote=ext["quote"]
    )


def _to_check(
    reason: str,
    articles: list[str],
    as_of: dt.date,
    start_rule: str = "non calculé",
    conditions: list[PrescriptionCondition] | None = None,
) -> Prescription:
    return Prescription(
        years=None,
        start=None,
        end=None,
        start_rule=start_rule,
        articles=articles,
        quote="",
        certain=False,
        explanation=f"prescription à vérifier : {reason}",
        status="to_check",
        as_of=as_of,
        reason=reason,
        acquired=None,
        reconstructed=False,
        conditions=conditions or [],
    )


def _laws(steps: list[PrescriptionStep]) -> str:
    parts = []
    for s in steps:
        flag = " — version reconstituée — à vérifier sur Légifrance" if s.reconstructed else ""
        years = f"{s.years} ans" if s.years is not None else "?"
        until = f", jusqu'au {dmy(s.end)}" if s.end else ""
        parts.append(f"{s.text} ({s.article}{flag}) : {years}{until} — {'appliquée' if s.applied else 'non appliquée'}, {s.why}")
    return " ; ".join(parts)


def prescription_for(
    case: Case,
    article: str,
    nature: str,
    victim: str,
    victim_minor: bool | None,
    established_aggravations: list[str],
    last_act: dt.date,
    pending_aggravations: list[str] | None = None,
    perpetrator: str | None = None,
    as_of: dt.date | None = None,
    one_act: bool = False,
) -> Prescription:
    """The prescription of the public action for one qualification, on the case's facts, as of ``as_of``. ``one_act``:
    one act of uncertain date up to ``last_act``: committed on a minor, it preceded her majority."""
    today = as_of or dt.date.today()
    history = prescription_rules()["history"]
    if nature not in history["regimes"]:
        return _to_check(
            f"{nature} : le délai de prescription (CPP, art. 9) ne figure pas dans les textes livrés", ["CPP, art. 9"], today
        )
    if last_act < history["first_day"]:
        return _to_check(
            f"faits antérieurs au {dmy(history['first_day'])} : les versions des art. 7 et 8 du CPP alors en "
            "vigueur ne figurent pas dans les textes livrés",
            ["CPP, art. 7", "CPP, art. 8"],
            today,
        )
    pending_ = pending_aggravations or []
    hypotheses = _hypotheses(
        case, victim, victim_minor, _authority(case, perpetrator, victim), established_aggravations, pending_
    )
    at = bisect_right(_timeline(nature)[0], last_act) - 1  # the laws in force on the day of the facts: the point before
    assert at >= 0
    number = _number(article)
    met = tuple(_met(nature, number, h, at) for h in hypotheses)
    candidates = _extensions(nature, article, established_aggravations + pending_, victim_minor)
    key = ("prescription", nature, victim, last_act, today, met, candidates, one_act)  # all the rest reads
    return case_memo.shared(key, lambda: _prescription(nature, victim, last_act, today, met, candidates, one_act))


def _before_majority(h: _Met, last_act: dt.date) -> dt.date:
    """The last day one act of uncertain date may have been committed under ``h``: before the majority if a minor."""
    if h.minor and h.majority is not None and last_act >= h.majority:
        return h.majority - dt.timedelta(days=1)
    return last_act


def _prescription(
    nature: str,
    victim: str,
    last_act: dt.date,
    today: dt.date,
    met: tuple[_Met, ...],
    candidates: tuple[int, ...],
    one_act: bool = False,
) -> Prescription:
    """:func:`prescription_for` on the hypotheses as read (``met``) and the extensions that may apply (``candidates``):
    made once per classification for them (the qualifications of a victim's other offences often share them)."""
    outcomes = [(h, _chain(nature, h, _before_majority(h, last_act) if one_act else last_act)) for h in met]
    known = [(h, o) for h, o in outcomes if o is not None]
    unknown = len(known) < len(outcomes)
    if not known:
        return _to_check(
            "la victime était mineure mais sa date de naissance est inconnue : le délai court de sa majorité",
            ["CPP, art. 7", "CPP, art. 8", "CPP, art. 706-47"],
            today,
            "majorité de la victime",
            _conditions(nature, last_act, None),
        )
    h0, first = min(known, key=lambda ho: ho[1].end)
    ends = sorted({o.end for _, o in known})
    prescribed = {o.end <= today for _, o in known}
    certain = len(ends) == 1 and not unknown
    status: Literal["running", "prescribed", "to_check"]
    if prescribed == {False}:
        status = "running"
    elif prescribed == {True} and not unknown:
        status = "prescribed"
    else:
        status = "to_check"
    rule = first.rule
    listed = bool(h0.minor and rule.get("from_majority"))
    start_rule = "majorité de la victime" if listed else "jour de l'infraction (dernier acte)"
    articles = [f"CPP, art. {rule['article']}"] + (["CPP, art. 706-47"] if rule["scope"] == "706-47" else [])
    if rule.get("also"):
        articles.append(f"CPP, art. {rule['also']['text']['article'].split('@')[0]}")
    if len(first.steps) > 1 or first.steps[0].text not in ("7", "8"):
        articles.append("C. pén., art. 112-2 4°")
    reconstructed = first.reconstructed
    conditions = _conditions(nature, last_act, first.end)
    extensions = _extended(candidates, first.end)
    who = (
        f"à compter de la majorité de {victim} ({dmy(first.start)})" if listed else f"à compter du dernier acte ({dmy(last_act)})"
    )
    what = f"infraction commise sur un mineur, {nature} visé par l'art. {rule['article']}" if listed else nature
    text = f"{what} : {first.years} ans {who}, soit jusqu'au {dmy(first.end)}"
    unsettled = "date de l'acte, minorité" if one_act else "date de naissance, minorité"
    if not certain:
        reasons = []
        if len(ends) > 1:
            reasons.append(
                f"selon les faits non établis ({unsettled}, autorité), de {dmy(ends[0])} à {dmy(ends[-1])}"
            )
        if unknown:
            reasons.append(
                "si la victime était mineure, le délai court de sa majorité (date de naissance inconnue) : "
                "CPP, art. 7 al. 3, 8 al. 2"
            )
        text += " au plus tôt (" + " ; ".join(reasons) + ")"
    if reconstructed:
        sources = "; ".join(first.regime.get("sources", []))
        text += f" — version reconstituée — à vérifier sur Légifrance (sources : {sources})"
    text += f" ; lois successives : {_laws(first.steps)}"
    reason = None
    acquired = None
    if status == "prescribed":
        acquired = ends[-1]
        text += (
            f" ; prescrite le {dmy(acquired)} sauf acte interruptif ou suspensif intervenu avant cette date "
            "(actes de la procédure non connus du dossier : CPP, art. 7 al. 2 et 8 avant 2017, 9-2 et 9-3 depuis)"
        )
    elif status == "running":
        text += f" ; non prescrite au {dmy(today)} ; {CAVEAT} (un acte interruptif ferait courir un nouveau délai)"
    else:
        reason = (
            f"prescrite dans une hypothèse, non dans une autre au {dmy(today)} (faits non établis : {unsettled} ou "
            "autorité de l'auteur)"
        )
        text += f" ; à vérifier : {reason} ; {CAVEAT}"
    if extensions:
        text += " ; prolongations possibles : " + " ; ".join(f"{e.article} — {e.claim}" for e in extensions)
    return Prescription(
        years=first.years,
        start=first.start,
        end=first.end,
        start_rule=start_rule,
        articles=articles,
        quote=rule.get("quote") or "",
        certain=certain,
        explanation=text,
        status=status,
        acquired=acquired,
        as_of=today,
        reason=reason,
        reconstructed=reconstructed,
        regimes=first.steps,
        conditions=conditions,
        extensions=extensions,
    )
