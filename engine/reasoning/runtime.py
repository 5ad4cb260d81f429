"""The durable-rules bridge: one session per ruleset shard, every call behind one lock.

durable-rules is not thread-safe (concurrent calls have crashed the process): all access goes through
:meth:`Runtime.run`, which holds :attr:`Runtime.lock` from the first assert to the last retract. The compiled
rules come in one or more shards (engine/reasoning/compiler.py: a ruleset holds at most 4,096 rules), each
registered with its one session (engine/reasoning/durable_session.py). A run asserts each of its facts in
every shard with a rule reading its type, and each derived ``el`` fact in the shard whose rule derived it
(the rules joining on it are there), one fact after the other in the order they come, the shards in their
order; it runs the actions they trigger, and retracts every fact it asserted — those of the actions too —
from each shard, so that no run ever sees another's facts, even one interrupted half-way; a session found
not empty afterwards is replaced.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from typing import Any, NamedTuple

from engine.reasoning.compiler import RULESET, Compiled, RuleMeta
from engine.reasoning.durable_session import MAX_FACTS, NOT_HANDLED, OBSERVED, SID, DurableError, Session

# an action's message: {"<rule>":{"<first variable>":{"id": "<n>", … — the fact texts are ours, id first
# json.dumps(…, ensure_ascii=False), the same text, without an encoder made per call
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_HEAD = re.compile(r'\{"([^"\\]+)":\{"\w+":\{"id": "(\d+)"')


class Firing(NamedTuple):
    """One rule that fired for one situation: the raw provenance of every conclusion."""

    rule: str
    meta: RuleMeta
    key: str


class EngineFailure(RuntimeError):
    """durable-rules reported an error while deriving (never silently ignored)."""


class _Run:
    """The facts of one run: every text asserted, in order, with the shards it goes to (``asserted``: those of
    the caller, then the el facts the actions derive), those stored in each shard (``texts``, to retract them),
    their keys by id, the el facts already derived."""

    def __init__(self, shards: int) -> None:
        self.asserted: list[tuple[str, tuple[int, ...]]] = []
        self.texts: list[list[str]] = [[] for _ in range(shards)]
        self.keys: list[str] = []
        self.els: set[tuple[str, str]] = set()  # (el fact's middle, key)
        self.firings: list[Firing] = []
        self.errors: list[str] = []

    def text(self, fact: dict[str, Any]) -> str:
        """The fact as durable-rules stores it, with the next id (all the facts of a run are distinct, in
        every shard)."""
        return _ENCODE({"id": self._next(str(fact.get("key", ""))), "sid": SID, **fact})

    def el_text(self, el: str, key: str) -> str:
        """:meth:`text` of ``{"t": "el", "rule": …, "e": …, "key": key}``, ``el`` being its encoded middle
        (:func:`_el_middle`)."""
        return f'{{"id": "{self._next(key)}", "sid": "{SID}", {el}, "key": {_ENCODE(key)}}}'

    def _next(self, key: str) -> str:
        """The next fact's id, ``key`` being its key."""
        n = len(self.keys)
        if n >= MAX_FACTS:
            raise EngineFailure(f"Dossier trop volumineux pour le moteur : plus de {MAX_FACTS} faits dans une même analyse.")
        self.keys.append(key)
        return str(n)


def _el_middle(meta: RuleMeta) -> str:
    """The fields of the ``el`` fact a positive element rule derives, between its id and its key, as ``_ENCODE``
    writes them."""
    return _ENCODE({"t": "el", "rule": f"{meta.offence}@{meta.version}@{meta.mode}", "e": meta.part_id})[1:-1]


