"""Page « Saisir un dossier » : persons, then acts, then circumstances, asking only what is relevant.

The draft (``st.session_state["draft"]``) holds everything typed; validation errors are shown next to
their field and nothing is lost on error, rerun or page change. Import/export in the engine's schema.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import streamlit as st
import yaml

from ui import draft as b
from ui import form as f
from ui import local_draft, service
from ui.display import md
from ui.i18n import t, t_or
from ui.page_dom import focus_widget, scroll_to
from ui.partial_date import partial_date
from ui.participation import participation_section
from ui.statements import statements_section

ROLES = ("victime", "mis_en_cause", "client", "intermediaire", "temoin")
VICTIM_FACTS = ("particular_vulnerability", "economic_precarity", "in_prostitution", "dependence")
AFTER_FACTS = ("complaint_or_testimony", "broke_ties", "exit_programme")
SUSPECT_FACTS = ("armed", "function_public_order", "function_anti_trafficking", "function_anti_prostitution_or_health")
# Every three-valued fact of a relationship, from the model: a field added there is kept here, and asked once a
# rule reads it (family, read by none, is only shown when the case states it).
REL_FACTS = tuple(service.tri_fields("Relationship"))
PROBLEMS_BOX = "problemes"  # the container of the list of problems (scrolled to when no field can be)
log = logging.getLogger("qualif.ui")


def draft() -> dict[str, Any]:
    if "draft" not in st.session_state:
        st.session_state["draft"] = b.new_draft()
    value: dict[str, Any] = st.session_state["draft"]
    return value


def load(case_dict: dict[str, Any], origin: str, *, fresh: bool = False) -> None:
    """Replace the draft by a validated case; the widgets reseed from it. A ``fresh`` (new, empty) case
    deletes the locally kept draft; an imported one is kept as an unsaved draft."""
    st.session_state["draft"] = b.from_case_dict(case_dict)
    st.session_state["problems"] = []
    st.session_state.pop("library_id", None)
    st.session_state.pop("library_version", None)
    st.session_state["origin"] = origin
    f.forget_widgets()
    if fresh:
        local_draft.forget()
    st.rerun()


def person_label(d: dict[str, Any]) -> Any:
    names = {str(p.get("id")): p.get("name") for p in d["persons"]}
    return lambda pid: f"{names.get(pid) or pid} ({pid})" if names.get(pid) else str(pid)


def import_section() -> None:
    with st.expander(t("saisie.importer"), expanded=not draft()["persons"]):
        c1, c2 = st.columns(2)
        with c1:
            st.selectbox(t("saisie.exemple"), list(service.examples()), key="exemple", index=None, placeholder=t("form.choisir"))
            if st.button(t("saisie.charger_exemple"), key="btn_exemple"):
                try:
                    path = service.examples().get(st.session_state.get("exemple") or "")
                    if path is None:
                        raise service.CaseInputError([("", t("saisie.aucun_exemple"))])
                    case = service.parse_case_text(path.read_text(encoding="utf-8"), "yaml")
                    load(b.case_dict(case), t("saisie.origine_exemple", nom=st.session_state["exemple"]))
                except service.CaseInputError as exc:
                    st.session_state["import_problems"] = exc.problems
            st.file_uploader(t("saisie.fichier"), type=["json", "yaml", "yml"], key="fichier")
            if st.button(t("saisie.importer_fichier"), key="btn_fichier"):
                upload = st.session_state.get("fichier")
                try:
                    if upload is None:
                        raise service.CaseInputError([("", t("saisie.aucun_fichier"))])
                    case = service.parse_case_text(service.decode(upload.getvalue()), service.format_of(upload.name))
                    load(b.case_dict(case), t("saisie.origine_fichier", nom=upload.name))
                except service.CaseInputError as exc:
                    st.session_state["import_problems"] = exc.problems
        with c2:
            st.text_area(t("saisie.texte"), key="saisie", height=200, placeholder="id: mon-dossier\npersons: …")
            if st.button(t("saisie.importer_texte"), key="btn_texte"):
                try:
                    fmt: service.Format = "json" if st.session_state.get("saisie", "").lstrip().startswith("{") else "yaml"
                    case = service.parse_case_text(st.session_state.get("saisie", ""), fmt)
                    load(b.case_dict(case), t("saisie.origine_texte"))
                except service.CaseInputError as exc:
                    st.session_state["import_problems"] = exc.problems
            if st.button(t("saisie.nouveau"), key="btn_nouveau"):
                load(b.new_draft(), t("saisie.origine_nouveau"), fresh=True)
        problems = st.session_state.pop("import_problems", None)
        if problems:
            show_problems(problems, t("saisie.import_invalide"))


def show_problems(problems: list[tuple[str, str]], title: str, d: dict[str, Any] | None = None) -> None:
    """Every problem in one list; with the draft ``d``, each named in words (« Acte a2 — auteur de l'acte »)."""
    lines = [
        f"- **{md(f.place_of(d, path) if d is not None else path)}** : {md(msg)}" if path else f"- {md(msg)}"
        for path, msg in problems
    ]
    with st.container(key=PROBLEMS_BOX):
        st.error(f"**{title}**\n\n" + "\n".join(lines))


def scroll_to_first_problem(d: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    """After a refused « Qualifier » or « Enregistrer », the page goes to the first field in error (else to the list)."""
    keys = [key for path, _ in problems[:1] if path and (key := f.widget_of(d, path))]
    scroll_to(keys, PROBLEMS_BOX)


def case_section(d: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    st.header(t("saisie.dossier"))
    uid = d["_uid"]  # new for each loaded case: the browser's copy of the old widgets cannot override it
    c1, c2 = st.columns(2)
    with c1:
        f.text(d, "id", f.label("Case", "id"), uid, problems, "id")
        f.date(d, "period_start", f.label("Case", "period_start"), uid, problems, "period_start")
        f.tri(d, "in_france", f.label("Case", "in_france"), uid, problems, "in_france")
    with c2:
        f.text(d, "title", f.label("Case", "title"), uid, problems, "title")
        f.date(d, "period_end", f.label("Case", "period_end"), uid, problems, "period_end")
        if sum(b.is_suspect(d, pid) for pid in b.person_ids(d)) >= 1:
            f.tri(d, "organised_gang", f.label("Case", "organised_gang"), uid, problems, "organised_gang")
    f.text(d, "narrative", f.label("Case", "narrative"), uid, problems, "narrative", area=True)


def card_header(d: dict[str, Any], list_name: str, uid: str, title: str, what: str) -> None:
    """The title of a person or act card, with its delete button naming its object (« Supprimer la personne Léa »)."""
    head, drop = st.columns([5, 1])
    head.markdown(title)
    if drop.button(t("form.supprimer_objet", objet=what), key=f"del:{uid}"):
        b.remove(d, list_name, uid)
        st.rerun()


def person_card(d: dict[str, Any], i: int, p: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    uid, path = p["_uid"], f"persons[{i}]"
    with st.container(border=True):
        who = str(p.get("name") or p.get("id") or "")
        card_header(d, "persons", uid, f"**{md(who)}** · `{md(p.get('id'))}`", t("form.la_personne", nom=who))
        c1, c2, c3 = st.columns(3)
        with c1:
            f.text(p, "name", f.label("Person", "name"), uid, problems, f"{path}.name")
            f.multi(p, "roles", f.label("Person", "roles"), uid, ROLES, lambda r: t(f"role.{r}"), problems, f"{path}.roles")
        with c2:
            partial_date(p, "birth_date", f.label("Person", "birth_date"), uid, problems, f"{path}.birth_date")
            if not p.get("birth_date"):
                f.number(p, "age", f.label("Person", "age"), uid, problems, f"{path}.age", maximum=120)
        with c3:
            if not p.get("birth_date") and p.get("age") is None:
                f.number(p, "age_min", f.label("Person", "age_min"), uid, problems, f"{path}.age_min", maximum=120)
                f.number(p, "age_max", f.label("Person", "age_max"), uid, problems, f"{path}.age_max", maximum=120)
            if not p.get("birth_date") and (p.get("age") is not None or p.get("age_min") is not None):
                f.date(
                    p, "age_reference_date", f.label("Person", "age_reference_date"), uid, problems, f"{path}.age_reference_date"
                )
        pid = str(p.get("id"))
        if b.is_victim(d, pid):
            victim_facts(d, p, uid, path, problems)
        if b.is_suspect(d, pid):
            with st.expander(t("saisie.qualites_auteur")):
                for field in SUSPECT_FACTS:
                    f.tri(p, field, f.label("Person", field), uid, problems, f"{path}.{field}")
                if pid in b.clients(d):
                    f.tri(
                        p,
                        "repeat_client_offender",
                        f.label("Person", "repeat_client_offender"),
                        uid,
                        problems,
                        f"{path}.repeat_client_offender",
                    )


def victim_facts(d: dict[str, Any], p: dict[str, Any], uid: str, path: str, problems: list[tuple[str, str]]) -> None:
    c1, c2 = st.columns(2)
    with c1:
        f.tri(p, "foreign_national", f.label("Person", "foreign_national"), uid, problems, f"{path}.foreign_national")
        if b.asks_arrival(p):
            f.date(p, "arrival_in_france", f.label("Person", "arrival_in_france"), uid, problems, f"{path}.arrival_in_france")
            f.tri(
                p, "unaccompanied_minor", f.label("Person", "unaccompanied_minor"), uid, problems, f"{path}.unaccompanied_minor"
            )
    with c2:
        for field in VICTIM_FACTS:
            f.tri(p, field, f.label("Person", field), uid, problems, f"{path}.{field}")
        where = f"{path}.vulnerability_causes"
        causes = service.vulnerability_causes()
        f.multi(p, "vulnerability_causes", f.label("Person", "vulnerability_causes"), uid, causes, f.cause, problems, where)
        f.why(where, uid, "vulnerability_causes")
        if any(a.get("kind") in b.ONLINE_KINDS for a in d["acts"]):
            f.tri(
                p,
                "presents_as_under_15",
                f.label("Person", "presents_as_under_15"),
                uid,
                problems,
                f"{path}.presents_as_under_15",
            )
    with st.expander(t("saisie.apres_faits")):
        for field in AFTER_FACTS:
            f.tri(p, field, f.label("Person", field), uid, problems, f"{path}.{field}")
    asked = {*VICTIM_FACTS, *AFTER_FACTS, *SUSPECT_FACTS, "foreign_national", "unaccompanied_minor", "presents_as_under_15"}
    others = [field for field in service.tri_fields("Person") if field not in asked and field != "repeat_client_offender"]
    if others:
        with st.expander(t("saisie.autres_faits_personne")):
            for field in others:
                f.tri(p, field, f.label("Person", field), uid, problems, f"{path}.{field}")


def persons_section(d: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    st.header(t("saisie.personnes"))
    st.caption(t("saisie.personnes_aide"))
    for i, p in enumerate(d["persons"]):
        person_card(d, i, p, problems)
    if st.button(t("saisie.ajouter_personne"), key="add_person"):
        uid = b.new_uid()
        d["persons"].append({"_uid": uid, "id": b.next_id("p", d["persons"]), "roles": []})
        st.session_state["_focus"] = f.key_of(uid, "name")
        st.rerun()


def act_card(d: dict[str, Any], i: int, a: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    uid, path = a["_uid"], f"acts[{i}]"
    who, kinds = person_label(d), service.act_kinds()
    with st.container(border=True):
        card_header(d, "acts", uid, f"**{t('saisie.acte')} `{md(a.get('id'))}`**", t("form.l_acte", id=str(a.get("id") or "")))
        c1, c2, c3 = st.columns(3)
        ids = b.person_ids(d)
        with c1:
            f.select(a, "actor", f.label("Act", "actor"), uid, ids, who, problems, f"{path}.actor")
            f.select(a, "target", f.label("Act", "target"), uid, ids, who, problems, f"{path}.target")
        with c2:
            f.select(a, "kind", f.label("Act", "kind"), uid, kinds, f.kind, problems, f"{path}.kind")
            f.checkbox(a, "attempt", f.label("Act", "attempt"), uid)
        with c3:
            partial_date(a, "date", f.label("Act", "date"), uid, problems, f"{path}.date")
            partial_date(a, "end_date", f.label("Act", "end_date"), uid, problems, f"{path}.end_date")
        # only what a rule reads on an act of this nature is asked (derived from the rule files); the rest is kept
        asked = service.act_questions(a.get("kind"))
        first = [field for field in b.act_fields(a.get("kind")) if field in asked]
        for field in first:
            act_field(a, field, uid, path, problems)
        with st.expander(t("saisie.autres_circonstances")):
            for field in asked:
                if field not in first:
                    act_field(a, field, uid, path, problems)
            act_links(d, a, uid, path, problems)
            f.text(a, "description", f.label("Act", "description"), uid, problems, f"{path}.description", area=True)
        f.kept(a, "Act", [field for field in service.fact_questions("Act") if field not in asked])


def act_links(d: dict[str, Any], a: dict[str, Any], uid: str, path: str, problems: list[tuple[str, str]]) -> None:
    """The acts that are the same facts as this one, and who committed it with its author. An empty choice of
    co-authors is unknown; « alone » (an empty list) comes only from an imported case, and is kept untouched."""
    others = [str(o["id"]) for o in d["acts"] if o.get("id") and o is not a and o.get("target") == a.get("target")]
    f.select(a, "same_facts_as", f.label("Act", "same_facts_as"), uid, others, str, problems, f"{path}.same_facts_as")
    # the widget writes « _co_actors » (a draft-only key: a list, never None); « co_actors » follows it
    a.setdefault("_co_actors", list(a.get("co_actors") or []))
    people = [pid for pid in b.person_ids(d) if pid not in (a.get("actor"), a.get("target"))]
    f.multi(a, "_co_actors", f.label("Act", "co_actors"), uid, people, person_label(d), problems, f"{path}.co_actors")
    a["co_actors"] = a["_co_actors"] or ([] if a.get("co_actors") == [] else None)


def act_field(a: dict[str, Any], field: str, uid: str, path: str, problems: list[tuple[str, str]]) -> None:
    where = f"{path}.{field}"
    if field == "purposes":
        f.multi(a, field, f.label("Act", field), uid, service.purposes(), f.purpose, problems, where)
    elif field == "message_nature":
        f.multi(a, field, f.label("Act", field), uid, service.message_natures(), f.message, problems, where)
    elif field == "obtained_objects":
        f.multi(a, field, f.label("Act", field), uid, service.obtained_objects(), f.obtained, problems, where)
    elif field == "place":  # shown « inconnu » when the case says nothing, and left out of it until chosen
        stated = a.get("place") is not None
        a.setdefault("place", "inconnu")
        f.select(a, field, f.label("Act", field), uid, service.places(), f.place, problems, where)
        if not stated and a.get("place") == "inconnu":
            a["place"] = None
    elif field == "violence_itt_days":
        f.number(a, field, f.label("Act", field), uid, problems, where)
    else:
        f.tri(a, field, f.label("Act", field), uid, problems, where)
        return
    f.why(where, uid, field)


def acts_section(d: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    st.header(t("saisie.actes"))
    if not d["persons"]:
        st.info(t("saisie.actes_apres_personnes"))
        return
    for i, a in enumerate(d["acts"]):
        act_card(d, i, a, problems)
    if st.button(t("saisie.ajouter_acte"), key="add_act"):
        uid = b.new_uid()
        d["acts"].append({"_uid": uid, "id": b.next_id("a", d["acts"])})
        st.session_state["_focus"] = f.key_of(uid, "actor")
        st.rerun()
    if d["acts"] or d.get("participation"):
        participation_section(d, person_label(d), problems)


def pair_entry(d: dict[str, Any], list_name: str, keys: tuple[str, str], pair: tuple[str, str]) -> dict[str, Any]:
    """The relationship/knowledge entry of a pair, created on first use (dropped later if all unknown)."""
    entries: list[dict[str, Any]] = d[list_name]
    for entry in entries:
        if (entry.get(keys[0]), entry.get(keys[1])) == pair:
            return entry
    created = {"_uid": b.pair_uid(d, list_name, pair), keys[0]: pair[0], keys[1]: pair[1]}
    entries.append(created)
    return created


def drop_empty(d: dict[str, Any], list_name: str, fields: tuple[str, ...]) -> None:
    """Drop the entries this page created that are still all unknown; an imported entry stays as it came."""
    d[list_name] = [e for e in d[list_name] if any(e.get(k) is not None for k in fields) or b.pair_from_uid(d, e["_uid"]) is None]


def circumstances_section(d: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    st.header(t("saisie.circonstances"))
    who = person_label(d)
    links = [(actor, target) for actor, target in b.pairs(d) if b.is_victim(d, target)]
    if not links:
        st.info(t("saisie.circonstances_apres_actes"))
    for actor, target in links:
        entry = pair_entry(d, "relationships", ("person", "other"), (actor, target))
        with st.expander(t("saisie.lien", auteur=who(actor), victime=who(target))):
            i = d["relationships"].index(entry)
            unread = [field for field in REL_FACTS if not service.is_read("Relationship", field)]
            for field in REL_FACTS:
                if field not in unread:
                    f.tri(entry, field, f.label("Relationship", field), entry["_uid"], problems, f"relationships[{i}].{field}")
            f.kept(entry, "Relationship", unread, fold=False)
    drop_empty(d, "relationships", REL_FACTS)
    victims = [pid for pid in b.person_ids(d) if b.is_victim(d, pid)]
    # knowledge of the age is asked of every client and every author of an act toward a victim (an element of intent)
    knowers = [(client, victim) for client in b.clients(d) for victim in victims if client != victim] + links
    for author, victim in dict.fromkeys(knowers):
        entry = pair_entry(d, "knowledge", ("person", "about"), (author, victim))
        i = d["knowledge"].index(entry)
        with st.container(border=True):
            st.markdown(t("saisie.connaissance", auteur=md(who(author)), victime=md(who(victim))))
            f.tri(entry, "knew_minor", f.label("Knowledge", "knew_minor"), entry["_uid"], problems, f"knowledge[{i}].knew_minor")
            f.tri(
                entry,
                "knew_under_15",
                f.label("Knowledge", "knew_under_15"),
                entry["_uid"],
                problems,
                f"knowledge[{i}].knew_under_15",
            )
    drop_empty(d, "knowledge", ("knew_minor", "knew_under_15"))
    if victims:
        conduct_section(d, victims, problems)
    if d["findings"]:
        st.caption(t("saisie.constatations", n=len(d["findings"])))
    if d["persons"]:
        statements_section(d, who, problems)


def conduct_section(d: dict[str, Any], victims: list[str], problems: list[tuple[str, str]]) -> None:
    st.markdown(f"**{t('saisie.comportement_victime')}**")
    st.caption(t("saisie.comportement_aide"))
    who = person_label(d)
    for i, c in enumerate(d["victim_conduct"]):
        uid, path = c["_uid"], f"victim_conduct[{i}]"
        with st.container(border=True):
            c1, c2, c3 = st.columns(3)
            with c1:
                # the conduct's person stays a choice even if no longer a victim: nothing entered is erased
                known = [*victims, *([c["person"]] if c.get("person") in b.person_ids(d) and c["person"] not in victims else [])]
                f.select(c, "person", f.label("VictimConduct", "person"), uid, known, who, problems, f"{path}.person")
                c.setdefault("kind", "infraction")
                f.select(
                    c,
                    "kind",
                    f.label("VictimConduct", "kind"),
                    uid,
                    service.conduct_kinds(),
                    lambda k: t_or(f"conduct.{k}", k),
                    problems,
                )
            with c2:
                f.date(c, "date", f.label("VictimConduct", "date"), uid, problems, f"{path}.date")
                f.text(c, "description", f.label("VictimConduct", "description"), uid, problems, f"{path}.description")
            with c3:
                f.tri(c, "in_context_of_exploitation", f.label("VictimConduct", "in_context_of_exploitation"), uid, problems)
                f.tri(c, "under_constraint", f.label("VictimConduct", "under_constraint"), uid, problems)
            if st.button(t("form.supprimer_objet", objet=t("form.le_comportement", id=str(c.get("id") or ""))), key=f"del:{uid}"):
                b.remove(d, "victim_conduct", uid)
                st.rerun()
    if st.button(t("saisie.ajouter_comportement"), key="add_conduct"):
        d["victim_conduct"].append({"_uid": b.new_uid(), "id": b.next_id("c", d["victim_conduct"]), "kind": "infraction"})
        st.rerun()


def actions(d: dict[str, Any]) -> None:
    st.divider()
    case = b.to_case_dict(d)
    c1, c2, c3, c4 = st.columns(4)
    c1.button(t("saisie.qualifier"), type="primary", key="qualifier", on_click=classify, args=(d,))
    c2.download_button(
        t("saisie.exporter_json"),
        json.dumps(case, ensure_ascii=False, indent=2),
        f"{case.get('id', 'dossier')}.json",
        "application/json",
    )
    c3.download_button(
        t("saisie.exporter_yaml"),
        yaml.safe_dump(case, allow_unicode=True, sort_keys=False),
        f"{case.get('id', 'dossier')}.yaml",
        "application/yaml",
    )
    c4.button(t("saisie.enregistrer"), key="enregistrer", on_click=save, args=(d,))


def save(d: dict[str, Any]) -> None:
    """Button callback: save the draft; a case opened from the library is updated, a new one never replaces another."""
    f.sync(d)
    case = b.to_case_dict(d)
    entry = st.session_state.get("library_id")
    st.session_state["_scroll_problem"] = True  # cleared by the page when nothing was refused
    try:
        lib = service.library()
        taken: list[tuple[str, str]] = []  # a new case's reference already used: said with the case's problems, in one list
        if entry is None and any(row.reference == case.get("id") for row in lib.list()):
            taken = [("id", t("saisie.reference_prise", reference=case.get("id")))]
        elif entry is None and any(row.reference == case.get("id") for row in lib.binned()):
            taken = [("id", t("saisie.reference_corbeille", reference=case.get("id")))]
        try:
            parsed = service.parse_case_dict(case)
        except service.CaseInputError as exc:
            raise service.CaseInputError([*taken, *exc.problems]) from None
        if taken:
            raise service.CaseInputError(taken)
        seen = st.session_state.get("library_version") if entry is not None else None  # refused if changed since opened
        st.session_state["library_id"], st.session_state["library_version"] = lib.store(parsed, entry_id=entry, version=seen)
        st.session_state["problems"] = []
        local_draft.forget()  # saved: no longer an unsaved draft
        st.toast(t("saisie.enregistre"))
    except service.CaseInputError as exc:
        st.session_state["problems"] = exc.problems
    except service.CaseChanged:
        st.session_state["problems"] = [("id", t("saisie.modifie_ailleurs"))]
    except service.CaseNotFound:
        st.session_state["problems"] = [("id", t("saisie.supprime_ailleurs"))]
    except service.StorageFault as exc:  # busy, full, read-only: nothing written, the draft stays as typed
        st.session_state["problems"] = [("", f"{exc} {t('stockage.saisie_gardee')}")]
    except service.LibraryFileError as exc:
        st.session_state["problems"] = [("", str(exc))]
    except ValueError as exc:  # the library refused it (reference taken meanwhile)
        log.warning("enregistrement refusé : %s", type(exc).__name__)
        st.session_state["problems"] = [("id", t("saisie.enregistrement_refuse"))]


def record(entry: int, case: service.Case, result: service.Result) -> None:
    """Add the classification to the saved case's history, only if the draft is still that saved case."""
    try:
        lib = service.library()
        if lib.open(entry) == case:
            lib.record_classification(entry, result)
        else:
            st.toast(t("saisie.historique_non_enregistre"))
    except service.StorageFault as exc:  # busy, full, read-only: the case stays linked to its library entry
        st.toast(t("stockage.historique_non_ajoute", raison=str(exc)))
    except (ValueError, LookupError, service.LibraryFileError) as exc:  # deleted in another session, or no longer valid
        log.warning("historique non enregistré : %s", type(exc).__name__)
        st.session_state.pop("library_id", None)
        st.session_state.pop("library_version", None)


def classify(d: dict[str, Any]) -> None:
    """Button callback (runs before the page): on success the page goes straight to the result."""
    start = time.perf_counter()
    f.sync(d)
    case = b.to_case_dict(d)
    try:
        result, parsed = service.classify_dict(case)
    except service.CaseInputError as exc:
        st.session_state["problems"] = exc.problems
        st.session_state["_scroll_problem"] = True
        return
    except Exception as exc:  # an engine defect: French message, the draft stays as typed
        log.error("erreur du moteur : %s (contenu du dossier non journalisé)", type(exc).__name__)
        st.session_state["problems"] = [("", t("saisie.erreur_moteur"))]
        return
    st.session_state["problems"] = []
    ms = round((time.perf_counter() - start) * 1000)
    origin = st.session_state.get("origin") or t("saisie.origine_nouveau")
    st.session_state["resultat"] = {"result": result, "case": parsed, "label": origin, "ms": ms}
    if st.session_state.get("library_id"):
        record(st.session_state["library_id"], parsed, result)
    st.session_state["go_result"] = True


if st.session_state.pop("go_result", False):
    st.switch_page("views/result.py")  # before drawing the form: the result shows sooner
f.forget_other_languages()  # after a language switch the widgets are new ones, seeded from the draft
st.title(t("saisie.titre"))
st.caption(t("saisie.aide"))
d = draft()
problems: list[tuple[str, str]] = f.in_page_order(st.session_state.get("problems", []))
import_section()
if problems:
    show_problems(problems, t("saisie.invalide"), d)
case_section(d, problems)
persons_section(d, problems)
acts_section(d, problems)
circumstances_section(d, problems)
actions(d)
local_draft.keep()  # what this run's widgets wrote into the draft
if focus := st.session_state.pop("_focus", None):  # after « Ajouter … », the keyboard goes to the new card
    focus_widget(focus)
if st.session_state.pop("_scroll_problem", False) and problems:  # once, after the click that was refused
    scroll_to_first_problem(d, problems)
