"""Checks of rule data run once for the same sources (engine/kernel/disk_cache.py ``checked``): the quotes of
rules/prescription.yaml are found in the shipped texts once per rules, texts and code, the data the same."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from engine.kernel import disk_cache
from engine.kernel.errors import RuleFileError
from engine.reasoning import prescription


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


def test_prescription_rules_checked_once_are_the_same(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prescription.prescription_rules.cache_clear()
    calls: list[str] = []
    real = prescription.contains_quote
    monkeypatch.setattr(prescription, "contains_quote", lambda *a: calls.append(a[0]) or real(*a))
    try:
        checked = prescription.prescription_rules()
        assert calls and len(list(cache.glob(f"{prescription.QUOTES_CHECKED}*.json"))) == 1
        quoted = set(calls)  # every file a check read is one of the sources
        prescription.prescription_rules.cache_clear()
        calls.clear()
        again = prescription.prescription_rules()
        assert calls == [] and again == checked and again is not checked
        assert any(item["articles"] != "from_minors" for item in again["history"]["lists_706_47"])
        assert quoted and quoted <= set(prescription._files(checked))
    finally:
        prescription.prescription_rules.cache_clear()


def test_prescription_quotes_checked_again_when_a_quoted_text_changes(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A quoted file is part of the sources: edited, the quotes are checked again (and a wrong one refused)."""
    prescription.prescription_rules.cache_clear()
    try:
        prescription.prescription_rules()
        files = sorted(set(prescription._files(prescription.prescription_rules())))
        assert files and all((prescription.TEXTS_DIR / f).is_file() for f in files)
        texts = cache / "textes"
        for f in files:
            (texts / f).parent.mkdir(parents=True, exist_ok=True)
            (texts / f).write_text("## Article 7\n\nautre chose\n", encoding="utf-8")
        monkeypatch.setattr(prescription, "TEXTS_DIR", texts)
        monkeypatch.setattr(prescription, "contains_quote", lambda *a: False)
        prescription.prescription_rules.cache_clear()
        with pytest.raises(RuleFileError):
            prescription.prescription_rules()
    finally:
        prescription.prescription_rules.cache_clear()
