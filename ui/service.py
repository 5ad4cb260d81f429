"""The only UI module that touches the engine: parse a case, classify it, read the rules and texts.

The engine is the process-wide one of ``engine.api.get_engine()`` (durable-rules rulesets can be
registered only once per process); nothing here creates rules. Case data is never logged or stored.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, Literal, cast

import streamlit as st
import yaml
from pydantic import BaseModel

from engine.api import Engine, get_engine, parse_case, parse_text
from engine.case.dates import MONTHS_EN, MONTHS_FR
from engine.case.labels import (
    ACT_LABELS,
    MESSAGE_NATURE_LABELS,
    OBTAINED_OBJECT_LABELS,
    PLACE_LABELS,
    PURPOSE_LABELS,
    VULNERABILITY_CAUSE_LABELS,
)
from engine.case.limits import MAX_BYTES as _MAX_BYTES
from engine.case.model import (
    MAX_YEAR,
    MIN_YEAR,
    Act,
    ActKind,
    Case,
    Finding,
    Knowledge,
    MessageNature,
    ObtainedObject,
    Participation,
    ParticipationKind,
    Person,
    Place,
    ProvocationMeans,
    Purpose,
    Relationship,
    Statement,
    VictimConduct,
    VictimConductKind,
    VulnerabilityCause,
)
from engine.case.reading import decode as _decode_file
from engine.documents.naming import Namer
from engine.documents.statements import question_label
from engine.kernel.errors import CaseInputError
from engine.kernel.result_model import STATUS_FR, Explanation, Flag, Principal, Qualification, QualificationRef, Result, Right
from engine.law.loader import RuleBook
from engine.law.rule_model import Offence
from engine.law.texts import articles
from engine.law.vocabulary import vocabulary
from engine.reasoning.fact_uses import protection_readers as protection_rule_readers
from engine.reasoning.participation import CONSTRAINED_FEEDS
from engine.reasoning.participation import reading as complicity_reading
from engine.storage import db, drafts  # drafts: the unsaved draft kept locally (ui/local_draft.py)
from engine.storage.db import LibraryFileError, default_path
from engine.storage.faults import LibraryBusy, LibraryFull, LibraryReadOnly, StorageFault
from engine.storage.library import CaseChanged, CaseNotFound, Library

ROOT = Path(__file__).resolve().parent.parent

__all__ = [
    "MAX_BYTES",
    "MAX_YEAR",
    "MIN_YEAR",
    "MONTHS_EN",
    "MONTHS_FR",
    "STATUS_FR",
    # practical cases (pages « Cas pratiques », « Suivi formateur »)
    "Answer",
    "AnsweredFlag",
    "AnsweredPrincipal",
    "AnsweredQualification",
    "Case",
    "CaseChanged",
    "CaseInputError",
    "CaseNotFound",
    "Explanation",
    "Flag",
    "Format",
    "Grade",
    "GradedItem",
    "Hint",
    "LibraryBusy",
    "LibraryFileError",
    "LibraryFull",
    "LibraryReadOnly",
    "Namer",
    "Offence",
    "Principal",
    "Qualification",
    "QualificationRef",
    "Result",
    "Right",
    "Statement",
    "StorageFault",
    "TrainingCase",
    "TrainingCaseError",
    "article_text",
    "classify_text",
    "decode",
    "drafts",
    "examples",
    "format_of",
    "next_hint",
    "parse_articles",
    "rulebook",
]

Format = Literal["yaml", "json"]
log = logging.getLogger("qualif.ui")
EXAMPLES_DIR = ROOT / "examples"
MAX_BYTES = _MAX_BYTES  # pasted text and uploaded files: the engine's bound (engine/case/limits.py)


@st.cache_resource(show_spinner="Chargement des règles…")
def _engine() -> Engine:
    # Kept by Streamlit across module reloads, so a source change never re-registers the rulesets.
    return get_engine()


def _check_size(text: str) -> None:
    if not text.strip():
        raise CaseInputError([("", "aucun dossier : le texte est vide")])


def classify_text(text: str, fmt: Format = "yaml", law_date: dt.date | None = None) -> Result:
    """Parse a case written in YAML or JSON and classify it; CaseInputError (French) on any defect."""
    if fmt not in ("yaml", "json"):
        raise CaseInputError([("", f"format « {fmt} » non reconnu (attendu yaml ou json)")])
    _check_size(text)
    case = parse_text(text, fmt)
    return _engine().classify(case, law_date)


def parse_case_text(text: str, fmt: Format = "yaml") -> Case:
    """A validated case for the entry form from YAML or JSON text; CaseInputError (French, field named) on any
    defect. The form keeps every value the engine accepts (tests/test_ui_roundtrip.py)."""
    if fmt not in ("yaml", "json"):
        raise CaseInputError([("", f"format « {fmt} » non reconnu (attendu yaml ou json)")])
    _check_size(text)
    return parse_text(text, fmt)


def parse_case_dict(data: dict[str, Any]) -> Case:
    """A validated case from the entry form's dict."""
    return parse_case(data)


