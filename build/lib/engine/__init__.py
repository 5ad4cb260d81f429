"""Qualif: decision support for qualifying the sexual exploitation of minors under French criminal law.

Public API::

    from engine import classify, load_case
    result = classify(load_case("examples/mineure_16_ans_reseau.yaml"))
"""

from typing import Any

__all__ = ["classify", "classify_dict", "load_case"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from engine import api

        return getattr(api, name)
    raise AttributeError(name)
