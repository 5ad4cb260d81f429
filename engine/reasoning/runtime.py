"""The durable-rules bridge: one host per process, every call behind one lock.

durable-rules is not thread-safe (concurrent calls have crashed the process). Its ``Host`` also
starts two timer threads that dispatch rulesets in the background without any lock: Qualif uses
neither events nor timers, so :class:`_Host` does not start them. All access goes through
:meth:`Runtime.run`, which holds :attr:`Runtime.lock` from the first assert to ``delete_state``.
"""

from __future__ import annotations

import contextlib
import copy
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from durable import engine as dr

from engine.reasoning.compiler import RULESET, Compiled, RuleMeta


@dataclass(frozen=True)
class Firing:
    """One rule that fired for one situation: the raw provenance of every conclusion."""

    rule: str
    meta: RuleMeta
    key: str


class EngineFailure(RuntimeError):
    """durable-rules reported an error while deriving (never silently ignored)."""


class _Host(dr.Host):  # type: ignore[misc]
    def __init__(self, actions: Callable[[str], Callable[[Any], None]]):
        self._actions = actions
        super().__init__()

    def _run(self) -> None:  # no background dispatch threads: every call is ours, under the lock
        return None

    def get_action(self, action_name: str) -> Callable[[Any], None]:
        return self._actions(action_name)


class Runtime:
    """Owns the durable-rules host; :meth:`run` classifies one set of facts at a time."""

    lock = threading.Lock()  # one per process: durable-rules' C state is global
    def __init__(self, compiled: Compiled):
        self.observers: list[Callable[[list[Firing]], None]] = []  # called with each run's firings (rule coverage)
        self._meta = compiled.meta
        self._firings: list[Firing] = []
        self._errors: list[str] = []
        self._host = _Host(self._action)
        with Runtime.lock:
            self._host.set_rulesets({RULESET: copy.deepcopy(compiled.ruleset)})

    def _action(self, name: str) -> Callable[[Any], None]:
        meta = self._meta[name]

        def fire(c: Any) -> None:
            if meta.part == "session":
                return
            try:
                key = c.e0.key if meta.part == "established" else c.m.key
                self._firings.append(Firing(name, meta, key))
                if meta.part == "element" and meta.polarity == "+":
                    # already satisfied by another alternative: durable-rules keeps one fact and says so
                    with contextlib.suppress(dr.MessageObservedException):
                        c.assert_fact(
                            {"t": "el", "rule": f"{meta.offence}@{meta.version}@{meta.mode}", "e": meta.part_id, "key": key}
                        )
            except Exception as exc:  # durable-rules would swallow it: keep it and raise after the case
                self._errors.append(f"{name}: {exc!r}")

        return fire

    def run(self, facts: list[dict[str, Any]]) -> list[Firing]:
        """Assert the facts under a fresh session id, collect the firings, delete the session."""
        sid = uuid.uuid4().hex
        with Runtime.lock:
            self._firings, self._errors = [], []
            try:
                self._host.assert_fact(RULESET, {"t": "session", "sid": sid})
                for fact in facts:
                    try:
                        state = self._host.assert_fact(RULESET, {**fact, "sid": sid})
                    except dr.MessageNotHandledException:
                        continue  # no rule reads any of its known facts: nothing to derive
                    if isinstance(state, dict) and state.get("exception"):
                        self._errors.append(str(state["exception"]))
            finally:
                self._host.delete_state(RULESET, sid)
            if self._errors:
                raise EngineFailure("; ".join(self._errors))
            firings = list(self._firings)
        for observe in self.observers:
            observe(firings)
        return firings