def classify_dict(data: dict[str, Any], law_date: dt.date | None = None) -> tuple[Result, Case]:
    """Validate and classify the entry form's case (engine calls are serialised by the engine)."""
    case = parse_case(data)
    return _engine().classify(case, law_date), case


def classify_case(case: Case, law_date: dt.date | None = None) -> Result:
    return _engine().classify(case, law_date)


MODELS: dict[str, type[BaseModel]] = {
    m.__name__: m for m in (Case, Person, Act, Relationship, Knowledge, VictimConduct, Finding, Statement, Participation)
}


def model_label(model: str, field: str) -> str:
    """The French title of a case-model field (the schema's own wording)."""
    return MODELS[model].model_fields[field].title or field


def kind_label(kind: str) -> str:
    return ACT_LABELS.get(ActKind(kind), kind)


def purpose_label(value: str) -> str:
    return PURPOSE_LABELS.get(Purpose(value), value)


def message_label(value: str) -> str:
    return MESSAGE_NATURE_LABELS.get(MessageNature(value), value)


def message_natures() -> list[str]:
    return [v.value for v in MessageNature]


def obtained_label(value: str) -> str:
    return OBTAINED_OBJECT_LABELS.get(ObtainedObject(value), value)


def obtained_objects() -> list[str]:
    return [v.value for v in ObtainedObject]


def place_label(value: str) -> str:
    return PLACE_LABELS.get(Place(value), value)


def act_kinds() -> list[str]:
    return [k.value for k in ActKind]


def purposes() -> list[str]:
    return [p.value for p in Purpose]


def cause_label(value: str) -> str:
    return VULNERABILITY_CAUSE_LABELS.get(VulnerabilityCause(value), value)


def vulnerability_causes() -> list[str]:
    return [c.value for c in VulnerabilityCause]


def places() -> list[str]:
    return [p.value for p in Place]


def conduct_kinds() -> list[str]:
    return [k.value for k in VictimConductKind]


@cache
def questions(language: str = "fr") -> dict[str, str]:
    """The questions a statement may bear on: fact name → its label (rules/facts.yaml: ``label``, or ``label_en``
    in English), by label."""
    facts = vocabulary().facts
    labels = ((n, (facts[n].label_en if language == "en" else None) or question_label(n)) for n in facts)
    return dict(sorted(labels, key=lambda item: item[1].lower()))


def participation_kinds() -> dict[str, str]:
    """The forms of complicity (121-7) → their French label and article (rules/participation.yaml)."""
    forms = complicity_reading().forms
    return {k.value: f"{forms[k.value].label} ({forms[k.value].article})" for k in ParticipationKind}


