"""The shape of a rule file (rules/offences/*.yaml): an offence, its dated versions, elements and aggravations.

Conditions (`satisfied_when`, `excluded_when`, `when`, `unless`) are lists of alternatives; each
alternative is a durable-rules pattern over the facts of rules/facts.yaml (e.g.
``{victim_minor: true}``, ``{a: false, b: inconnu}`` or ``{$or: [{a: true}, {b: true}]}``). They are
compiled as they are into durable-rules rules (engine/reasoning/compiler.py): Qualif has no expression
evaluator of its own. An exclusion left out (``excluded_when``, ``unless``) is the three-valued
negation of the condition, derived at load (engine/law/conditions.py); ``[]`` means "never excluded".
What is derived from the rule data (the facts a condition reads, a penalty as shown) is a ``cached_property``:
pydantic's private attributes would be set up on each of the rule book's thousands of objects as it is read.
"""

import datetime as dt
import itertools
from functools import cached_property
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from engine.kernel.result_model import ElementOut, ElementStatus, PenaltyOut, VersionOut, empty
from engine.law.conditions import alternatives_facts

Pattern = dict[str, Any]


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextRef(_M):
    """Where the article text is: a file of rules/texts/ and an article number in it; for an earlier
    version (a file of rules/texts/versions/), also ``since``, the first day of that version's block."""

    file: str
    article: str
    since: dt.date | None = None

    @property
    def key(self) -> str:
        """The block's key in engine.law.texts: the article, or ``article@since`` for a version block."""
        return self.article if self.since is None else f"{self.article}@{self.since.isoformat()}"


class Source(_M):
    """A source that supports the rule: article text, opinion paragraph, recommendation."""

    ref: str = Field(min_length=3)
    file: str | None = None
    note: str | None = None


class Penalty(_M):
    kind: Literal["emprisonnement", "reclusion_criminelle", "amende", "amende_contraventionnelle", "renvoi"]
    prison_years: int | None = Field(None, ge=0, le=30)
    life: bool = False
    fine_eur: int | None = Field(None, ge=0)
    fine_frf: int | None = Field(None, ge=0, description="a fine in francs, as written in texts before 2002")
    note: str | None = None
    quote: str = Field(min_length=5, description="the words of the article that set this penalty")

    def out(self) -> PenaltyOut:
        """The penalty as the result shows it, made once (penalties are immutable rule data)."""
        return self._out

    @cached_property
    def _out(self) -> PenaltyOut:
        return PenaltyOut(
            kind=self.kind, prison_years=self.prison_years, life=self.life, fine_eur=self.fine_eur, summary=self.summary()
        )

    def summary(self) -> str:
        parts = []
        if self.life:
            parts.append("réclusion criminelle à perpétuité")
        elif self.prison_years is not None:
            word = "de réclusion criminelle" if self.kind == "reclusion_criminelle" else "d'emprisonnement"
            unit = "an" if self.prison_years == 1 else "ans"
            parts.append(f"{self.prison_years} {unit} {word}")
        if self.fine_eur is not None:
            parts.append(f"{self.fine_eur:,} € d'amende".replace(",", " "))
        if self.fine_frf is not None:
            parts.append(f"{self.fine_frf:,} F d'amende".replace(",", " "))
        if self.note:
            parts.append(self.note)
        return ", ".join(parts) or self.quote

    def weight(self) -> tuple[int, int, int]:
        """Orders penalties by gravity: life, then years, then fine."""
        fine = self.fine_eur if self.fine_eur is not None else round((self.fine_frf or 0) / FRANCS_PER_EURO)
        return (1 if self.life else 0, self.prison_years or 0, fine)


Nature = Literal["crime", "délit", "contravention"]
FRANCS_PER_EURO = 6.55957  # the fixed conversion rate, to compare a fine in francs with one in euros


class Reconstruction(_M):
    """A version whose wording is not shipped but whose content is documented: what it rests on."""

    sources: list[str] = Field(min_length=1, description="where its content is documented (HISTORY.md, versions/…)")
    assumption: str = Field(min_length=10, description="what is assumed, in one sentence")


class UnprovidedAttempt(_M):
    """A text punishing the attempt that the shipped texts do not hold: said, never taken for impunity."""

    article: str
    note: str = Field(min_length=10, description="what the text is and why it is missing, in one sentence")


class DateBasis(_M):
    """Why a circumstance's ``valid_from`` is the date it has: with ``latest_possible``, the shipped texts do not
    establish its creation, only that it existed by then (the latest date: nothing applied without a text, 112-1)."""

    latest_possible: bool = Field(description="valid_from is the latest date the shipped texts allow, not its creation")
    note: str = Field(min_length=10, description="which texts are missing, in one sentence (shown to the user)")


