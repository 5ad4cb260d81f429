"""The two notes built from a case and its result, as format-neutral documents (engine/documents/document.py).

- :func:`qualification_note` — note de qualification (dossier, parquet);
- :func:`partie_civile_note` — note préparatoire à la constitution de partie civile (avocat de la victime).

They display the engine's conclusions and never derive law of their own: who may act comes from
the rights the rules derived (``civil_action``, ``administrateur_ad_hoc``) and their sources.
Every document is stamped (generation date, law date, ruleset hash, decision aid).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from engine.case import dates
from engine.case.labels import ACT_LABELS
from engine.case.model import Case, Person, Role
from engine.documents.document import Block, Bullets, Document, Heading, Paragraph, Table
from engine.documents.naming import Namer
from engine.documents.participation import mine as participation_of
from engine.documents.participation import participation_blocks
from engine.documents.pseudonym import Pseudonymiser
from engine.documents.render import no_qualification
from engine.documents.statements import mine as statements_of
from engine.documents.statements import statements_blocks
from engine.kernel.result_model import STATUS_FR, Explanation, Flag, Principal, Qualification, QualificationRef, Result, Right
from engine.law.loader import RuleBook
from engine.law.translations import translations
from engine.reasoning.statements import quoted

DECISION_AID = "Aide à la décision : ce document ne remplace pas l'appréciation du magistrat ou de l'avocat."
ROLE_FR = {
    Role.VICTIM: "victime",
    Role.SUSPECT: "mis en cause",
    Role.CLIENT: "client",
    Role.INTERMEDIARY: "intermédiaire",
    Role.WITNESS: "témoin",
}
ITEM_STATUS_FR = {
    "applicable": "applicable",
    "a_examiner": "à examiner",
    "to_examine": "à examiner",
    "strong": "fort",
    "not_linked": "sans lien établi avec l'exploitation",
    "established": "établi",
    "to_establish": "à établir",
    "excluded": "exclu",
}
STATUS_TITLES = {
    "established": "Qualifications établies",
    "to_establish": "Qualifications à établir",
    "excluded": "Qualifications exclues",
}
TRI_FR = {True: "oui", False: "non", None: "inconnu"}


def day(d: dt.date) -> str:
    return dates.fr(d)  # « 14/03/2023 », « mars 2023 », « 2023 »: as entered


@dataclass
class NoteContext:
    """What every section needs: the case, its result, how persons are named, source quotes."""

    case: Case
    result: Result
    victims: list[str]
    who: Callable[[str], str]
    generated: dt.datetime
    quotes: dict[str, str] = field(default_factory=dict)
    annex: dict[str, str] = field(default_factory=dict)  # ref → English original of a source quoted in translation
    files: dict[str, str] = field(default_factory=dict)  # ref → its source file (rules/sources/…)

    def cite(self, ref: str) -> str:
        """A source in French: its verified quote, or the project's French rendering marked « traduction »
        (the English original then goes to the annex)."""
        quote = self.quotes.get(ref)
        if quote is None:
            return ref
        french = translations().french(quote)
        if french is None:
            return f"{ref} : « {quote} »"
        self.annex[ref] = quote
        return f"{ref} : « {french} » (traduction)"

    def title_of(self, pid: str) -> str:
        return self.who(pid)


def _person(case: Case, pid: str) -> Person | None:
    return next((p for p in case.persons if p.id == pid), None)


def facts_period(case: Case) -> tuple[dt.date | None, dt.date | None]:
    """The period of the facts: as declared, else from the first to the last act."""
    start = case.period_start or min((a.date for a in case.acts), default=None)
    end = case.period_end or max((a.end_date or a.date for a in case.acts), default=None)
    return start, end


def period_text(case: Case) -> str:
    start, end = facts_period(case)
    if start and end:
        return f"du {day(start)} au {day(end)}" if day(start) != day(end) else dates.fr_on(start)
    return "non précisée"


def law_text(case: Case, result: Result) -> str:
    if result.law_date:
        return f"Loi appliquée : textes en vigueur au {day(result.law_date)} (date imposée pour l'analyse)"
    return f"Loi appliquée : textes en vigueur à la date des faits, article par article (faits {period_text(case)})"


def _stamp(ctx: NoteContext) -> tuple[str, ...]:
    return (f"Généré le {ctx.generated:%d/%m/%Y à %H:%M}", law_text(ctx.case, ctx.result), DECISION_AID)


def _footer(ctx: NoteContext) -> str:
    """Internal details (the rules' fingerprint) in the footer only."""
    return (
        f"Qualif — aide à la décision — dossier {ctx.case.id} — jeu de règles (empreinte) {ctx.result.ruleset_version} "
        f"— généré le {ctx.generated:%d/%m/%Y}"
    )


def victims_of(case: Case, result: Result) -> list[str]:
    """Every victim: declared as such, or victim of a qualification or of a principal classification."""
    ids = {p.id for p in case.persons if Role.VICTIM in p.roles}
    ids |= {q.victim for q in result.qualifications} | {p.victim for p in result.principal}
    return sorted(ids)


def _age(person: Person) -> str:
    if person.birth_date:
        return f"né(e) {dates.fr_on(person.birth_date)}"
    at = f" (au {day(person.age_reference_date)})" if person.age_reference_date else ""
    if person.age is not None:
        return f"{person.age} ans{at}"
    if person.age_min is not None or person.age_max is not None:
        low = "?" if person.age_min is None else str(person.age_min)
        high = "?" if person.age_max is None else str(person.age_max)
        return f"entre {low} et {high} ans{at}"
    return "inconnu"


def _roles(person: Person) -> str:
    return ", ".join(ROLE_FR[r] for r in person.roles) or "—"


# --- sections shared by both notes ------------------------------------------------------------


def _case_blocks(ctx: NoteContext) -> list[Block]:
    case = ctx.case
    facts = [f"Référence : {case.id}"]
    if case.title:
        facts.append(f"Intitulé : {case.title}")
    facts.append(f"Période des faits : {period_text(case)}")
    facts.append(f"Faits commis en France : {TRI_FR[case.in_france]}")
    if case.organised_gang is not None:
        facts.append(f"Bande organisée : {TRI_FR[case.organised_gang]}")
    return [Heading("Dossier"), Bullets(tuple(facts))]


def _version(q: Qualification) -> str:
    v = q.version
    text = f"version « {v.id} »"
    if v.valid_from:
        text += f", en vigueur à compter du {day(v.valid_from)}"
    if v.valid_to:
        text += f" jusqu'au {day(v.valid_to)}"
    if q.milder_later_law:
        text += " — loi postérieure plus douce (Code pénal, art. 112-1 al. 3)"
    return text


def _heading(q: Qualification, ctx: NoteContext) -> str:
    return f"{q.label} — art. {q.article} ({q.code}) — {ctx.who(q.perpetrator)} envers {ctx.who(q.victim)}"


def prescription_short(q: Qualification) -> str:
    p = q.prescription
    if p is None:
        return "non calculée" if q.status != "excluded" else "—"
    if p.end is None:
        return "à vérifier"
    state = {"prescribed": " (prescrite, sauf acte interruptif)", "to_check": " (à vérifier)"}.get(p.status, "")
    return f"{day(p.end)}" + ("" if p.certain else " au plus tôt") + state


def _qualification_blocks(q: Qualification, ctx: NoteContext) -> list[Block]:
    items = [f"Statut : {STATUS_FR[q.status]}", f"Version de l'article appliquée : {_version(q)}"]
    if q.period_start and q.period_end:
        items.append(f"Faits du {day(q.period_start)} au {day(q.period_end)}")
    penalty = f"Nature : {q.nature} ; peine encourue : {q.penalty.summary}"
    if q.penalty != q.base_penalty:
        penalty += f" (peine de base : {q.base_penalty.summary})"
    items.append(penalty)
    if q.attempt_article:
        items.append(f"Tentative punissable : art. {q.attempt_article}")
    for status, title in (("established", "établies"), ("to_establish", "à établir")):
        aggs = [f"{a.article} — {a.label} ({a.penalty.summary})" for a in q.aggravations if a.status == status]
        if aggs:
            items.append(f"Circonstances aggravantes {title} : " + " ; ".join(aggs))
    items += [f"{a.article} : {note}" for a in q.aggravations if a.status == "established" for note in a.missing]
    if q.missing and q.status == "to_establish":
        items.append("Reste à établir : " + " ; ".join(q.missing))
        items += quoted(q.explanation)  # what was said of it, which proves nothing
    if q.excluded_by:
        items.append("Exclue car : " + " ; ".join(q.excluded_by))
    if q.prescription:
        p = q.prescription
        items.append(
            f"Prescription de l'action publique : jusqu'au {prescription_short(q)} ({', '.join(p.articles)}) — {p.explanation}"
        )
    return [Heading(_heading(q, ctx), 3), Bullets(tuple(items))]


def _principal_blocks(p: Principal, ctx: NoteContext) -> list[Block]:
    if not p.offence or not p.status:
        return [Paragraph(f"Aucune qualification principale : {p.reason}")]
    items = [f"Qualification principale : {p.label} (art. {p.article}) — {STATUS_FR[p.status]}"]
    if authors := [x for x in p.perpetrators if x not in p.complices]:
        items.append("Auteur(s) : " + ", ".join(ctx.who(x) for x in authors))
    if p.complices:  # punished as author (121-6), but no author
        items.append("Complice(s) : " + ", ".join(ctx.who(x) for x in p.complices))
    if p.penalty:
        items.append(f"Peine encourue : {p.penalty.summary}")
    items.append(f"Pourquoi : {p.reason}")
    blocks: list[Block] = [Bullets(tuple(items))]
    steps = []
    for s in p.toward_more_protective:
        what = (
            ("reste à établir : " + " ; ".join(s.missing))
            if s.status == "to_establish"
            else "exclue car : " + " ; ".join(s.excluded_by)
        )
        steps.append(f"Vers « {s.label} » (art. {s.article}) pour {ctx.who(s.perpetrator)} — {what}")
    if steps:
        blocks += [Paragraph("Vers une qualification plus protectrice :"), Bullets(tuple(steps))]
    if p.cumulative:
        blocks += [Paragraph("Qualifications à retenir en cumul :"), Bullets(tuple(_ref_item(c, ctx) for c in p.cumulative))]
    if p.heaviest:
        heavy = tuple(f"{ctx.who(h.perpetrator)} : {_ref_item(h, ctx, who=False)}" for h in p.heaviest)
        blocks += [Paragraph("Peine la plus lourde encourue par chaque auteur ou complice :"), Bullets(heavy)]
    return blocks


def _ref_item(r: QualificationRef, ctx: NoteContext, who: bool = True) -> str:
    attempt = ", tentative" if r.mode == "tentative" else ""
    by = f" — {ctx.who(r.perpetrator)}" if who else ""
    return f"{r.label} (art. {r.article}{attempt}){by}, {STATUS_FR[r.status]} ; {r.penalty.summary}"


def _claim(item: Flag | Right, ctx: NoteContext) -> str:
    claim = item.explanation.claim.replace(f" — {item.person} : ", f" — {ctx.who(item.person)} : ", 1)
    return f"{claim} (statut : {ITEM_STATUS_FR.get(item.status, item.status)} ; sources : {' ; '.join(item.sources)})"


def _concerns(item: Flag | Right, victims: Iterable[str]) -> bool:
    return item.person.split(">")[-1] in set(victims)


def _warnings(ctx: NoteContext) -> list[Block]:
    """The result's warnings; for a note on some victims, not those that name another victim."""
    others = set(victims_of(ctx.case, ctx.result)) - set(ctx.victims)
    other = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(others))) + r")(?![\w-])") if others else None
    shown = [w.message for w in ctx.result.warnings if other is None or not other.search(w.message)]
    if not shown:
        return []
    return [Heading("Avertissements"), Bullets(tuple(shown))]


