"""The Python API: load a case, classify it. One engine per process, created once, thread-safe."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import threading
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from engine.case.dates import dmy, first_day
from engine.case.loading import load_case, parse_case, parse_text, parse_yaml
from engine.case.model import Case
from engine.kernel import collection
from engine.kernel.result_model import LawApplied, Qualification, Result, Warning_
from engine.law.conditions import Terms, holds_any, pattern_facts, terms_of
from engine.law.loader import RuleBook
from engine.law.rule_model import Aggravation, Element, Offence
from engine.law.versions import (
    LATER_FR,
    NEW_CODE,
    REASON_FR,
    Choice,
    applicable,
    creation,
    later_reach,
    offence_reforms,
    reform_dates,
)
from engine.reasoning import case_memo
from engine.reasoning.analysis import CRIME_ATTEMPT, qualify, with_former_tier
from engine.reasoning.compiler import Compiled, compile_rulebook, dated_by_conduct
from engine.reasoning.continuing import FormerTier, across_warnings, former_tier, former_warning, plan, resolve
from engine.reasoning.derived import RAISED_PENDING, Reading, SexualAct, derive, from_qualifications, pending, sexual_days
from engine.reasoning.evidence import Evidence
from engine.reasoning.explanations import Facts, reconstructed_note
from engine.reasoning.hits import NO_HITS, Hits, group_firings
from engine.reasoning.participation import complicity
from engine.reasoning.prescription import prescription_for
from engine.reasoning.principal import principals
from engine.reasoning.protection import protect
from engine.reasoning.provoked import instructions_only
from engine.reasoning.pruning import Scope, concerned, pruned
from engine.reasoning.readings import instantaneous_acts, readings
from engine.reasoning.rules_cache import Source, book_and_rules
from engine.reasoning.runtime import Runtime
from engine.reasoning.situations import (
    AGE_FACTS,
    Situation,
    act_situations,
    build_situations,
    conduct_situations,
    each_act,
)
from engine.reasoning.statements import with_statements
from engine.reasoning.unprovided import unprovided

if TYPE_CHECKING:  # imported when first asked for (the entry form), not by `qualif classify FILE`
    from engine.reasoning.fact_uses import FieldUses

CONSOLIDATION_END = dt.date(2023, 4, 4)
LATER_REFORMS = "loi n° 2025-1057 du 6 novembre 2025 (définition du viol et des agressions sexuelles, art. 222-22 et 222-23)"


__all__ = [
    "Engine",
    "classify",
    "classify_dict",
    "classify_one",
    "get_engine",
    "load_case",
    "parse_case",
    "parse_text",
    "parse_yaml",
]


_Outcome = tuple[Qualification | None, list[Warning_], list[LawApplied]]  # an offence on a situation (Engine._qualify)
_ABSENT = object()  # a fact a situation does not hold


@dataclass(frozen=True)
class _Pass:
    """One run of a case's situations: its firings, the facts read on the qualifications as each situation held
    them (``Engine._read_on``), what each offence gave on each situation (situation key → offence id), and the
    situation facts it ran."""

    grouped: dict[Any, Hits]
    read: dict[str, dict[str, tuple[tuple[Any, list[Evidence]], ...]]]
    outcomes: dict[str, dict[str, _Outcome]]
    facts: dict[str, dict[str, Any]]  # situation or probe key → the fact it was run with
    rows: dict[tuple[str, str, str, str], list[LawApplied]]  # (offence, perpetrator, victim, mode) → the law applied


class Engine:
    """Rules loaded and validated once, compiled once, registered once in durable-rules."""

    def __init__(self, book: RuleBook | None = None, *, prune: bool = False):
        """Without ``book``: the rules of the rules folder, from the user's cache when it holds them. The cyclic
        collector is paused meanwhile: it would scan the many objects being made, none of them garbage.

        ``prune``: register no rule yet; the first case registers only the rules it can fire (engine/reasoning/
        pruning.py), for a process that classifies one case. A later case those rules do not cover registers them
        all, once (:attr:`runtime`). The results are the same."""
        self._runtime: Runtime | None = None
        self._pruned: tuple[Scope, Runtime] | None = None
        self._runtime_lock = threading.Lock()
        with collection.paused():
            self._build(book)
            if not prune:
                self._runtime = Runtime(self.compiled)
            collection.freeze()  # the rules live as long as the process: the cyclic collector never scans them again

    def _build(self, book: RuleBook | None) -> None:
        if book is None:
            self.book, self.rules = book_and_rules()
        else:
            self.book, self.rules = book, Source(compile_rulebook(book))
        readings()  # the readings of rules/facts.yaml, checked against the case model (file and line on error)
        instantaneous_acts()
        # each alternative of an offence's defining act (first element), in any of its versions, as the fact
        # naming the act (its first fact) and the other facts it requires
        self.act_facts = {
            o.id: [
                (names[0], names[1:]) for v in o.versions for alt in v.elements[0].satisfied_when if (names := pattern_facts(alt))
            ]
            for o in self.book.offences.values()
        }
        self.by_act: dict[str, list[Offence]] = {}  # the fact naming an act → the offences it can define
        for o in self.book.offences.values():
            for act in dict.fromkeys(act for act, _ in self.act_facts[o.id]):
                self.by_act.setdefault(act, []).append(o)
        # the alternatives of a defining act that require a fact unknown (« paiement inconnu, relations sexuelles » :
        # 225-12-1, 611-1), whose first fact does not name the act: each as the facts it requires true and those it
        # requires unknown (``cuts``)
        unknown = {
            o.id: [a for v in o.versions for alt in v.elements[0].satisfied_when if (a := _unknown_act(alt))]
            for o in self.book.offences.values()
        }
        self.unknown_acts = {oid: list(dict.fromkeys(alts)) for oid, alts in unknown.items() if alts}
        # per version having elements read act by act (``own_acts``): its defining act and those elements
        self.own_acts = {
            o.id: [[v.elements[0], *own] for v in o.versions if (own := [e for e in v.elements[1:] if e.own_acts])]
            for o in self.book.offences.values()
        }
        # all that the conduct of an offence reads of each act (``_conduct``): the facts naming the defining act of
        # each offence, and those of the elements read act by act (``own_acts``)
        self.conduct_facts = frozenset(name for o in self.book.offences.values() for name, _ in self.act_facts[o.id]) | frozenset(
            name
            for parts in self.own_acts.values()
            for elements in parts
            for e in elements
            for alt in e.satisfied_when
            for name in pattern_facts(alt)
        )
        # the offences whose elements hold on one same act (``one_act``) and the facts naming their defining acts
        self.one_act = frozenset(o.id for o in self.book.offences.values() if o.one_act)
        self.one_act_defining = frozenset(name for o in self.one_act for name, _ in self.act_facts[o])
        self.reforms = {o.id: sorted(offence_reforms(o)) for o in self.book.offences.values()}
        self.laws = {o.id: LawInTime(o) for o in self.book.offences.values()}
        self.derived = from_qualifications()  # facts read on the other qualifications (engine/reasoning/derived.py)
        self.reading = _offences_reading(self.book, [r.fact for r in self.derived])
        # each offence with those it formerly was and those that were formerly it (engine/reasoning/continuing.py)
        self.related = {
            o.id: [o, *(x for x in self.book.offences.values() if x is not o and _formerly(o, x))]
            for o in self.book.offences.values()
        }
        # the continuing offences whose circumstances have their own dates: each situation fact carries their day
        self.continuing = frozenset(o.id for o in self.book.offences.values() if dated_by_conduct(o))
        self._field_uses: FieldUses | None = None
        self._creations: dict[str, dt.date | None] = {}
        self._cut_dates: dict[tuple[tuple[str, ...], bool], tuple[dt.date, ...]] = {}  # ``cuts``: reform dates by offences

    @cached_property
    def facts_read(self) -> dict[str, frozenset[str]]:
        """Offence id → every fact its qualification on a situation can read (``_facts_read``; on a later pass only)."""
        return _facts_read(self.book, self.rules.facts)

    def creation(self, offence: Offence) -> dt.date | None:
        """The day ``offence``'s article was created (engine/law/versions.py ``creation``), read when first asked."""
        if offence.id not in self._creations:
            self._creations[offence.id] = creation(offence)
        return self._creations[offence.id]

    @property
    def compiled(self) -> Compiled:
        """All the compiled rules (a pruned engine reads those of its first case's offences only)."""
        return self.rules.compiled

    @property
    def runtime(self) -> Runtime:
        """The durable-rules sessions of the whole rule book (registered on first use by a pruned engine)."""
        with self._runtime_lock:
            if self._runtime is None:
                with collection.paused():
                    self._runtime = Runtime(self.compiled)
            return self._runtime

    def _runtime_for(self, situations: list[Situation]) -> Runtime:
        """The sessions to run these situations in: the whole rule book's once registered, else those of a pruned
        engine's first case when its rules cover these situations."""
        if self._runtime is not None:
            return self._runtime
        scope = concerned(self.book.offences.values(), self.by_act, self.related, self.reading, situations, self.unknown_acts)
        with self._runtime_lock:
            if self._pruned is None:
                self._pruned = (scope, Runtime(pruned(self.rules.of(scope.offences, scope.runs), scope)))
            if scope.within(self._pruned[0]):
                return self._pruned[1]
        return self.runtime

    def field_uses(self) -> FieldUses:
        """For each case field, the elements and circumstances of the rule book that read it (« Pourquoi cette
        question ? »), derived once from the rule book and the readings (engine/reasoning/fact_uses.py)."""
        if self._field_uses is None:  # two threads may both compute it: the same value, no lock needed
            from engine.reasoning.fact_uses import field_uses

            self._field_uses = field_uses(self.book)
        return self._field_uses

    def cuts(self, values: dict[str, bool | None], mode: str = "consomme") -> tuple[list[dt.date], frozenset[str]]:
        """For one pair's whole conduct: the reform dates of the offences its acts can touch that are not
        continuing (a 611-1 date never cuts a trafficking case), and the continuing offences it may constitute;
        for attempted acts, also the dates of the texts punishing the attempt."""
        alleged = {o.id: o for act, offences in self.by_act.items() if values.get(act) is True for o in offences}
        concerned = [o for o in alleged.values() if any(_touches(values, *alt) for alt in self.act_facts[o.id])]
        # an alternative that requires a fact unknown concerns the pair when that fact is unknown and every fact it
        # requires true holds: an act of unknown payment with a person in prostitution is cut at the recours reforms
        # (112-1), one whose prostitution is not known is not
        concerned += [
            o
            for oid, alts in self.unknown_acts.items()
            if oid not in alleged and any(_holds_unknown(values, *alt) for alt in alts)
            for o in (self.book.offences[oid],)
        ]
        key = (tuple(o.id for o in concerned if not o.continuing), mode == "tentative")
        if (dates := self._cut_dates.get(key)) is None:  # the same few sets of offences, case after case
            if len(self._cut_dates) >= 4096:
                self._cut_dates.clear()
            dates = self._cut_dates[key] = tuple(reform_dates(self.book, key[0], attempts=key[1]))
        return list(dates), frozenset(o.id for o in concerned if o.continuing)

    @cached_property
    def _offence_laws(self) -> list[tuple[str, Offence, LawInTime, bool]]:
        """Each offence, in the book's order, with its law in time and whether it has several versions."""
        return [(o.id, o, self.laws[o.id], len(o.versions) > 1) for o in self.book.offences.values()]

    def situations(self, case: Case, law_date: dt.date | None = None) -> list[Situation]:
        """The situations of a (canonical) case, dated, with the version chosen for each offence."""
        situations = []
        for pair in build_situations(case, self.cuts):
            if law_date is not None:
                pair.date = pair.law_date = law_date
            pair.continuing = self.continuing
            for sit in (pair, *act_situations(case, pair, self.one_act, self.one_act_defining)):
                self._conduct(case, sit)
                situations += [sit, *conduct_situations(case, sit)]
        for sit in situations:
            firm = None if law_date or sit.straddles else firm_end(case, sit)
            choices, versions, only, skip = sit.choices, sit.versions, sit.only, sit.skip
            for oid, offence, law, several in self._offence_laws:
                if (only is not None and oid not in only) or oid in skip:  # not ``sit.covers(oid)``
                    choices[oid] = None
                    if several:
                        versions[oid] = "-"  # assessed in another situation of the pair: no rule fires
                    continue
                # the one choice of a version (112-1), at the end of the offence's own conduct
                first, last = sit.span(oid)
                day, start = (sit.day(oid), None) if law_date or sit.straddles else (last, first)
                # a conduct whose end is known only to the month or the year, across a reform: its last certain day
                implied = offence.continuing and firm is not None and firm < last and self._reform_within(offence, firm, last)
                if implied and firm is not None:
                    day, start = max(firm, first), None
                choice = choices[oid] = law.choice(day, start)
                straddling = bool(sit.straddles) and not law_date and not offence.continuing  # one act, uncertain date
                if (
                    (straddling or implied)
                    and (choice is None or choice.reason == "en_vigueur")
                    and self._reform_within(offence, first, last)
                ):
                    # the first day's law does not reach them (or the article did not exist yet): a later one may
                    # (112-1), never for a continuing conduct, judged under the law at its end (``implied``: its
                    # last certain day)
                    reach = later_reach(offence, first, last, sit.values, self.creation(offence)) if straddling else None
                    if reach is not None:
                        choice = choices[oid] = Choice(reach, False, "date_incertaine", reach.valid_from)
                    elif choice is not None:
                        choice = choices[oid] = replace(choice, reason="date_incertaine")
                if several:  # guards only the offences that have several versions
                    # without an applicable version, the latest one still tells whether the act is alleged
                    versions[oid] = (choice.version if choice else offence.versions[-1]).id
            if law_date is None:  # conditions that came into force during the conduct rest on the acts from then
                alleged = {o.id for act, offences in self.by_act.items() if sit.values.get(act) is True for o in offences}
                chosen = [
                    (o, c, self.reforms[o.id])
                    for o in self.book.offences.values()
                    if o.id in alleged  # no act of it alleged: no alternative touches the pair (``_touches``)
                    and (c := sit.choices[o.id])
                    and any(_touches(sit.values, *alt) for alt in self.act_facts[o.id])
                ]
                plan(case, sit, chosen, self.book.offences)
        return situations

    def _attempts_unpunished(self, sit: Situation) -> list[Warning_]:
        """The offences an attempted act of ``sit`` would be, had the law punished their attempt: none punishes it
        (121-4 2°), or the text that does is not shipped (``attempt_unprovided``) — said, not left silent."""
        out = []
        for o in self.book.offences.values():
            then = o.version_at(sit.last_act)
            if o.attempts or not (sit.covers(o.id) or o.id in sit.handed) or then is None:
                continue
            if not any(_touches(sit.values, *alt) for alt in self.act_facts[o.id]):
                continue
            article = o.article_of(then)  # as then worded: 225-12-1 had one alinéa until loi n° 2016-444
            who = f"tentative de {sit.perpetrator} envers {sit.victim} du {sit.first_act:%d/%m/%Y} au {sit.last_act:%d/%m/%Y}"
            if o.attempt_unprovided:
                why = (
                    f"la tentative est punie par l'art. {o.attempt_unprovided.article}, texte non fourni "
                    f"({o.attempt_unprovided.note}) : à établir, non qualifiée ici — à vérifier sur Légifrance"
                )
                out.append(Warning_(code="tentative_texte_non_fourni", message=f"Art. {article} ({who}) : {why}."))
            else:
                why = (
                    "non punissable : aucun texte ne prévoit la tentative de ce délit (Code pénal, art. 121-4 2° : "
                    "« Tente de commettre un crime ou, dans les cas prévus par la loi, un délit »)"
                )
                out.append(Warning_(code="tentative_non_punissable", message=f"Art. {article} ({who}) : {why}."))
        return out

    def _reform_within(self, offence: Offence, first: dt.date, last: dt.date) -> dt.date | None:
        """The first reform of ``offence`` (its versions, circumstances) after ``first`` and by ``last``, if any."""
        days = self.reforms[offence.id]
        i = bisect.bisect_right(days, first)
        return days[i] if i < len(days) and days[i] <= last else None

    def _former_tiers(self, sit: Situation, grouped: dict[Any, Hits]) -> dict[str, FormerTier]:
        """Offence id → the former circumstance tier it keeps: an offence of ``sit`` that fails only because its facts
        predate it hands its earlier form (``formerly``: offence and circumstance) to that offence."""
        out: dict[str, FormerTier] = {}
        for offence in self.book.offences.values():
            choice = sit.choices.get(offence.id)
            if offence.formerly is None or choice is None or not sit.covers(offence.id) or sit.mode == "tentative":
                continue
            hits = grouped.get((offence.id, choice.version.id, sit.key), NO_HITS)
            tier = former_tier(offence, choice.version, sit, hits, resolve(sit, offence, grouped))
            if tier is not None:
                out[offence.formerly.offence] = tier
        return out

    @cached_property
    def _conduct_reads(self) -> dict[str, tuple[frozenset[str], list[tuple[Terms, ...]]]]:
        """Offence id → what ``_conduct`` reads of each act for it: the facts naming its defining act, and the
        alternatives of each element read act by act with it (``own_acts``) as their terms, each list once (versions
        repeat it)."""
        out: dict[str, tuple[frozenset[str], list[tuple[Terms, ...]]]] = {}
        for o in self.book.offences.values():
            own_acts: list[tuple[Terms, ...]] = []
            for parts in self.own_acts[o.id]:
                if (conditions := tuple(terms_of(e.satisfied_when) for e in parts)) not in own_acts:
                    own_acts.append(conditions)
            out[o.id] = (frozenset(name for name, _ in self.act_facts[o.id]), own_acts)
        return out

    def _conduct(self, case: Case, sit: Situation) -> None:
        """The days of each offence's own conduct on ``sit``: from the first to the last of the acts that are its
        defining act (first element) — the trafficking ends with the last act of trafficking, even when the pair's
        procuring goes on (112-1), and a sexual act is read on its own day, not on the pair's procuring before it: the
        victim's age is read on the acts of the offence (``conduct_situations``). For an offence with elements read act
        by act (``own_acts``), the acts that meet them and its defining act by themselves: a paid act is a 222-23-1 on
        its own day, not on the pair's unpaid acts. Left to the whole situation when no act is its defining act by
        itself."""
        mine = [o for o in self.book.offences.values() if sit.covers(o.id)]
        if not mine or len(sit.acts) < 2:
            return
        acts = [(a, values, {n for n, v in values.items() if v is True}) for a, values in each_act(case, sit, self.conduct_facts)]
        for offence in mine:
            names, own_acts = self._conduct_reads[offence.id]
            own = [a for a, _, true in acts if not names.isdisjoint(true)]
            if own_acts:  # the acts that meet the defining act and the elements read act by act
                own = [a for a, values, _ in acts if any(_meets(parts, values) for parts in own_acts)] or own
            if own:
                sit.defining_acts[offence.id] = frozenset(a.id for a in own)
                span = (min(a.date for a in own), max(a.end_date or a.date for a in own))
                if span != (sit.first_act, sit.last_act):
                    sit.conduct[offence.id] = span

    def classify(self, case: Case, law_date: dt.date | None = None, today: dt.date | None = None) -> Result:
        """``today``: the day the prescription is judged on (« prescrite aujourd'hui »), else the real date."""
        with collection.paused(), case_memo.per_classification():
            return self._classify(case, law_date, today)

    def _qualified(
        self, case: Case, law_date: dt.date | None, today: dt.date
    ) -> tuple[list[Situation], Runtime, dict[Any, Hits], list[Qualification], list[Warning_]]:
        """The authors' qualifications of ``case`` (no complicity), with what they were read on."""
        situations = self.situations(case, law_date)
        runtime = self._runtime_for(situations)
        grouped, made, warnings, done = self._run(runtime, case, situations, law_date)
        for _ in range(3):  # facts read on the qualifications, then the case again with them, until nothing changes
            changed, touched = self._read_qualifications(case, made)
            if not changed:
                break
            grouped, made, warnings, done = self._run(runtime, case, situations, law_date, done, touched)
        qualifications = with_statements(case, self._refer(case, made, today, done.rows))  # what was said, beside what is missing
        qualifications = instructions_only(qualifications)
        return situations, runtime, grouped, qualifications, warnings

    def _classify(self, case: Case, law_date: dt.date | None, today: dt.date | None) -> Result:
        case = canonical(case)
        today = today or dt.date.today()
        situations, runtime, grouped, qualifications, warnings = self._qualified(case, law_date, today)
        day = today
        complices, said = complicity(case, qualifications, lambda view: self._qualified(view, law_date, day)[3], today)
        qualifications += complices
        warnings.extend(said)
        qualifications.sort(key=lambda q: (q.victim, q.protection_rank, q.offence, q.perpetrator, q.mode))
        pairs = [s for s in situations if s.part_of is None]  # an offence's own conduct is no new pair of persons
        warnings.extend(_warnings(case, pairs, law_date))
        warnings.extend(age_date_warnings(situations, qualifications))
        warnings.extend(w for sit in pairs if sit.mode == "tentative" for w in self._attempts_unpunished(sit))
        flags, rights = protect(case, pairs, qualifications, self.book, runtime)
        return Result(
            case_id=case.id,
            law_date=law_date,
            ruleset_version=self.book.version_hash,
            qualifications=qualifications,
            principal=principals(qualifications, self.book, situations, grouped, flags),
            flags=flags,
            rights=rights,
            warnings=_unique(warnings),
        )

    def _run(
        self,
        runtime: Runtime,
        case: Case,
        situations: list[Situation],
        law_date: dt.date | None,
        last: _Pass | None = None,
        touched: frozenset[str] = frozenset(),
    ) -> tuple[dict[Any, Hits], list[tuple[Situation, Qualification]], list[Warning_], _Pass]:
        """Run the situations through the rules and qualify them. After ``last`` (the run before, some facts read on
        the qualifications having changed since), an offence is qualified again on a situation only when one of those
        facts that its qualification reads changed there, or its firings there did: otherwise it gives what it gave.
        Only the situations (and probes) whose fact changed go through the rules again: every compiled rule reads one
        situation fact, or joins ``el`` facts on its key (engine/reasoning/compiler.py), so a key's firings are those
        of its own fact (tests/test_incremental.py checks it on every example and a corpus); the others keep theirs.
        ``touched``: the keys of the situations and probes whose facts changed since ``last`` (a situation's also when
        one of its probes' did): the others' facts and readings are those of ``last``, not made again."""
        read = {s.key: last.read[s.key] if last and s.key not in touched else self._read_on(s) for s in situations}
        facts = _facts(situations, last.facts if last else {}, touched)
        again: set[str] = set()
        if last is None:
            grouped = group_firings(runtime.run(list(facts.values())))
        else:
            again = {key for key, fact in facts.items() if fact is not (was := last.facts.get(key)) and fact != was}
            grouped = {k: hits for k, hits in last.grouped.items() if k[2] not in again}
            grouped.update(group_firings(runtime.run([fact for key, fact in facts.items() if key in again])))
        outcomes: dict[str, dict[str, _Outcome]] = {}
        for sit in situations:
            changed = (
                frozenset(f for f, v in read[sit.key].items() if last.read[sit.key][f] != v)
                if last and sit.key in touched
                else frozenset()
            )
            rerun = sit.key in again or any(p.key in again for p in sit.probes)  # else its firings are those of ``last``
            outcomes[sit.key] = self._qualify(case, sit, grouped, law_date, last, changed, rerun)
        made: list[tuple[Situation, Qualification]] = []
        warnings: list[Warning_] = []
        rows: dict[tuple[str, str, str, str], list[LawApplied]] = {}
        for sit in situations:  # in the order of the situations, then of the offences, as one pass makes them
            for offence, (q, said, table) in outcomes[sit.key].items():
                warnings.extend(said)
                rows.setdefault((offence, sit.perpetrator, sit.victim, sit.mode), []).extend(table)
                if q is not None:
                    made.append((sit, q))
        return grouped, made, warnings, _Pass(grouped, read, outcomes, facts, rows)

    def _read_on(self, sit: Situation) -> dict[str, tuple[tuple[Any, list[Evidence]], ...]]:
        """Each fact read on the qualifications as ``sit`` and its probes hold it (value and evidence)."""
        return {
            r.fact: tuple((s.values.get(r.fact, _ABSENT), s.evidence.get(r.fact, [])) for s in (sit, *sit.probes))
            for r in self.derived
        }

    def _read_qualifications(self, case: Case, made: list[tuple[Situation, Qualification]]) -> tuple[bool, frozenset[str]]:
        """Set on each situation the facts read on the qualifications (those its offences test and no finding
        states); whether one changed, and the keys of the situations and probes where one was set anew (a situation's
        also when it was on one of its probes)."""
        found = {(f.perpetrator, f.victim, f.fact) for f in case.findings if f.value is not None}
        quals = [q for _, q in made]
        offences: dict[str, set[str]] = {}
        situations: dict[str, Situation] = {}
        for sit, q in made:
            offences.setdefault(sit.key, set()).add(q.offence)
            situations[sit.key] = sit
        changed = False
        touched: set[str] = set()
        for key, sit in situations.items():
            wanted = [
                r
                for r in self.derived
                if self.reading[r.fact] & offences[key] and (sit.perpetrator, sit.victim, r.fact) not in found
            ]
            acts = self._days(case, sit, wanted, offences[key])
            for fact, ((value, evidence), referred) in derive(wanted, sit, quals, acts, self.book, case).items():
                if referred is not None:
                    sit.referred[fact] = referred
                else:
                    sit.referred.pop(fact, None)
                if sit.values.get(fact) != value or sit.evidence.get(fact, []) != evidence:  # a note is news too
                    changed = True
                for s in (sit, *sit.probes):
                    if s.values.get(fact, _ABSENT) != value or s.evidence.get(fact) != evidence:
                        touched.update((s.key, key))
                    s.values[fact], s.evidence[fact] = value, evidence
        return changed, frozenset(touched)

    def _days(self, case: Case, sit: Situation, wanted: list[Reading], made: set[str]) -> tuple[SexualAct, ...]:
        """« Les mêmes faits » a carve-out is read on: the defining acts of the offences of ``sit`` that read it (227-22-2:
        the incitation, not a touching of another day), else the situation's sexual acts (:func:`sexual_days`), each
        read for the offences of the families named; none when no fact of ``wanted`` reads a family."""
        families = frozenset().union(*(r.families for r in wanted))
        if not families:
            return ()
        readers = {o for r in wanted if r.families for o in self.reading[r.fact] & made}
        if readers and all(o in sit.defining_acts for o in readers):
            only = frozenset().union(*(sit.defining_acts[o] for o in readers))
            return sexual_days(case, sit, self.book, only, families)
        return sexual_days(case, sit, self.book, families=families)

    def _refer(
        self,
        case: Case,
        made: list[tuple[Situation, Qualification]],
        today: dt.date,
        rows: dict[tuple[str, str, str, str], list[LawApplied]],
    ) -> list[Qualification]:
        """A circumstance that punishes the offence with the penalties of another (225-4-5, ``renvoi``): established,
        it lends that offence's penalty; to be established, the offence keeps its own and the circumstance says which.
        Then the prescription of each qualification not excluded, on its nature so settled (a délit punished as a
        crime is prescribed as one), and the law applied (``rows``, :func:`_table`): made here, once the passes are
        done, not for a qualification a later pass remade; each qualification copied once with all of it."""
        quals = [q for _, q in made]
        out = []
        for sit, q in made:
            update = self._refer_one(q, sit, quals)
            nature = update.get("nature", q.nature)
            if nature == "crime" != q.nature and q.attempt_article and not q.attempt_article.startswith("121-4"):
                update["attempt_article"] = CRIME_ATTEMPT  # now a crime's attempt (121-4 2°)
            if q.status != "excluded":
                aggravations = update.get("aggravations", q.aggravations)
                established = [a.article for a in aggravations if a.status == "established"]
                pending_ = [a.article for a in aggravations if a.status == "to_establish"]
                update["prescription"] = prescription_for(
                    case,
                    self.book.offences[q.offence].article,  # the 706-47 lists name the present numbers
                    nature,
                    sit.victim,
                    sit.values.get("victim_minor"),
                    established,
                    q.period_end or sit.last_act,
                    pending_,
                    perpetrator=sit.perpetrator,
                    as_of=today,
                    one_act=sit.uncertain_age or _one_uncertain_act(case, sit),
                )
            update["law_applied"] = _table(q, rows)
            out.append(q.model_copy(update=update))
        return out

    @cached_property
    def _renvoi(self) -> dict[tuple[str, str], dict[str, Aggravation]]:
        """(offence id, version id) → the circumstances of that version punished with the penalties of another offence
        (``renvoi``), by id: all that ``_refer_one`` reads (the versions without one are not there)."""
        out: dict[tuple[str, str], dict[str, Aggravation]] = {}
        for o in self.book.offences.values():
            for v in o.versions:
                if referring := {a.id: a for a in v.aggravations if a.penalty.kind == "renvoi"}:
                    out[(o.id, v.id)] = referring
        return out

    def _refer_one(self, q: Qualification, sit: Situation, quals: list[Qualification]) -> dict[str, Any]:
        """What the ``renvoi`` circumstances of ``q`` change of it (aggravations, penalty, nature): none, or all."""
        referring = self._renvoi.get((q.offence, q.version.id))
        if referring is None:  # none of its version's circumstances lends another offence's penalty
            return {}
        aggs = []
        update: dict[str, Any] = {}
        for out_agg in q.aggravations:
            agg = referring.get(out_agg.id)
            if agg is None:
                aggs.append(out_agg)
                continue
            facts = {f for alt in agg.when for f in pattern_facts(alt)}
            readings = [r for r in self.derived if r.fact in facts]
            referred = next((sit.referred[f] for f in facts if f in sit.referred), None)
            if out_agg.status == "established" and referred is not None:
                heavier = [n for r in readings for n in pending(sit, quals, r, referred.penalty, self.book)]
                said = "peine plus lourde à établir (la peine retenue est celle dont la connaissance est établie) : "
                missing = [*out_agg.missing, said + " ; ".join(heavier)] if heavier else out_agg.missing
                out_agg = out_agg.model_copy(update={"penalty": referred.penalty, "nature": referred.nature, "missing": missing})
                current = update.get("penalty", q.penalty)
                if _prison_weight(referred.penalty) > _prison_weight(current):
                    update["penalty"], update["nature"] = referred.penalty, referred.nature
            elif out_agg.status == "to_establish" and readings:
                notes = [n for r in readings for n in pending(sit, quals, r, book=self.book)]
                if notes:
                    out_agg = out_agg.model_copy(update={"missing": [*out_agg.missing, RAISED_PENDING + " ; ".join(notes)]})
            aggs.append(out_agg)
        if aggs != q.aggravations or update:
            update["aggravations"] = aggs
            return update
        return {}

    def _qualify(
        self,
        case: Case,
        sit: Situation,
        grouped: dict[Any, Hits],
        law_date: dt.date | None = None,
        last: _Pass | None = None,
        changed: frozenset[str] = frozenset(),
        rerun: bool = True,
    ) -> dict[str, _Outcome]:
        """Offence id → what its qualification on ``sit`` gives, for each offence assessed there. After ``last``: what
        an offence gave then, when it reads none of the facts ``changed`` since and fired the same (``rerun`` false:
        neither ``sit`` nor its probes went through the rules again, their firings are the same)."""
        previous = last.outcomes[sit.key] if last else None
        if previous is not None and not changed and not rerun:
            return previous  # nothing it reads changed since: each offence gives what it gave
        out: dict[str, _Outcome] = {}
        # each fact's explanation made once for all the qualifications of the situation, and kept for the next pass
        # but for the facts ``changed`` since (only facts read on the qualifications change between passes)
        known = case_memo.once(case, ("facts", id(sit)), lambda: Facts(sit))  # the memo holds ``sit``: its id is its own
        known.forget(changed)
        kept: dict[str, FormerTier] | None = None
        for offence in self.book.offences.values():
            if (sit.mode == "tentative" and not offence.attempts) or not sit.covers(offence.id):
                continue
            if (
                last is not None
                and previous is not None
                and self.facts_read[offence.id].isdisjoint(changed)
                and (not rerun or self._fired_alike(offence, sit, last.grouped, grouped))
            ):
                out[offence.id] = previous[offence.id]
                continue
            if kept is None:
                kept = self._former_tiers(sit, grouped)
            out[offence.id] = self._qualify_offence(case, sit, offence, grouped, known, kept, law_date)
        return out

    def _fired_alike(self, offence: Offence, sit: Situation, before: dict[Any, Hits], now: dict[Any, Hits]) -> bool:
        """Whether the qualification of ``offence`` on ``sit`` reads the same firings in ``before`` and ``now``: those
        of its versions and of the offences it formerly was or that were formerly it, on ``sit`` and its probes (the
        hits of a situation that did not go through the rules again are the very same)."""
        keys = (sit.key, *(p.key for p in sit.probes))
        for other in self.related[offence.id]:
            for version in other.versions:
                for key in keys:
                    was, is_ = before.get((other.id, version.id, key)), now.get((other.id, version.id, key))
                    if was is not is_ and (was is None or is_ is None or _fired(was) != _fired(is_)):
                        return False
        return True

    def _qualify_offence(
        self,
        case: Case,
        sit: Situation,
        offence: Offence,
        grouped: dict[Any, Hits],
        known: Facts,
        kept: dict[str, FormerTier],
        law_date: dt.date | None,
    ) -> _Outcome:
        """``offence`` on ``sit``: its qualification (None when it has none), its warnings, its rows of the law applied."""
        warnings: list[Warning_] = []
        table: list[LawApplied] = []
        choice = sit.choices[offence.id]
        version = choice.version if choice else None
        first, last = sit.span(offence.id)  # the offence's own conduct
        if version is None:
            probe = grouped.get((offence.id, offence.versions[-1].id, sit.key), NO_HITS)
            if (offence.versions[-1].elements[0].id, "+") in probe.by_part:
                warning = _no_version(offence, sit, self.creation(offence), law_date or sit.day(offence.id))
                warnings.append(warning)
                if warning.code in ("article_inexistant", "date_a_etablir"):
                    table.append(_row(sit, None, "creee_posterieurement", offence.id))
            return None, warnings, table
        hits = grouped.get((offence.id, version.id, sit.key), NO_HITS)
        resolved = resolve(sit, offence, grouped)
        q = qualify(offence, version, sit, hits, resolved, known)
        if resolved is not None and (q is not None or (version.elements[0].id, "+") in hits.by_part):
            warnings.extend(across_warnings(offence, version, sit, hits, resolved))
        if q is not None and q.status != "excluded" and offence.id in kept:
            q = with_former_tier(q, kept[offence.id])
            warnings.append(former_warning(q.article, kept[offence.id], first, last))
        if q is not None:
            assert choice is not None
            table.append(_row(sit, version, choice.reason, offence.id, choice.since))
            later = unprovided(offence, version, sit, (e.id for e in q.elements if e.status == "satisfied"))
            if later:
                warnings.extend(w for w, _ in later)
                children = [*q.explanation.children, *(node for _, node in later)]
                q = q.model_copy(update={"explanation": q.explanation.model_copy(update={"children": children})})
            if version.reconstructed:
                warnings.append(
                    Warning_(
                        code="version_reconstituee",
                        message=f"Art. {q.article} (faits de {sit.perpetrator} envers {sit.victim} du "
                        f"{dmy(first)} au {dmy(last)}), version {version.id} : "
                        f"{reconstructed_note(version)}.",
                    )
                )
            punished = offence.attempt_at(sit.day(offence.id)) if q.mode == "tentative" else None
            if punished and q.attempt_article == CRIME_ATTEMPT != punished.article and sit.day(offence.id) < NEW_121_4:
                warnings.append(crime_attempt_warning(q.article, sit, first, last))
            elif punished is not None and punished.reconstruction is not None and q.status != "excluded":
                warnings.append(
                    Warning_(
                        code="version_reconstituee",
                        message=f"Art. {q.article} (faits de {sit.perpetrator} envers {sit.victim} du "
                        f"{dmy(first)} au {dmy(last)}), tentative (art. {punished.article}) : "
                        f"{reconstructed_note(punished)}.",
                    )
                )
            rebuilt = {a.id: a for a in version.aggravations if a.reconstruction}
            for out_agg in q.aggravations:
                if out_agg.status == "established" and (agg := rebuilt.get(out_agg.id)) and agg.article == out_agg.article:
                    warnings.append(
                        Warning_(
                            code="version_reconstituee",
                            message=f"Art. {q.article} (faits de {sit.perpetrator} envers {sit.victim} du "
                            f"{dmy(first)} au {dmy(last)}), circonstance {agg.article} : "
                            f"{reconstructed_note(agg)}.",
                        )
                    )
            # a continuing conduct ending within a month or a year: the reform after its last certain day (``implied``)
            since = first if law_date or sit.straddles or not offence.continuing else max(firm_end(case, sit), first)
            if choice and choice.reason == "date_incertaine" and (reform := self._reform_within(offence, since, last)):
                warnings.append(uncertain_date_warning(offence, q.article, version, sit, reform, choice.since, since))
            if choice and choice.milder_later_law:
                warnings.append(
                    Warning_(
                        code="loi_plus_douce",
                        message=(
                            f"Art. {q.article} : la version {version.id}, moins sévère, s'applique aux faits du "
                            f"{dmy(first)} au {dmy(last)} (Code pénal, art. 112-1 al. 3)."
                        ),
                    )
                )
        return q, warnings, table


