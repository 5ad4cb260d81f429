"""Plain-text rendering of a result (French): a summary for `classify`, the full tree for `explain`."""

from __future__ import annotations

from collections.abc import Callable

from engine.kernel.result_model import FLAG_STATUS_FR, STATUS_FR, Explanation, LawApplied, Qualification, QualificationRef, Result
from engine.reasoning.complice_circumstances import PERSONAL_NOTE
from engine.reasoning.derived import RAISED_PENDING
from engine.reasoning.readings import OPEN_MARK

_MARK = {"established": "[ÉTABLIE]", "to_establish": "[À ÉTABLIR]", "excluded": "[EXCLUE]"}
Name = Callable[[str], str]  # a person id → the name shown (structured fields; the prose is the caller's)


def _same(pid: str) -> str:
    return pid


def _header(result: Result) -> list[str]:
    date = f"loi au {result.law_date:%d/%m/%Y}" if result.law_date else "loi en vigueur à la date des faits"
    return [f"Dossier {result.case_id} — {date} — règles {result.ruleset_version}", ""]


def _qualification(q: Qualification, detail: bool, name: Name = _same) -> list[str]:
    role = "complice" if q.participation else "auteur"
    lines = [
        f"  {_MARK[q.status]} {q.label} (art. {q.article}, {q.code}) — {role} : {name(q.perpetrator)}"
        + (f" — faits du {q.period_start:%d/%m/%Y} au {q.period_end:%d/%m/%Y}" if q.period_start and q.period_end else "")
        + (f" — version {q.version.id}" + (" (loi plus douce, art. 112-1 al. 3)" if q.milder_later_law else "")),
        f"      {q.nature} ; peine encourue : {q.penalty.summary}"
        + (f" (base : {q.base_penalty.summary})" if q.penalty != q.base_penalty else ""),
    ]
    if q.attempt_article:
        lines.append(f"      tentative punissable : art. {q.attempt_article}")
    if q.prescription:
        lines.append(f"      prescription : {q.prescription.explanation} ({', '.join(q.prescription.articles)})")
    established = [a for a in q.aggravations if a.status == "established"]
    pending = [a for a in q.aggravations if a.status == "to_establish"]
    if established:
        lines.append("      circonstances aggravantes établies : " + " ; ".join(f"{a.article} ({a.label})" for a in established))
    lines.extend(f"      {a.article} : {note}" for a in established for note in a.missing)  # 225-4-5: a heavier penalty
    lines.extend(
        f"      {a.article} : {n}" for a in pending for n in a.missing if n.startswith(RAISED_PENDING)
    )  # what to establish
    if q.missing and q.status == "to_establish":
        lines.append("      reste à établir : " + " ; ".join(q.missing))
        lines.extend(f"      question de droit : {t}" for t in dict.fromkeys(_open_questions(q.explanation)))
    if q.excluded_by:
        lines.append("      exclue car : " + " ; ".join(q.excluded_by))
    if q.participation and (said := [f"{a.article} — {PERSONAL_NOTE}" for a in pending if PERSONAL_NOTE in a.missing]):
        lines.append("      circonstances à établir pour le complice : " + " ; ".join(said))
    if detail and pending:
        lines.append("      circonstances à vérifier : " + " ; ".join(a.article for a in pending))
    if detail and q.law_applied:
        lines.append("      loi applicable :")
        lines.extend(f"        - {_law_row(row)}" for row in q.law_applied)
    return lines


def _open_questions(node: Explanation) -> list[str]:
    """The evidence of an unknown fact that is an open question of law (a listed value the text may not cover)."""
    own = [e.text for f in node.facts if f.value is None for e in f.evidence if f"{OPEN_MARK} — " in e.text]
    return own + [t for child in node.children for t in _open_questions(child)]


def _law_row(row: LawApplied) -> str:
    """One period of the « loi applicable » table, in French."""
    period = f"faits du {row.period_start:%d/%m/%Y} au {row.period_end:%d/%m/%Y}"
    if row.version is None:
        return f"{period} : aucune version — {row.reason_label}"
    start = f"{row.valid_from:%d/%m/%Y}" if row.valid_from else "?"
    span = f"du {start} au {row.valid_to:%d/%m/%Y}" if row.valid_to else f"en vigueur depuis le {start}"
    flag = " — version reconstituée, à vérifier sur Légifrance" if row.reconstructed else ""
    return f"{period} : version {row.version} ({span}) — {row.reason_label}{flag}"


def _ref_line(r: QualificationRef, who: bool = True, name: Name = _same) -> str:
    attempt = ", tentative" if r.mode == "tentative" else ""
    by = f" — {name(r.perpetrator)}" if who else ""
    return f"{r.label} (art. {r.article}{attempt}){by}, {STATUS_FR[r.status]} ; {r.penalty.summary}"


