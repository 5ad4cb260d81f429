"""The durable-rules bridge: one session per engine, every call behind one lock.

durable-rules is not thread-safe (concurrent calls have crashed the process): all access goes through
:meth:`Runtime.run`, which holds :attr:`Runtime.lock` from the first assert to the last retract. A run
asserts its facts in the engine's one session (engine/reasoning/durable_session.py), runs the actions they
trigger, and retracts every fact it asserted — those of the actions too — so that no run ever sees
another's facts, even one interrupted half-way; a session found not empty afterwards is replaced.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from engine.reasoning.compiler import RULESET, Compiled, RuleMeta
from engine.reasoning.durable_session import MAX_FACTS, NOT_HANDLED, OBSERVED, SID, DurableError, Session

# an action's message: {"<rule>":{"<first variable>":{"id": "<n>", … — the fact texts are ours, id first
_HEAD = re.compile(r'\{"([^"\\]+)":\{"\w+":\{"id": "(\d+)"')


@dataclass(frozen=True)
class Firing:
    """One rule that fired for one situation: the raw provenance of every conclusion."""

    rule: str
    meta: RuleMeta
    key: str


class EngineFailure(RuntimeError):
    """durable-rules reported an error while deriving (never silently ignored)."""


class _Run:
    """The facts of one run: every text asserted, in order (``asserted``: those of the caller, then the el facts
    the actions derive), those stored (``texts``, to retract them), their keys by id, the el facts already derived."""

    def __init__(self) -> None:
        self.asserted: list[str] = []
        self.texts: list[str] = []
        self.keys: list[str] = []
        self.els: set[tuple[str, str, str]] = set()
        self.firings: list[Firing] = []
        self.errors: list[str] = []

    def text(self, fact: dict[str, Any]) -> str:
        """The fact as durable-rules stores it, with the next id (all the facts of a run are distinct)."""
        n = len(self.keys)
        if n >= MAX_FACTS:
            raise EngineFailure(f"Dossier trop volumineux pour le moteur : plus de {MAX_FACTS} faits dans une même analyse.")
        self.keys.append(str(fact.get("key", "")))
        return json.dumps({"id": str(n), "sid": SID, **fact}, ensure_ascii=False)


class Runtime:
    """Owns the durable-rules session; :meth:`run` classifies one set of facts at a time."""

    lock = threading.Lock()  # one per process: durable-rules' C state is global

    def __init__(self, compiled: Compiled):
        self.observers: list[Callable[[list[Firing]], None]] = []  # called with each run's firings (rule coverage)
        # called with the texts each run asserted, in order (bench/floor.py replays them through the bare C calls)
        self.recorders: list[Callable[[list[str]], None]] = []
        self._meta = compiled.meta
        with Runtime.lock:
            self._session = Session(RULESET, compiled.definition)

    def run(self, facts: list[dict[str, Any]]) -> list[Firing]:
        """Assert the facts, collect the firings, retract every fact the run asserted."""
        with Runtime.lock:
            run = _Run()
            try:
                run.asserted.extend(run.text(f) for f in facts)
                self._derive(run)
            except DurableError as exc:
                raise EngineFailure(f"durable-rules a signalé une erreur pendant la dérivation : {exc}") from exc
            finally:
                self._clean(run)
            if run.errors:
                raise EngineFailure("; ".join(run.errors))
        for observe in self.observers:
            observe(run.firings)
        for record in self.recorders:
            record(run.asserted)
        return run.firings

    def fact_count(self) -> int:
        """Facts held by the session (zero between runs)."""
        with Runtime.lock:
            return len(self._session.facts())

    def renew_session(self) -> None:
        """A new durable-rules state, as a freshly built engine has (tests compare runs against it)."""
        with Runtime.lock:
            self._session.renew()

    def _derive(self, run: _Run) -> None:
        session, asserted, i = self._session, run.asserted, 0
        while i < len(asserted):  # the actions append el facts to it as they fire
            text = asserted[i]
            i += 1
            code, state = session.assert_fact(text)
            if code == NOT_HANDLED:
                continue  # no rule reads any of its known facts: nothing to derive, nothing stored
            if code == OBSERVED:  # not stored: the fact of the same hash stays, retracted by its own text
                raise EngineFailure(
                    "durable-rules a confondu deux faits distincts (même empreinte d'identité) : analyse interrompue."
                )
            run.texts.append(text)
            for message in session.actions(state):
                try:
                    self._fire(run, message)
                except Exception as exc:  # kept, and raised once the session is clean (the rule, not the facts)
                    run.errors.append(f"{message.split(chr(34), 2)[1]}: {exc!r}")

    def _fire(self, run: _Run, message: str) -> None:
        head = _HEAD.match(message)
        if head:
            name, key = head[1], run.keys[int(head[2])]
        else:  # a rule name with escapes: read the whole message
            name, matched = next(iter(json.loads(message).items()))
            key = run.keys[int(next(iter(matched.values()))["id"])]
        meta = self._meta[name]
        if meta.part == "session":
            return
        run.firings.append(Firing(name, meta, key))  # joined facts share the situation's key
        if meta.part == "element" and meta.polarity == "+":
            el = (f"{meta.offence}@{meta.version}@{meta.mode}", meta.part_id, key)
            if el not in run.els:  # already satisfied by another alternative: one el fact
                run.els.add(el)
                run.asserted.append(run.text({"t": "el", "rule": el[0], "e": el[1], "key": key}))

    def _clean(self, run: _Run) -> None:
        """Retract every fact of the run, then check that the session is empty; renew it if it is not."""
        try:
            self._session.clear(run.texts)
            if self._session.facts_text() == "[]":
                return
            run.errors.append("des faits restaient dans la session après l'analyse")
        except BaseException:
            self._session.dispatching = None
            self._session.renew()
            raise
        self._session.renew()