def provocation_means() -> dict[str, str]:
    """The means of a provocation (121-7 al. 2) → their French words (rules/participation.yaml)."""
    return {m.value: complicity_reading().means.get(m.value, m.value) for m in ProvocationMeans}


def complicity_why(field: str) -> list[tuple[str, str, str]]:
    """« Pourquoi cette question ? » for a participation field: (article, form, quote) of each form of 121-7 that
    reads it (rules/participation.yaml: ``requires``; « sciemment » and the form are read by every form)."""
    forms = complicity_reading().forms.values()
    return [(f.article, f.label, f.quote) for f in forms if field in ("kind", "knowingly") or field in f.requires]


@cache
def complicity_protection() -> list[tuple[str, str, tuple[str, ...]]]:
    """The flags and rights read by an act committed under a complice's constraint (engine/reasoning/participation.py)."""
    readers = protection_rule_readers(rulebook())
    uses = dict.fromkeys(u for fact in CONSTRAINED_FEEDS for u in readers.get(fact, []))
    return [(u.category, u.label, u.refs) for u in uses]


def act_tri_fields() -> list[str]:
    """The three-valued attributes of an act, in the model's order (new ones appear without UI changes)."""
    return tri_fields("Act")


def tri_fields(model: str) -> list[str]:
    """The three-valued fields of a case-model class, in the model's order."""
    return [name for name, field in MODELS[model].model_fields.items() if field.annotation == (bool | None)]


FILE_KEY = "biblio_fichier"  # the library file chosen for this session (file screen), if any


def db_path() -> Path:
    """This session's database file: the one chosen on the file screen, else QUALIF_DB or the user's data directory."""
    chosen = st.session_state.get(FILE_KEY)
    return Path(chosen) if chosen else default_path()


_PRELOAD_FAILED: dict[str, str] = {}  # file → why its examples could not be loaded (said on every page)


@st.cache_resource(show_spinner=False)
def _library(path: str) -> Any:
    lib = Library(path)  # creates the file only if nothing is there; LibraryFileError (not cached) if unsound
    try:
        lib.preload_examples(EXAMPLES_DIR)  # only into a library just created
    except Exception as exc:  # never blocks start-up: one transaction undone, retried at the next start, said
        log.warning("exemples non chargés : %s", type(exc).__name__)
        _PRELOAD_FAILED[path] = str(exc) if isinstance(exc, LibraryFileError) else type(exc).__name__
    else:
        _PRELOAD_FAILED.pop(path, None)
    return lib


def library() -> Any:
    """This session's case library (opened once per process and file; examples only in a new one)."""
    return _library(str(db_path()))


def check_library() -> None:
    """LibraryFileError (French, naming the file) unless the session's file is still there and sound; cheap, every run."""
    with db.reading(db_path(), create_missing=False):
        pass


def open_library() -> StorageFault | None:
    """Open and check the session's library at the top of every run: a busy, full or read-only library is
    returned, to be said while the pages run; an unsound file raises LibraryFileError (the file screen)."""
    try:
        library()
        check_library()
    except StorageFault as exc:
        return exc
    return None


def library_writable() -> bool:
    """False when the session's library file (or its folder) cannot be written: it is read, saving says why."""
    return db.writable(db_path())


def preload_problem() -> str | None:
    """Why the examples could not be loaded into the session's new library, if they could not."""
    return _PRELOAD_FAILED.get(str(db_path()))


def use_library_file(path: Path, *, new: bool) -> None:
    """Make ``path`` this session's library: an existing sound Qualif file, or (``new``) one created where nothing is.

    LibraryFileError otherwise; no file is ever replaced, moved or deleted.
    """
    if new and os.path.lexists(path):
        raise LibraryFileError(path, "existe déjà : choisir un emplacement libre pour une nouvelle bibliothèque")
    if not new:
        db.check(path)
    _library.clear()  # a file seen before at this path may have been replaced
    _library(str(path))
    st.session_state[FILE_KEY] = str(path)


