"""The shape of a protection rule file (rules/protection/*.yaml): a flag or a victim's right.

Each alternative is a durable-rules pattern over the facts of rules/protection/facts.yaml, with
the status it gives (first matching alternative wins, so the strongest comes first) and a
French text. An alternative may be dated (``valid_from`` / ``valid_to``, for a subject that carries
the date of its facts): its text then names only the articles in force at that date (C. pén. 112-1).
Every rule cites sources whose quotes are checked against the shipped texts.
"""

import datetime as dt
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from engine.law.conditions import pattern_facts
from engine.law.rule_model import Pattern


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Citation(_M):
    ref: str = Field(min_length=3)
    file: str | None = Field(None, description="a file of rules/texts/ (with article) or rules/sources/")
    article: str | None = None
    quote: str | None = Field(None, min_length=10)


class Alternative(_M):
    when: Pattern
    status: str = Field(pattern=r"^[a-z_]+$")
    text: str = Field(min_length=10)
    valid_from: dt.date | None = Field(None, description="first day of the facts it applies to (the texts it names in force)")
    valid_to: dt.date | None = Field(None, description="last day of the facts it applies to")
    rests_on: list[str] = Field(
        default_factory=list,
        description="the offences its status rests on (ids, « id#circonstance » for one of their circumstances; the one "
        "its text names first): established, it cannot exceed "
        "their qualification of the subject's pair; to establish, it says what they lack as to the date of the facts",
    )

    established_on: Literal["first", "any"] = Field(
        "first",
        description="« to_establish » resting on offences: « established » when the first is (for a minor whose minority "
        "the client knew), or (« any ») as soon as any one of them is, none resting on that knowledge (a rape); "
        "« excluded » (with « any » only): excluded unless one of them is established",
    )

    def facts_read(self) -> tuple[str, ...]:
        """The facts its condition reads, in order (rule data: computed once)."""
        return self._read

    @cached_property
    def _read(self) -> tuple[str, ...]:
        return tuple(pattern_facts(self.when))


class Note(_M):
    """A sentence added to whatever text the rule gives a subject (its alternative's, or the one its bound makes)
    when its condition holds on the subject's facts (a minor client: the rules for minors)."""

    when: Pattern
    text: str = Field(min_length=10)

    def facts_read(self) -> tuple[str, ...]:
        return tuple(pattern_facts(self.when))


class ProtectionRule(_M):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    category: Literal["flag", "right"]
    kind: str = Field(pattern=r"^[a-z_]+$")
    subject: Literal["personne", "client"]
    label: str = Field(min_length=5)
    alternatives: list[Alternative] = Field(min_length=1)
    notes: list[Note] = Field(default_factory=list)
    minority_offences: list[str] = Field(
        default_factory=list,
        description="offences whose qualification makes a client flag « établi » only for a minor whose minority the "
        "client knew (established on a particular vulnerability, it is said beside); the others (a rape) make it so alone",
    )
    sources: list[Citation] = Field(min_length=1)
