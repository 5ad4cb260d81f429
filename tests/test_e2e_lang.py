"""Real browser (Chromium + Playwright, see test_e2e_browser.py): the language switch never touches the case,
and an unsaved draft survives a reload of the tab.

A case with a suspect, a client who did not know the victim's minority (knew_minor non) and a victim who is
not a foreign national (non) is imported, the language switched FR → EN → FR, the case classified in each
language (the result page is drawn in that language) and exported: the export equals the import.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from test_e2e_browser import ARTIFACTS, CHROMIUM, FLAGS, LOADED, ROOT, ScriptRuns, _skip, server

from engine.api import parse_case

pytestmark = pytest.mark.browser  # real Chromium: not in `make test-fast`

__all__ = ["server"]  # the module's Streamlit server fixture, shared with test_e2e_browser.py

CASE = {
    "id": "langue-aller-retour",
    "title": "Aller-retour de langue",
    "period_start": "2022-09-01",
    "in_france": True,
    "organised_gang": False,
    "persons": [
        {"id": "lina", "name": "Lina", "roles": ["victime"], "birth_date": "2007-04-02", "foreign_national": False},
        {"id": "marc", "name": "Marc", "roles": ["mis_en_cause"], "birth_date": "1990-01-15", "armed": False},
        {"id": "cli", "name": "Client", "roles": ["client"], "birth_date": "1975-05-05"},
    ],
    "acts": [
        {
            "id": "a1",
            "actor": "marc",
            "target": "lina",
            "kind": "recruter",
            "date": "2022-09-03",
            "place": "france",
            "purposes": ["exploitation_sexuelle"],
            "coercion": False,
        },
        {"id": "a2", "actor": "cli", "target": "lina", "kind": "remunerer_relations_sexuelles", "date": "2022-10-01"},
    ],
    "relationships": [{"person": "marc", "other": "lina", "authority": False}],
    "knowledge": [{"person": "cli", "about": "lina", "knew_minor": False}],
}
TEXT = {
    "fr": {"entry": "Saisir un dossier", "result": "Résultat de la qualification", "classify": "Qualifier",
           "export": "Exporter (YAML)", "edit": "Modifier le dossier", "language": "Français",
           "principal": "Qualification principale pour Lina"},
    "en": {"entry": "Enter a case", "result": "Qualification result", "classify": "Classify",
           "export": "Export (YAML)", "edit": "Edit the case", "language": "English",
           "principal": "Principal qualification for Lina"},
}  # fmt: skip


def normalised(data: dict[str, Any]) -> dict[str, Any]:
    return parse_case(data).to_json_dict()


@pytest.fixture
def browser_page(server: str) -> Any:
    if not Path(CHROMIUM).exists():
        _skip(f"Chromium introuvable ({CHROMIUM}) : `make test` l'installe avec apt-get (paquet chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - playwright is a pinned test dependency
        _skip(f"Playwright non installé : {exc}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.set_default_timeout(30_000)
        try:
            yield page
        except BaseException:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "e2e_langue_echec.png"), full_page=True)
            raise
        finally:
            browser.close()


class Ui:
    """The few gestures the tests need, each waiting for Streamlit to be idle (no sleeps)."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.runs = ScriptRuns(page)  # before the page is loaded
        self.settle = self.runs.settle

    def heading(self, name: str) -> None:
        self.page.get_by_role("heading", name=name).wait_for()
        self.runs.idle()

    def import_text(self, data: dict[str, Any]) -> None:
        area = self.page.get_by_label("Dossier en YAML ou JSON")
        area.fill(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
        area.press("Control+Enter")
        self.settle()
        self.page.get_by_role("button", name="Importer le texte").click()
        self.page.wait_for_function(LOADED, arg=data["id"], timeout=60_000)
        self.settle()

    def language(self, lang: str) -> None:
        box = self.page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]')
        box.locator("input").first.click()
        self.page.keyboard.type(TEXT[lang]["language"])
        self.page.keyboard.press("Enter")
        self.settle()
        self.heading(TEXT[lang]["entry"])

    def export(self, lang: str) -> dict[str, Any]:
        button = self.page.get_by_role("button", name=TEXT[lang]["export"])
        button.scroll_into_view_if_needed()
        with self.page.expect_download() as info:
            button.click()
        data: dict[str, Any] = yaml.safe_load(Path(info.value.path()).read_text(encoding="utf-8"))
        return data

    def classify(self, lang: str) -> None:
        self.page.get_by_role("button", name=TEXT[lang]["classify"], exact=True).click()
        try:
            self.heading(TEXT[lang]["result"])
        except Exception:
            alerts = self.page.locator('[data-testid="stAlert"]').all_inner_texts()
            headings = self.page.locator("h1").all_inner_texts()
            raise AssertionError(f"pas de résultat en {lang} ; titres : {headings} ; alertes : {alerts}") from None
        self.page.get_by_text(TEXT[lang]["principal"]).first.wait_for()
        assert "225-4-1 II" in self.page.locator('[data-testid="stMain"]').inner_text()
        assert self.page.locator("html").get_attribute("lang") == lang  # screen readers read it in the right language
        self.page.get_by_role("link", name=TEXT[lang]["edit"]).click()
        self.heading(TEXT[lang]["entry"])


def imported(page: Any, server: str, case: dict[str, Any]) -> tuple[Ui, dict[str, Any]]:
    """The entry page with ``case`` imported, and the case normalised; the first export already equals it."""
    ui = Ui(page)
    page.goto(server)
    ui.heading("Saisir un dossier")
    ui.import_text(case)
    expected = normalised(case)
    assert normalised(ui.export("fr")) == expected
    return ui, expected


def test_switching_language_never_changes_the_case(browser_page: Any, server: str) -> None:
    ui, expected = imported(browser_page, server, CASE)
    ui.classify("fr")
    for lang in ("en", "fr"):
        ui.language(lang)
        assert normalised(ui.export(lang)) == expected, f"export après passage en {lang}"
        ui.classify(lang)
        assert normalised(ui.export(lang)) == expected, f"export après qualification en {lang}"


def test_an_unsaved_draft_survives_a_reload_of_the_tab(browser_page: Any, server: str) -> None:
    ui = Ui(browser_page)
    browser_page.goto(server)
    ui.heading("Saisir un dossier")
    ui.import_text(CASE)
    title = browser_page.get_by_label("intitulé", exact=True)
    title.fill("Titre tapé à la main")
    title.press("Enter")
    ui.settle()
    assert "draft=" in browser_page.url
    browser_page.reload()
    ui.heading("Saisir un dossier")
    browser_page.wait_for_function(LOADED, arg=CASE["id"], timeout=60_000)
    assert normalised(ui.export("fr")) == normalised({**CASE, "title": "Titre tapé à la main"})


@pytest.mark.parametrize("example", ["p02_mineure_recruteuse_sous_pression", "p03_mineure_14_ans_trois_clients"])
def test_a_shipped_example_survives_the_language_switch(browser_page: Any, server: str, example: str) -> None:
    """Two victims, a recruiter under pressure, three clients, statements and findings: every field kept."""
    data = yaml.safe_load((ROOT / "examples" / f"{example}.yaml").read_text(encoding="utf-8"))
    ui, expected = imported(browser_page, server, parse_case(data).to_json_dict())  # dates as text, as typed
    for lang in ("en", "fr"):
        ui.language(lang)
        assert normalised(ui.export(lang)) == expected, f"export après passage en {lang}"
