"""Widgets bound to the draft: each reads its value from the draft, writes it back, and shows its errors.

A widget key is ``f:<lang>:<uid>:<field>``; its value is seeded from the draft when Streamlit has none (first
draw, after a page change) and copied back after the draw, so nothing typed is ever lost.

The language is part of the key because Streamlit sends a choice widget's value (radio, selectbox,
multiselect) as its *formatted label*: after a language switch the browser would send « non » to a radio
whose labels are now « yes/no/unknown », Streamlit would not find it and reset the widget to its default
(index 0 = oui), which would then be written into the draft. With the language in the key, a switch
draws new widgets, seeded from the draft; the other language's keys are dropped (:func:`forget_other_languages`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import Any

import streamlit as st

from ui import service
from ui.date_text import compose
from ui.display import date_fr, md
from ui.draft import LISTS, new_uid, pair_from_uid, problems_at, remove, text_value
from ui.i18n import lang, t, t_in, t_or

TRI_OPTIONS: tuple[bool | None, ...] = (True, False, None)
MIN_DATE, MAX_DATE = dt.date(service.MIN_YEAR, 1, 1), dt.date(service.MAX_YEAR, 12, 31)  # the case model's range


def prefix(language: str | None = None) -> str:
    """The key prefix of the form's widgets in ``language`` (the session's by default)."""
    return f"f:{language or lang()}:"


def key_of(uid: str, field: str) -> str:
    return f"{prefix()}{uid}:{field}"


def label(model: str, field: str) -> str:
    return t_or(f"field.{model}.{field}", service.model_label(model, field))


def kind(value: str) -> str:
    return t_or(f"kind.{value}", service.kind_label(value))


def purpose(value: str) -> str:
    return t_or(f"purpose.{value}", service.purpose_label(value))


def cause(value: str) -> str:
    return t_or(f"cause.{value}", service.cause_label(value))


def message(value: str) -> str:
    return t_or(f"message.{value}", service.message_label(value))


def obtained(value: str) -> str:
    return t_or(f"obtained.{value}", service.obtained_label(value))


def place(value: str) -> str:
    return t_or(f"place.{value}", service.place_label(value))


def tri_word(value: bool | None) -> str:
    return t({True: "tri.oui", False: "tri.non", None: "tri.inconnu"}[value])


def _seed(key: str, value: Any) -> None:
    if key not in st.session_state:
        st.session_state[key] = value


def errors(problems: list[tuple[str, str]], path: str | None) -> None:
    """The messages for this field, under it (the list at the top of the page names the field)."""
    if path:
        for msg in problems_at(problems, path):
            st.error(md(msg), icon="⚠️")


# The case-model class of a field, from its path in the case (« acts[2].coercion » → Act; « organised_gang » → Case).
PATH_MODELS = {"persons": "Person", "acts": "Act", "relationships": "Relationship", "knowledge": "Knowledge"}
_ITEM = re.compile(r"^(?P<list>[a-z_]+)\[(?P<index>\d+)\](?:\.(?P<field>[a-z0-9_]+))?")
ITEM_MODELS = {
    **PATH_MODELS,
    "participation": "Participation",
    "victim_conduct": "VictimConduct",
    "findings": "Finding",
    "statements": "Statement",
}


def _who(draft: dict[str, Any], pid: Any) -> str:
    person: dict[str, Any] = next((p for p in draft.get("persons") or [] if p.get("id") == pid), {})
    return f"{person['name']} ({pid})" if person.get("name") else str(pid or "?")


def _field_label(model: str, field: str) -> str:
    return label(model, field) if field in service.MODELS[model].model_fields else field


def place_of(draft: dict[str, Any], path: str) -> str:
    """A problem's place in words: « Acte a2 — auteur de l'acte », « Personne Léa (p1) — rôles », « Dossier — … »."""
    found = _ITEM.match(path)
    if not found or found["list"] not in ITEM_MODELS:
        field = path.split(".")[0].split("[")[0]
        return f"{t('probleme.dossier')} — {_field_label('Case', field)}" if field else t("probleme.dossier")
    name, index = found["list"], int(found["index"])
    items = draft.get(name) or []
    entry: dict[str, Any] = items[index] if index < len(items) else {}
    ident = str(entry.get("id") or index + 1)
    if name == "persons":
        what = t("probleme.personne", nom=_who(draft, entry.get("id")) if entry.get("id") else ident)
    elif name == "acts":
        what = t("probleme.acte", id=ident)
    elif name == "relationships":
        what = t("probleme.lien", auteur=_who(draft, entry.get("person")), victime=_who(draft, entry.get("other")))
    elif name == "knowledge":
        what = t("probleme.connaissance", auteur=_who(draft, entry.get("person")), victime=_who(draft, entry.get("about")))
    elif name == "victim_conduct":
        what = t("probleme.comportement", id=ident)
    elif name == "statements":
        what = t("probleme.declaration", id=ident)
    elif name == "participation":
        what = t("probleme.complicite", n=index + 1)
    else:
        what = t("probleme.constat", n=index + 1)
    return f"{what} — {_field_label(ITEM_MODELS[name], found['field'])}" if found["field"] else what


# the page's order
SECTIONS = ("persons", "acts", "participation", "relationships", "knowledge", "victim_conduct", "findings", "statements")


def in_page_order(problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The problems in the order of the page (the case, then persons, acts, links…), each list by index."""

    def where(problem: tuple[str, str]) -> tuple[int, int]:
        found = _ITEM.match(problem[0])
        if found and found["list"] in SECTIONS:
            return SECTIONS.index(found["list"]) + 1, int(found["index"])
        return (0, 0) if problem[0] else (-1, 0)

    return sorted(problems, key=where)


