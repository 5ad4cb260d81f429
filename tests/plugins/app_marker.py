"""The ``app`` marker: tests that drive the Streamlit app through AppTest (about a third of the fast loop's
time) run in ``make test`` only, like ``slow`` and ``browser`` ones.

The rule enforces itself: an AppTest started by a test without the marker fails that test, naming the
marker, so a new UI test cannot slip into ``make test-fast`` unnoticed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest


@pytest.fixture(autouse=True)
def _apptest_needs_the_app_marker(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if request.node.get_closest_marker("app") is None:

        def refused(cls: type[AppTest], *args: Any, **kwargs: Any) -> AppTest:
            raise AssertionError("ce test lance l'application (AppTest) : marquez-le @pytest.mark.app")

        monkeypatch.setattr(AppTest, "from_file", classmethod(refused))
    yield

