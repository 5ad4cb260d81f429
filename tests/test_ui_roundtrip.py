"""Property (hypothesis) over the whole entry path: any case the engine accepts, loaded into the form, exported
without change, parses back to an equal case (``to_json_dict()`` of both).

Cases are generated from the case model (engine/case/model.py): every field of every model, each
three-valued fact oui / non / inconnu, dates, lists, free text. Many examples through the draft alone
(``brouillon.from_case_dict`` → ``to_case_dict``), fewer through the real widgets of the entry page
(``streamlit.testing.v1.AppTest``: loaded, drawn, a rerun, a language switch, exported).
"""

from __future__ import annotations

import datetime as dt
import sys
import typing
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import yaml
from budget import examples
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the ui package

from streamlit.testing.v1 import AppTest  # noqa: E402

from engine.api import parse_case  # noqa: E402
from engine.case.model import (  # noqa: E402
    Act,
    Case,
    Finding,
    Knowledge,
    Participation,
    ParticipationKind,
    Person,
    Relationship,
    Role,
    Statement,
    VictimConduct,
)
from engine.kernel.errors import CaseInputError  # noqa: E402
from engine.law.vocabulary import vocabulary  # noqa: E402
from ui import draft as b  # noqa: E402

pytestmark = pytest.mark.app  # drives the app through AppTest: `make test` only (tests/plugins/app_marker.py)