def widget_of(draft: dict[str, Any], path: str) -> str | None:
    """The key of the widget where a problem's field is typed (None when none is: a list, a whole item)."""
    found = _ITEM.match(path)
    if found and found["list"] in ITEM_MODELS:
        items = draft.get(found["list"]) or []
        index = int(found["index"])
        if index >= len(items) or not found["field"]:
            return None
        field = "_co_actors" if found["field"] == "co_actors" else found["field"]
        return key_of(str(items[index]["_uid"]), field)
    field = path.split(".")[0].split("[")[0]
    return key_of(str(draft["_uid"]), field) if field else None


_PATH = re.compile(r"^(?:(?P<list>[a-z_]+)\[\d+\]\.)?(?P<field>[a-z0-9_]+)$")


def model_of(path: str | None) -> tuple[str, str] | None:
    """(model, field) of a form path, or None for a path no article can read (victim conduct, findings)."""
    found = _PATH.match(path or "")
    if not found:
        return None
    model = PATH_MODELS.get(found["list"]) if found["list"] else "Case"
    return (model, found["field"]) if model else None


@cache
def why_text(model: str, field: str, language: str) -> str:
    """The markdown of « Pourquoi cette question ? » for a field (made once per field and language)."""
    rows, rights = service.field_readers(model, field), service.protection_readers(model, field)
    if not rows and not rights:
        return t_in(language, "pourquoi.aucun")
    lines = [t_in(language, "pourquoi.aide")] if rows else []
    for article, start, end, parts in rows:
        when = (
            t_in(language, "pourquoi.periode", debut=date_fr(start), fin=date_fr(end))
            if end
            else t_in(language, "pourquoi.depuis", debut=date_fr(start))
        )
        lines.append(f"- **{md(article)}** ({when})")
        for part, part_article, part_label in parts:
            word = t_in(language, "pourquoi.element" if part == "element" else "pourquoi.circonstance")
            lines.append(f"    - {word} {md(part_article)} : {md(part_label)}")
    if rights:
        lines += [t_in(language, "pourquoi.protection"), *protection_lines(rights, language)]
    return "\n".join(lines)


