"""Display of a result: principal per victim, flags and rights panels, qualifications by status, explanations."""

from __future__ import annotations

import streamlit as st

from ui import service
from ui.display import md
from ui.graph import dot
from ui.i18n import t

STATUS_ORDER = ("established", "to_establish", "excluded")
BADGE = {"established": "green", "to_establish": "orange", "excluded": "gray"}


def status_word(status: str | None) -> str:
    return t(f"statut.{status or 'to_establish'}")


def tree(node: service.Explanation, depth: int = 0) -> list[str]:
    """The explanation tree as nested Markdown lists (expanders cannot be nested)."""
    pad, sub = "  " * depth, "  " * (depth + 1)
    lines = [f"{pad}- **{md(node.claim)}**"]
    if node.quote:
        where = f" (art. {md(node.article)})" if node.article else ""
        lines.append(f"{sub}- {t('res.texte')}{where} : « *{md(node.quote)}* »")
    for fact in node.facts:
        value = t({True: "tri.oui", False: "tri.non", None: "tri.inconnu"}[fact.value])
        lines.append(f"{sub}- {t('res.fait')} ({value}) : {md(fact.sentence)}")
        for ev in fact.evidence:
            ref = "" if ev.ref in ev.text else f" (réf. {md(ev.ref)})"
            lines.append(f"{sub}  - {t('res.piece')} : {md(ev.text)}{ref}")
    if node.would_change:
        lines.append(f"{sub}- {t('res.changerait')} " + " ; ".join(md(w) for w in node.would_change))
    if node.sources:
        lines.append(f"{sub}- {t('res.sources')} : " + " ; ".join(md(s) for s in node.sources))
    for child in node.children:
        lines.extend(tree(child, depth + 1))
    return lines


def bullets(title: str, items: list[str]) -> None:
    if items:
        st.markdown(f"**{title}**\n\n" + "\n".join(f"- {md(i)}" for i in items))


def article_texts(q: service.Qualification) -> None:
    """The official texts the offence cites (article, aggravations, attempt), shipped in rules/texts/."""
    for article, text in service.offence_texts(q.offence):
        st.markdown(f"**{t('res.article')} {md(article)}**")
        st.text(text)


def show_qualification(q: service.Qualification) -> None:
    with st.container(border=True):
        attempt = f" — {t('res.tentative')} (art. {md(q.attempt_article or '?')})" if q.mode == "tentative" else ""
        st.markdown(
            f":{BADGE[q.status]}-badge[{status_word(q.status)}] **{md(q.label)}** — art. {md(q.article)}, {md(q.code)}{attempt}"
        )
        base = f" ({t('res.peine_base')} : {md(q.base_penalty.summary)})" if q.penalty != q.base_penalty else ""
        st.markdown(
            f"**{t('res.auteur')} :** {md(q.perpetrator)} · **{t('res.nature')} :** {md(q.nature)} · "
            f"**{t('res.peine')} :** {md(q.penalty.summary)}{base} · **{t('res.version')} :** {md(q.version.id)}"
        )
        bullets(
            t("res.aggravantes"),
            [f"art. {a.article} : {a.label} ({a.penalty.summary})" for a in q.aggravations if a.status == "established"],
        )
        if q.status == "to_establish":
            bullets(t("res.reste"), q.missing)
        bullets(t("res.exclue_car"), q.excluded_by)
        if q.prescription:
            st.caption(f"{t('res.prescription')} : {md(q.prescription.explanation)} ({md(', '.join(q.prescription.articles))})")
        with st.expander(t("res.explication")):
            st.markdown("\n".join(tree(q.explanation)))
        with st.expander(t("res.texte_article")):
            article_texts(q)


def show_excluded(q: service.Qualification) -> None:
    """An excluded qualification, compact (inside the folded group, where expanders cannot nest)."""
    st.markdown(
        f":gray-badge[{status_word(q.status)}] **{md(q.label)}** — art. {md(q.article)} — {t('res.auteur')} : {md(q.perpetrator)}"
    )
    bullets(t("res.exclue_car"), q.excluded_by)
    st.markdown("\n".join(tree(q.explanation)))