def _tree_sources(node: Explanation) -> list[str]:
    return [*node.sources, *(s for child in node.children for s in _tree_sources(child))]


def _sources(refs: Iterable[str], ctx: NoteContext) -> list[Block]:
    unique = list(dict.fromkeys(refs))
    if not unique:
        return []
    blocks: list[Block] = [Heading("Sources citées"), Bullets(tuple(ctx.cite(r) for r in unique))]
    titles = translations().titles
    documents = dict.fromkeys(titles[f] for r in unique if (f := ctx.files.get(r)) in titles)
    if documents:
        blocks += [Paragraph("Documents cités :"), Bullets(tuple(documents))]
    return blocks


def _annex(ctx: NoteContext) -> list[Block]:
    """The English originals of the sources quoted in translation, last."""
    if not ctx.annex:
        return []
    items = tuple(f"{ref} : « {quote} »" for ref, quote in ctx.annex.items())
    return [
        Heading("Annexe — textes originaux en anglais"),
        Paragraph("Les sources suivantes ne sont publiées qu'en anglais ; la note en cite une traduction du projet.", note=True),
        Bullets(items),
    ]


# --- note de qualification --------------------------------------------------------------------


def _restricted(ctx: NoteContext) -> bool:
    """True when the note was asked for some victims only: other victims' facts are then left out."""
    return set(ctx.victims) != set(victims_of(ctx.case, ctx.result))


