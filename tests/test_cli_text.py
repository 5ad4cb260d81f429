"""``qualif classify`` / ``explain`` as text: persons by the name entered, elided (« d'Emma »), statuses in French."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.cli.main import main
from engine.documents.naming import Namer, elide

EXAMPLE = "examples/p03_mineure_14_ans_trois_clients.yaml"  # Emma (pseudonyme), clients without a name
CODES = ("[strong]", "[to_examine]", "[a_examiner]", "[established]", "[to_establish]", "[excluded]")


# fmt: off
ELISIONS = [("de", "Emma", "d'Emma"), ("que", "Inès", "qu'Inès"), ("De", "Omar", "D'Omar"), ("de", "Karim", "de Karim"),
            ("lorsque", "Yasmine", "lorsqu'Yasmine"), ("de", "Hugo", "de Hugo"), ("puisque", "Élodie", "puisqu'Élodie")]
# fmt: on


@pytest.mark.parametrize(("word", "name", "expected"), ELISIONS)
def test_elision_before_a_vowel_only(word: str, name: str, expected: str) -> None:
    assert elide(word, name) == expected


def test_the_namer_elides_only_the_word_just_before_the_name() -> None:
    namer = Namer({"emma": "Emma", "karim": "Karim"})
    assert namer("la majorité de emma ; que karim ; de emma-2 ; monde emma") == (
        "la majorité d'Emma ; que Karim ; de emma-2 ; monde Emma"
    )
    assert namer("Que emma") == "Qu'Emma" and namer("de  emma") == "de  Emma"


@pytest.mark.parametrize("command", ["classify", "explain"])
def test_the_text_output_names_persons_and_speaks_french(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, EXAMPLE, "--aujourdhui", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "Qualification principale pour Emma (pseudonyme)" in out
    assert "emma" not in out.replace("Emma", "")  # the id never shows; the name does
    assert "de Emma" not in out and "que Emma" not in out
    assert not [code for code in CODES if code in out]
    assert "[à examiner] Indemnisation" in out and "[exclu] Poursuite du client" in out


def test_the_json_output_keeps_the_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", EXAMPLE, "--format", "json", "--aujourdhui", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert '"victim": "emma"' in out and "Emma (pseudonyme)" not in out


def test_a_pair_key_names_both_persons_whatever_the_ids_length() -> None:
    namer = Namer({"c": "Paul", "v": "Inès", "client_a": "client_a", "emma": "Emma"})
    assert namer("Poursuite — c>v : établir") == "Poursuite — Paul envers Inès : établir"
    assert namer("client_a>emma ; de emma") == "client_a envers Emma ; d'Emma"
    assert namer("c>v2 ; a>b ; x-c>v") == "c>v2 ; a>b ; x-c>v"  # unknown ids, or inside a word, untouched


def test_short_ids_are_named_in_the_structured_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "court.yaml"
    case.write_text(
        "id: ids-courts\npersons:\n"
        "  - {id: v, name: Inès, roles: [victime], birth_date: 2007-02-01}\n"
        "  - {id: c, name: Paul, roles: [client], birth_date: 1980-01-01}\n"
        "acts:\n  - {id: a1, actor: c, target: v, kind: acte_sexuel_sans_penetration, date: 2023-03-10}\n",
        encoding="utf-8",
    )
    assert main(["classify", str(case), "--aujourdhui", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "Qualification principale pour Inès" in out and "auteur(s) : Paul" in out and "Victime Inès" in out
    assert "— Paul envers Inès :" in out and "c>v" not in out
    assert "[à établir] Poursuite du client d'un mineur prostitué" in out  # the client declared, the payment unknown
