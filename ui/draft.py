"""The case being typed (the draft): a dict in the engine's JSON schema, plus a stable ``_uid`` per list item.

Pure functions, no Streamlit: the entry page reads and writes the draft through them, so what the user
typed survives reruns, page changes and validation errors. ``to_case_dict`` gives what the engine parses.
Relevance rules (which questions to ask given what is already entered) live here too. A question they
hide keeps its answer in the draft, and in the export and the classification: nothing the user entered
is changed behind their back (answering « non » to a foreign nationality does not erase the arrival date).
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import re
from typing import Any

LISTS = ("persons", "acts", "participation", "relationships", "knowledge", "victim_conduct", "findings", "statements")
_uids = itertools.count(1)

TRAFFICKING_KINDS = frozenset({"recruter", "transporter", "transferer", "heberger", "accueillir"})
SEXUAL_KINDS = frozenset({"acte_sexuel_penetration", "acte_sexuel_sans_penetration", "remunerer_relations_sexuelles"})
ONLINE_KINDS = frozenset(
    {
        "solliciter_images",
        "fixer_enregistrer_transmettre_images",
        "diffuser_images",
        "detenir_images",
        "consulter_images",
        "faire_propositions_sexuelles",
        "inciter_acte_sexuel",
        "favoriser_corruption_mineur",
        "chantage",
        "publier_annonces",
        "rencontre",
    }
)
PREMISES_KINDS = frozenset(
    {"fournir_locaux", "fournir_vehicule", "exploiter_etablissement_prostitution", "tolerer_prostitution_etablissement_public"}
)
# Act attributes asked first for a kind of act (an order of questions, not a relevance rule): the form asks only
# those a rule reads on that nature (ui/service.py, act_questions, derived from the rule files), the others under
# « autres circonstances »; tests/test_ui_relevance.py checks each entry here against that derivation.
COMMON_ACT_FIELDS = ("coercion",)
ACT_FIELDS_BY_GROUP: dict[frozenset[str], tuple[str, ...]] = {
    TRAFFICKING_KINDS: ("purposes", "place", "abuse_of_vulnerability", "abuse_of_authority", "remuneration"),
    SEXUAL_KINDS: ("surprise", "abuse_of_authority", "electronic_means"),
    frozenset({"acte_sexuel_penetration", "acte_sexuel_sans_penetration"}): ("remuneration",),  # paid relations are paid
    ONLINE_KINDS: ("electronic_means", "public_network", "habitual"),
    PREMISES_KINDS: ("knowingly", "habitual"),
    frozenset({"violences"}): ("violence_itt_days", "torture"),  # a violence is itself « violences commises contre elle »
    frozenset({"imposer_atteinte_sexuelle_tiers_ou_soi"}): ("surprise", "imposed_penetration"),
    frozenset({"remunerer_relations_sexuelles"}): ("penetration",),
    frozenset({"chantage", "extorquer"}): ("obtained_objects",),
    frozenset({"diffuser_message_pornographique_violent"}): (
        "message_nature",
        "message_perceivable_by_minor",
        "age_declaration_access",
        "electronic_means",
    ),
}


def new_uid() -> str:
    return f"u{next(_uids)}"


def new_draft() -> dict[str, Any]:
    """An empty case: one reference, no persons yet. Its ``_uid`` is new, like every item's, so widgets
    of a previous case (which the browser still holds) never write into this one."""
    return {"_uid": new_uid(), "id": "nouveau-dossier", "in_france": True, **{name: [] for name in LISTS}}


def from_case_dict(data: dict[str, Any]) -> dict[str, Any]:
    """A draft from a case in the engine's schema (each list item gets a fresh ``_uid``)."""
    draft = new_draft()
    draft.update({k: v for k, v in copy.deepcopy(data).items() if k != "_uid"})
    for name in LISTS:
        draft[name] = [{**item, "_uid": new_uid()} for item in draft.get(name) or []]
    return draft


# Fields where None (unknown) is not the same as leaving the field out: its default is True, or it is required.
KEEP_NONE: dict[str, frozenset[str]] = {"": frozenset({"in_france"}), "findings": frozenset({"value"})}


# Lists where empty is a value: ``co_actors: []`` says the act was committed alone (absent: unknown).
KEEP_EMPTY = frozenset({"co_actors"})


def _clean(value: Any, keep: frozenset[str] = frozenset()) -> Any:
    """No ``_`` keys, no None (except the ``keep`` fields) nor empty lists (except :data:`KEEP_EMPTY`), dates as
    ISO strings. An empty string is kept: it is a value of the case (the form's text fields write None when empty)."""
    if isinstance(value, dict):
        out = {k: _clean(v) for k, v in value.items() if not k.startswith("_")}
        return {k: v for k, v in out.items() if (v is not None or k in keep) and (v != [] or k in KEEP_EMPTY)}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_case_dict(draft: dict[str, Any]) -> dict[str, Any]:
    """The case as the engine parses it: no ``_uid``, no unknown values left out, dates as ISO strings."""
    case: dict[str, Any] = _clean({k: v for k, v in draft.items() if k not in LISTS}, KEEP_NONE[""])
    for name in LISTS:
        items = [_clean(i, KEEP_NONE.get(name, frozenset())) for i in draft.get(name) or []]
        if items:
            case[name] = items
    return case


