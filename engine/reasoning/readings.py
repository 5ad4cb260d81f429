"""Plain readings of the case, declared beside each fact in rules/facts.yaml (``reading:``).

A jurist reads there which acts and which fields a fact comes from; this module checks each reading
against the case model when the engine starts (file and line on error) and applies it to a pair:

- ``acts: [natures]`` alone: « oui » when the pair has an act of one of these natures, never « non »;
- ``field: champ`` (with ``acts`` to restrict the acts read): « oui » when one act read says oui,
  « non » when every act read says non; ``or_acts: [natures]``: acts of these natures count as « oui »;
  ``non_only: true``: the field is broader than the fact (« menace, contrainte, violence ou manœuvre
  dolosive » read for « contrainte, violences ou manœuvres dolosives »): its « oui » leaves the fact unknown,
  only its « non » is read, and ``or_acts`` alone give « oui »;
- ``fields: [{field, acts}, …]``: for each act, the first of these fields that applies to its nature
  and is known gives its value; ``{field, stated_only: true}``: that field counts on an act of any nature
  where the case states it, and an act where it is left out is read only by the other fields (the contact
  act of « mis en contact … grâce à … un réseau »: an announcement neither states nor implies it);
- ``person: victime | auteur`` with ``field``: that person's field; with ``causes: [causes]``: a
  particular vulnerability due to one of the causes listed (``vulnerability_causes``), or
  ``particular_vulnerability`` when no cause is given;
- ``relation: champ``: the link from the perpetrator to the victim;
- ``field: champ`` with ``values: [valeurs]`` and ``acts``: a list field of the acts of these natures (the natures
  of a message…): « oui » when one act lists one of these values, « non » when every act read lists values and
  none of these (the list stated is the act's), unknown when an act read lists nothing; ``open: [valeurs]``: values
  whose reading is an open question of law (the text may or may not cover them): listed, they leave the fact unknown;
- ``provoked: [natures]`` (with ``acts``): « oui » also when the perpetrator is stated complice by provocation
  (``participation``, 121-7 al. 2) of an act of one of these natures committed by the victim, never « non ».
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from engine.case.labels import ACT_LABELS, MESSAGE_NATURE_LABELS, OBTAINED_OBJECT_LABELS, VULNERABILITY_CAUSE_LABELS
from engine.case.model import Act, ActKind, Case, ParticipationKind, Person, Relationship, VulnerabilityCause
from engine.kernel.errors import RuleFileError
from engine.kernel.tri import tri_any
from engine.law.vocabulary import FactDef, vocabulary
from engine.reasoning.evidence import Evidence, Result, act_evidence

FILE = "facts.yaml"
KEYS = {"acts", "field", "fields", "or_acts", "non_only", "person", "causes", "relation", "values", "open", "provoked"}
KEYS |= {"open_note"}
_ACT_KINDS = {k.value: k for k in ActKind}  # an act kind by its value
# The list fields of an act a ``values`` reading may read, with the French words of their values.
LIST_FIELDS: dict[str, dict[Any, str]] = {
    "message_nature": dict(MESSAGE_NATURE_LABELS),
    "obtained_objects": dict(OBTAINED_OBJECT_LABELS),
}


class Pair(Protocol):
    """What a reading sees of one situation: the case, the pair's acts, the two persons."""

    case: Case
    acts: list[Act]
    p: Person
    v: Person
    same_facts: dict[str, frozenset[str]]  # act id → the acts stated to be the same facts (engine/case/links.py)
    provoked: list[str]  # the provoked acts a provocation situation is about (engine/reasoning/situations.py)

    @property
    def stated(self) -> frozenset[str]:
        """The yes / no / unknown fields some act of the pair states (not unknown)."""
        ...

    def person_flag(self, person: Person, name: str) -> Result: ...

    def relation(self, name: str) -> Result: ...


Reader = Callable[[Pair], Result]
_GATE = "acts_read"  # the attribute marking a reader that reads only acts of some natures (``gated``)


_F = TypeVar("_F", bound=Callable[..., Result])