def show_principal(result: service.Result) -> None:
    """Per victim: the principal qualification, its penalty and why; then the way to a more protective one."""
    for p in result.principal:
        if p.offence is None:
            st.info(t("res.pas_de_principale", victime=md(p.victim)) + f"\n\n{md(p.reason)}")
            continue
        penalty = f" — {md(p.penalty.summary)}" if p.penalty else ""
        box = st.success if p.status == "established" else st.info
        box(
            f"**{t('res.principale', victime=md(p.victim))}** : {md(p.label or '')} (art. {md(p.article or '')}), "
            f"{status_word(p.status)}{penalty}\n\n{md(p.reason)}"
        )
        bullets(t("res.cumul"), [_ref(c) for c in p.cumulative])
        bullets(t("res.plus_lourde"), [f"{c.perpetrator} : {_ref(c, who=False)}" for c in p.heaviest])
        checklist(p)


def _ref(c: service.QualificationRef, who: bool = True) -> str:
    """One qualification named beside the principal (plain text: bullets() escapes it)."""
    attempt = f", {t('res.tentative')}" if c.mode == "tentative" else ""
    by = f" — {c.perpetrator}" if who else ""
    return f"{c.label} (art. {c.article}{attempt}){by}, {status_word(c.status)} ; {c.penalty.summary}"


def checklist(p: service.Principal) -> None:
    """What is missing toward the more protective qualifications (ticking is a working aid, not saved)."""
    steps = [s for s in p.toward_more_protective if s.status == "to_establish" and s.missing]
    excluded = [s for s in p.toward_more_protective if s.status == "excluded"]
    if not steps and not excluded:
        return
    with st.expander(t("res.checklist", victime=md(p.victim)), expanded=True):
        for step in steps:
            st.markdown(f"**{md(step.label)}** (art. {md(step.article)}) — {md(step.perpetrator)}")
            for i, item in enumerate(step.missing):
                st.checkbox(md(item), key=f"chk:{p.victim}:{step.offence}:{step.perpetrator}:{i}")
        for step in excluded:
            st.caption(
                f"{md(step.label)} (art. {md(step.article)}) — {md(step.perpetrator)} : "
                f"{t('res.exclue_car')} {md(' ; '.join(step.excluded_by))}"
            )


def show_panels(result: service.Result) -> None:
    if result.flags:
        with st.container(border=True):
            st.markdown(f"### {t('res.signalements')}")
            for f in result.flags:
                st.warning(f"**[{md(f.status)}]** {md(f.explanation.claim)}\n\n{t('res.sources')} : {md(' ; '.join(f.sources))}")
    if result.rights:
        with st.container(border=True):
            st.markdown(f"### {t('res.droits')}")
            for r in result.rights:
                st.info(f"**[{md(r.status)}]** {md(r.explanation.claim)}\n\n{t('res.sources')} : {md(' ; '.join(r.sources))}")


def show_qualifications(result: service.Result) -> None:
    for victim in sorted({q.victim for q in result.qualifications}):
        st.markdown(f"### {t('res.victime')} : {md(victim)}")
        mine = [q for q in result.qualifications if q.victim == victim]
        for status in STATUS_ORDER:
            group = [q for q in mine if q.status == status]
            if not group:
                continue
            heading = f"{t('res.groupe.' + status)} ({len(group)})"
            if status == "excluded":  # folded: what matters first is what is made out or still missing
                with st.expander(heading):
                    for q in group:
                        show_excluded(q)
                continue
            st.markdown(f"#### {heading}")
            for q in group:
                show_qualification(q)
        with st.expander(t("res.graphe", victime=md(victim))):
            st.graphviz_chart(dot(q for q in mine if q.status != "excluded"), width="stretch")


def show_result(result: service.Result, label: str) -> None:
    law = t("res.loi_acte")
    if result.law_date:
        law = t("res.loi_date", date=f"{result.law_date:%d/%m/%Y}")
    st.subheader(f"{t('res.titre_dossier')} {md(result.case_id)}")
    st.caption(f"{md(label)} · {law} · {t('res.regles')} {md(result.ruleset_version)}")
    if not result.qualifications:
        st.info(t("res.aucune"))
    show_principal(result)
    show_panels(result)
    show_qualifications(result)
    if result.warnings:
        st.markdown(f"### {t('res.avertissements')}")
        for w in result.warnings:
            st.warning(md(w.message))
