"""Conditions of the rule files: their operators, the ``inconnu`` shorthand and their three-valued negation.

A condition is a list of alternatives; an alternative is a durable-rules pattern over facts that are
each oui (true), non (false) or inconnu (absent). :func:`negate` derives when a condition is
*definitely false*: false for the facts given and for every way of establishing the unknown ones.
It turns each alternative into disjunctive normal form, each term a conjunction of per-fact sets of
admitted values ({T}, {F}, {U}, {T, F} for ``$ex``…); a term is definitely false when one of its
facts is known and outside its set, so its negation offers, per fact, the known values it excludes
({T, F} minus the set: never inconnu). The negation of the condition is the conjunction of its
terms' negations, multiplied out, with the terms that another one subsumes left out. This is exact
(no exclusion is missed or added for the condition as written) and never excludes on an unknown fact.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Pattern = dict[str, Any]

OPERATORS = {"$and", "$or", "$lt", "$lte", "$gt", "$gte", "$neq", "$ex", "$nex"}
COMPARISONS = {"$lt", "$lte", "$gt", "$gte"}
UNKNOWN = "inconnu"  # ``fact: inconnu`` is written for ``$nex: {fact: 1}``
MAX_TERMS = 64

_T, _F, _U = True, False, None
_KNOWN: frozenset[bool | None] = frozenset({_T, _F})
Term = dict[str, frozenset[bool | None]]


def pattern_facts(pattern: dict[str, Any]) -> list[str]:
    """The fact names a pattern reads, in order (for explanations and 'what would change')."""
    out: list[str] = []
    for key, value in pattern.items():
        if key in ("$and", "$or"):
            for item in value:
                out.extend(f for f in pattern_facts(item) if f not in out)
        elif key in OPERATORS:
            out.extend(f for f in pattern_facts(value) if f not in out)
        elif key not in out:
            out.append(key)
    return out


def alternatives_facts(alternatives: Iterable[dict[str, Any]]) -> tuple[str, ...]:
    """The fact names any of the alternatives reads, each once, in order."""
    return tuple(dict.fromkeys(n for alt in alternatives for n in pattern_facts(alt)))


class NotNegatable(ValueError):
    """The condition has no safe derived negation: the rule file must give it explicitly."""

    alternative: int | None = None  # the alternative at fault, when one is


def expand_unknown(pattern: dict[str, Any]) -> None:
    """In place: ``{a: false, b: inconnu}`` → ``{a: false, $nex: {b: 1}}``, in nested patterns too;
    several unknown facts go in one ``$and`` where the first one stands. Line numbers follow."""
    for value in pattern.values():
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict):
                expand_unknown(item)
    unknown = [k for k, v in pattern.items() if v == UNKNOWN and not str(k).startswith("$")]
    if not unknown:
        return
    if "$nex" in pattern or (len(unknown) > 1 and "$and" in pattern):
        raise ValueError(f"« {UNKNOWN} » avec « $nex » ou « $and » dans la même condition : n'écrire qu'une forme")
    lines = getattr(pattern, "key_lines", {})
    items = list(pattern.items())
    pattern.clear()
    for key, value in items:
        if key == unknown[0]:
            expanded = _one_each("$nex", dict.fromkeys(unknown, 1))
            pattern.update(expanded)
            lines.update(dict.fromkeys(expanded, lines.get(key)))
        elif key not in unknown:
            pattern[key] = value


def _one_each(op: str, facts: dict[str, Any]) -> Pattern:
    """durable-rules reads one fact per operator object: several go in an ``$and``."""
    items = [{op: {name: value}} for name, value in facts.items()]
    return items[0] if len(items) == 1 else {"$and": items}


def _product(left: list[Term], right: list[Term]) -> list[Term]:
    out: list[Term] = []
    for a in left:
        for b in right:
            term = dict(a)
            for name, values in b.items():
                term[name] = term.get(name, frozenset({_T, _F, _U})) & values
            if all(term.values()):  # an empty set: the term can never hold
                out.append(term)
    return out


def _terms(pattern: Pattern) -> list[Term]:
    """The alternative as a disjunction of terms (disjunctive normal form)."""
    terms: list[Term] = [{}]
    for key, value in pattern.items():
        if key == "$and":
            for item in value:
                terms = _product(terms, _terms(item))
        elif key == "$or":
            terms = _product(terms, [t for item in value for t in _terms(item)])
        elif key in ("$nex", "$ex"):
            terms = _product(terms, [{name: frozenset({_U}) if key == "$nex" else _KNOWN for name in value}])
        elif key == "$neq":
            ((name, v),) = value.items()
            if not isinstance(v, bool):
                raise NotNegatable(f"« $neq » sur une valeur non oui/non ({name}: {v!r})")
            terms = _product(terms, [{name: frozenset({not v})}])
        elif key in COMPARISONS:
            raise NotNegatable(f"comparaison « {key} » sur un fait oui/non/inconnu : son contraire n'est pas défini")
        elif isinstance(value, bool):
            terms = _product(terms, [{key: frozenset({value})}])
        else:
            raise NotNegatable(f"le fait « {key} » se compare à {value!r}, qui n'est ni oui ni non")
        if len(terms) > MAX_TERMS:
            raise NotNegatable(f"condition trop longue à développer (plus de {MAX_TERMS} cas)")
    return terms


def _subsumes(a: Term, b: Term) -> bool:
    """Every state that satisfies b satisfies a."""
    return all(name in b and b[name] <= values for name, values in a.items())


def _absorb(terms: Iterable[Term]) -> list[Term]:
    out: list[Term] = []
    for term in terms:
        if not any(_subsumes(o, term) for o in out):
            out = [o for o in out if not _subsumes(term, o)] + [term]
    return out


def _pattern(term: Term) -> Pattern:
    out: Pattern = {}
    known = {name: 1 for name, values in term.items() if values == _KNOWN}
    for name, values in term.items():
        if values == _KNOWN:
            if name == next(iter(known)):
                out.update(_one_each("$ex", known))
        else:
            (value,) = values
            out[name] = value
    return out


def holds(pattern: Pattern, values: dict[str, bool | None]) -> bool:
    """Whether the alternative holds for these three-valued facts (None or absent: unknown)."""
    return any(all(values.get(name) in admitted for name, admitted in term.items()) for term in _terms(pattern))


Terms = tuple[tuple[tuple[str, frozenset[bool | None]], ...], ...]


def terms_of(alternatives: list[Pattern]) -> Terms:
    """The terms of these alternatives, made once for :func:`holds_any`."""
    return tuple(tuple(term.items()) for alt in alternatives for term in _terms(alt))


def holds_any(terms: Terms, values: dict[str, bool | None]) -> bool:
    """``any(holds(alt, values) for alt in alternatives)`` on their :func:`terms_of`."""
    get = values.get
    return any(all(get(name) in admitted for name, admitted in term) for term in terms)


def negate(alternatives: list[Pattern]) -> list[Pattern]:
    """The alternatives that make the condition definitely false (see the module docstring)."""
    result: list[Term] = [{}]
    for i, alternative in enumerate(alternatives):
        try:
            terms = _terms(alternative)
        except NotNegatable as exc:
            exc.alternative = i
            raise
        for term in terms:
            options = [{name: _KNOWN - values} for name, values in term.items() if _KNOWN - values]
            result = _absorb(_product(result, options))
            if len(result) > MAX_TERMS:
                raise NotNegatable(f"négation trop longue (plus de {MAX_TERMS} cas)")
    if {} in result:
        raise NotNegatable("la condition ne peut jamais être remplie")
    return [_pattern(t) for t in result]
