"""The validated rule book and its compiled ruleset, kept in the user's cache folder (engine/kernel/disk_cache.py).

Reading and checking the rule files (YAML, quotes against the texts) costs more than a second; the cache makes it
a JSON read. Its key hashes every file under the rules folder (``QUALIF_RULES`` or ``rules/``), the code that reads
and compiles them and :data:`FORMAT`: a rule file edited, added or removed gives another key, so an entry is never
stale. The entry holds the rule book as ``model_dump(mode="json")`` (reloaded with ``model_validate``: the same
validators run again) and each shard's ruleset as durable-rules registers it; never pickle, never case data. A corrupt
entry is rebuilt; a folder that cannot be written leaves the rules built in memory only.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pydantic

import engine.law
from engine.kernel import disk_cache
from engine.law.loader import RuleBook, load_rulebook
from engine.law.protection_model import ProtectionRule
from engine.law.rule_model import Offence
from engine.law.vocabulary import RULES_DIR
from engine.reasoning import compiler
from engine.reasoning.compiler import Compiled, RuleMeta, compile_rulebook

FORMAT = 3  # raise it when the shape of an entry changes (2: the ruleset in shards; 3: each rule's own text)
PREFIX = "regles-"


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def cache_key(rules: Path | None = None) -> str:
    """The hash of every rule file (name and bytes), of the engine code that reads and compiles them, of the
    Python and pydantic versions, of :data:`FORMAT` and of the shard size (compiler.MAX_RULES_PER_RULESET)."""
    rules = rules or RULES_DIR
    head = f"{FORMAT} {sys.version_info[:2]} {pydantic.VERSION} {compiler.MAX_RULES_PER_RULESET}"
    digest = hashlib.sha256(head.encode())
    code = [*_files(Path(engine.law.__file__).parent), Path(compiler.__file__), Path(__file__)]
    for root, paths in ((rules, _files(rules)), (Path(engine.law.__file__).parents[1], code)):
        for path in paths:
            data = path.read_bytes()
            digest.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()[:32]


def encode(key: str, book: RuleBook, compiled: Compiled) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "key": key,
        "offences": {k: o.model_dump(mode="json") for k, o in book.offences.items()},
        "files": book.files,
        "version_hash": book.version_hash,
        "protection": {k: r.model_dump(mode="json") for k, r in book.protection.items()},
        "protection_labels": book.protection_labels,
        "rules": {name: rule_text(compiled.ruleset, name) for name in compiled.ruleset},
        "shards": [list(shard) for shard in compiled.shards],
        "meta": [[name, *_meta_row(m)] for name, m in compiled.meta.items()],
    }


class Rules(Mapping[str, dict[str, Any]]):
    """The compiled rules from their texts (``rule_text``), each parsed when first read: the engine registers the
    texts, and reads few of the rules themselves."""

    def __init__(self, texts: dict[str, str]):
        self.texts = texts
        self._parsed: dict[str, dict[str, Any]] = {}

    def __getitem__(self, name: str) -> dict[str, Any]:
        rule = self._parsed.get(name)
        if rule is None:
            rule = self._parsed[name] = {**json.loads(self.texts[name]), "run": name}
        return rule

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts)

    def __len__(self) -> int:
        return len(self.texts)


def rule_text(ruleset: Mapping[str, dict[str, Any]], name: str) -> str:
    """One rule as its shard's definition holds it (``Compiled.definitions``: JSON, without the action name)."""
    if isinstance(ruleset, Rules):
        return ruleset.texts[name]
    return json.dumps({k: v for k, v in ruleset[name].items() if k != "run"}, ensure_ascii=False)


def definition(ruleset: Mapping[str, dict[str, Any]], names: Iterable[str]) -> str:
    """The JSON of these rules as one durable-rules ruleset, the same text as ``Compiled.definitions``."""
    dump = json.dumps
    return "{" + ", ".join(f"{dump(name, ensure_ascii=False)}: {rule_text(ruleset, name)}" for name in names) + "}"


def _meta_row(m: RuleMeta) -> list[Any]:
    return [m.offence, m.version, m.mode, m.part, m.part_id, m.polarity, m.alternative, m.pattern]


def decode(entry: Any, key: str) -> tuple[RuleBook, Compiled]:
    """The rule book and ruleset of an entry; ``ValueError`` (or ``LookupError``, ``TypeError``) if it is not one."""
    if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
        raise ValueError("not an entry of this key")
    book = RuleBook(
        offences={k: Offence.model_validate(v) for k, v in entry["offences"].items()},
        files=dict(entry["files"]),
        version_hash=str(entry["version_hash"]),
        protection={k: ProtectionRule.model_validate(v) for k, v in entry["protection"].items()},
        protection_labels=dict(entry["protection_labels"]),
    )
    texts: dict[str, str] = entry["rules"]
    shards = tuple(tuple(shard) for shard in entry["shards"])
    if not isinstance(texts, dict) or not shards or not all(isinstance(t, str) for t in texts.values()):
        raise ValueError("no ruleset")
    meta = {row[0]: RuleMeta(*row[1:]) for row in entry["meta"]}
    if list(meta) != list(texts) or {n for shard in shards for n in shard} != set(texts):
        raise ValueError("rules and their meta differ")
    return book, with_definitions(Rules(texts), meta, shards)


def with_definitions(
    ruleset: Mapping[str, dict[str, Any]], meta: dict[str, RuleMeta], shards: tuple[tuple[str, ...], ...]
) -> Compiled:
    """These compiled rules, each shard's definition joined from the rules' texts (none parsed again)."""
    compiled = Compiled(ruleset, meta, shards)
    compiled.__dict__["definitions"] = tuple(definition(ruleset, names) for names in shards)  # the cached_property
    return compiled


def book_and_ruleset() -> tuple[RuleBook, Compiled]:
    """From the cache when it holds this key, else built (and stored when the folder can be written)."""
    key = cache_key()
    name = f"{PREFIX}{key}.json"
    entry = disk_cache.read(name)
    if entry is not None:
        try:
            return decode(entry, key)
        except (LookupError, TypeError, ValueError):  # pydantic's ValidationError is a ValueError
            pass  # corrupt or foreign: rebuilt below, and replaced
    book = load_rulebook()
    compiled = compile_rulebook(book)
    disk_cache.write(name, encode(key, book, compiled), prefix=PREFIX)
    return book, compiled
