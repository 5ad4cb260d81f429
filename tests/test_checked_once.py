"""Checks of rule data run once for the same sources (engine/kernel/disk_cache.py ``checked``): the quotes of
rules/prescription.yaml and rules/participation.yaml are found in the shipped texts once per rules, texts and code,
the data the same."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from engine.kernel import disk_cache
from engine.kernel.errors import RuleFileError
from engine.reasoning import participation, prescription


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(disk_cache.ENV_VAR, str(tmp_path))
    return tmp_path


def test_a_check_passed_runs_again_only_on_other_sources(cache: Path) -> None:
    runs: list[int] = []
    disk_cache.checked("essai-", [b"a", b"b"], lambda: runs.append(1))
    disk_cache.checked("essai-", [b"a", b"b"], lambda: runs.append(2))
    assert runs == [1] and len(list(cache.glob("essai-*.json"))) == 1
    disk_cache.checked("essai-", [b"a", b"c"], lambda: runs.append(3))
    disk_cache.checked("essai-", [b"ab"], lambda: runs.append(4))  # the sources' bounds are hashed too
    assert runs == [1, 3, 4]


def test_a_failed_check_is_not_remembered(cache: Path) -> None:
    def fail() -> None:
        raise RuleFileError("rules/x.yaml", None, "faux")

    for _ in range(2):
        with pytest.raises(RuleFileError):
            disk_cache.checked("essai-", [b"a"], fail)
    assert not list(cache.glob("essai-*"))


def test_a_folder_that_cannot_be_written_checks_each_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "ro"
    locked.mkdir(mode=0o500)
    monkeypatch.setenv(disk_cache.ENV_VAR, str(locked))
    runs: list[int] = []
    try:
        for i in range(2):
            disk_cache.checked("essai-", [b"a"], lambda i=i: runs.append(i))
    finally:
        os.chmod(locked, 0o700)
    assert runs == [0, 1] or os.geteuid() == 0  # root writes anyway


def _read_twice(module: Any, read: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any, set[str]]:
    """``read()`` (a cached reading of ``module``) made twice, as two processes would: the two readings, equal and
    not the same, and the files its quotes were checked in (by the first one only)."""
    calls: list[str] = []
    real = module.contains_quote
    monkeypatch.setattr(module, "contains_quote", lambda *a: calls.append(a[0]) or real(*a))
    read.cache_clear()
    first = read()
    checked = set(calls)
    read.cache_clear()
    calls.clear()
    again = read()
    assert checked and calls == [] and again == first and again is not first
    return first, again, checked


def test_prescription_rules_checked_once_are_the_same(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        checked, again, quoted = _read_twice(prescription, prescription.prescription_rules, monkeypatch)
        assert len(list(cache.glob(f"{prescription.QUOTES_CHECKED}*.json"))) == 1
        assert any(item["articles"] != "from_minors" for item in again["history"]["lists_706_47"])
        assert quoted and quoted <= set(prescription._files(checked))
    finally:
        prescription.prescription_rules.cache_clear()


def _refused_once_edited(module: Any, read: Any, files: list[str], folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The quoted ``files`` of ``module`` edited (copies under ``folder``): its quotes are checked again, and a quote
    no longer found is refused."""
    assert files and all((module.TEXTS_DIR / f).is_file() for f in files)
    for f in files:
        (folder / f).parent.mkdir(parents=True, exist_ok=True)
        (folder / f).write_text("## Article 7\n\nautre chose\n", encoding="utf-8")
    monkeypatch.setattr(module, "TEXTS_DIR", folder)
    monkeypatch.setattr(module, "contains_quote", lambda *a: False)
    read.cache_clear()
    with pytest.raises(RuleFileError):
        read()


def test_prescription_quotes_checked_again_when_a_quoted_text_changes(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A quoted file is part of the sources: edited, the quotes are checked again (and a wrong one refused)."""
    prescription.prescription_rules.cache_clear()
    try:
        prescription.prescription_rules()
        files = sorted(set(prescription._files(prescription.prescription_rules())))
        _refused_once_edited(prescription, prescription.prescription_rules, files, cache / "textes", monkeypatch)
    finally:
        prescription.prescription_rules.cache_clear()


def test_participation_reading_checked_once_is_the_same(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """rules/participation.yaml: its quotes checked on a first reading, not on the next (the same reading, its quotes
    the file's), and again once a quoted text is no longer the shipped one (a wrong quote refused)."""
    try:
        first, _, quoted = _read_twice(participation, participation.reading, monkeypatch)
        assert quoted == {participation._CODE, participation._HISTORY} and first.forms
        files = [participation._CODE, participation._HISTORY]
        _refused_once_edited(participation, participation.reading, files, cache / "textes", monkeypatch)
    finally:
        participation.reading.cache_clear()
