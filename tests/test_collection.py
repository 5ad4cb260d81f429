"""The cyclic collector is paused during a case and always resumes, whatever happens in the case."""

from __future__ import annotations

import gc
import threading

import pytest

from engine.api import get_engine, parse_case
from engine.kernel import collection


def test_paused_during_a_case_and_resumed_after_even_on_error() -> None:
    assert gc.isenabled()
    with collection.paused():
        assert not gc.isenabled()
        with collection.paused():  # nested (another case of another thread)
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collection.paused():
        raise ValueError
    assert gc.isenabled()
    get_engine().classify(parse_case({"id": "x", "persons": [{"id": "v", "roles": ["victime"]}], "acts": []}))
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    try:
        with collection.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_threads_resume_it_once_the_last_ends() -> None:
    inside, release = threading.Barrier(3), threading.Event()

    def case() -> None:
        with collection.paused():
            inside.wait()
            release.wait()

    threads = [threading.Thread(target=case) for _ in range(2)]
    for t in threads:
        t.start()
    inside.wait()
    assert not gc.isenabled()
    release.set()
    for t in threads:
        t.join()
    assert gc.isenabled()


def test_a_case_result_comes_and_goes_without_a_collection() -> None:
    engine = get_engine()
    assert gc.get_threshold()[0] >= collection.YOUNG
    data = {
        "id": "x",
        "persons": [{"id": "v", "roles": ["victime"], "birth_date": "2007-01-01"}, {"id": "a", "roles": ["mis_en_cause"]}],
        "acts": [],
    }
    data["acts"] = [{"id": "a1", "actor": "a", "target": "v", "kind": "recruter", "date": "2022-01-01"}]
    engine.classify(parse_case(data))
    runs: list[int] = []
    gc.callbacks.append(lambda phase, info: runs.append(info["generation"]) if phase == "start" else None)
    try:
        for _ in range(10):
            engine.classify(parse_case(data))
    finally:
        gc.callbacks.pop()
    assert runs == []