class LawInTime:
    """:func:`engine.law.versions.applicable` for one offence, computed once per period between its version
    dates (the choice cannot change inside one) and whether the facts began before the version applied."""

    def __init__(self, offence: Offence):
        self.offence = offence
        ends = {v.valid_to + dt.timedelta(days=1) for v in offence.versions if v.valid_to}
        self.bounds = sorted({v.valid_from for v in offence.versions} | ends)
        self.in_force = [None, *(offence.version_at(day) for day in self.bounds)]  # by period
        self._made: dict[tuple[int, bool], Choice | None] = {}

    def choice(self, day: dt.date, start: dt.date | None = None) -> Choice | None:
        period = bisect.bisect_right(self.bounds, day)
        if period == 0:
            return None  # before the first version
        at = self.in_force[period]
        earlier = at is not None and start is not None and start < at.valid_from
        key = (period, earlier)
        if key not in self._made:  # every day of the period has the same versions in force and to come
            self._made[key] = applicable(self.offence, self.bounds[period - 1], dt.date.min if earlier else None)
        return self._made[key]


def _offences_reading(book: RuleBook, facts: list[str]) -> dict[str, frozenset[str]]:
    """Each of these facts → the offences whose conditions (elements' and circumstances', in any version) test it;
    one pass over the rule book."""
    out: dict[str, set[str]] = {fact: set() for fact in facts}
    for o in book.offences.values():
        for v in o.versions:
            parts: list[Element | Aggravation] = [*v.elements, *v.aggravations]
            for part in parts:
                for fact in out.keys() & part.facts_read():
                    out[fact].add(o.id)
    return {fact: frozenset(ids) for fact, ids in out.items()}


