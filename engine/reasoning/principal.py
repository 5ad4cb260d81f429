"""The most protective classification per victim, and the way to a more protective one.

Ranking, from the rule data: ``protection_rank`` (1 = most protective; trafficking first,
CNCDH 2021 §24 and Rec. 18), then gravity (crime before délit before contravention, then the
heavier penalty), then a completed offence before an attempt. See README, « Classement ».

Beside the principal: the cumulative qualifications (per perpetrator, the best of each family of
offences; trafficking and procuring are one family here, the same exploitation), the heaviest penalty
each perpetrator faces, and the perpetrators set aside: one flagged ``non_punishment: strong`` (a victim
forced to offend) never gives the principal while an exploiter's offence exists for that victim.
"""

from __future__ import annotations

from collections.abc import Mapping

from engine.kernel.result_model import Flag, PathStep, Principal, Qualification, QualificationRef, Status
from engine.law.loader import RuleBook
from engine.reasoning.analysis import element_statuses, later_law_only
from engine.reasoning.continuing import resolve
from engine.reasoning.hits import Hits
from engine.reasoning.situations import Situation

_NATURE = {"crime": 0, "délit": 1, "contravention": 2}
_EXPLOITATION = ("traite", "proxenetisme")
_LIVE = ("established", "to_establish")


def gravity_key(q: Qualification) -> tuple[int, int, int, int, int]:
    """Heaviest first: crime before délit, life, prison years, fine, completed before attempt."""
    life, years, fine = (1 if q.penalty.life else 0), q.penalty.prison_years or 0, q.penalty.fine_eur or 0
    return (_NATURE.get(q.nature, 3), -life, -years, -fine, 0 if q.mode == "consomme" else 1)


def rank_key(q: Qualification) -> tuple[int, int, int, int, int, int]:
    return (q.protection_rank, *gravity_key(q))


def _status_first(q: Qualification) -> int:
    return 0 if q.status == "established" else 1


def principals(
    quals: list[Qualification],
    book: RuleBook,
    situations: list[Situation],
    hits: Mapping[tuple[str, str, str], Hits],
    flags: list[Flag],
) -> list[Principal]:
    victims = sorted({s.victim for s in situations})
    forced = {f.person for f in flags if f.kind == "non_punishment" and f.status == "strong"}
    return [_principal(v, quals, book, situations, hits, forced) for v in victims]


def set_aside(mine: list[Qualification], forced: set[str]) -> list[str]:
    """The perpetrators forced to offend whose offence must not be the principal: an exploiter who was not
    forced has an offence (established or to establish) toward the same victim (CNCDH 2021, §24 and §32)."""
    exploiter = any(q.family in _EXPLOITATION and q.status in _LIVE and q.perpetrator not in forced for q in mine)
    return sorted({q.perpetrator for q in mine if q.perpetrator in forced}) if exploiter else []


def _principal(
    victim: str,
    quals: list[Qualification],
    book: RuleBook,
    situations: list[Situation],
    hits: Mapping[tuple[str, str, str], Hits],
    forced: set[str],
) -> Principal:
    mine = sorted((q for q in quals if q.victim == victim), key=rank_key)
    aside = set_aside(mine, forced)
    candidates = sorted((q for q in mine if q.status in _LIVE and q.perpetrator not in aside), key=_status_first)
    best = candidates[0] if candidates else None
    if best is None:
        return Principal(
            victim=victim,
            offence=None,
            article=None,
            status=None,
            reason="Aucune infraction encodée n'est caractérisée ni à établir à l'égard de cette personne.",
            set_aside=aside,
        )
    offence = book.offences[best.offence]
    same = sorted({q.perpetrator for q in candidates if q.offence == best.offence and q.status == best.status})
    authors = {q.perpetrator for q in candidates if q.offence == best.offence and q.status == best.status and not q.participation}
    complices = [p for p in same if p not in authors]
    if best.status == "established":
        reason = (
            f"« {best.label} » (art. {best.article}) est la qualification établie la plus protectrice pour "
            f"{victim} : {offence.protection_reason}."
        )
    else:
        against = f" contre un auteur autre que {', '.join(aside)} (non-sanction)" if aside else ""
        reason = (
            f"Aucune qualification n'est établie{against} ; la plus protectrice à établir est « {best.label} » "
            f"(art. {best.article}) : {offence.protection_reason}."
        )
    heaviest = _heaviest(mine)
    others = [q for q in mine if q.perpetrator not in aside]
    cumulative = _cumulative(best, others)
    reason += _heavier_note(best, others, cumulative, victim) + _aside_note(aside)
    return Principal(
        victim=victim,
        offence=best.offence,
        article=best.article,
        label=best.label,
        perpetrators=same,
        complices=complices,
        status=best.status,
        penalty=best.penalty,
        reason=reason,
        toward_more_protective=_toward(victim, best, others, book, situations, hits),
        cumulative=cumulative,
        heaviest=heaviest,
        set_aside=aside,
    )