def gated(read: _F, kinds: frozenset[ActKind] | None) -> _F:
    """``read``, marked as unknown without evidence, ``(None, [])``, on a pair that has no act of ``kinds``: what it
    gives there, which the situations then give without calling it (None: no mark)."""
    if kinds is not None:
        setattr(read, _GATE, kinds)
    return read


def acts_read(read: Callable[..., Result]) -> frozenset[ActKind] | None:
    """The natures of the acts ``read`` reads alone (:func:`gated`), None when it reads others."""
    kinds: frozenset[ActKind] | None = getattr(read, _GATE, None)
    return kinds


@dataclass(frozen=True)
class FieldRead:
    """An act field, read on the acts of these natures (None: every act)."""

    field: str
    kinds: frozenset[ActKind] | None
    stated_only: bool = False


def present(kinds: frozenset[ActKind]) -> Reader:
    def read(pair: Pair) -> Result:
        hits = [act_evidence(a) for a in pair.acts if a.kind in kinds]
        return (True, hits) if hits else (None, [])

    return gated(read, kinds)


def provoked(own: Reader, kinds: frozenset[ActKind]) -> Reader:
    """``own``, or the victim's acts of ``kinds`` that the perpetrator provoked (a participation by provocation), on the
    situation of that provocation (``pair.provoked``: dated by the provoked act, engine/reasoning/situations.py)."""

    def read(pair: Pair) -> Result:
        value, hits = own(pair)
        if not pair.provoked:  # no provoked act here: no participation below can count
            return (True, hits) if value is True else (value, [])
        acts = {a.id: a for a in pair.case.acts if a.actor == pair.v.id and a.kind in kinds}
        parts = [
            p
            for p in pair.case.participation
            if p.person == pair.p.id and p.act in acts and p.act in pair.provoked and p.knowingly is not False
        ]
        said = [
            Evidence(p.act, f"acte {p.act} de {pair.v.id} ({ACT_LABELS[acts[p.act].kind]}) provoqué par {pair.p.id}, 121-7 al. 2")
            for p in parts
            if p.kind is ParticipationKind.PROVOCATION
        ]
        if said or value is True:
            return True, hits + said
        told = [Evidence(p.act, INSTRUCTIONS_ONLY.format(p=p)) for p in parts if p.kind is ParticipationKind.INSTRUCTIONS]
        return (True, told) if told else (value, [])  # alleged: never established on it (provoked.instructions_only)

    return read


NOT_ENOUGH = "établir une provocation directe ; les instructions seules ne suffisent pas"
INSTRUCTIONS_ONLY = "instructions de {p.person} pour l'acte {p.act} (121-7 al. 2) : " + NOT_ENOUGH


def act_fields(reads: tuple[FieldRead, ...], or_kinds: frozenset[ActKind] = frozenset(), non_only: bool = False) -> Reader:
    def value(act: Act) -> tuple[bool, bool | None]:
        """(whether a field applies to the act, its value)."""
        applies = False
        for r in reads:
            if r.stated_only and getattr(act, r.field) is None:
                continue
            if r.kinds is None or act.kind in r.kinds:
                applies = True
                if (v := getattr(act, r.field)) is not None:
                    return True, v
        return applies, None

    fields = frozenset(r.field for r in reads)

    def read(pair: Pair) -> Result:
        if fields.isdisjoint(pair.stated) and not (or_kinds and any(a.kind in or_kinds for a in pair.acts)):
            return None, []  # no act states a field read, none is of a nature counted « oui »: unknown
        seen = [(a, *value(a)) for a in pair.acts]  # (act, whether a field applies, its value)
        hits = [act_evidence(a) for a, _, v in seen if a.kind in or_kinds or (v is True and not non_only)]
        if hits:
            return True, hits
        relevant = [(a, v) for a, applies, v in seen if applies]  # "non" only when every act read says "non"
        result = tri_any(None if non_only and v else v for _, v in relevant)
        return result, [act_evidence(a, " (non)") for a, _ in relevant] if result is False else []

    every = any(r.kinds is None for r in reads)  # a field read on every act: no nature gates it
    return gated(read, None if every else or_kinds.union(*(r.kinds for r in reads if r.kinds is not None)))


