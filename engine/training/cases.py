"""The library of practical cases: one YAML file per case in training/cases/ (a trainer drops a file).

Each file holds the narrative, the facts (``case:``, exactly what :func:`engine.api.parse_case`
accepts), the expected answer, teaching notes and optional hints. Any defect — YAML, schema,
unknown field, expected answer naming an unknown person, article or flag — raises
:class:`TrainingCaseError` naming the file and the line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from engine.case.loading import CaseLoader, DuplicateKeyError, load_yaml, parse_case
from engine.case.model import Case
from engine.kernel.errors import CaseInputError, case_error_from_validation, field_path
from engine.law.loader import RuleBook, construct_mapping, line_of
from engine.law.location import training_dir
from engine.training.model import Answer

TRAINING_DIR = training_dir()
PRINCIPAL_HINT = "principale"

Level = Literal["débutant", "intermédiaire", "avancé"]
Setting = Literal["rue", "appartement", "hotel", "location_courte_duree", "reseaux_sociaux", "etablissement", "foyer", "etranger"]
Theme = Literal[
    "traite_plutot_que_proxenetisme",
    "proxenetisme_sans_traite",
    "client_seul",
    "recruteuse_mineure",
    "non_sanction",
    "images_autoproduites",
    "sextorsion",
    "bande_organisee",
    "reforme_2021",
    "victime_etrangere",
    "temoin_majeur",
    "tentative",
    "autorite_famille",
    "age_incertain",
    "violences_sexuelles",
]


class TrainingCaseError(ValueError):
    """A practical-case file that does not validate: French message naming the file and the line."""

    def __init__(self, file: str, line: int | None, message: str, more: Sequence[tuple[int | None, str]] = ()):
        self.file, self.line, self.problem = file, line, message
        where = f"{file}, ligne {line}" if line else file
        extra = "".join(f"\n- ligne {n} : {m}" if n else f"\n- {m}" for n, m in more)
        super().__init__(f"Cas pratique invalide ({where}) : {message}{extra}")


class TrainingCase(BaseModel):
    """One practical case; ``case`` is validated by the engine's case model."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]{0,63}$", title="identifiant du cas pratique")
    title: str = Field(min_length=5, max_length=300, title="intitulé")
    level: Level = Field(title="niveau")
    settings: list[Setting] = Field(min_length=1, title="lieux (rue, appartement, hôtel, réseaux sociaux…)")
    themes: list[Theme] = Field(default_factory=list, title="thèmes")
    narrative: str = Field(min_length=200, max_length=20000, title="exposé des faits (français)")
    case: Case = Field(title="faits, dans le schéma du moteur")
    expected: Answer = Field(title="réponse attendue")
    teaching_notes: str = Field(min_length=50, max_length=20000, title="notes pédagogiques")
    hints: dict[str, str] = Field(default_factory=dict, title="indices par élément (article, signalement ou « principale »)")
    _file: str = PrivateAttr("")

    @property
    def file(self) -> str:
        return self._file

    def victims(self) -> list[str]:
        return [p.id for p in self.case.persons if "victime" in p.roles]


class _TrainingLoader(CaseLoader):
    """YAML like case files (dates as text, duplicate keys refused) that remembers each key's line."""


_TrainingLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)


def _loc(path: str) -> tuple[str | int, ...]:
    """« acts[0].date » → ("acts", 0, "date")."""
    out: list[str | int] = []
    for part in path.replace("[", ".[").split("."):
        if not part:
            continue
        out.append(int(part[1:-1]) if part.startswith("[") and part.endswith("]") and part[1:-1].isdigit() else part)
    return tuple(out)


def _fail(file: str, raw: Any, problems: Sequence[tuple[tuple[str | int, ...], str]]) -> TrainingCaseError:
    located = [(line_of(raw, loc), field_path(loc), msg) for loc, msg in problems]
    (line, path, msg), rest = located[0], located[1:]
    return TrainingCaseError(file, line, f"{path} : {msg}" if path else msg, [(n, f"{p} : {m}") for n, p, m in rest])


