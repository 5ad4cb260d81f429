"""Complicity (C. pén. 121-6, 121-7): a complice assessed for the offence of the act he took part in.

One generic reading, declared in rules/participation.yaml, that every offence file gets: for each
``participation`` of the case, the qualifications of the principal author's act alone (that act and the acts that are
the same facts: engine/reasoning/complice_view.py) give the complice's, punished as author (121-6) with their penalty
and circumstances, the victim's age read on the complice's own knowledge; the complicity element is read on the
participation facts. The principal's
status is the « fait principal punissable »: excluded, it excludes the complicity with its reason; to establish,
it leaves the complicity to establish. Whether the principal author is prosecuted or punished (a coerced minor
flagged ``non_punishment``) does not matter.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from engine.case.links import same_facts
from engine.case.model import Act, Case, Participation
from engine.kernel import disk_cache
from engine.kernel.errors import RuleFileError
from engine.kernel.result_model import (
    ElementOut,
    EvidenceOut,
    Explanation,
    FactOut,
    Qualification,
    Status,
    Warning_,
)
from engine.law import texts
from engine.law.location import rules_dir
from engine.law.texts import TEXTS_DIR, contains_quote, version_key
from engine.law.vocabulary import yaml_data
from engine.reasoning.complice_circumstances import PERSONAL_NOTE, personal_read
from engine.reasoning.complice_view import Qualify, Views, as_complice, his, same, views
from engine.reasoning.evidence import Evidence, fr_date

FILE = "participation.yaml"
_CODE, _HISTORY = "code_penal.md", "versions/legi_history_1994_2015.md"
_PART = re.compile(r"[+-]\d+$")  # a rule's alternative (engine/reasoning/compiler.py: part±alternative)
_TRI: dict[str, bool | None] = {"established": True, "to_establish": None, "excluded": False}
_STATUS: dict[bool | None, Status] = {True: "established", None: "to_establish", False: "excluded"}


@dataclass(frozen=True)
class Form:
    """One form of complicity (121-7 al. 1: aid; al. 2: provocation, instructions)."""

    article: str
    label: str
    quote: str
    natures: frozenset[str]
    requires: tuple[str, ...]
    outside: dict[str, str]


@dataclass(frozen=True)
class Reading:
    valid_from: dt.date
    author_quote: str
    forms: dict[str, Form]
    facts: dict[str, dict[str, str]]
    means: dict[str, str]
    personal: dict[str, frozenset[str]]
    knowledge_note: str
    branches: dict[str, dict[str, frozenset[str]]]


def _checked(article: str, quote: str, since: dt.date) -> str:
    """The quote, found in the 2023 code and in the version in force since ``since`` (unchanged since then)."""
    for file, key in ((_CODE, article), (_HISTORY, version_key(article, since))):
        if not contains_quote(file, key, quote):
            raise RuleFileError(FILE, None, f"citation introuvable dans l'article {key} ({file}) : « {quote[:80]} »")
    return quote


QUOTES_CHECKED = "participation-citations-"  # the cache files saying the quotes of rules/participation.yaml were found


@cache
def reading() -> Reading:
    """rules/participation.yaml, its quotes checked against the shipped texts (121-6, 121-7 since 1994) once for
    these rules, texts and code (engine/kernel/disk_cache.py ``checked``)."""
    raw: dict[str, Any] = yaml_data((rules_dir() / FILE).read_text(encoding="utf-8"))
    since = raw["valid_from"]
    author = raw["punished_as_author"]
    quotes = [(f["article"].split()[0], f["quote"]) for f in raw["forms"].values()] + [(author["article"], author["quote"])]
    read = [TEXTS_DIR / _CODE, TEXTS_DIR / _HISTORY, Path(__file__), Path(texts.__file__)]
    sources = [json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str).encode(), *(p.read_bytes() for p in read)]

    def check() -> None:
        for article, quote in quotes:
            _checked(article, quote, since)

    disk_cache.checked(QUOTES_CHECKED, sources, check)
    forms = {
        kind: Form(
            f["article"],
            f["label"],
            f["quote"],
            frozenset(f["natures"]),
            tuple(f["requires"]),
            dict(f.get("outside", {})),
        )
        for kind, f in raw["forms"].items()
    }
    personal = {k: frozenset(v) for k, v in raw["personal_circumstances"].items()}
    branches = {k: {f: frozenset(v) for f, v in b.items()} for k, b in raw.get("personal_branches", {}).items()}
    return Reading(since, author["quote"], forms, raw["facts"], raw["means"], personal, raw["knowledge_note"], branches)


def _refs(node: Explanation) -> Iterator[str]:
    for fact in node.facts:
        yield from (e.ref for e in fact.evidence)
    for child in node.children:
        yield from _refs(child)


def rests_on(q: Qualification, act: str) -> bool:
    """Whether ``act`` is the act the offence names: among the facts of its material element (the first one; its
    first element otherwise), not merely of another element or a circumstance (an act of profit that shows the
    purpose of a trafficking is not a trafficking act)."""
    element = next((e for e in q.elements if e.kind == "matériel"), q.elements[0] if q.elements else None)
    if element is None:
        return False
    nodes = [c for c in q.explanation.children if c.rule and _PART.sub("", c.rule.split("#", 1)[-1]) == element.id]
    return any(act in set(_refs(n)) for n in nodes)


def _rests_on_any(q: Qualification, acts: frozenset[str]) -> bool:
    return any(rests_on(q, a) for a in acts)


_NONE = (
    "Complicité de {p.person} dans l'acte {act.id} de {act.actor} ({act.kind.value}) : aucune qualification "
    "rattachée — aucune infraction encodée de l'auteur principal ne repose sur cet acte"
)


def _element(p: Participation, act: Act, form: Form, nature: str, r: Reading) -> tuple[bool | None, list[FactOut], str]:
    """The complicity element: its value, the facts it rests on, what is missing or excludes it."""
    who = {"complice": p.person}
    evidence = [EvidenceOut(ref=p.act, text=f"participation de {p.person} à l'acte {p.act} : {form.label}")]
    if nature not in form.natures:
        reason = f"{form.article} : « {form.quote} » — l'infraction est une {nature}"
        reason += f" ; {form.outside[nature]}" if nature in form.outside else ""
        return False, [], reason
    return _facts(p, form, r, who, evidence, act)


def acts_as_complice(p: Participation) -> bool | None:
    """Whether ``p.person`` acts « en qualité de complice » on the participation facts alone, whatever the offence
    (225-7 9°, 222-24 6°, 227-26 3°): the complicity element true, unknown (to establish) or false."""
    r = reading()
    form = r.forms[p.kind.value]
    evidence = [EvidenceOut(ref=p.act, text=f"participation de {p.person} à l'acte {p.act} : {form.label}")]
    return _facts(p, form, r, {"complice": p.person}, evidence)[0]


def _facts(
    p: Participation, form: Form, r: Reading, who: dict[str, str], evidence: list[EvidenceOut], act: Act | None = None
) -> tuple[bool | None, list[FactOut], str]:
    facts: list[FactOut] = []
    value: bool | None = True
    said = ""
    values = {
        "knowingly": p.knowingly,
        "facilitated": p.facilitated,
        "before_or_during": p.before_or_during,
        "means": True if p.means else None,
    }
    moyens = ", ".join(r.means[m.value] for m in p.means)
    for name in dict.fromkeys((*form.requires, "knowingly")):
        v, text = values[name], r.facts[name]
        if name not in form.requires and v is not False:
            continue  # « sciemment » is not in al. 2: only a stated « non » excludes the provocation or instructions
        sentence = text.get("oui" if v else "non", text["label"]).format(**who, moyens=moyens)
        facts.append(FactOut(fact=f"participation.{name}", value=v, sentence=sentence, evidence=evidence))
        if v is False:
            return False, facts, sentence
        if v is None:
            value, said = None, said or text["label"] + _after(p, act, name)
    return value, facts, said


def _after(p: Participation, act: Act | None, name: str) -> str:
    """An aid dated after the act it is declared in, « avant ou pendant » unknown: the date says so."""
    if name != "before_or_during" or act is None or p.date is None or p.date <= (act.end_date or act.date):
        return ""
    return (
        f" — l'aide est datée du {fr_date(p.date)}, après l'acte {act.id} du {fr_date(act.end_date or act.date)} : "
        "établir qu'elle avait été promise ou préparée avant ou pendant"
    )


def _tri_and(a: bool | None, b: bool | None) -> bool | None:
    return False if a is False or b is False else (True if a and b else None)


def _complice(p: Participation, act: Act, q: Qualification, v: Views, case: Case, today: dt.date) -> Qualification:
    """The complice's qualification: ``q`` (the fait principal on his act alone) read with his own knowledge."""
    r = reading()
    form = r.forms[p.kind.value]
    mine = same(q, v.own) or q
    if mine is not q:
        mine = as_complice(mine, act.actor, p.person)
    value, facts, said = _element(p, act, form, q.nature, r)
    if act.date < r.valid_from:
        value, said = None, _BEFORE.format(day=fr_date(r.valid_from))
    principal, own = _TRI[q.status], _TRI[mine.status]
    status = _STATUS[_tri_and(_tri_and(principal, own), value)]
    who = f"complice (art. {form.article})"
    missing = [f"fait principal ({act.actor}, acte {act.id}) : {m}" for m in q.missing] if principal is None else []
    mine_only = [his(m, act.actor, p.person) for m in mine.missing if m not in q.missing] if own is None else []
    missing += [f"{p.person} (sa propre connaissance) : {m}" for m in mine_only]
    missing += [said] if value is None else []
    excluded = [f"fait principal non punissable ({act.actor}, acte {act.id}) : {e}" for e in q.excluded_by]
    excluded = excluded if principal is False else []
    mine_only = [his(e, act.actor, p.person) for e in mine.excluded_by if e not in q.excluded_by] if own is False else []
    excluded += [f"{p.person} (sa propre connaissance) : {e}" for e in mine_only]
    excluded += [said] if value is False else []
    done = personal_read(mine, r, case, p, act, v, today)
    personal = [a.article for a in done.aggravations if PERSONAL_NOTE in a.missing]
    notes = [f"{', '.join(personal)} : {PERSONAL_NOTE}"] if personal else []
    known = mine is not q and _differs(q, mine)
    notes += [r.knowledge_note] if known else []
    element = Explanation(
        claim=f"Complicité ({form.label}, art. {form.article}) : {_WORD[value]}" + (f" — {said}" if said else ""),
        rule=f"participation#{p.kind.value}",
        article=form.article,
        version=r.valid_from.isoformat(),
        quote=form.quote,
        facts=facts,
        sources=[f"Code pénal, art. {form.article} (inchangé depuis le {fr_date(r.valid_from)})"],
    )
    children = [element, q.explanation]
    if known:
        children.append(
            mine.explanation.model_copy(update={"claim": f"lue sur la connaissance de {p.person} : {mine.explanation.claim}"})
        )
    root = Explanation(
        claim=f"{q.label} (art. {q.article}) : {_WORD[_TRI[status]]} — {p.person}, {who}, de l'acte "
        f"{act.id} de {act.actor} envers {act.target} ; puni comme auteur (art. 121-6) : {done.penalty.summary}",
        rule=f"participation#{p.kind.value}",
        article="121-6",
        version=r.valid_from.isoformat(),
        quote=r.author_quote,
        sources=["Code pénal, art. 121-6", f"Code pénal, art. {form.article}", *notes],
        children=children,
    )
    return done.model_copy(
        update={
            "perpetrator": p.person,
            "label": f"{q.label} — {who}",
            "participation": who,
            "status": status,
            "missing": missing,
            "excluded_by": excluded,
            "elements": [
                *mine.elements,
                ElementOut(id="complicite", label=form.label, kind="complicité", article=form.article, status=_EL[value]),
            ],
            "explanation": root,
        }
    )


