"""The « Complicité et participation » section of the entry page: who aided, provoked or instructed another's act (121-7).

Drawn like the « Déclarations » (ui/statements.py): a card per participation, bound to the draft through ui/form.py,
keys independent of labels, values re-seeded from the draft. Its three-valued facts are the model's
(:data:`FACTS`): a fact added to ``Participation`` is asked here. The means are asked for a provocation only;
hidden, they keep their value in the draft, and their refusal for another form shows under the form.
« Pourquoi cette question ? » cites 121-7 (rules/participation.yaml): complicity is one generic reading
(engine/reasoning/participation.py) that no rule file's condition names, so engine/reasoning/fact_uses.py cannot list it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from typing import Any

import streamlit as st

from ui import draft as b
from ui import form as f
from ui import service
from ui.display import md
from ui.i18n import lang, t, t_in, t_or

FACTS = tuple(service.tri_fields("Participation"))  # knowingly, facilitated, constrained… in the model's order


@cache
def why_text(field: str, language: str) -> str:
    """« Pourquoi cette question ? » for a participation field: the forms of 121-7 that read it, with their words;
    for ``constrained``, the flags and rights an act committed under constraint feeds."""
    rows = service.complicity_why(field)
    lines = [t_in(language, "pourquoi.complicite")] if rows else []
    lines += [f"- **{md(article)}** — {md(label)} : « *{md(quote)}* »" for article, label, quote in rows]
    if field == "knowingly":
        lines.append(t_in(language, "pourquoi.sciemment_al2"))
    if field == "constrained" and (rights := service.complicity_protection()):
        lines += [t_in(language, "pourquoi.contrainte"), *f.protection_lines(rights, language)]
    return "\n".join(lines) or t_in(language, "pourquoi.aucun")


def why(uid: str, field: str) -> None:
    f.why_box(uid, field, lambda: why_text(field, lang()))


def _names(d: dict[str, Any]) -> dict[str, str]:
    return {str(p["id"]): str(p.get("name") or p["id"]) for p in d["persons"] if p.get("id")}


def act_label(d: dict[str, Any]) -> Callable[[str], str]:
    """An act by its kind, author, target and date, persons by name: « Recruter — Karim → Léa, 03/09/2022 »."""
    names, acts = _names(d), {str(a.get("id")): a for a in d["acts"]}

    def label(aid: str) -> str:
        a = acts.get(aid, {})
        kind = f.kind(a["kind"]) if a.get("kind") else t("saisie.acte")
        who = " → ".join(names.get(str(a.get(k)), "?") for k in ("actor", "target"))
        try:
            when = f", {dt.date.fromisoformat(str(a.get('date'))):%d/%m/%Y}"
        except ValueError:
            when = ""
        return f"{kind} — {who}{when}"

    return label


def participation_card(
    d: dict[str, Any], i: int, p: dict[str, Any], who: Callable[[str], str], problems: list[tuple[str, str]]
) -> None:
    uid, path = p["_uid"], f"participation[{i}]"
    with st.container(border=True):
        c1, c2, c3 = st.columns(3)
        with c1:
            acts = [str(a["id"]) for a in d["acts"] if a.get("id")]
            f.select(p, "act", f.label("Participation", "act"), uid, acts, act_label(d), problems, f"{path}.act")
            f.select(p, "person", f.label("Participation", "person"), uid, b.person_ids(d), who, problems, f"{path}.person")
        with c2:
            kinds = service.participation_kinds()
            kind = f.label("Participation", "kind")
            f.select(p, "kind", kind, uid, list(kinds), lambda k: t_or(f"complicite.{k}", kinds[k]), problems, f"{path}.kind")
            why(uid, "kind")
            if p.get("kind") == "provocation":
                means = service.provocation_means()
                label = f.label("Participation", "means")
                f.multi(p, "means", label, uid, list(means), lambda m: t_or(f"moyen.{m}", means[m]), problems, f"{path}.means")
                why(uid, "means")
            else:  # hidden: the means stay in the draft; a refusal of them is shown here, beside the form to change
                f.errors(problems, f"{path}.means")
        with c3:
            for field in FACTS:
                f.tri(p, field, f.label("Participation", field), uid, problems, f"{path}.{field}")
                why(uid, field)
        f.date(p, "date", f.label("Participation", "date"), uid, problems, f"{path}.date")
        f.text(p, "description", f.label("Participation", "description"), uid, problems, f"{path}.description")
        name = _names(d).get(str(p.get("person")))
        what = t("form.la_complicite_de", nom=name) if name else t("form.la_complicite", n=i + 1)
        f.delete_button(d, "participation", uid, what)


def participation_section(d: dict[str, Any], who: Callable[[str], str], problems: list[tuple[str, str]]) -> None:
    st.markdown(f"**{t('saisie.complicite')}**")
    st.caption(t("saisie.complicite_aide"))
    for i, p in enumerate(d.setdefault("participation", [])):  # a draft kept before this section had none
        participation_card(d, i, p, who, problems)
    f.add_button(d, "participation", t("saisie.ajouter_complicite"), "add_participation", {}, "act")