def _facts_read(book: RuleBook, rule_facts: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Offence id → every fact its qualification on a situation can read: those of its conditions (any version, any
    part, exclusions included) and of its compiled rules, and those of the offences it was formerly part of or that
    were formerly it (``formerly``: the tier they hand over reads their firings)."""
    own: dict[str, set[str]] = {o.id: set() for o in book.offences.values()}
    for o in book.offences.values():
        for v in o.versions:
            for e in v.elements:
                own[o.id].update(e.facts_read(), *(pattern_facts(alt) for alt in e.excluded_when or ()))
            for a in v.aggravations:
                own[o.id].update(a.facts_read(), *(pattern_facts(alt) for alt in a.unless or ()))
    for offence, facts in rule_facts.items():
        if offence in own:
            own[offence].update(facts)
    out = {oid: set(facts) for oid, facts in own.items()}
    for o in book.offences.values():
        if o.formerly is not None and o.formerly.offence in out:
            out[o.formerly.offence] |= own[o.id]
            out[o.id] |= own[o.formerly.offence]
    return {oid: frozenset(facts) for oid, facts in out.items()}


def _formerly(a: Offence, b: Offence) -> bool:
    return (a.formerly is not None and a.formerly.offence == b.id) or (b.formerly is not None and b.formerly.offence == a.id)


def _fired(hits: Hits) -> tuple[bool, list[tuple[tuple[str, str], list[Any]]]]:
    """What a qualification reads of one offence version's hits: whether it was established, and each part that fired."""
    return hits.established, [(part, metas) for part, metas in hits.by_part.items() if metas]


def _prison_weight(p: Any) -> tuple[int, int, int]:
    return (1 if p.life else 0, p.prison_years or 0, p.fine_eur or 0)


def _meets(conditions: tuple[Terms, ...], values: dict[str, bool | None]) -> bool:
    """Each of these conditions (elements' alternatives, as their terms) holds on the facts of one act by itself."""
    return all(holds_any(terms, values) for terms in conditions)


def _facts(situations: list[Situation], last: dict[str, dict[str, Any]], touched: frozenset[str]) -> dict[str, dict[str, Any]]:
    """Situation or probe key → its durable-rules fact: the one of the pass before (``last``) when no fact of it was
    set anew since (``touched``), else made."""
    facts = {}
    for sit in situations:
        for s in (sit, *sit.probes):
            fact = None if s.key in touched else last.get(s.key)
            facts[s.key] = s.as_fact() if fact is None else fact
    return facts


def _unknown_act(alt: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """An alternative requiring some fact unknown (``$nex``), as the facts it requires true and those unknown;
    None for any other."""
    unknown = tuple(f for key, value in alt.items() if key == "$nex" for f in pattern_facts(value))
    true = tuple(key for key, value in alt.items() if value is True)
    return (true, unknown) if unknown and true else None


def _holds_unknown(values: dict[str, bool | None], true: tuple[str, ...], unknown: tuple[str, ...]) -> bool:
    return all(values.get(f) is True for f in true) and all(values.get(f) is None for f in unknown)


def _touches(values: dict[str, bool | None], act: str, others: list[str]) -> bool:
    """The pair's acts can touch the offence: its act is alleged and nothing else it requires is known false."""
    return values.get(act) is True and all(values.get(f) is not False for f in others)


def _no_version(offence: Offence, sit: Situation, created: dt.date | None, day: dt.date | None) -> Warning_:
    """No encoded version for these facts: the article did not exist yet, or the version then in force is not encoded."""
    first, last = sit.span(offence.id)
    who = f"faits de {sit.perpetrator} envers {sit.victim} du {dmy(first)} au {dmy(last)}"
    if created and sit.straddles and (day or last) < created <= last:
        why = (
            f"date des faits à établir : l'article, créé le {dmy(created)}, ne s'applique que si les faits lui sont "
            "postérieurs (Code pénal, art. 112-1 al. 1) ; antérieurs, ils relèvent du texte alors en vigueur"
        )
        code = "date_a_etablir"
    elif created and (day or last) < created:
        why = (
            f"l'article n'existait pas à la date des faits (créé le {dmy(created)} ; "
            "Code pénal, art. 112-1 al. 1 : nul ne peut être puni pour un fait qui n'était pas une infraction)"
        )
        code = "article_inexistant"
    else:
        spans = ", ".join(
            f"du {dmy(v.valid_from)}" + (f" au {dmy(v.valid_to)}" if v.valid_to else "") for v in offence.versions
        )
        why = f"la version en vigueur à cette date n'est pas encodée (versions encodées : {spans}) ; "
        if offence.created == NEW_CODE and (day or last) < NEW_CODE:
            why += (
                f"l'article {offence.article} a été créé par le code pénal entré en vigueur le {dmy(NEW_CODE)} ; "
                "la disposition de l'ancien code pénal qui réprimait éventuellement les faits n'est pas fournie ; "
            )
        why += "vérifier le texte alors en vigueur sur Légifrance"
        code = "version_non_encodee"
    # the article as its first version wrote it: 225-12-1 had one alinéa until loi n° 2016-444 added the present al. 1
    born = offence.version_at(created) if created and code != "version_non_encodee" else None
    article = offence.article_of(born) if born else offence.article
    return Warning_(code=code, message=f"Art. {article} ({who}) : non appliqué — {why}.")


NEW_121_4 = dt.date(2023, 4, 4)  # the only wording of 121-4 shipped: the early-2023 consolidation (code_penal.md)


def crime_attempt_warning(article: str, sit: Situation, first: dt.date, last: dt.date) -> Warning_:
    """The attempt of an offence whose penalty retained is criminal: 121-4 2°, shipped only in its 2023 wording."""
    return Warning_(
        code="version_reconstituee",
        message=f"Art. {article} (faits de {sit.perpetrator} envers {sit.victim} du {dmy(first)} au {dmy(last)}), "
        "tentative (art. 121-4 2°, la peine retenue étant criminelle : le texte propre aux délits ne s'applique pas) : "
        "rédaction antérieure au 04/04/2023 non fournie (code_penal.md, consolidation de début 2023) ; « Tente de "
        "commettre un crime » supposé inchangé depuis le 01/03/1994 — à vérifier sur Légifrance.",
    )


def firm_end(case: Case, sit: Situation) -> dt.date:
    """The last day ``sit``'s acts certainly reach: an end known only to the month or the year (engine.case.dates;
    an act dated so has its end implied) says the conduct stopped within it, so it counts from its first day."""
    ids = set(sit.acts)
    ends = [first_day(a.end_date or a.date) for a in case.acts if a.id in ids]
    return max(ends) if ends else first_day(sit.last_act)  # a provocation without act of its own: its day


def uncertain_date_warning(
    offence: Offence,
    article: str,
    version: Any,
    sit: Situation,
    later: dt.date,
    since: dt.date | None = None,
    day: dt.date | None = None,
) -> Warning_:
    """One act of uncertain date across a reform: judged under the law of its first day (112-1); ``since``: that law
    does not reach the facts, the later ``version`` does, if they postdate ``since`` (to establish). ``day``: a
    continuing conduct whose end is known only to the month or the year, judged under the law of that last certain
    day."""
    first, last = sit.first_act, sit.last_act
    if since is not None:
        before = offence.version_at(first)
        was = (
            f"la version {before.id} (art. {offence.article_of(before)}), en vigueur au début de la période, ne réprime "
            "pas ces faits"
            if before is not None
            else f"l'article, créé le {dmy(since)}, n'existait pas au début de la période"
        )
        return Warning_(
            code="date_a_etablir",
            message=f"Art. {article} (faits de {sit.perpetrator} envers {sit.victim} du {dmy(first)} au {dmy(last)}) : "
            f"date des faits à établir — {was} ; la version {version.id}, en vigueur à compter du {dmy(since)}, "
            "est retenue à établir : elle ne s'applique que s'ils lui sont postérieurs (Code pénal, art. 112-1).",
        )
    then = offence.version_at(later)
    named = f" (art. {offence.article_of(then)}, version {then.id})" if then else ""
    when = (
        f"en vigueur au dernier jour certain de la conduite ({dmy(day)})"
        if day is not None and day > first
        else "en vigueur au début de la période"
    )
    return Warning_(
        code="date_a_etablir",
        message=f"Art. {article} (faits de {sit.perpetrator} envers {sit.victim} du {dmy(first)} au {dmy(last)}) : "
        f"date des faits à établir — version {version.id} appliquée, {when} (la plus douce) ; "
        f"la loi en vigueur à compter du {dmy(later)}{named} ne s'applique que si les faits lui sont postérieurs "
        "(Code pénal, art. 112-1).",
    )


def _row(sit: Situation, version: Any, reason: str, offence: str, since: dt.date | None = None) -> LawApplied:
    first, last = sit.span(offence)
    return LawApplied(
        period_start=first,
        period_end=last,
        version=version.id if version else None,
        valid_from=version.valid_from if version else None,
        valid_to=version.valid_to if version else None,
        reconstructed=bool(version and version.reconstructed),
        reason=reason,  # type: ignore[arg-type]
        # ``since``: the law of the first day does not reach the facts, a later one may (``later_reach``, Choice.since)
        reason_label=LATER_FR if since is not None else REASON_FR[reason],
    )


def _table(q: Qualification, rows: dict[tuple[str, str, str, str], list[LawApplied]]) -> list[LawApplied]:
    """Each qualification carries the law applied to every period of the same offence between the same persons."""
    table = sorted(rows.get((q.offence, q.perpetrator, q.victim, q.mode), []), key=lambda r: (r.period_start, r.period_end))
    return [r for i, r in enumerate(table) if r not in table[:i]]  # two acts of one day assessed apart (``one_act``)


def canonical(case: Case) -> Case:
    """The same facts in any order give the same case."""
    return case.model_copy(
        update={
            "persons": sorted(case.persons, key=lambda p: p.id),
            "acts": sorted(case.acts, key=lambda a: (a.date, a.id)),
            "relationships": sorted(case.relationships, key=lambda r: (r.person, r.other)),
            "knowledge": sorted(case.knowledge, key=lambda k: (k.person, k.about)),
            "findings": sorted(case.findings, key=lambda f: (f.perpetrator, f.victim, f.fact)),
            "victim_conduct": sorted(case.victim_conduct, key=lambda c: c.id),
        }
    )


def _warnings(case: Case, situations: list[Situation], law_date: dt.date | None) -> list[Warning_]:
    out = []
    latest = max((a.end_date or a.date for a in case.acts), default=None)
    if (law_date and law_date > CONSOLIDATION_END) or (latest and latest > CONSOLIDATION_END):
        out.append(
            Warning_(
                code="consolidation",
                message=f"Les textes encodés sont une consolidation antérieure au {CONSOLIDATION_END:%d/%m/%Y} ; "
                f"des faits postérieurs peuvent relever de réformes non intégrées, notamment : {LATER_REFORMS}. "
                "Vérifier la version en vigueur sur Légifrance.",
            )
        )
    for sit in situations:
        # an act of uncertain date across a birthday: its age is known on the other acts (``age_date_warnings``)
        if sit.values.get("victim_minor") is None and not any(sit.pointers.get(fact) for fact in AGE_FACTS):
            out.append(
                Warning_(
                    code="age_inconnu",
                    message=f"L'âge de {sit.victim} à la date des faits n'est pas établi : les qualifications "
                    "propres aux mineurs restent à établir.",
                )
            )
    if not case.acts:
        out.append(Warning_(code="aucun_acte", message="Le dossier ne décrit aucun acte : rien à qualifier."))
    return out


def _one_uncertain_act(case: Case, sit: Situation) -> bool:
    """A continuing offence's conduct that is only acts of uncertain date across the victim's majority (one
    recruitment « du … au … », ``instantaneous_acts``): committed on a minor, it preceded her majority."""
    if not sit.pointers.get("victim_minor"):
        return False
    ids, instant = set(sit.acts), instantaneous_acts()
    return all(a.end_date is not None and a.kind in instant for a in case.acts if a.id in ids)


def age_date_warnings(situations: list[Situation], qualifications: list[Qualification]) -> list[Warning_]:
    """Each act of uncertain date across a birthday whose date some qualification to establish waits for (its « ce
    qui changerait la réponse »), once: the acts whose age no qualification reads are not named."""
    hints = dict.fromkeys(hint for sit in situations for fact in AGE_FACTS for hint in sit.pointers.get(fact, []))
    if not hints:
        return []
    said: set[str] = set()
    nodes = [q.explanation for q in qualifications]
    while nodes:
        node = nodes.pop()
        said.update(node.would_change)
        nodes += node.children
    then = " : les qualifications qui tiennent à cet âge restent à établir pour cet acte."
    return [Warning_(code="age_date_a_etablir", message=f"{h[0].upper()}{h[1:]}{then}") for h in hints if h in said]


_PAIR_WARNING = re.compile(
    r"Art\. (?P<article>[^()]+?) \((?P<who>faits de [^()]+? envers (?P<victim>[\w.\-]+) [^()]*)\)(?P<said>.*)", re.DOTALL
)


def _unique(warnings: list[Warning_]) -> list[Warning_]:
    """Each warning once; the same warning about several perpetrators of one victim (« Art. X (faits de … envers
    v …) : the same words ») once, naming each of them: a case of many clients would otherwise repeat a long note
    once per client. One victim per warning: a note on one victim leaves out the warnings naming another."""
    groups: dict[tuple[str, str, str, str | None], tuple[Warning_, dict[str, None]]] = {}
    for w in warnings:
        m = _PAIR_WARNING.fullmatch(w.message)
        key = (w.code, m["victim"], m["article"], m["said"]) if m else (w.code, "", w.message, None)
        groups.setdefault(key, (w, {}))[1].update({m["who"]: None} if m else {})
    out = []
    for (_, _, article, said), (w, who) in groups.items():
        if len(who) > 1:
            w = w.model_copy(update={"message": f"Art. {article} ({' ; '.join(who)}){said}"})
        out.append(w)
    return out


_engine: Engine | None = None
_engine_lock = threading.Lock()


def get_engine(prune: bool = False) -> Engine:
    """The process-wide engine (rulesets are registered once; durable-rules cannot re-register). ``prune``, for
    the first call of a process that classifies one case: its rules are registered with that case (``Engine``)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = Engine(prune=prune)
        return _engine


def classify(case: Case, law_date: dt.date | None = None, today: dt.date | None = None) -> Result:
    return get_engine().classify(case, law_date, today)


def classify_one(case: Case, law_date: dt.date | None = None, today: dt.date | None = None) -> Result:
    """:func:`classify` for a process that classifies this case alone (``qualif classify FILE``): the engine, if
    this builds it, registers only the rules the case can fire (engine/reasoning/pruning.py); the same result."""
    return get_engine(prune=True).classify(case, law_date, today)


def classify_dict(data: dict[str, Any], law_date: dt.date | None = None, today: dt.date | None = None) -> Result:
    return classify(parse_case(data), law_date, today)
