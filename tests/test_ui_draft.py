"""The entry form's draft (ui/draft.py): pure functions, no Streamlit."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the ui package

from engine.api import load_case, parse_case  # noqa: E402
from ui import draft as b  # noqa: E402

EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if p.name != "expected.yaml")


def test_every_example_survives_the_round_trip_through_the_form() -> None:
    for path in EXAMPLES:
        case = load_case(path)
        draft = b.from_case_dict(case.to_json_dict())
        assert parse_case(b.to_case_dict(draft)) == case, path.name


def test_each_loaded_case_gets_new_widget_identities() -> None:
    data = load_case(EXAMPLES[0]).to_json_dict()
    first, second = b.from_case_dict(data), b.from_case_dict(data)
    assert first["_uid"] != second["_uid"]
    assert {p["_uid"] for p in first["persons"]}.isdisjoint(p["_uid"] for p in second["persons"])
    assert "_uid" not in str(b.to_case_dict(first))


def test_pair_uids_belong_to_their_draft() -> None:
    draft, other = b.new_draft(), b.new_draft()
    uid = b.pair_uid(draft, "relationships", ("a", "v"))
    assert b.pair_from_uid(draft, uid) == {"_uid": uid, "person": "a", "other": "v"}
    assert b.pair_from_uid(other, uid) is None
    assert b.pair_from_uid(draft, b.pair_uid(draft, "knowledge", ("c", "v"))) == {
        "_uid": b.pair_uid(draft, "knowledge", ("c", "v")),
        "person": "c",
        "about": "v",
    }


@given(st.text(max_size=80))
def test_slug_is_always_an_accepted_identifier(text: str) -> None:
    value = b.slug(text)
    assert 1 <= len(value) <= 64
    parse_case({"id": value, "persons": [{"id": value, "roles": ["victime"]}]})


def test_relevance_rules() -> None:
    draft = b.from_case_dict(
        {
            "id": "r",
            "persons": [{"id": "v", "roles": ["victime"]}, {"id": "c"}, {"id": "x", "roles": ["client"]}],
            "acts": [{"id": "a1", "actor": "c", "target": "v", "kind": "remunerer_relations_sexuelles", "date": "2022-01-01"}],
        }
    )
    assert b.clients(draft) == ["x", "c"]
    assert b.is_victim(draft, "v") and not b.is_victim(draft, "c")
    assert b.is_suspect(draft, "c") and not b.is_suspect(draft, "v")
    assert b.pairs(draft) == [("c", "v")]
    assert "purposes" in b.act_fields("recruter") and "purposes" not in b.act_fields("remunerer_relations_sexuelles")
    assert "penetration" in b.act_fields("remunerer_relations_sexuelles") and "penetration" not in b.act_fields("recruter")
    assert not b.asks_arrival({"foreign_national": None}) and b.asks_arrival({"foreign_national": True})
    assert b.problems_at([("acts[0].date", "m"), ("acts[1].date", "n"), ("acts[0]", "o")], "acts[0]") == ["m", "o"]
