"""End to end in a real browser: headless Debian Chromium driven by Playwright against `streamlit run`.

A new user types the 16-year-old example through the form, classifies it, sees trafficking of a minor
as principal qualification, downloads the PDF note. A screenshot is saved under tests/artifacts/ and
the time from the click to the result is printed (the closing note reports it).
Skipped, with the reason printed, only when Chromium or Playwright is truly unavailable.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.browser  # real Chromium: not in `make test-fast`

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# Streamlit marks its root element while a script run is going on.
IDLE = "document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState === 'notRunning'"
# Counts the script runs Streamlit ends (its root element's data-test-script-state leaving "running"), installed
# in the page before it loads: a gesture waits for a run it caused to end, never on a delay. The old value of
# each attribute change is read (the current one may already be "notRunning" when the observer is called).
RUN_COUNTER = """
window.__qualifRuns = 0;
document.addEventListener('DOMContentLoaded', () => new MutationObserver(records => {
  for (const r of records) if (r.oldValue === 'running') window.__qualifRuns += 1;
}).observe(document.body, {attributes: true, subtree: true, attributeOldValue: true,
                           attributeFilter: ['data-test-script-state']}));
"""
# A run so short that React never drew its « running » state is not counted: after a grace of two seconds with
# the app idle, the gesture is taken as done (the next step still waits for what it needs to see).
GRACE_MS = 2000
AFTER_RUN = f"([n, t0]) => (window.__qualifRuns > n || Date.now() - t0 > {GRACE_MS}) && {IDLE}"


class ScriptRuns:
    """Waits on Streamlit's own state: :meth:`settle` after a gesture (a new run, then idle), :meth:`idle` after a load."""

    def __init__(self, page: Any) -> None:
        self.page, self.seen = page, 0
        page.add_init_script(RUN_COUNTER)

    def settle(self, timeout: int = 60_000) -> None:
        start = self.page.evaluate("Date.now()")
        self.page.wait_for_function(AFTER_RUN, arg=[self.seen, start], timeout=timeout)
        self.seen = self.page.evaluate("window.__qualifRuns")

    def idle(self, timeout: int = 60_000) -> None:
        self.page.wait_for_function(IDLE, timeout=timeout)
        self.seen = self.page.evaluate("window.__qualifRuns")


# The case reference field shows the loaded case's id once the import has been drawn.
LOADED = (
    "id => Array.from(document.querySelectorAll('input[aria-label=\"référence du dossier (pseudonyme)\"]'))"
    ".some(e => e.value === id)"
)


