"""Facts of uncertain date across a reform that the law of their first day does not reach (Code pénal 112-1):
the later version that may reach them is applied « à établir » (the date to establish), never « exclue » — a
particularly vulnerable adult across 19/03/2003 (loi n° 2003-239 added her to 225-12-1, which until then named
only the minor: versions/code_penal_versions.md, art. 225-12-1 du 05/03/2002, and its note). And the article as
the version in force wrote it: 225-12-1 had a single alinéa until loi n° 2016-444 (HISTORY.md, art. 225-12-1)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from engine.api import get_engine, parse_case
from engine.kernel.result_model import Explanation, Qualification, Result
from engine.law.versions import later_reach

OFFENCE = "recours_prostitution_mineur_225_12_1"


def _case(start: str, end: str | None, remuneration: bool | None, vulnerable: bool | None = True) -> dict[str, Any]:
    act: dict[str, Any] = {"id": "a1", "actor": "c", "target": "w", "kind": "acte_sexuel_sans_penetration", "date": start}
    if end:
        act["end_date"] = end
    if remuneration is not None:
        act["remuneration"] = remuneration
    victim: dict[str, Any] = {"id": "w", "roles": ["victime"], "birth_date": "1970-05-05", "in_prostitution": True}
    if vulnerable is not None:
        victim["particular_vulnerability"] = vulnerable
    client = {"id": "c", "roles": ["client"], "birth_date": "1960-04-04"}
    return {"id": "t", "persons": [victim, client], "acts": [act]}


def _recours(r: Result) -> Qualification:
    (q,) = [q for q in r.qualifications if q.offence == OFFENCE]
    return q


@pytest.mark.parametrize("remuneration", [None, True])  # payment unknown (« à établir » too), or stated
def test_vulnerable_adult_across_2003_is_to_establish_under_the_2003_version(remuneration: bool | None) -> None:
    r = get_engine().classify(parse_case(_case("2003-01-10", "2003-06-10", remuneration)))
    q = _recours(r)
    assert (q.status, q.version.id, q.article) == ("to_establish", "2003-03-19", "225-12-1"), (q.status, q.excluded_by)
    assert any(m.startswith("la date des faits, postérieure au 18/03/2003") for m in q.missing), q.missing
    assert (remuneration is None) == any("rémunération" in m for m in q.missing), q.missing
    dated = [w.message for w in r.warnings if w.code == "date_a_etablir" and "Art. 225-12-1 (" in w.message]
    assert any("la version 2003-03-19, en vigueur à compter du 19/03/2003, est retenue à établir" in m for m in dated)
    assert not [w for w in r.warnings if w.code == "circonstance_non_prevue_a_la_date" and "225-12-1" in w.message]
    (row,) = [row for row in q.law_applied if row.version == "2003-03-19"]
    assert row.reason == "date_incertaine" and "ne réprime pas ces faits" in row.reason_label, row


@pytest.mark.parametrize(
    ("start", "end", "remuneration", "vulnerable", "status", "dated"),
    [
        ("2010-01-10", None, True, True, "established", False),  # entirely after 2003: the version in force
        ("2010-01-10", None, None, True, "to_establish", False),
        ("2002-06-01", "2003-03-18", True, True, "excluded", False),  # entirely before: only the minor was named
        ("2003-01-10", "2003-06-10", True, None, "to_establish", True),  # vulnerability unknown: never excluded by it
        ("2003-01-10", "2003-06-10", True, False, "excluded", False),  # no version reaches her without vulnerability
    ],
)
def test_the_other_dates_and_facts_keep_their_answer(
    start: str, end: str | None, remuneration: bool | None, vulnerable: bool | None, status: str, dated: bool
) -> None:
    q = _recours(get_engine().classify(parse_case(_case(start, end, remuneration, vulnerable))))
    assert q.status == status, (q.status, q.missing, q.excluded_by)
    assert dated == any("la date des faits, postérieure au 18/03/2003" in m for m in q.missing), q.missing


def test_later_reach_only_when_the_first_days_law_excludes() -> None:
    offence = get_engine().book.offences[OFFENCE]
    first, last = dt.date(2003, 1, 10), dt.date(2003, 6, 10)
    adult = {"paid_for_sex": True, "victim_prostitution": True, "victim_minor": False, "knew_minor": None}
    vulnerable = {**adult, "victim_vulnerable_illness_deficiency_pregnancy": True}
    reach = later_reach(offence, first, last, vulnerable)
    assert reach is not None and reach.id == "2003-03-19"
    assert later_reach(offence, first, last, {**adult, "victim_vulnerable_illness_deficiency_pregnancy": False}) is None
    assert later_reach(offence, first, last, {**vulnerable, "victim_minor": True}) is None  # 2002 reaches the minor
    assert later_reach(offence, first, dt.date(2003, 3, 18), vulnerable) is None  # no later version by the end


def _sources(node: Explanation) -> list[str]:
    return [*node.sources, *(s for child in node.children for s in _sources(child))]


@pytest.mark.parametrize(
    ("start", "end", "code"), [("2002-01-10", "2002-06-10", "date_a_etablir"), ("1999-01-10", None, "article_inexistant")]
)
def test_before_2016_the_article_is_cited_without_al_2(start: str, end: str | None, code: str) -> None:
    case = _case(start, end, True, None)
    case["persons"][0]["birth_date"] = "1985-05-05"  # a minor of sixteen
    case["knowledge"] = [{"person": "c", "about": "w", "knew_minor": True}]
    r = get_engine().classify(parse_case(case))
    said = [w.message for w in r.warnings if w.code == code and "créé le 05/03/2002" in w.message]
    assert said and all(m.startswith("Art. 225-12-1 (faits de c envers w") for m in said), said
    assert not [w.message for w in r.warnings if "225-12-1 al. 2 (faits" in w.message]
    cited = [s for f in r.flags for s in f.sources] + [s for q in r.qualifications for s in _sources(q.explanation)]
    assert all("rédaction en vigueur depuis le 23/04/2021" in s for s in cited if "225-12-1 al. 2" in s), cited


@pytest.mark.parametrize(("end", "postdating"), [("2003-06-10", True), ("2003-03-18", False)])
def test_a_later_element_is_not_ruled_out_for_facts_that_may_postdate_it(end: str, postdating: bool) -> None:
    case = _case("2003-01-10", end, True)
    del case["persons"][0]["birth_date"]  # age unknown: the 2002 version stays to establish on the minority
    r = get_engine().classify(parse_case(case))
    assert _recours(r).status == "to_establish"
    said = [w.message for w in r.warnings if w.code == "circonstance_non_prevue_a_la_date" and "225-12-1 (" in w.message]
    assert said and all(("que s'ils lui sont postérieurs" in m) == postdating for m in said), said
    assert all(("ne s'applique pas à ces faits" in m) != postdating for m in said), said


def _trafficking(remuneration: bool) -> dict[str, Any]:
    act = {"id": "a1", "actor": "t", "target": "v", "kind": "heberger", "date": "2010-01-10", "end_date": "2013-08"}
    act |= {"remuneration": remuneration, "coercion": True, "purposes": ["proxenetisme"], "place": "france"}
    persons = [{"id": "v", "roles": ["victime"], "birth_date": "1985-01-01"}, {"id": "t", "roles": ["mis_en_cause"]}]
    return {"id": "t", "persons": persons, "acts": [act]}


def test_the_law_applied_label_says_a_later_law_only_when_one_was_chosen_for_it() -> None:
    """A continuing conduct ending in August 2013 (known to the month): the version of its last certain day, later
    than its first day, is not « a later law the first day's does not reach » — the label follows Choice.since."""
    r = get_engine().classify(parse_case(_trafficking(True)))
    (q,) = [q for q in r.qualifications if q.article == "225-4-1"]
    assert q.status == "established" and q.version.id == "2011-05-19", (q.status, q.version.id)
    assert q.law_applied and all("ne réprime pas ces faits" not in row.reason_label for row in q.law_applied)
    said = [w.message for w in r.warnings if w.code == "date_a_etablir" and w.message.startswith("Art. 225-4-1 (")]
    assert said == [
        "Art. 225-4-1 (faits de t envers v du 10/01/2010 au 31/08/2013) : date des faits à établir — version 2011-05-19 "
        "appliquée, en vigueur au dernier jour certain de la conduite (01/08/2013) (la plus douce) ; la loi en vigueur "
        "à compter du 07/08/2013 (art. 225-4-1 I, version 2013-08-07) ne s'applique que si les faits lui sont "
        "postérieurs (Code pénal, art. 112-1)."
    ], said  # the reform after its last certain day, not the one after its first (19/05/2011, the version applied)


