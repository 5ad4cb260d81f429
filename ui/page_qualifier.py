"""Page « Qualifier un dossier » : un dossier en entrée, les qualifications par victime en sortie."""

from __future__ import annotations

import datetime as dt

import service
import streamlit as st
from affichage import md

SOURCES = ("Exemple", "Fichier (.json, .yaml)", "Texte YAML")
STATUS_ORDER = ("established", "to_establish", "excluded")
BADGE = {"established": "green", "to_establish": "orange", "excluded": "gray"}
HEADING = {
    "established": "Qualifications établies",
    "to_establish": "Qualifications à établir",
    "excluded": "Qualifications exclues",
}
FACT_VALUE = {True: "oui", False: "non", None: "inconnu"}
PLACEHOLDER = """id: mon-dossier
title: Titre du dossier
persons:
  - {id: v, roles: [victime], birth_date: 2006-03-12}
  - {id: a, roles: [mis_en_cause], birth_date: 1998-06-02}
acts:
  - {id: a1, actor: a, target: v, kind: recruter, date: 2022-09-03}
"""


def read_input(source: str) -> tuple[str, service.Format, str]:
    """The case text, its format and a label for it; CaseInputError if nothing usable was given."""
    if source == SOURCES[0]:
        title = st.session_state.get("exemple")
        path = service.examples().get(title or "")
        if path is None:
            raise service.CaseInputError([("", "aucun exemple choisi")])
        return path.read_text(encoding="utf-8"), "yaml", f"exemple « {title} »"
    if source == SOURCES[1]:
        upload = st.session_state.get("fichier")
        if upload is None:
            raise service.CaseInputError([("", "aucun fichier choisi")])
        return service.decode(upload.getvalue()), service.format_of(upload.name), f"fichier « {upload.name} »"
    return st.session_state.get("saisie", ""), "yaml", "texte saisi"


def show_problems(problems: list[tuple[str, str]]) -> None:
    lines = [f"- **{md(path)}** : {md(msg)}" if path else f"- {md(msg)}" for path, msg in problems]
    st.error("**Dossier invalide** : rien n'a été qualifié. Corriger :\n\n" + "\n".join(lines))


def tree(node: service.Explanation, depth: int = 0) -> list[str]:
    """The explanation tree as nested Markdown lists (expanders cannot be nested)."""
    pad, sub = "  " * depth, "  " * (depth + 1)
    lines = [f"{pad}- **{md(node.claim)}**"]
    if node.quote:
        where = f" (art. {md(node.article)})" if node.article else ""
        lines.append(f"{sub}- Texte{where} : « *{md(node.quote)}* »")
    for fact in node.facts:
        lines.append(f"{sub}- Fait ({FACT_VALUE[fact.value]}) : {md(fact.sentence)}")
        for ev in fact.evidence:
            ref = "" if ev.ref in ev.text else f" (réf. {md(ev.ref)})"
            lines.append(f"{sub}  - Pièce : {md(ev.text)}{ref}")
    if node.would_change:
        changes = " ; ".join(md(w) for w in node.would_change)
        lines.append(f"{sub}- Ce qui changerait la réponse : établir {changes}")
    if node.sources:
        lines.append(f"{sub}- Sources : " + " ; ".join(md(s) for s in node.sources))
    for child in node.children:
        lines.extend(tree(child, depth + 1))
    return lines


def bullets(title: str, items: list[str]) -> None:
    if items:
        st.markdown(f"**{title}**\n\n" + "\n".join(f"- {md(i)}" for i in items))


def show_qualification(q: service.Qualification) -> None:
    with st.container(border=True):
        attempt = ""
        if q.mode == "tentative":
            attempt = f" — tentative (art. {md(q.attempt_article or '?')})"
        st.markdown(
            f":{BADGE[q.status]}-badge[{service.STATUS_FR[q.status]}] **{md(q.label)}** — "
            f"art. {md(q.article)}, {md(q.code)}{attempt}"
        )
        base = f" (peine de base : {md(q.base_penalty.summary)})" if q.penalty != q.base_penalty else ""
        st.markdown(
            f"**Auteur :** {md(q.perpetrator)} · **Nature :** {md(q.nature)} · **Peine encourue :** {md(q.penalty.summary)}{base}"
        )
        bullets(
            "Circonstances aggravantes établies :",
            [f"art. {a.article} : {a.label} ({a.penalty.summary})" for a in q.aggravations if a.status == "established"],
        )
        if q.status == "to_establish":
            bullets("Reste à établir :", q.missing)
        bullets("Exclue car :", q.excluded_by)
        if q.prescription:
            st.caption(f"Prescription : {md(q.prescription.explanation)} ({md(', '.join(q.prescription.articles))})")
        with st.expander("Explication : faits, éléments, articles"):
            st.markdown("\n".join(tree(q.explanation)))


