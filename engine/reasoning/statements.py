"""Statements beside what is still to establish: what someone said of a missing fact, never a proof of it.

A statement (``Case.statements``) sets no fact. Where an element or a circumstance is « à établir » (its
explanation node lists facts ``would_change``), each statement bearing on one of its unknown facts for the
same persons is added under that node: « Déclaration de p2 (03/03/2024) : « … » — elle ne vaut pas preuve ;
ce fait reste à établir ». Persons are named by id, as in all the engine's prose (the documents and the app
name them, engine/documents/naming.py).

Same persons: the person it concerns (``about``, else its author) is the perpetrator or the victim, and its
author is one of them too, or takes part in no act of the case (a witness, an investigator): a client's word
about a victim says nothing of another client.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from engine.case.dates import dmy
from engine.case.model import Case, Statement
from engine.kernel.result_model import Explanation, Qualification
from engine.law.vocabulary import vocabulary

CAVEAT = "elle ne vaut pas preuve ; ce fait reste à établir"


@cache
def _names_of_label(label: str) -> frozenset[str]:
    return frozenset(n for n, f in vocabulary().facts.items() if f.label == label)


def statement_claim(s: Statement) -> str:
    when = f" ({dmy(s.date)})" if s.date else ""
    return f"Déclaration de {s.by}{when} : « {s.content} » — {CAVEAT}"


def _node(s: Statement) -> Explanation:
    sources = [s.source] if s.source else []
    return Explanation(claim=statement_claim(s), rule=None, sources=[*sources, f"déclaration {s.id}"])


def _actors(case: Case) -> frozenset[str]:
    return frozenset(p for a in case.acts for p in (a.actor, a.target, *(a.co_actors or [])))


def concerns(s: Statement, pair: tuple[str, str], actors: frozenset[str]) -> bool:
    """Whether the statement speaks of this perpetrator and victim (module docstring)."""
    subject = s.about or s.by
    return subject in pair and (s.by in pair or s.by not in actors)


def _missing(node: Explanation) -> frozenset[str]:
    """The unknown facts of a node still to establish: its facts without a value, and those it would need."""
    named = {f.fact for f in node.facts if f.value is None}
    return frozenset(named.union(*(_names_of_label(label) for label in node.would_change)))


def _with(node: Explanation, said: list[Statement]) -> Explanation:
    children = [_with(c, said) for c in node.children]
    if node.would_change:
        missing = _missing(node)
        children += [_node(s) for s in said if s.bears_on in missing]
    if children == node.children:
        return node
    return node.model_copy(update={"children": children})


def quoted(node: Explanation) -> list[str]:
    """The statements quoted in an explanation tree, each once, in the order of the tree."""
    here = [node.claim] if node.claim.endswith(CAVEAT) and not node.children else []
    return list(dict.fromkeys(here + [c for child in node.children for c in quoted(child)]))


def with_statements(case: Case, qualifications: Iterable[Qualification]) -> list[Qualification]:
    """The qualifications, each explanation node still to establish followed by the statements bearing on it."""
    quals = list(qualifications)
    if not case.statements:
        return quals
    actors = _actors(case)
    ordered = sorted((s for s in case.statements if s.bears_on), key=lambda s: (s.date is None, s.date, s.id))
    out = []
    for q in quals:
        said = [s for s in ordered if concerns(s, (q.perpetrator, q.victim), actors)]
        if not said:
            out.append(q)
            continue
        aggravations = [a.model_copy(update={"explanation": _with(a.explanation, said)}) for a in q.aggravations]
        out.append(q.model_copy(update={"explanation": _with(q.explanation, said), "aggravations": aggravations}))
    return out
