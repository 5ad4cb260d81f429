"""Statements (``Case.statements``): what someone said, validated like the other lists, never a fact; quoted under
what is still to establish (engine/reasoning/statements.py), listed in the notes, pseudonymised there."""

from __future__ import annotations

import copy
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from export_reading import export_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the ui package (the draft, no Streamlit page)

from engine.api import get_engine, load_case, parse_case, parse_text  # noqa: E402
from engine.documents.exports import render_note  # noqa: E402
from engine.kernel.errors import CaseInputError  # noqa: E402
from engine.kernel.result_model import Explanation, Result  # noqa: E402
from ui import draft as b  # noqa: E402

EXAMPLE = ROOT / "examples" / "client_16_ans_connaissance_inconnue.yaml"
SAID = "Elle m'a dit avoir 19 ans."
CLAIM = f"Déclaration de client1 (03/03/2023) : « {SAID} » — elle ne vaut pas preuve ; ce fait reste à établir"


def data(**changes: Any) -> dict[str, Any]:
    """A client of a 16-year-old; what he knew of her age unknown; he said she told him she was 19."""
    statement = {"id": "d1", "by": "client1", "about": "jade", "date": "2023-03-03", "bears_on": "knew_minor"}
    statement |= {"content": SAID, "source": "audition du 3 mars"} | changes
    return {
        "id": "st",
        "persons": [
            {"id": "jade", "name": "Jade Morel", "roles": ["victime"], "birth_date": "2006-07-01"},
            {"id": "client1", "name": "Marc Lenoir", "roles": ["client"], "birth_date": "1980-02-11"},
            {"id": "client2", "name": "Paul", "roles": ["client"]},
            {"id": "w", "name": "Nina", "roles": ["temoin"]},
        ],
        "acts": [
            {"id": "a1", "actor": "client1", "target": "jade", "kind": "remunerer_relations_sexuelles", "date": "2022-12-05"},
            {"id": "a2", "actor": "client2", "target": "jade", "kind": "remunerer_relations_sexuelles", "date": "2022-12-06"},
        ],
        "statements": [statement],
    }


def problems(raw: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(CaseInputError) as err:
        parse_case(raw)
    return list(err.value.problems)


def nodes(node: Explanation) -> list[Explanation]:
    return [node, *(n for c in node.children for n in nodes(c))]


@cache
def classified(knew_minor: bool | None = None, said: bool = True) -> Result:
    raw = data()
    if knew_minor is not None:
        raw["knowledge"] = [{"person": "client1", "about": "jade", "knew_minor": knew_minor}]
    if not said:
        raw.pop("statements")
    return get_engine().classify(parse_case(raw))


def client_qualification(result: Result, perpetrator: str = "client1") -> Any:
    return next(q for q in result.qualifications if q.article == "225-12-1 al. 2" and q.perpetrator == perpetrator)


# --- the model ----------------------------------------------------------------------------------


def test_a_statement_is_accepted_with_only_who_and_what() -> None:
    case = parse_case(data(date=None, about=None, bears_on=None, source=None) | {})
    (s,) = case.statements
    assert (s.by, s.content, s.date, s.about, s.bears_on, s.source) == ("client1", SAID, None, None, None, None)


def test_existing_cases_stay_valid_without_statements() -> None:
    raw = data()
    raw.pop("statements")
    assert parse_case(raw).statements == []


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        ({"by": "inconnu"}, "statements[0].by", "la personne « inconnu » n'existe pas dans la liste des personnes"),
        ({"about": "x"}, "statements[0].about", "la personne « x » n'existe pas dans la liste des personnes"),
        ({"bears_on": "knew_minr"}, "statements[0].bears_on", "question « knew_minr » inconnue : donner le nom d'un fait"),
        ({"bears_on": "knowledge.knew_minor"}, "statements[0].bears_on", "voulait-on dire : knew_minor"),
        ({"date": "2099-01-01"}, "statements[0].date", "la date de la déclaration (01/01/2099) est dans le futur"),
        ({"id": "a1"}, "statements[0].id", "l'identifiant « a1 » est déjà utilisé (acts[0])"),
        ({"content": "  "}, "statements[0].content", ""),
        ({"content": "x" * 2001}, "statements[0].content", "2000"),
        ({"source": "PV\nn° 12"}, "statements[0].source", "retour à la ligne non admis"),
        ({"source": "s" * 301}, "statements[0].source", "texte trop long (maximum 300 caractères)"),
    ],
)
def test_a_bad_statement_is_refused_in_french_naming_the_field(change: dict[str, Any], path: str, message: str) -> None:
    found = problems(data(**change))
    assert any(where == path and message in msg for where, msg in found), found


def test_every_error_comes_in_one_pass() -> None:
    raw = data()
    del raw["statements"][0]["by"], raw["statements"][0]["content"]
    raw["statements"].append({"id": "d2", "by": "x", "bears_on": "age", "content": "…", "source": "s" * 301})
    assert dict(problems(raw)).keys() == {
        "statements[0].by",
        "statements[0].content",
        "statements[1].source",
        "statements[1].by",
        "statements[1].bears_on",
    }


# --- a statement never sets a fact; it is quoted under what is still to establish ---------------------


