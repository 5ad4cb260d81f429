"""Set before pydantic is imported, for `qualif`'s one-shot commands (engine/cli/main.py imports it first)."""

from __future__ import annotations

import os
import sys
import types

# a one-shot command: pydantic would scan every installed package for plugins (entry points) before the first
# model is built; none is used here (set PYDANTIC_DISABLE_PLUGINS yourself to choose otherwise)
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def _no_plugin_loader() -> None:
    """With every plugin disabled, pydantic's plugin loader returns none, but importing it imports ``importlib.metadata``
    (email, zipfile…: about 15 ms of a 0.3 s ``qualif classify FILE``). Its one function, returning no plugin, stands in
    for it when pydantic is not imported yet."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") != "__all__" or "pydantic" in sys.modules:
        return
    loader = types.ModuleType("pydantic.plugin._loader", "No pydantic plugin (PYDANTIC_DISABLE_PLUGINS=__all__).")
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules.setdefault(loader.__name__, loader)


_no_plugin_loader()
