"""The statements of a case in the notes' statement of facts: what each person said, set apart from the facts."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from engine.case.model import Statement
from engine.documents.document import Block, Heading, Paragraph, Table
from engine.law.vocabulary import vocabulary

CAVEAT = "Ce qu'une personne a dit ne vaut pas preuve : les faits restent tels qu'ils sont indiqués ci-dessus."


def question_label(name: str | None) -> str:
    """The question a statement bears on, in words (its fact's label in rules/facts.yaml)."""
    if not name:
        return "—"
    fact = vocabulary().facts.get(name)
    return fact.label if fact else name


def mine(statements: Iterable[Statement], victims: set[str]) -> list[Statement]:
    """For a note on some victims: the statements concerning them (``about``, else the person who spoke)."""
    return [s for s in statements if (s.about or s.by) in victims]


def statements_blocks(statements: Iterable[Statement], who: Callable[[str], str]) -> list[Block]:
    ordered = sorted(statements, key=lambda s: (s.date is None, s.date, s.id))
    if not ordered:
        return []
    rows = tuple(
        (
            f"{s.date:%d/%m/%Y}" if s.date else "—",
            who(s.by),
            who(s.about) if s.about else "—",
            question_label(s.bears_on),
            s.content,
            s.source or "",
        )
        for s in ordered
    )
    header = ("Date", "Déclarant", "Personne concernée", "Question", "Propos", "Source")
    return [Heading("Déclarations", 2), Paragraph(CAVEAT, note=True), Table(header, rows, (2, 2, 2, 3, 5, 2))]
