"""Facts of one act, not of the pair: remuneration of a sexual act, co-action on the same facts.

Two acts are the same facts only when the case says so: one act, or a ``same_facts_as`` link
(engine/case/links.py), never their dates. An act of paid sexual relations (``remunerer_relations_sexuelles``)
is itself sexual relations in exchange for remuneration.
"""

from __future__ import annotations

from collections.abc import Callable

from engine.case.labels import ACT_LABELS
from engine.case.model import Act, ActKind
from engine.kernel.tri import tri_any
from engine.reasoning import case_memo
from engine.reasoning.evidence import Evidence, Result, act_evidence
from engine.reasoning.participation import acts_as_complice
from engine.reasoning.readings import Pair, gated

Derivation = Callable[[Pair], Result]
SEXUAL = frozenset({ActKind.SEXUAL_PENETRATION, ActKind.SEXUAL_CONTACT, ActKind.IMPOSE_SEXUAL_ACT})


def _linked(pair: Pair, act: Act) -> list[Act]:
    """The other acts of the case stated to be the same facts as ``act`` (in the case's order)."""
    group = pair.same_facts.get(act.id, frozenset())
    if len(group) < 2:
        return []
    acts = pair.case.acts
    index = case_memo.once(pair.case, ("act_index",), lambda: {a.id: i for i, a in enumerate(acts)})
    return [acts[i] for i in sorted(index[b] for b in group if b != act.id and b in index)]


def remunerated(kinds: frozenset[ActKind], nature: bool | None = None) -> Derivation:
    """A sexual act of ``kinds`` committed in exchange for remuneration, an advantage or their promise: its own
    ``remuneration``, an act stated to be the same facts that is paid relations or was remunerated, or paid
    relations themselves of that ``nature`` (``penetration``: True, False; None: either). Paid relations linked
    to no sexual act are their own facts, whatever the dates of the pair's other acts: a paid sexual act; of unknown
    nature, the paid act of ``nature`` unless the pair has another sexual act (then unknown)."""

    def of_nature(act: Act) -> bool:
        return act.penetration is not None and (nature is None or act.penetration is nature)

    def derive(pair: Pair) -> Result:
        sexual = [a for a in pair.acts if a.kind in kinds]
        hits = []
        for act in sexual:
            paid = [b for b in _linked(pair, act) if b.remuneration is True or b.kind is ActKind.PAY_FOR_SEX]
            if act.remuneration is True:
                hits.append(act_evidence(act, " (en échange d'une rémunération ou d'un avantage)"))
            elif paid:
                hits.append(act_evidence(act, f" (mêmes faits que l'acte {paid[0].id} : {ACT_LABELS[paid[0].kind]})"))
        # paid relations stated to be the same facts as a sexual act are that act (its nature, its remuneration)
        relations = [
            a for a in pair.acts if a.kind is ActKind.PAY_FOR_SEX and not any(b.kind in SEXUAL for b in _linked(pair, a))
        ]
        hits += [act_evidence(a) for a in relations if of_nature(a)]
        # paid relations linked to no sexual act are their own paid facts, whatever the dates of the pair's other
        # acts: a paid sexual act (nature None) in any case; of unknown nature, the paid act of ``nature`` unless
        # the pair has another sexual act (which one was paid is then unknown: never an act's nature joined to
        # another act's payment)
        loose = [a for a in relations if a.penetration is None]
        others = [a for a in pair.acts if a.kind in SEXUAL] + [a for a in relations if a.penetration is not None]
        if not hits and loose and (nature is None or not others):
            hits = [act_evidence(a, " (de nature non précisée : si elles sont l'acte, il a été rémunéré)") for a in loose]
        if hits:
            return True, hits
        if tri_any(a.remuneration for a in sexual) is False and not loose:
            return False, [act_evidence(a, " (sans rémunération ni avantage)") for a in sexual]
        return None, []

    return gated(derive, kinds | {ActKind.PAY_FOR_SEX})


