"""Protection stage: flags and the victim's rights, derived by durable-rules from stage-2 facts.

The stage-2 facts (engine/reasoning/protection_facts.py) are asserted in a fresh session of the same
ruleset; each firing names its rule and alternative. For a rule and a subject, the first
alternative that fired gives the status (the rule file orders them from the strongest).
"""

from __future__ import annotations

from engine.case.model import Case
from engine.kernel.result_model import EvidenceOut, Explanation, FactOut, Flag, Qualification, Right
from engine.law.loader import RuleBook, pattern_facts, protection_facts
from engine.law.protection_model import Citation, ProtectionRule
from engine.reasoning.protection_facts import Subject, client_subjects, person_subjects
from engine.reasoning.runtime import Runtime
from engine.reasoning.situations import Situation


def _labels() -> dict[str, str]:
    import yaml

    from engine.law.vocabulary import RULES_DIR

    raw = yaml.safe_load((RULES_DIR / "protection" / "facts.yaml").read_text(encoding="utf-8"))
    return {name: spec["label"] for names in raw.values() for name, spec in names.items()}


_LABELS: dict[str, str] = {}


def _fact(subject: Subject, name: str) -> FactOut:
    value = subject.values.get(name)
    word = {True: "oui", False: "non", None: "inconnu"}[value]
    return FactOut(
        fact=name,
        value=value,
        sentence=f"{_LABELS[name]} : {word}",
        evidence=[EvidenceOut(ref=e.ref, text=e.text) for e in subject.evidence.get(name, [])],
    )


def _cite(c: Citation) -> str:
    return c.ref


def protect(
    case: Case, situations: list[Situation], quals: list[Qualification], book: RuleBook, runtime: Runtime
) -> tuple[list[Flag], list[Right]]:
    if not _LABELS:
        _LABELS.update(_labels())
    subjects = {s.key: s for s in person_subjects(case, situations, quals) + client_subjects(case, situations)}
    firings = runtime.run([s.as_fact() for s in subjects.values()]) if book.protection else []
    best: dict[tuple[str, str], int] = {}
    for f in firings:
        if f.meta.part == "protection":
            pair = (f.meta.offence, f.key)
            best[pair] = min(best.get(pair, f.meta.alternative), f.meta.alternative)
    flags: list[Flag] = []
    rights: list[Right] = []
    for (rule_id, subject_key), k in sorted(best.items()):
        rule: ProtectionRule = book.protection[rule_id]
        alt = rule.alternatives[k]
        subject = subjects[subject_key]
        sources = [_cite(c) for c in rule.sources]
        node = Explanation(
            claim=f"{rule.label} — {subject.key} : {alt.text}",
            rule=f"{rule.id}#{k}",
            quote=next((c.quote for c in rule.sources if c.quote), None),
            facts=[_fact(subject, n) for n in pattern_facts(alt.when)],
            sources=sources,
            would_change=[
                _LABELS[n]
                for a in rule.alternatives[:k]
                for n in pattern_facts(a.when)
                if subject.values.get(n) is None and n in _LABELS
            ],
        )
        if rule.category == "flag":
            flags.append(Flag(kind=rule.kind, person=subject.key, status=alt.status, sources=sources, explanation=node))
        else:
            rights.append(Right(kind=rule.kind, person=subject.key, status=alt.status, sources=sources, explanation=node))
    return flags, rights


__all__ = ["protect", "protection_facts"]
