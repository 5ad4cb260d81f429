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


# --- Typical files (bench/bench.py): what real case files look like, in realistic proportions -------------------

# Reforms that cut a conduct in two (loi n° 2016-444, in force 15/04/2016; loi n° 2021-478, in force 23/04/2021).
REFORMS = (dt.date(2016, 4, 15), dt.date(2021, 4, 23))
_KNOWN = (("oui", 0.30), ("non", 0.15))  # otherwise unknown (the key left out, as in the examples)
_TRAFFICKING = ["recruter", "transporter", "heberger", "accueillir"]
_PROCURING = [
    "publier_annonces",
    "tirer_profit_prostitution",
    "embaucher_entrainer_detourner_ou_pression",
    "aider_assister_proteger_prostitution",
    "fournir_locaux",
]
_FORCE = ["menacer", "violences", "contraindre_a_commettre_infraction"]
_FINDINGS = ["habitual", "knowingly"]  # never derived from these acts: a finding cannot contradict them


def _tri(rnd: random.Random, known: tuple[tuple[str, float], ...] = _KNOWN) -> str | None:
    draw = rnd.random()
    for word, share in known:
        if draw < share:
            return word
        draw -= share
    return None


def _set(item: dict[str, Any], rnd: random.Random, *names: str) -> None:
    """Each of ``names`` oui / non, or left out (unknown)."""
    for name in names:
        if (value := _tri(rnd)) is not None:
            item[name] = value


def _count(rnd: random.Random, weights: list[float]) -> int:
    return rnd.choices(range(len(weights)), weights)[0]


def _born(rnd: random.Random, first: int, last: int) -> str:
    return (dt.date(first, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * (last - first)))).isoformat()


def _victim(rnd: random.Random, i: int, start: dt.date) -> dict[str, Any]:
    age = rnd.choice([13, 14, 15, 15, 16, 16, 17, 17, 17]) if rnd.random() < 0.7 else rnd.randrange(18, 23)
    person: dict[str, Any] = {"id": f"v{i}", "name": f"Victime {i} (pseudonyme)", "roles": ["victime"]}
    kind = rnd.random()
    if kind < 0.80:
        person["birth_date"] = (start - dt.timedelta(days=365 * age + rnd.randrange(0, 360))).isoformat()
    elif kind < 0.92:
        person["age_min"], person["age_max"] = age - 1, age + 1  # an estimate (papers missing)
    # else: the age is not known at all
    _set(person, rnd, "foreign_national", "particular_vulnerability", "economic_precarity")
    if person.get("foreign_national") == "oui" and rnd.random() < 0.5:
        person["arrival_in_france"] = (start - dt.timedelta(days=rnd.randrange(0, 200))).isoformat()
        if age < 18:
            _set(person, rnd, "unaccompanied_minor")
    _set(person, rnd, "complaint_or_testimony")
    return person


def _act(rnd: random.Random, n: int, actor: str, target: str, kind: str, day: dt.date) -> dict[str, Any]:
    act: dict[str, Any] = {"id": f"a{n}", "actor": actor, "target": target, "kind": kind, "date": day.isoformat()}
    act["place"] = rnd.choice(["france"] * 6 + ["inconnu", "arrivee_sur_territoire"])
    if kind in ("heberger", "accueillir") and rnd.random() < 0.7:
        act["end_date"] = (day + dt.timedelta(days=rnd.randrange(7, 120))).isoformat()
    if kind in _TRAFFICKING:
        _set(act, rnd, "coercion", "public_network")
        act["purposes"] = rnd.choice([["proxenetisme"], ["exploitation_sexuelle"], [], []])
        if rnd.random() < 0.08:
            act["attempt"] = True
    elif kind == "violences":
        act["violence_itt_days"] = rnd.choice([0, 3, 8, 10, 30])
    elif kind in _PROCURING:
        _set(act, rnd, "public_network", "remuneration")
    return act


