"""Conduct across a reform: which acts each new part of the law applied may rest on (Code pénal, art. 112-1).

An offence assessed under version V on acts that span its reforms — a continuing offence judged under
the law in force at its end, or one act lasting across a reform — gets, from the rule data
(engine/law/entries.py), the first day whose acts may satisfy each alternative of V. The situation then
carries probes, asserted in the same durable-rules run: the pair's acts from each such day (under V),
and those of each earlier period (under the version then in force). Their firings are read here:

- an alternative that came into force on day D is satisfied only by a firing on the acts from D;
- a part none of whose alternatives holds there, though the whole conduct meets it, may still rest on
  earlier acts when the version then in force had its counterpart (same id or same condition) and that
  counterpart fired on their period: the earlier tier, with that version's penalty for a circumstance;
- otherwise the part is set aside, and the result says which acts it could not rest on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from engine.case.model import Case
from engine.kernel.result_model import Warning_
from engine.law.entries import Part, Period, conditions, counterparts, entries, parts, periods
from engine.law.rule_model import Aggravation, Offence, Version
from engine.law.versions import Choice
from engine.reasoning.compiler import RuleMeta
from engine.reasoning.hits import Hits
from engine.reasoning.situations import Situation, window

PartStatus = Literal["satisfied", "contradicted", "unknown"]


@dataclass(frozen=True)
class Timing:
    """For one offence on one situation: when its version's alternatives came in, and the probes to read."""

    version: Version
    entries: dict[tuple[str, int], dt.date]
    later: dict[dt.date, str | None]  # entry day → key of the probe of the acts from that day (None: no act)
    earlier: tuple[tuple[Period, str], ...]  # an earlier period, under its own version → its probe's key
    # before the offence existed: a period under the version then in force of the offence it was (``formerly``)
    former: tuple[tuple[Period, str], ...] = ()


def plan(
    case: Case,
    sit: Situation,
    chosen: Sequence[tuple[Offence, Choice, Sequence[dt.date]]],
    book: Mapping[str, Offence] | None = None,
) -> None:
    """Give ``sit`` a timing for each offence whose version has alternatives newer than some of its acts,
    and the probes they read (one per span of days, shared by the offences; ``dates``: the offence's reforms).
    ``book``: every offence by id, for the one an offence was before its creation (``formerly``)."""
    pins: dict[tuple[dt.date, dt.date], dict[str, str]] = {}
    pending: dict[str, tuple[Version, dict[tuple[str, int], dt.date], list[Period]]] = {}
    formers: dict[str, list[Period]] = {}
    for offence, choice, dates in chosen:
        first, last = sit.span(offence.id)  # the offence's own conduct (its defining acts)
        if choice.reason == "loi_plus_douce" or not any(first < d <= last for d in dates):
            continue
        if choice.reason == "date_incertaine" or (sit.straddles is not None and not offence.continuing):
            continue  # one act of uncertain date: judged on its first day only, its parts too (112-1)
        spans = periods(offence, first, last)
        found = entries(choice.version, spans)
        if not found:
            continue
        pending[offence.id] = (choice.version, found, spans)
        for since in set(found.values()):
            if since <= last:
                pins.setdefault((since, last), {})[offence.id] = choice.version.id
        for span in _earlier(choice.version, found, spans):
            assert span.version is not None
            pins.setdefault((span.start, span.end), {})[offence.id] = span.version.id
        was = book.get(offence.formerly.offence) if book and offence.formerly else None
        if was is not None:
            for span in spans:
                if span.version is None:  # before the offence existed: read under the one it was then
                    for sub in periods(was, span.start, span.end):
                        if sub.version is not None:
                            formers.setdefault(offence.id, []).append(sub)
                            pins.setdefault((sub.start, sub.end), {})[was.id] = sub.version.id
    keys: dict[tuple[dt.date, dt.date], str | None] = {}
    for (start, end), pinned in sorted(pins.items()):
        probe = window(case, sit, start, end)
        keys[(start, end)] = probe.key if probe else None
        if probe is not None:
            probe.versions = {o: "-" for o in sit.versions} | pinned
            probe.only = frozenset(pinned)
            probe.continuing = sit.continuing
            sit.probes.append(probe)
    for oid, (version, found, spans) in pending.items():
        later = {since: keys.get((since, spans[-1].end)) for since in set(found.values())}
        earlier = tuple(
            (span, key) for span in _earlier(version, found, spans) if (key := keys.get((span.start, span.end))) is not None
        )
        former = tuple((span, key) for span in formers.get(oid, []) if (key := keys.get((span.start, span.end))) is not None)
        sit.timings[oid] = Timing(version, found, later, earlier, former)