def _scoped_persons(ctx: NoteContext) -> set[str]:
    """The persons the note may name: everyone, or the chosen victims and those who acted toward them."""
    if not _restricted(ctx):
        return {p.id for p in ctx.case.persons}
    complices = {p.person for p in participation_of(ctx.case.participation, ctx.case.acts, set(ctx.victims))}
    return set(ctx.victims) | {a.actor for a in ctx.case.acts if a.target in ctx.victims} | complices


def _persons_table(ctx: NoteContext) -> list[Block]:
    shown = _scoped_persons(ctx)
    persons = sorted((p for p in ctx.case.persons if p.id in shown), key=lambda p: p.id)
    rows = tuple((ctx.title_of(p.id), _roles(p), _age(p)) for p in persons)
    return [Heading("Personnes", 2), Table(("Personne", "Rôles", "Naissance ou âge"), rows, (3, 2, 2))]


def _facts_blocks(ctx: NoteContext) -> list[Block]:
    """Narrative, acts, victim conduct and findings; for a note on some victims, only theirs (no narrative,
    which may speak of the others)."""
    case, restricted = ctx.case, _restricted(ctx)
    if restricted:
        mine = set(ctx.victims)
        case = case.model_copy(
            update={
                "narrative": None,
                "acts": [a for a in case.acts if a.target in mine],
                "participation": participation_of(case.participation, case.acts, mine),
                "victim_conduct": [c for c in case.victim_conduct if c.person in mine],
                "findings": [f for f in case.findings if f.victim in mine],
                "statements": statements_of(case.statements, mine),
            }
        )
    blocks: list[Block] = []
    if case.narrative:
        blocks.append(Heading("Exposé des faits", 2))
        blocks += [Paragraph(part.strip()) for part in case.narrative.split("\n\n") if part.strip()]
    if case.acts:
        acts = tuple(
            (
                day(a.date) + (f" au {day(end)}" if (end := dates.entered(a.end_date)) else ""),
                ctx.who(a.actor),
                ACT_LABELS.get(a.kind, a.kind.value) + (" (tentative)" if a.attempt else ""),
                ctx.who(a.target),
                a.description or "",
            )
            for a in sorted(case.acts, key=lambda a: (a.date, a.id))
        )
        blocks += [Heading("Actes", 2), Table(("Date", "Auteur", "Acte", "Personne visée", "Description"), acts, (2, 2, 3, 2, 4))]
    blocks += participation_blocks(case.participation, case.acts, ctx.who)
    if case.victim_conduct:
        conduct = tuple(
            (day(c.date) if c.date else "—", ctx.who(c.person), c.kind.value.replace("_", " "), c.description or "")
            for c in case.victim_conduct
        )
        blocks += [
            Heading("Comportement de la victime", 2),
            Table(("Date", "Personne", "Nature", "Description"), conduct, (2, 2, 3, 5)),
        ]
    if case.findings:
        rows = tuple((ctx.who(f.perpetrator), ctx.who(f.victim), f.fact, TRI_FR[f.value], f.note or "") for f in case.findings)
        blocks += [
            Heading("Faits établis par l'enquête", 2),
            Table(("Auteur", "Victime", "Fait", "Valeur", "Précision"), rows, (2, 2, 3, 1, 4)),
        ]
    return blocks + statements_blocks(case.statements, ctx.who)


