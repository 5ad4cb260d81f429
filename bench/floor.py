"""The floor: the facts both stages of a classification asserted, replayed through durable-rules' bare C calls.

:class:`Floor` records, through :attr:`engine.reasoning.runtime.Runtime.recorders`, every text each run of the
engine asserted (stage 1: the situations, their probes and the el facts the actions derived; stage 2: the
protection subjects), in order, with the ruleset shards it went to; :meth:`Floor.replay` asserts them in a
persistent session of each shard of the same compiled rules, starts and completes every action, and retracts
them. No validation, no fact building, no JSON of our own, no reading of the firings: what no implementation on
durable-rules can avoid.
"""

from __future__ import annotations

from typing import Any

import durable_rules_engine as dre

from engine.reasoning.durable_session import NOT_HANDLED, Session

FLOOR_RULESET = "qualif_floor"  # a ruleset name of its own (shards: qualif_floor-1, …)


class Floor:
    """A second registration of the engine's compiled rules (each shard), with its own states, and the runs recorded."""

    def __init__(self, engine: Any):
        self.runtime = engine.runtime
        definitions = engine.compiled.definitions
        self.sessions = [Session(FLOOR_RULESET if i == 0 else f"{FLOOR_RULESET}-{i}", d) for i, d in enumerate(definitions)]
        self.runs: list[list[tuple[str, tuple[int, ...]]]] = []

    def __enter__(self) -> Floor:
        self.runtime.recorders.append(self.runs.append)
        return self

    def __exit__(self, *exc: object) -> None:
        self.runtime.recorders.remove(self.runs.append)

    def take(self) -> list[list[tuple[str, tuple[int, ...]]]]:
        """The runs recorded since the last call (one classification: its two stages)."""
        runs, self.runs[:] = list(self.runs), []
        return runs

    def replay(self, runs: list[list[tuple[str, tuple[int, ...]]]]) -> int:
        """Assert, fire and retract each run's texts in their shards, as the engine did; the number of actions run."""
        handles, fired = [s.handle for s in self.sessions], 0
        for texts in runs:
            stored = []
            for text, shards in texts:
                for shard in shards:
                    handle = handles[shard]
                    code, state = dre.assert_fact(handle, text)
                    if code == NOT_HANDLED:
                        continue
                    stored.append((handle, text))
                    message = (dre.start_action_for_state(handle, state) or (None, None))[1]
                    while message is not None:
                        fired += 1
                        message = dre.complete_and_start_action(handle, state)
            for handle, text in stored:
                dre.retract_fact(handle, text)
        return fired
