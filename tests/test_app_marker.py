"""The ``app`` marker keeps AppTest out of ``make test-fast`` and cannot be forgotten (tests/plugins/app_marker.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "ui" / "app.py")


def test_an_apptest_without_the_marker_fails_naming_it() -> None:
    with pytest.raises(AssertionError, match=r"pytest\.mark\.app"):
        AppTest.from_file(APP)


@pytest.mark.app
def test_an_apptest_with_the_marker_is_built() -> None:
    assert isinstance(AppTest.from_file(APP), AppTest)


def test_every_module_that_starts_the_app_marks_it() -> None:
    """A module naming AppTest.from_file marks its tests ``app`` (module-wide or per test)."""
    here = Path(__file__).resolve().parent
    unmarked = [
        p.name
        for p in sorted(here.glob("test_*.py"))
        if p.name != Path(__file__).name and "AppTest.from_file" in (text := p.read_text()) and "mark.app" not in text
    ]
    assert not unmarked, unmarked