def protection_lines(rights: Sequence[tuple[str, str, tuple[str, ...]]], language: str) -> list[str]:
    """The flags and rights that read a field, one bullet each: « - signalement : … (texts) »."""
    words = {"flag": t_in(language, "pourquoi.signalement"), "right": t_in(language, "pourquoi.droit")}
    return [f"- {words.get(category, words['right'])} : {md(label)} ({md(' ; '.join(refs))})" for category, label, refs in rights]


def why(path: str | None, uid: str, field: str) -> None:
    """« Pourquoi cette question ? » under a question of fact: the articles and parts that read it. Its key
    names the item and field, never the label: a language switch keeps it open or closed."""
    found = model_of(path)
    if found:
        why_box(uid, field, lambda: why_text(*found, lang()))


def why_box(uid: str, field: str, text: Callable[[], str]) -> None:
    """The « Pourquoi cette question ? » expander of a field; ``text`` is made only while it is open (its opening
    reruns the page): a light form."""
    with st.expander(t("pourquoi.titre"), key=f"why:{uid}:{field}", on_change="rerun") as box:
        if box.open:
            st.markdown(text())


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def tri(
    target: dict[str, Any], field: str, text: str, uid: str, problems: list[tuple[str, str]], path: str | None = None
) -> None:
    """Three-valued fact: oui / non / inconnu."""
    key = key_of(uid, field)
    _seed(key, target.get(field))
    words = {v: tri_word(v) for v in TRI_OPTIONS}  # labels fixed at draw time, in the session's language
    st.radio(text, TRI_OPTIONS, key=key, horizontal=True, format_func=words.__getitem__)
    target[field] = st.session_state[key]
    errors(problems, path)
    why(path, uid, field)


def date(
    target: dict[str, Any], field: str, text: str, uid: str, problems: list[tuple[str, str]], path: str | None = None
) -> None:
    key = key_of(uid, field)
    _seed(key, _parse_date(target.get(field)))
    st.date_input(text, key=key, value=None, format="DD/MM/YYYY", min_value=MIN_DATE, max_value=MAX_DATE)
    value = st.session_state[key]
    target[field] = value.isoformat() if isinstance(value, dt.date) else None
    errors(problems, path)


def text(
    target: dict[str, Any],
    field: str,
    label_text: str,
    uid: str,
    problems: list[tuple[str, str]],
    path: str | None = None,
    *,
    area: bool = False,
) -> None:
    key = key_of(uid, field)
    _seed(key, str(target.get(field) or ""))
    if area:
        st.text_area(label_text, key=key, height=120)
    else:
        st.text_input(label_text, key=key)
    target[field] = text_value(target.get(field), st.session_state[key])
    errors(problems, path)


def number(
    target: dict[str, Any],
    field: str,
    text: str,
    uid: str,
    problems: list[tuple[str, str]],
    path: str | None = None,
    *,
    maximum: int = 3650,
) -> None:
    key = key_of(uid, field)
    _seed(key, target.get(field))
    st.number_input(text, key=key, value=None, min_value=0, max_value=maximum, step=1)
    value = st.session_state[key]
    target[field] = int(value) if value is not None else None
    errors(problems, path)


def choice(
    target: dict[str, Any],
    field: str,
    text: str,
    uid: str,
    options: Sequence[str],
    fmt: Callable[[str], str],
    problems: list[tuple[str, str]],
    path: str | None = None,
    *,
    several: bool,
) -> None:
    """One choice (a value no longer among the options, a deleted person, becomes empty) or several."""
    key = key_of(uid, field)
    if several:
        _seed(key, [v for v in target.get(field) or [] if v in options])
    else:
        _seed(key, target.get(field))
        if st.session_state[key] not in options:
            st.session_state[key] = None
    labels = {o: fmt(o) for o in options}  # fixed at draw time, in the session's language
    if several:
        st.multiselect(text, list(options), key=key, format_func=labels.__getitem__, placeholder=t("form.choisir"))
        target[field] = list(st.session_state[key])
    else:
        st.selectbox(text, list(options), key=key, index=None, format_func=labels.__getitem__, placeholder=t("form.choisir"))
        target[field] = st.session_state[key]
    errors(problems, path)