def _earlier(version: Version, found: dict[tuple[str, int], dt.date], spans: list[Period]) -> list[Period]:
    """The periods under another version in which some part with a late alternative had a counterpart that could
    add something: one of the part's alternatives not yet in force then (a lighter tier of it), or another
    wording; the part's other alternatives are read on the acts they may rest on already."""

    def useful(part: Part, span: Period) -> bool:
        assert span.version is not None
        mine = conditions(part)
        for other in counterparts(part, span.version, span.start):
            for c in conditions(other):
                if c not in mine or found.get((part.id, mine.index(c)), span.start) > span.start:
                    return True
        return False

    late = [p for p in parts(version) if any(pid == p.id for pid, _ in found)]
    return [s for s in spans if s.version is not None and s.version.id != version.id and any(useful(p, s) for p in late)]


@dataclass
class PartResult:
    """A part of the version applied, read across the reform: its status and what it rests on."""

    status: PartStatus
    metas: list[RuleMeta]
    names: dict[RuleMeta, str]
    sit: Situation  # whose facts explain it
    since: dt.date | None = None  # it rests only on the acts from that day (None: on any act)
    earlier: tuple[Period, Part] | None = None  # satisfied by the acts of that period, under its counterpart then
    set_aside: bool = False  # the whole conduct meets it, but only through acts before its entry into force
    entries: list[dt.date] = field(default_factory=list)  # the days its late alternatives came into force
    partial: bool = False  # some of its alternatives were already in force before the conduct
    prior: list[str] = field(default_factory=list)  # unknown from its entry on: the earlier acts that cannot found it


@dataclass(frozen=True)
class Resolved:
    """A timing with the firings of its probes."""

    timing: Timing
    whole: Situation
    probes: Mapping[str, Situation]
    hits: Mapping[str, Hits]  # probe key → firings of the offence there (its own version on each probe)
    former: Mapping[str, Hits] = field(default_factory=dict)  # probe key → firings of the offence it was (formerly)

    def restricted(self, part: Part) -> dict[int, dt.date]:
        return {k: since for (pid, k), since in self.timing.entries.items() if pid == part.id}

    def assess(self, part: Part, whole: Hits) -> PartResult | None:
        """The part's status on the acts each alternative may rest on; None when every act may satisfy it."""
        late = self.restricted(part)
        if not late:
            return None
        result = self._assess(part, whole, late)
        result.partial = len(late) < len(conditions(part))
        return result

    def _assess(self, part: Part, whole: Hits, late: dict[int, dt.date]) -> PartResult:
        plus_all = whole.by_part.get((part.id, "+"), [])
        days = sorted(set(late.values()))
        found = [m for m in plus_all if m.alternative not in late]
        if found:
            return PartResult("satisfied", found, whole.rule_names, self.whole, entries=days)
        for since in days:
            key = self.timing.later.get(since)
            if key is None:
                continue
            hits = self.hits[key]
            mine = [m for m in hits.by_part.get((part.id, "+"), []) if late.get(m.alternative, since) <= since]
            if mine:
                return PartResult("satisfied", mine, hits.rule_names, self.probes[key], since=since, entries=days)
        met_before = any(m.alternative in late for m in plus_all)
        if met_before:
            tier = self._earlier_tier(part, days)
            if tier is not None:
                return tier
        return self._not_satisfied(part, whole, late, days, met_before)

    def _earlier_tier(self, part: Part, days: list[dt.date]) -> PartResult | None:
        """The heaviest counterpart that fired on an earlier period (the first one for an element)."""
        best: PartResult | None = None
        for span, key in self.timing.earlier:
            assert span.version is not None
            hits = self.hits[key]
            for other in counterparts(part, span.version, span.start):
                fired = hits.by_part.get((other.id, "+"), [])
                if other.id != part.id:  # a counterpart by condition stands only for the shared conditions
                    shared = conditions(part)
                    fired = [m for m in fired if m.pattern in shared]
                if not fired:
                    continue
                result = PartResult("satisfied", fired, hits.rule_names, self.probes[key], earlier=(span, other), entries=days)
                if best is None or _heavier(other, best):
                    best = result
        return best

    def _not_satisfied(
        self, part: Part, whole: Hits, late: dict[int, dt.date], days: list[dt.date], met_before: bool
    ) -> PartResult:
        """Contradicted only when a known fact contradicts it on every span its alternatives may rest on."""
        spans: list[tuple[Hits, Situation]] = []
        if len(late) < len(conditions(part)):
            spans.append((whole, self.whole))
        for since in days:
            key = self.timing.later.get(since)
            if key is not None:
                spans.append((self.hits[key], self.probes[key]))
        minus = [(h, s) for h, s in spans if (part.id, "-") in h.by_part]
        if spans and len(minus) == len(spans):
            hits, sit = minus[-1]
            return PartResult(
                "contradicted",
                hits.by_part[(part.id, "-")],
                hits.rule_names,
                sit,
                since=days[-1],
                set_aside=met_before,
                entries=days,
            )
        hits, sit = spans[-1] if spans else (whole, self.whole)
        # unknown on the acts from its entry: to establish there, never set aside (an unknown fact is not false)
        later = {a for key in self.timing.later.values() if key is not None for a in self.probes[key].acts}
        prior = [a for a in self.whole.acts if a not in later] if met_before else []
        return PartResult("unknown", [], hits.rule_names, sit, since=days[-1], entries=days, prior=prior)


