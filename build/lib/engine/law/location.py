"""Where the rule data lives: ``$QUALIF_RULES``, else the ``rules/`` folder of a source checkout, else the
copy installed with the package (import name ``qualif_rules``, see pyproject.toml)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

ENV_VAR = "QUALIF_RULES"
_CHECKOUT = Path(__file__).resolve().parents[2]


def _installed(package: str) -> Path | None:
    """The folder of an installed data package (a namespace package: no __init__.py among the rules)."""
    spec = importlib.util.find_spec(package)
    for location in (spec.submodule_search_locations or []) if spec else []:
        if Path(location).is_dir():
            return Path(location)
    return None


def rules_dir() -> Path:
    """The folder holding ``facts.yaml``, ``offences/``, ``protection/``, ``shared/``, ``texts/``."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    if (_CHECKOUT / "rules" / "facts.yaml").is_file():
        return _CHECKOUT / "rules"
    installed = _installed("qualif_rules")
    if installed is None:
        raise FileNotFoundError("données des règles introuvables : définir QUALIF_RULES ou réinstaller qualif")
    return installed


def training_dir() -> Path:
    """The folder of the practical cases (``training/cases`` in a checkout, ``qualif_training`` installed)."""
    if (_CHECKOUT / "training" / "cases").is_dir():
        return _CHECKOUT / "training" / "cases"
    installed = _installed("qualif_training")
    return installed if installed is not None else _CHECKOUT / "training" / "cases"
