"""The derivation graph of a victim's qualifications: pieces → facts → elements → qualifications (Graphviz DOT)."""

from __future__ import annotations

from collections.abc import Iterable

from ui import service

COLOURS = {"established": "#2e7d32", "to_establish": "#ef6c00", "excluded": "#9e9e9e"}
FACT_COLOURS = {True: "#2e7d32", False: "#9e9e9e", None: "#ef6c00"}


def _q(text: str, width: int = 38) -> str:
    """A DOT string literal, wrapped on words, with quotes and backslashes escaped."""
    words, lines, line = str(text).split(), [], ""
    for word in words:
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    body = "\\n".join(part.replace("\\", "\\\\").replace('"', '\\"') for part in lines)
    return f'"{body}"'


def dot(qualifications: Iterable[service.Qualification], names: dict[str, str] | None = None) -> str:
    """One DOT digraph; nodes are shared when two qualifications rest on the same fact or piece."""
    nodes: dict[str, str] = {}
    edges: set[tuple[str, str]] = set()
    for q in qualifications:
        qid = f"q:{q.offence}:{q.perpetrator}:{q.mode}"
        colour = COLOURS[q.status]
        nodes[qid] = (
            f'shape=box, style="rounded,filled", fillcolor="{colour}", fontcolor=white, '
            f"label={_q(f'{q.label} (art. {q.article}) — {(names or {}).get(q.perpetrator, q.perpetrator)}')}"
        )
        for child in q.explanation.children:
            if child.rule is None and not child.facts:
                continue
            eid = f"e:{qid}:{child.claim}"
            nodes[eid] = f"shape=box, style=rounded, label={_q(child.claim, 45)}"
            edges.add((eid, qid))
            for fact in child.facts:
                fid = f"f:{fact.fact}:{fact.sentence}"
                nodes[fid] = f'shape=ellipse, color="{FACT_COLOURS[fact.value]}", label={_q(fact.sentence, 40)}'
                edges.add((fid, eid))
                for ev in fact.evidence[:6]:
                    pid = f"p:{ev.ref}"
                    nodes[pid] = f"shape=note, label={_q(ev.text, 40)}"
                    edges.add((pid, fid))
    ids = {key: f"n{i}" for i, key in enumerate(nodes)}
    lines = ["digraph derivation {", "  rankdir=LR;", '  node [fontname="Helvetica", fontsize=10];']
    lines += [f"  {ids[key]} [{attrs}];" for key, attrs in nodes.items()]
    lines += [f"  {ids[a]} -> {ids[b]};" for a, b in sorted(edges)]
    lines.append("}")
    return "\n".join(lines)