def _summary_row(q: Qualification, ctx: NoteContext) -> tuple[str, ...]:
    return (
        STATUS_FR[q.status],
        f"{q.label} (art. {q.article})",
        f"{ctx.who(q.perpetrator)} → {ctx.who(q.victim)}",
        q.nature,
        q.penalty.summary,
        prescription_short(q),
    )


def qualification_note(ctx: NoteContext) -> Document:
    result = ctx.result
    quals = [q for q in result.qualifications if q.victim in ctx.victims]
    blocks: list[Block] = [*_case_blocks(ctx), *_persons_table(ctx), *_facts_blocks(ctx)]
    blocks.append(Heading("Qualification principale par victime"))
    for p in (p for p in result.principal if p.victim in ctx.victims):
        blocks += [Heading(f"Victime : {ctx.title_of(p.victim)}", 2), *_principal_blocks(p, ctx)]
    blocks.append(Heading("Qualifications"))
    if quals:
        header = ("Statut", "Infraction", "Auteur → victime", "Nature", "Peine encourue", "Prescription")
        ordered = sorted(quals, key=lambda q: list(STATUS_TITLES).index(q.status))
        blocks.append(Table(header, tuple(_summary_row(q, ctx) for q in ordered), (2, 4.5, 3, 2.3, 3.7, 2.3)))
    else:
        blocks.append(Paragraph(no_qualification(result)))
    for status, title in STATUS_TITLES.items():
        group = [q for q in quals if q.status == status]
        if group:
            blocks.append(Heading(f"{title} ({len(group)})", 2))
            for q in group:
                blocks += _qualification_blocks(q, ctx)
    flags = [f for f in result.flags if _concerns(f, ctx.victims)]
    if flags:
        blocks += [Heading("Signalements"), Bullets(tuple(_claim(f, ctx) for f in flags))]
    blocks += _warnings(ctx)
    refs = [s for q in quals for s in (*_tree_sources(q.explanation), *(q.prescription.articles if q.prescription else []))]
    blocks += _sources([*refs, *(s for f in flags for s in f.sources)], ctx)
    blocks += _annex(ctx)
    return Document("Note de qualification", _stamp(ctx), _footer(ctx), tuple(blocks))


