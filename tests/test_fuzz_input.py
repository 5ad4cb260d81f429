"""Fuzzing `qualif classify` with invalid files (issue 6/7, point 3): every one refused with exit 2, in
French, without a traceback, in bounded time and memory.

The files come from tests/bad_inputs.py (families: unknown keys, dates out of range, YAML bombs, deep
nesting, huge numbers, control characters, bad bytes…), each invalid by construction. They run in one
worker process (tests/fuzz_worker.py) capped at 2 GB of address space, each file with a 20 s alarm: the
caps are guards, the assertions ask for much less (2 s, 1 GB). The fast variant draws 200 files, the
slow one 2,000; both print their counts (families, exit codes, worst time and memory).
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.bad_inputs import FAMILIES, bad_file, english_lines
from tests.fuzz_worker import Worker

MAX_SECONDS, MAX_RSS_MB = 3.0, 1024  # asked of every file (the worker's caps, 20 s and 2 GB, are only guards)


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    w = Worker()
    yield w
    w.close()
    families = dict(sorted(w.files.items()))
    print(f"\nfuzz : {w.files.total()} fichiers, {len(families)} familles {families} ; sorties {dict(w.exits)} ; pire {w.worst}")


def assert_refused(result: dict[str, Any], family: str) -> None:
    where = f"[{family}] {result['stderr'][:500]!r}"
    assert result["rc"] == 2, where
    assert "Traceback" not in result["stderr"], where
    assert result["stderr"].startswith(("Dossier invalide :", "usage: qualif", "qualif classify : ")), where
    assert not english_lines(result["stderr"]), where
    assert result["stderr_len"] < 20_000 and result["stdout_len"] == 0, where
    assert result["seconds"] < MAX_SECONDS and result["maxrss_mb"] < MAX_RSS_MB, (where, result["seconds"], result["maxrss_mb"])


def _check(worker: Worker, tmp: Path, family: str, rnd: random.Random) -> None:
    family, suffix, data = bad_file(rnd, family)
    path = tmp / f"dossier{suffix}"
    path.write_bytes(data)
    result = worker.run(path)
    worker.files[family] += 1
    worker.exits[str(result["rc"])] += 1
    assert_refused(result, family)


_HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]


_FILES = {"family": st.sampled_from(FAMILIES), "rnd": st.randoms(use_true_random=False)}


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=_HEALTH)
@given(**_FILES)
def test_invalid_files_refused_in_french(worker: Worker, tmp_path: Path, family: str, rnd: random.Random) -> None:
    _check(worker, tmp_path, family, rnd)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None, database=None, suppress_health_check=_HEALTH)
@given(**_FILES)
def test_invalid_files_refused_in_french_2000(worker: Worker, tmp_path: Path, family: str, rnd: random.Random) -> None:
    _check(worker, tmp_path, family, rnd)


@pytest.mark.parametrize("kind", ["fifo", "folder", "device", "missing", "unreadable"])
def test_special_files_refused_before_reading(worker: Worker, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "dossier.json"
    if kind == "fifo":
        os.mkfifo(path)  # no writer: reading would block forever
    elif kind == "folder":
        path.mkdir()
    elif kind == "device":
        path.symlink_to("/dev/zero")  # endless
    elif kind == "unreadable":
        path.write_text("{}", encoding="utf-8")
        path.chmod(0)
        if os.access(path, os.R_OK):
            pytest.skip("exécuté en root : un fichier sans droits reste lisible")
    result = worker.run(path)
    worker.files[kind] += 1
    worker.exits[str(result["rc"])] += 1
    assert_refused(result, kind)
    assert "fichier illisible" in result["stderr"] or (kind == "folder" and "--batch" in result["stderr"])
