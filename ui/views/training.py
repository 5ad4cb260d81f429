"""Page « Cas pratiques » : read a case, answer with widgets, get the graded correction, reveal hints step by step."""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from ui import service
from ui.display import md
from ui.i18n import t, t_or

STATUSES = ("established", "to_establish", "excluded")
MARK = {"juste": ":green-badge[{}]", "manqué": ":orange-badge[{}]", "erroné": ":red-badge[{}]"}
VERDICT = {"juste": "train.verdict.juste", "manqué": "train.verdict.manque", "erroné": "train.verdict.errone"}


def state() -> dict[str, Any]:
    value: dict[str, Any] = st.session_state.setdefault("train", {})
    return value


def start(case_id: str, again: bool = False) -> None:
    """A new attempt: the clock starts when the case is shown; starting again gives the widgets fresh keys."""
    s = state()
    s.update(
        case=case_id,
        started=dt.datetime.now(dt.UTC),
        round=s.get("round", 1) + 1 if again else 1,
        hints=0,
        shown={},
        after={},
        log=[],
        grade=None,
        attempt=None,
    )


def key(*parts: str) -> str:
    return ":".join(("train", state()["case"], str(state()["round"]), *parts))


def paragraphs(text: str) -> str:
    return "\n\n".join(md(p) for p in text.split("\n\n") if p.strip())


def status_word(status: str) -> str:
    return t_or(f"train.statut.{status}", status)


def actors_toward(tc: service.TrainingCase, victim: str) -> list[str]:
    return sorted({a.actor for a in tc.case.acts if a.target == victim and a.actor != victim})


def answer_widgets(tc: service.TrainingCase) -> None:
    """One block per victim: principal, articles per perpetrator with their status, flags with their status."""
    articles = service.answer_articles()
    flags = service.flag_kinds()
    for victim in tc.victims():
        with st.container(border=True):
            st.markdown(f"#### {t('train.victime', victime=md(victim))}")
            st.selectbox(
                t("train.principale"),
                [None, *[a for a in articles if not a.endswith(service.ATTEMPT_SUFFIX)]],
                key=key("p", victim),
                format_func=lambda a: t("train.aucune") if a is None else service.article_label(a),
            )
            for perp in actors_toward(tc, victim):
                typed = st.text_input(
                    t("train.articles", auteur=perp, victime=victim),
                    key=key("q", perp, victim),
                    placeholder=t("train.articles_exemple"),
                    help=t("train.articles_aide"),
                )
                chosen, unknown = service.parse_articles(typed, articles)
                for word in unknown:
                    st.error(t("train.article_inconnu", article=md(word[:80])))
                if chosen:
                    st.caption(" · ".join(md(service.article_label(a)) for a in chosen))
                cols = st.columns(3)
                for i, article in enumerate(chosen):
                    cols[i % 3].selectbox(
                        t("train.statut", article=article), STATUSES, key=key("s", perp, victim, article), format_func=status_word
                    )
            options = [k for k, (_, _, subject) in flags.items() if subject == "personne"]
            options += [f"client_prosecution|{c}>{victim}" for c in actors_toward(tc, victim) if "client_prosecution" in flags]
            picked = st.multiselect(
                t("train.signalements"), options, key=key("f", victim), format_func=lambda o: flag_label(o, flags)
            )
            cols = st.columns(3)
            for i, option in enumerate(picked):
                kind = option.split("|")[0]
                cols[i % 3].selectbox(
                    t("train.statut_signalement", signalement=kind),
                    flags[kind][1],
                    key=key("fs", victim, option),
                    format_func=status_word,
                )


def flag_label(option: str, flags: dict[str, tuple[str, list[str], str]]) -> str:
    kind, _, person = option.partition("|")
    return f"{flags[kind][0]}" + (f" — {person}" if person else "")


def read_answer(tc: service.TrainingCase) -> service.Answer:
    """The answer entered in the widgets of this attempt."""
    ss = st.session_state
    principal, quals, flags = [], [], []
    for victim in tc.victims():
        if article := ss.get(key("p", victim)):
            principal.append(service.AnsweredPrincipal(victim=victim, article=article))
        for perp in actors_toward(tc, victim):
            for article in service.parse_articles(ss.get(key("q", perp, victim), ""), service.answer_articles())[0]:
                mode = "tentative" if article.endswith(service.ATTEMPT_SUFFIX) else "consomme"
                quals.append(
                    service.AnsweredQualification.model_validate(
                        {
                            "article": article.removesuffix(service.ATTEMPT_SUFFIX),
                            "perpetrator": perp,
                            "victim": victim,
                            "status": ss.get(key("s", perp, victim, article), "established"),
                            "mode": mode,
                        }
                    )
                )
        for option in ss.get(key("f", victim), []):
            kind, _, person = option.partition("|")
            status = ss.get(key("fs", victim, option)) or service.flag_kinds()[kind][1][0]
            flags.append(service.AnsweredFlag(kind=kind, person=person or victim, status=status))
    return service.Answer(principal=principal, qualifications=quals, flags=flags)


def give_hint(tc: service.TrainingCase) -> None:
    s = state()
    found = service.next_hint(service.grade_training(tc, read_answer(tc)), s["shown"])
    if found is None:
        s["log"].append(t("train.plus_indice"))
        return
    item, hint = found
    s["shown"][item.key] = hint.level
    s["hints"] += 1
    s["log"].append(t("train.indice_niveau", niveau=hint.level) + " " + hint.text)