class Formerly(_M):
    """Before the offence existed, its conduct was another offence aggravated by a circumstance (the 225-4-1 II,
    traite d'un mineur, was until 06/08/2013 the 225-4-1 aggravated by 225-4-2 1°). When the offence fails only
    because the facts that meet it predate it (a continuing conduct judged under the law at its end), the acts
    before its creation are read under that offence's version then in force, and that circumstance's tier is kept
    on the offence the conduct constitutes (Code pénal, art. 112-1; engine/reasoning/continuing.py)."""

    offence: str = Field(pattern=r"^[a-z0-9_]+$", description="id of the offence that covered the conduct before")
    aggravation: str = Field(pattern=r"^[a-z0-9_]+$", description="id of that offence's circumstance that stood for this one")


class Element(_M):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    label: str = Field(min_length=5, description="what must be established, in plain French")
    kind: Literal["matériel", "moral", "préalable"]
    article: str = Field(description="article and paragraph, e.g. '225-4-1 I al. 1'")
    quote: str = Field(min_length=5)
    text: TextRef | None = Field(None, description="defaults to the version's text")
    satisfied_when: list[Pattern] = Field(min_length=1)
    excluded_when: list[Pattern] | None = Field(None, description="absent: derived from satisfied_when")
    reading: str | None = Field(
        None, description="which reading of the text the condition takes, and why, citing it (kept for the review sheet)"
    )
    own_acts: bool = Field(
        False,
        description="read act by act: the offence's conduct (its days, the law applied, the prescription) is the acts "
        "that meet this element and the defining act by themselves (222-23-1 al. 2 « si les faits sont commis en "
        "échange d'une rémunération » : the paid act, not the pair's other acts)",
    )

    def facts_read(self) -> tuple[str, ...]:
        """The facts its condition reads, in order (rule data: computed once)."""
        return self._read

    @cached_property
    def _read(self) -> tuple[str, ...]:
        return alternatives_facts(self.satisfied_when)

    def out(self, status: ElementStatus) -> ElementOut:
        """The element with this status as the result shows it, made once per status (immutable rule data)."""
        made = self._outs.get(status)
        if made is None:
            made = ElementOut(id=self.id, label=self.label, kind=self.kind, article=self.article, status=status)
            self._outs[status] = made
        return made

    @cached_property
    def _outs(self) -> dict[str, ElementOut]:
        return {}


class Aggravation(_M):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    article: str
    label: str = Field(min_length=5)
    quote: str = Field(min_length=5)
    text: TextRef
    nature: Nature
    penalty: Penalty
    when: list[Pattern] = Field(min_length=1)
    unless: list[Pattern] | None = Field(None, description="absent: derived from when")
    reading: str | None = Field(
        None, description="which reading of the text the condition takes, and why, citing it (kept for the review sheet)"
    )
    valid_from: dt.date | None = Field(None, description="the circumstance's own entry into force, if later than the version's")
    valid_to: dt.date | None = Field(None, description="its last day, if it ended before the version")
    valid_from_basis: DateBasis | None = Field(None, description="why valid_from is that date, when not established")
    reconstruction: Reconstruction | None = Field(
        None,
        description="the circumstance as encoded for these dates is reconstructed (its wording, tier or date of entry "
        "into force not confirmed by a shipped text): its sources and assumption, said with every conclusion on it",
    )

    def facts_read(self) -> tuple[str, ...]:
        """The facts its condition reads, in order (rule data: computed once)."""
        return self._read

    @cached_property
    def _read(self) -> tuple[str, ...]:
        return alternatives_facts(self.when)

    def in_force(self, day: dt.date) -> bool:
        """Whether the circumstance existed on ``day`` (its own dates; the version's are checked apart)."""
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


