"""A date known to the day, the month or the year (engine.case.dates): « née en 2008 », « en mars 2023 ».

The user chooses the precision; the draft keeps it (``_<field>_precision``) with the year and month typed
(``_<field>_year``, ``_<field>_month``), keys the case never sees (ui/draft.py drops ``_`` keys), so switching
the precision, a rerun, an error or a language switch loses nothing. The field itself holds what the case
gets: ``2008``, ``2008-03`` or ``2008-03-14``. Widget keys are those of ui/form.py (the field's name, never
its label), re-seeded from the draft.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import streamlit as st

from ui import form as f
from ui import service
from ui.date_text import MONTHS, PRECISIONS, compose, precision_of
from ui.i18n import lang, t

_WORD = {"day": "date.jour", "month": "date.mois", "year": "date.annee"}


def _remember(target: dict[str, Any], field: str) -> None:
    """Keep the year and month of the field's value in the draft (seeds when the precision changes)."""
    value = target.get(field)
    text = value.isoformat() if isinstance(value, dt.date) else str(value or "")
    if re.match(r"^\d{4}(-\d{2})?", text):
        target[f"_{field}_year"] = int(text[:4])
        if len(text) >= 7:
            target[f"_{field}_month"] = int(text[5:7])
    if target.get(f"_{field}_precision") not in PRECISIONS:
        target[f"_{field}_precision"] = precision_of(text)


def partial_date(
    target: dict[str, Any], field: str, text: str, uid: str, problems: list[tuple[str, str]], path: str | None = None
) -> None:
    """A date with its precision: jour (a date picker), mois (year and month) or année (a year)."""
    _remember(target, field)
    pkey = f.key_of(uid, f"_{field}_precision")
    f._seed(pkey, target[f"_{field}_precision"])
    words = {p: t(_WORD[p]) for p in PRECISIONS}  # fixed at draw time, in the session's language
    st.radio(t("date.precision", champ=text), PRECISIONS, key=pkey, horizontal=True, format_func=words.__getitem__)
    precision = target[f"_{field}_precision"] = st.session_state[pkey]
    if precision == "day":
        f.date(target, field, text, uid, problems, path)
        return
    ykey = f.key_of(uid, f"_{field}_year")
    f._seed(ykey, target.get(f"_{field}_year"))
    st.number_input(
        t("date.annee_de", champ=text), key=ykey, value=None, min_value=service.MIN_YEAR, max_value=service.MAX_YEAR, step=1
    )
    target[f"_{field}_year"] = None if st.session_state[ykey] is None else int(st.session_state[ykey])
    if precision == "month":
        mkey = f.key_of(uid, f"_{field}_month")
        f._seed(mkey, target.get(f"_{field}_month"))
        names = MONTHS.get(lang(), MONTHS["fr"])
        st.selectbox(
            t("date.mois_de", champ=text),
            list(range(1, 13)),
            key=mkey,
            index=None,
            format_func=lambda m: names[m - 1],
            placeholder=t("form.choisir"),
        )
        target[f"_{field}_month"] = st.session_state[mkey]
    compose(target, field)
    f.errors(problems, path)
