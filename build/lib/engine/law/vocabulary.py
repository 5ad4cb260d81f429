"""The vocabulary of facts that rule conditions may test (rules/facts.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from engine.law.location import rules_dir

RULES_DIR = rules_dir()


@dataclass(frozen=True)
class FactDef:
    name: str
    label: str
    true_sentence: str
    false_sentence: str
    settable: bool

    def sentence(self, value: bool | None, perpetrator: str, victim: str) -> str:
        if value is None:
            return f"inconnu : {self.label}"
        template = self.true_sentence if value else self.false_sentence
        return template.format(auteur=perpetrator, victime=victim)


@dataclass(frozen=True)
class Vocabulary:
    facts: dict[str, FactDef]

    def settable(self) -> set[str]:
        return {n for n, f in self.facts.items() if f.settable}

    def __contains__(self, name: object) -> bool:
        return name in self.facts


@cache
def vocabulary(path: Path | None = None) -> Vocabulary:
    source = path or RULES_DIR / "facts.yaml"
    raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    facts = {name: FactDef(name, d["label"], d["oui"], d["non"], bool(d.get("settable", False))) for name, d in raw.items()}
    return Vocabulary(facts)