class Version(_M):
    id: str = Field(pattern=r"^[0-9A-Za-z_\-]+$")
    article: str | None = Field(
        None,
        description="the article's number as this version wrote it, when it differs from the offence's "
        "(e.g. 222-29 1° before 222-29-1 existed, 225-4-1 before its I and II); absent: the offence's article",
    )
    label: str | None = Field(
        None,
        min_length=5,
        description="the offence's name as this wording defines it, when it differs from the offence's (225-12-1 named only "
        "minors until loi n° 2003-239); absent: the offence's label",
    )
    valid_from: dt.date = Field(description="entry into force (required: rules/texts/HISTORY.md, versions/)")
    valid_to: dt.date | None = None
    valid_from_basis: DateBasis | None = Field(
        None, description="why valid_from is that date when the shipped texts do not establish the entry into force"
    )
    history: str = Field(min_length=5, description="where the dates come from (rules/texts/HISTORY.md)")
    legiarti: str | None = Field(None, pattern=r"^LEGIARTI\d{12}$", description="Légifrance identifier of this version")
    reconstructed: bool = Field(False, description="wording not shipped: content reconstructed from documented sources")
    reconstruction: Reconstruction | None = None
    text: TextRef
    nature: Nature
    penalty: Penalty
    elements: list[Element] = Field(min_length=1)
    aggravations: list[Aggravation] = Field(default_factory=empty)

    @model_validator(mode="after")
    def _dates(self) -> Self:
        if self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("valid_to précède valid_from")
        if self.reconstructed != (self.reconstruction is not None):
            raise ValueError("une version reconstituée (reconstructed: true) indique ses sources et son hypothèse")
        if self.elements[0].kind != "matériel":
            raise ValueError("le premier élément doit être l'acte matériel qui définit l'infraction")
        ids = [e.id for e in self.elements] + [a.id for a in self.aggravations]
        if len(ids) != len(set(ids)):
            raise ValueError("identifiants d'éléments ou de circonstances en double")
        return self

    def in_force(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def out(self) -> VersionOut:
        """The version as the result shows it, made once (immutable rule data)."""
        return self._out

    @cached_property
    def _out(self) -> VersionOut:
        return VersionOut(id=self.id, valid_from=self.valid_from, valid_to=self.valid_to)


class Attempt(_M):
    """A text that punishes the attempt of the offence, for the days it was in force: the attempt of a délit is
    punishable only where a law in force at the date of the facts provides it (C. pén. 121-4 2°, 112-1)."""

    article: str
    quote: str
    text: TextRef
    valid_from: dt.date = Field(description="the day this text (punishing the attempt) came into force")
    valid_to: dt.date | None = Field(None, description="its last day, when a later text replaced it")
    history: str | None = Field(None, description="where the dates come from")
    reconstruction: Reconstruction | None = Field(
        None, description="the wording or the dates are not those of a shipped text for that period: sources, assumption"
    )

    def in_force(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


class Offence(_M):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    code: Literal["Code pénal"]
    article: str
    label: str
    family: Literal[
        "traite",
        "proxenetisme",
        "recours_prostitution",
        "viol_agression_sexuelle",
        "atteinte_sexuelle_corruption",
        "images_en_ligne",
        "extorsion",
        "esclavage_travail_mendicite",
        "provocation",
    ]
    protection_rank: int = Field(ge=1, le=99, description="1 = the most protective for the victim (see README, 'Classement')")
    protection_reason: str = Field(min_length=10, description="why this rank: what it gives the victim, with its source")
    assess_without_act: bool = Field(
        False, description="assess the other elements even without the act, to say what is missing to reach it"
    )
    created: dt.date | None = Field(
        None, description="date the offence was created, when known: before it, the article did not exist"
    )
    one_act: bool = Field(
        False,
        description="its elements must hold on one same act (222-23 « Tout acte de pénétration sexuelle … commis … par "
        "violence, contrainte, menace ou surprise », 222-22 « toute atteinte sexuelle commise avec violence … »): assessed "
        "on each group of the pair's acts that are the same facts (an act and the acts stated ``same_facts_as`` it), "
        "its elements, circumstances, period and defining acts read on that group only (engine/reasoning/situations.py "
        "``act_situations``); the pair's findings still apply",
    )
    continuing: bool = Field(
        False,
        description="continuing or habitual offence (harbouring, exploiting, procuring): conduct that went on after "
        "a reform is judged as a whole under the law in force when it ended (the courts' reading of 112-1)",
    )
    formerly: Formerly | None = Field(
        None,
        description="the offence and circumstance that covered this conduct before the offence was created (see Formerly)",
    )
    attempts: list[Attempt] = Field(
        default_factory=empty, description="the texts punishing the attempt, each with its dates (none: not punishable)"
    )
    attempt_unprovided: UnprovidedAttempt | None = Field(
        None, description="the text punishing the attempt exists but is not shipped (no attempt is then qualified)"
    )
    versions: list[Version] = Field(min_length=1)
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _versions(self) -> Self:
        for what, dated in (("versions", self.versions), ("tentatives", self.attempts)):
            spans = sorted((v.valid_from, v.valid_to or dt.date.max) for v in dated)
            for (_, end), (start, _) in itertools.pairwise(spans):
                if start <= end:
                    raise ValueError(f"les périodes de validité des {what} se chevauchent")
        return self

    @property
    def attempt(self) -> Attempt | None:
        """The latest text punishing the attempt (None: the attempt is punishable at no date)."""
        return max(self.attempts, key=lambda a: a.valid_from) if self.attempts else None

    def attempt_at(self, day: dt.date) -> Attempt | None:
        """The text that punished the attempt on ``day``, if any."""
        return next((a for a in self.attempts if a.in_force(day)), None)

    def article_of(self, version: Version) -> str:
        """The article number shown for a qualification under ``version`` (the version's own, or the offence's)."""
        return version.article or self.article

    def label_of(self, version: Version) -> str:
        """The offence's name for a qualification under ``version`` (the version's own, or the offence's)."""
        return version.label or self.label

    def version_at(self, day: dt.date) -> Version | None:
        for v in self.versions:
            if v.in_force(day):
                return v
        return None