def read_part(part: Part, hits: Hits, sit: Situation, resolved: Resolved | None) -> PartResult:
    """A part's status: across the reform when some of its alternatives came in during the conduct, else as fired."""
    across = resolved.assess(part, hits) if resolved else None
    if across is not None:
        return across
    plus, minus = hits.by_part.get((part.id, "+"), []), hits.by_part.get((part.id, "-"), [])
    status: PartStatus = "satisfied" if plus else "contradicted" if minus else "unknown"
    return PartResult(status, plus or minus, hits.rule_names, sit)


def _heavier(part: Part, than: PartResult) -> bool:
    assert than.earlier is not None
    other = than.earlier[1]
    if isinstance(part, Aggravation) and isinstance(other, Aggravation):
        return part.penalty.weight() > other.penalty.weight()
    return False


def resolve(sit: Situation, offence: Offence, grouped: Mapping[tuple[str, str, str], Hits]) -> Resolved | None:
    """The timing of ``offence`` on ``sit`` with its probes' firings (each probe under the version pinned there)."""
    timing = sit.timings.get(offence.id)
    if timing is None:
        return None
    probes = {p.key: p for p in sit.probes}
    hits: dict[str, Hits] = {}
    for key in [k for k in timing.later.values() if k is not None] + [k for _, k in timing.earlier]:
        version = probes[key].versions.get(offence.id, timing.version.id)
        hits[key] = grouped.get((offence.id, version, key), Hits())
    former: dict[str, Hits] = {}
    if offence.formerly is not None:
        was = offence.formerly.offence
        for span, key in timing.former:
            assert span.version is not None
            former[key] = grouped.get((was, span.version.id, key), Hits())
    return Resolved(timing, sit, probes, hits, former)


@dataclass(frozen=True)
class FormerTier:
    """The circumstance of the offence a conduct was before the offence applied to it existed, kept on the acts of
    that time: ``aggravation`` of ``version`` (of ``offence.formerly.offence``), fired on ``span`` (``sit``)."""

    offence: Offence  # the offence that failed only because its facts predate it (225-4-1 II)
    version: Version  # the version of the offence the conduct was then (225-4-1, 2011)
    aggravation: Aggravation  # its circumstance (225-4-2 1°)
    span: Period
    metas: list[RuleMeta]
    names: dict[RuleMeta, str]
    sit: Situation
    since: dt.date  # the day the offence applied came into force
    article: str  # the number of the former offence in that version


