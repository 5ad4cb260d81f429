"""The most protective classification per victim, and the way to a more protective one.

Ranking, from the rule data: ``protection_rank`` (1 = most protective; trafficking first,
CNCDH 2021 §24 and Rec. 18), then gravity (crime before délit before contravention, then the
heavier penalty), then a completed offence before an attempt. See README, « Classement ».
"""

from __future__ import annotations

from collections.abc import Mapping

from engine.kernel.result_model import PathStep, Principal, Qualification
from engine.law.loader import RuleBook
from engine.reasoning.analysis import element_statuses
from engine.reasoning.continuing import resolve
from engine.reasoning.hits import Hits
from engine.reasoning.situations import Situation

_NATURE = {"crime": 0, "délit": 1, "contravention": 2}


def rank_key(q: Qualification) -> tuple[int, int, int, int, int, int]:
    life, years, fine = (1 if q.penalty.life else 0), q.penalty.prison_years or 0, q.penalty.fine_eur or 0
    return (q.protection_rank, _NATURE.get(q.nature, 3), -life, -years, -fine, 0 if q.mode == "consomme" else 1)


def principals(
    quals: list[Qualification], book: RuleBook, situations: list[Situation], hits: Mapping[tuple[str, str, str], Hits]
) -> list[Principal]:
    victims = sorted({s.victim for s in situations})
    return [_principal(v, quals, book, situations, hits) for v in victims]


def _principal(
    victim: str,
    quals: list[Qualification],
    book: RuleBook,
    situations: list[Situation],
    hits: Mapping[tuple[str, str, str], Hits],
) -> Principal:
    mine = sorted((q for q in quals if q.victim == victim), key=rank_key)
    established = [q for q in mine if q.status == "established"]
    pending = [q for q in mine if q.status == "to_establish"]
    best = established[0] if established else pending[0] if pending else None
    if best is None:
        return Principal(
            victim=victim,
            offence=None,
            article=None,
            status=None,
            reason="Aucune infraction encodée n'est caractérisée ni à établir à l'égard de cette personne.",
        )
    offence = book.offences[best.offence]
    same = sorted({q.perpetrator for q in mine if q.offence == best.offence and q.status == best.status})
    if best.status == "established":
        reason = (
            f"« {best.label} » (art. {best.article}) est la qualification établie la plus protectrice pour "
            f"{victim} : {offence.protection_reason}."
        )
    else:
        reason = (
            f"Aucune qualification n'est établie ; la plus protectrice à établir est « {best.label} » "
            f"(art. {best.article}) : {offence.protection_reason}."
        )
    return Principal(
        victim=victim,
        offence=best.offence,
        article=best.article,
        label=best.label,
        perpetrators=same,
        status=best.status,
        penalty=best.penalty,
        reason=reason,
        toward_more_protective=_toward(victim, best, mine, book, situations, hits),
    )


def _toward(
    victim: str,
    best: Qualification,
    mine: list[Qualification],
    book: RuleBook,
    situations: list[Situation],
    hits: Mapping[tuple[str, str, str], Hits],
) -> list[PathStep]:
    """For each more protective offence, what each perpetrator still lacks (or what excludes it).

    Offences already assessed for the pair give their own missing elements; offences marked
    ``assess_without_act`` (trafficking) are also assessed for the exploiters who have no such act.
    """
    steps: list[PathStep] = []
    perpetrators = sorted({q.perpetrator for q in mine if q.status in ("established", "to_establish")})
    exploiters = {q.perpetrator for q in mine if q.family in ("traite", "proxenetisme")}
    for offence in sorted(book.offences.values(), key=lambda o: o.protection_rank):
        if offence.protection_rank >= best.protection_rank:
            continue
        for perp in perpetrators:
            known = next((q for q in mine if q.offence == offence.id and q.perpetrator == perp and q.mode == "consomme"), None)
            if known is None and not (offence.assess_without_act and perp in exploiters):
                continue
            pair = (perp, victim, "consomme")
            sit = next((s for s in situations if (s.perpetrator, s.victim, s.mode) == pair and s.covers(offence.id)), None)
            choice = sit.choices.get(offence.id) if sit else None
            version = choice.version if choice else None
            if sit is None or version is None:
                continue
            if known is not None:
                missing, excluded = known.missing, known.excluded_by
            else:
                own = hits.get((offence.id, version.id, sit.key), Hits())
                missing, excluded = element_statuses(version, sit, own, resolve(sit, offence, hits))
            steps.append(
                PathStep(
                    offence=offence.id,
                    article=offence.article_of(version),
                    label=offence.label,
                    perpetrator=perp,
                    status="excluded" if excluded else "to_establish",
                    missing=missing,
                    excluded_by=excluded,
                )
            )
    return steps
