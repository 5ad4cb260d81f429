"""Rule coverage: every encoded element, aggravation and protection alternative is exercised by a scenario.

Runs the Gherkin features in a subprocess with the coverage observer (as `qualif rules --coverage`
does) and fails on anything never exercised.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from engine.devtools.coverage import unexercised

ROOT = Path(__file__).resolve().parent.parent


def test_every_element_and_aggravation_is_exercised_by_a_scenario(tmp_path: Path) -> None:
    report = tmp_path / "coverage.json"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests/test_features.py"],
        cwd=ROOT,
        env={**os.environ, "QUALIF_COVERAGE_REPORT": str(report)},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    data = json.loads(report.read_text(encoding="utf-8"))
    missing = unexercised(set(data["fired"]))
    assert not missing, "jamais exercés par un scénario :\n" + "\n".join(missing)


def test_coverage_detects_what_is_not_fired() -> None:
    assert unexercised(set())  # nothing fired: everything is reported
