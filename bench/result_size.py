"""How the result grows with the case (issue 6/7, item 3): bytes of JSON, characters of « explain », CPU.

    python bench/result_size.py [--grid] [--parts]

Seeded cases: one pimp, one or two minor victims and n clients each paying for one or two sexual relations
(``client_case``, n = 5 … 197: the case's limit is 200 persons); one pimp and n victims (``victims_case``);
with ``--grid``, persons × acts up to 100 × 300 (``grid_case``). For each case: the size of ``qualif classify
--format json`` (``model_dump_json(indent=2)``), of ``qualif explain`` (text), the CPU of the classification
(``time.process_time``, least of 2 runs), and the growth exponent fitted by least squares on log(size) against
log(n) and log(pairs). ``--parts`` breaks the JSON of the largest case down by field (what repeats).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.api import get_engine, parse_case  # noqa: E402
from engine.documents.render import render_explanation  # noqa: E402
from engine.kernel.result_model import Result  # noqa: E402

VICTIMS = (5, 10, 20, 50, 100, 150, 199)
CLIENTS = (5, 10, 20, 50, 100, 150, 197)  # 197 clients, two victims and the pimp: 200 persons, the limit
GRID = ((10, 30), (25, 75), (50, 150), (75, 225), (100, 300))
_TRI = ["oui", "non", "inconnu"]


def client_case(n: int, seed: int = 0) -> dict[str, Any]:
    """A pimp, one or two minor victims (two from n = 10), n clients with one or two paid relations each."""
    rnd = random.Random(seed * 1000 + n)
    victims = ["v1", "v2"] if n >= 10 else ["v1"]
    persons: list[dict[str, Any]] = [
        {"id": v, "roles": ["victime"], "birth_date": f"200{6 + i}-03-12"} for i, v in enumerate(victims)
    ]
    persons.append({"id": "pimp", "roles": ["mis_en_cause"], "birth_date": "1990-05-05"})
    start = dt.date(2022, 9, 1)
    acts: list[dict[str, Any]] = []
    for v in victims:
        acts.append({"id": f"r-{v}", "actor": "pimp", "target": v, "kind": "recruter", "date": "2022-09-01", "place": "france"})
        acts.append({"id": f"p-{v}", "actor": "pimp", "target": v, "kind": "tirer_profit_prostitution", "date": "2022-09-15"})
    knowledge = []
    for i in range(n):
        c = f"c{i}"
        persons.append({"id": c, "roles": ["client"], "birth_date": f"19{60 + i % 40}-01-01"})
        victim = victims[i % len(victims)]
        for j in range(rnd.choice([1, 2])):
            day = start + dt.timedelta(days=rnd.randrange(0, 90))
            acts.append(
                {
                    "id": f"a{i}-{j}",
                    "actor": c,
                    "target": victim,
                    "kind": "remunerer_relations_sexuelles",
                    "date": day.isoformat(),
                }
            )
        knowledge.append({"person": c, "about": victim, "knew_minor": rnd.choice(_TRI)})
    return {"id": f"clients-{n}", "persons": persons, "acts": acts, "knowledge": knowledge}


def victims_case(n: int) -> dict[str, Any]:
    """One pimp, ``n`` minor victims, each recruited and exploited (a recruitment and a profit each)."""
    persons: list[dict[str, Any]] = [{"id": "pimp", "roles": ["mis_en_cause"], "birth_date": "1990-05-05"}]
    acts: list[dict[str, Any]] = []
    for i in range(n):
        v = f"v{i:03}"
        persons.append({"id": v, "roles": ["victime"], "birth_date": f"200{5 + i % 4}-03-12"})
        acts.append({"id": f"r{i:03}", "actor": "pimp", "target": v, "kind": "recruter", "date": "2022-09-01"})
        acts.append({"id": f"p{i:03}", "actor": "pimp", "target": v, "kind": "tirer_profit_prostitution", "date": "2022-09-15"})
    return {"id": f"victimes-{n}", "persons": persons, "acts": acts}


def grid_case(persons: int, acts: int, seed: int = 0) -> dict[str, Any]:
    """``persons`` persons (a tenth victims, a tenth exploiters, the rest clients) and ``acts`` acts among them."""
    rnd = random.Random(seed * 7919 + persons * 1000 + acts)
    nv = max(1, persons // 10)
    ne = max(1, persons // 10)
    victims = [f"v{i}" for i in range(nv)]
    exploiters = [f"p{i}" for i in range(ne)]
    clients = [f"c{i}" for i in range(persons - nv - ne)]
    people: list[dict[str, Any]] = [
        {"id": v, "roles": ["victime"], "birth_date": f"200{5 + i % 5}-06-01"} for i, v in enumerate(victims)
    ]
    people += [{"id": p, "roles": ["mis_en_cause"], "birth_date": "1985-03-03"} for p in exploiters]
    people += [{"id": c, "roles": ["client"], "birth_date": "1975-04-04"} for c in clients]
    kinds = ["recruter", "heberger", "publier_annonces", "tirer_profit_prostitution", "menacer"]
    items = []
    for i in range(acts):
        # every client pays at least once, then the acts are drawn at random
        actor = clients[i] if i < len(clients) else rnd.choice(clients + exploiters)
        kind = "remunerer_relations_sexuelles" if actor.startswith("c") else rnd.choice(kinds)
        day = dt.date(2021, 1, 1) + dt.timedelta(days=rnd.randrange(0, 700))
        items.append({"id": f"a{i}", "actor": actor, "target": rnd.choice(victims), "kind": kind, "date": day.isoformat()})
    return {"id": f"grille-{persons}x{acts}", "persons": people, "acts": items}


def measure(data: dict[str, Any]) -> tuple[Result, int, int, float]:
    """The result, its JSON size (bytes), its « explain » text size (characters), its CPU (s, least of 2 runs)."""
    engine = get_engine()
    cpu = math.inf
    for _ in range(2):
        case = parse_case(data)
        t = time.process_time()
        result = engine.classify(case)
        cpu = min(cpu, time.process_time() - t)
    return result, len(result.model_dump_json(indent=2).encode()), len(render_explanation(result)), cpu


def exponent(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) on log(x)."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sum((a - mx) ** 2 for a in lx)


def parts(result: Result) -> None:
    """Bytes of each top-level field, and of each field of the qualifications (compact JSON)."""
    doc = json.loads(result.model_dump_json())
    total = len(json.dumps(doc, ensure_ascii=False))
    print(f"\nrépartition (JSON compact, {total} octets)")
    for key, value in doc.items():
        print(f"  {key:16} {len(json.dumps(value, ensure_ascii=False)):>12}")
    for field in ("qualifications", "principal", "flags", "rights"):
        fields: dict[str, int] = {}
        for q in doc[field]:
            for key, value in q.items():
                fields[key] = fields.get(key, 0) + len(json.dumps(value, ensure_ascii=False))
        print(f"  {field} ({len(doc[field])}), par champ :")
        for key, size in sorted(fields.items(), key=lambda kv: -kv[1])[:8]:
            print(f"    {key:24} {size:>12}")


def pairs(data: dict[str, Any]) -> int:
    """Perpetrator / victim pairs with an act: the qualifications are per pair."""
    return len({(a["actor"], a["target"]) for a in data["acts"]})


def run(label: str, sizes: list[tuple[int, dict[str, Any]]], show_parts: bool) -> None:
    head = f"{label:>10} {'actes':>6} {'couples':>7} {'JSON (o)':>12} {'o/' + label[:-1]:>11} {'o/couple':>9}"
    print(f"\n{head} {'explain (c)':>12} {'CPU (s)':>8}")
    rows = []
    result = None
    for n, data in sizes:
        result, size, text, cpu = measure(data)
        rows.append((n, size, text, cpu, pairs(data)))
        print(
            f"{n:>10} {len(data['acts']):>6} {pairs(data):>7} {size:>12} {size // n:>11} {size // pairs(data):>9} "
            f"{text:>12} {cpu:>8.2f}"
        )
    for name, xs in ((label, [float(r[0]) for r in rows]), ("couples", [float(r[4]) for r in rows])):
        print(
            f"exposant (log-log, en {name}) : JSON {exponent(xs, [r[1] for r in rows]):.2f}, explain "
            f"{exponent(xs, [r[2] for r in rows]):.2f}, CPU {exponent(xs, [max(r[3], 1e-3) for r in rows]):.2f}"
        )
    if show_parts and result is not None:
        parts(result)


def main(argv: list[str]) -> int:
    get_engine()
    run("clients", [(n, client_case(n)) for n in CLIENTS], "--parts" in argv)
    run("victimes", [(n, victims_case(n)) for n in VICTIMS], "--parts" in argv)
    if "--grid" in argv:
        run("personnes", [(p, grid_case(p, a)) for p, a in GRID], "--parts" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
