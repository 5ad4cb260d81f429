"""Rule files: a defect stops the engine with the file and line; quotes are the official words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from engine.kernel.errors import RuleFileError
from engine.kernel.result_model import ElementOut, VersionOut
from engine.law.loader import load_rulebook
from engine.law.texts import TEXTS_DIR

ROOT = Path(__file__).resolve().parent.parent
SHARED_LAW = ROOT.parent / "shared" / "law"
SOURCE = ROOT / "rules" / "offences" / "cp_225-5_proxenetisme.yaml"


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "offences"
    folder.mkdir()
    text = SOURCE.read_text(encoding="utf-8")
    assert old in text
    (folder / SOURCE.name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def _error(folder: Path) -> RuleFileError:
    with pytest.raises(RuleFileError) as err:
        load_rulebook(folder)
    assert err.value.file.endswith(SOURCE.name)
    return err.value


def line_of(folder: Path, needle: str) -> int:
    lines = (folder / SOURCE.name).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_the_shipped_rules_load() -> None:
    book = load_rulebook()
    assert len(book.offences) >= 8 and len(book.version_hash) == 16


def test_unknown_fact_names_file_and_line(tmp_path: Path) -> None:
    folder = _broken(tmp_path, "- {profit_prostitution: true}", "- {profit_prostitutoin: true}")
    err = _error(folder)
    assert "profit_prostitutoin" in str(err) and err.line == line_of(folder, "profit_prostitutoin")


def test_missing_sources(tmp_path: Path) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    start, end = text.index("sources:"), text.index("versions:")
    folder = _broken(tmp_path, text[start:end], "sources: []\n")
    err = _error(folder)
    assert "sources" in str(err) and err.line == line_of(folder, "sources: []")


def test_bad_date(tmp_path: Path) -> None:
    folder = _broken(tmp_path, "valid_from: 1994-03-01", "valid_from: 2021-02-30")
    err = _error(folder)
    assert "valid_from" in str(err) and err.line == line_of(folder, "valid_from")


def test_quote_not_in_article(tmp_path: Path) -> None:
    folder = _broken(tmp_path, "D'aider, d'assister ou de protéger la prostitution d'autrui", "D'aider la prostitution")
    err = _error(folder)
    assert "citation introuvable" in str(err) and err.line == line_of(folder, "D'aider la prostitution")


def test_unknown_operator_and_unknown_field(tmp_path: Path) -> None:
    err = _error(_broken(tmp_path, "- {hire_or_pressure: true}\n      - &prost", "- {$xor: [{a: true}]}\n      - &prost"))
    assert "$xor" in str(err)
    other = tmp_path / "b"
    other.mkdir()
    err = _error(_broken(other, "protection_rank: 50", "protection_rank: 50\nprotection: 3"))
    assert "protection" in str(err) and err.line is not None


def test_penalty_inconsistent_with_nature(tmp_path: Path) -> None:
    err = _error(_broken(tmp_path, "    nature: délit\n    penalty:", "    nature: crime\n    penalty:"))
    assert "crime" in str(err)


def test_shipped_texts_are_the_shared_official_texts() -> None:
    if not SHARED_LAW.is_dir():
        pytest.skip("../shared/law absent : comparaison impossible hors de l'espace de travail")
    for source in [*SHARED_LAW.glob("*.md"), *SHARED_LAW.glob("versions/*.md")]:
        shipped = TEXTS_DIR / source.relative_to(SHARED_LAW)
        assert shipped.read_bytes() == source.read_bytes(), source.name
    for source in (SHARED_LAW.parent / "sources").glob("*.txt"):
        assert (ROOT / "rules" / "sources" / source.name).read_bytes() == source.read_bytes(), source.name


def test_every_protection_rule_quotes_a_shipped_source() -> None:
    book = load_rulebook()
    assert {r.kind for r in book.protection.values()} >= {
        "protection_extended",
        "non_punishment",
        "client_prosecution",
        "csgsiv_no_prosecution",
        "administrateur_ad_hoc",
        "immediate_shelter",
        "assistance_educative",
        "residence_permit",
        "exit_prostitution_permit",
        "asylum_information",
        "compensation",
        "civil_action",
        "hearing_conditions",
    }
    for rule in book.protection.values():
        quoted = [c for c in rule.sources if c.quote and c.file]
        assert quoted, rule.id


def test_protection_rule_with_a_false_quote_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import engine.law.loader as loader

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    target = rules / "protection" / "protection_extended.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("be extended to child victims", "be given to"), encoding="utf-8")
    monkeypatch.setattr(loader, "RULES_DIR", rules)
    monkeypatch.setattr(loader, "SOURCES_DIR", rules / "sources")
    with pytest.raises(RuleFileError) as err:
        load_rulebook(rules / "offences")
    assert "protection_extended.yaml" in str(err.value) and "citation introuvable" in str(err.value)


def test_cli_refuses_to_start_on_a_broken_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import engine.law.loader as loader

    folder = _broken(tmp_path, "- {profit_prostitution: true}", "- {nope: true}")
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    shutil.copy(folder / SOURCE.name, rules / "offences" / SOURCE.name)
    monkeypatch.setattr(loader, "RULES_DIR", rules)
    from engine.cli.main import main

    assert main(["rules"]) == 3


def test_a_version_block_is_found_by_article_and_first_day_without_its_provenance() -> None:
    from engine.law.texts import articles, provenance

    text = articles("versions/legi_history_1994_2015.md")["227-25@1994-03-01"]
    assert text.startswith("Le fait, par un majeur, d'exercer sans violence") and "Source :" not in text
    assert provenance("versions/legi_history_1994_2015.md", "227-25@1994-03-01").startswith("Source : commit")


def test_rule_data_shown_once_equals_it_made_afresh() -> None:
    """``Element.out`` and ``Version.out`` (made once, shared by every qualification) are what the result showed
    before: the same fields, one frozen instance per element and status, per version."""
    book = load_rulebook()
    for offence in book.offences.values():
        for version in offence.versions:
            assert version.out() == VersionOut(id=version.id, valid_from=version.valid_from, valid_to=version.valid_to)
            assert version.out() is version.out()
            for el in version.elements:
                for status in ("satisfied", "contradicted", "unknown"):
                    fresh = ElementOut(id=el.id, label=el.label, kind=el.kind, article=el.article, status=status)
                    assert el.out(status) == fresh and el.out(status) is el.out(status)
                    assert el.out(status).model_dump() == fresh.model_dump()
