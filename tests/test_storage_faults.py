"""A library that fails never loses a case: busy, read-only, full disk, a write interrupted, each with its French message.

Faults are real where the machine allows it: another process holds SQLite's lock; a read-only bind mount and a
tiny tmpfs in a private mount namespace (``unshare -m``, skipped where it is refused: as root, ``chmod`` denies
nothing); SQLite's own « database or disk is full » (``max_page_count``); a process killed mid-transaction.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from engine.api import load_case
from engine.case.model import Case
from engine.storage import backup, db, drafts
from engine.storage.faults import LibraryBusy, LibraryDiskError, LibraryFull, LibraryReadOnly, StorageFault, translated
from engine.storage.library import Library

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "ui" / "app.py"
CASE = ROOT / "examples" / "mineure_16_ans_reseau.yaml"
BUSY = "La bibliothèque est occupée par une autre fenêtre ou un autre programme : réessayer"
KEPT = "la version enregistrée auparavant est intacte"


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "qualif.sqlite3"
    monkeypatch.setenv("QUALIF_DB", str(target))
    return target


@pytest.fixture
def saved(path: Path) -> tuple[Library, int, Case]:
    """A library holding one case, classified once (so it has a history)."""
    library, case = Library(path), load_case(CASE)
    entry = library.save(case, "Dossier enregistré")
    with db.transaction(path) as conn:
        conn.execute(
            "INSERT INTO library_classifications (case_id, classified_at, ruleset_version, law_date, summary_json) "
            "VALUES (?, '2024-01-01T00:00:00+00:00', 'r1', NULL, '{}')",
            (entry,),
        )
    return library, entry, case


def bigger(case: Case, size: int = 400_000) -> Case:
    return case.model_copy(update={"narrative": "x" * size})


def row(path: Path) -> tuple[Any, ...]:
    """The saved case's row as stored, read with plain sqlite3 (not through the code under test)."""
    conn = sqlite3.connect(path)
    try:
        return tuple(conn.execute("SELECT title, case_json, version, binned_at FROM library_cases ORDER BY id").fetchall())
    finally:
        conn.close()


HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN " + sys.argv[2])
print("verrou", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


@contextmanager
def held(path: Path, kind: str = "IMMEDIATE") -> Iterator[None]:
    """Another program holding SQLite's write lock (IMMEDIATE) or its exclusive lock (EXCLUSIVE: no reads either)."""
    command = [sys.executable, "-c", HOLD, str(path), kind]
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "verrou"
        yield
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=20)


# ---------------------------------------------------------------------------------------------------- busy


def test_a_locked_library_waits_two_seconds_then_says_so_and_keeps_the_saved_version(saved: tuple[Library, int, Case]) -> None:
    library, entry, case = saved
    before = row(library.path)
    with held(library.path):
        assert [e.id for e in library.list()] == [entry] and library.open(entry) == case  # reading works meanwhile
        start = time.monotonic()
        with pytest.raises(LibraryBusy) as refused:
            library.store(bigger(case), entry_id=entry, version=1)
        waited = time.monotonic() - start
    assert db.BUSY_TIMEOUT == 2.0 and 1.8 <= waited < 6, waited
    assert str(refused.value).startswith(BUSY) and str(library.path) in str(refused.value) and KEPT in str(refused.value)
    assert row(library.path) == before
    assert library.store(bigger(case), entry_id=entry, version=1) == (entry, 2)  # the lock gone: saved


