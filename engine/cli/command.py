"""The `qualif` script (``[project.scripts]``): the command line, the cyclic collector off from its first import."""

from __future__ import annotations

import gc


def main() -> int:
    """A one-shot command builds the case model's classes and the rules, many objects and no garbage: the collector
    would only scan them (about a tenth of `qualif classify FILE`); the long-lived commands turn it on again
    (engine/cli/main.py ``_run``)."""
    gc.disable()
    from engine.cli.main import finish
    from engine.cli.main import main as run

    return finish(run())
