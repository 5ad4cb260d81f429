"""Page « Règles encodées » : each offence, its versions, elements, aggravations, official text and the scenarios testing it."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from ui import service
from ui.display import date_fr, md
from ui.i18n import t


def span(valid_from: dt.date | None, valid_to: dt.date | None) -> str:
    start = t("regles.depuis", date=date_fr(valid_from)) if valid_from else t("regles.debut_inconnu")
    end = t("regles.jusqu_au", date=date_fr(valid_to)) if valid_to else t("regles.toujours")
    return f"{start}{end}"


def show_offence(offence: service.Offence, file: str) -> None:
    st.header(f"Art. {md(offence.article)} — {md(offence.label)}")
    st.caption(
        f"{md(offence.code)} · {md(offence.family)} · {t('regles.rang')} {offence.protection_rank} · "
        f"{t('regles.fichier')} {md(file)}"
    )
    for attempt in offence.attempts:  # each text that punished the attempt, with its dates
        st.markdown(
            f"**{t('regles.tentative')}** (art. {md(attempt.article)}, {span(attempt.valid_from, attempt.valid_to)}) : "
            f"« *{md(attempt.quote)}* »"
        )
    for version in offence.versions:
        with st.container(border=True):
            st.markdown(f"**{t('regles.version')} {md(version.id)}** : {span(version.valid_from, version.valid_to)}")
            st.caption(f"{t('regles.historique')} : {md(version.history)}")
            st.markdown(
                f"**{t('res.nature')} :** {md(version.nature)} · **{t('res.peine')} :** {md(version.penalty.summary())} — "
                f"« *{md(version.penalty.quote)}* »"
            )
            st.markdown(
                f"**{t('regles.elements')}**\n\n"
                + "\n".join(
                    f"- **{md(e.label)}** ({md(e.kind)}, art. {md(e.article)}) — « *{md(e.quote)}* »" for e in version.elements
                )
            )
            if version.aggravations:
                st.markdown(
                    f"**{t('regles.aggravantes')}**\n\n"
                    + "\n".join(
                        f"- **art. {md(a.article)}** : {md(a.label)} — {md(a.nature)}, {md(a.penalty.summary())}"
                        for a in version.aggravations
                    )
                )
    scenarios = service.scenarios_for(offence.article)
    with st.expander(t("regles.scenarios", n=len(scenarios))):
        if not scenarios:
            st.caption(t("regles.aucun_scenario"))
        for file in dict.fromkeys(f for f, _, _ in scenarios):
            st.markdown(f"**{md(file)}**")
            for _, title, steps in (x for x in scenarios if x[0] == file):
                st.markdown(f"*{md(title)}*")
                st.code(steps, language="gherkin")
    for article, text in service.offence_texts(offence.id):
        with st.expander(t("regles.texte", article=article)):
            st.text(text)


MAX_SHOWN = 6  # offences drawn in full at once: the page stays short and fast


book = service.rulebook()
st.title(t("regles.titre"))
st.caption(t("regles.aide", n=len(book.offences), version=md(book.version_hash)))
ordered = sorted(book.offences.values(), key=lambda o: (o.protection_rank, o.article))
query = st.text_input(t("regles.filtre"), key="regles_filtre", placeholder=t("regles.filtre_exemple")).strip()
found = [o for o in ordered if service.matches_offence(o, query)] if query else []
if query and not found:
    st.info(t("regles.aucun_resultat", requete=md(query[:80])))
if not query:  # an index first; one offence drawn in full on demand (lazy)
    st.dataframe(
        [{t("regles.col.article"): o.article, t("regles.col.libelle"): o.label, t("regles.col.versions"): len(o.versions)}
         for o in ordered],
        hide_index=True,
        width="stretch",
    )  # fmt: skip
    chosen = st.selectbox(
        t("regles.ouvrir"), [None, *[o.id for o in ordered]], key="regles_ouvrir",
        format_func=lambda i: t("regles.choisir") if i is None else f"{book.offences[i].article} — {book.offences[i].label}",
    )  # fmt: skip
    found = [book.offences[chosen]] if chosen else []
if len(found) > MAX_SHOWN:
    st.caption(t("regles.trop", n=len(found), max=MAX_SHOWN))
for offence in found[:MAX_SHOWN]:
    show_offence(offence, book.files[offence.id])
