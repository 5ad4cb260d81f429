"""Coherence checks on a case, each failure a French sentence naming the field."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pydantic_core import PydanticCustomError

from engine.case.ages import age_range_on
from engine.case.dates import bounds, first_day, fr, last_day
from engine.case.links import same_facts
from engine.kernel.echo import shown

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from engine.case.model import Act, Case, Person, Statement, VictimConduct

PROSTITUTION_KIND_VALUES = {
    "remunerer_relations_sexuelles",
    "tirer_profit_prostitution",
    "publier_annonces",
    "aider_assister_proteger_prostitution",
}


ROLE_WORDS = ("victime", "mis en cause", "client", "intermédiaire", "témoin")


def _d(day: date) -> str:
    return fr(day)


def check_case(case: Case) -> None:
    """Raise a PydanticCustomError listing every incoherence (one 'path : message' per line)."""
    problems = list(_problems(case))
    if problems:
        text = "\n".join(f"{path} : {msg}" for path, msg in problems)
        raise PydanticCustomError("incoherence", "{text}", {"text": text, "problems": problems})


def _links(case: Case, ref: Callable[[str, str], bool]) -> list[tuple[str, str]]:
    """``same_facts_as`` names another act toward the same person; ``co_actors`` are other known persons."""
    out: list[tuple[str, str]] = []
    acts = {a.id: a for a in case.acts}
    for i, a in enumerate(case.acts):
        path = f"acts[{i}]"
        other = acts.get(a.same_facts_as) if a.same_facts_as else None
        if a.same_facts_as and other is None:
            out.append((f"{path}.same_facts_as", f"l'acte « {a.same_facts_as} » n'existe pas dans la liste des actes"))
        elif other is a:
            out.append((f"{path}.same_facts_as", "un acte ne peut renvoyer à lui-même"))
        elif other is not None and other.target != a.target:
            out.append(
                (
                    f"{path}.same_facts_as",
                    f"l'acte « {other.id} » vise « {other.target} », non « {a.target} » : ce ne sont pas les mêmes faits",
                )
            )
        for j, pid in enumerate(a.co_actors or []):
            if ref(f"{path}.co_actors[{j}]", pid) and pid in (a.actor, a.target):
                out.append((f"{path}.co_actors[{j}]", f"« {pid} » est déjà l'auteur ou la personne visée de l'acte"))
        if a.co_actors and len(set(a.co_actors)) < len(a.co_actors):
            out.append((f"{path}.co_actors", "une personne est nommée deux fois"))
    groups = same_facts(case.acts)
    for i, a in enumerate(case.acts):
        others = sorted({acts[j].actor for j in groups.get(a.id, ())} - {a.actor})
        if a.co_actors == [] and others:
            out.append(
                (f"acts[{i}].co_actors", f"« seul » contredit les mêmes faits commis par {', '.join(others)} (same_facts_as)")
            )
    return out


def _participation(case: Case, ref: Callable[[str, str], bool]) -> list[tuple[str, str]]:
    """A participation (121-7) names an act of the case and a person other than its author; means are those of a
    provocation. ``co_actors: []`` beside a participation is accepted: the list names no other person on the act, the
    participation states the complice, who counts (engine/reasoning/act_facts.py, co_action)."""
    out: list[tuple[str, str]] = []
    acts = {a.id: a for a in case.acts}
    for i, p in enumerate(case.participation):
        path = f"participation[{i}]"
        act = acts.get(p.act)
        if act is None:
            out.append((f"{path}.act", f"l'acte « {p.act} » n'existe pas dans la liste des actes"))
        if not ref(f"{path}.person", p.person) or act is None:
            continue
        if p.person in (act.actor, act.target):
            role = "l'auteur" if p.person == act.actor else "la personne visée"
            out.append((f"{path}.person", f"« {p.person} » est {role} de l'acte « {act.id} », non son complice"))
        if p.date and p.kind.value != "aide_ou_assistance" and p.date > (act.end_date or act.date):
            out.append((f"{path}.date", f"la provocation ou les instructions ({_d(p.date)}) suivent l'acte « {act.id} »"))
        if p.means and p.kind.value != "provocation":
            out.append((f"{path}.means", "des moyens (don, promesse, menace…) ne se donnent que pour une provocation"))
    return out


def _problems(case: Case) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    today = date.today()
    persons = {p.id: p for p in case.persons}
    seen: dict[str, str] = {}
    groups: tuple[tuple[str, Sequence[Person | Act | VictimConduct | Statement]], ...] = (
        ("persons", case.persons),
        ("acts", case.acts),
        ("victim_conduct", case.victim_conduct),
        ("statements", case.statements),
    )
    for field, items in groups:
        for i, item in enumerate(items):
            if item.id in seen:
                out.append((f"{field}[{i}].id", f"l'identifiant « {item.id} » est déjà utilisé ({seen[item.id]})"))
            seen[item.id] = f"{field}[{i}]"

    def ref(path: str, pid: str) -> bool:
        if pid not in persons:
            out.append((path, f"la personne « {pid} » n'existe pas dans la liste des personnes"))
            return False
        return True

    if case.period_start and case.period_end and case.period_end < case.period_start:
        out.append(("period_end", f"la fin des faits ({_d(case.period_end)}) précède leur début ({_d(case.period_start)})"))
    reference = case.age_reference()

    for i, p in enumerate(case.persons):
        path = f"persons[{i}]"
        if not p.roles:  # every person of a case is there as victim, suspect, client, intermediary or witness
            who = f"{shown(p.name)} ({p.id})" if p.name else p.id
            out.append((f"{path}.roles", f"« {who} » n'a aucun rôle : en indiquer au moins un ({', '.join(ROLE_WORDS)})"))
        if p.birth_date and first_day(p.birth_date) > today:
            out.append((f"{path}.birth_date", f"la date de naissance {_d(p.birth_date)} est dans le futur"))
        if p.age is not None and (p.age_min is not None or p.age_max is not None):
            out.append((f"{path}.age", "donner soit un âge, soit une fourchette (âge minimal / maximal), pas les deux"))
        if p.age_min is not None and p.age_max is not None and p.age_min > p.age_max:
            out.append((f"{path}.age_min", f"l'âge minimal ({p.age_min}) dépasse l'âge maximal ({p.age_max})"))
        if p.birth_date and (p.age is not None or p.age_min is not None or p.age_max is not None):
            ref_day = p.age_reference_date or reference
            if ref_day is not None:
                actual = age_range_on(bounds(p.birth_date), ref_day)
                low = p.age if p.age is not None else p.age_min
                high = p.age if p.age is not None else p.age_max
                if actual and ((low is not None and actual[1] < low) or (high is not None and actual[0] > high)):
                    real = f"{actual[0]}" if actual[0] == actual[1] else f"{actual[0]} à {actual[1]}"
                    out.append(
                        (
                            f"{path}.age",
                            f"l'âge indiqué contredit la date de naissance (âge réel : {real} ans au {_d(ref_day)})",
                        )
                    )
        if p.arrival_in_france and p.birth_date and p.arrival_in_france < first_day(p.birth_date):
            out.append((f"{path}.arrival_in_france", "la date d'arrivée en France précède la date de naissance"))
        if p.vulnerability_causes and p.particular_vulnerability is False:
            out.append(
                (
                    f"{path}.vulnerability_causes",
                    "des causes de vulnérabilité contredisent « non » à la particulière vulnérabilité",
                )
            )

    paid: set[str] = set()
    for i, a in enumerate(case.acts):
        path = f"acts[{i}]"
        ok_actor = ref(f"{path}.actor", a.actor)
        ok_target = ref(f"{path}.target", a.target)
        if a.actor == a.target:
            out.append((f"{path}.target", "l'auteur et la personne visée sont la même personne"))
        if a.end_date and a.end_date < a.date:
            out.append((f"{path}.end_date", f"la date de fin ({_d(a.end_date)}) précède la date de l'acte ({_d(a.date)})"))
        if first_day(a.date) > today:
            out.append((f"{path}.date", f"la date de l'acte ({_d(a.date)}) est dans le futur"))
        for role, pid, ok in (("target", a.target, ok_target), ("actor", a.actor, ok_actor)):
            birth = persons[pid].birth_date if ok else None
            if birth and last_day(a.date) < first_day(birth):  # certainly before (a year or a month: its bounds)
                who = "la personne visée" if role == "target" else "l'auteur"
                out.append(
                    (f"{path}.date", f"l'acte ({_d(a.date)}) est antérieur à la naissance de {who} « {pid} » ({_d(birth)})")
                )
        if case.period_start and last_day(a.date) < case.period_start:
            out.append(
                (f"{path}.date", f"l'acte ({_d(a.date)}) précède le début de la période des faits ({_d(case.period_start)})")
            )
        if case.period_end and first_day(a.date) > case.period_end:
            out.append((f"{path}.date", f"l'acte ({_d(a.date)}) suit la fin de la période des faits ({_d(case.period_end)})"))
        if len(a.message_nature) > 1 and "aucune" in {n.value for n in a.message_nature}:
            out.append((f"{path}.message_nature", "« aucune » contredit les autres natures indiquées pour le message"))
        if a.kind.value in PROSTITUTION_KIND_VALUES:
            paid.add(a.target)

    out.extend(_links(case, ref))
    out.extend(_participation(case, ref))

    for pid in sorted(paid):
        if pid in persons and persons[pid].in_prostitution is False:
            i = list(persons).index(pid)
            out.append(
                (
                    f"persons[{i}].in_prostitution",
                    f"« non » contredit les actes visant « {pid} » qui supposent sa prostitution "
                    "(relations rémunérées, profit, annonces, aide)",
                )
            )

    pairs: dict[tuple[str, str, str], tuple[bool, str]] = {}

    def once(path: str, key: tuple[str, str, str], value: bool | None) -> None:
        if value is None:
            return
        if key in pairs and pairs[key][0] != value:
            out.append((path, f"fait contradictoire : déjà déclaré « {'oui' if pairs[key][0] else 'non'} » en {pairs[key][1]}"))
        pairs[key] = (value, path)

    for i, r in enumerate(case.relationships):
        ref(f"relationships[{i}].person", r.person)
        ref(f"relationships[{i}].other", r.other)
        if r.person == r.other:
            out.append((f"relationships[{i}].other", f"« {r.person} » ne peut être liée à elle-même (un lien en relie deux)"))
        for name in ("ascendant", "authority", "family", "spouse_or_partner", "parental_authority"):
            once(f"relationships[{i}].{name}", (r.person, r.other, name), getattr(r, name))
    for i, k in enumerate(case.knowledge):
        ref(f"knowledge[{i}].person", k.person)
        ref(f"knowledge[{i}].about", k.about)
        if k.person == k.about:
            out.append((f"knowledge[{i}].about", f"la connaissance de l'âge porte sur une autre personne que « {k.person} »"))
        once(f"knowledge[{i}].knew_minor", (k.person, k.about, "knew_minor"), k.knew_minor)
        once(f"knowledge[{i}].knew_under_15", (k.person, k.about, "knew_under_15"), k.knew_under_15)
    for (person, about, name), (value, path) in list(pairs.items()):  # also across two entries of the same pair
        if name == "knew_minor" and value is False and pairs.get((person, about, "knew_under_15"), (None, ""))[0] is True:
            out.append((path, "« non » contredit la connaissance de l'âge de moins de quinze ans"))
    for i, c in enumerate(case.victim_conduct):
        ref(f"victim_conduct[{i}].person", c.person)
        if c.date and c.date > today:
            out.append((f"victim_conduct[{i}].date", f"la date ({_d(c.date)}) est dans le futur"))

    from engine.law.vocabulary import vocabulary

    settable = vocabulary().settable()
    for i, f in enumerate(case.findings):
        ref(f"findings[{i}].perpetrator", f.perpetrator)
        ref(f"findings[{i}].victim", f.victim)
        if f.fact not in settable:
            out.append((f"findings[{i}].fact", f"fait « {shown(f.fact)} » inconnu ; faits admis : {', '.join(sorted(settable))}"))
        once(f"findings[{i}].value", (f.perpetrator, f.victim, "finding:" + f.fact), f.value)
    out.extend(_statements(case, ref, today))
    return out


def _statements(case: Case, ref: Callable[[str, str], bool], today: date) -> list[tuple[str, str]]:
    """Who said it and whom it concerns are persons of the case; ``bears_on`` names a fact of rules/facts.yaml."""
    from engine.law.vocabulary import vocabulary

    facts = vocabulary().facts
    out: list[tuple[str, str]] = []
    for i, s in enumerate(case.statements):
        path = f"statements[{i}]"
        ref(f"{path}.by", s.by)
        if s.about is not None:
            ref(f"{path}.about", s.about)
        if s.date and s.date > today:
            out.append((f"{path}.date", f"la date de la déclaration ({_d(s.date)}) est dans le futur"))
        if s.bears_on is not None and s.bears_on not in facts:
            from difflib import get_close_matches  # only for a misspelt name (difflib: a few ms to import)

            near = get_close_matches(s.bears_on, list(facts), n=3)
            hint = f" ; voulait-on dire : {', '.join(near)} ?" if near else ""
            out.append(
                (
                    f"{path}.bears_on",
                    f"question « {shown(s.bears_on)} » inconnue : donner le nom d'un fait de rules/facts.yaml "
                    f"(par exemple knew_minor, victim_minor){hint}",
                )
            )
    return out
