"""Explanation trees: which fact satisfied which element of which article, and what would change it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any, TypeVar

from engine.case import dates
from engine.case.dates import dmy
from engine.kernel.result_model import STATUS_FR, Explanation, FactOut, new_evidence, new_explanation, new_fact
from engine.law.rule_model import Aggravation, Attempt, Element, Offence, Version
from engine.law.vocabulary import vocabulary
from engine.reasoning.compiler import RuleMeta
from engine.reasoning.situations import Situation

T = TypeVar("T")
_KIND_FR = {"matériel": "Élément matériel", "moral": "Élément moral", "préalable": "Condition préalable"}


def fact_out(name: str, sit: Situation, acts: tuple[str, str] | None = None) -> FactOut:
    """A fact of the situation, its French sentence and evidence (``acts``: ``_acts(sit.one_act)`` already made)."""
    value = sit.values.get(name)
    fact = vocabulary().facts[name]
    if fact.of_the_act and acts is None:
        acts = _acts(sit.one_act)
    sentence = fact.sentence(value, sit.perpetrator, sit.victim, acts if fact.of_the_act else None)
    return new_fact(name, value, sentence, [new_evidence(e.ref, e.text) for e in sit.evidence.get(name, ())])


def _acts(days: tuple[date, ...]) -> tuple[str, str] | None:
    """« l'acte du 08/10/2022 », « de l'acte du … » (« les actes du … et du … »; « de mars 2023 » for a date known
    to the month): the act group a fact is read on."""
    if not days:
        return None
    shown = list(dict.fromkeys(dates.fr_of(d) for d in sorted(days)))
    if len(days) == 1:
        return f"l'acte {shown[0]}", f"de l'acte {shown[0]}"
    joined = f"{', '.join(shown[:-1])} et {shown[-1]}" if len(shown) > 1 else shown[0]
    return f"les actes {joined}", f"des actes {joined}"


class Facts:
    """The facts of one situation as explanations show them, each made once per case (many nodes cite the same),
    and the parts' nodes made on them, kept for the later passes (engine/api.py ``_run``) that remake a
    qualification for a fact most of its parts do not read."""

    def __init__(self, sit: Situation):
        self.sit = sit
        self._made: dict[str, FactOut] = {}
        self._acts = _acts(sit.one_act)
        self._kept: dict[tuple[Any, ...], tuple[tuple[tuple[str, ...], ...], Any]] = {}

    def out(self, name: str) -> FactOut:
        made = self._made.get(name)
        if made is None:
            made = self._made[name] = fact_out(name, self.sit, self._acts)
        return made

    def forget(self, names: frozenset[str]) -> None:
        """Make these facts, and the nodes reading them, afresh when next shown (the situation holds them otherwise
        now: a later pass)."""
        for name in names:
            self._made.pop(name, None)
        if names:
            self._kept = {k: v for k, v in self._kept.items() if all(names.isdisjoint(r) for r in v[0])}

    def kept(self, key: tuple[Any, ...], reads: tuple[tuple[str, ...], ...], make: Callable[[], T]) -> T:
        """``make()``, made on the facts ``reads`` and what ``key`` says, once until one of those is forgotten.
        ``key`` names the law's parts and compiled rules by their ids: the engine holds them longer than the case."""
        found = self._kept.get(key)
        if found is None:
            found = self._kept[key] = (reads, make())
        value: T = found[1]
        return value

    def of(self, meta: RuleMeta) -> list[FactOut]:
        """The facts the compiled rule read (its pattern's, computed once at compile time)."""
        return [self.out(n) for n in meta.facts]


def _would_change(facts: tuple[str, ...], sit: Situation) -> list[str]:
    """Unknown facts that, once established, could satisfy the condition."""
    labels = vocabulary().facts
    out: list[str] = []
    for name in facts:
        if sit.values.get(name) is None and (label := labels[name].label) not in out:
            out.append(label)
            out += [p for p in sit.pointers.get(name, []) if p not in out]
    return out


def _source_of(version: Version, article: str) -> list[str]:
    return [_source_line(version.valid_from, article)]


@cache
def _source_line(valid_from: date, article: str) -> str:
    return f"Code pénal, art. {article} (version en vigueur depuis le {dmy(valid_from)})"


def _span(start: date | None, end: date | None) -> str:
    if start and end:
        return f"du {dmy(start)} au {dmy(end)}"
    return f"depuis le {dmy(start)}" if start else f"jusqu'au {dmy(end)}" if end else "sans date"


def reconstructed_note(version: Version | Aggravation | Attempt) -> str:
    """The sentence every conclusion resting on a reconstructed version (or circumstance) carries."""
    assert version.reconstruction is not None
    sources = ", ".join(version.reconstruction.sources)
    return f"version reconstituée d'après {sources} — à vérifier sur Légifrance (hypothèse : {version.reconstruction.assumption})"


def law_node(offence: Offence, version: Version, sit: Situation, reason: str, label: str, across: bool = False) -> Explanation:
    """Why this version applies to these facts (112-1), and what it rests on when it is reconstructed."""
    span = _span(version.valid_from, version.valid_to)
    first, last = sit.span(offence.id)
    claim = (
        f"Loi applicable aux faits du {dmy(first)} au {dmy(last)} : "
        f"art. {offence.article_of(version)}, version {version.id} ({span}) — {label}"
    )
    if reason == "infraction_continue":
        claim += (
            f". Le comportement s'est poursuivi jusqu'au {dmy(last)} : la loi en vigueur à sa fin s'applique à "
            "l'ensemble, même plus sévère ; c'est la lecture que les juridictions font de l'article 112-1 pour une "
            "infraction continue ou d'habitude, non la lettre de l'article"
        )
    if across:
        claim += (
            ". Une condition (élément ou circonstance) que cette version a créée ou rendue plus sévère en cours de "
            "comportement ne repose que sur les actes commis à compter de son entrée en vigueur (détail ci-dessous)"
        )
    sources = ["Code pénal, art. 112-1"]
    if version.reconstructed:
        claim += f". Attention : {reconstructed_note(version)}"
        sources += version.reconstruction.sources if version.reconstruction else []
    return new_explanation(claim=claim, rule=None, article="112-1", version=version.id, sources=sources)


