"""Dump the compiled ruleset as canonical JSON, or compare two dumps (a one-off safety check).

    python bench/compiled_dump.py dump [ROOT] > a.json      # ROOT: a checkout (default: this one)
    python bench/compiled_dump.py compare before.json after.json

A dump maps each part (offence@version@mode#part_id, polarity) to its compiled rules in order
(conditions and action name), plus every other rule by name. ``compare`` prints the parts that
differ, sorted into: exclusions added where there were none, exclusions extended, same rules in
another order, and anything else (which must not happen); it exits 1 on "anything else".
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any


def dump(root: Path) -> dict[str, Any]:
    sys.path.insert(0, str(root))
    import importlib

    import engine

    try:  # the layout with subpackages, or the flat one of earlier commits
        load_rulebook = importlib.import_module("engine.law.loader").load_rulebook
        compile_rulebook = importlib.import_module("engine.reasoning.compiler").compile_rulebook
    except ModuleNotFoundError:
        load_rulebook = importlib.import_module("engine.rule_loader").load_rulebook
        compile_rulebook = importlib.import_module("engine.compiler").compile_rulebook

    assert Path(engine.__file__).resolve().is_relative_to(root), engine.__file__

    compiled = compile_rulebook(load_rulebook())
    parts: dict[str, list[Any]] = {}
    other: dict[str, Any] = {}
    for name, rule in compiled.ruleset.items():
        m = re.fullmatch(r"(.+#.+?)([+-])(\d+)", name)
        if m and compiled.meta[name].part in ("element", "aggravation"):
            body = {**rule, "run": re.sub(r"\d+$", "K", name)}  # the alternative's number is its place in the list
            parts.setdefault(f"{m[1]} {m[2]}", []).append((int(m[3]), body))
        else:
            other[name] = rule
    return {
        "parts": {k: [b for _, b in sorted(v, key=lambda x: x[0])] for k, v in sorted(parts.items())},
        "other": other,
    }


def compare(before: dict[str, Any], after: dict[str, Any]) -> int:
    kinds: dict[str, list[str]] = {"ajoutée": [], "étendue": [], "réordonnée": [], "AUTRE": []}
    if before["other"] != after["other"]:
        kinds["AUTRE"].append("règles hors éléments/circonstances")
    canon = lambda rules: [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rules]  # noqa: E731
    for key in sorted(set(before["parts"]) | set(after["parts"])):
        old, new = canon(before["parts"].get(key, [])), canon(after["parts"].get(key, []))
        if old == new:
            continue
        if key.endswith("-") and not old:
            kinds["ajoutée"].append(f"{key}: {new}")
        elif key.endswith("-") and new[: len(old)] == old:
            kinds["étendue"].append(f"{key}: + {new[len(old) :]}")
        elif sorted(old) == sorted(new):
            kinds["réordonnée"].append(key)
        else:
            kinds["AUTRE"].append(f"{key}:\n    avant {old}\n    après {new}")
    for kind, items in kinds.items():
        print(f"{kind} : {len(items)}")
        for item in items:
            print(f"  {item}")
    return 1 if kinds["AUTRE"] else 0


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        root = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parent.parent
        json.dump(dump(root.resolve()), sys.stdout, sort_keys=True, ensure_ascii=False, indent=1)
    else:
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[2:4])
        sys.exit(compare(a, b))