# The causes the title of ``particular_vulnerability`` names (« particulière vulnérabilité (maladie, infirmité,
# déficience, grossesse) apparente ou connue », engine/case/model.py): without stated causes, « oui » is one of them.
FLAG_CAUSES = frozenset(
    {VulnerabilityCause.ILLNESS, VulnerabilityCause.INFIRMITY, VulnerabilityCause.DEFICIENCY, VulnerabilityCause.PREGNANCY}
)


def vulnerability(causes: frozenset[VulnerabilityCause]) -> Reader:
    """A particular vulnerability due to one of ``causes``; without stated causes, ``particular_vulnerability``:
    « oui » satisfies the list only when it names every cause of the field's title, and not when the victim's
    precarity is stated (the flag may then record the precarity, which these lists do not name): unknown."""

    def read(pair: Pair) -> Result:
        v = pair.v
        listed = [c for c in v.vulnerability_causes if c in causes]
        if listed:
            words = ", ".join(VULNERABILITY_CAUSE_LABELS[c] for c in listed)
            return True, [Evidence(v.id, f"{v.id} : particulière vulnérabilité due à : {words}")]
        if v.vulnerability_causes:
            return None, []  # the causes stated are not those the article lists: to be established
        flag = pair.person_flag(v, "particular_vulnerability")
        if flag[0] is True and (v.economic_precarity is True or not causes >= FLAG_CAUSES):
            return None, []  # its cause is to be established
        return flag

    return read


OPEN_MARK = "à apprécier"
"""How an open question of law (``open:``) is said in the evidence: the text summary shows it (engine/documents)."""


def listed(
    field: str, values: frozenset[str], kinds: frozenset[ActKind], open_: frozenset[str] = frozenset(), note: str = ""
) -> Reader:
    """A list field of the acts of ``kinds``: oui when one lists a value of ``values``, non when each lists others and
    none of ``open_`` (values the text may or may not cover: unknown, with ``note``: the question to weigh)."""
    words = LIST_FIELDS[field]

    def stated(a: Act) -> str:
        return ", ".join(words.get(v, str(v)) for v in getattr(a, field))

    def read(pair: Pair) -> Result:
        acts = [a for a in pair.acts if a.kind in kinds]
        hits = []
        for a in acts:
            found = [v for v in getattr(a, field) if v in values]
            if found:
                hits.append(act_evidence(a, f" ({', '.join(words.get(v, str(v)) for v in found)})"))
        if hits:
            return True, hits
        doubt = [a for a in acts if set(getattr(a, field)) & open_]
        if doubt:
            return None, [act_evidence(a, f" ({stated(a)} : {OPEN_MARK}{note})") for a in doubt]
        if acts and all(getattr(a, field) for a in acts):
            return False, [act_evidence(a, f" ({stated(a)})") for a in acts]
        return None, []

    return gated(read, kinds)


@cache
def _tri_fields(model: type[BaseModel]) -> frozenset[str]:
    return frozenset(name for name, f in model.model_fields.items() if f.annotation == (bool | None))


