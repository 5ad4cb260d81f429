"""Rule coverage: which elements, aggravations and protection alternatives no scenario exercises.

An element or aggravation is exercised when one of its ``+`` rules fired in some scenario; a
protection rule alternative, when it fired. `qualif rules --coverage` runs the Gherkin features
with an observer on the runtime and prints what was never exercised.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from engine.law.loader import load_rulebook
from engine.reasoning.compiler import Compiled, compile_rulebook

ROOT = Path(__file__).resolve().parents[2]


def expected_parts(compiled: Compiled) -> dict[str, set[str]]:
    """Part → the rule names any of which exercises it (consummated mode; attempts share elements)."""
    parts: dict[str, set[str]] = {}
    for name, meta in compiled.meta.items():
        if meta.polarity != "+" or meta.part in ("session", "established"):
            continue
        if meta.part == "protection":
            key = f"{meta.offence} alternative {meta.alternative}"
        else:
            key = f"{meta.offence}@{meta.version} {meta.part} {meta.part_id}"
        parts.setdefault(key, set()).add(name)
    return parts


def unexercised(fired: set[str], compiled: Compiled | None = None) -> list[str]:
    compiled = compiled or compile_rulebook(load_rulebook())
    return sorted(part for part, names in expected_parts(compiled).items() if not names & fired)


def run_features_and_report() -> int:
    """Run the feature scenarios with coverage recording, print the unexercised parts."""
    report = ROOT / ".pytest_cache" / "rule-coverage.json"
    report.parent.mkdir(exist_ok=True)
    env = {**os.environ, "QUALIF_COVERAGE_REPORT": str(report)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests/test_features.py", "-p", "no:randomly"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if not report.is_file():
        print(run.stdout[-2000:] + run.stderr[-2000:], file=sys.stderr)
        return 1
    data = json.loads(report.read_text(encoding="utf-8"))
    missing = unexercised(set(data["fired"]))
    print(
        f"{data['total']} éléments, circonstances et alternatives de protection ; {len(missing)} jamais exercés par un scénario"
    )
    for part in missing:
        print(f"  - {part}")
    return 0 if not missing else 1