select = partial(choice, several=False)
multi = partial(choice, several=True)


def checkbox(target: dict[str, Any], field: str, text: str, uid: str) -> None:
    key = key_of(uid, field)
    _seed(key, bool(target.get(field)))
    st.checkbox(text, key=key)
    target[field] = bool(st.session_state[key])


def delete_button(draft: dict[str, Any], list_name: str, uid: str, what: str) -> None:
    """The delete button of a card, naming its object (« Supprimer la déclaration d1 »)."""
    if st.button(t("form.supprimer_objet", objet=what), key=f"del:{uid}"):
        remove(draft, list_name, uid)
        st.rerun()


def add_button(draft: dict[str, Any], list_name: str, label: str, key: str, item: dict[str, Any], focus: str) -> None:
    """« Ajouter … »: a new item (``item`` with a fresh uid) at the end of the list; the keyboard goes to its ``focus`` field."""
    if st.button(label, key=key):
        uid = new_uid()
        draft[list_name].append({"_uid": uid, **item})
        st.session_state["_focus"] = key_of(uid, focus)
        st.rerun()


def sync(draft: dict[str, Any]) -> None:
    """Copy every bound widget's current value into the draft (for button callbacks, which run before
    the page redraws and so before the widgets write back). Pair entries created by a widget are added."""
    items: dict[str, dict[str, Any]] = {str(draft["_uid"]): draft}
    for name in LISTS:
        items.update({str(i["_uid"]): i for i in draft.get(name, [])})
    start = prefix()
    for key, value in list(st.session_state.items()):
        if not str(key).startswith(start):
            continue
        uid, field = str(key)[len(start) :].rsplit(":", 1)
        target = items.get(uid)
        if target is None and value is not None:
            target = pair_from_uid(draft, uid)
            if target is None:
                continue
            items[uid] = target
            draft[uid.split(":")[1]].append(target)
        if target is not None:
            value = text_value(target.get(field), value) if value == "" else value
            target[field] = value.isoformat() if isinstance(value, dt.date) else value
    for target in items.values():  # a date known to the month or the year: from its year and month (ui/date_text.py)
        for field in [str(k)[1 : -len("_precision")] for k in list(target) if str(k).endswith("_precision")]:
            compose(target, field)


def forget_widgets() -> None:
    """Drop every bound widget value (a new draft was loaded: widgets reseed from it)."""
    for key in [k for k in st.session_state if str(k).startswith("f:")]:
        del st.session_state[key]


def forget_other_languages() -> None:
    """Drop the values of the widgets drawn in another language: switching back reseeds them from the draft
    (which holds what was changed meanwhile) instead of restoring what they held before the switch."""
    mine = prefix()
    for key in [k for k in st.session_state if str(k).startswith("f:") and not str(k).startswith(mine)]:
        del st.session_state[key]


def entered_text(model: str, field: str, value: Any) -> str:
    """A value as entered, in words (oui/non, a choice's label, a number)."""
    words = {"purposes": purpose, "message_nature": message, "place": place, "vulnerability_causes": cause}
    if isinstance(value, list):
        return ", ".join(words.get(field, str)(str(v)) for v in value)
    if value is None or isinstance(value, bool):
        return tri_word(value)
    return words.get(field, str)(str(value))


def kept(target: dict[str, Any], model: str, fields: Sequence[str], *, fold: bool = True) -> None:
    """The values the case holds for questions not asked here (no rule reads them): shown as entered, folded
    (``fold=False`` inside a folded box already), never changed; the draft, the classification and the export keep them."""
    shown = [(field, target[field]) for field in fields if target.get(field) not in (None, [])]
    if not shown:
        return
    lines = "\n".join(f"- {md(label(model, field))} : {md(entered_text(model, field, v))}" for field, v in shown)
    title = t("saisie.autres_faits_saisis", n=len(shown))
    with st.expander(title) if fold else st.container():
        if not fold:
            st.markdown(f"**{title}**")
        st.caption(t("saisie.autres_faits_saisis_aide"))
        st.markdown(lines)