def test_later_reach_never_for_a_continuing_conduct() -> None:
    """The law at the end of a continuing conduct governs it: later_reach compares no first day for it."""
    offence = get_engine().book.offences[OFFENCE]
    first, last = dt.date(2003, 1, 10), dt.date(2003, 6, 10)
    values = {"paid_for_sex": True, "victim_prostitution": True, "victim_minor": False, "knew_minor": None}
    values["victim_vulnerable_illness_deficiency_pregnancy"] = True
    assert later_reach(offence, first, last, values) is not None
    assert later_reach(offence.model_copy(update={"continuing": True}), first, last, values) is None


def test_later_reach_an_article_created_within_the_period() -> None:
    offence = get_engine().book.offences[OFFENCE]
    created = get_engine().creation(offence)
    assert created == dt.date(2002, 3, 5)
    first, last = dt.date(2002, 1, 10), dt.date(2002, 6, 10)
    minor = {"paid_for_sex": True, "victim_prostitution": True, "victim_minor": True, "knew_minor": True}
    reach = later_reach(offence, first, last, minor, created)
    assert reach is not None and reach.id == "2002-03-05"
    assert later_reach(offence, first, last, minor) is None  # its creation unknown: a version missing, not « later »
    assert later_reach(offence, first, dt.date(2002, 3, 4), minor, created) is None  # ended before it
    assert later_reach(offence, first, last, {**minor, "knew_minor": False}, created) is None  # no version reaches