def case_dict(case: Any) -> dict[str, Any]:
    """A parsed case (``engine.case.model.Case``) as a dict to load: its ``to_json_dict()``, with the
    :data:`KEEP_NONE` fields that it drops when unknown put back (unknown ``in_france`` would become
    True, a finding's unknown value would be missing), so that the dict parses back to the same case."""
    data: dict[str, Any] = case.to_json_dict()
    for list_name, fields in KEEP_NONE.items():
        pairs = zip(getattr(case, list_name), data.get(list_name, []), strict=True) if list_name else [(case, data)]
        for obj, out in pairs:
            out.update({field: None for field in fields if getattr(obj, field) is None})
    return data


def text_value(before: Any, typed: str) -> str | None:
    """What a text field writes: what was typed, or None when empty (an empty string stays one)."""
    return typed if typed else ("" if before == "" else None)


def next_id(prefix: str, items: list[dict[str, Any]]) -> str:
    """The first ``prefix<n>`` not used by an item."""
    used = {str(item.get("id")) for item in items}
    return next(f"{prefix}{n}" for n in itertools.count(1) if f"{prefix}{n}" not in used)


def slug(text: str) -> str:
    """An identifier accepted by the schema, from any text (« Léa B. » → « lea-b »)."""
    table = str.maketrans("àâäéèêëîïôöùûüçœæ", "aaaeeeeiioouuucoa")
    value = re.sub(r"[^a-z0-9_.\-]+", "-", text.lower().translate(table)).strip("-")
    return value[:64] or "personne"


def person_ids(draft: dict[str, Any], role: str | None = None) -> list[str]:
    return [str(p["id"]) for p in draft["persons"] if p.get("id") and (role is None or role in (p.get("roles") or []))]


def is_victim(draft: dict[str, Any], pid: str) -> bool:
    person = _person(draft, pid)
    return bool(person and "victime" in (person.get("roles") or [])) or any(a.get("target") == pid for a in draft["acts"])


def is_suspect(draft: dict[str, Any], pid: str) -> bool:
    person = _person(draft, pid)
    roles = set((person or {}).get("roles") or [])
    return bool(roles & {"mis_en_cause", "client", "intermediaire"}) or any(a.get("actor") == pid for a in draft["acts"])


def clients(draft: dict[str, Any]) -> list[str]:
    """Clients: the role, or the author of a paid sexual relation."""
    found = person_ids(draft, "client") + [
        str(a["actor"]) for a in draft["acts"] if a.get("kind") == "remunerer_relations_sexuelles"
    ]
    return list(dict.fromkeys(pid for pid in found if pid))


def pairs(draft: dict[str, Any]) -> list[tuple[str, str]]:
    """Author → target pairs of the acts, in order of first act (relationships are asked for these only)."""
    found = [(str(a["actor"]), str(a["target"])) for a in draft["acts"] if a.get("actor") and a.get("target")]
    return list(dict.fromkeys((actor, target) for actor, target in found if actor != target))


def act_fields(kind: str | None) -> tuple[str, ...]:
    """The attributes worth asking first for this kind of act."""
    fields = list(COMMON_ACT_FIELDS)
    for group, extra in ACT_FIELDS_BY_GROUP.items():
        if kind in group:
            fields.extend(extra)
    return tuple(dict.fromkeys(fields))


def asks_arrival(person: dict[str, Any]) -> bool:
    """Arrival in France and unaccompanied minority: only for a foreign national (or one not yet known)."""
    return person.get("foreign_national") is True


PAIR_LISTS = {"relationships": ("person", "other"), "knowledge": ("person", "about")}


def pair_uid(draft: dict[str, Any], list_name: str, pair: tuple[str, str]) -> str:
    """The uid of a relationship or knowledge entry: ``<draft uid>:<list>:<person>:<other>``."""
    return f"{draft['_uid']}:{list_name}:{pair[0]}:{pair[1]}"


def pair_from_uid(draft: dict[str, Any], uid: str) -> dict[str, Any] | None:
    """A new pair entry from its uid, or None if the uid is not a pair uid of this draft."""
    parts = uid.split(":")
    if len(parts) != 4 or parts[0] != draft["_uid"] or parts[1] not in PAIR_LISTS:
        return None
    keys = PAIR_LISTS[parts[1]]
    return {"_uid": uid, keys[0]: parts[2], keys[1]: parts[3]}


def item(draft: dict[str, Any], list_name: str, uid: str) -> dict[str, Any]:
    return next(i for i in draft[list_name] if i["_uid"] == uid)


def remove(draft: dict[str, Any], list_name: str, uid: str) -> None:
    draft[list_name] = [i for i in draft[list_name] if i["_uid"] != uid]


def _person(draft: dict[str, Any], pid: str) -> dict[str, Any] | None:
    return next((p for p in draft["persons"] if p.get("id") == pid), None)


def problems_at(problems: list[tuple[str, str]], path: str) -> list[str]:
    """The messages for one field path (``persons[0].birth_date``) or its children."""
    return [msg for where, msg in problems if where == path or where.startswith(path + ".") or where.startswith(path + "[")]