# --- note préparatoire à la constitution de partie civile --------------------------------------


def _implicated(victim: str, quals: list[Qualification], ctx: NoteContext) -> list[str]:
    """Perpetrators declared ascendant of, or having authority over, the victim (case facts)."""
    perpetrators = {q.perpetrator for q in quals}
    out = []
    for r in ctx.case.relationships:
        if r.other == victim and r.person in perpetrators:
            ties = [t for t, v in (("ascendant", r.ascendant), ("personne ayant autorité sur elle", r.authority)) if v]
            if ties:
                out.append(f"{ctx.who(r.person)}, mis en cause, est déclaré {' et '.join(ties)}")
    return out


def _text(item: Flag | Right) -> str:
    """The rule's own text, without the « label — person : » prefix of the claim."""
    return item.explanation.claim.split(f" — {item.person} : ", 1)[-1]


def _who_may_act(victim: str, quals: list[Qualification], rights: list[Right], ctx: NoteContext) -> list[Block]:
    """Who may act, as the rules derived it (rights ``civil_action`` and ``administrateur_ad_hoc``)."""
    by_kind = {r.kind: r for r in rights}
    civil, ad_hoc = by_kind.get("civil_action"), by_kind.get("administrateur_ad_hoc")
    blocks: list[Block] = [Heading("Qui peut agir", 2)]
    if civil is None:
        blocks.append(
            Paragraph(
                "Les règles ne dérivent, en l'état des faits décrits, aucun droit de constitution de partie civile "
                "pour cette victime : à examiner."
            )
        )
    else:
        status = ITEM_STATUS_FR.get(civil.status, civil.status)
        blocks.append(Paragraph(f"Constitution de partie civile ({status}) : {_text(civil)}."))
        blocks.append(Bullets(tuple(ctx.cite(r) for r in civil.sources)))
    if ad_hoc is not None:
        status = ITEM_STATUS_FR.get(ad_hoc.status, ad_hoc.status)
        blocks.append(Paragraph(f"Administrateur ad hoc ({status}, {' ; '.join(ad_hoc.sources)}) : {_text(ad_hoc)}."))
        implicated = _implicated(victim, quals, ctx)
        if implicated:
            blocks.append(
                Paragraph(
                    " ; ".join(implicated) + " : s'il est l'un de ses représentants légaux, la protection des intérêts "
                    "du mineur n'est pas complètement assurée par eux (CPP, art. 706-50) — l'administrateur ad hoc "
                    "exerce alors, s'il y a lieu, les droits reconnus à la partie civile."
                )
            )
    return blocks


