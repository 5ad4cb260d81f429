"""The result contract (DESIGN.md): a stable JSON document, published as JSON Schema."""

import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["established", "to_establish", "excluded"]
ElementStatus = Literal["satisfied", "contradicted", "unknown"]


def empty() -> list[Any]:
    """The default of a list field: pydantic reads its factory's signature as the model is built (``list``'s is
    parsed from its text, once per field; a Python function's is read at once)."""
    return []


class PrescriptionStep(BaseModel):
    """One prescription law met on the way from the facts to today (C. pén. 112-2 4°)."""

    model_config = ConfigDict(frozen=True)

    since: dt.date = Field(description="first day in force of the CPP version (or 706-47 list)")
    text: str = Field(description="version key of the text, e.g. 7@2004-03-10 (versions/…) or 7 (2023 text)")
    article: str
    years: int | None
    start: dt.date | None
    end: dt.date | None = Field(description="day the prescription would be acquired under this law")
    applied: bool
    why: str
    reconstructed: bool = False
    quote: str | None = None


class PrescriptionCondition(BaseModel):
    """What the case's facts cannot settle and would change the prescription (interruption, extension…)."""

    model_config = ConfigDict(frozen=True)

    kind: str = Field(description="interruption, suspension, occult, extension")
    article: str
    claim: str
    quote: str | None = None


class Prescription(BaseModel):
    """The prescription of public action for one qualification (computed by engine/reasoning/prescription.py).

    ``status``: ``running`` (``end`` = the day it would be acquired), ``prescribed`` (``acquired`` = the day it
    was acquired) — both on the case's facts, i.e. *unless* an interrupting or suspending act, unknown to the
    case, occurred (listed in ``conditions``) — or ``to_check`` (``reason``). ``end`` is the earliest possible
    end when ``certain`` is false."""

    model_config = ConfigDict(frozen=True)

    years: int | None
    start: dt.date | None
    end: dt.date | None
    start_rule: str
    articles: list[str]
    quote: str
    certain: bool
    explanation: str
    status: Literal["running", "prescribed", "to_check"] = "running"
    acquired: dt.date | None = Field(None, description="day the prescription was acquired (status prescribed)")
    as_of: dt.date | None = Field(None, description="the day « today » refers to (injected, else the real date)")
    reason: str | None = Field(None, description="why it is to be checked (status to_check)")
    reconstructed: bool = Field(False, description="a reconstructed CPP version (text not shipped) was applied")
    regimes: list[PrescriptionStep] = Field(default_factory=empty, description="the laws met, applied or not (112-2 4°)")
    conditions: list[PrescriptionCondition] = Field(default_factory=empty, description="interruption, suspension, occult")
    extensions: list[PrescriptionCondition] = Field(default_factory=empty, description="7 al. 3, 8 al. 4, 9-2 al. 7")


STATUS_FR: dict[str, str] = {
    "established": "établie",
    "to_establish": "à établir",
    "excluded": "exclue",
    "satisfied": "satisfait",
    "contradicted": "contredit",
    "unknown": "à établir",
}
# the statuses of flags and rights, in French (engine/reasoning/protection.py; ui/catalogue/resultat.yaml likewise)
FLAG_STATUS_FR: dict[str, str] = {
    "strong": "fort",
    "to_examine": "à examiner",
    "a_examiner": "à examiner",
    "applicable": "applicable",
    "established": "établi",
    "to_establish": "à établir",
    "excluded": "exclu",
    "not_linked": "sans lien établi avec l'exploitation",
}


class _R(BaseModel):
    model_config = ConfigDict(frozen=True)


class EvidenceOut(_R):
    ref: str = Field(description="id of the case item (act, person, finding…)")
    text: str


class FactOut(_R):
    fact: str
    value: bool | None
    sentence: str
    evidence: list[EvidenceOut] = Field(default_factory=empty)


class Explanation(_R):
    """A node of the explanation tree: a claim, where it comes from, what it rests on."""

    claim: str
    rule: str | None = Field(None, description="compiled rule name (offence@version@mode#part±alternative)")
    article: str | None = None
    version: str | None = None
    quote: str | None = None
    facts: list[FactOut] = Field(default_factory=empty)
    sources: list[str] = Field(default_factory=empty)
    would_change: list[str] = Field(default_factory=empty, description="facts whose establishment would change this")
    children: list["Explanation"] = Field(default_factory=empty)