def note(
    kind: Literal["qualification", "partie_civile"],
    fmt: Literal["pdf", "docx", "md"],
    case: Case,
    result: Result,
    *,
    pseudonymise: bool = False,
    victim: str | None = None,
) -> tuple[bytes, str, str]:
    """(content, file name, MIME type) of a note, stamped with the date, the law date and the ruleset hash."""
    make, name, mime = note_deferred(kind, fmt, case, result, pseudonymise=pseudonymise, victim=victim)
    return make(), name, mime


def note_deferred(
    kind: Literal["qualification", "partie_civile"],
    fmt: Literal["pdf", "docx", "md"],
    case: Case,
    result: Result,
    *,
    pseudonymise: bool = False,
    victim: str | None = None,
) -> tuple[Callable[[], bytes], str, str]:
    """Like :func:`note`, but the content is made only when called (by the download button, on click)."""
    from engine.documents.exports import MIME_TYPES, note_filename, render_note

    def make() -> bytes:
        return render_note(kind, fmt, case, result, pseudonymise=pseudonymise, victim=victim, book=rulebook())

    return make, note_filename(kind, fmt, case, pseudonymise=pseudonymise, victim=victim), MIME_TYPES[fmt]


def library_path() -> str:
    return str(db_path())


def format_of(name: str) -> Format:
    """The format of a file from its name (.json, .yaml, .yml)."""
    suffix = Path(name).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    raise CaseInputError([("", f"format de fichier non reconnu « {suffix} » (attendu .json, .yaml ou .yml)")])


def decode(data: bytes) -> str:
    """The text of an uploaded file (UTF-8 with or without BOM, at most 5 MB), as the command line reads one."""
    return _decode_file(data)


