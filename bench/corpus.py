"""Synthetic but typical cases (3 persons, 10 acts) for benchmarks and load tests. Seeded, reproducible."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

_EXPLOITER_KINDS = [
    "recruter",
    "transporter",
    "heberger",
    "accueillir",
    "publier_annonces",
    "tirer_profit_prostitution",
    "embaucher_entrainer_detourner_ou_pression",
    "aider_assister_proteger_prostitution",
    "menacer",
    "violences",
    "fournir_locaux",
    "intermediaire_prostitution",
]
_TRI = [True, False, None, None]


def typical_case(seed: int, acts: int = 10) -> dict[str, Any]:
    """A victim, an exploiter and a second exploiter or a client, with ``acts`` acts in 2021-2023."""
    rnd = random.Random(seed)
    birth = dt.date(2003, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * 8))
    second_is_client = rnd.random() < 0.4
    persons = [
        {"id": "v", "roles": ["victime"], "birth_date": birth.isoformat(), "particular_vulnerability": rnd.choice(_TRI)},
        {"id": "p1", "roles": ["mis_en_cause"], "birth_date": "1990-05-05", "armed": rnd.choice(_TRI)},
        {"id": "p2", "roles": ["client" if second_is_client else "mis_en_cause"], "birth_date": "1980-02-02"},
    ]
    start = dt.date(2021, 6, 1) + dt.timedelta(days=rnd.randrange(0, 400))
    items = []
    for i in range(acts):
        actor = "p2" if (i % 3 == 2) else "p1"
        kind = "remunerer_relations_sexuelles" if actor == "p2" and second_is_client else rnd.choice(_EXPLOITER_KINDS)
        items.append(
            {
                "id": f"a{i}",
                "actor": actor,
                "target": "v",
                "kind": kind,
                "date": (start + dt.timedelta(days=7 * i)).isoformat(),
                "coercion": rnd.choice(_TRI),
                "remuneration": rnd.choice(_TRI),
                "public_network": rnd.choice(_TRI),
                "place": rnd.choice(["france", "france", "inconnu", "arrivee_sur_territoire"]),
                "purposes": rnd.choice([[], ["proxenetisme"]]),
            }
        )
    knowledge = [{"person": "p2", "about": "v", "knew_minor": rnd.choice(_TRI)}]
    return {"id": f"gen-{seed}", "organised_gang": rnd.choice(_TRI), "persons": persons, "acts": items, "knowledge": knowledge}


def large_case(seed: int, acts: int = 1000) -> dict[str, Any]:
    """Many pairs: 20 victims, 8 exploiters and 4 clients, ``acts`` acts every other day from 2016 (across reforms)."""
    rnd = random.Random(seed)
    victims = [f"v{i}" for i in range(20)]
    exploiters, clients = [f"p{i}" for i in range(8)], [f"c{i}" for i in range(4)]
    born = [dt.date(2001, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * 8)) for _ in victims]
    persons = [{"id": v, "roles": ["victime"], "birth_date": b.isoformat()} for v, b in zip(victims, born, strict=True)]
    persons += [{"id": p, "roles": ["mis_en_cause"], "birth_date": "1985-03-03"} for p in exploiters]
    persons += [{"id": c, "roles": ["client"], "birth_date": "1975-04-04"} for c in clients]
    items = []
    for i in range(acts):
        client = rnd.random() < 0.3
        actor = rnd.choice(clients if client else exploiters)
        items.append(
            {
                "id": f"a{i}",
                "actor": actor,
                "target": rnd.choice(victims),
                "kind": "remunerer_relations_sexuelles" if client else rnd.choice(_EXPLOITER_KINDS),
                "date": (dt.date(2016, 1, 1) + dt.timedelta(days=2 * i)).isoformat(),
                "coercion": rnd.choice(_TRI),
                "remuneration": rnd.choice(_TRI),
                "public_network": rnd.choice(_TRI),
                "purposes": rnd.choice([[], ["proxenetisme"]]),
            }
        )
    knowledge = [{"person": c, "about": v, "knew_minor": rnd.choice(_TRI)} for c in clients for v in victims[:5]]
    return {"id": f"large-{seed}", "organised_gang": rnd.choice(_TRI), "persons": persons, "acts": items, "knowledge": knowledge}