def _who(perpetrators: list[str], complices: list[str], name: Name = _same) -> str:
    """« auteur(s) : … ; complice(s) : … » (a complice is punished as author, 121-6, but is no author)."""
    authors = [name(x) for x in perpetrators if x not in complices]
    said = [f"auteur(s) : {', '.join(authors)}"] if authors else []
    return " ; ".join([*said, *([f"complice(s) : {', '.join(map(name, complices))}"] if complices else [])])


def _protection(result: Result, name: Name = _same) -> list[str]:
    """The one-minute summary: principal per victim, flags, rights."""
    lines: list[str] = []
    for p in result.principal:
        status = STATUS_FR[p.status] if p.status else "aucune"
        head = f"{p.label} (art. {p.article}), {status}" if p.offence else "aucune qualification"
        lines.append(
            f"Qualification principale pour {name(p.victim)} : {head}"
            + (f" — {_who(p.perpetrators, p.complices, name)} ; {p.penalty.summary}" if p.penalty else "")
        )
        lines.append(f"  pourquoi : {p.reason}")
        lines.extend(f"  en cumul : {_ref_line(c, name=name)}" for c in p.cumulative)
        lines.extend(f"  peine la plus lourde encourue par {name(h.perpetrator)} : {_ref_line(h, who=False)}" for h in p.heaviest)
        for step in p.toward_more_protective:
            what = (
                ("reste à établir : " + " ; ".join(step.missing))
                if step.status == "to_establish"
                else ("exclue car : " + " ; ".join(step.excluded_by))
            )
            lines.append(f"  vers « {step.label} » (art. {step.article}) pour {name(step.perpetrator)} — {what}")
    for title, items in (("Signalements :", result.flags), ("Droits de la victime :", result.rights)):
        if items:
            lines.extend(["", title])
            for item in items:
                lines.append(f"  [{FLAG_STATUS_FR.get(item.status, item.status)}] {item.explanation.claim}")
                lines.append(f"      sources : {' ; '.join(item.sources)}")
    return [*lines, ""] if lines else []


ATTEMPT_CODES = ("tentative_non_punissable", "tentative_texte_non_fourni")  # engine/api.py, attempts no text punishes


def no_qualification(result: Result) -> str:
    """The headline of a result without qualification: a fact before the article that punishes it was created is
    not punishable (C. pén. 112-1), which is not the same as no act matching an offence."""
    if any(w.code in ATTEMPT_CODES for w in result.warnings):
        return "Aucune qualification : tentative non punissable ou texte de la tentative non fourni (voir les avertissements)."
    if any(w.code == "article_inexistant" for w in result.warnings):
        return (
            "Aucune qualification : fait non punissable à la date des faits (article créé postérieurement, "
            "Code pénal, art. 112-1 ; voir les avertissements)."
        )
    return "Aucune qualification : aucun acte ne correspond à un élément matériel des infractions encodées."


def render_summary(result: Result, name: Name = _same) -> str:
    """The summary; ``name`` names the persons of the structured fields (ids by default)."""
    lines = _header(result)
    lines.extend(_protection(result, name))
    if not result.qualifications:
        lines.append(no_qualification(result))
    for victim in sorted({q.victim for q in result.qualifications}):
        lines.append(f"Victime {name(victim)}")
        for q in (q for q in result.qualifications if q.victim == victim):
            lines.extend(_qualification(q, detail=False, name=name))
        lines.append("")
    if result.warnings:
        lines.append("Avertissements :")
        lines.extend(f"  - {w.message}" for w in result.warnings)
    return "\n".join(lines).rstrip() + "\n"


def _tree(node: Explanation, depth: int) -> list[str]:
    pad = "    " * depth
    lines = [f"{pad}- {node.claim}"]
    if node.quote:
        lines.append(f"{pad}    texte : « {node.quote} »")
    for fact in node.facts:
        lines.append(f"{pad}    fait [{'oui' if fact.value else 'non' if fact.value is False else 'inconnu'}] {fact.sentence}")
        lines.extend(f"{pad}        ← {e.text}" for e in fact.evidence)
    if node.would_change:
        lines.append(f"{pad}    ce qui changerait la réponse : établir " + " ; ".join(node.would_change))
    if node.sources:
        lines.append(f"{pad}    sources : " + " ; ".join(node.sources))
    for child in node.children:
        lines.extend(_tree(child, depth + 1))
    return lines


def render_explanation(result: Result, name: Name = _same) -> str:
    """The summary, then each qualification's explanation tree; ``name`` as for :func:`render_summary`."""
    lines = _header(result)
    lines.extend(_protection(result, name))
    lines.append("Détail des qualifications :")
    for q in result.qualifications:
        lines.extend(_qualification(q, detail=True, name=name))
        lines.append(f"    Explication ({STATUS_FR[q.status]}) :")
        lines.extend(_tree(q.explanation, 2))
        lines.append("")
    if result.warnings:
        lines.append("Avertissements :")
        lines.extend(f"  - {w.message}" for w in result.warnings)
    return "\n".join(lines).rstrip() + "\n"
