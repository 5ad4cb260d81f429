"""One durable-rules ruleset and its one session, driven through the C module ``durable_rules_engine``.

durable's Python ``Host`` only wraps these calls in JSON round trips, closures and timer threads; Qualif needs
none of them. The session (one ``sid``) is created once: a new state costs milliseconds per thousand rules,
so each run retracts its facts instead (:class:`engine.reasoning.runtime.Runtime`). Not thread-safe: the
caller holds the lock.

Fact identity: durable-rules stores a fact under the 32-bit FNV-1a hash of its ``id`` field (of its content
when it has none) and refuses a second fact of the same hash as « already observed ». The ids given here are
the decimal strings ``0`` … ``MAX_FACTS - 1``, whose hashes are all distinct (checked by the tests).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import durable_rules_engine as dre

SID = "qualif"
NOT_HANDLED, OBSERVED = 1, 2  # durable-rules' result codes (0: handled)
MAX_FACTS = 797_186  # "40189" and "797186" are the first two decimal ids whose hashes collide
DurableError: type[Exception] = dre.error


def fnv1a32(text: str) -> int:
    """The hash durable-rules identifies a fact by (state.c ``fnv1Hash32`` of the id)."""
    value = 2166136261
    for byte in text.encode():
        value = ((value ^ byte) * 16777619) & 0xFFFFFFFF
    return value


class Session:
    """The compiled rules registered once in the C core, and the single state every run uses."""

    def __init__(self, name: str, definition: str):
        """``definition``: the rules as JSON text (:attr:`engine.reasoning.compiler.Compiled.definition`)."""
        self.handle: int = dre.create_ruleset(name, definition)
        self.dispatching: int | None = None  # the state whose action is started and not completed
        self.open()

    def open(self) -> None:
        """Create the state: a first fact (handled by the session rule), retracted at once."""
        fact = json.dumps({"id": "session", "sid": SID, "t": "session"})
        _, state = dre.assert_fact(self.handle, fact)
        for _ in self.actions(state):
            pass
        dre.retract_fact(self.handle, fact)

    def renew(self) -> None:
        """A new state in place of the current one (which must hold no fact and no action in progress)."""
        dre.delete_state(self.handle, SID)
        self.open()

    def close(self) -> None:
        """Free the state and the ruleset (the session is not used again)."""
        dre.delete_state(self.handle, SID)
        dre.delete_ruleset(self.handle)

    def clear(self, texts: list[str]) -> None:
        """Retract these facts and finish an action left in progress: the state is as before them."""
        for text in texts:
            dre.retract_fact(self.handle, text)
        while self.dispatching is not None:  # its facts are gone: no other action can start
            state = self.dispatching
            if dre.complete_and_start_action(self.handle, state) is None:
                self.dispatching = None

    def assert_fact(self, text: str) -> tuple[int, int]:
        """(result code, state handle)."""
        code, state = dre.assert_fact(self.handle, text)
        return code, state

    def retract_fact(self, text: str) -> None:
        dre.retract_fact(self.handle, text)

    def actions(self, state: int) -> Iterator[str]:
        """Each pending action's message in turn; the next one starts when the caller asks for it."""
        started = dre.start_action_for_state(self.handle, state)
        message: str | None = started[1] if started else None
        while message is not None:
            self.dispatching = state
            yield message
            message = dre.complete_and_start_action(self.handle, state)
        self.dispatching = None

    def facts(self) -> list[dict[str, Any]]:
        """Every fact the session holds (none between runs)."""
        found: list[dict[str, Any]] = json.loads(self.facts_text())
        return found

    def facts_text(self) -> str:
        """The same, as durable-rules writes it (``[]`` when empty)."""
        text: str = dre.get_facts(self.handle, SID)
        return text