def submit(tc: service.TrainingCase, trainee: str) -> None:
    s = state()
    s["grade"] = service.grade_training(tc, read_answer(tc))
    s["elapsed"] = int((dt.datetime.now(dt.UTC) - s["started"]).total_seconds())
    s["attempt"], s["error"] = None, None
    if not trainee.strip():
        s["error"] = t("train.non_enregistre")
        return
    try:
        s["attempt"] = service.record_training_attempt(s["grade"], trainee, s["started"], s["hints"])
    except (ValueError, service.LibraryFileError) as exc:  # a bad pseudonym; a busy, full or read-only file
        s["error"] = str(exc)


def show_item(item: service.GradedItem) -> None:
    """A graded item. A missed one offers its hints first, one per click; the engine's answer and the
    explanation come when the hints are used up or the trainee asks for the correction."""
    label = MARK[item.verdict].format(t(VERDICT[item.verdict])) + " " + md(item.label)
    with st.expander(label, expanded=item.verdict != "juste"):
        given = status_word(item.given) if item.given and item.kind != "principale" else item.given
        expected = status_word(item.expected) if item.expected and item.kind != "principale" else item.expected
        s = state()
        level = s["after"].get(item.key, 0)
        shown = item.verdict == "juste" or level >= len(item.hints) or level < 0
        answer = f" · **{t('train.reponse_moteur')} :** {md(expected or t('train.non_retenu'))}" if shown else ""
        st.markdown(f"**{t('train.votre_reponse')} :** {md(given or '—')}{answer}")
        if item.verdict == "juste":
            st.markdown("\n".join(f"- {md(line)}" for line in item.explanation[:1]))
            return
        for hint in item.hints[: max(level, 0) if level >= 0 else len(item.hints)]:
            st.info(t("train.indice_niveau", niveau=hint.level) + " " + md(hint.text))
        if not shown:
            c1, c2 = st.columns(2)
            if c1.button(t("train.indice_suivant"), key=key("h", item.key)):
                s["after"][item.key] = level + 1
                st.rerun()
            if c2.button(t("train.voir_correction"), key=key("c", item.key)):
                s["after"][item.key] = -1
                st.rerun()
            return
        st.markdown(f"**{t('train.explication')}**\n\n" + "\n".join(f"- {md(line)}" for line in item.explanation))


def show_grade(tc: service.TrainingCase) -> None:
    s = state()
    g: service.Grade = s["grade"]
    st.header(t("train.correction"))
    c1, c2, c3 = st.columns(3)
    c1.metric(t("train.score"), f"{g.score:.0%}".replace("%", " %"), help=t("train.score_aide", justes=g.correct, total=g.total))
    c2.metric(t("train.duree"), t("train.duree_valeur", minutes=s["elapsed"] // 60, secondes=s["elapsed"] % 60))
    c3.metric(t("train.indices_utilises"), s["hints"])
    if s.get("attempt"):
        st.success(t("train.enregistre", n=s["attempt"]))
    elif s.get("error"):
        st.warning(md(s["error"]))
    st.dataframe(
        [
            {
                t("train.col.article"): a.topic,
                t("train.col.justes"): f"{a.correct}/{a.total}",
                t("train.col.taux"): round(100 * a.rate),
            }
            for a in g.by_article
        ],
        hide_index=True,
        width="stretch",
    )
    for item in g.items:
        show_item(item)
    for text in g.ignored:
        st.caption(md(text))
    with st.expander(t("train.notes")):
        st.markdown(paragraphs(tc.teaching_notes))


st.title(t("train.titre"))
st.caption(t("train.aide"))
try:
    cases = service.training_cases()
except service.TrainingCaseError as exc:
    st.error(md(exc))
    st.stop()

# pseudonym and case survive a visit to another page (Streamlit forgets the widgets it does not draw)
saved = st.session_state.setdefault("train_saved", {"pseudo": "", "case": next(iter(cases))})
trainee = st.text_input(
    t("train.pseudonyme"), value=saved["pseudo"], key="train_pseudo", max_chars=64, help=t("train.pseudonyme_aide")
)
ids = list(cases)
case_id = st.selectbox(
    t("train.cas"),
    ids,
    index=ids.index(saved["case"]) if saved["case"] in cases else 0,
    key="train_cas",
    format_func=lambda c: f"{c} — {cases[c].title} ({cases[c].level})",
)
saved.update(pseudo=trainee, case=case_id)
tc = cases[case_id]
if state().get("case") != case_id:
    start(case_id)

st.header(md(tc.title))
st.markdown(paragraphs(tc.narrative))
st.dataframe(
    [
        {t("train.col.id"): p.id, t("train.col.nom"): p.name or "", t("train.col.roles"): ", ".join(p.roles)}
        for p in tc.case.persons
    ],
    hide_index=True,
)

if state()["grade"] is None:
    st.markdown(f"### {t('train.reponse')}")
    answer_widgets(tc)
    c1, c2 = st.columns(2)
    if c1.button(t("train.indice"), key=key("indice")):
        give_hint(tc)
    for line in state()["log"]:
        st.info(md(line))
    if c2.button(t("train.valider"), type="primary", key=key("valider")):
        submit(tc, trainee)
        st.rerun()
else:
    show_grade(tc)
    if st.button(t("train.recommencer"), key=key("recommencer")):
        start(case_id, again=True)
        st.rerun()
