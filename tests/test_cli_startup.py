"""What `qualif` imports at start-up (engine/cli/main.py): pydantic's plugin loader stands in as « no plugin » only when
every plugin is disabled (the command's default), the real one otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import sys, engine.cli.main, engine.case.model\n"
    "from pydantic.plugin import _loader\n"
    "print('importlib.metadata' in sys.modules, list(_loader.get_plugins()), hasattr(_loader, 'entry_points'))"
)


def _probe(plugins: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"} | {"PYTHONPATH": str(ROOT)}
    if plugins is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = plugins
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@pytest.mark.parametrize("plugins", [None, "__all__"])
def test_all_plugins_disabled_imports_no_package_metadata(plugins: str | None) -> None:
    assert _probe(plugins) == "False [] False"


def test_some_plugins_disabled_keeps_pydantic_s_loader() -> None:
    metadata, _, real = _probe("some_plugin").partition(" [")
    assert metadata == "True" and real.endswith("True")
