"""Steps for the notes (engine/documents): what their statement of facts says of the case."""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, then

from engine.api import parse_case
from engine.documents.exports import render_note
from steps.classification import _result


@then(
    parsers.re(
        r'l\'exposé des faits de la note de qualification liste la complicité de "(?P<pid>[^"]+)" '
        r'dans l\'acte "(?P<aid>[^"]+)" : "(?P<words>[^"]*)"'
    )
)
def note_lists_participation(case: dict[str, Any], outcome: dict[str, Any], pid: str, aid: str, words: str) -> None:
    parsed = parse_case(case)
    act = next(a for a in parsed.acts if a.id == aid)
    text = render_note("qualification", "md", parsed, _result(outcome)).decode("utf-8")
    section = text.split("### Complicité et participation", 1)[-1].split("\n### ", 1)[0]
    rows = [r for r in section.splitlines() if r.startswith(f"| {pid} | {act.date:%d/%m/%Y} — ")]
    assert rows and all(w.strip() in rows[0] for w in words.split(";")), section


@then(parsers.re(r'le résumé (?P<which>texte|détaillé) (?P<neg>ne )?mentionne (?:pas )?"(?P<text>[^"]+)"'))
def summary_mentions(outcome: dict[str, Any], which: str, neg: str | None, text: str) -> None:
    from engine.documents.render import render_explanation, render_summary

    shown = (render_summary if which == "texte" else render_explanation)(_result(outcome))
    assert (text not in shown) if neg else (text in shown), shown