def _paid(pair: Pair, act: Act) -> bool:
    """Paid relations, an act said remunerated, or an act stated to be the same facts as either."""
    return (
        act.kind is ActKind.PAY_FOR_SEX
        or act.remuneration is True
        or any(b.remuneration is True or b.kind is ActKind.PAY_FOR_SEX for b in _linked(pair, act))
    )


def unremunerated(kinds: frozenset[ActKind]) -> Derivation:
    """A sexual act of ``kinds`` said to have been committed without remuneration (``remuneration: non``) and stated
    to be the same facts as no paid relations and no paid act: « oui ». « Non » when every sexual act of the pair,
    paid relations included, was paid: no act escapes « en échange d'une rémunération » (222-23-1 al. 2)."""

    def derive(pair: Pair) -> Result:
        acts = [a for a in pair.acts if a.kind in kinds or a.kind is ActKind.PAY_FOR_SEX]
        unpaid = [a for a in acts if a.remuneration is False and not _paid(pair, a)]
        hits = [act_evidence(a, " (sans rémunération ni avantage)") for a in unpaid]
        if hits:
            return True, hits
        if acts and all(_paid(pair, a) for a in acts):
            return False, [act_evidence(a, " (en échange d'une rémunération ou d'un avantage)") for a in acts]
        return None, []

    return gated(derive, kinds | {ActKind.PAY_FOR_SEX})


# The findings of remuneration (rules/facts.yaml, settable) and the acts each concerns: its nature's sexual acts, and
# paid relations of that nature or of a nature not reported.
REMUNERATION_FINDINGS: dict[str, tuple[frozenset[ActKind], bool | None]] = {
    "penetration_remunerated": (frozenset({ActKind.SEXUAL_PENETRATION}), True),
    "sexual_contact_remunerated": (frozenset({ActKind.SEXUAL_CONTACT}), False),
    "sexual_act_remunerated": (SEXUAL, None),
}


def _concerned(acts: list[Act], kinds: frozenset[ActKind], nature: bool | None) -> list[Act]:
    def relations(a: Act) -> bool:
        return a.kind is ActKind.PAY_FOR_SEX and (nature is None or a.penetration in (nature, None))

    return [a for a in acts if a.kind in kinds or relations(a)]


def unremunerated_by_findings(pair: Pair, kinds: frozenset[ActKind], findings: dict[str, bool]) -> Result:
    """``sexual_act_unremunerated`` read on the investigation's findings of remuneration (``findings``: the pair's)
    where a finding concerns the act. « Non » for a nature: each of the situation's acts of that nature was unpaid
    (« oui »). « Oui »: the act it concerns was paid, when it can only be one act: the pair's only act of that nature
    in the whole case (a finding is not dated), none of them known to be paid; « non » when every sexual act of the
    situation is then known to be paid. Otherwise unknown: which act was paid is to establish."""
    acts = [a for a in pair.acts if a.kind in kinds or a.kind is ActKind.PAY_FOR_SEX]
    mode = pair.acts[0].attempt if pair.acts else False
    whole = [a for a in pair.case.acts if (a.actor, a.target, a.attempt) == (pair.p.id, pair.v.id, mode)]
    unpaid: list[Evidence] = []
    paid: dict[str, str] = {}
    for fact, (nature_kinds, nature) in REMUNERATION_FINDINGS.items():
        if fact not in findings:
            continue
        said = f" ({fact} : {'oui' if findings[fact] else 'non'}, fait établi par l'enquête)"
        if findings[fact] is False:
            unpaid += [act_evidence(a, said) for a in acts if a.kind in nature_kinds and not _paid(pair, a)]
            continue
        concerned = _concerned([a for a in whole if a.kind in kinds or a.kind is ActKind.PAY_FOR_SEX], nature_kinds, nature)
        if len(concerned) == 1 and not _paid(pair, concerned[0]) and concerned[0].remuneration is None:
            paid[concerned[0].id] = said
    if unpaid:
        return True, unpaid
    if acts and all(_paid(pair, a) or a.id in paid for a in acts):
        return False, [act_evidence(a, paid.get(a.id, " (en échange d'une rémunération ou d'un avantage)")) for a in acts]
    return None, []


