"""Prescription of public action per qualification (CPP 7, 8, 706-47), from rules/prescription.yaml.

The period runs from the last act (ordinary rule) or, for an offence of the 706-47 list committed on
a minor, from the victim's majority. With an uncertain birth date the earliest possible end is given
and said to be uncertain. Interruptions and suspensions are not computed.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import yaml

from engine.case.ages import birth_bounds
from engine.case.model import Case
from engine.kernel.errors import RuleFileError
from engine.kernel.result_model import Prescription
from engine.law.texts import contains_quote
from engine.law.vocabulary import RULES_DIR


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@cache
def prescription_rules() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((RULES_DIR / "prescription.yaml").read_text(encoding="utf-8"))
    minors = data["minors"]
    specs = [s for s in (*data["ordinary"].values(), minors["crime"], minors["délit"], minors["twenty_years"]) if s]
    for spec in specs:
        if not contains_quote(spec["text"]["file"], spec["text"]["article"], spec["quote"]):
            raise RuleFileError("rules/prescription.yaml", None, f"citation introuvable dans l'art. {spec['article']}")
    for quote in minors["articles"].values():
        if not contains_quote(minors["list_text"]["file"], minors["list_text"]["article"], quote):
            raise RuleFileError("rules/prescription.yaml", None, f"citation introuvable dans l'art. 706-47 : {quote}")
    return data


def _number(article: str) -> str:
    """'225-12-1 al. 2' → '225-12-1'; '225-7 1°' → '225-7'."""
    return article.split(" ")[0]


def listed_706_47(article: str, aggravations: list[str]) -> str | None:
    """The 706-47 item covering the offence (by its article or an established aggravation), if any."""
    minors = prescription_rules()["minors"]
    items: dict[str, str] = minors["articles"]
    if _number(article) in items and _number(article) not in minors["only_through_aggravation"]:
        return items[_number(article)]
    for agg in aggravations:
        if _number(agg) in minors["only_through_aggravation"] and agg not in minors["only_aggravation_points"]:
            continue
        if _number(agg) in items:
            return items[_number(agg)]
    return None


def prescription_for(
    case: Case,
    article: str,
    nature: str,
    victim: str,
    victim_minor: bool | None,
    established_aggravations: list[str],
    last_act: dt.date,
    pending_aggravations: list[str] | None = None,
) -> Prescription | None:
    rules = prescription_rules()
    minors = rules["minors"]
    listed = listed_706_47(article, established_aggravations)
    caveat = "sous réserve des actes interruptifs ou suspensifs (CPP, art. 9-2 et 9-3), non calculés"
    if listed and victim_minor and minors.get(nature):
        numbers = {_number(article), *(_number(a) for a in established_aggravations)}
        spec = (
            minors["twenty_years"] if nature == "délit" and numbers & set(minors["twenty_years"]["articles"]) else minors[nature]
        )
        bounds = birth_bounds(case.person(victim), case.age_reference())
        if bounds is not None:
            earliest_birth, latest_birth = bounds
            start = _add_years(earliest_birth, 18)
            certain = earliest_birth == latest_birth
            end = _add_years(start, spec["years"])
            return Prescription(
                years=spec["years"],
                start=start,
                end=end,
                start_rule="majorité de la victime",
                articles=[f"CPP, art. {spec['article']}", "CPP, art. 706-47"],
                quote=spec["quote"],
                certain=certain,
                explanation=(
                    f"infraction de la liste de l'art. 706-47 ({listed.split(' ')[0]}) commise sur un mineur : "
                    f"{spec['years']} ans à compter de la majorité de {victim} ({start:%d/%m/%Y}), soit jusqu'au "
                    f"{end:%d/%m/%Y}" + ("" if certain else " au plus tôt (date de naissance incertaine)") + f" ; {caveat}"
                ),
            )
    spec = rules["ordinary"].get(nature)
    if not spec:
        return None
    end = _add_years(last_act, spec["years"])
    possibly_listed = listed or listed_706_47(article, pending_aggravations or [])
    uncertain = bool(possibly_listed) and victim_minor is None
    note = (
        " ; si la victime était mineure, le délai de l'art. 706-47 court de sa majorité (CPP, art. 7 al. 3, 8 al. 2)"
        if uncertain
        else ""
    )
    return Prescription(
        years=spec["years"],
        start=last_act,
        end=end,
        start_rule="jour de l'infraction (dernier acte)",
        articles=[f"CPP, art. {spec['article']}"],
        quote=spec["quote"],
        certain=not uncertain,
        explanation=(
            f"{nature} : {spec['years']} ans à compter du dernier acte ({last_act:%d/%m/%Y}), soit jusqu'au "
            f"{end:%d/%m/%Y}{note} ; {caveat}"
        ),
    )
