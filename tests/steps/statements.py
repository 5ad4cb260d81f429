"""Steps for statements: what someone said (``Case.statements``), and whether an explanation quotes it."""

from __future__ import annotations

from typing import Any

from pytest_bdd import given, parsers, then

from engine.kernel.result_model import Explanation
from steps.classification import PAIR, one


@given(
    parsers.re(
        r'"(?P<by>[^"]+)" a déclaré(?: le (?P<day>\d{4}-\d{2}-\d{2}))? au sujet de "(?P<about>[^"]+)", '
        r'sur la question "(?P<fact>[^"]*)" : "(?P<text>[^"]*)"'
    )
)
def statement(case: dict[str, Any], by: str, day: str | None, about: str, fact: str, text: str) -> None:
    said = case.setdefault("statements", [])
    entry = {"id": f"d{len(said) + 1}", "by": by, "about": about, "bears_on": fact or None, "content": text}
    said.append(entry | ({"date": day} if day else {}))


@given(parsers.re(r'un témoin "(?P<pid>[^"]+)"$'))
def witness(case: dict[str, Any], pid: str) -> None:
    case["persons"].append({"id": pid, "roles": ["temoin"]})


def _quotes(node: Explanation, start: str, words: str) -> list[Explanation]:
    """The nodes still to establish under which the statement is quoted."""
    here = [node] if node.would_change and any(c.claim.startswith(start) and words in c.claim for c in node.children) else []
    return here + [n for c in node.children for n in _quotes(c, start, words)]


QUOTED = r' (?P<neg>cite|ne cite pas) la déclaration de "(?P<by>[^"]+)" : "(?P<text>[^"]+)"'


@then(parsers.re(r"l'explication de " + PAIR + QUOTED))
def quoted(outcome: dict[str, Any], article: str, perp: str, victim: str, neg: str, by: str, text: str) -> None:
    q = one(outcome, article, perp, victim)
    found = _quotes(q.explanation, f"Déclaration de {by}", f"« {text} » — elle ne vaut pas preuve ; ce fait reste à établir")
    assert bool(found) == (neg == "cite"), f"{article} ({q.status}) : {[n.claim for n in found]}"