@cache
def examples() -> dict[str, Path]:
    """Example cases shipped with the project: title → path, in the order of their ids."""
    found: list[tuple[str, str, Path]] = []
    for path in sorted(EXAMPLES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("id"):
            found.append((str(data["id"]), str(data.get("title") or data["id"]), path))
    return {title: path for _, title, path in sorted(found)}


def field_readers(model: str, field: str) -> list[tuple[str, dt.date, dt.date | None, list[tuple[str, str, str]]]]:
    """« Pourquoi cette question ? » for a field of the case model: (article, version's first and last day,
    [(« element » or « aggravation », its own article, its label)]) for every version of an article whose
    elements or circumstances read the field, derived from the rule book (engine/reasoning/fact_uses.py)."""
    grouped: dict[tuple[str, dt.date, dt.date | None], list[tuple[str, str, str]]] = {}
    for use in _engine().field_uses().of(model, field):
        grouped.setdefault((use.article, use.valid_from, use.valid_to), []).append((use.part, use.part_article, use.label))
    return [(article, start, end, parts) for (article, start, end), parts in grouped.items()]


def is_read(model: str, field: str) -> bool:
    """Whether an element, a circumstance, a flag or a right reads the field (engine/reasoning/fact_uses.py): a
    question no rule reads is not asked (its value, if the case has one, is kept and shown as entered)."""
    return _engine().field_uses().read(model, field)


def act_questions(kind: str | None) -> tuple[str, ...]:
    """The act fields some rule reads on an act of this nature (every field read on some nature, none chosen),
    derived from the rule files; the others are not asked for it."""
    uses = _engine().field_uses()
    if kind in {k.value for k in ActKind}:
        return uses.act_fields(ActKind(str(kind)))
    return tuple(field for field in fact_questions("Act") if field in uses.act_kinds)


def fact_questions(model: str) -> tuple[str, ...]:
    """Every question of fact of a case-model class, read by a rule or not (engine/reasoning/fact_uses.py)."""
    from engine.reasoning.fact_uses import question_fields  # with the readers, on first use (as the engine does)

    return question_fields(model)


def protection_readers(model: str, field: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """The flags and rights of the protection stage that read a field: (« flag » or « right », label, texts cited)."""
    return [(use.category, use.label, use.refs) for use in _engine().field_uses().protection_of(model, field)]


def rulebook() -> RuleBook:
    """The rules the engine runs (loaded and validated once)."""
    return _engine().book


def text_refs(offence: Offence) -> list[tuple[str, str]]:
    """Every (file, article) an offence quotes, in order of first use."""
    found = []
    for v in offence.versions:
        found += [v.text] + [e.text or v.text for e in v.elements] + [a.text for a in v.aggravations]
    found += [a.text for a in offence.attempts]
    return list(dict.fromkeys((ref.file, ref.article) for ref in found))


def offence_texts(offence_id: str) -> list[tuple[str, str]]:
    """(article, verbatim text) for every article an offence cites; articles not shipped are left out."""
    offence = rulebook().offences.get(offence_id)
    if offence is None:
        return []
    pairs = [(article, article_text(file, article)) for file, article in text_refs(offence)]
    return [(article, text) for article, text in pairs if text is not None]


FEATURES_DIR = ROOT / "features"


@cache
def _scenario_blocks() -> list[tuple[str, str, str]]:
    """(feature file, scenario title, scenario text with its examples) for every scenario of features/."""
    blocks: list[tuple[str, str, str]] = []
    for path in sorted(FEATURES_DIR.glob("*.feature")):
        title, lines = "", cast(list[str], [])
        for line in [*path.read_text(encoding="utf-8").splitlines(), "Scénario: <fin>"]:
            head = line.strip()
            if head.startswith(("Scénario:", "Plan du scénario:", "Exemple:")):
                if title:
                    blocks.append((path.name, title, "\n".join(lines)))
                title, lines = head.split(":", 1)[1].strip(), []
            elif title:
                lines.append(line)
    return blocks


def scenarios_for(article: str) -> list[tuple[str, str, str]]:
    """(feature file, scenario title, its steps and examples) of every scenario whose steps or examples name this article."""
    quoted, cell = f'"{article}"', f"| {article} "
    return [(file, title, text.strip("\n")) for file, title, text in _scenario_blocks() if quoted in text or cell in text]


def _search_key(text: str) -> str:
    return "".join(text.lower().split())


def offence_search_text(offence: Offence) -> str:
    """Everything the rules page filter reads for an offence: its article and label, and in every version the
    article and label of each element and aggravating circumstance, and the attempt's article (spaces ignored)."""
    parts = [offence.article, offence.label, offence.family, offence.id]
    parts += [a.article for a in offence.attempts]
    for v in offence.versions:
        parts += [p for e in v.elements for p in (e.article, e.label)]
        parts += [p for a in v.aggravations for p in (a.article, a.label, a.id)]
    return _search_key(" | ".join(parts))


def matches_offence(offence: Offence, query: str) -> bool:
    """True when the query (« 225-7-1 », « 225-7 10° », « bande organisée »…) is found, spaces and case aside."""
    return _search_key(query) in offence_search_text(offence)


def article_text(file: str, article: str) -> str | None:
    """The verbatim text of an article from rules/texts/, or None if it is not shipped."""
    try:
        return articles(file).get(article)
    except FileNotFoundError:
        return None


# ==================================================================================================
# Cas pratiques et suivi de formation (pages « Cas pratiques » et « Suivi formateur »).
# Block owned with engine/training*.py and engine/training/progress.py; the engine is still the one of _engine().
# ==================================================================================================

from engine.training import progress  # noqa: E402
from engine.training.cases import (  # noqa: E402
    TRAINING_DIR,
    TrainingCase,
    TrainingCaseError,
    load_training_cases,
)
from engine.training.grading import grade as _grade  # noqa: E402
from engine.training.grading import next_hint  # noqa: E402 (used by the pages)
from engine.training.model import (  # noqa: E402 (used by the pages)
    Answer,
    AnsweredFlag,
    AnsweredPrincipal,
    AnsweredQualification,
    Grade,
    GradedItem,
    Hint,
)

ATTEMPT_SUFFIX = " (tentative)"


@st.cache_resource(show_spinner=False, max_entries=4)
def _training_cases(stamp: tuple[tuple[str, float], ...]) -> dict[str, TrainingCase]:
    return load_training_cases(_engine().book, TRAINING_DIR)


def training_cases() -> dict[str, TrainingCase]:
    """The practical cases of training/cases/, reloaded when a file is added or changed; TrainingCaseError if one is broken."""
    stamp = tuple((p.name, p.stat().st_mtime) for p in sorted(TRAINING_DIR.glob("*.yaml")))
    return _training_cases(stamp)


def training_result(tc: TrainingCase) -> Result:
    return _engine().classify(tc.case)


def grade_training(tc: TrainingCase, answer: Answer) -> Grade:
    """The trainee's answer compared with the engine's result (juste / manqué / erroné, explanations, hints)."""
    return _grade(tc, answer, training_result(tc), _engine().book)


def answer_articles(with_attempts: bool = True) -> list[str]:
    """Articles a trainee may choose, most protective first; « … (tentative) » for offences whose attempt is punishable."""
    offences = sorted(rulebook().offences.values(), key=lambda o: (o.protection_rank, o.article))
    out = [o.article for o in offences]
    if with_attempts:
        out += [o.article + ATTEMPT_SUFFIX for o in offences if o.attempt is not None]
    return out


def _article_key(text: str) -> str:
    return "".join(text.lower().removeprefix("art.").split()).replace("(tentative)", "tentative")


def parse_articles(text: str, articles: list[str]) -> tuple[list[str], list[str]]:
    """Articles typed by a trainee, separated by commas or semicolons, matched exactly (spaces and case aside;
    « tentative » after the article for an attempt): (the articles recognised, in order, once each; the words
    that are no article). Nothing is guessed: « 225-5 » is 225-5, never 225-12-5 or its attempt."""
    by_key = {
        _article_key(a.removesuffix(ATTEMPT_SUFFIX) + (" tentative" if a.endswith(ATTEMPT_SUFFIX) else "")): a for a in articles
    }
    chosen: list[str] = []
    unknown: list[str] = []
    for word in (w.strip() for w in text.replace(";", ",").split(",")):
        if not word:
            continue
        found = by_key.get(_article_key(word))
        if found is None:
            unknown.append(word)
        elif found not in chosen:
            chosen.append(found)
    return chosen, unknown


def article_label(article: str) -> str:
    base = article.removesuffix(ATTEMPT_SUFFIX)
    label = next((o.label for o in rulebook().offences.values() if o.article == base), "")
    return f"{article} — {label}" if label else article


def flag_kinds() -> dict[str, tuple[str, list[str], str]]:
    """Flag kind → (French label, statuses it can take, subject « personne » or « client »)."""
    rules = [r for r in rulebook().protection.values() if r.category == "flag"]
    return {r.kind: (r.label, list(dict.fromkeys(a.status for a in r.alternatives)), r.subject) for r in rules}


def record_training_attempt(grade: Grade, trainee: str, started: dt.datetime, hints_used: int) -> int:
    """Store the attempt in the local SQLite file (QUALIF_DB or the data directory); ValueError on a bad pseudonym."""
    return progress.record_attempt(grade, trainee, started, dt.datetime.now(dt.UTC), hints_used, db_path())


def training_attempts(trainee: str | None = None) -> list[progress.Attempt]:
    return progress.attempts(trainee, db_path())


def article_success_rates(trainee: str | None = None) -> list[progress.ArticleRate]:
    return progress.article_success_rates(db_path(), trainee)


def case_success_rates(trainee: str | None = None) -> list[progress.CaseRate]:
    return progress.case_success_rates(db_path(), trainee)


def training_csv(trainee: str | None = None) -> str:
    return progress.export_csv(trainee, db_path())