def _victim_blocks(victim: str, ctx: NoteContext) -> tuple[list[Block], list[str]]:
    result = ctx.result
    person = _person(ctx.case, victim)
    quals = [q for q in result.qualifications if q.victim == victim and q.status != "excluded"]
    rights = [r for r in result.rights if r.person == victim]
    flags = [f for f in result.flags if _concerns(f, [victim])]
    blocks: list[Block] = [Heading(f"Victime : {ctx.title_of(victim)}")]
    if person is not None:
        blocks.append(Bullets((f"Rôles : {_roles(person)}", f"Naissance ou âge : {_age(person)}")))
    blocks.append(Heading("Qualification principale", 2))
    for p in (p for p in result.principal if p.victim == victim):
        blocks += _principal_blocks(p, ctx)
    blocks.append(Heading("Qualifications établies et à établir", 2))
    if not quals:
        blocks.append(Paragraph("Aucune qualification établie ou à établir pour cette victime."))
    for q in quals:
        blocks += _qualification_blocks(q, ctx)
    rows = tuple(
        (
            f"{q.label} (art. {q.article})",
            ctx.who(q.perpetrator),
            q.prescription.start_rule + (f" ({day(q.prescription.start)})" if q.prescription.start else ""),
            f"{q.prescription.years} ans" if q.prescription.years is not None else "?",
            prescription_short(q),
        )
        for q in quals
        if q.prescription
    )
    if rows:
        blocks += [
            Heading("Prescription de l'action publique", 2),
            Table(("Infraction", "Auteur", "Point de départ", "Délai", "Jusqu'au"), rows, (4, 2, 3, 1, 2)),
            Paragraph(
                "« Au plus tôt » : date de naissance incertaine. Actes interruptifs ou suspensifs non calculés.", note=True
            ),
        ]
    blocks.append(Heading("Droits de la victime", 2))
    blocks.append(Bullets(tuple(_claim(r, ctx) for r in rights)) if rights else Paragraph("Aucun droit dérivé par les règles."))
    blocks += _who_may_act(victim, quals, rights, ctx)
    if flags:
        blocks += [Heading("Signalements", 2), Bullets(tuple(_claim(f, ctx) for f in flags))]
    refs = [s for q in quals for s in (*q.explanation.sources, *(q.prescription.articles if q.prescription else []))]
    refs += [s for r in rights for s in r.sources] + [s for f in flags for s in f.sources]
    return blocks, refs


