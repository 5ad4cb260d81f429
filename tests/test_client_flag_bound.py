"""The flag « Poursuite du client d'un mineur prostitué » says no more than the qualification of the same acts: an
« established » alternative names the offence it asserts (``rests_on``), and the flag is « établi » only while a
qualification of that offence for the same client and victim is (C. pén. 112-1: an act of uncertain date across
05/03/2002, the day 225-12-1 came into force, leaves both « à établir »)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from budget import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.api import classify_dict
from engine.kernel.errors import RuleFileError
from engine.law.loader import load_protection, load_rulebook, protection_facts

ROOT = Path(__file__).resolve().parent.parent
FLAG = ROOT / "rules" / "protection" / "client_prosecution.yaml"
TODAY = dt.date(2026, 12, 4)


def _case(birth: str, start: str, end: str, knew: bool | None, remuneration: bool | None = True) -> dict[str, Any]:
    act = {"id": "a1", "actor": "c", "target": "v", "kind": "remunerer_relations_sexuelles", "date": start, "place": "france"}
    if end != start:
        act["end_date"] = end
    if remuneration is not None:
        act["remuneration"] = remuneration
    persons = [
        {"id": "v", "roles": ["victime"], "birth_date": birth},
        {"id": "c", "roles": ["client"], "birth_date": "1960-09-09"},
    ]
    return {"id": "borne", "persons": persons, "acts": [act], "knowledge": [{"person": "c", "about": "v", "knew_minor": knew}]}


def _flag_and_statuses(case: dict[str, Any]) -> tuple[Any, dict[str, set[str]]]:
    result = classify_dict(case, today=TODAY)
    flags = [f for f in result.flags if f.kind == "client_prosecution" and f.person == "c>v"]
    statuses: dict[str, set[str]] = {}
    for q in result.qualifications:
        if (q.perpetrator, q.victim) == ("c", "v"):
            statuses.setdefault(q.offence, set()).add(q.status)
    return (flags[0] if flags else None), statuses


def test_the_repro_sixteen_year_old_across_the_creation_of_225_12_1() -> None:
    """c6 of the review: one paid act dated 01/02/2002 to 01/04/2002, the minority known. 225-12-1 is « à établir »
    (the date); the flag was « established » (its law read on the last day): now « à établir », saying why."""
    flag, statuses = _flag_and_statuses(_case("1985-06-01", "2002-02-01", "2002-04-01", True))
    assert statuses["recours_prostitution_mineur_225_12_1"] == {"to_establish"}
    assert flag.status == "to_establish"
    assert "la date des faits, postérieure au 04/03/2002" in flag.explanation.claim
    assert "la date des faits, postérieure au 04/03/2002" in " ".join(flag.explanation.would_change)
    assert "cela établi, poursuivre le client" in flag.explanation.claim


def test_an_act_certainly_after_keeps_the_flag_established() -> None:
    flag, statuses = _flag_and_statuses(_case("1985-06-01", "2002-04-01", "2002-04-20", True))
    assert statuses["recours_prostitution_mineur_225_12_1"] == {"established"}
    assert flag.status == "established" and "sous réserve" not in flag.explanation.claim


@settings(max_examples=examples(60), deadline=None)
@given(
    age=st.integers(365 * 11, 365 * 19),  # days: a victim of eleven to nineteen on the first day
    # half of the acts begin in the three months before 05/03/2002 (225-12-1 created), some lasting across it
    start=st.one_of(st.dates(dt.date(2001, 12, 1), dt.date(2002, 3, 4)), st.dates(dt.date(2001, 6, 1), dt.date(2022, 12, 31))),
    days=st.integers(0, 200),
    knew=st.sampled_from([True, False, None]),
    remuneration=st.sampled_from([True, None]),
)
def test_an_established_flag_always_has_an_established_qualification_beneath(
    age: int, start: dt.date, days: int, knew: bool | None, remuneration: bool | None
) -> None:
    """Whatever the dates and facts: a flag « established » whose alternative rests on offences qualified for the pair
    has one of them established beneath it (none « à établir » or « exclue » only)."""
    birth, end = start - dt.timedelta(days=age), start + dt.timedelta(days=days)
    flag, statuses = _flag_and_statuses(_case(birth.isoformat(), start.isoformat(), end.isoformat(), knew, remuneration))
    if flag is None or flag.status != "established":
        return
    rule = load_rulebook().protection["client_prosecution"]
    k = int(flag.explanation.rule.rsplit("#", 1)[1])
    rests_on = rule.alternatives[k].rests_on
    found = set().union(*(statuses.get(o, set()) for o in rests_on)) if rests_on else set()
    assert not found or "established" in found, (flag.explanation.claim, statuses)


def _rule_with(tmp_path: Path, old: str, new: str) -> Path:
    text = FLAG.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / FLAG.name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_rests_on_an_unknown_offence_is_refused_with_its_line(tmp_path: Path) -> None:
    path = _rule_with(tmp_path, "rests_on: [recours_prostitution_mineur_225_12_1]", "rests_on: [recours_inconnu]")
    with pytest.raises(RuleFileError) as err:
        load_protection(path, protection_facts(), load_rulebook().offences)
    assert "rests_on : infraction « recours_inconnu » inconnue" in str(err.value)
    assert err.value.line is not None and "client_prosecution.yaml" in err.value.file


def test_rests_on_is_refused_on_an_excluded_status_that_follows_no_offence(tmp_path: Path) -> None:
    """« excluded » rests on offences only to become « established » with one of them (``established_on: any``)."""
    rests = "viol_222_23, agression_sexuelle_mineur_15_222_29_1, agression_sexuelle_222_27"
    old = f"    status: excluded\n    rests_on: [{rests}]\n    established_on: any\n"
    path = _rule_with(tmp_path, old, old.replace("    established_on: any\n", "", 1))
    with pytest.raises(RuleFileError) as err:
        load_protection(path, protection_facts(), load_rulebook().offences)
    assert "réservé aux statuts « established » et « to_establish »" in str(err.value)


def test_a_to_establish_flag_says_the_date_the_qualification_lacks() -> None:
    """r12 of the review: the knowledge unknown and the date across 05/03/2002: both to establish, both said."""
    flag, _ = _flag_and_statuses(_case("1985-06-01", "2002-02-01", "2002-04-01", None))
    assert flag.status == "to_establish" and "établir que le client connaissait la minorité" in flag.explanation.claim
    assert "établir aussi la date des faits, postérieure au 04/03/2002" in flag.explanation.claim


def test_every_established_client_alternative_rests_on_an_offence() -> None:
    """The data, reviewed: each « established » alternative of the flag names the offence it asserts."""
    raw = yaml.safe_load(FLAG.read_text(encoding="utf-8"))
    established = [a for a in raw["alternatives"] if a["status"] == "established"]
    assert established and all(a.get("rests_on") for a in established)


def _with(case: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {**case, **extra}


def test_225_12_1_established_on_a_vulnerability_is_no_client_of_a_minor() -> None:
    """t06 of the third review: 16 years old, the knowledge of the minority unknown, 225-12-1 established on a
    particular vulnerability (a finding): the flag of a minor's client stays « à établir » on the knowledge."""
    vulnerable = {"perpetrator": "c", "victim": "v", "fact": "victim_vulnerable_illness_disability_pregnancy", "value": True}
    case = _with(_case("2002-01-01", "2018-02-01", "2018-02-01", None), findings=[vulnerable])
    flag, statuses = _flag_and_statuses(case)
    assert statuses["recours_prostitution_mineur_225_12_1"] == {"established"}
    assert flag.status == "to_establish" and "établir que le client connaissait la minorité" in flag.explanation.claim