def show_protection(result: service.Result) -> None:
    """First what matters most: principal per victim, then flags and rights as marked panels."""
    for p in result.principal:
        if p.offence is None:
            continue
        penalty = f" — {p.penalty.summary}" if p.penalty else ""
        box = st.success if p.status == "established" else st.info
        box(
            f"**Qualification principale pour {md(p.victim)}** : {md(p.label or '')} (art. {md(p.article or '')}), "
            f"{service.STATUS_FR[p.status or 'to_establish']}{md(penalty)}\n\n{md(p.reason)}"
        )
        for step in p.toward_more_protective:
            items = step.missing if step.status == "to_establish" else step.excluded_by
            verb = "reste à établir" if step.status == "to_establish" else "exclue car"
            st.markdown(
                f"- Vers « {md(step.label)} » (art. {md(step.article)}) pour {md(step.perpetrator)}, {verb} : "
                + " ; ".join(md(i) for i in items)
            )
    if result.flags:
        with st.container(border=True):
            st.markdown("### Signalements")
            for f in result.flags:
                st.warning(f"**[{md(f.status)}]** {md(f.explanation.claim)}\n\nSources : {md(' ; '.join(f.sources))}")
    if result.rights:
        with st.container(border=True):
            st.markdown("### Droits de la victime")
            for r in result.rights:
                st.info(f"**[{md(r.status)}]** {md(r.explanation.claim)}\n\nSources : {md(' ; '.join(r.sources))}")


def show_result(result: service.Result, label: str) -> None:
    law = "loi en vigueur à la date de chaque acte"
    if result.law_date:
        law = f"loi en vigueur au {result.law_date:%d/%m/%Y}"
    st.subheader(f"Résultat : dossier {md(result.case_id)}")
    st.caption(f"Source : {md(label)} · {law} · règles {md(result.ruleset_version)}")
    if not result.qualifications:
        st.info("Aucune qualification : aucun acte ne correspond à un élément matériel des infractions encodées.")
    show_protection(result)
    for victim in sorted({q.victim for q in result.qualifications}):
        st.markdown(f"### Victime : {md(victim)}")
        for status in STATUS_ORDER:
            group = [q for q in result.qualifications if q.victim == victim and q.status == status]
            if group:
                st.markdown(f"#### {HEADING[status]} ({len(group)})")
                for q in group:
                    show_qualification(q)
    if result.warnings:
        st.markdown("### Avertissements")
        for w in result.warnings:
            st.warning(md(w.message))


st.title("Qualifier un dossier")
st.caption("Choisir un exemple, déposer un fichier ou saisir le dossier en YAML, puis « Qualifier ».")

source = st.radio("Dossier", SOURCES, horizontal=True, key="source")
if source == SOURCES[0]:
    st.selectbox("Exemple", list(service.examples()), key="exemple")
elif source == SOURCES[1]:
    st.file_uploader("Fichier du dossier", type=["json", "yaml", "yml"], key="fichier")
else:
    st.text_area("Dossier (YAML)", key="saisie", height=320, placeholder=PLACEHOLDER)

use_date = st.checkbox(
    "Appliquer la loi en vigueur à une date donnée",
    key="date_active",
    help="Par défaut, chaque acte est apprécié selon la loi en vigueur à sa date.",
)
law_date = st.date_input(
    "Date de la loi",
    key="date_loi",
    format="DD/MM/YYYY",
    disabled=not use_date,
    min_value=dt.date(1994, 3, 1),
    max_value=dt.date.today(),
)

if st.button("Qualifier", type="primary"):
    label = source
    try:
        text, fmt, label = read_input(source)
        result = service.classify_text(text, fmt, law_date if use_date else None)
        st.session_state["resultat"] = {"result": result, "label": label}
    except service.CaseInputError as exc:
        st.session_state["resultat"] = {"problems": exc.problems, "label": label}
    except Exception:  # an engine defect must not lose the case: the text stays in its field
        st.session_state["resultat"] = {
            "problems": [("", "erreur interne du moteur : le dossier saisi est conservé ; signaler l'incident")],
            "label": label,
        }

shown = st.session_state.get("resultat")
if shown and "problems" in shown:
    show_problems(shown["problems"])
elif shown:
    show_result(shown["result"], shown["label"])
