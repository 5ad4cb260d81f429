"""``qualif classify`` / ``explain`` as text: persons by the name entered, elided (« d'Emma »), statuses in French."""

from __future__ import annotations

import pytest

from engine.cli.main import main
from engine.documents.naming import Namer, elide

EXAMPLE = "examples/p03_mineure_14_ans_trois_clients.yaml"  # Emma (pseudonyme), clients without a name
CODES = ("[strong]", "[to_examine]", "[a_examiner]", "[established]", "[to_establish]", "[excluded]")


@pytest.mark.parametrize(
    ("word", "name", "expected"),
    [("de", "Emma", "d'Emma"), ("que", "Inès", "qu'Inès"), ("De", "Omar", "D'Omar"), ("de", "Karim", "de Karim"),
     ("lorsque", "Yasmine", "lorsqu'Yasmine"), ("de", "Hugo", "de Hugo"), ("puisque", "Élodie", "puisqu'Élodie")],
)
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