def former_tier(offence: Offence, version: Version, sit: Situation, hits: Hits, resolved: Resolved | None) -> FormerTier | None:
    """When ``offence`` fails only because the facts meeting its elements all predate it (every element not satisfied
    is set aside for that reason), the heaviest tier of its former circumstance (``formerly``) that fired, with the
    elements of that former offence, on a period before it existed; None otherwise."""
    was = offence.formerly
    if was is None or resolved is None or not resolved.timing.former:
        return None
    reads = [read_part(e, hits, sit, resolved) for e in version.elements]
    failed = [r for r in reads if r.status != "satisfied"]
    if not failed or not all(r.set_aside for r in failed):
        return None
    best: FormerTier | None = None
    for span, key in resolved.timing.former:
        assert span.version is not None
        fired = resolved.former[key]
        agg = next((a for a in span.version.aggravations if a.id == was.aggravation and a.in_force(span.end)), None)
        metas = fired.by_part.get((was.aggravation, "+"), [])
        if agg is None or not metas or not fired.established:
            continue
        if best is None or agg.penalty.weight() > best.aggravation.penalty.weight():
            since = min(d for r in failed for d in r.entries)
            article = span.version.article or was.offence
            best = FormerTier(offence, span.version, agg, span, metas, fired.rule_names, resolved.probes[key], since, article)
    return best


def former_note(t: FormerTier) -> str:
    """What the kept former tier rests on, in French."""
    return (
        f" — retenue selon l'art. {t.article}, version {_version_said(t.span)} alors en vigueur, sur les actes du "
        f"{t.span.start:%d/%m/%Y} au {t.span.end:%d/%m/%Y} ({_acts(t.sit)}) : l'art. {t.offence.article} "
        f"({t.offence.label[0].lower()}{t.offence.label[1:]}), qui la remplace à compter du {t.since:%d/%m/%Y}, ne peut "
        "reposer sur ces actes antérieurs à son entrée en vigueur (art. 112-1)"
    )


def former_warning(q_article: str, t: FormerTier, first: dt.date, last: dt.date) -> Warning_:
    who = f"faits de {t.sit.perpetrator} envers {t.sit.victim} du {first:%d/%m/%Y} au {last:%d/%m/%Y}"
    return Warning_(
        code="circonstance_faits_anterieurs",
        message=(
            f"Art. {q_article} ({who}) : l'art. {t.offence.article} ne repose que sur des faits antérieurs à son entrée "
            f"en vigueur le {t.since:%d/%m/%Y} ; la circonstance {t.aggravation.article} ({t.aggravation.label}) qui "
            f"l'a précédé est retenue selon l'art. {t.article}, version {_version_said(t.span)} alors en vigueur, "
            f"{t.aggravation.penalty.summary()}, sur les actes du {t.span.start:%d/%m/%Y} au {t.span.end:%d/%m/%Y} "
            "(Code pénal, art. 112-1)."
        ),
    )


def _acts(sit: Situation) -> str:
    return ", ".join(sit.acts)


def _version_said(span: Period) -> str:
    if span.version is None:
        return "?"
    return span.version.id + (" (version reconstituée — à vérifier sur Légifrance)" if span.version.reconstructed else "")