def co_action(kinds: frozenset[ActKind]) -> Derivation:
    """Several persons acting as authors or accomplices in the same facts: an act of ``kinds`` of the pair
    committed with ``co_actors`` or with a complice stated on it (``participation``, 121-7), an act of another person
    toward the victim naming the perpetrator among its ``co_actors``, or stated to be the same facts as an act of
    another person. « Non » only when every such act is stated to have been committed alone (``co_actors: []``)."""

    def derive(pair: Pair) -> Result:
        acts = [a for a in pair.acts if a.kind in kinds]
        hits, doubt = [], []
        for act in acts:
            others = sorted({b.actor for b in _linked(pair, act)} - {act.actor})
            # « en qualité de complice »: only a participation whose complicity element holds; one to establish
            # leaves the circumstance to establish, one excluded (not « sciemment ») does not count
            said = {p.person: acts_as_complice(p) for p in pair.case.participation if p.act == act.id}
            complices = sorted(c for c, v in said.items() if v is True)
            doubt += [
                act_evidence(act, f" (avec {c}, dont la complicité est à établir, 121-7)") for c, v in said.items() if v is None
            ]
            if act.co_actors:
                hits.append(act_evidence(act, f" (avec {', '.join(act.co_actors)}, coauteurs ou complices)"))
            elif complices:
                hits.append(act_evidence(act, f" (avec {', '.join(complices)}, complice(s) déclaré(s) sur l'acte, 121-7)"))
            elif others:
                hits.append(act_evidence(act, f" (mêmes faits que ceux commis par {', '.join(others)})"))
        # a co-author is an author of the same act: another person's act toward the victim that names the
        # perpetrator among its co_actors is co-action for him too (the link reads both ways)
        if acts:
            mode = acts[0].attempt
            hits += [
                act_evidence(b, f" (commis par {b.actor} avec {pair.p.id}, coauteurs ou complices)")
                for b in pair.case.acts
                if b.kind in kinds
                and b.target == pair.v.id
                and b.actor != pair.p.id
                and pair.p.id in (b.co_actors or [])
                and b.attempt == mode
            ]
        if hits:
            return True, hits
        if doubt:
            return None, doubt
        if acts and all(a.co_actors == [] for a in acts):
            return False, [act_evidence(a, " (commis seul)") for a in acts]
        return None, []

    return gated(derive, kinds)


def distributed(recording: frozenset[ActKind], distribution: frozenset[ActKind]) -> Derivation:
    """« En vue de sa diffusion » (227-23 al. 1), shown by the recording act itself: an act of ``recording`` that
    transmitted the image through a network to an undetermined public (``public_network``), or that is stated to be
    the same facts as an act of ``distribution`` (diffused, offered, sold) by the same author. Never « non »: the
    purpose may be shown otherwise (a finding)."""

    def derive(pair: Pair) -> Result:
        hits = []
        for act in (a for a in pair.acts if a.kind in recording):
            spread = [b for b in _linked(pair, act) if b.kind in distribution and b.actor == act.actor]
            if act.public_network is True:
                hits.append(act_evidence(act, " (transmise par un réseau à destination d'un public non déterminé)"))
            elif spread:
                hits.append(act_evidence(act, f" (mêmes faits que l'acte {spread[0].id} : {ACT_LABELS[spread[0].kind]})"))
        return (True, hits) if hits else (None, [])

    return gated(derive, recording)


def injury_or_lesion(pair: Pair) -> Result:
    """« Lorsqu'elle a entraîné une blessure ou une lésion » (222-28 1°, 222-30 1°): oui when an act of the pair says
    so; non only when every act says non and none states an ITT (an incapacity implies some harm: to establish)."""
    hits = [act_evidence(a) for a in pair.acts if a.injury_or_lesion is True]
    if hits:
        return True, hits
    if pair.acts and all(a.injury_or_lesion is False and not a.violence_itt_days for a in pair.acts):
        return False, [act_evidence(a) for a in pair.acts]
    return None, []
