"""What `qualif` imports at start-up (engine/cli/main.py): pydantic's plugin loader stands in as « no plugin » only when
every plugin is disabled (the command's default), the real one otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import sys, engine.cli.main, engine.case.model\n"
    "from pydantic.plugin import _loader\n"
    "print('importlib.metadata' in sys.modules, list(_loader.get_plugins()), hasattr(_loader, 'entry_points'))"
)


def _probe(plugins: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"} | {"PYTHONPATH": str(ROOT)}
    if plugins is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = plugins
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@pytest.mark.parametrize("plugins", [None, "__all__"])
def test_all_plugins_disabled_imports_no_package_metadata(plugins: str | None) -> None:
    assert _probe(plugins) == "False [] False"


def test_some_plugins_disabled_keeps_pydantic_s_loader() -> None:
    metadata, _, real = _probe("some_plugin").partition(" [")
    assert metadata == "True" and real.endswith("True")


def _command(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "engine.cli.main", *args]
    return subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_a_one_shot_command_ending_at_once_writes_all_its_output(capsys: pytest.CaptureFixture[str]) -> None:
    """`qualif explain` skips the interpreter's teardown (engine/cli/main.py ``finish``): its whole output is written,
    the same as in process, and its exit code kept."""
    from engine.cli.main import main

    example = str(ROOT / "examples" / "p03_mineure_14_ans_trois_clients.yaml")
    args = ("explain", example, "--format", "json", "--aujourdhui", "2026-01-01")
    assert main(list(args)) == 0
    wanted = capsys.readouterr().out
    got = _command(*args)
    assert got.returncode == 0 and len(wanted) > 100_000 and got.stdout == wanted, got.stderr


def test_a_refused_case_ending_at_once_keeps_its_message_and_code(tmp_path: Path) -> None:
    bad = tmp_path / "dossier.yaml"
    bad.write_text("id: c\npersons: []\n", encoding="utf-8")
    got = _command("classify", str(bad))
    assert got.returncode == 2 and got.stdout == "" and got.stderr.startswith("Dossier invalide"), got.stderr


YAML_PROBE = (
    "import re, engine.cli.startup as s, yaml\n"
    "lazy = yaml.reader.Reader.NON_PRINTABLE\n"
    "print(type(lazy).__name__, lazy._compiled is None, re.compile(s.NON_PRINTABLE) is not lazy)\n"
    "try:\n"
    "    yaml.load('a: b\\x07', Loader=yaml.SafeLoader)\n"
    "except yaml.reader.ReaderError as exc:\n"
    "    print(exc.character == 7, exc.position, lazy.pattern == s.NON_PRINTABLE)\n"
)


def test_yaml_pattern_unused_by_libyaml_is_compiled_when_first_used() -> None:
    """PyYAML imported by the command (engine/cli/startup.py): the pure-Python reader's pattern is not compiled at
    import; it is the pattern ``re`` makes of that text, and still refuses a control character with its position."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", YAML_PROBE], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["LazyPattern True True", "True 4 True"]


def test_yaml_source_pattern_is_pyyaml_s() -> None:
    """The text :data:`NON_PRINTABLE` stands in for is the one PyYAML compiles, imported without the command's start-up
    (a PyYAML that changes it keeps its own, compiled at import)."""
    from engine.cli.startup import NON_PRINTABLE

    probe = "import yaml; print(ascii(yaml.reader.Reader.NON_PRINTABLE.pattern))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == ascii(NON_PRINTABLE), out.stderr


FORWARD_PROBE = (
    "import sys, typing, typing_extensions\n"
    "{startup}"
    "from pydantic_core import core_schema\n"
    "hints = {{n: repr(typing_extensions.get_type_hints(getattr(core_schema, n))) for n in sorted(dir(core_schema))\n"
    "         if typing_extensions.is_typeddict(getattr(core_schema, n))}}\n"
    "print(len(hints), 'compile' in vars(typing), hash(repr(sorted(hints.items()))))\n"
)


def _forward_probe(startup: bool) -> str:
    probe = FORWARD_PROBE.format(startup="import engine.cli.startup\n" if startup else "")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}
    out = subprocess.run([sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_core_schema_forward_refs_compiled_once_are_pydantic_core_s() -> None:
    """pydantic-core imported by the start-up (each forward reference's text compiled once): its ``TypedDict`` have
    the same annotations as imported without it, and ``typing`` has its built-in ``compile`` back."""
    with_startup, without = _forward_probe(True), _forward_probe(False)
    count, shadowed, _ = with_startup.split()
    assert with_startup == without and int(count) > 50 and shadowed == "False"


def test_compile_once_shares_a_text_s_code_and_passes_other_calls_on() -> None:
    import typing

    from engine.cli.startup import _COMPILED, _compile_once

    try:
        first, again = _compile_once("dict[str, int]", "<string>", "eval"), _compile_once("dict[str, int]", "<string>", "eval")
        assert first is again and eval(first, vars(typing)) == dict[str, int]
        assert first.co_flags == compile("dict[str, int]", "<string>", "eval", dont_inherit=True).co_flags
        other = _compile_once("x = 1", "<string>", "exec")
        assert other is not _compile_once("x = 1", "<string>", "exec") and "x = 1" not in _COMPILED
        with pytest.raises(SyntaxError):
            _compile_once("a b", "<string>", "eval")
    finally:
        _COMPILED.clear()
