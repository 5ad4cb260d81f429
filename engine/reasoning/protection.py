"""Protection stage: flags and the victim's rights, derived by durable-rules from stage-2 facts.

The stage-2 facts (engine/reasoning/protection_facts.py) are asserted in the engine's one durable-rules
session, once the stage-1 facts are retracted; each firing names its rule and alternative. For a rule and
a subject, the first alternative that fired gives the status (the rule file orders them from the strongest);
each of the rule's notes that fired adds its sentence to the text (``notes``: a minor client, 122-8).
"""

from __future__ import annotations

from engine.case.model import Case
from engine.kernel.result_model import FactOut, Flag, Qualification, Right, new_evidence, new_explanation, new_fact
from engine.law.loader import RuleBook
from engine.law.protection_model import Citation, ProtectionRule
from engine.reasoning.flag_bounds import bounded
from engine.reasoning.protection_facts import Subject, client_subjects, person_subjects
from engine.reasoning.runtime import Runtime
from engine.reasoning.situations import Situation


def _fact(subject: Subject, name: str, labels: dict[str, str]) -> FactOut:
    value = subject.values.get(name)
    word = {True: "oui", False: "non", None: "inconnu"}[value]
    evidence = [new_evidence(e.ref, e.text) for e in subject.evidence.get(name, ())]
    return new_fact(name, value, f"{labels[name]} : {word}", evidence)


def _cite(c: Citation) -> str:
    return c.ref


def protect(
    case: Case, situations: list[Situation], quals: list[Qualification], book: RuleBook, runtime: Runtime
) -> tuple[list[Flag], list[Right]]:
    labels = book.protection_labels
    subjects = {s.key: s for s in person_subjects(case, situations, quals) + client_subjects(case, situations)}
    firings = runtime.run([s.as_fact() for s in subjects.values()]) if book.protection else []
    best: dict[tuple[str, str], int] = {}
    noted: dict[tuple[str, str], set[int]] = {}  # the notes whose condition held, by rule and subject
    for f in firings:
        if f.meta.part == "protection":
            pair = (f.meta.offence, f.key)
            best[pair] = min(best.get(pair, f.meta.alternative), f.meta.alternative)
        elif f.meta.part == "note":
            noted.setdefault((f.meta.offence, f.key), set()).add(f.meta.alternative)
    flags: list[Flag] = []
    rights: list[Right] = []
    made: dict[tuple[str, str], FactOut] = {}  # a subject's fact, cited by several rules, made once

    def fact(subject: Subject, name: str) -> FactOut:
        out = made.get((subject.key, name))
        if out is None:
            out = made[(subject.key, name)] = _fact(subject, name, labels)
        return out

    for (rule_id, subject_key), k in sorted(best.items()):
        rule: ProtectionRule = book.protection[rule_id]
        alt = rule.alternatives[k]
        subject = subjects[subject_key]
        status, text, lacking = bounded(alt, subject, quals, frozenset(rule.minority_offences))
        notes = [rule.notes[i] for i in sorted(noted.get((rule_id, subject_key), ()))]
        text = "".join([text, *(f" ; {n.text}" for n in notes)])
        known = {n for n, v in subject.values.items() if v is not None}
        earlier = [n for a in rule.alternatives[:k] for n in a.facts_read()]  # the facts of the stronger alternatives
        sources = [_cite(c) for c in rule.sources]
        node = new_explanation(
            claim=f"{rule.label} — {subject.key} : {text}",
            rule=f"{rule.id}#{k}",
            quote=next((c.quote for c in rule.sources if c.quote), None),
            facts=[fact(subject, n) for n in dict.fromkeys([*alt.facts_read(), *(f for n in notes for f in n.facts_read())])],
            sources=sources,
            would_change=list(dict.fromkeys([*(labels[n] for n in earlier if n in labels and n not in known), *lacking])),
        )
        if rule.category == "flag":
            flags.append(Flag(kind=rule.kind, person=subject.key, status=status, sources=sources, explanation=node))
        else:
            rights.append(Right(kind=rule.kind, person=subject.key, status=status, sources=sources, explanation=node))
    return flags, rights


__all__ = ["protect"]
