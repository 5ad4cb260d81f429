"""What a derived fact rests on: case items (an act, a person, a link) with a French sentence each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.case import dates
from engine.case.labels import ACT_LABELS
from engine.case.model import Act
from engine.reasoning import case_memo


@dataclass(frozen=True)
class Evidence:
    """A case item a fact rests on: its id and a French sentence."""

    ref: str
    text: str


Result = tuple[bool | None, list[Evidence]]


def fr_date(day: date) -> str:
    return dates.fr(day)  # « 14/03/2023 », « mars 2023 », « 2023 »


def act_evidence(act: Act, extra: str = "") -> Evidence:
    """« acte A1 du 14/03/2023 : <its kind><extra> »: each act's many readings share one within a classification
    (a date of a month equals its first day, but is written otherwise: its precision is part of the key)."""
    day = act.date
    key = ("act_evidence", act.id, day, dates.precision(day), act.kind, extra)
    return case_memo.shared(key, lambda: Evidence(act.id, f"acte {act.id} {dates.fr_of(day)} : {ACT_LABELS[act.kind]}{extra}"))
