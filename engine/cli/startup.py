"""Set before pydantic and PyYAML are imported, for `qualif`'s one-shot commands (engine/cli/main.py imports it first)."""

from __future__ import annotations

import os
import re
import sys
import types
import typing
from typing import Any

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


# PyYAML's pattern of the characters its pure-Python reader refuses (yaml/reader.py, ``Reader.NON_PRINTABLE``)
NON_PRINTABLE = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


class LazyPattern:
    """A pattern compiled when first used. PyYAML compiles :data:`NON_PRINTABLE` as it is imported, walking the
    55,000 characters of its ranges one by one (about 4 % of ``qualif classify FILE``); only its pure-Python parser
    reads it (libyaml, which reads the cases and the rules, checks its input itself): a parse error quoted with its
    line (engine/law/loader.py, engine/case/syntax.py) compiles it then."""

    def __init__(self, pattern: str, flags: int = 0):
        self._source, self._flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:  # search, match, pattern… of the compiled pattern
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return getattr(self._compiled, name)


def _yaml_reader_pattern_lazy() -> None:
    """Import PyYAML with ``Reader.NON_PRINTABLE`` a :class:`LazyPattern` (``re.compile`` stands in for the import only)."""
    if "yaml" in sys.modules:
        return
    compile_now = re.compile

    def compile_lazily(pattern: Any, flags: int = 0) -> Any:
        return LazyPattern(pattern, flags) if pattern == NON_PRINTABLE else compile_now(pattern, flags)

    re.compile = compile_lazily
    try:
        import yaml  # noqa: F401
    finally:
        re.compile = compile_now


def _compile_once(source: Any, filename: Any, mode: Any, *args: Any, **kwargs: Any) -> Any:
    """``compile`` for ``typing``'s forward references: each text compiled once (a code object is immutable: the
    references of one text share it); any other call is ``compile``'s own, unchanged."""
    if args or kwargs or not isinstance(source, str) or (filename, mode) != ("<string>", "eval"):
        return compile(source, filename, mode, *args, **kwargs)
    code = _COMPILED.get(source)
    if code is None:
        code = _COMPILED[source] = compile(source, filename, mode, dont_inherit=True)  # typing.py's flags: none
    return code


_COMPILED: dict[str, types.CodeType] = {}


def _core_schema_forward_refs_shared() -> None:
    """Import pydantic-core with each forward reference's text compiled once: its ``core_schema`` declares a hundred
    ``TypedDict`` whose 700 field annotations are texts (``'bool'`` 126 times, ``'str'`` 92 times…), each compiled
    by ``typing.ForwardRef`` as it is made (about 2 % of ``qualif classify FILE``). ``typing``'s ``compile`` stands
    in for the import only (a name of the module, shadowing the built-in)."""
    if "pydantic_core" in sys.modules:
        return
    namespace = vars(typing)
    namespace["compile"] = _compile_once
    try:
        import pydantic_core  # noqa: F401
    finally:
        del namespace["compile"]
        _COMPILED.clear()


_no_plugin_loader()
_yaml_reader_pattern_lazy()
_core_schema_forward_refs_shared()