_BEFORE = (
    "complicité antérieure au {day} (121-6, 121-7 en vigueur depuis) : les articles 59 et 60 de l'ancien code pénal "
    "ne sont pas fournis, la loi alors en vigueur n'est pas encodée"
)


def _differs(a: Qualification, b: Qualification) -> bool:
    return a.status != b.status or [x.status for x in a.aggravations] != [x.status for x in b.aggravations]


_EL: dict[bool | None, Any] = {True: "satisfied", None: "unknown", False: "contradicted"}
_WORD = {True: "établie", None: "à établir", False: "exclue"}


def complicity(
    case: Case, quals: list[Qualification], qualify: Qualify, today: dt.date
) -> tuple[list[Qualification], list[Warning_]]:
    """The complices' qualifications: for each participation, one per qualification of the principal's act alone
    (same offence, victim and mode), unless the complice is himself established author of that offence toward the
    victim; and a warning for a complicity before 121-7 came into force."""
    if not case.participation:
        return [], []
    r = reading()
    acts = {a.id: a for a in case.acts}
    out: list[Qualification] = []
    warnings: list[Warning_] = []
    for p in case.participation:
        act = acts[p.act]
        if act.date < r.valid_from:
            said = f"Complicité de {p.person} (acte {act.id} de {act.actor}, {fr_date(act.date)}) : "
            said += _BEFORE.format(day=fr_date(r.valid_from)) + " ; vérifier le texte alors en vigueur sur Légifrance."
            warnings.append(Warning_(code="version_non_encodee", message=said))
        mode = "tentative" if act.attempt else "consomme"
        mine = {(q.offence, q.victim, q.mode) for q in quals if q.perpetrator == p.person and q.status == "established"}

        def candidate(q: Qualification, act: Act = act, mode: str = mode, mine: set[Any] = mine) -> bool:
            return (
                (q.perpetrator, q.victim, q.mode) == (act.actor, act.target, mode)
                and q.participation is None
                and (q.offence, q.victim, q.mode) not in mine
            )

        found: list[Qualification] = []
        if any(candidate(q) for q in quals):
            # every act of the qualification, not only the one its material element cites first: read on the
            # author's act alone (and the acts stated the same facts), the offence rests on it or not at all
            v = views(case, p, act, quals, qualify)
            group = same_facts(case.acts).get(act.id, frozenset({act.id}))
            found = [_complice(p, act, x, v, case, today) for x in v.author if candidate(x) and _rests_on_any(x, group)]
        out.extend(found)
        if not found and act.date >= r.valid_from:  # before 1994 the warning above already says why
            warnings.append(Warning_(code="complicite_sans_qualification", message=_NONE.format(p=p, act=act)))
    return out, warnings


# the stage-2 facts (rules/protection/facts.yaml) that an act committed under constraint feeds (protection_facts.py)
CONSTRAINED_FEEDS = ("infraction_commise", "infraction_liee_exploitation")


def constrained_acts(case: Case, pid: str, quals: list[Qualification]) -> list[Evidence]:
    """The acts ``pid`` committed under another's constraint (a participation with ``constrained: oui``) that are an
    offence of his (established or to establish): an offence committed under constraint, for the non-punishment
    flag (122-2), while the one who constrained is assessed as complice."""
    out = []
    for p in case.participation:
        act = next(a for a in case.acts if a.id == p.act)
        if act.actor != pid or p.constrained is not True:
            continue
        own = [q for q in quals if q.perpetrator == pid and q.participation is None and q.status != "excluded"]
        if any(rests_on(q, act.id) for q in own):
            out.append(Evidence(act.id, f"acte {act.id} : commis sous la contrainte de {p.person} ({p.kind.value})"))
    return out
