"""Page « Suivi formateur » : success rates per article and per case, attempts, CSV export (local SQLite file)."""

from __future__ import annotations

import streamlit as st

from ui import service
from ui.display import md
from ui.i18n import t


def percent(rate: float) -> int:
    return round(100 * rate)


def titles() -> dict[str, str]:
    try:
        return {c.id: c.title for c in service.training_cases().values()}
    except service.TrainingCaseError as exc:  # the statistics stay readable when a case file is broken
        st.warning(md(exc))
        return {}


st.title(t("trainer.titre"))
st.caption(t("trainer.aide", chemin=md(service.library_path())))
everyone = service.training_attempts()
if not everyone:
    st.info(t("trainer.vide"))
    st.stop()

trainees = sorted({a.trainee for a in everyone})
who = st.selectbox(t("trainer.auditeur"), [None, *trainees], key="trainer_auditeur", format_func=lambda w: w or t("trainer.tous"))
names = titles()

st.markdown(f"## {t('trainer.par_article')}")
st.dataframe(
    [
        {
            t("trainer.col.article"): r.article,
            t("trainer.col.tentatives"): r.attempts,
            t("trainer.col.justes"): f"{r.correct}/{r.total}",
            t("trainer.col.reussite"): percent(r.success_rate),
        }
        for r in service.article_success_rates(who)
    ],
    hide_index=True,
    width="stretch",
)

st.markdown(f"## {t('trainer.par_cas')}")
st.dataframe(
    [
        {
            t("trainer.col.cas"): r.case_id,
            t("trainer.col.intitule"): names.get(r.case_id, ""),
            t("trainer.col.tentatives"): r.attempts,
            t("trainer.col.auditeurs"): r.trainees,
            t("trainer.col.reussite"): percent(r.success_rate),
            t("trainer.col.duree"): round(r.mean_seconds / 60, 1),
            t("trainer.col.indices"): r.hints_used,
        }
        for r in service.case_success_rates(who)
    ],
    hide_index=True,
    width="stretch",
)

st.markdown(f"## {t('trainer.tentatives')}")
st.dataframe(
    [
        {
            t("trainer.col.numero"): a.id,
            t("trainer.col.auditeur"): a.trainee,
            t("trainer.col.cas"): a.case_id,
            t("trainer.col.fin"): f"{a.finished.astimezone():%d/%m/%Y %H:%M}",
            t("trainer.col.duree"): round(a.seconds / 60, 1),
            t("trainer.col.score"): percent(a.score),
            t("trainer.col.indices"): a.hints_used,
        }
        for a in service.training_attempts(who)
    ],
    hide_index=True,
    width="stretch",
)
st.download_button(
    t("trainer.csv"),
    service.training_csv(who),
    file_name="suivi_cas_pratiques.csv",
    mime="text/csv",
    key="trainer_csv",
)