@pytest.mark.parametrize("knew_under_15", [None, True])
def test_the_aggravated_text_needs_the_age_under_fifteen_known(knew_under_15: bool | None) -> None:
    """t02 of the third review: 13 years old in 2010, the minority known, the knowledge of the age under fifteen
    unknown: the délit of a minor, the aggravated penalty (225-12-2 dernier alinéa) to establish; known, it is said."""
    case = _case("1997-01-10", "2010-06-01", "2010-06-01", True)
    case["knowledge"][0]["knew_under_15"] = knew_under_15
    flag, _ = _flag_and_statuses(case)
    assert flag.status == "established"
    aggravated = "recours à la prostitution d'un mineur de quinze ans (art. 225-12-1 et 225-12-2 dernier alinéa)"
    assert (aggravated in flag.explanation.claim) == bool(knew_under_15), flag.explanation.claim
    assert ("établir que le client connaissait ou ne pouvait ignorer cet âge" in flag.explanation.claim) != bool(knew_under_15)


def test_paid_relations_before_2002_are_the_sexual_act_of_227_25() -> None:
    """r14 of the first review: 13 years old, paid relations on 01/10/2001, the age under fifteen known: the flag reads
    the sexual act on them (rules/facts.yaml), with 227-26 4° and its abrogation to check (112-1 al. 3)."""
    case = _case("1988-06-01", "2001-10-01", "2001-10-01", True)
    case["knowledge"][0]["knew_under_15"] = True
    flag, statuses = _flag_and_statuses(case)
    assert statuses["atteinte_sexuelle_mineur_15_227_25"] == {"established"}
    assert flag.status == "established" and "227-26 4°" in flag.explanation.claim and "112-1 al. 3" in flag.explanation.claim


def test_the_act_under_fifteen_is_read_under_the_law_of_its_day() -> None:
    """t09 of the third review: paid on 01/12/2020 at fourteen, on 01/06/2021 at fifteen. The under-fifteen tier
    rests on the first act: the law of 2020 (225-12-1 al. 2, 225-12-2 dernier alinéa), not 222-23-1 and 222-29-2,
    created on 23/04/2021, for an act at fifteen."""
    case = _case("2006-03-01", "2020-12-01", "2020-12-01", True)
    case["acts"].append({**case["acts"][0], "id": "a2", "date": "2021-06-01"})
    case["knowledge"][0]["knew_under_15"] = True
    flag, _ = _flag_and_statuses(case)
    assert flag.status == "established" and "225-12-2 dernier alinéa" in flag.explanation.claim
    assert "222-23-1" not in flag.explanation.claim and "222-29-2" not in flag.explanation.claim