class PenaltyOut(_R):
    kind: str
    prison_years: int | None = None
    life: bool = False
    fine_eur: int | None = None
    summary: str


class VersionOut(_R):
    id: str
    valid_from: dt.date | None
    valid_to: dt.date | None


LawReason = Literal["en_vigueur", "loi_plus_douce", "creee_posterieurement", "infraction_continue", "date_incertaine"]


class LawApplied(_R):
    """One row of the « loi applicable » table: a period of the acts and the version applied to it (112-1)."""

    period_start: dt.date
    period_end: dt.date
    version: str | None = Field(description="version id; null when the article was created after the facts")
    valid_from: dt.date | None
    valid_to: dt.date | None
    reconstructed: bool = Field(False, description="wording not shipped: content reconstructed, to check on Légifrance")
    reason: LawReason = Field(
        description="en_vigueur (in force at the date of the facts), loi_plus_douce (milder later law, 112-1 al. 3), "
        "creee_posterieurement (article created later: no qualification), infraction_continue (continuing offence: "
        "the law in force when the conduct ended, applied to the whole of it), date_incertaine (one act of uncertain "
        "date across a reform: the law of its first day, the milder)"
    )
    reason_label: str = Field(description="the reason in French")


class ElementOut(_R):
    id: str
    label: str
    kind: str
    article: str
    status: ElementStatus


class AggravationOut(_R):
    id: str
    article: str
    label: str
    status: Status
    nature: str
    penalty: PenaltyOut
    missing: list[str] = Field(default_factory=empty)
    excluded_by: list[str] = Field(default_factory=empty)
    explanation: Explanation


class Qualification(_R):
    offence: str
    article: str
    code: str
    family: str
    label: str
    version: VersionOut
    mode: Literal["consomme", "tentative"]
    attempt_article: str | None = None
    nature: str
    status: Status
    penalty: PenaltyOut
    base_penalty: PenaltyOut
    elements: list[ElementOut]
    aggravations: list[AggravationOut]
    perpetrator: str
    victim: str
    participation: str | None = Field(
        default=None, description="« complice (art. 121-7 al. 1) » or « … al. 2 »: punished as author (121-6); null: the author"
    )
    missing: list[str] = Field(default_factory=empty)
    excluded_by: list[str] = Field(default_factory=empty)
    protection_rank: int
    explanation: Explanation
    prescription: Prescription | None = Field(None, description="prescription of public action (CPP 7, 8, 706-47)")
    period_start: dt.date | None = Field(None, description="first act of this period (acts are split at reforms)")
    period_end: dt.date | None = Field(None, description="last act of this period")
    milder_later_law: bool = Field(False, description="a later, milder version applied (Code pénal 112-1 al. 3)")
    law_applied: list[LawApplied] = Field(
        default_factory=empty, description="the law applied period by period to this offence between these persons"
    )


class PathStep(_R):
    """What is missing to reach a more protective classification, for one perpetrator."""

    offence: str
    article: str
    label: str
    perpetrator: str
    status: Status
    missing: list[str] = Field(default_factory=empty)
    excluded_by: list[str] = Field(default_factory=empty)


class QualificationRef(_R):
    """One qualification named beside the principal: a cumulative qualification, or a perpetrator's heaviest."""

    offence: str
    article: str
    label: str
    perpetrator: str
    status: Status
    mode: Literal["consomme", "tentative"]
    nature: str
    penalty: PenaltyOut


class Principal(_R):
    """For one victim, the most protective classification and why (CNCDH 2021, §23-28, Rec. 18-20)."""

    victim: str
    offence: str | None
    article: str | None
    label: str | None = None
    perpetrators: list[str] = Field(default_factory=empty)
    complices: list[str] = Field(
        default_factory=empty, description="those of ``perpetrators`` who are only complices (121-7) of that offence"
    )
    status: Status | None
    penalty: PenaltyOut | None = None
    reason: str
    toward_more_protective: list[PathStep] = Field(default_factory=empty)
    cumulative: list[QualificationRef] = Field(
        default_factory=empty,
        description="the other qualifications to retain beside the principal: per perpetrator, the best of each "
        "family of offences (trafficking and procuring count as one: the same exploitation)",
    )
    heaviest: list[QualificationRef] = Field(
        default_factory=empty, description="per perpetrator, the heaviest penalty he or she faces toward this victim"
    )
    set_aside: list[str] = Field(
        default_factory=empty,
        description="perpetrators whose offence is not taken as principal: flagged non_punishment strong while an "
        "exploiter's offence exists for this victim",
    )


