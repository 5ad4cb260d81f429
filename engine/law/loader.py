"""Load and validate rules/offences/*.yaml; any defect stops the engine with the file and line.

Conditions may write ``fact: inconnu`` for ``$nex: {fact: 1}``; an exclusion left out is derived
from its condition (engine/law/conditions.py) or, when it cannot be, the load stops and says where.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from engine.kernel.errors import RuleFileError
from engine.law.conditions import OPERATORS, NotNegatable, expand_unknown, negate
from engine.law.protection_model import Alternative, Citation, ProtectionRule
from engine.law.rule_model import Offence, Pattern, TextRef, Version
from engine.law.texts import articles, contains_quote, normalise
from engine.law.vocabulary import FAST_LOADER, RULES_DIR, Vocabulary, vocabulary

RENAMED = {"$ne": "$neq"}
DATED_SUBJECTS = {"client"}  # stage-2 subjects that carry the date of their facts (engine/reasoning/protection_facts.py)


class _LineDict(dict[str, Any]):
    line: int = 0
    key_lines: dict[str, int]


class _LineLoader(yaml.SafeLoader):
    """The pure-Python parser: its error messages quote the faulty line (libyaml's do not)."""


class _FastLineLoader(FAST_LOADER):  # type: ignore[misc,valid-type]
    """The same constructors on libyaml's parser, tried first (about four times faster on the rule book)."""


def load_lines(text: str) -> Any:
    """The YAML document with the line of each mapping and key; an error is the pure-Python parser's."""
    try:
        return yaml.load(text, Loader=_FastLineLoader)
    except yaml.YAMLError:
        return yaml.load(text, Loader=_LineLoader)


def construct_mapping(loader: Any, node: yaml.MappingNode) -> _LineDict:  # loader: a SafeLoader or a CSafeLoader
    loader.flatten_mapping(node)
    out = _LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[str(key)] = key_node.start_mark.line + 1
    return out


def _construct_timestamp(loader: Any, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise yaml.constructor.ConstructorError(None, None, f"date impossible « {node.value} » ({exc})", node.start_mark) from exc


for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def line_of(raw: Any, loc: tuple[Any, ...]) -> int | None:
    line = getattr(raw, "line", None)
    node = raw
    for part in loc:
        if isinstance(node, _LineDict) and isinstance(part, str):
            line = node.key_lines.get(part, line)
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
            line = getattr(node, "line", line)
        else:
            break
    return line


@dataclass(frozen=True)
class RuleBook:
    """Every offence and protection rule, validated, and the hash that identifies this set of rules."""

    offences: dict[str, Offence]
    files: dict[str, str]
    version_hash: str
    protection: dict[str, ProtectionRule] = field(default_factory=dict)
    protection_labels: dict[str, str] = field(default_factory=dict)  # stage-2 fact → its French label


def _walk_patterns(pattern: Any, raw: Any, file: str, vocab: Vocabulary | set[str]) -> None:
    if not isinstance(pattern, dict) or not pattern:
        raise RuleFileError(file, getattr(raw, "line", None), "une condition doit être un objet non vide")
    for key, value in pattern.items():
        line = raw.key_lines.get(key) if isinstance(raw, _LineDict) else None
        if key in ("$and", "$or"):
            if not isinstance(value, list) or not value:
                raise RuleFileError(file, line, f"« {key} » attend une liste de conditions")
            for item in value:
                _walk_patterns(item, item, file, vocab)
        elif key in OPERATORS:
            if not isinstance(value, dict) or len(value) != 1:
                raise RuleFileError(file, line, f"« {key} » porte sur un seul fait, par exemple {{{key}: {{fait: 1}}}}")
            _walk_patterns(value, value, file, vocab)
        elif key in RENAMED:
            raise RuleFileError(file, line, f"opérateur « {key} » inconnu de durable-rules : écrire « {RENAMED[key]} »")
        elif key.startswith("$"):
            raise RuleFileError(file, line, f"opérateur « {key} » non admis (admis : {', '.join(sorted(OPERATORS))})")
        elif key not in vocab:
            raise RuleFileError(file, line, f"fait « {key} » inconnu (voir rules/facts.yaml)")
        elif not isinstance(value, bool | int):
            raise RuleFileError(file, line, f"le fait « {key} » vaut true, false ou inconnu (oui, non, inconnu)")


def _check_quote(file: str, line: int | None, ref: TextRef, quote: str) -> None:
    try:
        known = articles(ref.file)
    except FileNotFoundError as exc:
        raise RuleFileError(file, line, f"texte « {ref.file} » absent de rules/texts/") from exc
    if ref.key not in known:
        what = f"la version du {ref.since:%d/%m/%Y} de l'article {ref.article}" if ref.since else f"article {ref.article}"
        raise RuleFileError(file, line, f"{what} absent(e) de rules/texts/{ref.file}")
    if not contains_quote(ref.file, ref.key, quote):
        raise RuleFileError(file, line, f"citation introuvable dans l'article {ref.key} : « {quote[:80]} »")


def _expand(conditions: Any, file: str) -> None:
    """``fact: inconnu`` → ``$nex`` in each alternative of a raw condition list."""
    for alt in conditions if isinstance(conditions, list) else []:
        if isinstance(alt, dict):
            try:
                expand_unknown(alt)
            except ValueError as exc:
                raise RuleFileError(file, getattr(alt, "line", None), str(exc)) from exc


def _expand_offence(raw: Any, file: str) -> None:
    for version in raw.get("versions") or []:
        for part, keys in (("elements", ("satisfied_when", "excluded_when")), ("aggravations", ("when", "unless"))):
            for item in (version.get(part) or []) if isinstance(version, dict) else []:
                for key in keys if isinstance(item, dict) else ():
                    _expand(item.get(key), file)


def _negation(condition: list[Pattern], raw: Any, key: str, exclusion: str, file: str) -> list[Pattern]:
    try:
        return negate(condition)
    except NotNegatable as exc:
        line = raw.key_lines.get(key) if isinstance(raw, _LineDict) else None
        if exc.alternative is not None:
            line = getattr(raw[key][exc.alternative], "line", line)
        raise RuleFileError(file, line, f"{exc} : la négation ne peut être dérivée, écrire « {exclusion} »") from exc


def _derive(version: Version, rv: Any, file: str) -> Version:
    """The version with every exclusion left out replaced by its derived negation."""
    elements = list(version.elements)
    for i, e in enumerate(elements):
        if e.excluded_when is None:
            derived = _negation(e.satisfied_when, rv["elements"][i], "satisfied_when", "excluded_when", file)
            elements[i] = e.model_copy(update={"excluded_when": derived})
    aggravations = list(version.aggravations)
    for i, a in enumerate(aggravations):
        if a.unless is None:
            aggravations[i] = a.model_copy(update={"unless": _negation(a.when, rv["aggravations"][i], "when", "unless", file)})
    return version.model_copy(update={"elements": elements, "aggravations": aggravations})


def _check(offence: Offence, raw: Any, file: str, vocab: Vocabulary) -> Offence:
    """Check quotes, natures and conditions; return the offence with its exclusions derived."""
    versions = []
    for vi, version in enumerate(offence.versions):
        rv = raw["versions"][vi]
        _check_quote(file, rv.key_lines.get("text"), version.text, version.penalty.quote)
        if (version.nature == "crime") != (version.penalty.kind == "reclusion_criminelle"):
            raise RuleFileError(file, rv.line, "nature et peine incohérentes (crime ⇔ réclusion criminelle)")
        for ei, element in enumerate(version.elements):
            re_ = rv["elements"][ei]
            _check_quote(file, re_.key_lines.get("quote"), element.text or version.text, element.quote)
            for key in ("satisfied_when", "excluded_when"):
                for pi, pattern in enumerate(getattr(element, key) or []):
                    _walk_patterns(pattern, re_[key][pi] if key in re_ else None, file, vocab)
        for ai, agg in enumerate(version.aggravations):
            ra = rv["aggravations"][ai]
            _check_quote(file, ra.key_lines.get("quote"), agg.text, agg.quote)
            _check_quote(file, ra.key_lines.get("penalty"), agg.text, agg.penalty.quote)
            for key in ("when", "unless"):
                for pi, pattern in enumerate(getattr(agg, key) or []):
                    _walk_patterns(pattern, ra[key][pi] if key in ra else None, file, vocab)
        versions.append(_derive(version, rv, file))
    for ai, attempt in enumerate(offence.attempts):
        _check_quote(file, raw["attempts"][ai].key_lines.get("quote"), attempt.text, attempt.quote)
    return offence.model_copy(update={"versions": versions})


def _include(raw: Any, name: str) -> None:
    """Resolve ``include_aggravations: FILE`` (a list under rules/shared/) in each version."""
    for version in raw.get("versions") or []:
        if not isinstance(version, dict) or "include_aggravations" not in version:
            continue
        line = version.key_lines.get("include_aggravations") if isinstance(version, _LineDict) else None
        shared = RULES_DIR / "shared" / str(version.pop("include_aggravations"))
        if not shared.is_file():
            raise RuleFileError(name, line, f"fichier inclus introuvable : rules/shared/{shared.name}")
        included = load_lines(shared.read_text(encoding="utf-8"))
        if not isinstance(included, list):
            raise RuleFileError(f"rules/shared/{shared.name}", 1, "une liste de circonstances aggravantes est attendue")
        version["aggravations"] = list(version.get("aggravations") or []) + [
            a for a in included if _overlaps(a, version.get("valid_from"), version.get("valid_to"))
        ]


def _overlaps(agg: Any, start: Any, end: Any) -> bool:
    """Whether an included circumstance's own dates meet the version's: a shared list dated in absolute days
    holds wordings that ended before (or began after) some version including it; those never apply there."""
    if not isinstance(agg, dict):
        return True  # refused with its line by validation
    return _not_after(agg.get("valid_from"), end) and _not_after(start, agg.get("valid_to"))


def _not_after(first: Any, last: Any) -> bool:
    """``first <= last`` when both are dates (an open or malformed bound never excludes: validation reports it)."""
    return not (isinstance(first, dt.date) and isinstance(last, dt.date)) or first <= last


def _read(path: Path, name: str) -> Any:
    try:
        return load_lines(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleFileError(name, mark.line + 1 if mark else None, f"YAML illisible : {exc}") from exc


def _validate(model: type[Any], raw: Any, name: str) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RuleFileError(name, line_of(raw, tuple(first["loc"])), f"{where} : {first['msg']}") from exc


SOURCES_DIR = RULES_DIR / "sources"


def _check_citation(name: str, line: int | None, c: Citation) -> None:
    if c.file is None:
        if c.quote:
            raise RuleFileError(name, line, f"citation sans fichier : {c.ref}")
        return
    if c.file.endswith(".md"):
        if not c.article or not c.quote:
            raise RuleFileError(name, line, f"un texte de loi se cite avec l'article et les mots exacts : {c.ref}")
        _check_quote(name, line, TextRef(file=c.file, article=c.article), c.quote)
        return
    path = SOURCES_DIR / c.file
    if not path.is_file():
        raise RuleFileError(name, line, f"source « {c.file} » absente de rules/sources/")
    if not c.quote or normalise(c.quote) not in normalise(path.read_text(encoding="utf-8")):
        raise RuleFileError(name, line, f"citation introuvable dans {c.file} : « {(c.quote or '')[:80]} »")


def load_protection(
    path: Path, facts: dict[str, set[str]], offences: dict[str, Offence] | None = None, complete: bool = True
) -> ProtectionRule:
    """``offences``: those an alternative's ``rests_on`` may name (None: not checked); ``complete`` false, a partial
    rule book (a folder of some offence files): an offence it lacks is not checked."""
    name = f"rules/protection/{path.name}"
    raw = _read(path, name)
    for alt in [*(raw.get("alternatives") or []), *(raw.get("notes") or [])] if isinstance(raw, dict) else []:
        if isinstance(alt, dict):
            _expand([alt.get("when")], name)
    rule: ProtectionRule = _validate(ProtectionRule, raw, name)
    for i, alt in enumerate(rule.alternatives):
        _walk_patterns(alt.when, raw["alternatives"][i].get("when"), name, facts[rule.subject])
        if (alt.valid_from or alt.valid_to) and rule.subject not in DATED_SUBJECTS:
            line = getattr(raw["alternatives"][i], "line", None)
            raise RuleFileError(name, line, f"alternative datée : le sujet « {rule.subject} » ne porte pas la date des faits")
        if alt.rests_on:
            _check_rests_on(name, getattr(raw["alternatives"][i], "line", None), rule, alt, offences, complete)
        elif alt.established_on != "first":
            line = getattr(raw["alternatives"][i], "line", None)
            raise RuleFileError(name, line, "established_on : sans rests_on, aucune qualification à suivre")
    for i, note in enumerate(rule.notes):
        _walk_patterns(note.when, raw["notes"][i].get("when"), name, facts[rule.subject])
    if not any(c.quote for c in rule.sources):
        raise RuleFileError(name, raw.key_lines.get("sources"), "au moins une source doit être citée mot pour mot")
    for i, c in enumerate(rule.sources):
        _check_citation(name, getattr(raw["sources"][i], "line", None), c)
    return rule


def _check_rests_on(
    name: str, line: int | None, rule: ProtectionRule, alt: Alternative, offences: dict[str, Offence] | None, complete: bool
) -> None:
    """``rests_on``: a status « established » or « to_establish » of a client subject (its pair of persons), naming
    offences of the rule book (« id#circonstance »: one of their circumstances)."""
    excluded_any = alt.status == "excluded" and alt.established_on == "any"
    if (alt.status not in ("established", "to_establish") and not excluded_any) or rule.subject != "client":
        said = (
            "rests_on : réservé aux statuts « established » et « to_establish » (« excluded » avec established_on: any) "
            "d'une règle dont le sujet est le client"
        )
        raise RuleFileError(name, line, said)
    if offences is None or not complete:
        return
    for ref in alt.rests_on:
        offence_id, _, circumstance = ref.partition("#")
        if offence_id not in offences:
            raise RuleFileError(name, line, f"rests_on : infraction « {offence_id} » inconnue")
        if circumstance and not any(a.id == circumstance for v in offences[offence_id].versions for a in v.aggravations):
            raise RuleFileError(name, line, f"rests_on : circonstance « {circumstance} » inconnue de « {offence_id} »")


def _protection_vocabulary() -> dict[str, dict[str, Any]]:
    raw: dict[str, dict[str, Any]] = yaml.load(
        (RULES_DIR / "protection" / "facts.yaml").read_text(encoding="utf-8"), Loader=FAST_LOADER
    )
    return raw


def protection_facts() -> dict[str, set[str]]:
    """Subject kind → the stage-2 facts its rules may test (rules/protection/facts.yaml)."""
    return {subject: set(names) for subject, names in _protection_vocabulary().items()}


def protection_labels() -> dict[str, str]:
    """Stage-2 fact → its French label (rules/protection/facts.yaml)."""
    return {name: spec["label"] for names in _protection_vocabulary().values() for name, spec in names.items()}


def load_offence(path: Path, vocab: Vocabulary | None = None) -> Offence:
    vocab = vocab or vocabulary()
    name = f"rules/{path.parent.name}/{path.name}"
    try:
        raw = load_lines(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleFileError(name, mark.line + 1 if mark else None, f"YAML illisible : {exc}") from exc
    if not isinstance(raw, dict):
        raise RuleFileError(name, 1, "le fichier doit décrire une infraction (objet YAML)")
    _include(raw, name)
    _expand_offence(raw, name)
    try:
        offence = Offence.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        msg = first["msg"]
        if first["loc"][-1:] == ("valid_from",) and first["loc"][:1] == ("versions",):
            msg = "date d'entrée en vigueur obligatoire (AAAA-MM-JJ, d'après rules/texts/HISTORY.md ou versions/)"
        raise RuleFileError(name, line_of(raw, tuple(first["loc"])), f"{where} : {msg}") from exc
    return _check(offence, raw, name, vocab)


def rule_files(directory: Path | None = None) -> Iterator[Path]:
    yield from sorted((directory or RULES_DIR / "offences").glob("*.yaml"))


def load_rulebook(directory: Path | None = None) -> RuleBook:
    vocab = vocabulary()
    offences: dict[str, Offence] = {}
    files: dict[str, str] = {}
    digest = hashlib.sha256((RULES_DIR / "facts.yaml").read_bytes())
    for path in rule_files(directory):
        offence = load_offence(path, vocab)
        if offence.id in offences:
            raise RuleFileError(path.name, 1, f"identifiant « {offence.id} » déjà utilisé par {files[offence.id]}")
        offences[offence.id] = offence
        files[offence.id] = f"rules/offences/{path.name}"
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for shared in sorted((RULES_DIR / "shared").glob("*.yaml")):
        digest.update(shared.name.encode() + b"\0" + shared.read_bytes())
    if not offences:
        raise RuleFileError(str(directory or "rules/offences"), None, "aucune règle trouvée")
    for offence in offences.values():
        was = offence.formerly
        if was is None or (directory is not None and was.offence not in offences):
            continue
        earlier = offences.get(was.offence)
        if earlier is None or not any(a.id == was.aggravation for v in earlier.versions for a in v.aggravations):
            raise RuleFileError(
                files[offence.id].rsplit("/", 1)[-1],
                None,
                f"formerly : infraction « {was.offence} » ou circonstance « {was.aggravation} » inconnue",
            )
    protection: dict[str, ProtectionRule] = {}
    facts = protection_facts()
    for path in sorted((RULES_DIR / "protection").glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        if path.name == "facts.yaml":
            continue
        rule = load_protection(path, facts, offences, complete=directory is None)
        if rule.id in protection:
            raise RuleFileError(path.name, 1, f"identifiant « {rule.id} » déjà utilisé")
        protection[rule.id] = rule
    return RuleBook(offences, files, digest.hexdigest()[:16], protection, protection_labels())


