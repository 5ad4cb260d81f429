"""The architecture as a test: imports point down the layers, no circle, no private name crosses modules.

Layers (README, « Organisation du code »): kernel → law → case → reasoning → api → documents, storage,
training → cli. A module may import its own layer or a lower one, never a higher one; documents, storage
and training receive an engine, rule book or result as an argument and never reach the façade's singleton;
``ui/service.py`` is the only UI module that imports the engine. Imports under ``if TYPE_CHECKING:`` are
types only and are not counted.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = {
    "kernel": 0,
    "law": 1,
    "case": 2,
    "reasoning": 3,
    "api": 4,
    "documents": 5,
    "storage": 5,
    "training": 5,
    "cli": 6,
}


def _module(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int | None:
    parts = module.split(".")
    return LAYERS.get(parts[1]) if len(parts) > 1 and parts[0] == "engine" else None


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _imports(path: Path) -> Iterator[tuple[int, str, list[str]]]:
    """(line, module imported, names) of every runtime import of engine modules in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_lines(tree)
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "engine":
            names = [a.name for a in node.names]
            if node.module == "engine":  # from engine import api
                for name in names:
                    yield node.lineno, f"engine.{name}", []
            else:
                yield node.lineno, node.module, names
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "engine":
                    yield node.lineno, alias.name, []


ENGINE = sorted((ROOT / "engine").rglob("*.py"))


def _upward(paths: list[Path], root: Path = ROOT) -> list[str]:
    wrong = []
    for path in paths:
        here = _layer(_module(path, root))
        for line, target, _ in _imports(path):
            there = _layer(target)
            if here is not None and there is not None and there > here:
                wrong.append(f"{path.relative_to(root)}:{line} → {target}")
    return wrong


def test_imports_point_down_the_layers() -> None:
    wrong = _upward(ENGINE)
    assert not wrong, "imports vers une couche supérieure :\n" + "\n".join(wrong)


def test_no_circle_between_modules() -> None:
    graph: dict[str, set[str]] = {}
    for path in ENGINE:
        graph[_module(path)] = {t for _, t, _ in _imports(path) if t != _module(path)}
    seen: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, trail: list[str]) -> list[str] | None:
        seen[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if seen.get(nxt) == 1:
                return [*trail, node, nxt]
            if nxt in graph and nxt not in seen and (found := visit(nxt, [*trail, node])):
                return found
        seen[node] = 2
        return None

    for start in sorted(graph):
        if start not in seen:
            circle = visit(start, [])
            assert circle is None, " → ".join(circle)


def test_no_private_name_crosses_modules() -> None:
    crossing = [
        f"{path.relative_to(ROOT)}:{line} : {target}.{name}"
        for path in [*ENGINE, *sorted((ROOT / "ui").rglob("*.py"))]
        for line, target, names in _imports(path)
        for name in names
        if name.startswith("_")
    ]
    assert not crossing, "noms privés importés d'un autre module :\n" + "\n".join(crossing)


def test_below_the_facade_nothing_reaches_the_engine_singleton() -> None:
    reaching = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in ENGINE
        if _layer(_module(path)) in (0, 1, 2, 3, 5)
        for line, target, _ in _imports(path)
        if target == "engine.api"
    ]
    assert not reaching, "engine.api importé sous la façade :\n" + "\n".join(reaching)


def test_only_the_ui_service_imports_the_engine() -> None:
    others = sorted(
        str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py") if path.name != "service.py" and list(_imports(path))
    )
    assert not others, others


def test_the_layer_check_can_fail(tmp_path: Path) -> None:
    """On a made-up module of the kernel: an upward import is flagged, the same under TYPE_CHECKING is not."""
    fake = tmp_path / "engine" / "kernel" / "fake.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("from engine.reasoning.runtime import Runtime\n", encoding="utf-8")
    assert _upward([fake], tmp_path) == ["engine/kernel/fake.py:1 → engine.reasoning.runtime"]
    fake.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from engine.api import Engine\n", encoding="utf-8")
    assert _upward([fake], tmp_path) == []