class Runtime:
    """Owns the durable-rules sessions (one per shard); :meth:`run` classifies one set of facts at a time."""

    lock = threading.Lock()  # one per process: durable-rules' C state is global

    def __init__(self, compiled: Compiled):
        self.observers: list[Callable[[list[Firing]], None]] = []  # called with each run's firings (rule coverage)
        # called with the texts each run asserted, in order, and their shards (bench/floor.py replays them through
        # the bare C calls)
        self.recorders: list[Callable[[list[tuple[str, tuple[int, ...]]]], None]] = []
        self._meta = compiled.meta
        self._compiled = compiled
        self._targets: dict[object, tuple[int, ...]] = {}  # fact type → the shards reading it
        self._els: dict[str, str] = {}  # positive element rule → the el fact it derives (``_el_middle``), once seen
        with Runtime.lock:
            self._sessions = [
                Session(RULESET if i == 0 else f"{RULESET}-{i}", text) for i, text in enumerate(compiled.definitions)
            ]

    def run(self, facts: list[dict[str, Any]]) -> list[Firing]:
        """Assert the facts, collect the firings, retract every fact the run asserted."""
        with Runtime.lock:
            run = _Run(len(self._sessions))
            try:
                run.asserted.extend((run.text(f), self._shards_reading(f.get("t"))) for f in facts)
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
        """Facts held by the sessions (zero between runs)."""
        with Runtime.lock:
            return sum(len(session.facts()) for session in self._sessions)

    def close(self) -> None:
        """Free the durable-rules rulesets and states (the runtime is not used again)."""
        with Runtime.lock:
            for session in self._sessions:
                session.close()
            self._sessions = []

    def renew_session(self) -> None:
        """New durable-rules states, as a freshly built engine has (tests compare runs against it)."""
        with Runtime.lock:
            for session in self._sessions:
                session.renew()

    def _shards_reading(self, fact_type: object) -> tuple[int, ...]:
        found = self._targets.get(fact_type) if isinstance(fact_type, str) else None
        if found is None:
            found = self._compiled.shards_reading(fact_type)
            if isinstance(fact_type, str):
                self._targets[fact_type] = found
        return found

    def _derive(self, run: _Run) -> None:
        asserted, i = run.asserted, 0
        while i < len(asserted):  # the actions append el facts to it as they fire
            text, shards = asserted[i]
            i += 1
            for shard in shards:
                session = self._sessions[shard]
                code, state = session.assert_fact(text)
                if code == NOT_HANDLED:
                    continue  # no rule of the shard reads any of its known facts: nothing to derive, nothing stored
                if code == OBSERVED:  # not stored: the fact of the same hash stays, retracted by its own text
                    raise EngineFailure(
                        "durable-rules a confondu deux faits distincts (même empreinte d'identité) : analyse interrompue."
                    )
                run.texts[shard].append(text)
                for message in session.actions(state):
                    try:
                        self._fire(run, message, shard)
                    except Exception as exc:  # kept, and raised once the session is clean (the rule, not the facts)
                        run.errors.append(f"{message.split(chr(34), 2)[1]}: {exc!r}")

    def _fire(self, run: _Run, message: str, shard: int) -> None:
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
            if (middle := self._els.get(name)) is None:
                middle = self._els[name] = _el_middle(meta)
            if (middle, key) not in run.els:  # already satisfied by another alternative: one el fact, in its shard
                run.els.add((middle, key))
                run.asserted.append((run.el_text(middle, key), (shard,)))

    def _clean(self, run: _Run) -> None:
        """Retract every fact of the run from each shard, then check that each session is empty; renew one that
        is not. Every shard is cleaned, even after a failure in another (raised once all are done)."""
        failure: BaseException | None = None
        for session, texts in zip(self._sessions, run.texts, strict=True):
            try:
                session.clear(texts)
                if session.facts_text() == "[]":
                    continue
                if LEFT_BEHIND not in run.errors:
                    run.errors.append(LEFT_BEHIND)
            except BaseException as exc:
                session.dispatching = None
                failure = failure or exc
            session.renew()
        if failure is not None:
            raise failure


LEFT_BEHIND = "des faits restaient dans la session après l'analyse"
