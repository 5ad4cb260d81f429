"""The start-up cache of the rule book and ruleset (engine/reasoning/rules_cache.py, engine/kernel/disk_cache.py):
a hit equals a fresh build, any rule file changed rebuilds it, a read-only or corrupt cache never fails."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from engine.kernel import disk_cache
from engine.law.loader import RuleBook, load_rulebook
from engine.law.vocabulary import DATA_PREFIX, FAST_LOADER, RULES_DIR, yaml_data
from engine.reasoning import rules_cache
from engine.reasoning.compiler import Compiled, compile_rulebook
from engine.reasoning.prescription import QUOTES_CHECKED
from engine.reasoning.pruning import Scope, pruned

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "mineure_16_ans_reseau.yaml"


@pytest.fixture(scope="module")
def fresh() -> tuple[RuleBook, Compiled]:
    book = load_rulebook()
    return book, compile_rulebook(book)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache" / "qualif"
    monkeypatch.setenv(disk_cache.ENV_VAR, str(folder))
    return folder


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{rules_cache.PREFIX}*")) if folder.is_dir() else []


def _same(got: tuple[RuleBook, Compiled], fresh: tuple[RuleBook, Compiled]) -> None:
    (book, compiled), (book0, compiled0) = got, fresh
    assert book == book0
    assert list(book.offences) == list(book0.offences) and list(book.protection) == list(book0.protection)
    assert compiled.ruleset == compiled0.ruleset and compiled.definition == compiled0.definition
    assert compiled.meta == compiled0.meta
    assert [m.pattern for m in compiled.meta.values()] == [m.pattern for m in compiled0.meta.values()]  # not compared by ==


def _decoded(path: Path, key: str) -> tuple[RuleBook, Compiled]:
    book, rules = rules_cache.decode(path.read_bytes(), key)
    return book, rules.compiled


def _no_rebuild(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: Any) -> Any:
        raise AssertionError("rebuilt despite a valid cache entry")

    monkeypatch.setattr(rules_cache, "load_rulebook", refuse)


def test_a_hit_equals_a_fresh_build(cache: Path, fresh: tuple[RuleBook, Compiled], monkeypatch: pytest.MonkeyPatch) -> None:
    _same(rules_cache.book_and_ruleset(), fresh)  # built, and stored
    assert [p.name for p in _entries(cache)] == [f"{rules_cache.PREFIX}{rules_cache.cache_key()}.jsonl"]
    _no_rebuild(monkeypatch)
    _same(rules_cache.book_and_ruleset(), fresh)  # read back


def test_the_folder_is_private(cache: Path, fresh: tuple[RuleBook, Compiled]) -> None:
    rules_cache.book_and_ruleset()
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    modes = [stat.S_IMODE(p.stat().st_mode) for p in cache.iterdir()]
    assert modes and set(modes) == {0o600} and not list(cache.glob(".*"))  # and no temporary file left


def test_where_the_folder_is(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(disk_cache.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert disk_cache.folder() == tmp_path / "qualif"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert disk_cache.folder() == tmp_path / "home" / ".cache" / "qualif"
    monkeypatch.setenv(disk_cache.ENV_VAR, str(tmp_path / "mine"))
    assert disk_cache.folder() == tmp_path / "mine"


@pytest.mark.parametrize(
    "damage",
    [b"", b'{"format": 1, "key": "', b"\xff\xfe not text", b"[]", b'{"format": 1}', "wrong shape"],
    ids=["empty", "truncated", "not-utf8", "list", "no-key", "wrong-shape"],
)
def test_a_corrupt_entry_is_rebuilt(cache: Path, fresh: tuple[RuleBook, Compiled], damage: bytes | str) -> None:
    key = rules_cache.cache_key()
    cache.mkdir(parents=True)
    path = cache / f"{rules_cache.PREFIX}{key}.jsonl"
    if damage == "wrong shape":  # valid JSON of the right key, an offence that is not one
        damage = json.dumps({"format": rules_cache.FORMAT, "key": key, "offences": {"x": {"id": 3}}}).encode()
    assert isinstance(damage, bytes)
    path.write_bytes(damage)
    _same(rules_cache.book_and_ruleset(), fresh)
    _same(_decoded(path, key), fresh)  # replaced by a good one


def test_a_damaged_line_of_rules_is_rebuilt(cache: Path, fresh: tuple[RuleBook, Compiled]) -> None:
    """The header is whole, a line of rules is cut (read only when a case needs it): the rules are rebuilt."""
    rules_cache.book_and_ruleset()
    (path,) = _entries(cache)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])  # the last line, cut
    book, rules = rules_cache.book_and_rules()
    _same((book, rules.compiled), fresh)
    assert path.read_bytes() == data  # replaced by a good one


@pytest.mark.parametrize(
    "offences",
    [set(), {"proxenetisme_225_5"}, {"traite_225_4_1_ii_mineur", "corruption_mineur_227_22", "proxenetisme_225_5"}, "all"],
    ids=["none", "one", "three", "all"],
)
def test_the_rules_of_some_offences_read_from_an_entry_prune_as_the_whole_rule_book(
    cache: Path, fresh: tuple[RuleBook, Compiled], offences: set[str] | str
) -> None:
    """``qualif classify FILE`` parses the lines of its case's offences only: pruned, the same rules, in the same
    shards and order, as the whole rule book pruned (engine/reasoning/pruning.py)."""
    book0, compiled0 = fresh
    wanted = frozenset(book0.offences) if offences == "all" else frozenset(offences)
    assert wanted <= book0.offences.keys()
    rules_cache.book_and_ruleset()
    _, rules = rules_cache.book_and_rules()  # read back: no rule line parsed yet but those every case reads
    scope = Scope(wanted, frozenset({"consomme", "tentative"}), {})  # every mode and version of these offences
    got, want = pruned(rules.of(wanted), scope), pruned(compiled0, scope)
    assert got.shards == want.shards and got.definitions == want.definitions and got.meta == want.meta
    assert list(got.ruleset) == list(want.ruleset) and rules.facts == rules_cache.rule_facts(compiled0)
    assert got._readers == want._readers  # the fact types each shard reads, from the entry: no rule parsed


def test_the_rules_of_some_versions_and_modes_read_from_an_entry_prune_as_the_whole_rule_book(
    cache: Path, fresh: tuple[RuleBook, Compiled]
) -> None:
    """Of an offence of several versions, only the lines of the versions and modes a case runs in are read: pruned,
    the same rules as the whole rule book pruned to that scope, and fewer than all of the offence's."""
    book0, compiled0 = fresh
    several = sorted(o.id for o in book0.offences.values() if len(o.versions) > 1 and o.attempt)[:3]
    assert several, "some offences of several versions punish the attempt"
    versions = {o: frozenset({book0.offences[o].versions[-1].id}) for o in several}
    scope = Scope(frozenset(several), frozenset({"consomme"}), versions)
    rules_cache.book_and_ruleset()
    _, rules = rules_cache.book_and_rules()
    got, want = pruned(rules.of(scope.offences, scope.runs), scope), pruned(compiled0, scope)
    assert got.shards == want.shards and got.definitions == want.definitions and got.meta == want.meta
    assert list(got.ruleset) == list(want.ruleset)
    assert {(m.offence, m.version, m.mode) for m in got.meta.values() if m.part not in ("protection", "note", "session")} == {
        (o, book0.offences[o].versions[-1].id, "consomme") for o in several
    }