def test_a_statement_changes_no_answer() -> None:
    for knew in (None, False, True):
        with_said, without = classified(knew), classified(knew, said=False)
        assert with_said.principal == without.principal
        assert [(q.offence, q.perpetrator, q.status, q.missing, q.penalty) for q in with_said.qualifications] == [
            (q.offence, q.perpetrator, q.status, q.missing, q.penalty) for q in without.qualifications
        ]


def test_the_statement_is_quoted_under_the_knowledge_still_to_establish() -> None:
    q = client_qualification(classified())
    assert q.status == "to_establish"
    (under,) = [n for n in nodes(q.explanation) if any(c.claim == CLAIM for c in n.children)]
    assert under.claim.startswith("Élément moral à établir") and under.would_change
    quoted = next(c for c in under.children if c.claim == CLAIM)
    assert quoted.sources == ["audition du 3 mars", "déclaration d1"]


def test_once_the_user_decides_the_statement_is_no_longer_quoted() -> None:
    q = client_qualification(classified(knew_minor=False))  # still to establish: the particular vulnerability (2016)
    unknown = {f.fact for n in nodes(q.explanation) for f in n.facts if f.value is None}
    assert q.status == "to_establish" and "knew_minor" not in unknown
    assert not [n for n in nodes(q.explanation) if n.claim == CLAIM]


def test_a_clients_word_says_nothing_of_another_client_but_a_witness_speaks_of_both() -> None:
    assert not [n for n in nodes(client_qualification(classified(), "client2").explanation) if n.claim.startswith("Décl")]
    raw = data(by="w", date=None)
    result = get_engine().classify(parse_case(raw))
    for who in ("client1", "client2"):
        claims = [n.claim for n in nodes(client_qualification(result, who).explanation)]
        assert f"Déclaration de w : « {SAID} » — elle ne vaut pas preuve ; ce fait reste à établir" in claims, who


def test_a_statement_on_another_question_is_not_quoted_here() -> None:
    result = get_engine().classify(parse_case(data(bears_on="victim_prostitution")))
    assert not [n for n in nodes(client_qualification(result).explanation) if n.claim.startswith("Décl")]


# --- the example, the notes, pseudonymisation, the round trip ------------------------------------


def test_the_example_client_quotes_his_statement() -> None:
    case = load_case(EXAMPLE)
    q = client_qualification(get_engine().classify(case))
    assert any(n.claim.startswith("Déclaration de client1 (10/01/2023) : « Elle m'a dit") for n in nodes(q.explanation))


@pytest.mark.parametrize("kind", ["qualification", "partie_civile"])
def test_the_notes_list_the_statements_by_name(kind: str) -> None:
    case = parse_case(data())
    text = render_note(kind, "md", case, classified()).decode()
    assert "### Déclarations" in text and "ne vaut pas preuve" in text
    assert f"| 03/03/2023 | Marc Lenoir | Jade Morel | connaissance par l'auteur de la minorité de la victime | {SAID} |" in text
    if kind == "qualification":  # under the qualification still to establish, once
        assert text.count(f"- {CLAIM.replace('client1', 'Marc Lenoir')}") == 1, text


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_pseudonymised_notes_hide_every_spelling_of_a_name_in_the_words_and_the_source(fmt: str) -> None:
    raw = data(content="Jade m'a dit avoir 19 ans ; MOREL l'a confirmé, Lenoir aussi.", source="PV d'audition de Marc LENOIR")
    case = parse_case(raw)
    for kind in ("qualification", "partie_civile"):
        text = export_text(fmt, render_note(kind, fmt, case, get_engine().classify(case), pseudonymise=True)).lower()
        for word in ("jade", "morel", "marc", "lenoir", "client1"):
            assert word not in text, (kind, word)
        if fmt == "md":
            assert "victime 1 m'a dit avoir 19 ans ; victime 1 l'a confirmé, client 1 aussi." in text
            assert "pv d'audition de client 1" in text


def test_a_note_on_one_victim_keeps_only_the_statements_concerning_her() -> None:
    raw = data()
    raw["persons"].append({"id": "eva", "name": "Eva", "roles": ["victime"], "birth_date": "2007-01-01"})
    paid = {"kind": "remunerer_relations_sexuelles", "date": "2022-12-07"}
    raw["acts"].append({"id": "a3", "actor": "client2", "target": "eva", **paid})
    raw["statements"].append({"id": "d2", "by": "client2", "about": "eva", "content": "Eva disait avoir 20 ans."})
    case = parse_case(raw)
    text = render_note("qualification", "md", case, get_engine().classify(case), victim="jade").decode()
    assert SAID in text and "Eva disait" not in text


def test_yaml_export_and_import_keep_the_statements() -> None:
    case = parse_case(data())
    exported = b.to_case_dict(b.from_case_dict(b.case_dict(case)))  # the form's YAML export
    again = parse_text(yaml.safe_dump(exported, allow_unicode=True, sort_keys=False), "yaml")
    assert again.statements == case.statements and again == case
    assert parse_text(yaml.safe_dump(copy.deepcopy(case.to_json_dict()), allow_unicode=True), "yaml") == case