class _Spec:
    """One ``reading:`` being checked; every defect names the fact and its line."""

    def __init__(self, fact: FactDef):
        self.fact, self.raw = fact, fact.reading or {}

    def fail(self, message: str) -> RuleFileError:
        return RuleFileError(FILE, self.fact.line, f"lecture du fait « {self.fact.name} » : {message}")

    def kinds(self, value: Any, key: str) -> frozenset[ActKind]:
        known = _ACT_KINDS
        if not isinstance(value, list) or not value:
            raise self.fail(f"« {key} » attend une liste de natures d'actes")
        unknown = [v for v in value if v not in known]
        if unknown:
            raise self.fail(f"nature(s) d'acte inconnue(s) : {', '.join(map(str, unknown))}")
        return frozenset(known[v] for v in value)

    def act_field(self, name: Any) -> str:
        if name not in _tri_fields(Act):
            raise self.fail(f"« {name} » n'est pas un champ oui / non / inconnu d'un acte")
        return str(name)

    def reader(self) -> Reader:
        raw = self.raw
        if not isinstance(raw, dict) or not raw or set(raw) - KEYS:
            raise self.fail(f"clés admises : {', '.join(sorted(KEYS))}")
        if "relation" in raw:
            if raw["relation"] not in _tri_fields(Relationship):
                raise self.fail(f"« {raw['relation']} » n'est pas un champ d'un lien")
            name = str(raw["relation"])
            return lambda pair: pair.relation(name)
        if "person" in raw:
            return self.person(raw)
        if "values" in raw:
            return self.values(raw)
        if "fields" in raw or "field" in raw:
            reads = self.field_reads(raw)
            non_only = raw.get("non_only", False)
            if not isinstance(non_only, bool):
                raise self.fail("« non_only » attend true ou false")
            or_kinds = self.kinds(raw["or_acts"], "or_acts") if "or_acts" in raw else frozenset()
            return act_fields(reads, or_kinds, non_only)
        if "non_only" in raw:
            raise self.fail("« non_only » accompagne « field » ou « fields »")
        if "acts" in raw and set(raw) <= {"acts", "provoked"}:
            own = present(self.kinds(raw["acts"], "acts"))
            return provoked(own, self.kinds(raw["provoked"], "provoked")) if "provoked" in raw else own
        raise self.fail("préciser « acts », « field », « fields », « person » ou « relation »")

    def values(self, raw: dict[str, Any]) -> Reader:
        field, values, open_ = raw.get("field"), raw["values"], raw.get("open", [])
        if set(raw) - {"open", "open_note"} != {"field", "values", "acts"} or field not in LIST_FIELDS:
            raise self.fail(f"« values » s'écrit avec « field » (parmi {', '.join(LIST_FIELDS)}) et « acts » (et « open »)")
        known = {str(v) for v in LIST_FIELDS[str(field)]}
        for key, given in (("values", values), ("open", open_)):
            if not isinstance(given, list) or (key == "values" and not given) or set(map(str, given)) - known:
                raise self.fail(f"« {key} » : liste de valeurs du champ « {field} » parmi {', '.join(sorted(known))}")
        if set(map(str, values)) & set(map(str, open_)):
            raise self.fail("une valeur ne peut être à la fois dans « values » et dans « open »")
        kinds = self.kinds(raw["acts"], "acts")
        note = f" — {raw['open_note']}" if raw.get("open_note") else ""
        return listed(str(field), frozenset(map(str, values)), kinds, frozenset(map(str, open_)), note)

    def field_reads(self, raw: dict[str, Any]) -> tuple[FieldRead, ...]:
        if "fields" in raw:
            if set(raw) - {"fields", "or_acts", "non_only"} or not isinstance(raw["fields"], list) or not raw["fields"]:
                raise self.fail("« fields » attend une liste de {field, acts} et exclut « field » et « acts »")
            items = raw["fields"]
        else:
            items = [{"field": raw["field"], **({"acts": raw["acts"]} if "acts" in raw else {})}]
        reads = []
        for item in items:
            if not isinstance(item, dict) or "field" not in item or set(item) - {"field", "acts", "stated_only"}:
                raise self.fail(
                    "chaque lecture d'un champ s'écrit {field: champ, acts: [natures]} (au besoin avec stated_only: true)"
                )
            kinds = self.kinds(item["acts"], "acts") if "acts" in item else None
            stated_only = item.get("stated_only", False)
            if not isinstance(stated_only, bool):
                raise self.fail("« stated_only » attend true ou false")
            reads.append(FieldRead(self.act_field(item["field"]), kinds, stated_only))
        return tuple(reads)

    def person(self, raw: dict[str, Any]) -> Reader:
        who = raw["person"]
        if who not in ("victime", "auteur") or set(raw) - {"person", "field", "causes"} or len(raw) != 2:
            raise self.fail("« person » (victime ou auteur) s'accompagne de « field » ou de « causes »")
        if "causes" in raw:
            known = {c.value: c for c in VulnerabilityCause}
            causes = raw["causes"]
            if who != "victime" or not isinstance(causes, list) or not causes or set(causes) - set(known):
                raise self.fail(f"« causes » : liste de causes de la victime parmi {', '.join(known)}")
            return vulnerability(frozenset(known[c] for c in causes))
        name = raw["field"]
        if name not in _tri_fields(Person):
            raise self.fail(f"« {name} » n'est pas un champ oui / non / inconnu d'une personne")
        if who == "victime":
            return lambda pair: pair.person_flag(pair.v, name)
        return lambda pair: pair.person_flag(pair.p, name)


