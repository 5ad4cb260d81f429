"""Practical cases: the shape of an answer (trainee's or expected) and of its grade (pydantic v2).

An answer has the shape of the engine's result, reduced to what a trainee decides: for each
qualification the article, perpetrator, victim and status; the principal qualification per victim;
the flags with their status. Statuses may be written in French (« établie », « à examiner »…).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from engine.kernel.result_model import Status

PersonId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")]
Verdict = Literal["juste", "manqué", "erroné"]
ItemKind = Literal["qualification", "principale", "signalement"]
Mode = Literal["consomme", "tentative"]

STATUS_ALIASES: dict[str, str] = {
    "établie": "established",
    "etablie": "established",
    "établi": "established",
    "à établir": "to_establish",
    "a établir": "to_establish",
    "a etablir": "to_establish",
    "à_établir": "to_establish",
    "exclue": "excluded",
    "exclu": "excluded",
    "à examiner": "to_examine",
    "a examiner": "to_examine",
    "fort": "strong",
    "forte": "strong",
    "sans lien": "not_linked",
}
VERDICT_EN = {"juste": "right", "manqué": "missed", "erroné": "wrong"}


def normalise_status(value: Any) -> Any:
    """An English status key from French or English text (unknown values are left for validation)."""
    if not isinstance(value, str):
        return value
    text = " ".join(value.strip().lower().replace("_", " ").split())
    return STATUS_ALIASES.get(text, text.replace(" ", "_"))


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class AnsweredQualification(_M):
    article: str = Field(min_length=1, max_length=40, title="article (ex. « 225-4-1 II »)")
    perpetrator: PersonId = Field(title="auteur")
    victim: PersonId = Field(title="victime")
    status: Status = Field(title="statut : established, to_establish ou excluded (ou en français)")
    mode: Mode = Field("consomme", title="consomme ou tentative")

    @field_validator("status", mode="before")
    @classmethod
    def french_status(cls, value: Any) -> Any:
        return normalise_status(value)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.article, self.perpetrator, self.victim, self.mode)


class AnsweredPrincipal(_M):
    victim: PersonId = Field(title="victime")
    article: str = Field(min_length=1, max_length=40, title="article de la qualification principale")


class AnsweredFlag(_M):
    kind: str = Field(pattern=r"^[a-z_]+$", title="signalement (ex. non_punishment)")
    person: str = Field(min_length=1, max_length=130, pattern=r"^[A-Za-z0-9_.\-]+(>[A-Za-z0-9_.\-]+)?$", title="personne")
    status: str = Field(pattern=r"^[a-z_]+$", title="statut du signalement (strong, to_examine, applicable…)")

    @field_validator("status", mode="before")
    @classmethod
    def french_status(cls, value: Any) -> Any:
        return normalise_status(value)

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.person)


class Answer(_M):
    """A trainee's answer, or the expected answer of a practical case."""

    principal: list[AnsweredPrincipal] = Field(default_factory=list, title="qualification principale par victime")
    qualifications: list[AnsweredQualification] = Field(default_factory=list, title="qualifications")
    flags: list[AnsweredFlag] = Field(default_factory=list, title="signalements")


class Hint(_M):
    level: Literal[1, 2, 3] = Field(description="1 : l'élément à examiner ; 2 : l'article ; 3 : la réponse")
    text: str


class GradedItem(_M):
    """One item of the answer compared with the engine's result."""

    kind: ItemKind
    key: str = Field(description="stable identifier of the item (for hints and progress)")
    label: str = Field(description="the item in French, e.g. « art. 225-5 — bruno envers lou »")
    topic: str = Field(description="the article (qualification, principal) or « signalement <kind> »")
    verdict: Verdict
    expected: str | None = Field(None, description="the engine's answer for this item (status or article), None if absent")
    given: str | None = Field(None, description="the trainee's answer for this item, None if omitted")
    explanation: list[str] = Field(default_factory=list, description="the engine's explanation of the difference")
    hints: list[Hint] = Field(default_factory=list, description="hint ladder, level 1 to 3")


class ArticleScore(_M):
    topic: str
    correct: int
    total: int

    @property
    def rate(self) -> float:
        return self.correct / self.total if self.total else 1.0


class Grade(_M):
    case_id: str
    ruleset_version: str
    items: list[GradedItem]
    ignored: list[str] = Field(default_factory=list, description="answers not scored (exclusion of an unlisted offence)")
    correct: int
    total: int
    score: float = Field(ge=0, le=1)
    by_article: list[ArticleScore]

    def differences(self) -> list[GradedItem]:
        return [i for i in self.items if i.verdict != "juste"]
