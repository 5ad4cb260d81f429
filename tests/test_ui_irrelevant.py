"""[5/7] No question the facts make irrelevant: a field no rule reads (for this nature of act) is not asked, and a
value the case holds for it is shown as entered, kept across a language switch and exported unchanged."""

from __future__ import annotations

import pytest
import test_ui
import yaml
from streamlit.testing.v1 import AppTest
from test_ui import ok, texts, uid, widget

from ui import draft as b
from ui import service

pytestmark = pytest.mark.app  # drives the app through AppTest: `make test` only (tests/plugins/app_marker.py)

_database, app = test_ui._database, test_ui.app  # the fixtures: a fresh library, the app at its entry page
CASE = {
    "id": "caches",
    "persons": [
        {"id": "p1", "name": "Jade", "roles": ["victime"], "birth_date": "2008-04-01"},
        {"id": "p2", "name": "Marc", "roles": ["mis_en_cause"], "birth_date": "1980-01-01"},
    ],
    "acts": [
        {"id": "a1", "actor": "p2", "target": "p1", "kind": "remunerer_relations_sexuelles", "date": "2022-12-05"}
        | {"penetration": True},
        {"id": "a2", "actor": "p2", "target": "p1", "kind": "violences", "date": "2022-12-06", "endangered_life": True},
    ],
    "relationships": [{"person": "p2", "other": "p1", "family": True}],
}
NOT_QUESTIONS = {"actor", "target", "kind", "attempt", "date", "end_date", "same_facts_as", "_co_actors", "description"}


def loaded(at: AppTest) -> AppTest:
    at.text_area(key="saisie").input(yaml.safe_dump(CASE, allow_unicode=True, sort_keys=False)).run()
    return ok(at.button(key="btn_texte").click().run())


def asked(at: AppTest, item_uid: str, lang: str = "fr") -> set[str]:
    """The questions of fact drawn for one act (its widgets, whatever their kind)."""
    start = f"f:{lang}:{item_uid}:"
    drawn = [w.key for kind in ("radio", "selectbox", "multiselect", "number_input", "checkbox") for w in getattr(at, kind)]
    keys = {str(k)[len(start) :] for k in drawn if str(k).startswith(start)}
    return {k for k in keys if not k.startswith("_")} - NOT_QUESTIONS  # « _… »: the date widgets' precision, no fact


def exported(at: AppTest) -> dict[str, object]:
    return b.to_case_dict(at.session_state["draft"])


def test_the_questions_of_an_act_are_those_a_rule_reads_on_its_nature(app: AppTest) -> None:
    loaded(app)
    paid, violence = uid(app, "acts", 0), uid(app, "acts", 1)
    assert asked(app, paid) == set(service.act_questions("remunerer_relations_sexuelles"))
    assert asked(app, violence) == set(service.act_questions("violences"))
    assert "penetration" in asked(app, paid) and "endangered_life" not in asked(app, violence)


def test_a_hidden_question_keeps_its_value_across_a_language_switch_and_in_the_export(app: AppTest) -> None:
    loaded(app)
    paid, violence = uid(app, "acts", 0), uid(app, "acts", 1)
    assert widget(app, "radio", paid, "penetration").value is True
    widget(app, "selectbox", paid, "kind").select("acte_sexuel_sans_penetration").run()
    ok(app.run())  # a further rerun: the hidden widget is gone from Streamlit's state
    assert "penetration" not in asked(ok(app), paid)
    shown = texts(app)  # shown as entered, in a folded line of each act
    assert f"- {service.model_label('Act', 'penetration')} : oui" in shown
    assert "- mise en danger délibérée ou par imprudence de la vie : oui" in shown
    assert [e.label for e in app.expander].count("Autres faits saisis (1)") == 2
    ok(app.sidebar.selectbox(key="lang").select("en").run())
    assert "penetration" not in asked(app, paid, "en") and "endangered_life" not in asked(app, violence, "en")
    assert [e.label for e in app.expander].count("Other facts entered (1)") == 2
    assert "- life deliberately or recklessly endangered : yes" in texts(app)
    ok(app.sidebar.selectbox(key="lang").select("fr").run())
    acts = exported(app)["acts"]
    assert isinstance(acts, list)
    assert acts[0]["penetration"] is True and acts[0]["kind"] == "acte_sexuel_sans_penetration"
    assert acts[1]["endangered_life"] is True
    ok(app.button(key="qualifier").click().run())  # the callback's sync keeps them too
    case = app.session_state["resultat"]["case"]
    assert case.acts[0].penetration is True and case.acts[1].endangered_life is True


def test_the_family_link_of_a_loaded_case_is_not_asked_and_is_exported_unchanged(app: AppTest) -> None:
    loaded(app)
    (entry,) = app.session_state["draft"]["relationships"]
    assert f"f:fr:{entry['_uid']}:family" not in [r.key for r in app.radio]  # read by no rule: not asked
    assert f"f:fr:{entry['_uid']}:kin" in [r.key for r in app.radio]
    assert "- membre de la famille : oui" in texts(app)
    for lang, line in (("en", "- family member : yes"), ("fr", "- membre de la famille : oui")):
        ok(app.sidebar.selectbox(key="lang").select(lang).run())
        assert line in texts(app)
        assert exported(app)["relationships"] == [{"person": "p2", "other": "p1", "family": True}], lang