def reader_of(fact: FactDef) -> Reader:
    """The reader of a fact's ``reading:``, checked against the case model (RuleFileError naming the line)."""
    return _Spec(fact).reader()


@cache
def readings() -> dict[str, Reader]:
    """The facts of rules/facts.yaml that declare their reading, each with its reader."""
    return {name: reader_of(fact) for name, fact in vocabulary().facts.items() if fact.reading is not None}


@cache
def instantaneous_acts() -> frozenset[ActKind]:
    """The natures of acts whose period is an uncertain date even for a continuing offence (``instantaneous_acts`` of
    the age facts of rules/facts.yaml, read by engine/reasoning/situations.py), checked against the case model."""
    facts = [f for f in vocabulary().facts.values() if f.instantaneous_acts]
    return frozenset().union(*(_Spec(f).kinds(sorted(f.instantaneous_acts), "instantaneous_acts") for f in facts))


def _kinds_fr(values: list[str]) -> str:
    return ", ".join(f"« {ACT_LABELS[ActKind(v)]} »" for v in values)


def _field_fr(item: dict[str, Any]) -> str:
    where = f"des actes de nature : {_kinds_fr(item['acts'])}" if "acts" in item else "de chaque acte du couple"
    if item.get("stated_only"):
        where = f"{where} où il est indiqué (omis, l'acte n'est lu que par les autres champs)"
    return f"champ « {item['field']} » {where}"


def describe(fact: FactDef) -> str:
    """A fact's declared reading in French, for a jurist (the review sheet); empty without one."""
    raw = fact.reading or {}
    if "relation" in raw:
        return f"lien de l'auteur envers la victime : « {raw['relation']} »"
    if "person" in raw:
        who = "de la victime" if raw["person"] == "victime" else "de l'auteur"
        if "causes" in raw:
            causes = ", ".join(VULNERABILITY_CAUSE_LABELS[VulnerabilityCause(c)] for c in raw["causes"])
            return (
                f"particulière vulnérabilité {who} due à : {causes} (champ « vulnerability_causes ») ; "
                "sans cause indiquée, champ « particular_vulnerability » (oui vaut pour les causes de son titre : "
                "maladie, infirmité, déficience, grossesse ; à établir si la précarité est indiquée)"
            )
        return f"champ « {raw['field']} » {who}"
    if "values" in raw:
        return (
            f"champ « {raw['field']} » des actes de nature : {_kinds_fr(raw['acts'])} : oui s'il indique "
            f"{', '.join(f'« {v} »' for v in raw['values'])}, non s'il indique d'autres valeurs seulement"
            + (f" ; à établir s'il indique {', '.join(f'« {v} »' for v in raw['open'])}" if raw.get("open") else "")
        )
    if "fields" in raw or "field" in raw:
        items = raw.get("fields") or [{k: raw[k] for k in ("field", "acts") if k in raw}]
        text = " ; sinon ".join(_field_fr(i) for i in items)
        also = f" ; un acte de nature : {_kinds_fr(raw['or_acts'])} vaut oui" if "or_acts" in raw else ""
        if raw.get("non_only"):
            return f"{text} (non si chacun dit non ; son oui, plus large que le fait, le laisse à établir){also}"
        return f"{text} (oui si un acte lu dit oui, non si chacun dit non){also}"
    if "acts" in raw:
        also = (
            f", ou lorsque l'auteur a provoqué (complicité par provocation, 121-7 al. 2) un acte de la victime de nature : "
            f"{_kinds_fr(raw['provoked'])}"
            if "provoked" in raw
            else ""
        )
        return f"oui lorsque le couple a un acte de nature : {_kinds_fr(raw['acts'])}{also} (jamais non)"
    return ""
