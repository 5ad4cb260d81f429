"""Accuracy check: the penalty figures written in each cited article equal the encoded penalty.

For every rule version and every aggravation, the figures ("… ans d'emprisonnement", "… ans de
réclusion criminelle", "réclusion criminelle à perpétuité", "… € d'amende") are parsed out of the
penalty quote — itself checked, at load, to stand verbatim in the article text it cites.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from engine.law.loader import load_rulebook
from engine.law.rule_model import Penalty

WORDS = {
    "un": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
}
YEARS = re.compile(r"(\w+) (?:ans|années|an) (d'emprisonnement|de réclusion criminelle)")
LIFE = re.compile(r"réclusion criminelle à perpétuité")
FINE = re.compile(r"(\d[\d  ]*) (?:€|[Ee]uros) d'amende|amende de (\d[\d  ]*) (?:€|[Ee]uros)")
FRANCS = re.compile(r"(\d[\d  ]*) (?:F|francs) d'amende|amende de (\d[\d  ]*) (?:F|francs)\b")
MILLION = re.compile(r"(\w+) millions? d'euros d'amende")
REFERENCE = re.compile(r"peines prévues (?:par|à) l'article ([\d-]+)")


def parse(quote: str) -> dict[str, Any]:
    years = YEARS.search(quote)
    fine = FINE.search(quote)
    francs = FRANCS.search(quote)
    return {
        "prison_years": WORDS[years.group(1)] if years else None,
        "reclusion": bool(years and "réclusion" in years.group(2)) or bool(LIFE.search(quote)),
        "life": bool(LIFE.search(quote)),
        "fine_eur": int(re.sub(r"\D", "", fine.group(1) or fine.group(2))) if fine else _million(quote),
        "fine_frf": int(re.sub(r"\D", "", francs.group(1) or francs.group(2))) if francs else None,
    }


def _million(quote: str) -> int | None:
    found = MILLION.search(quote)
    return WORDS[found.group(1)] * 1_000_000 if found else None


def _cases() -> list[tuple[str, Penalty, dt.date | None]]:
    book = load_rulebook()
    out = []
    for offence in book.offences.values():
        for version in offence.versions:
            day = version.valid_from
            out.append((f"{offence.article} [{version.id}]", version.penalty, day))
            out.extend((f"{offence.article} [{version.id}] {agg.article}", agg.penalty, day) for agg in version.aggravations)
    return out


CASES = _cases()


@pytest.mark.parametrize(("where", "penalty", "day"), CASES, ids=[w for w, _, _ in CASES])
def test_encoded_penalty_matches_the_article_text(where: str, penalty: Penalty, day: dt.date | None) -> None:
    found = parse(penalty.quote)
    reference = REFERENCE.search(penalty.quote)
    if reference:  # "puni des peines prévues par l'article 225-5": that article's encoding, in force the same day
        target = next(o for o in load_rulebook().offences.values() if o.article == reference.group(1))
        in_force = (day and target.version_at(day)) or target.versions[-1]
        found = parse(in_force.penalty.quote)
    if penalty.kind in ("renvoi", "amende_contraventionnelle"):
        assert found["prison_years"] is None and found["fine_eur"] is None and not found["life"], where
        assert penalty.prison_years is None and penalty.fine_eur is None, where
        return
    assert penalty.life == found["life"], where
    assert penalty.prison_years == found["prison_years"], where
    assert penalty.fine_eur == found["fine_eur"], where
    assert penalty.fine_frf == found["fine_frf"], where
    assert (penalty.kind == "reclusion_criminelle") == found["reclusion"], where


def test_parser_reads_the_article_forms() -> None:
    assert parse("punie de quinze ans de réclusion criminelle et de 1 500 000 € d'amende") == {
        "prison_years": 15,
        "reclusion": True,
        "life": False,
        "fine_eur": 1_500_000,
        "fine_frf": None,
    }
    assert parse("est puni de 3 750 € d'amende")["fine_eur"] == 3750
    assert parse("de la réclusion criminelle à perpétuité et de 4 500 000 euros d'amende")["life"]
    assert parse("dix ans d'emprisonnement et un million d'euros d'amende")["fine_eur"] == 1_000_000
    assert parse("punie de trois ans d'emprisonnement et d'une amende de 45 000 euros")["fine_eur"] == 45_000
    assert parse("punie de vingt années de réclusion criminelle")["prison_years"] == 20
    assert parse("est puni de deux ans d'emprisonnement et de 200 000 F d'amende")["fine_frf"] == 200_000
    assert parse("est puni d'un an d'emprisonnement et de 300 000 F d'amende")["prison_years"] == 1
    assert parse("punie de sept ans d'emprisonnement et de 150 000 Euros d'amende")["fine_eur"] == 150_000
