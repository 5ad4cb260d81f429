"""[5/7] In Chromium: an axe-core scan of every page in both languages, the result card on a desktop and a
phone (screenshots under tests/artifacts/), and the time from « Qualifier » to the principal on screen.

axe-core (bundled by the PyPI package axe-playwright-python) fails the test on any serious or critical
violation; every violation found is printed, page by page. The click → principal time is a benchmark
figure, printed (median of 5), not asserted.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

import pytest
from test_e2e_browser import ARTIFACTS, server  # noqa: F401 (the server fixture)
from test_e2e_lang import CASE, TEXT, Ui, browser_page  # noqa: F401 (the page fixture)

pytestmark = pytest.mark.browser

PAGES = ("nav.saisie", "nav.resultat", "nav.bibliotheque", "nav.regles", "nav.entrainement", "nav.formateur")
NAV = {
    "fr": ["Saisir un dossier", "Résultat", "Bibliothèque de dossiers", "Règles encodées", "Cas pratiques", "Suivi formateur"],
    "en": ["Enter a case", "Result", "Case library", "Encoded rules", "Practical cases", "Trainer view"],
}
BLOCKING = ("serious", "critical")
EXPORT = {"fr": "Exporter une note", "en": "Export a note"}


def _scan(page: Any) -> list[dict[str, Any]]:
    from axe_playwright_python.sync_playwright import Axe

    return list(Axe().run(page).response["violations"])


def _unfold(ui: Ui, label: str, drawn: str) -> None:
    """Open the first folded section of ``label`` and wait for its content (built only once opened) to be drawn."""
    section = ui.page.locator("details", has=ui.page.locator("summary", has_text=label)).first
    section.locator("summary").click()
    section.locator(drawn).first.wait_for(state="visible")
    ui.runs.idle()


def _open(ui: Ui, name: str) -> None:
    """Open a page from the navigation and wait until it is drawn: a new script run, or — when the click started
    none (the page was already drawn, which happened once late in a loaded full run) — the app idle."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    ui.page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=name, exact=True).click()
    try:
        ui.settle(timeout=30_000)
    except PlaywrightTimeout:
        ui.runs.idle()


def test_every_page_in_both_languages_has_no_serious_accessibility_violation(browser_page: Any, server: str) -> None:  # noqa: F811
    pytest.importorskip("axe_playwright_python", reason="axe-playwright-python non installé (dépendance de test)")
    ui = Ui(browser_page)
    browser_page.goto(server)
    ui.heading("Saisir un dossier")
    ui.import_text(CASE)
    report: list[str] = []
    blocking: list[str] = []
    for lang in ("fr", "en"):
        if lang == "en":
            ui.language("en")
        ui.page.get_by_role("button", name=TEXT[lang]["classify"], exact=True).click()
        ui.heading(TEXT[lang]["result"])
        for name in NAV[lang]:
            _open(ui, name)
            ui.runs.idle()
            if name == NAV[lang][1]:  # the result: a qualification and the exports opened, their content scanned too
                _unfold(ui, "225-4-1 II", "li")
                _unfold(ui, EXPORT[lang], '[data-testid="stDownloadButton"]')
            found = _scan(browser_page)
            counts = ", ".join(f"{v['id']} ({v['impact']}, {len(v['nodes'])})" for v in found) or "aucune"
            report.append(f"{lang} · {name} : {counts}")
            blocking += [f"{lang} · {name} : {v['id']} — {v['help']}" for v in found if v["impact"] in BLOCKING]
        _open(ui, NAV[lang][0])
    print("\naxe-core, violations par page :\n" + "\n".join(report))
    assert not blocking, "violations graves ou critiques :\n" + "\n".join(blocking)


def test_result_card_on_desktop_and_phone_and_time_to_principal(browser_page: Any, server: str) -> None:  # noqa: F811
    ui = Ui(browser_page)
    browser_page.goto(server)
    ui.heading("Saisir un dossier")
    ui.import_text(CASE)
    seconds = []
    for _ in range(5):
        start = time.perf_counter()
        browser_page.get_by_role("button", name="Qualifier", exact=True).click()
        principal = browser_page.get_by_text(TEXT["fr"]["principal"]).first
        principal.wait_for(state="visible")
        assert principal.is_visible() and principal.bounding_box() is not None
        seconds.append(time.perf_counter() - start)
        ui.runs.idle()
        top = principal.bounding_box()
        assert top is not None and top["y"] < 1000, f"la qualification principale est hors de l'écran ({top})"
        ARTIFACTS.mkdir(exist_ok=True)
        browser_page.screenshot(path=str(ARTIFACTS / "resultat_bureau.png"))
        browser_page.get_by_role("link", name=TEXT["fr"]["edit"]).click()
        ui.heading("Saisir un dossier")
    print(f"\nclic « Qualifier » → principale visible (Chromium, 5 essais) : médiane {statistics.median(seconds):.2f} s, "
          f"essais {', '.join(f'{s:.2f}' for s in seconds)}")  # fmt: skip
    browser_page.set_viewport_size({"width": 390, "height": 844})
    browser_page.get_by_role("button", name="Qualifier", exact=True).click()
    browser_page.get_by_text(TEXT["fr"]["principal"]).first.wait_for(state="visible")
    ui.runs.idle()
    browser_page.screenshot(path=str(ARTIFACTS / "resultat_mobile.png"))


def test_adding_a_person_moves_the_focus_to_its_name(browser_page: Any, server: str) -> None:  # noqa: F811
    ui = Ui(browser_page)
    browser_page.goto(server)
    ui.heading("Saisir un dossier")
    browser_page.get_by_role("button", name="Ajouter une personne").click()
    ui.settle()
    browser_page.wait_for_function("document.activeElement && document.activeElement.tagName === 'INPUT'", timeout=10_000)
    assert browser_page.evaluate("document.activeElement.getAttribute('aria-label')") == "nom ou pseudonyme"
