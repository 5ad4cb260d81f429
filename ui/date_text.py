"""Dates of the draft known to the day, the month or the year (« 2008 », « 2008-03 », « 2008-03-14 »): their
precision, how they read, and the value composed from the year and month typed (ui/partial_date.py)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ui import service

PRECISIONS = ("day", "month", "year")

MONTHS = {"fr": service.MONTHS_FR, "en": service.MONTHS_EN}  # engine.case.dates


def precision_of(value: Any) -> str:
    """The precision of a value of the draft: ``2008`` → year, ``2008-03`` → month, else day."""
    text = value.isoformat() if isinstance(value, dt.date) else str(value or "")
    return "year" if re.fullmatch(r"\d{4}", text) else "month" if re.fullmatch(r"\d{4}-\d{2}", text) else "day"


def compose(target: dict[str, Any], field: str) -> None:
    """The field's value from the precision chosen and the year (and month) typed; a day is the date widget's."""
    p = target.get(f"_{field}_precision")
    if p not in ("month", "year"):
        return
    year, month = target.get(f"_{field}_year"), target.get(f"_{field}_month")
    if year is None:
        target[field] = None
    elif p == "year":
        target[field] = f"{int(year):04d}"
    else:
        target[field] = None if month is None else f"{int(year):04d}-{int(month):02d}"
