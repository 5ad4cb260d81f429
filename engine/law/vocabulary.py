"""The vocabulary of facts that rule conditions may test (rules/facts.yaml)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from engine.kernel import disk_cache
from engine.kernel.errors import RuleFileError
from engine.law.location import rules_dir

RULES_DIR = rules_dir()
# libyaml (C) when PyYAML has it: the same data as yaml.safe_load, about ten times faster (tests/test_startup_cache.py)
FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Ground:
    """One ground on which an act counts (``counts_acts_when``): its ``facts`` all true on that act alone (toward another
    person than the situation's, ``with_another_person`` too), for an act from ``since`` to ``until``; toward another
    person only from ``another_person_from`` when set (the first text naming them)."""

    facts: tuple[str, ...]
    with_another_person: tuple[str, ...]
    since: dt.date
    until: dt.date | None = None
    another_person_from: dt.date | None = None
    # until that day (of the acts qualified), another person counts on this ground only when the situation's own victim
    # is on it too (« à l'égard de plusieurs mineurs »: two minors, not a minor beside a vulnerable adult)
    another_person_same_ground_until: dt.date | None = None


@dataclass(frozen=True)
class FactDef:
    name: str
    label: str
    true_sentence: str
    false_sentence: str
    settable: bool
    reading: dict[str, Any] | None = None  # a plain reading of the case, declared beside the fact (engine/reasoning/readings.py)
    line: int | None = field(default=None, compare=False)  # its line in rules/facts.yaml
    # read on the other qualifications of the case (engine/reasoning/derived.py)
    from_qualifications: dict[str, Any] | None = None
    label_en: str | None = None  # the label in the English UI (the law's wording stays the French ``label``)
    # a fact of one act, not of the pair (``of_the_act: true``): read on the act's own facts by the offences whose
    # elements hold on one same act (``one_act``, engine/reasoning/situations.py ``act_situations``)
    of_the_act: bool = False
    # its sentences (oui, non) for one act group (``oui_acte``, ``non_acte``): ``{acte}`` « l'acte du 08/10/2022 »,
    # ``{de_acte}`` « de l'acte du 08/10/2022 » (« des actes du … et du … » for acts stated the same facts)
    act_sentences: tuple[str, str] | None = None
    # an age fact: the natures of acts whose period is always an uncertain date, never a duration (``instantaneous_acts``)
    instantaneous_acts: frozenset[str] = frozenset()
    # a fact that counts the acts that are themselves the offence (``counts_acts_when``): the grounds on which one act
    # is (:class:`Ground`)
    counts_acts_when: tuple[Ground, ...] = ()

    def sentence(self, value: bool | None, perpetrator: str, victim: str, acts: tuple[str, str] | None = None) -> str:
        """``acts``: the phrases naming the one act group the fact is read on (``{acte}``, ``{de_acte}``), if any."""
        if value is None:
            return f"inconnu : {self.label}"
        if acts is not None and self.act_sentences is not None:
            template = self.act_sentences[0 if value else 1]
            return template.format(auteur=perpetrator, victime=victim, acte=acts[0], de_acte=acts[1])
        template = self.true_sentence if value else self.false_sentence
        return template.format(auteur=perpetrator, victime=victim)


@dataclass(frozen=True)
class Vocabulary:
    facts: dict[str, FactDef]

    def of_the_act(self) -> frozenset[str]:
        return frozenset(n for n, f in self.facts.items() if f.of_the_act)

    def instantaneous_acts(self) -> frozenset[str]:
        """The natures of acts whose period is an uncertain date even for a continuing offence (the age facts')."""
        return frozenset().union(*(f.instantaneous_acts for f in self.facts.values()))

    def settable(self) -> set[str]:
        return {n for n, f in self.facts.items() if f.settable}

    def __contains__(self, name: object) -> bool:
        return name in self.facts


_GROUND_DATES = ("from", "to", "another_person_from", "another_person_same_ground_until")


def _grounds(fact: str, raw: Any, line: int | None) -> tuple[Ground, ...]:
    """The ``counts_acts_when`` of a fact, each ground checked: its facts named, its days dates (a French message
    naming the fact and the key otherwise)."""
    out = []
    for g in raw or ():
        said = f"{fact} : counts_acts_when —"
        if not isinstance(g, dict) or not g.get("facts") or "from" not in g:
            raise RuleFileError("rules/facts.yaml", line, f"{said} chaque motif donne « facts » et « from »")
        for key in _GROUND_DATES:
            if key in g and not isinstance(g[key], dt.date):
                raise RuleFileError("rules/facts.yaml", line, f"{said} « {key} » doit être une date (AAAA-MM-JJ)")
        more = tuple(g.get("with_another_person", ()))
        out.append(Ground(tuple(g["facts"]), more, g["from"], g.get("to"), g.get("another_person_from"), g.get(_GROUND_DATES[3])))
    return tuple(out)


@cache
def vocabulary(path: Path | None = None) -> Vocabulary:
    source = path or RULES_DIR / "facts.yaml"
    text = source.read_text(encoding="utf-8")
    raw = yaml_data(text)
    lines: dict[str, int] = {}
    line, at = 1, 0
    for m in re.finditer(r"^([a-z0-9_]+):", text, re.MULTILINE):  # each fact's line, counted on from the one before
        line, at = line + text.count("\n", at, m.start()), m.start()
        lines[m.group(1)] = line
    facts = {
        name: FactDef(
            name,
            d["label"],
            d["oui"],
            d["non"],
            bool(d.get("settable", False)),
            d.get("reading"),
            lines.get(name),
            d.get("from_qualifications"),
            d.get("label_en"),
            bool(d.get("of_the_act", False)),
            (d["oui_acte"], d["non_acte"]) if "oui_acte" in d else None,
            frozenset(d.get("instantaneous_acts", ())),
            _grounds(name, d.get("counts_acts_when"), lines.get(name)),
        )
        for name, d in raw.items()
    }
    return Vocabulary(facts)


DATA_PREFIX = "yaml-"


def yaml_data(text: str) -> Any:
    """The data of this YAML text of a rule file (never a case's), from the user's cache folder when it holds it
    (keyed by the text's hash and PyYAML's version: a JSON read instead of a YAML parse; engine/kernel/disk_cache.py),
    else parsed and stored there when JSON holds it (dates tagged ``{"$date": …}``)."""
    key = hashlib.sha256(f"{yaml.__version__}\0{text}".encode()).hexdigest()[:32]
    name = f"{DATA_PREFIX}{key}.json"
    stored = disk_cache.read_bytes(name)
    try:
        entry = None if stored is None else json.loads(stored, object_hook=_undated)
    except (TypeError, ValueError):  # not JSON, or a tag that is not a date: parsed again, and replaced
        entry = None
    if isinstance(entry, dict) and entry.get("key") == key and "data" in entry:
        return entry["data"]
    data = yaml.load(text, Loader=FAST_LOADER)
    try:
        dump = json.dumps({"key": key, "data": data}, ensure_ascii=False, default=_dated)
        same = json.loads(dump, object_hook=_undated)["data"] == data
    except (TypeError, ValueError):  # a time of day, say: parsed each time
        same = False
    if same:
        disk_cache.write_text(name, dump, prefix=DATA_PREFIX)
    return data


def _dated(value: object) -> dict[str, str]:
    if type(value) is dt.date:
        return {"$date": value.isoformat()}
    raise TypeError(type(value).__name__)


def _undated(value: dict[str, Any]) -> Any:
    return dt.date.fromisoformat(value["$date"]) if value.keys() == {"$date"} else value
