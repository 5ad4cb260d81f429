"""The YAML reader of a case: safe, bounded, duplicate keys refused, dates kept as text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from engine.case.keys import DuplicateKeyError
from engine.case.keys import join as _join
from engine.case.limits import MAX_ALIASES, MAX_DEPTH, MAX_DIGITS, MAX_NODES, TOO_BIG, refuse

try:  # libyaml (C) reads about ten times faster than the pure-Python parser, which stays the fallback
    from yaml import CSafeLoader as _SafeBase
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _SafeBase  # type: ignore[assignment]


MAX_YAML_NODES = 2 * MAX_NODES  # YAML counts the keys too


def _check_events(text: str) -> int:
    """Depth, aliases and values counted on the parser's events, before any node is built (a text of 5 MB
    can hold millions of values: they are refused at the first one beyond the bound). The number of aliases."""
    depth = aliases = values = 0
    for event in yaml.parse(text, Loader=_SafeBase):
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            depth, values = depth + 1, values + 1
            if depth > MAX_DEPTH:
                raise refuse("", f"dossier trop imbriqué (plus de {MAX_DEPTH} niveaux), ligne {line}")
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases, values = aliases + 1, values + 1
            if aliases > MAX_ALIASES:
                raise refuse("", f"trop d'alias YAML (« * ») : plus de {MAX_ALIASES}, ligne {line}")
        elif isinstance(event, yaml.ScalarEvent):
            values += 1
        if values > MAX_YAML_NODES:
            raise refuse("", TOO_BIG)
    return aliases


class CaseLoader(_SafeBase):
    """Safe YAML that refuses duplicate keys and keeps dates as text (the case model checks them field by field).

    Merge keys (``<<``) are standard: a key given explicitly next to a merge overrides the merged one.
    Bounded (with :func:`load_yaml`, which first counts the events): at most MAX_DEPTH levels, MAX_ALIASES
    aliases, MAX_NODES values once the aliases are expanded (a « billion laughs » of a few hundred bytes is
    refused before anything is built), no alias that contains itself, integers of at most MAX_DIGITS digits;
    only the plain types (no ``!!binary``, ``!!set``, ``!!omap``, ``!!pairs``, ``!!timestamp``).
    """

    aliased = True  # set by load_yaml from its count of the events: without aliases, nothing can expand

    def construct_document(self, node: yaml.Node) -> Any:
        if self.aliased:
            _expanded_size(node)
        self._check(node)
        return super().construct_document(node)

    def construct_bounded_int(self, node: yaml.ScalarNode) -> int:
        if len(str(node.value)) > MAX_DIGITS + 8:  # signs, « 0x », « _ » separators: int() never sees 4,300 digits
            raise refuse("", f"nombre trop grand, ligne {node.start_mark.line + 1} (au plus {MAX_DIGITS} chiffres)")
        return super().construct_yaml_int(node)

    def _check(self, root: yaml.Node) -> None:
        done: set[int] = set()  # aliases share their node: each is checked once (and cycles end)
        todo: list[tuple[yaml.Node, str]] = [(root, "")]
        while todo:
            node, path = todo.pop()
            if id(node) in done:
                continue
            done.add(id(node))
            if isinstance(node, yaml.SequenceNode):  # only collections can hold a key twice
                items = [(item, i) for i, item in enumerate(node.value) if isinstance(item, yaml.CollectionNode)]
                todo.extend((item, _join(path, i)) for item, i in reversed(items))
            elif isinstance(node, yaml.MappingNode):
                todo.extend(reversed([pair for pair in self._children(node, path) if isinstance(pair[0], yaml.CollectionNode)]))

    def _children(self, node: yaml.MappingNode, path: str) -> Iterator[tuple[yaml.Node, str]]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node)
            if key in seen:
                mark = key_node.start_mark
                first = seen[key].start_mark.line + 1
                raise DuplicateKeyError(_join(path, str(key)), str(key), mark.line + 1, mark.column + 1, first)
            seen[key] = key_node
            yield value_node, path if key_node.tag == "tag:yaml.org,2002:merge" else _join(path, str(key))

    def _key(self, node: yaml.Node) -> Any:
        """A scalar key as the dict would see it (``1`` and ``0x1`` are one key); a merge ``<<`` as itself."""
        if node.tag == "tag:yaml.org,2002:merge":
            return "<<"
        if isinstance(node, yaml.ScalarNode):
            return self.construct_object(node)
        return ("node", id(node))  # a complex key: the constructor refuses it (unhashable) anyway


def _subnodes(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return [part for pair in node.value for part in pair]  # a mapping: its keys and values


def _expanded_size(root: yaml.Node) -> None:
    """Refuse a document larger than MAX_NODES once its aliases are expanded, or an alias inside itself.

    Each node is counted once (memoised), so the check costs the size of the text, not of the expansion.
    """
    if not isinstance(root, yaml.CollectionNode):
        return
    size: dict[int, int] = {}  # collections only: a scalar counts 1
    open_nodes: set[int] = set()  # the ancestors of the node being counted
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        key = id(node)
        if closing:
            open_nodes.discard(key)
            size[key] = 1 + sum(size.get(id(child), 1) for child in _subnodes(node))
            if size[key] > MAX_YAML_NODES:
                where = f"ligne {node.start_mark.line + 1}"
                raise refuse("", f"les alias YAML développent le dossier au-delà de {MAX_NODES} valeurs ({where})")
        elif key not in size:
            if key in open_nodes:
                raise refuse("", f"alias YAML circulaire : un objet qui se contient lui-même (ligne {node.start_mark.line + 1})")
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend(
                (child, False) for child in _subnodes(node) if isinstance(child, yaml.CollectionNode) and id(child) not in size
            )


CaseLoader.yaml_constructors = {
    tag: constructor
    for tag, constructor in yaml.SafeLoader.yaml_constructors.items()
    if str(tag).rsplit(":", 1)[-1] not in ("binary", "set", "omap", "pairs", "timestamp")
}
CaseLoader.add_constructor("tag:yaml.org,2002:int", CaseLoader.construct_bounded_int)
CaseLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str, loader: type[CaseLoader] = CaseLoader) -> Any:
    """YAML data; yaml.YAMLError on bad syntax, DuplicateKeyError on a key written twice, CaseInputError
    beyond a bound (depth, aliases, values, digits)."""
    aliases = _check_events(text)
    reader = loader(text)
    reader.aliased = aliases > 0
    try:
        return reader.get_single_data()
    finally:
        reader.dispose()
