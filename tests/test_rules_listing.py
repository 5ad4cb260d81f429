"""`qualif rules --article`: an article finds its paragraphs and circumstances, never a longer number; an included
circumstance whose dates never meet a version is not part of that version."""

from __future__ import annotations

import datetime as dt

from engine.cli.rules_listing import _same_article, rows
from engine.law.loader import load_rulebook


def test_article_finds_its_items_not_a_longer_number() -> None:
    assert _same_article("222-24", "222-24 1°")
    assert _same_article("222-24", "222-24 3° bis")
    assert _same_article("222-24 1°", "222-24 1°")
    assert not _same_article("222-24 1°", "222-24 10°")
    assert not _same_article("222-23", "222-23-1")
    assert not _same_article("225-7", "225-7-1")
    assert _same_article("225-12-1 al.2", "225-12-1 al. 2")


def test_circumstances_of_222_24_are_listed_by_their_article() -> None:
    listed = rows(load_rulebook(), "222-24")
    assert {r["offence"] for r in listed} >= {"viol_222_23"}
    assert all(a["article"].startswith("222-24") for r in listed for a in r["aggravations"])


def test_an_included_wording_that_ended_before_a_version_is_not_in_it() -> None:
    viol = load_rulebook().offences["viol_222_23"]
    by_id = {v.id: {a.id for a in v.aggravations} for v in viol.versions}
    assert {"ascendant_ou_autorite_1994", "reseau_telecommunications"} <= by_id["1994-03-01"]
    assert not {"ascendant_ou_autorite_1994", "reseau_telecommunications"} & by_id["2018-08-06"]
    for v in viol.versions:
        for a in v.aggravations:
            assert (a.valid_to or dt.date.max) >= v.valid_from and (a.valid_from or dt.date.min) <= (v.valid_to or dt.date.max)