def _read(path: Path) -> Any:
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TrainingCaseError(file, None, f"fichier illisible ({exc})") from None
    try:
        return load_yaml(text, _TrainingLoader)
    except DuplicateKeyError as exc:
        raise TrainingCaseError(file, exc.line, f"{exc.path} : {exc.text()}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise TrainingCaseError(file, line, f"YAML invalide : {getattr(exc, 'problem', exc)}") from None


def parse_training_case(raw: Any, file: str, book: RuleBook) -> TrainingCase:
    """Validate one case already read from YAML (line-aware mappings give the line of each defect)."""
    if not isinstance(raw, dict):
        raise TrainingCaseError(file, 1, "le fichier doit être un objet (clé : valeur)")
    data = dict(raw)
    if isinstance(raw.get("case"), dict):
        try:
            data["case"] = parse_case(dict(raw["case"]))
        except CaseInputError as exc:
            raise _fail(file, raw, [(("case", *_loc(p)), m) for p, m in exc.problems]) from None
    try:
        tc = TrainingCase.model_validate(data)
    except ValidationError as exc:
        raise _fail(file, raw, [(_loc(p), m) for p, m in case_error_from_validation(exc).problems]) from None
    problems = list(_cross_references(tc, book))
    if problems:
        raise _fail(file, raw, problems)
    tc._file = file
    return tc


def encoded_articles(book: RuleBook) -> set[str]:
    """Every article number a qualification may carry: each offence's, and each version's own (222-29 1°…)."""
    return {o.article_of(v) for o in book.offences.values() for v in o.versions} | {o.article for o in book.offences.values()}


def _cross_references(tc: TrainingCase, book: RuleBook) -> Iterable[tuple[tuple[str | int, ...], str]]:
    """The expected answer and the hints may only name persons, articles and flags that exist."""
    yield from answer_problems(tc.expected, tc, book, ("expected",))
    articles = encoded_articles(book)
    flags = {r.kind for r in book.protection.values() if r.category == "flag"}
    for key in tc.hints:
        if key != PRINCIPAL_HINT and key not in articles and key not in flags:
            yield ("hints", key), f"indice pour « {key} » : ni un article encodé, ni un signalement, ni « {PRINCIPAL_HINT} »"


def answer_problems(
    answer: Answer, tc: TrainingCase, book: RuleBook, at: tuple[str | int, ...] = ()
) -> Iterable[tuple[tuple[str | int, ...], str]]:
    """Persons, articles, flags and flag statuses of an answer that do not exist (location, French message)."""
    persons = {p.id for p in tc.case.persons}
    articles = encoded_articles(book)
    flags = {r.kind: {a.status for a in r.alternatives} for r in book.protection.values() if r.category == "flag"}

    def person(loc: tuple[str | int, ...], pid: str) -> Iterable[tuple[tuple[str | int, ...], str]]:
        if pid not in persons:
            yield loc, f"personne « {pid} » inconnue : elle n'est pas dans case.persons ({', '.join(sorted(persons))})"

    def article(loc: tuple[str | int, ...], art: str) -> Iterable[tuple[tuple[str | int, ...], str]]:
        if art not in articles:
            yield loc, f"article « {art} » inconnu : aucune infraction encodée (voir `qualif rules`)"

    for i, q in enumerate(answer.qualifications):
        here = (*at, "qualifications", i)
        yield from article((*here, "article"), q.article)
        yield from person((*here, "perpetrator"), q.perpetrator)
        yield from person((*here, "victim"), q.victim)
    for i, p in enumerate(answer.principal):
        yield from person((*at, "principal", i, "victim"), p.victim)
        yield from article((*at, "principal", i, "article"), p.article)
    for i, f in enumerate(answer.flags):
        here = (*at, "flags", i)
        if f.kind not in flags:
            yield (*here, "kind"), f"signalement « {f.kind} » inconnu (connus : {', '.join(sorted(flags))})"
        elif f.status not in flags[f.kind]:
            yield (
                (*here, "status"),
                f"statut « {f.status} » impossible pour {f.kind} (admis : {', '.join(sorted(flags[f.kind]))})",
            )
        for pid in f.person.split(">"):
            yield from person((*here, "person"), pid)


def load_training_case(path: str | Path, book: RuleBook) -> TrainingCase:
    p = Path(path)
    return parse_training_case(_read(p), str(p), book)


def load_training_cases(book: RuleBook, folder: str | Path = TRAINING_DIR) -> dict[str, TrainingCase]:
    """Every practical case of the folder, by id, in file-name order; the first defect raises."""
    out: dict[str, TrainingCase] = {}
    for path in sorted(Path(folder).glob("*.yaml")):
        raw = _read(path)
        tc = parse_training_case(raw, str(path), book)
        if tc.id in out:
            raise _fail(str(path), raw, [(("id",), f"identifiant « {tc.id} » déjà utilisé par {out[tc.id].file}")])
        out[tc.id] = tc
    return out
