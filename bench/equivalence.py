"""Full JSON results of every example, practical case and a seeded corpus, to compare two checkouts.

    python bench/equivalence.py dump [N] [--max-rules=R] > before.json     # N seeds of each corpus (default 300)
    python bench/equivalence.py compare before.json after.json

``--max-rules=R`` compiles the rules into durable-rules rulesets of at most R rules (default
engine/reasoning/compiler.py MAX_RULES_PER_RULESET): with a small R, several shards give the results of one.

``compare`` prints how many results are identical and names the others; it exits 1 if any differs.
The prescription is judged on a fixed day, so that dumps made on different days compare.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TODAY = dt.date(2026, 1, 1)
SCALED = ((2, 30), (10, 30), (10, 300), (100, 30))  # a few cells of bench.py's scaling table


def dump(n: int) -> dict[str, Any]:
    from corpus import scaled_case, typical_case, typical_file

    from engine.api import get_engine, load_case, parse_case
    from engine.training.cases import load_training_cases

    engine = get_engine()
    assert Path(sys.modules["engine"].__file__ or "").resolve().is_relative_to(ROOT)
    shards = getattr(engine.compiled, "shards", [engine.compiled.ruleset])
    print(f"{len(engine.compiled.ruleset)} règles en {len(shards)} ensemble(s) : {[len(s) for s in shards]}", file=sys.stderr)
    out: dict[str, Any] = {}
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        if path.name != "expected.yaml":
            out[f"example:{path.name}"] = engine.classify(load_case(path), today=TODAY).model_dump(mode="json")
    for name, tc in sorted(load_training_cases(engine.book).items()):
        out[f"training:{name}"] = engine.classify(tc.case, today=TODAY).model_dump(mode="json")
    for seed in range(n):
        out[f"corpus:{seed}"] = engine.classify(parse_case(typical_case(seed)), today=TODAY).model_dump(mode="json")
        out[f"typical:{seed}"] = engine.classify(parse_case(typical_file(seed)), today=TODAY).model_dump(mode="json")
    for persons, acts in SCALED:
        result = engine.classify(parse_case(scaled_case(persons, acts)), today=TODAY)
        out[f"scaled:{persons}x{acts}"] = result.model_dump(mode="json")
    return out


def compare(before: dict[str, Any], after: dict[str, Any]) -> int:
    same = [k for k in before if after.get(k) == before[k]]
    other = sorted(set(before) ^ set(after) | {k for k in before if k in after and after[k] != before[k]})
    print(f"identiques : {len(same)} / {len(before)}")
    for key in other:
        print(f"  différent : {key}")
    return 1 if other else 0


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        args = [a for a in sys.argv[2:] if not a.startswith("--max-rules=")]
        for option in set(sys.argv[2:]) - set(args):
            from engine.reasoning import compiler

            compiler.MAX_RULES_PER_RULESET = int(option.split("=", 1)[1])
        json.dump(dump(int(args[0]) if args else 300), sys.stdout, sort_keys=True, ensure_ascii=False)
    else:
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[2:4])
        sys.exit(compare(a, b))