def across_note(r: PartResult, what: Literal["element", "circumstance"]) -> str:
    """What a part read across a reform rests on, in French (empty when every act may satisfy it)."""
    if not r.entries or (r.status == "satisfied" and r.since is None and r.earlier is None):
        return ""
    e, it = ("e", "la") if what == "circumstance" else ("", "le")
    if r.earlier is not None:
        span, _ = r.earlier
        version = _version_said(span)
        return (
            f" — retenu{e} selon la version {version} alors en vigueur, sur les actes du {span.start:%d/%m/%Y} au "
            f"{span.end:%d/%m/%Y} ({_acts(r.sit)}) : dans la rédaction appliquée au comportement, les faits qui "
            f"{it} fondent sont antérieurs à son entrée en vigueur (art. 112-1)"
        )
    if r.status == "satisfied" and r.since is not None:
        return (
            f" — repose sur les actes à compter du {r.since:%d/%m/%Y}, date de son entrée en vigueur ({_acts(r.sit)}) ; "
            f"les actes antérieurs ne peuvent {it} fonder (art. 112-1)"
        )
    since = f"{r.entries[0]:%d/%m/%Y}"
    if r.set_aside:
        return (
            f" — écarté{e} : les faits qui {it} fonderaient sont antérieurs à son entrée en vigueur le {since} ; "
            "l'infraction est appréciée selon la loi en vigueur à la fin du comportement, mais aucune condition "
            "nouvelle ou plus sévère ne s'applique à des actes antérieurs à son entrée en vigueur (art. 112-1)"
        )
    if r.partial:
        return (
            f" — celles de ses conditions entrées en vigueur le {since} ne peuvent reposer que sur les actes à compter "
            "de cette date (art. 112-1)"
        )
    return f" — à établir sur les actes à compter du {since}, date de son entrée en vigueur{_prior(r, it)} (art. 112-1)"


def _prior(r: PartResult, it: str) -> str:
    """The earlier acts that would meet a part still to establish on the acts from its entry into force."""
    if not r.prior:
        return ""
    many = len(r.prior) > 1
    return f" ; {_list(r.prior)} ({'antérieurs' if many else 'antérieur'}) ne {'peuvent' if many else 'peut'} {it} fonder"


def _list(ids: list[str]) -> str:
    return ids[0] if len(ids) == 1 else f"{', '.join(ids[:-1])} et {ids[-1]}"


def across_warnings(offence: Offence, version: Version, sit: Situation, hits: Hits, resolved: Resolved) -> list[Warning_]:
    """A warning for each part of ``version`` whose facts all predate its entry into force (set aside, or kept at
    the tier of the version then in force)."""
    first, last = sit.span(offence.id)
    who = f"faits de {sit.perpetrator} envers {sit.victim} du {first:%d/%m/%Y} au {last:%d/%m/%Y}"
    head = f"Art. {offence.article_of(version)} ({who}, version {version.id})"
    out: list[Warning_] = []
    act = version.elements[0]
    day = sit.day(offence.id)
    for part in [p for p in parts(version) if not isinstance(p, Aggravation) or p.in_force(day)]:
        r = resolved.assess(part, hits)
        if r is None or not (r.set_aside or r.earlier or r.prior):
            continue
        since = f"{r.entries[0]:%d/%m/%Y}"
        if isinstance(part, Aggravation):
            code, what, e, it, pron = (
                "circonstance_faits_anterieurs",
                f"la circonstance {part.article} ({part.label})",
                "e",
                "la",
                "elle",
            )
        else:
            code, what, e, it, pron = "element_faits_anterieurs", f"l'élément « {part.label} »", "", "le", "il"
        if r.earlier is not None:
            span, other = r.earlier
            tier = f", {other.penalty.summary()}" if isinstance(other, Aggravation) else ""
            said = (
                f"{what} ne repose que sur des faits antérieurs à son entrée en vigueur le {since} : {pron} est retenu{e} "
                f"selon la version {_version_said(span)} alors en vigueur{tier}, sur les actes du "
                f"{span.start:%d/%m/%Y} au {span.end:%d/%m/%Y}"
            )
        elif r.prior:
            said = (
                f"{what} est à établir sur les actes à compter du {since}, date de son entrée en vigueur ; "
                f"{_list(r.prior)} ({'antérieurs' if len(r.prior) > 1 else 'antérieur'}) ne "
                f"{'peuvent' if len(r.prior) > 1 else 'peut'} {it} fonder"
            )
        elif part is act:
            said = f"non appliqué — l'acte qui le définit ({part.label}) est antérieur à son entrée en vigueur le {since}"
        else:
            said = f"{what} n'est pas retenu{e} : les faits qui {it} fondent sont antérieurs à son entrée en vigueur le {since}"
        out.append(Warning_(code=code, message=f"{head} : {said} (Code pénal, art. 112-1)."))
    return out