def _minor_client(end: str) -> dict[str, Any]:
    case = _case("2002-01-10", end, True, None)
    case["persons"][0]["birth_date"] = "1985-06-01"  # sixteen
    case["acts"][0]["kind"] = "remunerer_relations_sexuelles"
    case["knowledge"] = [{"person": "c", "about": "w", "knew_minor": True}]
    return case


def test_an_article_created_within_the_period_is_to_establish_under_its_first_version() -> None:
    """225-12-1, created on 05/03/2002 (loi n° 2002-305): a client of a minor of sixteen, act from 10/01/2002 to
    10/06/2002 — « à établir » under the 05/03/2002 version, the date to establish; no « non appliqué »."""
    r = get_engine().classify(parse_case(_minor_client("2002-06-10")))
    q = _recours(r)
    assert (q.status, q.version.id, q.article) == ("to_establish", "2002-03-05", "225-12-1"), (q.status, q.excluded_by)
    assert q.missing == [
        "la date des faits, postérieure au 04/03/2002 : avant le 05/03/2002, l'art. 225-12-1 n'existait pas "
        "(Code pénal, art. 112-1)"
    ], q.missing
    said = [w for w in r.warnings if "Art. 225-12-1 (" in w.message]
    assert [w.code for w in said] == ["date_a_etablir"] and "non appliqué" not in said[0].message, said
    assert "créé le 05/03/2002, n'existait pas au début de la période" in said[0].message
    assert [row.reason for row in q.law_applied] == ["date_incertaine"]
    assert "ne réprime pas ces faits" in q.law_applied[0].reason_label
    (p,) = r.principal
    assert (p.article, p.status) == ("225-12-1", "to_establish")


def test_a_later_crime_to_establish_does_not_displace_the_established_offence() -> None:
    """A girl of fourteen, penetration without violence from 01/03/2021 to 01/06/2021: 222-23-1 (created on
    23/04/2021) is at most « à établir »; 227-25 in its 2018 version stays « établie », the principal and the heaviest
    penalty faced (the established before those to establish, engine/reasoning/principal.py)."""
    act = {"id": "a1", "actor": "a", "target": "v", "kind": "acte_sexuel_penetration", "date": "2021-03-01"}
    act["end_date"] = "2021-06-01"
    persons = [{"id": "v", "roles": ["victime"], "birth_date": "2007-01-01"}, {"id": "a", "roles": ["mis_en_cause"]}]
    persons[1]["birth_date"] = "1980-01-01"
    case = {"id": "t", "persons": persons, "acts": [act]}
    case["findings"] = [{"perpetrator": "a", "victim": "v", "fact": "sexual_violence_means", "value": False}]
    case["knowledge"] = [{"person": "a", "about": "v", "knew_minor": True, "knew_under_15": True}]
    r = get_engine().classify(parse_case(case))
    status = {q.article: (q.status, q.version.id) for q in r.qualifications}
    assert status["222-23-1"] == ("to_establish", "2021-04-23") and status["227-25"] == ("established", "2018-08-06")
    (p,) = r.principal
    assert (p.article, p.status) == ("227-25", "established")
    assert [(h.article, h.status) for h in p.heaviest] == [("227-25", "established")]


def test_the_unpunished_attempt_cites_the_article_as_then_worded() -> None:
    case = _case("2003-01-10", "2003-06-10", True)
    case["acts"][0] |= {"kind": "remunerer_relations_sexuelles", "attempt": True}
    r = get_engine().classify(parse_case(case))
    said = [w.message for w in r.warnings if w.code == "tentative_non_punissable"]
    assert said and all(m.startswith("Art. 225-12-1 (tentative de c envers w") for m in said), said
