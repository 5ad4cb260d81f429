"""What a derived fact rests on: case items (an act, a person, a link) with a French sentence each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.case import dates
from engine.case.labels import ACT_LABELS
from engine.case.model import Act


@dataclass(frozen=True)
class Evidence:
    """A case item a fact rests on: its id and a French sentence."""

    ref: str
    text: str


Result = tuple[bool | None, list[Evidence]]


def fr_date(day: date) -> str:
    return dates.fr(day)  # « 14/03/2023 », « mars 2023 », « 2023 »


def act_evidence(act: Act, extra: str = "") -> Evidence:
    return Evidence(act.id, f"acte {act.id} {dates.fr_of(act.date)} : {ACT_LABELS[act.kind]}{extra}")