def test_the_under_fifteen_tier_rests_on_its_own_circumstance() -> None:
    """n2 of the fourth review: paid at fourteen, 01/12/2001 to 01/05/2002 (across the creation of 225-12-1), then at
    fifteen on 01/09/2002, the age known. 225-12-1 is established on the second act, without the tier of a minor under
    fifteen (225-12-2 dernier alinéa), to establish on the first (its date): the flag no longer says « mineur de quinze
    ans (225-12-1 et 225-12-2) » établi, but 227-25 established on the first act, and the tier to establish."""
    case = _case("1987-06-01", "2001-12-01", "2002-05-01", True)
    case["acts"].append({**case["acts"][0], "id": "a2", "date": "2002-09-01"})
    del case["acts"][1]["end_date"]
    case["knowledge"][0]["knew_under_15"] = True
    flag, statuses = _flag_and_statuses(case)
    assert "established" in statuses["recours_prostitution_mineur_225_12_1"]
    claim = flag.explanation.claim
    assert flag.status == "established" and claim.startswith(
        "Poursuite du client d'un mineur prostitué — c>v : poursuivre le client au titre de la qualification établie, "
        "art. 225-12-1 (Recours à la prostitution d'un mineur) (faits du "
        "01/09/2002) ; art. 227-25"
    ), claim
    assert "(faits du 01/12/2001 au 01/05/2002)" in claim  # 227-25 on the first act, at fourteen: each on its own acts
    assert "circonstance 225-12-2 al. 5" in claim and "à établir : la date des faits, postérieure au 04/03/2002" in claim


def test_vulnerability_established_is_said_beside_a_minor_s_flag_to_establish() -> None:
    """t06 of the fourth review: the flag of a minor stays « à établir » (the knowledge of the minority), and says the
    délit established on the particular vulnerability remains, not only the contravention."""
    vulnerable = {"perpetrator": "c", "victim": "v", "fact": "victim_vulnerable_illness_disability_pregnancy", "value": True}
    flag, _ = _flag_and_statuses(_with(_case("2002-01-01", "2018-02-01", "2018-02-01", None), findings=[vulnerable]))
    assert flag.status == "to_establish"
    assert "est toutefois établie (au titre de la particulière vulnérabilité) : le délit demeure" in flag.explanation.claim


def test_rests_on_an_unknown_circumstance_is_refused(tmp_path: Path) -> None:
    old = "rests_on: [recours_prostitution_mineur_225_12_1#mineur_de_quinze_ans,"
    path = _rule_with(tmp_path, old, "rests_on: [recours_prostitution_mineur_225_12_1#inconnue,")
    with pytest.raises(RuleFileError) as err:
        load_protection(path, protection_facts(), load_rulebook().offences)
    assert "circonstance « inconnue » inconnue de « recours_prostitution_mineur_225_12_1 »" in str(err.value)


def test_from_2021_a_rape_or_assault_of_the_same_facts_is_the_ground_retained() -> None:
    """examples/p03: a client of a fourteen-year-old in 2022, the age known. The tier of 225-12-2 (« hors les cas de
    viol ou d'agression sexuelle ») and 227-25 give way to 222-29-2: the flag rests on it, never « exclu »."""
    data = yaml.safe_load((ROOT / "examples" / "p03_mineure_14_ans_trois_clients.yaml").read_text(encoding="utf-8"))
    result = classify_dict(data, today=TODAY)
    (flag,) = [f for f in result.flags if f.kind == "client_prosecution" and f.person == "client_a>emma"]
    assert flag.status == "established"
    assert flag.explanation.claim.startswith(
        "Poursuite du client d'un mineur prostitué — client_a>emma : poursuivre le client au titre de la qualification "
        "établie, art. 225-12-1 al. 2 (Recours à la prostitution d'un mineur ou d'une personne particulièrement "
        "vulnérable) (faits du 08/10/2022) ; art. 222-29-2"
    ), flag.explanation.claim
    assert "(qualifications des faits : art. 222-23-1 à établir (faits du 08/10/2022) : l'acte est une pénétration" in (
        flag.explanation.claim
    )
    assert "exclue : les faits de client_a envers emma constituent un viol ou une agression sexuelle" in flag.explanation.claim


def test_an_established_rape_is_named_beside_the_tier_retained() -> None:
    """u4 of the fifth review: a paid penetration with coercion on a fourteen-year-old in 2019 (before 2021, 225-12-2
    has no « hors les cas de viol »): the tier is the ground, and the rape (222-23), established, is named beside it,
    not only « à examiner »."""
    case = _case("2005-03-05", "2019-10-08", "2019-10-08", True)
    case["acts"][0] |= {"penetration": True, "coercion": True}
    case["knowledge"][0]["knew_under_15"] = True
    flag, statuses = _flag_and_statuses(case)
    assert statuses["viol_222_23"] == {"established"}
    assert flag.status == "established"
    assert flag.explanation.claim.endswith("(qualifications des faits : art. 222-23 établie (faits du 08/10/2019))"), (
        flag.explanation.claim
    )
