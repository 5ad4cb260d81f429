"""Page « Règles encodées » : chaque infraction, ses versions, éléments, circonstances et texte officiel."""

from __future__ import annotations

import datetime as dt

import service
import streamlit as st
from affichage import date_fr, md

FAMILY = {
    "traite": "traite des êtres humains",
    "proxenetisme": "proxénétisme",
    "recours_prostitution": "recours à la prostitution",
}


def span(valid_from: dt.date | None, valid_to: dt.date | None) -> str:
    start = "date d'entrée en vigueur non établie"
    if valid_from:
        start = f"en vigueur depuis le {date_fr(valid_from)}"
    end = f", jusqu'au {date_fr(valid_to)}" if valid_to else ", toujours en vigueur"
    return start + end


def text_refs(offence: service.Offence) -> list[tuple[str, str]]:
    """Every (file, article) an offence quotes, in order of first use."""
    found = []
    for v in offence.versions:
        found += [v.text] + [e.text or v.text for e in v.elements] + [a.text for a in v.aggravations]
    if offence.attempt:
        found.append(offence.attempt.text)
    return list(dict.fromkeys((ref.file, ref.article) for ref in found))


book = service.rulebook()
st.title("Règles encodées")
st.caption(
    f"{len(book.offences)} infractions · version des règles {md(book.version_hash)} · "
    "classées de la plus protectrice à la moins protectrice pour la victime."
)

for offence in sorted(book.offences.values(), key=lambda o: (o.protection_rank, o.article)):
    st.subheader(f"Art. {md(offence.article)} — {md(offence.label)}")
    st.caption(f"{md(offence.code)} · {FAMILY.get(offence.family, offence.family)} · fichier {md(book.files[offence.id])}")
    if offence.attempt:
        st.markdown(f"**Tentative punissable** (art. {md(offence.attempt.article)}) : « *{md(offence.attempt.quote)}* »")
    for version in offence.versions:
        with st.container(border=True):
            st.markdown(f"**Version {md(version.id)}** : {span(version.valid_from, version.valid_to)}")
            st.caption(f"Historique : {md(version.history)}")
            st.markdown(
                f"**Nature :** {md(version.nature)} · **Peine :** {md(version.penalty.summary())} — "
                f"« *{md(version.penalty.quote)}* »"
            )
            st.markdown(
                "**Éléments constitutifs**\n\n"
                + "\n".join(
                    f"- **{md(e.label)}** ({md(e.kind)}, art. {md(e.article)}) — « *{md(e.quote)}* »" for e in version.elements
                )
            )
            if version.aggravations:
                st.markdown(
                    "**Circonstances aggravantes**\n\n"
                    + "\n".join(
                        f"- **art. {md(a.article)}** : {md(a.label)} — {md(a.nature)}, {md(a.penalty.summary())}"
                        for a in version.aggravations
                    )
                )
    for file, article in text_refs(offence):
        with st.expander(f"Texte de l'article {article} ({file})"):
            text = service.article_text(file, article)
            st.text(text if text is not None else "Texte non fourni dans rules/texts/.", width="stretch")
