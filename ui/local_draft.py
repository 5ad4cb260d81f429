"""The unsaved draft kept on this machine (engine/storage/drafts.py, in the local SQLite file) under a random id
held in the page's URL (``?draft=…``): a reload of the browser tab finds the case being typed.

Written only when it changed since the last write; deleted when the case is saved to the library or a
new case is started. A busy, full or read-only library never stops the page: the draft stays in the session,
the reason is kept under :data:`FAULT_KEY` (shown in the sidebar) and writes pause for :data:`RETRY_S` seconds
(a busy file would otherwise cost its wait on every run). Errors are logged by type only, never with the content.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from typing import Any

import streamlit as st

from ui import draft as b
from ui.service import StorageFault, drafts

PARAM = "draft"  # the URL's query parameter
ID_KEY, WRITTEN_KEY = "draft_id", "_draft_written"
FAULT_KEY, PAUSE_KEY = "_draft_fault", "_draft_pause_until"
RETRY_S = 15.0
log = logging.getLogger("qualif.ui")


def _fault(exc: Exception) -> None:
    """Note why the draft could not be kept (a storage fault's French reason; other errors by type only)."""
    log.warning("brouillon local non écrit : %s", type(exc).__name__)
    st.session_state[FAULT_KEY] = str(exc) if isinstance(exc, StorageFault) else type(exc).__name__
    st.session_state[PAUSE_KEY] = time.monotonic() + RETRY_S


def _content() -> dict[str, Any]:
    ss = st.session_state
    return {"case": b.to_case_dict(ss["draft"]), "origin": ss.get("origin"), "library_id": ss.get("library_id")}


def _text() -> str:
    return json.dumps(_content(), ensure_ascii=False, sort_keys=True)


def _restore(stored: dict[str, Any]) -> bool:
    try:
        st.session_state["draft"] = b.from_case_dict(stored["case"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    for key in ("origin", "library_id"):
        if stored.get(key) is not None:
            st.session_state[key] = stored[key]
    return True


def start() -> None:
    """At the top of every run: a new session takes the URL's draft back (if kept), else a new id;
    the id is (re)written into the URL (page changes clear it); a changed draft is written."""
    ss = st.session_state
    if ID_KEY not in ss:
        wanted = st.query_params.get(PARAM)
        stored = None
        if drafts.valid_id(wanted):
            try:
                stored = drafts.load(str(wanted))
            except (sqlite3.Error, ValueError, StorageFault) as exc:
                log.warning("brouillon local illisible : %s", type(exc).__name__)
        restored = stored is not None and _restore(stored)
        ss[ID_KEY] = str(wanted) if restored else drafts.new_id()
        ss.setdefault("draft", b.new_draft())
        ss[WRITTEN_KEY] = _text()
    if st.query_params.get(PARAM) != ss[ID_KEY]:
        st.query_params[PARAM] = ss[ID_KEY]
    keep()


def keep() -> None:
    """Write the draft if it changed since the last write (also called at the end of the entry page)."""
    ss = st.session_state
    if ID_KEY not in ss or "draft" not in ss:
        return
    text = _text()
    if text == ss.get(WRITTEN_KEY) or time.monotonic() < ss.get(PAUSE_KEY, 0.0):
        return
    try:
        drafts.save(ss[ID_KEY], json.loads(text))
        ss[WRITTEN_KEY] = text
        ss.pop(FAULT_KEY, None)
    except (sqlite3.Error, ValueError, StorageFault) as exc:
        _fault(exc)


def forget() -> None:
    """The draft is saved to the library, or replaced by a new case: the kept copy is deleted, and the
    current draft counts as written (it is rewritten at its next change)."""
    ss = st.session_state
    if ID_KEY not in ss:
        return
    try:
        drafts.delete(ss[ID_KEY])
    except (sqlite3.Error, ValueError, StorageFault) as exc:  # kept on disk until it is purged (MAX_AGE_DAYS)
        log.warning("brouillon local non supprimé : %s", type(exc).__name__)
    if "draft" in ss:
        ss[WRITTEN_KEY] = _text()