def typical_file(seed: int) -> dict[str, Any]:
    """A case like those of examples/: one to three victims (seven in ten minors), one to three suspects, up to
    three clients, dated acts over weeks or months (a quarter across a reform), relationships, victim conduct,
    findings, attempts, knowledge of the age; each circumstance oui / non / unknown (about 30 / 15 / 55 %)."""
    rnd = random.Random(seed)
    across = rnd.random() < 0.25
    if across:
        reform = rnd.choice(REFORMS)
        start = reform - dt.timedelta(days=rnd.randrange(30, 240))
        end = reform + dt.timedelta(days=rnd.randrange(30, 240))
    else:
        start = dt.date(2017, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * 6))
        end = start + dt.timedelta(days=rnd.randrange(20, 300))
    span = (end - start).days
    victims = [_victim(rnd, i, start) for i in range(1 + _count(rnd, [0.6, 0.3, 0.1]))]
    suspects: list[dict[str, Any]] = [
        {"id": f"m{i}", "name": f"M{i}.", "roles": ["mis_en_cause"], "birth_date": _born(rnd, 1970, 2001)}
        for i in range(1 + _count(rnd, [0.5, 0.35, 0.15]))
    ]
    clients: list[dict[str, Any]] = [
        {"id": f"c{i}", "roles": ["client"], "birth_date": _born(rnd, 1960, 1996)}
        for i in range(_count(rnd, [0.35, 0.25, 0.25, 0.15]))
    ]
    for p in suspects:
        _set(p, rnd, "armed")
    for c in clients:
        _set(c, rnd, "repeat_client_offender")

    def day() -> dt.date:
        return start + dt.timedelta(days=rnd.randrange(0, span + 1))

    acts: list[dict[str, Any]] = []
    knowledge: list[dict[str, Any]] = []
    for v in victims:
        for m in rnd.sample(suspects, rnd.randrange(1, len(suspects) + 1)):
            kinds = [rnd.choice(_TRAFFICKING), *rnd.sample(_PROCURING, rnd.randrange(1, 4))]
            if rnd.random() < 0.3:
                kinds.append(rnd.choice(_FORCE))
            acts.extend(_act(rnd, len(acts), m["id"], v["id"], k, day()) for k in kinds)
        profits = [a for a in acts if a["target"] == v["id"] and a["kind"] == "tirer_profit_prostitution"]
        if len(profits) > 1 and profits[0]["actor"] != profits[1]["actor"] and rnd.random() < 0.5:
            profits[1]["same_facts_as"] = profits[0]["id"]  # they keep the money together
    for c in clients:
        v = rnd.choice(victims)
        for _ in range(rnd.randrange(1, 4)):
            paid = _act(rnd, len(acts), c["id"], v["id"], "remunerer_relations_sexuelles", day())
            _set(paid, rnd, "penetration")
            acts.append(paid)
        knew = {"person": c["id"], "about": v["id"]}
        _set(knew, rnd, "knew_minor")
        if knew.get("knew_minor") == "oui" and rnd.random() < 0.3:
            knew["knew_under_15"] = "oui"
        if len(knew) > 2:
            knowledge.append(knew)
    case: dict[str, Any] = {
        "id": f"typ-{seed}",
        "title": f"Dossier type {seed}",
        "period_start": start.isoformat(),
        "period_end": max(end, *(dt.date.fromisoformat(a["date"]) for a in acts)).isoformat(),
    }
    _set(case, rnd, "organised_gang")
    case |= {"persons": victims + suspects + clients, "acts": acts, "knowledge": knowledge}
    if rnd.random() < 0.15:  # the first suspect is family of the first victim
        link = {"person": suspects[0]["id"], "other": victims[0]["id"], "family": "oui"}
        _set(link, rnd, "ascendant", "authority", "parental_authority")
        case["relationships"] = [link]
    conduct = []
    if rnd.random() < 0.2:
        item = {"id": "i1", "person": victims[0]["id"], "kind": "infraction", "date": day().isoformat()}
        _set(item, rnd, "under_constraint", "in_context_of_exploitation")
        conduct.append(item)
    if rnd.random() < 0.1:
        conduct.append({"id": "i2", "person": victims[-1]["id"], "kind": "images_propres_produites", "date": day().isoformat()})
    if conduct:
        case["victim_conduct"] = conduct
    if rnd.random() < 0.2:
        pair = next(a for a in acts if a["actor"].startswith("m"))
        fact = rnd.choice(_FINDINGS)
        case["findings"] = [
            {"perpetrator": pair["actor"], "victim": pair["target"], "fact": fact, "value": rnd.choice(["oui", "oui", "non"])}
        ]
    return case


def scaled_case(persons: int, acts: int, seed: int = 0) -> dict[str, Any]:
    """``persons`` persons (a third victims, the others suspects and one client in four) and ``acts`` acts drawn as
    in :func:`typical_file`, each between a random suspect or client and a random victim, from 2015 to 2023."""
    rnd = random.Random(seed)
    n_victims = max(1, persons // 3)
    people = [_victim(rnd, i, dt.date(2015, 1, 1)) for i in range(n_victims)]
    others = [f"m{i}" for i in range(persons - n_victims)]
    roles = [["client"] if i % 4 == 3 else ["mis_en_cause"] for i in range(len(others))]
    people += [{"id": m, "roles": r, "birth_date": "1980-06-15"} for m, r in zip(others, roles, strict=True)]
    clients = {p["id"] for p in people if p["roles"] == ["client"]}
    items = []
    for n in range(acts):
        actor, target = rnd.choice(others), f"v{rnd.randrange(n_victims)}"
        kind = "remunerer_relations_sexuelles" if actor in clients else rnd.choice(_TRAFFICKING + _PROCURING + _FORCE)
        items.append(_act(rnd, n, actor, target, kind, dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * 8))))
    return {"id": f"scale-{persons}-{acts}", "persons": people, "acts": items}
