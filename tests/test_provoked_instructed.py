"""``instructions_only`` reads the explanation tree without recursion: the same as the recursive reading."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from engine.kernel.result_model import EvidenceOut, Explanation, FactOut
from engine.reasoning.provoked import _instructed
from engine.reasoning.readings import NOT_ENOUGH


def _recursive(node: Explanation) -> bool:
    """The reading as first written: a node's first ``provoke_offence`` decides for it, else any child."""
    for f in node.facts:
        if f.fact == "provoke_offence" and f.value is True and f.evidence:
            return all(e.text.endswith(NOT_ENOUGH) for e in f.evidence)
    return any(_recursive(c) for c in node.children)


_EVIDENCE = st.builds(EvidenceOut, ref=st.just("p1"), text=st.sampled_from(["instructions" + NOT_ENOUGH, "provocation"]))
_FACT = st.builds(
    FactOut,
    fact=st.sampled_from(["provoke_offence", "victim_minor"]),
    value=st.sampled_from([True, False, None]),
    sentence=st.just("s"),
    evidence=st.lists(_EVIDENCE, max_size=2),
)
_TREE = st.recursive(
    st.builds(Explanation, claim=st.just("c"), facts=st.lists(_FACT, max_size=2)),
    lambda children: st.builds(
        Explanation, claim=st.just("c"), facts=st.lists(_FACT, max_size=2), children=st.lists(children, max_size=3)
    ),
    max_leaves=12,
)


@given(_TREE)
def test_the_tree_read_without_recursion_is_read_alike(tree: Explanation) -> None:
    assert _instructed(tree) == _recursive(tree)
