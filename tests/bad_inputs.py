"""Bad case files, each invalid by construction, drawn from a random source (issue 6/7, point 3).

``bad_file(rnd)`` gives (family, suffix, bytes). Used by tests/test_fuzz_input.py (hypothesis drives ``rnd``)
and bench/english_messages.py (a seeded corpus, run against any checkout). No engine import.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Callable
from typing import Any

import yaml

BASES: list[dict[str, Any]] = [
    {
        "id": "c1",
        "persons": [
            {"id": "v", "roles": ["victime"], "birth_date": "2008-01-01"},
            {"id": "s", "roles": ["mis_en_cause"], "birth_date": "1990-01-01"},
        ],
        "acts": [{"id": "a1", "actor": "s", "target": "v", "kind": "recruter", "date": "2022-01-01"}],
    },
    {
        "id": "c2",
        "title": "Mineure de 16 ans",
        "period_start": "2022-09-01",
        "period_end": "2022-11-30",
        "persons": [
            {"id": "lea", "name": "Léa", "roles": ["victime"], "birth_date": "2006-03-12", "foreign_national": "non"},
            {"id": "k", "roles": ["mis_en_cause"], "age": 30},
            {"id": "c", "roles": ["client"], "age_min": 30, "age_max": 40},
        ],
        "acts": [
            {"id": "a1", "actor": "k", "target": "lea", "kind": "heberger", "date": "2022-09-10", "end_date": "2022-11-30"},
            {"id": "a2", "actor": "c", "target": "lea", "kind": "remunerer_relations_sexuelles", "date": "2022-10-01"},
        ],
        "relationships": [{"person": "k", "other": "lea", "authority": "inconnu"}],
        "knowledge": [{"person": "c", "about": "lea", "knew_minor": "oui"}],
        "victim_conduct": [{"id": "vc1", "person": "lea", "kind": "infraction", "date": "2022-10-02"}],
    },
]
DATE_FIELDS = {
    "": ["period_start", "period_end"],
    "persons": ["birth_date", "age_reference_date", "arrival_in_france"],
    "acts": ["date", "end_date"],
    "victim_conduct": ["date"],
}
TRI_FIELDS = {"persons": ["foreign_national", "particular_vulnerability"], "acts": ["coercion", "remuneration"]}
INT_FIELDS = {"persons": ["age", "age_min", "age_max"], "acts": ["violence_itt_days"]}
TEXT_FIELDS = {"": ["title"], "persons": ["name"], "victim_conduct": ["description"]}
TRI_WORDS = {
    "oui",
    "vrai",
    "true",
    "yes",
    "o",
    "1",
    "non",
    "faux",
    "false",
    "no",
    "n",
    "0",
    "inconnu",
    "unknown",
    "?",
    "",
    "null",
    "none",
}
# Words of an English error message (json, yaml, pydantic, argparse, OSError); the values echoed between « »
# and the field path before « : » are not checked (they are the user's text).
ENGLISH = re.compile(
    r"Expecting|Input should|should be|could not|cannot|\bfound\b|\bwhile\b|Unterminated|Invalid|Extra data|delimiter|"
    r"Exceeds|unhashable|constructor|\bmapping\b|\bsequence\b|\bscalar\b|\btoken\b|Traceback|Error\b|not allowed|"
    r"\bexpected\b|Field required|Extra inputs|String should|List should|unexpected|No such file|Is a directory|"
    r"Permission denied|errors\.pydantic|the following|unrecognized|invalid choice|\bmust\b|\bvalue\b"
)
MARK = "ZZRAWZZ"  # replaced, once serialised, by a raw token the serialisers cannot write (a 5,000-digit number)


def english_lines(stderr: str) -> list[str]:
    """The lines of a message that contain English, once echoed values and the field path are removed."""
    out = []
    for line in stderr.splitlines():
        text = re.sub(r"«[^»]*»", "", line)
        text = text.split(" : ", 1)[1] if text.startswith("- ") and " : " in text else text
        if ENGLISH.search(text):
            out.append(line)
    return out


def _text(rnd: random.Random, size: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzéèàçô 0123456789_-.,;!?'\"\\/{}[]()<>#&*|%@`$^~+="
    return "".join(rnd.choice(alphabet) for _ in range(size))


def _weird(rnd: random.Random) -> str:
    """A short text with control, format or exotic characters."""
    pool = ["\x1b[2J", "\x00", "\n  [ÉTABLIE] faux", "\r", "\u202e", "\x7f", "\x85", "\u2028", "\x1b]0;x\x07", "\t\x0b"]
    return "a" + _text(rnd, rnd.randint(0, 5)) + rnd.choice(pool) + _text(rnd, rnd.randint(0, 5)) + "b"  # never all spaces


def _wrong_scalar(rnd: random.Random) -> Any:
    return rnd.choice([[], {}, [1, 2], {"a": 1}, 1.5, -3, 10**13, True, "douze", MARK])


def _pick(rnd: random.Random, case: dict[str, Any], fields: dict[str, list[str]]) -> tuple[dict[str, Any], str]:
    """An object of the case (the case itself or an item of one of its lists) and one of its fields."""
    options = [(case, f) for f in fields.get("", [])]
    for group, names in fields.items():
        if group:
            options += [(item, f) for item in case.get(group, []) for f in names]
    return rnd.choice(options)


def _objects(case: dict[str, Any]) -> list[dict[str, Any]]:
    out = [case]
    for value in case.values():
        if isinstance(value, list):
            out += [v for v in value if isinstance(v, dict)]
    return out


def m_unknown_key(rnd: random.Random, case: dict[str, Any]) -> None:
    target = rnd.choice(_objects(case))
    key = "zz_" + (_text(rnd, rnd.randint(1, 30)) if rnd.random() < 0.7 else _weird(rnd))
    target[key.replace(":", "").replace("«", "").replace("»", "")] = _wrong_scalar(rnd)


def m_bad_date(rnd: random.Random, case: dict[str, Any]) -> None:
    target, field = _pick(rnd, case, DATE_FIELDS)
    year = rnd.choice([rnd.randint(1, 1899), rnd.randint(2101, 9999)])
    target[field] = rnd.choice(
        [f"{year:04d}-01-01", f"{year:04d}-12-31", "2022-02-30", "2022-13-01", "01/02/2022", 10**13, [], "hier", MARK]
    )


def m_bad_tri(rnd: random.Random, case: dict[str, Any]) -> None:
    target, field = _pick(rnd, case, TRI_FIELDS)
    word = _text(rnd, rnd.randint(1, 12)) if rnd.random() < 0.5 else rnd.choice([2, 1.5, [], {}, _weird(rnd), "x" * 5000])
    target[field] = "peut-être" if isinstance(word, str) and word.strip().lower() in TRI_WORDS else word


def m_bad_int(rnd: random.Random, case: dict[str, Any]) -> None:
    target, field = _pick(rnd, case, INT_FIELDS)
    target[field] = rnd.choice([-1, 5000, 1.5, "douze", [], {}, 10**13, float("nan"), float("inf"), MARK, "9" * 5000])


def m_bad_text(rnd: random.Random, case: dict[str, Any]) -> None:
    target, field = _pick(rnd, case, TEXT_FIELDS)
    target[field] = rnd.choice([_weird(rnd), "x" * rnd.randint(2001, 30_000), 12, [], {}])


def m_bad_enum(rnd: random.Random, case: dict[str, Any]) -> None:
    choice = rnd.randint(0, 3)
    if choice == 0:
        rnd.choice(case["persons"])["roles"] = [rnd.choice(["victim", "suspect", _weird(rnd), "x" * 200_000])]
    elif choice == 1 and case.get("acts"):
        rnd.choice(case["acts"])["kind"] = rnd.choice(["rape", "", _text(rnd, 20), 3])
    elif choice == 2 and case.get("acts"):
        rnd.choice(case["acts"])["place"] = rnd.choice(["paris", _weird(rnd), None, []])
    else:
        rnd.choice(case["persons"])["roles"] = ["victime"] * rnd.randint(6, 40)


def m_missing(rnd: random.Random, case: dict[str, Any]) -> None:
    choice = rnd.randint(0, 3)
    if choice == 0:
        case.pop("id")
    elif choice == 1:
        case.pop("persons")
    elif choice == 2:
        case["persons"] = []
    else:
        rnd.choice(case["acts"]).pop(rnd.choice(["id", "actor", "target", "kind", "date"]))


def m_reference(rnd: random.Random, case: dict[str, Any]) -> None:
    choice = rnd.randint(0, 4)
    pid = rnd.choice(case["persons"])["id"]
    if choice == 0:
        rnd.choice(case["acts"])["actor"] = "personne_absente"
    elif choice == 1:
        case.setdefault("relationships", []).append({"person": pid, "other": pid, "family": "oui"})
    elif choice == 2:
        case.setdefault("knowledge", []).append({"person": pid, "about": pid, "knew_minor": "oui"})
    elif choice == 3:
        act = rnd.choice(case["acts"])
        act["target"] = act["actor"]
    else:
        case["persons"].append(copy.deepcopy(case["persons"][0]))  # an id used twice


def m_too_many(rnd: random.Random, case: dict[str, Any]) -> None:
    choice = rnd.randint(0, 2)
    if choice == 0:
        case["persons"] += [{"id": f"p{i}", "roles": ["client"]} for i in range(201)]
    elif choice == 1:
        first = case["acts"][0]
        case["acts"] += [dict(first, id=f"x{i}") for i in range(1001)]
    else:
        rnd.choice(_objects(case)).update({f"zz{i}": 1 for i in range(101)})


def m_deep(rnd: random.Random, case: dict[str, Any]) -> None:
    value: Any = "x"
    for _ in range(rnd.randint(2, 80)):
        value = [value] if rnd.random() < 0.5 else {"zz": value}
    target = rnd.choice(_objects(case))
    field = rnd.choice([k for k in target if k != "id"] or ["zz"])
    target[field] = value


def m_not_object(rnd: random.Random, case: dict[str, Any]) -> None:
    case.clear()
    case["__root__"] = rnd.choice([[], [1, 2], "texte", 3, None, [{"id": "c1"}]])


MUTATIONS: dict[str, Callable[[random.Random, dict[str, Any]], None]] = {
    "clé inconnue": m_unknown_key,
    "date invalide ou hors plage": m_bad_date,
    "oui/non/inconnu invalide": m_bad_tri,
    "entier invalide": m_bad_int,
    "texte invalide": m_bad_text,
    "valeur non admise": m_bad_enum,
    "champ manquant": m_missing,
    "référence incohérente": m_reference,
    "trop d'éléments": m_too_many,
    "imbrication": m_deep,
    "racine non objet": m_not_object,
}


def _serialise(rnd: random.Random, data: Any, fmt: str) -> str:
    if isinstance(data, dict) and "__root__" in data:
        data = data["__root__"]
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=rnd.random() < 0.5, indent=rnd.choice([None, 2]))
        return text.replace(json.dumps(MARK), "9" * rnd.randint(13, 5000))
    # escaped (allow_unicode=False): a raw NEL, LS or CR in a quoted scalar would be folded into a space by YAML
    text = yaml.safe_dump(data, allow_unicode=False, default_flow_style=rnd.choice([None, False, True]), width=10**6)
    return text.replace(MARK, "9" * rnd.randint(13, 5000))


def _laughs(rnd: random.Random) -> str:
    width, levels = rnd.randint(3, 12), rnd.randint(3, 9)
    lines = [f"l0: &l0 [{', '.join(['x'] * width)}]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]" for i in range(1, levels)]
    where = rnd.choice(["  - id: v\n    roles: *top\n", "  - *top\n", "  - id: v\n    name: *top\n"])
    return "\n".join(lines).replace(f"&l{levels - 1}", "&top") + "\nid: c1\npersons:\n" + where


def _yaml_special(rnd: random.Random) -> str:
    base = "id: c1\npersons:\n  - id: v\n    roles: [victime]\n"
    return rnd.choice(
        [
            _laughs(rnd),
            "id: c1\npersons: &a [*a]\n",
            base + "".join(f"z{i}: &z{i} [x]\n" for i in range(rnd.randint(1, 30))) + "".join(f"y{i}: *z0\n" for i in range(101)),
            base
            + rnd.choice(
                ["note: !!binary aGVsbG8=\n", "t: !!set {a, b}\n", "o: !!omap [a: 1]\n", "x: !!python/object:os.system x\n"]
            ),
            base + "period_start: !!timestamp 2022-01-01\n",
            "id: a\nid: b\npersons: []\n",
            base + "persons: []\n",
            "{" * rnd.randint(51, 3000),
            "- " * rnd.randint(51, 3000) + "x\n",
            base + "  - id: w\n\t  roles: []\n",
            base + "title: 'non fermé\n",
            base + "? [a, b]\n: 1\n",
            "%YAML 1.1\n%YAML 1.1\n---\n" + base,
            base + "---\n" + base,
            base + f"age: {'9' * rnd.randint(13, 5000)}\n",
            base + "z: *inconnu\n",
            base + "z: &a 1\nw: &a 2\n",
            base + "\x00\n",
            base
            + "    age: "
            + rnd.choice([".inf", ".nan", "-.inf", "0x" + "f" * 40, "1_000_000_000_000_000", "190:20:30:40:50:60"])
            + "\n",
        ]
    )


def _json_special(rnd: random.Random) -> str:
    base = json.dumps(BASES[0])
    return rnd.choice(
        [
            base[: rnd.randint(0, len(base) - 1)],  # a proper prefix of an object is never valid JSON
            "[" * rnd.randint(51, 20_000) + "]" * rnd.randint(0, 100),
            '{"a":' * rnd.randint(51, 5000),
            base.replace('"c1"', '"c1", "id": "c2"'),
            base[:-1] + ', "z": NaN}',
            base[:-1] + ', "z": Infinity}',
            base[:-1] + f', "z": {"9" * rnd.randint(13, 5000)}}}',
            base[:-1] + ', "z": 1e999}',
            base + " " + base,
            "\ufeff\ufeff\ufeff" + base,  # one BOM is dropped when the file is read, one more before parsing
            base.replace("c1", "c1\x01"),
            base.replace('"c1"', '"\\ud800"'),
            base.replace('"c1"', '"\\x41"'),
            "",
            "   ",
            "null",
        ]
    )


SYNTAX_JSON, SYNTAX_YAML, BYTES = "syntaxe JSON", "syntaxe YAML, alias, étiquettes", "octets"
FAMILIES = [*sorted(MUTATIONS), SYNTAX_JSON, SYNTAX_YAML, BYTES]


def bad_file(rnd: random.Random, family: str | None = None) -> tuple[str, str, bytes]:
    """One invalid case file of ``family`` (else one drawn): its family, its suffix, its bytes."""
    family = family or rnd.choice(FAMILIES)
    fmt = "json" if family == SYNTAX_JSON else "yaml" if family == SYNTAX_YAML else rnd.choice(["json", "yaml"])
    suffix = ".json" if fmt == "json" else rnd.choice([".yaml", ".yml", ".YAML"])
    if family in MUTATIONS:
        case = copy.deepcopy(rnd.choice(BASES))
        MUTATIONS[family](rnd, case)
        text = _serialise(rnd, case, fmt)
    else:
        text = _json_special(rnd) if family == SYNTAX_JSON else _yaml_special(rnd) if family == SYNTAX_YAML else ""
    data = text.encode("utf-8", "surrogatepass")
    if rnd.random() < 0.3:
        data = b"\xef\xbb\xbf" + data  # a BOM is accepted: the file stays invalid for its other defect
    if family == BYTES:
        choice = rnd.randint(0, 3)
        if choice == 0:
            data = bytes(rnd.randrange(256) for _ in range(rnd.randint(0, 200))) + b"\xff\xfe\x80"
        elif choice == 1:
            data = json.dumps(BASES[0]).encode("utf-16")
        elif choice == 2:
            data = b"x" * (5_000_001 + rnd.randint(0, 1000))  # over the 5 MB bound
        else:
            suffix = rnd.choice([".txt", ".JSONX", "", ".yaml.bak"])
            data = json.dumps(BASES[0]).encode()
    return family, suffix, data
