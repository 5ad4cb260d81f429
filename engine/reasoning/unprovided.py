"""Facts the case gives that only a later version of the offence reads (Code pénal, art. 112-1).

A circumstance (or an element) created after the facts does not apply to them; the fact that would
have satisfied it must not vanish without a word. For each qualification: every fact known true that
satisfies a plain condition (``{fact: true, …}``) of a part coming into force after the facts — a
circumstance of a later version or of the same version dated later, or a later alternative of one of
its elements not satisfied here — and that no part of the version applied reads, gives the warning
``circonstance_non_prevue_a_la_date``, naming the circumstance, its article and the day it comes into force
in the encoded versions (once per article: the earliest date of its wordings), and the same sentence under
the qualification's explanation.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator

from engine.kernel.result_model import Explanation, Warning_
from engine.law.conditions import pattern_facts
from engine.law.entries import Part, conditions, parts
from engine.law.rule_model import Aggravation, Offence, Pattern, Version
from engine.law.vocabulary import vocabulary
from engine.reasoning.explanations import fact_out
from engine.reasoning.situations import Situation

CODE = "circonstance_non_prevue_a_la_date"


def _read(version: Version, day: dt.date) -> set[str]:
    """The facts the version reads on ``day`` (its elements, and its circumstances in force)."""
    read = [p for p in parts(version) if not isinstance(p, Aggravation) or p.in_force(day)]
    return {name for part in read for alt in conditions(part) for name in pattern_facts(alt)}


def _plain(pattern: Pattern) -> tuple[list[str], list[str]] | None:
    """The facts ``{fact: true, …}`` requires true and those it requires unknown (``fact: inconnu``, loaded as
    ``$nex``: an age circumstance without a stated error on the age); None for any other pattern."""
    true, unknown = [], []
    for key, value in pattern.items():
        if key == "$nex" and isinstance(value, dict):
            unknown += list(value)
        elif not key.startswith("$") and value is True:
            true.append(key)
        else:
            return None
    return (true, unknown) if true else None


def _holds(alt: Pattern, values: dict[str, bool | None]) -> bool:
    true, unknown = _plain(alt) or ([], [])
    return all(values.get(n) is True for n in true) and all(values.get(n) is None for n in unknown)


def _later_parts(offence: Offence, version: Version, day: dt.date) -> Iterator[tuple[Version, Part, dt.date]]:
    """Parts that come into force after ``day``: a later version's circumstance, or element when ``version`` has the
    same element (a later alternative widens it; a new element only narrows the offence), or a circumstance of
    ``version`` dated later."""
    mine = {e.id for e in version.elements}
    for other in sorted(offence.versions, key=lambda v: v.valid_from):
        for part in parts(other):
            if isinstance(part, Aggravation):
                start = max(other.valid_from, part.valid_from or other.valid_from)
            elif part.id in mine and other is not version:
                start = other.valid_from
            else:
                continue
            if start > day:
                yield other, part, start


Candidate = tuple[Version, Part, dt.date, list[tuple[Pattern, list[str]]]]
_MADE: dict[int, tuple[Version, list[dt.date], dict[int, list[Candidate]]]] = {}  # id(version) → what it gives by period


def _candidates(offence: Offence, version: Version, day: dt.date) -> list[Candidate]:
    """The parts coming into force after ``day`` (:func:`_later_parts`), each with its plain alternatives (``{fact:
    true, …}``) and their facts that ``version`` does not read on ``day`` (those with some): rule data, the same for
    every day between two of the dates it turns on (the circumstances' own dates, the later parts' starts), made once
    per such period. The version itself is kept beside its id, which no other object can take meanwhile."""
    made = _MADE.get(id(version))
    if made is None or made[0] is not version:
        dates = {p.valid_from for p in version.aggravations if p.valid_from}
        dates |= {p.valid_to + dt.timedelta(days=1) for p in version.aggravations if p.valid_to}
        dates |= {start for _, _, start in _later_parts(offence, version, dt.date.min)}
        made = _MADE[id(version)] = (version, sorted(dates), {})
    period = bisect.bisect_right(made[1], day)
    found = made[2].get(period)
    if found is None:
        read = _read(version, day)
        found = made[2][period] = [
            (
                other,
                part,
                start,
                [
                    (alt, unread)
                    for alt in conditions(part)
                    if (plain := _plain(alt)) and (unread := [n for n in plain[0] if n not in read])
                ],
            )
            for other, part, start in _later_parts(offence, version, day)
        ]
    return found


def unprovided(
    offence: Offence, version: Version, sit: Situation, satisfied: Iterable[str] = ()
) -> list[tuple[Warning_, Explanation]]:
    """One warning, and the explanation node that says it under the qualification, per later part whose true
    facts the version applied does not read (``satisfied``: ids of the version's elements already satisfied,
    which a later alternative would not change)."""
    day = sit.day(offence.id)  # the day the version applied was chosen on: the end of the offence's own conduct
    done = set(satisfied)
    vocab = vocabulary()
    seen: set[tuple[bool, str]] = set()
    out: list[tuple[Warning_, Explanation]] = []
    for other, part, start, alts in _candidates(offence, version, day):
        if not isinstance(part, Aggravation) and part.id in done:
            continue
        for alt, unread in alts:
            if not _holds(alt, sit.values):
                continue
            if isinstance(part, Aggravation):
                what, e, it = f"la circonstance {part.article} ({part.label})", "e", "elle"
            else:
                what, e, it = f"l'élément « {part.label} » (art. {part.article})", "", "il"
            said_of = (isinstance(part, Aggravation), part.id)  # one warning per circumstance: its earliest wording
            if said_of not in seen:
                seen.add(said_of)
                facts = ", ".join(f"« {vocab.facts[n].label} »" for n in unread)
                basis = part.valid_from_basis if isinstance(part, Aggravation) else None
                title = "Non prévu à la date des faits"
                if isinstance(part, Aggravation) and basis is not None and basis.latest_possible:
                    said, title = undated(facts, what, part, start, basis.note), "Date non établie"
                else:
                    # facts of uncertain date lasting past that day: it reaches them only if they postdate it (112-1)
                    applies = (
                        f"{it} ne s'applique à ces faits, de date incertaine, que s'ils lui sont postérieurs"
                        if sit.straddles and start <= sit.span(offence.id)[1]
                        else f"{it} ne s'applique pas à ces faits"
                    )
                    said = (
                        f"le fait {facts} est établi, mais {what} n'est prévu{e} par les versions encodées qu'à compter "
                        f"du {start:%d/%m/%Y} (version {other.id}) ; {applies} (Code pénal, art. 112-1). Vérifier sur "
                        "Légifrance si le texte alors en vigueur la prévoyait sous une autre rédaction ou un autre numéro."
                    )
                first, last = sit.span(offence.id)
                who = f"faits de {sit.perpetrator} envers {sit.victim} du {first:%d/%m/%Y} au {last:%d/%m/%Y}"
                head = f"Art. {offence.article_of(version)} ({who}, version {version.id})"
                warning = Warning_(code=CODE, message=f"{head} : {said}")
                node = Explanation(
                    claim=f"{title} ({part.article}) : {said}",
                    rule=None,
                    article=part.article,
                    version=other.id,
                    quote=part.quote,
                    facts=[fact_out(n, sit) for n in unread],
                    sources=[f"Code pénal, art. {part.article}", "Code pénal, art. 112-1"],
                )
                out.append((warning, node))
            break
    return out


def undated(facts: str, what: str, agg: Aggravation, start: dt.date, note: str) -> str:
    """A circumstance whose creation the shipped texts do not date: applied only from the latest possible day, and
    said so — a gap in the texts, not a doubt on the facts."""
    return (
        f"le fait {facts} est établi ; {what} : date d'entrée en vigueur non établie par les textes fournis (au plus "
        f"tard le {start:%d/%m/%Y} ; {note}) : non appliquée faute de texte ; sinon {agg.penalty.out().summary} — "
        "à vérifier sur Légifrance (Code pénal, art. 112-1)."
    )