def test_every_write_and_opening_under_a_lock_give_the_busy_message(
    saved: tuple[Library, int, Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, entry, _ = saved
    monkeypatch.setattr(db, "BUSY_TIMEOUT", 0.2)
    before = row(library.path)
    writes: list[Callable[[], object]] = [
        lambda: library.duplicate(entry, 1),
        lambda: library.delete(entry, 1),
        lambda: library.empty_bin([(entry, 1)]),
        lambda: drafts.save(drafts.new_id(), {"case": {}}, library.path),
        lambda: backup.import_library(library, backup.export_library(library), on_conflict="rename"),
    ]
    with held(library.path):
        assert Library(library.path).list()  # opening needs no write: it works while another program writes
        for write in writes:
            with pytest.raises(LibraryBusy, match="occupée"):
                write()
    with held(library.path, "EXCLUSIVE"):  # even reads wait: « occupée », never « endommagé »
        db._sound.clear()
        with pytest.raises(LibraryBusy, match="occupée"):
            Library(library.path)
        with pytest.raises(LibraryBusy, match="occupée"):
            library.list()
    assert row(library.path) == before


# ---------------------------------------------------------------------------------------------------- read-only


def test_a_read_only_library_is_read_and_saving_says_why(
    saved: tuple[Library, int, Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated (the probe says the file cannot be written), the connection really read-only (mode=ro)."""
    library, entry, case = saved
    draft = drafts.new_id()
    drafts.save(draft, {"case": {"id": "x"}}, library.path)
    library.path.chmod(0o644)
    db._sound.clear()  # as in a new process
    monkeypatch.setattr(db, "writable", lambda path=None: False)
    chmods: list[object] = []
    monkeypatch.setattr(os, "chmod", lambda *a, **k: chmods.append(a))
    before = row(library.path)
    reopened = Library(library.path)
    assert not reopened.writable and reopened.open(entry) == case and len(reopened.history(entry)) == 1
    assert drafts.load(draft, library.path) == {"case": {"id": "x"}} and drafts.count(library.path) == 1
    assert backup.export_library(reopened)["cases"][0]["reference"] == case.id
    with db.reading(library.path) as conn, pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("UPDATE library_cases SET title = 'x'")  # the connection itself is read-only
    for write in (
        lambda: reopened.store(bigger(case), entry_id=entry, version=1),
        lambda: reopened.delete(entry, 1),
        lambda: drafts.save(draft, {"case": {}}, library.path),
    ):
        with pytest.raises(LibraryReadOnly, match="lecture seule") as refused:
            write()
        assert str(library.path) in str(refused.value)
    assert chmods == [] and library.path.stat().st_mode & 0o777 == 0o644  # no chmod attempted
    assert row(library.path) == before


def test_the_mode_is_set_once_and_never_on_a_file_already_0600(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Library(path)
    path.chmod(0o644)
    db._sound.clear()
    real, calls = os.chmod, []
    monkeypatch.setattr(os, "chmod", lambda *a, **k: (calls.append(a), real(*a, **k)))
    for _ in range(5):
        Library(path).list()
    assert len(calls) == 1 and path.stat().st_mode & 0o777 == 0o600
    db._sound.clear()
    calls.clear()
    Library(path).list()
    assert calls == []


@contextmanager
def private_mounts() -> Iterator[None]:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("montage impossible ici (ni root ni unshare) : le défaut réel n'est pas observable, la simulation suffit")
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"unshare -m refusé ({probe.stderr.decode(errors='replace').strip()[:80]})")
    yield


def run_mounted(mount: str, script: str, *args: str) -> dict[str, Any]:
    """Run ``script`` (Python, prints JSON) after ``mount`` (shell), in a private mount namespace: nothing outlives it."""
    command = f"{mount} && exec {sys.executable} -c \"$0\" \"$@\""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", command, script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


READ_ONLY = """
import json, os, sys
calls = []
real = os.chmod
os.chmod = lambda *a, **k: (calls.append(a), real(*a, **k))
from engine.storage import drafts
from engine.storage.faults import LibraryReadOnly
from engine.storage.library import Library
path = sys.argv[1]
out = {}
lib = Library(path)
[entry] = lib.list()
out["writable"] = lib.writable
out["reference"] = lib.open(entry.id).id
out["history"] = len(lib.history(entry.id))
for name, write in (("save", lambda: lib.store(lib.open(entry.id), "autre titre", entry_id=entry.id, version=1)),
                    ("draft", lambda: drafts.save(drafts.new_id(), {"case": {}}, path))):
    try:
        write()
    except LibraryReadOnly as exc:
        out[name] = str(exc)
out["chmod"] = len(calls)
print(json.dumps(out))
"""


def test_a_library_on_a_read_only_mount_is_read_and_saving_says_why(saved: tuple[Library, int, Case]) -> None:
    library, _, case = saved
    library.path.chmod(0o644)
    before = row(library.path)
    folder = str(library.path.parent)
    with private_mounts():
        out = run_mounted(f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder}", READ_ONLY, str(library.path))
    assert out["writable"] is False and out["reference"] == case.id and out["history"] == 1
    assert "lecture seule" in out["save"] and "lecture seule" in out["draft"] and out["chmod"] == 0
    assert row(library.path) == before


# ---------------------------------------------------------------------------------------------------- full disk


def capped(monkeypatch: pytest.MonkeyPatch, extra_pages: int = 0) -> None:
    """Every connection may grow the file by ``extra_pages`` at most: SQLite's own « database or disk is full »."""
    real = db._configure

    def configure(conn: sqlite3.Connection) -> None:
        real(conn)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    monkeypatch.setattr(db, "_configure", configure)


def test_a_full_disk_says_so_and_the_previous_version_is_intact(
    saved: tuple[Library, int, Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, entry, case = saved
    before = row(library.path)
    capped(monkeypatch)
    for write in (
        lambda: library.store(bigger(case), entry_id=entry, version=1),
        lambda: library.save(bigger(case.model_copy(update={"id": "nouveau"}))),
        lambda: drafts.save(drafts.new_id(), {"case": {"narrative": "x" * 100_000}}, library.path),
    ):
        with pytest.raises(LibraryFull, match="disque de la bibliothèque est plein") as refused:
            write()
        assert KEPT in str(refused.value)
    assert row(library.path) == before and library.open(entry, 1) == case
    db.check(library.path)  # sound: SQLite's quick_check passes


def test_the_preload_of_examples_on_a_full_disk_fails_alone_and_is_tried_again(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = Library(path)
    with monkeypatch.context() as m:
        capped(m)
        with pytest.raises(LibraryFull):
            library.preload_examples(ROOT / "examples")
        assert Library(path).list() == []  # the library opens and works all the same
    assert library.preload_examples(ROOT / "examples") > 0  # once there is room, the one chance was kept


FULL = """
import json, os, sys
from engine.api import load_case
from engine.storage.faults import LibraryFull
from engine.storage.library import Library
folder, case_file, examples = sys.argv[1:4]
lib = Library(os.path.join(folder, "qualif.sqlite3"))
case = load_case(case_file)
entry = lib.save(case, "Dossier enregistré")
fresh = Library(os.path.join(folder, "nouvelle.sqlite3"))  # created, its examples not yet loaded
with open(os.path.join(folder, "bourrage"), "wb", buffering=0) as filler:  # fill the disk, then give back 16 KiB
    try:
        while True:
            filler.write(b"\\0" * 4096)
    except OSError:
        pass
os.truncate(os.path.join(folder, "bourrage"), max(0, os.path.getsize(os.path.join(folder, "bourrage")) - 16384))
out = {}
try:
    lib.store(case.model_copy(update={"narrative": "x" * 400000}), entry_id=entry, version=1)
except LibraryFull as exc:
    out["save"] = str(exc)
out["intact"] = lib.open(entry, 1) == case and lib.list()[0].version == 1
try:
    out["preloaded"] = Library(fresh.path).preload_examples(examples)
except LibraryFull as exc:
    out["preload"] = str(exc)
out["fresh_opens"] = Library(fresh.path).list() == []
print(json.dumps(out))
"""


def test_a_nearly_full_disk_refuses_the_save_and_keeps_the_version_on_a_real_small_file_system(tmp_path: Path) -> None:
    folder = tmp_path / "petit"
    folder.mkdir()
    with private_mounts():
        out = run_mounted(f"mount -t tmpfs -o size=2m tmpfs {folder}", FULL, str(folder), str(CASE), str(ROOT / "examples"))
    assert "plein" in out["save"] and out["intact"] is True
    assert "plein" in out.get("preload", "") and out["fresh_opens"] is True


# ---------------------------------------------------------------------------------------------------- interrupted


KILLED = """
import os, signal, sys
from engine.storage import db
with db.transaction(sys.argv[1], create_missing=False) as conn:
    conn.execute("PRAGMA cache_size = 2")  # changes spill to the file before the commit
    conn.execute("UPDATE library_cases SET title = 'écrasé', case_json = '{}', version = version + 1")
    conn.execute("INSERT INTO library_meta (key, value) VALUES ('bourrage', ?)", ("x" * 2000000,))
    print("au milieu", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_process_killed_in_the_middle_of_a_write_leaves_the_previous_version(saved: tuple[Library, int, Case]) -> None:
    library, entry, case = saved
    before = row(library.path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", KILLED, str(library.path)], capture_output=True, text=True, env=env)
    assert done.returncode == -signal.SIGKILL and "au milieu" in done.stdout, done.stderr[-1000:]
    journal = library.path.with_name(library.path.name + "-journal")
    assert journal.exists()  # a hot journal: the write was really cut in the middle
    db._sound.clear()
    assert row(Library(library.path).path) == before and library.open(entry, 1) == case
    assert not journal.exists()
    db.check(library.path)


def test_an_error_between_two_statements_of_a_write_undoes_the_first(
    saved: tuple[Library, int, Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, entry, _ = saved
    library.delete(entry, 1)
    before = row(library.path)
    real = db._configure

    def deny_erasing_cases(conn: sqlite3.Connection) -> None:  # the history is deleted first, then the case is refused
        real(conn)
        conn.set_authorizer(
            lambda action, table, *_: sqlite3.SQLITE_DENY if (action, table) == (sqlite3.SQLITE_DELETE, "library_cases") else 0
        )

    with monkeypatch.context() as m:
        m.setattr(db, "_configure", deny_erasing_cases)
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            library.erase(entry, 2)
    conn = sqlite3.connect(library.path)
    assert conn.execute("SELECT COUNT(*) FROM library_classifications WHERE case_id = ?", (entry,)).fetchone()[0] == 1
    conn.close()
    assert row(library.path) == before
    library.restore(entry, 2)
    assert len(library.history(entry)) == 1


def test_secure_delete_is_on_for_every_connection(saved: tuple[Library, int, Case], monkeypatch: pytest.MonkeyPatch) -> None:
    library, *_ = saved
    with db.reading(library.path) as conn:
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    with db.transaction(library.path) as conn:
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    monkeypatch.setattr(db, "writable", lambda path=None: False)
    with db.reading(library.path) as conn:  # read-only too
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_every_fault_is_a_library_file_error_with_a_french_message_naming_the_file(path: Path) -> None:
    for kind in StorageFault.__subclasses__():
        message = str(kind(path))
        assert str(path) in message and "Rien n'a été modifié" in message, kind


# ---------------------------------------------------------------------------------------------------- the app


def ok(at: AppTest) -> AppTest:
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    return "\n".join(str(e.value) for kind in ("error", "warning", "title") for e in getattr(at, kind))


def typed(at: AppTest, reference: str = "dossier-tape") -> AppTest:
    """The example case typed into the import box under a reference of its own (the examples are in the library)."""
    text = CASE.read_text(encoding="utf-8").replace("id: ex-01-mineure-16-ans-reseau", f"id: {reference}")
    at.text_area(key="saisie").input(text).run()
    return ok(at.button(key="btn_texte").click().run())


@pytest.mark.app
def test_the_app_saving_to_a_locked_library_says_so_and_keeps_the_draft(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT", 0.3)
    at = typed(ok(AppTest.from_file(APP, default_timeout=60).run()))
    with held(path):
        ok(at.button(key="enregistrer").click().run())
        assert BUSY in shown(at) and "saisie est gardée" in shown(at)
        assert at.session_state["draft"]["id"] == "dossier-tape" and len(at.session_state["draft"]["persons"]) == 3
        assert "library_id" not in at.session_state
        ok(at.switch_page("views/library.py").run())  # the library page reads while locked
        assert not at.exception
    ok(at.switch_page("views/entry.py").run())
    ok(at.button(key="enregistrer").click().run())
    assert at.session_state["library_id"] and "dossier-tape" in {e.reference for e in Library(path).list()}


@pytest.mark.app
def test_the_app_on_a_read_only_library_reads_says_so_and_refuses_saving(
    saved: tuple[Library, int, Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, entry, _ = saved
    monkeypatch.setattr(db, "writable", lambda path=None: False)
    before = row(library.path)
    at = typed(ok(AppTest.from_file(APP, default_timeout=60).run()))
    assert "lecture seule" in shown(at)
    ok(at.button(key="enregistrer").click().run())
    assert "lecture seule" in shown(at) and at.session_state["draft"]["id"] == "dossier-tape"
    ok(at.switch_page("views/library.py").run())
    assert at.selectbox(key="biblio_choix").value == entry
    assert row(library.path) == before


@pytest.mark.app
def test_the_app_on_a_full_disk_says_so_and_keeps_the_draft(
    saved: tuple[Library, int, Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, *_ = saved
    at = typed(ok(AppTest.from_file(APP, default_timeout=60).run()))
    before = row(library.path)
    capped(monkeypatch)
    ok(at.button(key="enregistrer").click().run())
    assert "plein" in shown(at) and "saisie est gardée" in shown(at)
    assert at.session_state["draft"]["id"] == "dossier-tape" and row(library.path) == before


@pytest.mark.app
def test_the_app_starts_when_the_examples_cannot_be_loaded_and_says_so(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: Library, examples_dir: object) -> int:
        raise LibraryFull(self.path)

    monkeypatch.setattr(Library, "preload_examples", full)
    at = ok(AppTest.from_file(APP, default_timeout=60).run())
    assert "exemples n'ont pas pu être chargés" in shown(at) and "plein" in shown(at)
    assert at.button(key="enregistrer") is not None  # the entry page is drawn
    assert hashlib.sha256(path.read_bytes()).hexdigest()  # the new library file is there


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        ((sqlite3.OperationalError, 5), LibraryBusy),
        ((sqlite3.OperationalError, 6), LibraryBusy),
        ((sqlite3.OperationalError, 8), LibraryReadOnly),
        ((sqlite3.OperationalError, 13), LibraryFull),
        ((sqlite3.OperationalError, 778), LibraryDiskError),  # SQLITE_IOERR_WRITE
        ((OSError, errno.ENOSPC), LibraryFull),
        ((OSError, errno.EROFS), LibraryReadOnly),
        ((OSError, errno.EIO), LibraryDiskError),
    ],
)
def test_sqlite_and_system_errors_become_the_storage_fault_they_mean(path: Path, error: tuple[type, int], kind: type) -> None:
    cls, code = error
    if cls is OSError:
        exc: BaseException = OSError(code, os.strerror(code))
    else:
        exc = cls("injectée")
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    with pytest.raises(kind) as raised, translated(path):
        raise exc
    assert raised.value.__cause__ is exc and str(path) in str(raised.value)
    with pytest.raises(sqlite3.IntegrityError), translated(path):  # not a storage fault: passes unchanged
        raise sqlite3.IntegrityError("UNIQUE constraint failed")
