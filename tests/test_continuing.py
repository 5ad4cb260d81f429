"""Conduct across a reform (C. pén. 112-1): conditions new in the law applied rest only on later acts;
facts only a later version reads are warned about; labels and flags name the texts then in force."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.api import classify_dict, get_engine
from engine.case.ages import below
from engine.kernel.result_model import WARNING_CODES, Qualification, Result
from engine.law.entries import entries, periods

REFORM_2021 = dt.date(2021, 4, 23)
D = dt.date.fromisoformat


def _case(acts: list[dict[str, Any]], born: str | None, **extra: Any) -> dict[str, Any]:
    victim: dict[str, Any] = {"id": "v", "roles": ["victime"]}
    if born:
        victim["birth_date"] = born
    persons = [victim, {"id": "a", "roles": ["mis_en_cause"], "birth_date": "1970-01-01"}]
    return {"id": "t", "persons": persons, "acts": acts, **extra}


def _act(i: int, kind: str, day: dt.date | str, **flags: Any) -> dict[str, Any]:
    return {"id": f"a{i}", "actor": "a", "target": "v", "kind": kind, "date": str(day), **flags}


def _q(r: Result, article: str) -> Qualification:
    (q,) = [q for q in r.qualifications if q.article == article and q.mode == "consomme"]
    return q


def test_only_the_heavier_225_7_1_enters_during_a_2020_2021_conduct() -> None:
    offence = get_engine().book.offences["proxenetisme_225_5"]
    spans = periods(offence, D("2020-06-01"), D("2021-06-01"))
    assert [s.start for s in spans] == [D("2020-06-01"), REFORM_2021]
    # both alternatives of the one reading of the age circumstances (knowledge of the age known, or unknown)
    assert entries(offence.versions[-1], spans) == {
        ("mineur_de_quinze_ans", 0): REFORM_2021,
        ("mineur_de_quinze_ans", 1): REFORM_2021,
    }


def test_an_offence_created_during_the_conduct_enters_whole() -> None:
    offence = get_engine().book.offences["traite_225_4_1_ii_mineur"]
    found = entries(offence.versions[0], periods(offence, D("2012-06-01"), D("2014-02-01")))
    parts = {pid for pid, _ in found}
    assert {e.id for e in offence.versions[0].elements} <= parts
    assert set(found.values()) == {D("2013-08-07")}


CONTINUING = sorted(o.id for o in get_engine().book.offences.values() if o.continuing)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(CONTINUING), st.dates(dt.date(1994, 3, 1), dt.date(2023, 3, 1)), st.integers(0, 4000))
def test_entries_are_reform_days_within_the_conduct_and_their_suffix_has_none(oid: str, first: dt.date, days: int) -> None:
    offence = get_engine().book.offences[oid]
    last = first + dt.timedelta(days=days)
    version = offence.version_at(last)
    if version is None:
        return
    spans = periods(offence, first, last)
    found = entries(version, spans)
    starts = {s.start for s in spans}
    for (part, k), since in found.items():
        assert first < since <= last + dt.timedelta(days=1)
        assert since in starts or since == last + dt.timedelta(days=1)
        if since <= last:  # from its entry on, the alternative is never late any more
            assert (part, k) not in entries(version, periods(offence, since, last))
    if len(spans) == 1:
        assert not found, "a conduct within one version and one set of circumstances has nothing late"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dates(dt.date(2005, 6, 1), dt.date(2007, 6, 1)),
    st.lists(st.dates(dt.date(2020, 6, 1), dt.date(2021, 12, 31)), min_size=1, max_size=4),
)
def test_the_twenty_year_tier_rests_only_on_acts_from_23_april_2021(born: dt.date, days: list[dt.date]) -> None:
    acts = [_act(i, "tirer_profit_prostitution", d) for i, d in enumerate(sorted(days))]
    q = _q(classify_dict(_case(acts, born.isoformat())), "225-5")
    (tier,) = [a for a in q.aggravations if a.id == "mineur_de_quinze_ans"]
    bounds = (born, born)
    later = any(below(bounds, d, 15) for d in days if d >= REFORM_2021)
    earlier = any(below(bounds, d, 15) for d in days if d < REFORM_2021)
    if later:
        assert tier.status == "established" and tier.penalty.prison_years == 20
    elif earlier and any(d >= REFORM_2021 for d in days):
        assert tier.status == "established" and tier.penalty.prison_years == 15, tier.explanation.claim
    elif earlier:  # the whole conduct before the reform: the version then in force, 15 years
        assert tier.penalty.prison_years == 15
    else:
        assert tier.status != "established"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dates(dt.date(2020, 6, 1), dt.date(2021, 12, 31)), min_size=2, max_size=4))
def test_an_unknown_age_never_excludes_a_condition_read_across_the_reform(days: list[dt.date]) -> None:
    acts = [_act(i, "tirer_profit_prostitution", d) for i, d in enumerate(sorted(days))]
    q = _q(classify_dict(_case(acts, None)), "225-5")
    assert all(a.status != "excluded" for a in q.aggravations if a.id in ("mineur", "mineur_de_quinze_ans"))


def test_trafficking_of_a_minor_before_2013_does_not_reach_ii_and_after_rests_on_later_acts() -> None:
    before = [_act(1, "recruter", "2012-06-01", purposes=["exploitation_sexuelle"], remuneration=True)]
    r = classify_dict(_case([*before, _act(2, "heberger", "2012-12-01")], "1997-01-01"))
    assert not [q for q in r.qualifications if q.article == "225-4-1 II"]
    assert _q(r, "225-4-1").status == "established"  # 2011 wording: no I yet
    across = [
        *before,
        _act(2, "heberger", "2012-06-01", end_date="2014-02-01"),
        _act(3, "tirer_profit_prostitution", "2014-02-01"),
    ]
    q = _q(classify_dict(_case(across, "1998-01-01")), "225-4-1 II")
    assert q.status == "established"
    minority = next(c for c in q.explanation.children if "minorité" in c.claim)
    assert "à compter du 07/08/2013" in minority.claim
    assert {e.ref for f in minority.facts for e in f.evidence} <= {"a2", "a3"}  # never the 2012 recruitment


def test_a_minority_resting_only_on_acts_before_2013_excludes_ii_and_is_warned() -> None:
    acts = [
        _act(1, "recruter", "2012-06-01", purposes=["exploitation_sexuelle"]),
        _act(2, "heberger", "2012-06-01", end_date="2014-02-01"),
    ]
    r = classify_dict(_case(acts, "1995-06-01"))
    q = _q(r, "225-4-1 II")
    assert q.status == "excluded" and any("07/08/2013" in e for e in q.excluded_by)
    assert any(w.code == "element_faits_anterieurs" and "minorité" in w.message for w in r.warnings)


def test_a_later_circumstance_given_true_is_warned_not_dropped() -> None:
    acts = [_act(1, "acte_sexuel_penetration", "2019-06-01", coercion=True, torture=True)]
    r = classify_dict(_case(acts, "1990-01-01"))
    (w,) = [w for w in r.warnings if w.code == "circonstance_non_prevue_a_la_date" and "222-26" in w.message]
    assert "23/04/2021" in w.message and "Art. 222-23" in w.message
    acts[0]["torture"] = None
    r = classify_dict(_case(acts, "1990-01-01"))
    assert not [w for w in r.warnings if w.code == "circonstance_non_prevue_a_la_date"]


def test_every_warning_code_is_documented_in_the_result_contract() -> None:
    cases = [
        _case(
            [_act(1, "tirer_profit_prostitution", "2020-06-01"), _act(2, "tirer_profit_prostitution", "2021-06-01")], "2006-03-01"
        ),
        _case([_act(1, "acte_sexuel_penetration", "2019-06-01", coercion=True, torture=True)], None),
        _case(
            [_act(1, "recruter", "2012-06-01", purposes=["exploitation_sexuelle"]), _act(2, "heberger", "2014-02-01")],
            "1995-06-01",
        ),
        _case([_act(1, "solliciter_images", "2021-04-22")], "2008-01-01"),
        _case([_act(1, "remunerer_relations_sexuelles", "2023-06-01")], "2008-01-01"),
        _case([], "2008-01-01"),
    ]
    codes = {w.code for c in cases for w in classify_dict(c).warnings}
    assert {"circonstance_faits_anterieurs", "circonstance_non_prevue_a_la_date", "element_faits_anterieurs"} <= codes
    assert codes <= set(WARNING_CODES), codes - set(WARNING_CODES)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dates(dt.date(1994, 3, 1), dt.date(2016, 4, 14)), st.sampled_from([10, 14, 16, 30, None]))
def test_the_client_flag_never_names_611_1_before_it_existed(day: dt.date, age: int | None) -> None:
    born = dt.date(day.year - age, 1, 1).isoformat() if age else None
    r = classify_dict(_case([_act(1, "remunerer_relations_sexuelles", day)], born))
    for f in r.flags:
        if f.kind == "client_prosecution":
            assert "611-1" not in f.explanation.claim or "n'existe que depuis le 15/04/2016" in f.explanation.claim
            assert "222-23-1" not in f.explanation.claim and "al. 2" not in f.explanation.claim
            if day < dt.date(2002, 3, 5):
                assert "225-12-1 ;" not in f.explanation.claim and "(art. 225-12-1)" not in f.explanation.claim


def test_the_article_shown_is_the_version_s_own_number() -> None:
    acts = [_act(1, "acte_sexuel_sans_penetration", "2010-06-01", coercion=True)]
    q = _q(classify_dict(_case(acts, "2000-01-01")), "222-29 1°")
    assert q.offence == "agression_sexuelle_mineur_15_222_29_1"
    assert "(art. 222-29 1°)" in q.explanation.claim


def test_the_later_circumstance_is_also_said_under_the_qualification() -> None:
    acts = [_act(1, "acte_sexuel_penetration", "2019-06-01", coercion=True, torture=True)]
    q = _q(classify_dict(_case(acts, "1990-01-01")), "222-23")
    (node,) = [c for c in q.explanation.children if c.claim.startswith("Date non établie (222-26)")]
    assert node.facts[0].fact == "torture" and node.facts[0].evidence[0].ref == "a1"