def _ref(q: Qualification) -> QualificationRef:
    return QualificationRef(
        offence=q.offence,
        article=q.article,
        label=q.label,
        perpetrator=q.perpetrator,
        status=q.status,
        mode=q.mode,
        nature=q.nature,
        penalty=q.penalty,
    )


def _group(q: Qualification) -> tuple[str, str]:
    return (q.perpetrator, "exploitation" if q.family in _EXPLOITATION else q.family)


def _cumulative(best: Qualification, mine: list[Qualification]) -> list[QualificationRef]:
    """Per perpetrator and family, the best qualification (established before to establish), the principal's
    own group left out: distinct facts or distinct protected values, to retain beside the principal."""
    chosen: dict[tuple[str, str], Qualification] = {}
    live = (q for q in mine if q.status in _LIVE and not later_law_only(q))  # a later law: the same facts, if later
    for q in sorted(live, key=lambda q: (_status_first(q), rank_key(q))):
        chosen.setdefault(_group(q), q)
    principal_groups = {_group(q) for q in mine if q.offence == best.offence and q.status == best.status}
    return [_ref(q) for key, q in sorted(chosen.items()) if key not in principal_groups]


def _heaviest(mine: list[Qualification]) -> list[QualificationRef]:
    """Per perpetrator, the heaviest penalty faced: among the established qualifications, else those to establish."""
    out: list[QualificationRef] = []
    for perp in sorted({q.perpetrator for q in mine if q.status in _LIVE}):
        own = [q for q in mine if q.perpetrator == perp and q.status in _LIVE]
        out.append(_ref(min(own, key=lambda q: (_status_first(q), gravity_key(q)))))
    return out


def _heavier_note(best: Qualification, mine: list[Qualification], cumulative: list[QualificationRef], victim: str) -> str:
    """Say why when an established qualification is punished more heavily than the principal: retained in cumul,
    or, for the same exploitation (trafficking and procuring of the same victim), to be cited in the charge."""
    heavier = [q for q in mine if q.status == "established" and gravity_key(q)[:3] < gravity_key(best)[:3]]
    if not heavier:
        return ""
    top = min(heavier, key=gravity_key)
    cumul = any((c.offence, c.perpetrator, c.mode) == (top.offence, top.perpetrator, top.mode) for c in cumulative)
    how = (
        "elle est retenue en cumul"
        if cumul
        else "elle relève de la même exploitation que la qualification principale : la citer dans la prévention"
    )
    return (
        f" La qualification établie la plus lourdement punie à l'égard de {victim} est « {top.label} » "
        f"(art. {top.article}, {top.penalty.summary}, auteur {top.perpetrator}) : {how} ; "
        "la qualification principale est choisie pour la protection qu'elle nomme, non pour sa peine "
        "(CNCDH 2021, Rec. 18)."
    )


def _aside_note(aside: list[str]) -> str:
    if not aside:
        return ""
    who = ", ".join(aside)
    return (
        f" Non retenu comme auteur de la qualification principale : {who}, signalé au titre de la non-sanction "
        "(victime contrainte à commettre des infractions), alors qu'un exploiteur est mis en cause pour la même "
        "victime (CNCDH 2021, §24 et §32)."
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
            status: Status
            if known is not None:
                missing, excluded, status = known.missing, known.excluded_by, known.status
            else:
                own = hits.get((offence.id, version.id, sit.key), Hits())
                missing, excluded = element_statuses(version, sit, own, resolve(sit, offence, hits))
                status = "excluded" if excluded else "to_establish"
            steps.append(
                PathStep(
                    offence=offence.id,
                    article=offence.article_of(version),
                    label=offence.label_of(version),
                    perpetrator=perp,
                    status=status,
                    missing=missing,
                    excluded_by=excluded,
                )
            )
    return steps
