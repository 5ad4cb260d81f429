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
    st.subheader(f"Art. {md(offence.article)} — {md(offence.label)}")
    st.caption(
        f"{md(offence.code)} · {md(offence.family)} · {t('regles.rang')} {offence.protection_rank} · "
        f"{t('regles.fichier')} {md(file)}"
    )
    if offence.attempt:
        st.markdown(f"**{t('regles.tentative')}** (art. {md(offence.attempt.article)}) : « *{md(offence.attempt.quote)}* »")
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
        if scenarios:
            st.markdown("\n".join(f"- `{md(file)}` — {md(title)}" for file, title in scenarios))
        else:
            st.caption(t("regles.aucun_scenario"))
    for article, text in service.offence_texts(offence.id):
        with st.expander(t("regles.texte", article=article)):
            st.text(text)


book = service.rulebook()
st.title(t("regles.titre"))
st.caption(t("regles.aide", n=len(book.offences), version=md(book.version_hash)))
query = st.text_input(t("regles.filtre"), key="regles_filtre").strip().lower()
for offence in sorted(book.offences.values(), key=lambda o: (o.protection_rank, o.article)):
    if query and query not in f"{offence.article} {offence.label} {offence.family}".lower():
        continue
    show_offence(offence, book.files[offence.id])
