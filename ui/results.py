"""Display of a result: principal per victim, flags and rights panels, qualifications by status, explanations.

The first paint carries the answer only (the cards); every detail is a folded section whose content is built
once opened (``folded``): the browser's rendering of the page, not the engine, set the time to the answer."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import streamlit as st

from ui import service
from ui.display import md
from ui.graph import dot
from ui.i18n import lang, t, t_or
from ui.names import Namer, names_of

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


def role(q: service.Qualification) -> str:
    """« Auteur », or « Complice » for a complice's qualification (121-7, punished as author: 121-6)."""
    return t("res.complice") if q.participation else t("res.auteur")


@st.fragment
def folded(label: str, key: str, draw: Callable[[], object]) -> None:
    """A folded section whose content is built only once opened: the result's first paint carries the answer,
    not every explanation (a plain expander sends its content even closed). In a fragment: opening one
    reruns only that section."""
    with st.expander(label, key=key, on_change="rerun") as box:
        if box.open:
            draw()


def qualification_keys(qualifications: list[service.Qualification]) -> list[str]:
    """A key per qualification for its folded sections, distinct even for two periods of one offence."""
    keys: list[str] = []
    for q in qualifications:
        key = f"{q.victim}:{q.offence}:{q.perpetrator}:{q.mode}:{q.period_start or ''}"
        keys.append(key if key not in keys else f"{key}:{len(keys)}")
    return keys


def qualification_label(q: service.Qualification, names: Names) -> str:
    """A qualification in one line, the label of its folded section: status, offence, article, person, penalty."""
    attempt = f", {t('res.tentative')}" if q.mode == "tentative" else ""
    return (
        f":{BADGE[q.status]}-badge[{status_word(q.status)}] **{md(q.label)}** (art. {md(q.article)}{attempt}) — "
        f"{role(q)} : {md(person(names, q.perpetrator))} — {md(q.penalty.summary)}"
    )


