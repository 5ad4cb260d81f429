"""The installed dependencies are the pinned ones, and setuptools is 70 or later.

No vulnerability database can be reached from this machine (pip-audit finds none of the installed releases
through the registry's per-release JSON, and OSV does not resolve): the guard is a pinned, upgraded set.
After a pin changes, ``make`` reinstalls the venv (its stamp depends on pyproject.toml).
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^(?P<name>[A-Za-z0-9_.\-]+)==(?P<version>[A-Za-z0-9_.+\-]+)$")


def runtime_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {}
    for requirement in project["dependencies"]:
        match = PIN.match(requirement.replace(" ", ""))
        assert match, f"dépendance non épinglée à une version exacte : {requirement}"
        pins[match["name"]] = match["version"]
    return pins


def release(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def test_setuptools_is_70_or_later() -> None:
    installed = metadata.version("setuptools")
    assert release(installed) >= (70,), f"setuptools {installed} installé : 70 ou plus attendu (make réinstalle)"


@pytest.mark.parametrize(("name", "pinned"), sorted(runtime_pins().items()))
def test_each_runtime_dependency_is_installed_at_its_pin(name: str, pinned: str) -> None:
    try:
        installed = metadata.version(name)
    except metadata.PackageNotFoundError:
        pytest.fail(f"{name} n'est pas installé (épinglé à {pinned})")
    assert installed == pinned, f"{name} {installed} installé, {pinned} épinglé dans pyproject.toml (make réinstalle)"


def test_the_patched_releases_are_pinned() -> None:
    """At least the patch releases current when the set was upgraded (December 2026), and pydantic's core pinned too."""
    pins = runtime_pins()
    floors = {"pydantic": (2, 14, 4), "pydantic-core": (2, 50, 5), "PyYAML": (6, 0, 4)}
    assert {k: release(pins.get(k, "0")) >= floor for k, floor in floors.items()} == dict.fromkeys(floors, True), pins
    build = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    assert "setuptools>=70" in build
    assert "'setuptools>=70'" in (ROOT / "Makefile").read_text(encoding="utf-8")