APP = ROOT / "ui" / "app.py"
PIDS = ("v", "w", "a", "c")
TEXT = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=12)
DATES = {  # ranges chosen so that most generated cases are coherent (acts after births, within the period)
    "birth_date": (dt.date(1940, 1, 1), dt.date(2012, 12, 31)),
    "arrival_in_france": (dt.date(2013, 1, 1), dt.date(2023, 12, 31)),
    "age_reference_date": (dt.date(2014, 1, 1), dt.date(2023, 12, 31)),
    "period_start": (dt.date(2010, 1, 1), dt.date(2014, 12, 31)),
    "period_end": (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    "date": (dt.date(2015, 1, 1), dt.date(2023, 12, 31)),
    "end_date": (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
}
AGE_FIELDS = ("birth_date", "age", "age_min", "age_max")
REFERENCES = {"actor", "target", "person", "other", "about", "perpetrator", "victim", "by"}


def _bounds(info: Any) -> tuple[int, int]:
    low, high = 0, 3650
    for item in info.metadata:
        low = getattr(item, "ge", low) if getattr(item, "ge", None) is not None else low
        high = getattr(item, "le", high) if getattr(item, "le", None) is not None else high
    return low, high


def _value(name: str, info: Any) -> st.SearchStrategy[Any]:
    """A value for one model field, from its annotation."""
    kind = info.annotation
    args = [a for a in typing.get_args(kind) if a is not type(None)]
    optional = type(None) in typing.get_args(kind)
    base = args[0] if optional and args else kind
    if name in REFERENCES:
        return st.sampled_from(PIDS)
    if name == "co_actors":  # persons, or [] (committed alone)
        return st.lists(st.sampled_from(PIDS), unique=True, max_size=2)
    if name == "same_facts_as":  # another act of the case
        return st.sampled_from(("x0", "x1", "x2"))
    if base is bool and optional:  # Tri: oui / non / inconnu
        return st.sampled_from([True, False, None])
    if base is bool:
        return st.booleans()
    if base is int:
        low, high = _bounds(info)
        return st.integers(low, high)
    if name in DATES:  # the case model's Date fields (a date within MIN_YEAR–MAX_YEAR)
        low_day, high_day = DATES[name]
        return st.dates(low_day, high_day).map(dt.date.isoformat)
    if isinstance(base, type) and issubclass(base, Enum):
        return st.sampled_from([m.value for m in base])
    origin = typing.get_origin(base)
    if origin is list:
        (inner,) = typing.get_args(base)
        if isinstance(inner, type) and issubclass(inner, BaseModel):  # participation: items of their own, not drawn
            return st.just([])
        return st.lists(st.sampled_from([m.value for m in inner]), unique=True, max_size=3)
    return TEXT


@st.composite
def item(draw: st.DrawFn, model: type[BaseModel], fixed: dict[str, Any]) -> dict[str, Any]:
    """An item of ``model``: its required fields, and any of its optional ones."""
    out = dict(fixed)
    for name, info in model.model_fields.items():
        if name in out or name in AGE_FIELDS:
            continue
        if info.is_required() or draw(st.booleans()):
            out[name] = draw(_value(name, info))
    return out


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    persons = []
    for pid in PIDS:
        roles = draw(st.lists(st.sampled_from([r.value for r in Role]), min_size=1, max_size=3, unique=True))  # one at least
        person = draw(item(Person, {"id": pid, "roles": roles}))
        age = draw(st.sampled_from(("birth_date", "age", "range", None)))  # one way of giving the age, or none
        if age == "birth_date":
            person["birth_date"] = draw(_value("birth_date", Person.model_fields["birth_date"]))
        elif age == "age":
            person["age"] = draw(st.integers(0, 120))
        elif age == "range":
            low = draw(st.integers(0, 120))
            person.update(age_min=low, age_max=draw(st.integers(low, 120)))
        persons.append(person)
    fields = {name: info for name, info in Case.model_fields.items() if name not in b.LISTS and name != "id"}
    data: dict[str, Any] = {"id": draw(st.from_regex(r"[A-Za-z0-9_.\-]{1,20}", fullmatch=True)), "persons": persons}
    for name, info in fields.items():
        if draw(st.booleans()):
            data[name] = draw(_value(name, info))
    data["acts"] = [draw(item(Act, {"id": f"x{i}"})) for i in range(draw(st.integers(0, 3)))]
    data["relationships"] = draw(st.lists(item(Relationship, {}), max_size=2))
    data["knowledge"] = draw(st.lists(item(Knowledge, {}), max_size=2))
    data["participation"] = []
    for act in data["acts"][: draw(st.integers(0, 2))]:
        kind = draw(st.sampled_from([k.value for k in ParticipationKind]))
        fixed = {"act": act["id"], "kind": kind} | ({} if kind == "provocation" else {"means": []})  # else refused
        data["participation"].append(draw(item(Participation, fixed)))
    data["victim_conduct"] = [draw(item(VictimConduct, {"id": f"c{i}"})) for i in range(draw(st.integers(0, 2)))]
    settable = sorted(vocabulary().settable())
    data["findings"] = draw(st.lists(item(Finding, {"fact": draw(st.sampled_from(settable))}), max_size=2))
    facts = sorted(vocabulary().facts)
    data["statements"] = [
        draw(item(Statement, {"id": f"s{i}", "bears_on": draw(st.sampled_from(facts)), "content": "«" + draw(TEXT) + "»"}))
        for i in range(draw(st.integers(0, 2)))
    ]
    return data


def accepted(data: dict[str, Any]) -> Case:
    """The case the engine makes of ``data``; examples it refuses are discarded (assume)."""
    try:
        return parse_case(data)
    except CaseInputError:
        assume(False)
        raise  # unreachable: assume(False) stops the example


@settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(cases())
def test_any_accepted_case_survives_the_draft(data: dict[str, Any]) -> None:
    case = accepted(data)
    for source in (data, b.case_dict(case)):
        exported = b.to_case_dict(b.from_case_dict(source))
        assert parse_case(exported).to_json_dict() == case.to_json_dict()
        assert parse_case(yaml.safe_load(yaml.safe_dump(exported, allow_unicode=True))) == parse_case(exported)


@pytest.fixture(scope="module")
def entry_page(tmp_path_factory: pytest.TempPathFactory) -> AppTest:
    """One session of the entry page for every example (a fresh one per example would cost seconds each)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("QUALIF_DB", str(tmp_path_factory.mktemp("db") / "qualif.sqlite3"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    yield at
    mp.undo()


@pytest.mark.slow  # 30 cases through the widgets: `make test` only
@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                                  HealthCheck.function_scoped_fixture])  # fmt: skip
@given(cases())
def test_any_accepted_case_survives_the_real_widgets(entry_page: AppTest, data: dict[str, Any]) -> None:
    at = entry_page
    case = accepted(data)
    at.session_state["lang"] = "fr"
    at.text_area(key="saisie").input(yaml.safe_dump(data, allow_unicode=True, sort_keys=False)).run()
    at.button(key="btn_texte").click().run()
    assert not at.exception, at.exception
    assert not at.session_state["problems"]
    for lang in ("fr", "en", "fr"):  # every widget drawn, a rerun, then in the other language and back
        at.session_state["lang"] = lang
        at.run()
        assert not at.exception, at.exception
        exported = b.to_case_dict(at.session_state["draft"])
        assert parse_case(exported).to_json_dict() == case.to_json_dict(), lang


def test_keep_none_lists_every_field_where_unknown_is_not_leaving_it_out() -> None:
    """A field that accepts None but whose default is not None (or that is required) must be exported as null."""
    models = {"": Case, "persons": Person, "acts": Act, "relationships": Relationship, "knowledge": Knowledge}
    models |= {"victim_conduct": VictimConduct, "findings": Finding, "statements": Statement, "participation": Participation}
    for list_name, model in models.items():
        wanted = {
            name
            for name, info in model.model_fields.items()
            if type(None) in typing.get_args(info.annotation) and (info.is_required() or info.default is not None)
        }
        assert wanted == set(b.KEEP_NONE.get(list_name, frozenset())), list_name
