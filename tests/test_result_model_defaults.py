"""The list fields' default of the result and law models (``result_model.empty``): a new empty list per object, as
``default_factory=list`` gives, and no validated data asked for."""

from __future__ import annotations

import pydantic
from pydantic._internal._fields import takes_validated_data_argument

from engine.kernel import result_model
from engine.law import rule_model


def _models() -> list[type[pydantic.BaseModel]]:
    found = [*vars(result_model).values(), *vars(rule_model).values()]
    return [m for m in found if isinstance(m, type) and issubclass(m, pydantic.BaseModel) and m is not pydantic.BaseModel]


def test_every_list_default_is_a_new_empty_list() -> None:
    factories = [(m, name, f) for m in _models() for name, f in m.model_fields.items() if f.default_factory is not None]
    assert len(factories) >= 25
    for model, name, field in factories:
        assert field.default_factory is result_model.empty, (model, name)
        assert field.get_default(call_default_factory=True) == [] and not takes_validated_data_argument(result_model.empty)
    first, second = result_model.Explanation(claim="a"), result_model.Explanation(claim="b")
    assert first.children == [] and first.children is not second.children


def test_an_omitted_list_is_dumped_as_an_empty_one() -> None:
    explanation = result_model.Explanation(claim="a")
    assert explanation.model_dump()["facts"] == [] and '"children":[]' in explanation.model_dump_json()
