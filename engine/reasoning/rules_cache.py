"""The validated rule book and its compiled ruleset, kept in the user's cache folder (engine/kernel/disk_cache.py).

Reading and checking the rule files (YAML, quotes against the texts) costs more than a second; the cache makes it
a JSON read. Its key hashes every file under the rules folder (``QUALIF_RULES`` or ``rules/``), the code that reads
and compiles them and :data:`FORMAT`: a rule file edited, added or removed gives another key, so an entry is never
stale. An entry is JSON lines: a header with the protection rules as ``model_dump(mode="json")`` (reloaded with
``model_validate``: the same validators run again), the shards and where each offence and group of rules lies; then a
line per offence (its ``model_dump(mode="json")``, reloaded with ``model_validate_json``); then a line per group
(an offence's rules of one version and mode, the protection rules, the session rule) with each rule's text as
durable-rules registers it and its meta. A process classifying one case parses the lines of the offences, versions
and modes it runs only (:meth:`Source.of`).
Never pickle, never case data. A corrupt entry is rebuilt; a folder that cannot be written leaves the rules built in
memory only.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
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
from engine.reasoning.compiler import Compiled, RuleMeta, compile_rulebook, read_types

FORMAT = 6  # raise it when the shape of an entry changes (2: the ruleset in shards; 3: each rule's own text;
# 4: JSON lines, a line per group of rules; 5: a group per offence, version and mode; 6: a line per offence)
PREFIX = "regles-"
Entry = bytes | mmap.mmap  # an entry's bytes, or the file mapped (disk_cache.read_mapped)


def _files(root: Path, under: str = "") -> list[tuple[str, str]]:
    """Every file under ``root`` (``__pycache__`` left out) as its path and its name relative to ``root`` prefixed
    with ``under``, in the order of their parts (os.walk: a third of pathlib's ``rglob`` for the same list)."""
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        rel = os.path.relpath(folder, root)
        prefix = under if rel == "." else f"{under}{rel.replace(os.sep, '/')}/"
        found += [(os.path.join(folder, n), prefix + n) for n in names if os.path.isfile(os.path.join(folder, n))]
    return sorted(found, key=lambda f: f[1].split("/"))


def cache_key(rules: Path | None = None) -> str:
    """The hash of every rule file (name and bytes), of the engine code that reads and compiles them, of the
    Python and pydantic versions, of :data:`FORMAT` and of the shard size (compiler.MAX_RULES_PER_RULESET)."""
    rules = rules or RULES_DIR
    head = f"{FORMAT} {sys.version_info[:2]} {pydantic.VERSION} {compiler.MAX_RULES_PER_RULESET}"
    digest = hashlib.sha256(head.encode())
    law, modules = Path(engine.law.__file__).parent, [Path(compiler.__file__), Path(__file__)]
    code = [*_files(law, f"{law.name}/"), *((str(p), f"{p.parent.name}/{p.name}") for p in modules)]  # engine/…
    for path, name in (*_files(rules), *code):
        with open(path, "rb") as f:
            data = f.read()
        digest.update(f"{name}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()[:32]


ALWAYS = ("@protection", "@session")  # the groups of the rules kept for any case (engine/reasoning/pruning.py)


def _group(m: RuleMeta) -> str:
    if m.part in ("protection", "note"):  # a rule's notes go with its alternatives
        return "@protection"
    return "@session" if m.part == "session" else f"{m.offence}@{m.version}@{m.mode}"


Variant = Callable[[str, str, str], bool]  # (offence, version, mode) → whether its rules are wanted


def rule_facts(compiled: Compiled) -> dict[str, tuple[str, ...]]:
    """Offence id → the facts its compiled rules (of any part) read, each once, in order."""
    out: dict[str, dict[str, None]] = {}
    for m in compiled.meta.values():
        out.setdefault(m.offence, {}).update(dict.fromkeys(m.facts))
    return {offence: tuple(facts) for offence, facts in out.items()}


def encode(key: str, book: RuleBook, compiled: Compiled) -> str:
    """The entry: a header line, then a line per group of rules (each as ``[index, name, text, meta, read types]``)."""
    index = {name: i for i, name in enumerate(compiled.ruleset)}
    groups: dict[str, list[list[Any]]] = {}
    for name, m in compiled.meta.items():
        read = read_types(compiled.ruleset[name])
        row = [index[name], name, rule_text(compiled.ruleset, name), _meta_row(m), None if read is None else sorted(read)]
        groups.setdefault(_group(m), []).append(row)
    offences = {k: (_dump(o.model_dump(mode="json")) + "\n").encode() for k, o in book.offences.items()}
    lines = {g: (_dump([g, rows]) + "\n").encode() for g, rows in groups.items()}
    at, placed, where = 0, dict[str, list[int]](), dict[str, list[int]]()
    for lines_of, into in ((offences, placed), (lines, where)):
        for g, line in lines_of.items():
            into[g], at = [at, len(line)], at + len(line)
    header = {
        "format": FORMAT,
        "key": key,
        "offences": placed,
        "files": book.files,
        "version_hash": book.version_hash,
        "protection": {k: r.model_dump(mode="json") for k, r in book.protection.items()},
        "protection_labels": book.protection_labels,
        "count": len(index),
        "shards": [[index[name] for name in shard] for shard in compiled.shards],
        "facts": rule_facts(compiled),
        "groups": where,
    }
    return _dump(header) + "\n" + b"".join([*offences.values(), *lines.values()]).decode()


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Rules(Mapping[str, dict[str, Any]]):
    """The compiled rules from their texts (``rule_text``), each parsed when first read: the engine registers the
    texts, and reads few of the rules themselves; ``reads``: the fact types each rule reads (``read_types``)."""

    def __init__(self, texts: dict[str, str], reads: dict[str, frozenset[str] | None] | None = None):
        self.texts = texts
        self.reads = reads
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


def rule_reads(ruleset: Mapping[str, dict[str, Any]], names: Iterable[str]) -> dict[str, frozenset[str] | None]:
    """The fact types each of these rules reads (``compiler.read_types``), parsing none a cache entry gave."""
    reads = ruleset.reads if isinstance(ruleset, Rules) else None
    if reads is not None:
        return {name: reads[name] for name in names}
    return {name: read_types(ruleset[name]) for name in names}


def definition(ruleset: Mapping[str, dict[str, Any]], names: Iterable[str]) -> str:
    """The JSON of these rules as one durable-rules ruleset, the same text as ``Compiled.definitions``."""
    dump = json.dumps
    return "{" + ", ".join(f"{dump(name, ensure_ascii=False)}: {rule_text(ruleset, name)}" for name in names) + "}"


def _meta_row(m: RuleMeta) -> list[Any]:
    return [m.offence, m.version, m.mode, m.part, m.part_id, m.polarity, m.alternative, m.pattern]


class Source:
    """The compiled rules of a rule book: all of them (:attr:`compiled`), or those a case concerning some offences
    may fire (:meth:`of`, then pruned: engine/reasoning/pruning.py), read from an entry's lines when asked for."""

    def __init__(self, compiled: Compiled | None = None, data: Entry = b"", header: dict[str, Any] | None = None):
        self._compiled = compiled
        self._data, self._header = data, header or {}
        self._body = data.find(b"\n") + 1
        if compiled is not None:
            self.facts = rule_facts(compiled)  # offence id → the facts its compiled rules read
            return
        facts, groups = self._header["facts"], self._header["groups"]
        if not all(isinstance(v, list) for v in facts.values()) or not isinstance(groups, dict) or set(ALWAYS) - groups.keys():
            raise ValueError("no ruleset")
        self.facts = {str(k): tuple(v) for k, v in facts.items()}

    @property
    def compiled(self) -> Compiled:
        if self._compiled is None:
            self._compiled = self._read(self._header["groups"], whole=True)
        return self._compiled

    def _read(self, groups: Iterable[str], whole: bool) -> Compiled:
        """These groups' rules; a line that is not what the header says (a damaged entry) rebuilds the rules."""
        try:
            return self._lines(groups, whole)
        except (LookupError, TypeError, ValueError):
            self._compiled = _built(str(self._header["key"]))[1]
            return self._compiled

    def of(self, offences: frozenset[str], wanted: Variant | None = None) -> Compiled:
        """The rules of these offences (of the versions and modes ``wanted``, else all), the protection rules and
        the session rule (the whole rule book's when it is already read), in their shards and order."""
        if self._compiled is not None:
            return self._compiled
        groups = []
        for g in self._header["groups"]:
            offence, _, variant = g.partition("@")
            version, _, mode = variant.rpartition("@")
            if offence in offences and (wanted is None or wanted(offence, version, mode)):
                groups.append(g)
        return self._read([*ALWAYS, *groups], whole=False)

    def _lines(self, groups: Iterable[str], whole: bool) -> Compiled:
        rows: list[list[Any]] = []
        for g in groups:
            start, length = self._header["groups"][g]
            at = self._body + start
            got, part = json.loads(self._data[at : at + length])
            if got != g:
                raise ValueError("a group of rules is not where the header says")
            rows += part
        rows.sort(key=lambda row: row[0])
        texts = {name: text for _, name, text, _, _ in rows}
        meta = {name: RuleMeta(*m) for _, name, _, m, _ in rows}
        names = {i: name for i, name, _, _, _ in rows}
        reads = {name: None if read is None else frozenset(read) for _, name, _, _, read in rows}
        shards = tuple(tuple(names[i] for i in shard if i in names) for shard in self._header["shards"])
        if not all(isinstance(t, str) for t in texts.values()) or len(texts) != len(rows) or not shards:
            raise ValueError("no ruleset")
        if not whole:
            return Compiled(Rules(texts, reads), meta, shards)
        if len(rows) != self._header["count"] or {n for shard in shards for n in shard} != set(texts):
            raise ValueError("rules are missing")
        return with_definitions(Rules(texts, reads), meta, shards)


def with_definitions(
    ruleset: Mapping[str, dict[str, Any]], meta: dict[str, RuleMeta], shards: tuple[tuple[str, ...], ...]
) -> Compiled:
    """These compiled rules, each shard's definition joined from the rules' texts (none parsed again)."""
    compiled = Compiled(ruleset, meta, shards)
    compiled.__dict__["definitions"] = tuple(definition(ruleset, names) for names in shards)  # the cached_property
    return compiled


def decode(data: Entry | str, key: str) -> tuple[RuleBook, Source]:
    """The rule book and rules of an entry; ``ValueError`` (or ``LookupError``, ``TypeError``) if it is not one (its
    rules' lines are checked when read: :attr:`Source.compiled` reads them all)."""
    data = data.encode() if isinstance(data, str) else data
    end = data.find(b"\n")
    if end < 0:
        raise ValueError("not an entry: no line after the header")
    header = json.loads(data[:end])
    if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("key") != key:
        raise ValueError("not an entry of this key")
    body = end + 1
    book = RuleBook(  # each offence validated from its line's JSON: no Python objects parsed first
        offences={k: Offence.model_validate_json(data[body + at : body + at + n]) for k, (at, n) in header["offences"].items()},
        files=dict(header["files"]),
        version_hash=str(header["version_hash"]),
        protection={k: ProtectionRule.model_validate(v) for k, v in header["protection"].items()},
        protection_labels=dict(header["protection_labels"]),
    )
    return book, Source(data=data, header=header)


def book_and_ruleset() -> tuple[RuleBook, Compiled]:
    """The rule book and all its compiled rules (:func:`book_and_rules`)."""
    book, rules = book_and_rules()
    return book, rules.compiled


def book_and_rules() -> tuple[RuleBook, Source]:
    """From the cache when it holds this key, else built (and stored when the folder can be written)."""
    key = cache_key()
    name = f"{PREFIX}{key}.jsonl"
    data = disk_cache.read_mapped(name)  # its offences and the groups of rules a case runs read, no more
    if data is not None:
        try:
            book, rules = decode(data, key)
            rules.of(frozenset())  # the lines every case reads: a damaged entry is rebuilt here, not mid-case
            return book, rules
        except (LookupError, TypeError, ValueError):  # pydantic's ValidationError is a ValueError
            pass  # corrupt or foreign: rebuilt below, and replaced
    book, compiled = _built(key)
    return book, Source(compiled)


def _built(key: str) -> tuple[RuleBook, Compiled]:
    """The rules read from the rules folder and compiled, stored under ``key`` when the folder can be written."""
    book = load_rulebook()
    compiled = compile_rulebook(book)
    disk_cache.write_text(f"{PREFIX}{key}.jsonl", encode(key, book, compiled), prefix=PREFIX)
    return book, compiled