def _skip(reason: str) -> None:
    print(f"\nTEST E2E IGNORÉ : {reason}", file=sys.stderr)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "QUALIF_DB": str(tmp_path_factory.mktemp("db") / "qualif.sqlite3")}
    cmd = [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.port", str(port), "--server.headless", "true"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                    if r.read() == b"ok":
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("le serveur Streamlit n'a pas démarré en 60 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_a_new_user_enters_the_sixteen_year_old_and_downloads_the_pdf(server: str) -> None:
    if not Path(CHROMIUM).exists():
        _skip(f"Chromium introuvable ({CHROMIUM}) : `make test` l'installe avec apt-get (paquet chromium)")
    try:
        from playwright.sync_api import expect, sync_playwright
    except ImportError as exc:  # pragma: no cover - playwright is a pinned test dependency
        _skip(f"Playwright non installé : {exc}")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.set_default_timeout(30_000)
        runs = ScriptRuns(page)
        page.goto(server)
        expect(page.get_by_role("heading", name="Saisir un dossier")).to_be_visible()
        runs.idle()
        settle = runs.settle

        def choose(container: object, value: str) -> None:
            container.locator("input").first.click()  # type: ignore[attr-defined]
            page.keyboard.type(value)
            page.keyboard.press("Enter")
            settle()

        def date(container: object, day: str) -> None:
            container.locator('[data-type="day"]').first.click()  # type: ignore[attr-defined]
            page.keyboard.type(day.replace("/", ""))  # dd, mm, yyyy segments advance by themselves
            page.keyboard.press("Tab")  # focus stays inside the widget: the date is sent with the next gesture's run

        for _ in range(2):
            page.get_by_role("button", name="Ajouter une personne").click()
            settle()
        names = page.get_by_label("nom ou pseudonyme")
        roles = page.locator('[data-testid="stMultiSelect"]').filter(has_text="rôles")
        births = page.locator('[data-testid="stDateInput"]').filter(has_text="date de naissance")
        for i, (name, role, birth) in enumerate((("Léa", "victime", "12/03/2006"), ("K.", "mis en cause", "02/06/1998"))):
            names.nth(i).fill(name)
            names.nth(i).press("Enter")
            settle()
            choose(roles.nth(i), role)
            date(births.nth(i), birth)
        for i, (kind, day) in enumerate((("recrutement", "03/09/2022"), ("profit tiré de la prostitution", "01/10/2022"))):
            page.get_by_role("button", name="Ajouter un acte").click()
            settle()
            selects = page.locator('[data-testid="stSelectbox"]')
            choose(selects.filter(has_text="auteur de l'acte").nth(i), "K.")
            choose(selects.filter(has_text="personne visée").nth(i), "Léa")
            choose(selects.filter(has_text="nature de l'acte").nth(i), kind)
            date(page.locator('[data-testid="stDateInput"]').filter(has_text="date de l'acte").nth(i), day)

        start = time.perf_counter()
        page.get_by_role("button", name="Qualifier", exact=True).click()
        principal = page.get_by_text("Qualification principale pour Léa")
        expect(principal).to_be_visible()
        seconds = time.perf_counter() - start
        print(f"\nE2E : du clic « Qualifier » au résultat affiché : {seconds:.2f} s")
        box = page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Qualification principale pour Léa")
        expect(box).to_contain_text("225-4-1 II")
        expect(box).to_contain_text("Traite des êtres humains à l'égard d'un mineur")

        page.screenshot(path=str(ARTIFACTS / "e2e_resultat.png"), full_page=False)
        page.locator("summary").filter(has_text="Exporter une note").click()  # folded, built once opened
        button = page.get_by_role("button", name="Note de qualification — PDF")
        button.scroll_into_view_if_needed()
        with page.expect_download() as info:
            button.click()
        pdf = Path(info.value.path()).read_bytes()
        assert pdf.startswith(b"%PDF"), pdf[:20]
        assert len(pdf) > 2000
        browser.close()
    assert seconds < 10, f"résultat affiché en {seconds:.1f} s"


def _expected_principals(path: Path) -> list[str]:
    """What the engine says alone for a case: « Qualification principale pour <victim> : … (art. …) »."""
    from engine.api import get_engine, load_case

    case = load_case(path)
    result = get_engine().classify(case)
    names = {x.id: x.name or x.id for x in case.persons}
    return [
        f"Qualification principale pour {names[p.victim]} : {p.label} (art. {p.article})" for p in result.principal if p.offence
    ]


def test_eight_concurrent_browser_sessions_get_their_own_results(server: str) -> None:
    """Eight sessions of the real server at once (Streamlit runs each in its own thread, sharing one engine)."""
    if not Path(CHROMIUM).exists():
        _skip(f"Chromium introuvable ({CHROMIUM}) : `make test` l'installe avec apt-get (paquet chromium)")
    import asyncio

    from playwright.async_api import TimeoutError as PlaywrightTimeout
    from playwright.async_api import async_playwright

    cases = sorted(p for p in (ROOT / "examples").glob("*.yaml") if p.name != "expected.yaml")[:8]
    expected = {p.name: _expected_principals(p) for p in cases}

    async def one(browser: object, path: Path) -> tuple[str, str]:
        page = await browser.new_page()  # type: ignore[attr-defined]
        page.set_default_timeout(180_000)

        await page.goto(server)
        await page.get_by_role("heading", name="Saisir un dossier").wait_for()
        await page.wait_for_function(IDLE, timeout=180_000)
        area = page.get_by_label("Dossier en YAML ou JSON")
        await area.fill(path.read_text(encoding="utf-8"))  # sent with the import button's run
        case_id = str(yaml.safe_load(path.read_text(encoding="utf-8"))["id"])
        for _ in range(3):  # under load a click can land while the previous run is still redrawing
            await page.get_by_role("button", name="Importer le texte").click()
            try:
                await page.wait_for_function(LOADED, arg=case_id, timeout=60_000)
                break
            except PlaywrightTimeout:
                continue
        await page.wait_for_function(IDLE, timeout=180_000)  # the loaded case is drawn and no run is going on
        await page.get_by_role("button", name="Qualifier", exact=True).click()
        try:
            await page.get_by_role("heading", name="Résultat de la qualification").wait_for()
        except Exception:
            await page.screenshot(path=str(ARTIFACTS / f"e2e_echec_{path.stem}.png"), full_page=True)
            errors = await page.locator('[data-testid="stAlert"]').all_inner_texts()
            raise AssertionError(f"{path.name} : pas de résultat ; alertes : {errors}") from None
        await page.get_by_text("Qualification principale pour").first.wait_for()
        text = await page.locator('[data-testid="stMain"]').inner_text()
        await page.close()
        return path.name, text

    async def main() -> list[tuple[str, str]]:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            try:
                return await asyncio.gather(*(one(browser, p) for p in cases))
            finally:
                await browser.close()

    case_ids = {p.name: str(yaml.safe_load(p.read_text(encoding="utf-8"))["id"]) for p in cases}
    results = asyncio.run(main())
    assert len(results) == 8
    for name, text in results:
        flat = " ".join(text.split())
        assert expected[name], name
        for line in expected[name]:
            assert line in flat, f"{name} : « {line} » absent sous charge"
        shown = {case_id for case_id in case_ids.values() if f"Dossier {case_id} " in flat}
        assert shown == {case_ids[name]}, f"{name} : la session affiche {shown} — {flat[:600]}"