def show_qualification(q: service.Qualification, names: Names) -> None:
    """A qualification opened: nature, penalty, circumstances, what is missing, its explanation, the texts cited."""
    attempt = f" — {t('res.tentative')} (art. {md(q.attempt_article or '?')})" if q.mode == "tentative" else ""
    base = f" ({t('res.peine_base')} : {md(q.base_penalty.summary)})" if q.penalty != q.base_penalty else ""
    st.markdown(
        f"**{md(q.label)}** — art. {md(q.article)}, {md(q.code)}{attempt}\n\n"
        f"**{role(q)} :** {md(person(names, q.perpetrator))} · **{t('res.nature')} :** {md(q.nature)} · "
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
    st.markdown(f"**{t('res.explication')}**\n\n" + "\n".join(tree(q.explanation)))
    st.markdown(f"**{t('res.texte_article')}**")
    article_texts(q)


def show_excluded(q: service.Qualification, names: Names) -> None:
    """An excluded qualification, compact (inside the folded group, where expanders cannot nest)."""
    who = md(person(names, q.perpetrator))
    st.markdown(f":gray-badge[{status_word(q.status)}] **{md(q.label)}** — art. {md(q.article)} — {role(q)} : {who}")
    bullets(t("res.exclue_car"), q.excluded_by)
    st.markdown("\n".join(tree(q.explanation)))


def show_excluded_group(group: list[service.Qualification], names: Names) -> None:
    for q in group:
        show_excluded(q, names)


Names = dict[str, str]


def person(names: Names, pid: str) -> str:
    return names.get(pid, pid)


def item_word(status: str) -> str:
    """A flag's or right's status in the page's language (codes stay in JSON only)."""
    return t_or(f"statut.{status}", status)


def _ref(c: service.QualificationRef, names: Names, who: bool = True) -> str:
    """One qualification named beside the principal (plain text: bullets() escapes it)."""
    attempt = f", {t('res.tentative')}" if c.mode == "tentative" else ""
    by = f" — {person(names, c.perpetrator)}" if who else ""
    return f"{c.label} (art. {c.article}{attempt}){by}, {status_word(c.status)} ; {c.penalty.summary}"


def _flags_of(result: service.Result, pid: str, victim: str) -> list[str]:
    """The flags about this perpetrator (client prosecution toward this victim, non-punishment)."""
    out = []
    for f in result.flags:
        subject = f.person.split(">")
        if subject[0] == pid and (len(subject) == 1 or subject[-1] == victim):
            out.append(f"{f.explanation.claim.split(' — ')[0]} : {item_word(f.status)}")
    return out


def answer_card(p: service.Principal, result: service.Result, names: Names) -> None:
    """The answer first: principal and penalty, the heaviest when it differs, a line per perpetrator, what is missing."""
    victim = person(names, p.victim)
    with st.container(border=True):
        st.markdown(f"### {t('res.victime')} : {md(victim)}")
        if p.offence is None:
            st.info(t("res.pas_de_principale", victime=md(victim)) + f"\n\n{md(p.reason)}")
            return
        penalty = f" — {md(p.penalty.summary)}" if p.penalty else ""
        authors = ", ".join(person(names, x) for x in p.perpetrators if x not in p.complices)
        complices = ", ".join(person(names, x) for x in p.complices)
        who = " · ".join(
            [
                *([f"{t('res.auteur')} : {md(authors)}"] if authors else []),
                *([f"{t('res.complice')} : {md(complices)}"] if complices else []),
            ]
        )
        box = st.success if p.status == "established" else st.info
        box(
            f"**{t('res.principale', victime=md(victim))}** : {md(p.label or '')} (art. {md(p.article or '')}), "
            f"{status_word(p.status)}{penalty} — {who}"
        )
        rows = []
        for h in p.heaviest:
            flags = _flags_of(result, h.perpetrator, p.victim)
            aside = f" — {t('res.ecarte')}" if h.perpetrator in p.set_aside else ""
            rows.append(
                f"{person(names, h.perpetrator)} : {_ref(h, names, who=False)}" + "".join(f" · {f}" for f in flags) + aside
            )
        bullets(t("res.par_auteur"), rows)
        bullets(t("res.cumul"), [_ref(c, names) for c in p.cumulative])
        with st.expander(t("res.pourquoi")):
            st.markdown(md(p.reason))
        checklist(p, names)


def show_principal(result: service.Result, names: Names) -> None:
    """One card per victim, at the top of the page."""
    for p in result.principal:
        answer_card(p, result, names)


def checklist(p: service.Principal, names: Names) -> None:
    """What is missing toward the more protective qualifications (ticking is a working aid, not saved)."""
    steps = [s for s in p.toward_more_protective if s.status == "to_establish" and s.missing]
    excluded = [s for s in p.toward_more_protective if s.status == "excluded"]
    if not steps and not excluded:
        return
    with st.expander(t("res.checklist", victime=md(person(names, p.victim))), expanded=True):
        for step in steps:
            st.markdown(f"**{md(step.label)}** (art. {md(step.article)}) — {md(person(names, step.perpetrator))}")
            for i, item in enumerate(step.missing):
                st.checkbox(md(item), key=f"chk:{p.victim}:{step.offence}:{step.perpetrator}:{i}")
        for step in excluded:
            st.caption(
                f"{md(step.label)} (art. {md(step.article)}) — {md(person(names, step.perpetrator))} : "
                f"{t('res.exclue_car')} {md(' ; '.join(step.excluded_by))}"
            )


def _item(i: service.Flag | service.Right) -> str:
    return f"**[{md(item_word(i.status))}]** {md(i.explanation.claim)}\n\n{t('res.sources')} : {md(' ; '.join(i.sources))}"


def show_panels(result: service.Result) -> None:
    """Flags and rights, folded: the cards above already name each perpetrator's flags."""
    if result.flags:
        folded(f"{t('res.signalements')} ({len(result.flags)})", "plus:signalements", lambda: _alerts(result.flags, st.warning))
    if result.rights:
        folded(f"{t('res.droits')} ({len(result.rights)})", "plus:droits", lambda: _alerts(result.rights, st.info))


def _alerts(items: list[service.Flag] | list[service.Right], box: Callable[[str], object]) -> None:
    for i in items:
        box(_item(i))


def show_qualifications(result: service.Result, names: Names) -> None:
    for victim in sorted({q.victim for q in result.qualifications}):
        st.markdown(f"### {t('res.victime')} : {md(person(names, victim))}")
        mine = [q for q in result.qualifications if q.victim == victim]
        keys = {id(q): key for q, key in zip(mine, qualification_keys(mine), strict=True)}
        for status in STATUS_ORDER:
            group = [q for q in mine if q.status == status]
            if not group:
                continue
            heading = f"{t('res.groupe.' + status)} ({len(group)})"
            if status == "excluded":  # folded: what matters first is what is made out or still missing
                folded(heading, f"plus:exclues:{victim}", partial(show_excluded_group, group, names))
                continue
            st.markdown(f"#### {heading}")
            for q in group:  # one line each; opened, its details (a plain card each was most of the first paint)
                folded(qualification_label(q, names), f"plus:qualification:{keys[id(q)]}", partial(show_qualification, q, names))
        shown = [q for q in mine if q.status != "excluded"]
        # the browser's graph renderer is the slowest element of all: drawn only when opened
        folded(t("res.graphe", victime=md(person(names, victim))), f"graphe:{victim}", partial(graph, shown, names))


def graph(shown: list[service.Qualification], names: Names) -> None:
    st.graphviz_chart(dot(shown, names), width="stretch")


def show_statements(case: service.Case | None, names: Names) -> None:
    """What persons said, set apart from the facts: no statement answers a question (ui/statements.py)."""
    said = sorted(case.statements, key=lambda s: (s.date is None, s.date, s.id)) if case else []
    if not said:
        return
    folded(f"{t('res.declarations')} ({len(said)})", "plus:declarations", lambda: _statements(said, names))


def _statements(said: list[service.Statement], names: Names) -> None:
    questions = service.questions(lang())
    st.caption(t("res.declarations_aide"))
    for s in said:
        when = f" ({s.date:%d/%m/%Y})" if s.date else ""
        about = f" — {t('res.concernant')} {md(person(names, s.about))}" if s.about else ""
        topic = f" — {md(questions.get(s.bears_on, s.bears_on))}" if s.bears_on else ""
        source = f" — {md(s.source)}" if s.source else ""
        words = md(" ".join(s.content.split()))
        st.markdown(f"- **{md(person(names, s.by))}**{when}{about}{topic} : « {words} »{source}")


def show_result(result: service.Result, label: str, case: service.Case | None = None) -> None:
    """The answer first (one card per victim, warnings), then the details, folded: flags, rights, every qualification."""
    namer = Namer(names_of(case))
    names, result = namer.names, namer.model(result)
    law = t("res.loi_acte")
    if result.law_date:
        law = t("res.loi_date", date=f"{result.law_date:%d/%m/%Y}")
    st.header(f"{t('res.titre_dossier')} {md(result.case_id)}")
    st.caption(f"{md(label)} · {law} · {t('res.regles')} {md(result.ruleset_version)}")
    if not result.qualifications:
        st.info(t("res.aucune"))
    show_principal(result, names)
    if result.warnings:
        st.markdown(f"### {t('res.avertissements')}")
        for w in result.warnings:
            st.warning(md(w.message))
    st.header(t("res.details"))
    show_statements(case, names)
    show_panels(result)
    show_qualifications(result, names)