def _damages(victim: str, rights: list[Right], ctx: NoteContext) -> list[Block]:
    """The heads of damage and claims, to fill in, and the CIVI route with the deadline the shipped text gives."""
    heads = (
        "Préjudice corporel et psychologique (atteintes à la personne) : ____________________",
        "Souffrances endurées : ____________________",
        "Préjudice sexuel : ____________________",
        "Préjudice scolaire, de formation ou professionnel : ____________________",
        "Frais exposés (soins, suivi, hébergement, déplacements) : ____________________",
        "Préjudice des proches (à préciser) : ____________________",
        "Autres demandes (article 475-1 du code de procédure pénale, frais non payés par l'État, etc.) : __________",
    )
    blocks: list[Block] = [
        Heading("Préjudices et demandes (à compléter)", 2),
        Paragraph(f"Demandes à formuler pour {ctx.who(victim)} ; montants et pièces justificatives à compléter :"),
        Bullets(heads),
    ]
    civi = next((r for r in rights if r.kind == "compensation"), None)
    status = ITEM_STATUS_FR.get(civi.status, civi.status) if civi else "à examiner"
    blocks += [
        Paragraph(
            f"Voie de la commission d'indemnisation des victimes d'infractions (CIVI), {status} : réparation intégrale "
            "des dommages qui résultent des atteintes à la personne, notamment lorsque les faits « sont prévus et réprimés "
            "par les articles 222-22 à 222-30, 224-1 A à 224-1 C, 225-4-1 à 225-4-5, 225-5 à 225-10, 225-14-1 et "
            "225-14-2 et 227-25 à 227-27 du code pénal » (CPP, art. 706-3 2°), sous les autres conditions de cet article."
        ),
        Paragraph(
            "Délai (CPP, art. 706-5) : « A peine de forclusion, la demande d'indemnité doit être présentée dans le délai "
            "de trois ans à compter de la date de l'infraction. Lorsque des poursuites pénales sont exercées, ce délai est "
            "prorogé et n'expire qu'un an après la décision de la juridiction qui a statué définitivement sur l'action "
            "publique ou sur l'action civile engagée devant la juridiction répressive. » Date limite à calculer : "
            "____________________"
        ),
    ]
    return blocks


def partie_civile_note(ctx: NoteContext) -> Document:
    blocks: list[Block] = [*_case_blocks(ctx), *_persons_table(ctx), *_facts_blocks(ctx)]
    refs: list[str] = []
    for victim in ctx.victims:
        more, cited = _victim_blocks(victim, ctx)
        blocks += more
        blocks += _damages(victim, [r for r in ctx.result.rights if r.person == victim], ctx)
        refs += cited
    if not ctx.victims:
        blocks.append(Paragraph("Aucune victime dans ce dossier."))
    blocks += _warnings(ctx)
    blocks += _sources(refs, ctx)
    blocks += _annex(ctx)
    return Document("Note préparatoire à la constitution de partie civile", _stamp(ctx), _footer(ctx), tuple(blocks))


def source_files(book: RuleBook | None) -> dict[str, str]:
    """The source file of each protection rule's citation (for the French titles of the documents cited)."""
    return {c.ref: c.file for rule in (book.protection.values() if book else ()) for c in rule.sources if c.file}


def source_quotes(book: RuleBook | None, result: Result) -> dict[str, str]:
    """Verified quotes of the protection rules' sources, when the book is the one that gave the result."""
    if book is None or book.version_hash != result.ruleset_version:
        return {}
    return {c.ref: c.quote for rule in book.protection.values() for c in rule.sources if c.quote}


NoteKind = Literal["qualification", "partie_civile"]
BUILDERS: dict[str, Callable[[NoteContext], Document]] = {
    "qualification": qualification_note,
    "partie_civile": partie_civile_note,
}


def build_note(
    kind: NoteKind,
    case: Case,
    result: Result,
    *,
    pseudonymise: bool = False,
    victim: str | None = None,
    generated_at: dt.datetime | None = None,
    book: RuleBook | None = None,
) -> Document:
    """The note as a neutral document; ``victim`` restricts it to one victim (ValueError if unknown).

    With ``pseudonymise``, every person is named by its pseudonym and every name (and name-like id)
    is replaced in the whole document, free text included. ``book`` (the engine's, e.g.
    ``get_engine().book``) adds the verified quotes of the rights' and flags' sources.
    """
    if kind not in BUILDERS:
        raise ValueError(f"note inconnue : {kind}")
    if result.case_id != case.id:
        raise ValueError("le résultat ne correspond pas à ce dossier")
    victims = victims_of(case, result)
    if victim is not None:
        if victim not in victims:
            raise ValueError("victime inconnue dans ce dossier")
        victims = [victim]
    pseudo = Pseudonymiser(case) if pseudonymise else None
    namer = Namer.of(case)
    ctx = NoteContext(
        case=case,
        result=result,
        victims=victims,
        who=pseudo.person if pseudo else namer.person,
        generated=generated_at or dt.datetime.now().replace(microsecond=0),
        quotes=source_quotes(book, result),
        files=source_files(book),
    )
    doc = BUILDERS[kind](ctx)
    return doc.map_text(pseudo) if pseudo else doc.map_text(namer)  # persons by name, or by pseudonym
