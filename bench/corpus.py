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