def test_an_entry_others_may_write_is_not_read(cache: Path, fresh: tuple[RuleBook, Compiled]) -> None:
    rules_cache.book_and_ruleset()
    (path,) = _entries(cache)
    assert disk_cache.read_bytes(path.name) is not None
    path.chmod(0o620)
    assert disk_cache.read_bytes(path.name) is None
    _same(rules_cache.book_and_ruleset(), fresh)  # rebuilt, and replaced by a private file
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_entry_of_another_key_is_not_read(cache: Path, fresh: tuple[RuleBook, Compiled]) -> None:
    rules_cache.book_and_ruleset()
    (path,) = _entries(cache)
    with pytest.raises(ValueError):
        rules_cache.decode(path.read_bytes(), "0" * 32)


def test_a_folder_that_cannot_be_written(
    cache: Path, fresh: tuple[RuleBook, Compiled], monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*_: Any, **__: Any) -> Any:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(disk_cache.tempfile, "mkstemp", read_only)
    _same(rules_cache.book_and_ruleset(), fresh)  # built in memory, silently
    assert _entries(cache) == []


def test_a_path_that_is_not_a_folder(tmp_path: Path, fresh: tuple[RuleBook, Compiled], monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv(disk_cache.ENV_VAR, str(tmp_path / "file" / "qualif"))
    _same(rules_cache.book_and_ruleset(), fresh)
    assert not disk_cache.write("x.json", {})


@pytest.mark.skipif(
    os.geteuid() == 0, reason="exécuté en root : root écrit dans un dossier en lecture seule, le refus ne peut pas être observé"
)
def test_a_read_only_folder(cache: Path, fresh: tuple[RuleBook, Compiled]) -> None:
    cache.mkdir(parents=True)
    cache.chmod(0o500)
    try:
        _same(rules_cache.book_and_ruleset(), fresh)
        assert list(cache.iterdir()) == []
    finally:
        cache.chmod(0o700)


def test_older_entries_are_pruned(cache: Path) -> None:
    for i in range(5):
        assert disk_cache.write(f"{rules_cache.PREFIX}{i}.json", {"i": i}, prefix=rules_cache.PREFIX)
        os.utime(cache / f"{rules_cache.PREFIX}{i}.json", (1_000_000 + i, 1_000_000 + i))
    assert [p.name for p in _entries(cache)] == [f"{rules_cache.PREFIX}{i}.json" for i in (2, 3, 4)]
    assert disk_cache.read(f"{rules_cache.PREFIX}4.json") == {"i": 4}


def _copy_rules(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(RULES_DIR, copy)
    return copy


@pytest.mark.parametrize(
    "file", ["facts.yaml", "offences/cp_225-5_proxenetisme.yaml", "shared/aggravations_proxenetisme.yaml", "texts/code_penal.md"]
)
def test_any_rule_file_changes_the_key(tmp_path: Path, file: str) -> None:
    rules = _copy_rules(tmp_path)
    before = rules_cache.cache_key(rules)
    assert rules_cache.cache_key(rules) == before
    path = rules / file
    assert path.is_file(), file
    path.write_bytes(path.read_bytes() + b" ")
    assert rules_cache.cache_key(rules) != before
    path.unlink()
    assert rules_cache.cache_key(rules) != before
    (rules / "protection" / "new.yaml").write_text("", encoding="utf-8")
    assert rules_cache.cache_key(rules) != before


_PROBE = (
    "import json; from engine.api import get_engine; e = get_engine(); "
    "print(json.dumps([e.book.offences['proxenetisme_225_5'].label, e.book.version_hash, len(e.compiled.ruleset)]))"
)


def _probe(rules: Path, cache: Path) -> list[Any]:
    env = {**os.environ, "QUALIF_RULES": str(rules), disk_cache.ENV_VAR: str(cache), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", _PROBE]
    out = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=True, timeout=300)
    result: list[Any] = json.loads(out.stdout)
    return result


def test_an_edited_rule_file_is_never_served_stale(tmp_path: Path) -> None:
    rules, cache = _copy_rules(tmp_path), tmp_path / "cache"
    offence = rules / "offences" / "cp_225-5_proxenetisme.yaml"
    text = offence.read_text(encoding="utf-8")
    assert "label: Proxénétisme\n" in text
    first = _probe(rules, cache)
    assert first[0] == "Proxénétisme" and len(_entries(cache)) == 1
    assert _probe(rules, cache) == first  # read back
    offence.write_text(text.replace("label: Proxénétisme\n", "label: Proxénétismf\n"), encoding="utf-8")  # one byte
    edited = _probe(rules, cache)
    assert edited[0] == "Proxénétismf" and edited[1] != first[1] and edited[2] == first[2]
    assert len(_entries(cache)) == 2


def _classify(cache: Path, case: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, disk_cache.ENV_VAR: str(cache), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "engine.cli.main", "classify", str(case), "--format", "json"]
    return subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_command_answers_the_same_from_the_cache_and_keeps_no_case_data(tmp_path: Path) -> None:
    case = tmp_path / "dossier.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace("target: lea", "target: zqxvictime")
    case.write_text(text.replace("id: lea,", "id: zqxvictime,"), encoding="utf-8")
    cache = tmp_path / "cache"
    cold, warm = _classify(cache, case), _classify(cache, case)
    assert cold.returncode == 0 and "zqxvictime" in cold.stdout, cold.stderr
    assert warm.stdout == cold.stdout
    # the rules' entry, facts.yaml's and prescription.yaml's data, the mark of prescription.yaml's quotes found
    names = sorted(p.name for p in cache.iterdir())
    kinds = (QUOTES_CHECKED, rules_cache.PREFIX, DATA_PREFIX)
    wanted = [QUOTES_CHECKED, rules_cache.PREFIX, DATA_PREFIX, DATA_PREFIX]
    assert [next(k for k in kinds if n.startswith(k)) for n in names] == wanted
    assert not any("zqxvictime" in p.read_text(encoding="utf-8") for p in cache.iterdir())


@pytest.mark.slow
def test_processes_writing_at_once_leave_a_valid_entry(tmp_path: Path, fresh: tuple[RuleBook, Compiled]) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, disk_cache.ENV_VAR: str(cache), "PYTHONPATH": str(ROOT)}
    script = "from engine.reasoning.rules_cache import book_and_ruleset; book_and_ruleset()"
    procs = [subprocess.Popen([sys.executable, "-c", script], env=env, cwd=ROOT) for _ in range(4)]
    assert [p.wait(timeout=600) for p in procs] == [0] * 4
    (entry,) = _entries(cache)  # one entry, no temporary file left
    assert not list(cache.glob(".*"))
    _same(_decoded(entry, rules_cache.cache_key()), fresh)


@pytest.mark.parametrize("file", ["facts.yaml", "prescription.yaml", "protection/facts.yaml"])
def test_libyaml_reads_the_rules_as_the_python_parser(file: str) -> None:
    text = (RULES_DIR / file).read_text(encoding="utf-8")
    assert yaml.load(text, Loader=FAST_LOADER) == yaml.safe_load(text)


def test_the_facts_data_is_read_back_as_parsed(cache: Path) -> None:
    """rules/facts.yaml's data, stored as JSON under its text's hash, is the data the YAML parser gives; another
    text gives another entry; dates are tagged, and data JSON cannot hold (a time of day) is parsed each time."""
    text = (RULES_DIR / "facts.yaml").read_text(encoding="utf-8")
    parsed = yaml.load(text, Loader=FAST_LOADER)
    assert yaml_data(text) == parsed and len(list(cache.glob(f"{DATA_PREFIX}*"))) == 1
    assert yaml_data(text) == parsed  # read back
    assert yaml_data(text + "\nautre: 1\n") == {**parsed, "autre": 1} and len(list(cache.glob(f"{DATA_PREFIX}*"))) == 2
    assert yaml_data("jour: 2021-04-21\n") == yaml_data("jour: 2021-04-21\n") == {"jour": dt.date(2021, 4, 21)}
    assert yaml_data("quand: 2021-04-21 10:00:00\n") == {"quand": dt.datetime(2021, 4, 21, 10)}  # not stored
    lookalike = "faux: {$date: 2021-04-21}\n"  # a mapping that looks like a date's tag: not stored
    assert yaml_data(lookalike) == yaml_data(lookalike) == {"faux": {"$date": dt.date(2021, 4, 21)}}
    stored = list(cache.glob(f"{DATA_PREFIX}*"))
    assert len(stored) == 3 and all(json.loads(p.read_text(encoding="utf-8"))["key"] in p.name for p in stored)