def attempt_unpunished(offence: Offence, version: Version, day: date) -> str:
    """Why an attempt is not punishable at the date of the facts: no text then punished it (121-4 2°, 112-1)."""
    later = sorted((a for a in offence.attempts if a.valid_from > day), key=lambda a: a.valid_from)
    then = f" ; elle l'est à compter du {dmy(later[0].valid_from)} (art. {later[0].article})" if later else ""
    return (
        f"la tentative n'était pas punissable à la date des faits (article {offence.article_of(version)}, version du "
        f"{dmy(version.valid_from)}){then} — Code pénal, art. 121-4 2° et 112-1"
    )


def attempt_date_missing(text: Attempt) -> str:
    """What an attempt of uncertain date across the dates of the text punishing it must establish (121-5, 112-1)."""
    to = f" et jusqu'au {dmy(text.valid_to)}" if text.valid_to else ""
    return (
        f"la date du commencement d'exécution : la tentative n'est punissable qu'à compter du "
        f"{dmy(text.valid_from)}{to} (art. {text.article})"
    )


def attempt_node(offence: Offence, version: Version, reason: str) -> Explanation:
    """The attempt of a délit no law then punished: the qualification is excluded, whatever the facts."""
    later = offence.attempts  # the texts that punished it at other dates
    return new_explanation(
        claim=f"Tentative non punissable : {reason}",
        rule=None,
        article="121-4",
        version=version.id,
        quote="Tente de commettre un crime ou, dans les cas prévus par la loi, un délit.",
        sources=["Code pénal, art. 121-4 2°", "Code pénal, art. 112-1", *(f"Code pénal, art. {a.article}" for a in later)],
    )


def absent_aggravation_node(version: Version, agg: Aggravation, day: date) -> Explanation:
    """A circumstance that did not exist at the date of the facts: not applied, neither established nor to establish."""
    return new_explanation(
        claim=(
            f"Circonstance aggravante non applicable ({agg.article}) : {agg.label} — elle n'existait pas à la date des "
            f"faits ({dmy(day)} ; en vigueur {_span(agg.valid_from, agg.valid_to)}, Code pénal, art. 112-1)"
        ),
        rule=None,
        article=agg.article,
        version=version.id,
        sources=[f"Code pénal, art. {agg.article}", "Code pénal, art. 112-1"],
    )


def element_node(
    offence: Offence,
    version: Version,
    el: Element,
    status: str,
    metas: list[RuleMeta],
    rules: dict[RuleMeta, str],
    known: Facts,
    note: str = "",
) -> Explanation:
    head = _KIND_FR[el.kind]
    sit = known.sit
    if metas:
        meta = metas[0]
        facts = known.of(meta)
        rule = rules.get(meta)
    else:
        facts = [known.out(n) for n in el.facts_read()]
        rule = None
    return new_explanation(
        claim=f"{head} {STATUS_FR[status]} : {el.label}{note}",
        rule=rule,
        article=el.article,
        version=version.id,
        quote=el.quote,
        facts=facts,
        sources=_source_of(version, el.article),
        would_change=_would_change(el.facts_read(), sit) if status == "unknown" else [],
    )


def aggravation_node(
    offence: Offence,
    version: Version,
    agg: Aggravation,
    status: str,
    metas: list[RuleMeta],
    rules: dict[RuleMeta, str],
    known: Facts,
    note: str = "",
) -> Explanation:
    sit = known.sit
    if metas:
        facts = known.of(metas[0])
        rule = rules.get(metas[0])
    else:
        facts = [known.out(n) for n in agg.facts_read()]
        rule = None
    return new_explanation(
        claim=(
            f"Circonstance aggravante {STATUS_FR[status]} ({agg.article}) : {agg.label} — "
            f"{agg.penalty.out().summary}{note}"
        )
        + (f". Attention : {reconstructed_note(agg)}" if agg.reconstruction else ""),
        rule=rule,
        article=agg.article,
        version=version.id,
        quote=agg.quote,
        facts=facts,
        sources=[f"Code pénal, art. {agg.article}"],
        would_change=_would_change(agg.facts_read(), sit) if status == "to_establish" else [],
    )


def offence_node(
    offence: Offence,
    version: Version,
    sit: Situation,
    status: str,
    label: str,
    elements: list[Explanation],
    aggravations: list[Explanation],
    attempt_article: str | None = None,
) -> Explanation:
    attempt = f" ; tentative punissable (art. {attempt_article})" if attempt_article else ""
    return new_explanation(
        claim=(
            f"{label} (art. {offence.article_of(version)}) : {STATUS_FR[status]} — {sit.perpetrator} envers {sit.victim}"
            f" ; peine : {version.penalty.out().summary}{attempt}"
        ),
        rule=f"{offence.id}@{version.id}@{sit.mode}#etablie",
        article=offence.article_of(version),
        version=version.id,
        quote=version.penalty.quote,
        sources=[s.ref for s in offence.sources],
        children=elements + aggravations,
    )