class Flag(_R):
    kind: str
    person: str
    status: str
    sources: list[str]
    explanation: Explanation


class Right(_R):
    kind: str
    person: str
    status: str = Field(description="applicable, or a_examiner when conditions remain to be checked")
    sources: list[str]
    explanation: Explanation


WARNING_CODES: dict[str, str] = {
    "consolidation": "facts after the early-2023 consolidation of the texts: later reforms are not encoded",
    "age_inconnu": "the victim's age at the date of the facts is not established",
    "age_date_a_etablir": "one act of uncertain date across a birthday the law reads (fifteen or eighteen): the age on "
    "it is to be established, from the date of the act (or the birth date)",
    "aucun_acte": "the case describes no act",
    "article_inexistant": "the article did not exist at the date of the facts (112-1 al. 1)",
    "version_non_encodee": "the version in force at the date of the facts is not encoded",
    "complicite_sans_qualification": "a participation (121-7) to which no qualification of the principal's act attaches",
    "version_reconstituee": "the version applied is reconstructed: to check on Légifrance",
    "loi_plus_douce": "a later, milder version applies (112-1 al. 3)",
    "tentative_non_punissable": "an attempted act that would be a délit whose attempt no text punishes (121-4 2°)",
    "tentative_texte_non_fourni": "an attempted act whose attempt a text punishes that is not shipped: to check",
    "date_a_etablir": "one act of uncertain date across a reform: judged under the law of its first day (the milder); "
    "the later law applies only if the facts are shown to postdate it (112-1)",
    "circonstance_non_prevue_a_la_date": "a fact given (true) satisfies a circumstance (or an element's alternative) "
    "that only a later version provides: it does not apply to these facts",
    "circonstance_faits_anterieurs": "conduct across a reform: a circumstance the version applied created or made "
    "heavier rests only on facts before its entry into force: set aside, or kept at the earlier version's tier",
    "element_faits_anterieurs": "conduct across a reform: an element the version applied created rests only on facts "
    "before its entry into force: not retained (for the defining act, the offence is not applied)",
}


class Warning_(_R):
    code: str = Field(description="one of: " + ", ".join(WARNING_CODES) + " (new codes may be added)")
    message: str


class Result(_R):
    case_id: str
    law_date: dt.date | None = Field(description="date imposed with --date, otherwise null (each act's date)")
    ruleset_version: str
    qualifications: list[Qualification]
    principal: list[Principal] = Field(default_factory=empty)
    flags: list[Flag] = Field(default_factory=empty)
    rights: list[Right] = Field(default_factory=empty)
    warnings: list[Warning_] = Field(default_factory=empty)


# Factories for the models each classification makes by the hundred (engine/reasoning/explanations.py, analysis.py):
# the model's validator called on the parameters (``locals()``, named as the fields) costs a quarter less than
# ``Model(**fields)``, whose ``__init__`` wraps that same call; typed parameters keep every call site checked. A list
# left out is ``()``: the validator makes it a new list, as it makes one of every list given (the nested models, valid
# already, are kept as they are: revalidate_instances is ``never``).


def new_evidence(ref: str, text: str) -> EvidenceOut:
    return EvidenceOut.__pydantic_validator__.validate_python(locals())  # type: ignore[no-any-return]


def new_fact(fact: str, value: bool | None, sentence: str, evidence: Sequence[EvidenceOut] = ()) -> FactOut:
    return FactOut.__pydantic_validator__.validate_python(locals())  # type: ignore[no-any-return]


def new_explanation(
    claim: str,
    *,
    rule: str | None = None,
    article: str | None = None,
    version: str | None = None,
    quote: str | None = None,
    facts: Sequence[FactOut] = (),
    sources: Sequence[str] = (),
    would_change: Sequence[str] = (),
    children: Sequence[Explanation] = (),
) -> Explanation:
    return Explanation.__pydantic_validator__.validate_python(locals())  # type: ignore[no-any-return]


def new_aggravation(
    id: str,
    article: str,
    label: str,
    status: Status,
    nature: str,
    penalty: PenaltyOut,
    explanation: Explanation,
    missing: Sequence[str] = (),
    excluded_by: Sequence[str] = (),
) -> AggravationOut:
    return AggravationOut.__pydantic_validator__.validate_python(locals())  # type: ignore[no-any-return]
