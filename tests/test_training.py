"""Practical cases (training/cases): library, agreement with the engine, coverage, grading, `qualif train`, progress."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from engine.api import get_engine
from engine.case.model import ActKind, VictimConductKind
from engine.cli.training import AnswerInputError, answer_from_lines, compact_lines, parse_line
from engine.storage import db
from engine.training import progress
from engine.training.cases import TRAINING_DIR, TrainingCase, TrainingCaseError, load_training_cases
from engine.training.grading import engine_answer, next_hint, retained
from engine.training.grading import grade as grade_against
from engine.training.model import Answer, AnsweredFlag, AnsweredQualification, Grade

ROOT = Path(__file__).resolve().parent.parent


def grade(tc: TrainingCase, answer: Answer) -> Grade:
    """The practical case graded against the engine's own result for it."""
    engine = get_engine()
    return grade_against(tc, answer, engine.classify(tc.case), engine.book)


CASES = load_training_cases(get_engine().book)
REFORM = dt.date(2021, 4, 23)


def _case(case_id: str) -> TrainingCase:
    return CASES[case_id]


# --- the library ---------------------------------------------------------------------------------


def test_at_least_25_cases_one_per_file() -> None:
    files = sorted(TRAINING_DIR.glob("*.yaml"))
    assert len(CASES) >= 25
    assert len(files) == len(CASES)
    for tc in CASES.values():
        assert Path(tc.file).name.startswith(tc.id + "_"), f"{tc.file} : le nom du fichier commence par l'identifiant"
        assert tc.case.id == tc.id, tc.id
        assert tc.victims(), f"{tc.id} : au moins une victime"


def _expected_items(tc: TrainingCase) -> dict[str, str]:
    a = tc.expected
    items = {f"qualification {q.article} {q.perpetrator}>{q.victim} ({q.mode})": q.status for q in a.qualifications}
    items |= {f"principale {p.victim}": p.article for p in a.principal}
    items |= {f"signalement {f.kind} {f.person}": f.status for f in a.flags}
    return items


def _engine_items(tc: TrainingCase) -> dict[str, str]:
    answer = engine_answer(get_engine().classify(tc.case), with_excluded=True)
    return _expected_items(tc.model_copy(update={"expected": answer}))


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_stored_expected_answer_agrees_with_the_engine(case_id: str) -> None:
    tc = _case(case_id)
    expected, engine = _expected_items(tc), _engine_items(tc)
    problems = [
        f"{case_id} : {k} — attendu {v}, moteur {engine.get(k, 'absent')}" for k, v in expected.items() if engine.get(k) != v
    ]
    problems += [f"{case_id} : {k} — absent de la réponse attendue, moteur {v}" for k, v in engine.items() if k not in expected]
    assert not problems, "\n".join(problems)
    assert grade(tc, tc.expected).score == 1.0


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_teaching_notes_cite_only_what_exists(case_id: str) -> None:
    tc = _case(case_id)
    shipped = {
        m for p in (ROOT / "rules" / "texts").glob("*.md") for m in re.findall(r"^## Article (\S+)", p.read_text("utf-8"), re.M)
    }
    for art in re.findall(r"art\. (\d{3}-\d+(?:-\d+)*)", tc.teaching_notes):
        assert art in shipped, f"{case_id} : art. {art} absent des textes fournis (rules/texts)"
    cncdh21 = (ROOT / "rules/sources/CNCDH_2021_opinion_child_prostitution_trafficking.txt").read_text(encoding="utf-8")
    cncdh20 = (ROOT / "rules/sources/CNCDH_2020_opinion_national_referral_mechanism.txt").read_text(encoding="utf-8")
    lanzarote = (ROOT / "rules/sources/Lanzarote_Committee_factsheet_France_CSGSIV_2023.txt").read_text(encoding="utf-8")
    for rec in re.findall(r"CNCDH 2021, (?:[^)]*?)Rec\. (\d+)", tc.teaching_notes):
        assert re.search(rf"Recommendation No\. {rec}\b", cncdh21), f"{case_id} : CNCDH 2021, Rec. {rec}"
    for rec in re.findall(r"CNCDH 2020, Rec\. (\d+)", tc.teaching_notes):
        assert re.search(rf"Recommendation no\.{rec}\b", cncdh20), f"{case_id} : CNCDH 2020, Rec. {rec}"
    for rec in re.findall(r"Rec\. (II-\d+)", tc.teaching_notes):
        assert f"Recommendation {rec}." in lanzarote, f"{case_id} : Comité de Lanzarote, Rec. {rec}"
    for para in re.findall(r"CNCDH 2021, §(\d+)", tc.teaching_notes):
        assert re.search(rf"^(?:\s*- )?\s*{para}\. ", cncdh21, re.M), f"{case_id} : CNCDH 2021, §{para}"


# --- coverage of the required dimensions, from the data ------------------------------------------


def _age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _victim_ages() -> set[int]:
    ages = set()
    for tc in CASES.values():
        for v in tc.case.persons:
            acts = [a.date for a in tc.case.acts if a.target == v.id]
            if "victime" in v.roles and v.birth_date and acts:
                ages.add(min(_age(v.birth_date, min(acts)), 18))
    return ages


def test_coverage_ages_nationality_settings() -> None:
    assert {13, 14, 15, 16, 17, 18} <= _victim_ages(), "mineurs de 13 à 17 ans et majeurs témoins"
    foreign = {p.foreign_national for tc in CASES.values() for p in tc.case.persons if "victime" in p.roles}
    assert {True, False} <= foreign, "victimes françaises et étrangères"
    settings = {s for tc in CASES.values() for s in tc.settings}
    assert {"rue", "appartement", "hotel", "location_courte_duree", "reseaux_sociaux"} <= settings


def _principal(tc: TrainingCase, victim: str) -> str | None:
    return next((p.article for p in tc.expected.principal if p.victim == victim), None)


def _established(tc: TrainingCase, article: str, victim: str) -> bool:
    return any(q.article == article and q.victim == victim and q.status == "established" for q in tc.expected.qualifications)


def test_coverage_situations() -> None:
    cases = list(CASES.values())
    single_client = [
        tc
        for tc in cases
        if {a.kind for a in tc.case.acts} <= {ActKind.PAY_FOR_SEX, ActKind.SEXUAL_PENETRATION}
        and all("client" in tc.case.person(a.actor).roles for a in tc.case.acts)
    ]
    assert single_client, "un client seul, sans intermédiaire"
    minor_recruiters = [
        (tc.id, a.actor)
        for tc in cases
        for a in tc.case.acts
        if a.kind is ActKind.RECRUIT
        and "victime" in tc.case.person(a.actor).roles
        and _age(tc.case.person(a.actor).birth_date or a.date, a.date) < 18
        and _principal(tc, a.actor) is not None
    ]
    assert minor_recruiters, "une recruteuse elle-même mineure victime"
    assert any(f.kind == "non_punishment" and f.status == "strong" for tc in cases for f in tc.expected.flags)
    own = {VictimConductKind.OWN_IMAGES_PRODUCED, VictimConductKind.OWN_IMAGES_SHARED}
    assert any(c.kind in own for tc in cases for c in tc.case.victim_conduct), "images autoproduites"
    assert any(
        {ActKind.BLACKMAIL, ActKind.EXTORT} & {a.kind for a in tc.case.acts}
        and any(c.kind in own for c in tc.case.victim_conduct)
        for tc in cases
    ), "sextorsion"
    assert any(tc.case.organised_gang for tc in cases), "bande organisée"
    dates = [{a.date < REFORM for a in tc.case.acts} for tc in cases]
    assert {True} in dates and {False} in dates and {True, False} in dates, (
        "faits avant, après, et de part et d'autre du 23/04/2021"
    )
    trafficking_over_procuring = [
        tc.id for tc in cases for v in tc.victims() if _principal(tc, v) == "225-4-1 II" and _established(tc, "225-5", v)
    ]
    procuring_not_trafficking = [tc.id for tc in cases for v in tc.victims() if _principal(tc, v) == "225-5"]
    assert len(trafficking_over_procuring) >= 3 and len(procuring_not_trafficking) >= 3


def test_themes_declared_match_the_facts() -> None:
    for tc in CASES.values():
        kinds = {a.kind for a in tc.case.acts}
        if "bande_organisee" in tc.themes:
            assert tc.case.organised_gang, tc.id
        if "tentative" in tc.themes:
            assert any(a.attempt for a in tc.case.acts), tc.id
        if "non_sanction" in tc.themes:
            assert any(f.kind == "non_punishment" for f in tc.expected.flags), tc.id
        if "sextorsion" in tc.themes:
            assert kinds & {ActKind.BLACKMAIL, ActKind.EXTORT}, tc.id
        if "victime_etrangere" in tc.themes:
            assert any(tc.case.person(v).foreign_national for v in tc.victims()), tc.id
        if "reforme_2021" in tc.themes:
            assert any(a.date < REFORM for a in tc.case.acts), tc.id
        if "traite_plutot_que_proxenetisme" in tc.themes:
            assert any(_principal(tc, v) == "225-4-1 II" for v in tc.victims()), tc.id
        if "proxenetisme_sans_traite" in tc.themes:
            assert any(_principal(tc, v) in ("225-5", "611-1") for v in tc.victims()), tc.id
        if "temoin_majeur" in tc.themes:
            assert all(
                _age(tc.case.person(v).birth_date or dt.date.min, min(a.date for a in tc.case.acts)) >= 18 for v in tc.victims()
            ), tc.id


# --- a broken file names the file and the line ---------------------------------------------------


def _broken(tmp_path: Path, old: str, new: str, case_id: str = "cp14") -> Path:
    source = Path(_case(case_id).file)
    text = source.read_text(encoding="utf-8")
    assert old in text, old
    target = tmp_path / source.name
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("level: intermédiaire", "level: intermédiaire: oui", "level:", "YAML invalide"),
        (
            "date: 2022-05-01, end_date: 2023-01-10, public_network",
            "date: 2022-02-30, end_date: 2023-01-10, public_network",
            "2022-02-30",
            "case.acts[0].date : date « 2022-02-30 » non valide",
        ),
        ("level: intermédiaire", "level: intermédiaire\nniveau_bis: 3", "niveau_bis", "champ inconnu"),
        ("{id: bruno,", "{id: bruno, couleur: bleu,", "couleur", "champ inconnu"),
        ("perpetrator: bruno, victim: lou", "perpetrator: bruno, victim: lea", "victim: lea", "personne « lea » inconnue"),
        ('article: "225-5", perpetrator', 'article: "225-55", perpetrator', "225-55", "article « 225-55 » inconnu"),
        (
            'person: "lou", status: applicable}',
            'person: "lou", status: strong}',
            "status: strong",
            "statut « strong » impossible",
        ),
        ("level: intermédiaire", "level: expert", "level:", "level : valeur « expert » non admise"),
        (
            "actor: bruno, target: lou, kind: publier_annonces",
            "actor: bruno, target: zed, kind: publier_annonces",
            "target: zed",
            "n'existe pas",
        ),
    ],
)
def test_broken_file_error_names_file_and_line(tmp_path: Path, old: str, new: str, needle: str, message: str) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(TrainingCaseError) as err:
        load_training_cases(get_engine().book, tmp_path)
    assert err.value.file == str(path)
    assert err.value.line == line_of(path, needle), str(err.value)
    assert message in str(err.value) and path.name in str(err.value) and f"ligne {err.value.line}" in str(err.value)


def test_duplicate_id_and_unknown_hint_are_refused(tmp_path: Path) -> None:
    shutil.copy(_case("cp14").file, tmp_path / "cp14_a.yaml")
    shutil.copy(_case("cp14").file, tmp_path / "cp14_b.yaml")
    with pytest.raises(TrainingCaseError, match=r"cp14_b\.yaml, ligne 1\) : id : identifiant « cp14 » déjà utilisé"):
        load_training_cases(get_engine().book, tmp_path)
    (tmp_path / "cp14_b.yaml").unlink()
    path = _broken(tmp_path, "hints:\n", 'hints:\n  "999-9": "?"\n')
    with pytest.raises(TrainingCaseError, match="indice pour « 999-9 »") as err:
        load_training_cases(get_engine().book, tmp_path)
    assert err.value.line == line_of(path, "999-9")


def test_a_trainer_adds_a_case_by_dropping_a_file(tmp_path: Path) -> None:
    path = _broken(tmp_path, "id: cp14", "id: cp99")
    path.write_text(path.read_text(encoding="utf-8").replace("  id: cp14", "  id: cp99"), encoding="utf-8")
    assert list(load_training_cases(get_engine().book, tmp_path)) == ["cp99"]


# --- grading --------------------------------------------------------------------------------------


def test_perfect_answer_scores_100() -> None:
    tc = _case("cp05")
    g = grade(tc, engine_answer(get_engine().classify(tc.case)))
    assert g.score == 1.0 and g.correct == g.total > 0 and not g.differences()
    assert all(s.correct == s.total for s in g.by_article)


def test_omitted_item_is_missed_and_wrong_status_is_wrong() -> None:
    tc = _case("cp05")
    answer = engine_answer(get_engine().classify(tc.case))
    omitted = [q for q in answer.qualifications if not (q.article == "225-5" and q.victim == "jade")]
    flipped = [
        q.model_copy(update={"status": "to_establish"})
        if (q.article, q.perpetrator, q.victim) == ("225-4-1 II", "maeva", "jade")
        else q
        for q in omitted
    ]
    g = grade(tc, answer.model_copy(update={"qualifications": flipped}))
    verdicts = {i.label: i.verdict for i in g.differences()}
    assert verdicts == {"art. 225-5 — ryan envers jade": "manqué", "art. 225-4-1 II — maeva envers jade": "erroné"}
    wrong = next(i for i in g.items if i.verdict == "erroné")
    assert (wrong.expected, wrong.given) == ("established", "to_establish")
    assert wrong.explanation[0].startswith("Traite des êtres humains à l'égard d'un mineur (art. 225-4-1 II) : établie")
    assert g.correct == g.total - 2 and g.score == pytest.approx((g.total - 2) / g.total)
    by = {s.topic: (s.correct, s.total) for s in g.by_article}
    assert by["225-5"] == (1, 2)


def test_items_the_engine_does_not_retain() -> None:
    tc = _case("cp14")
    extra = [
        AnsweredQualification(article="225-4-1 II", perpetrator="bruno", victim="lou", status="established"),
        AnsweredQualification.model_validate({"article": "611-1", "perpetrator": "bruno", "victim": "lou", "status": "exclue"}),
    ]
    g = grade(tc, Answer(qualifications=extra, flags=[AnsweredFlag(kind="non_punishment", person="lou", status="à examiner")]))
    wrong = {i.label: i for i in g.items if i.verdict == "erroné"}
    assert set(wrong) == {"art. 225-4-1 II — bruno envers lou", "signalement non_punishment — lou"}
    assert (
        "aucun acte de bruno envers lou ne répond à l'élément qui définit l'infraction"
        in wrong["art. 225-4-1 II — bruno envers lou"].explanation[0]
    )
    assert g.ignored and "611-1" in g.ignored[0]
    assert {i.label for i in g.items if i.verdict == "manqué"} >= {
        "art. 225-5 — bruno envers lou",
        "qualification principale pour lou",
    }


def test_excluded_qualifications_are_optional_but_graded_when_given() -> None:
    tc = _case("cp18")
    answer = engine_answer(get_engine().classify(tc.case))  # without the excluded ones
    assert grade(tc, answer).score == 1.0
    wrong = AnsweredQualification(article="225-12-1 al. 2", perpetrator="thierry", victim="eva", status="established")
    g = grade(tc, answer.model_copy(update={"qualifications": [*answer.qualifications, wrong]}))
    item = next(i for i in g.items if i.label == "art. 225-12-1 al. 2 — thierry envers eva")
    assert item.verdict == "erroné" and item.expected == "excluded"
    assert any(line.startswith("Exclue car : eva était majeur(e)") for line in item.explanation)


def test_hint_ladder_element_then_article_then_answer() -> None:
    tc = _case("cp15")
    g = grade(tc, Answer())
    item = next(i for i in g.items if i.label == "art. 225-4-1 II — steve envers manon")
    assert [h.level for h in item.hints] == [1, 2, 3]
    assert item.hints[0].text == tc.hints["225-4-1 II"]  # the trainer's hint comes first
    assert item.hints[1].text.startswith("Art. 225-4-1 II (Code pénal) — Traite des êtres humains à l'égard d'un mineur : « ")
    assert item.hints[2].text == "Réponse : steve > manon : 225-4-1 II = établie"
    other = next(i for i in g.items if i.label == "art. 225-5 — farid envers manon")
    assert other.hints[0].text.startswith("Examinez les actes de farid envers manon : acte a")
    shown: dict[str, int] = {}
    steps = []
    for _ in range(4):
        found = next_hint(g, shown)
        assert found is not None
        shown[found[0].key] = found[1].level
        steps.append((found[0].key, found[1].level))
    first = g.differences()[0].key
    assert steps[:3] == [(first, 1), (first, 2), (first, 3)] and steps[3][1] == 1 and steps[3][0] != first


def test_retained_keeps_the_best_status_over_periods() -> None:
    tc = _case("cp27")
    result = get_engine().classify(tc.case)
    (q,) = [q for q in result.qualifications if (q.article, q.perpetrator) == ("225-4-1 II", "jordan")]
    earlier = q.model_copy(update={"status": "to_establish", "period_end": q.period_start})
    result = result.model_copy(update={"qualifications": [earlier, *result.qualifications]})
    assert retained(result)[("225-4-1 II", "jordan", "oceane", "consomme")].status == "established"


# --- compact syntax and the command line ---------------------------------------------------------


def test_compact_syntax_round_trip() -> None:
    for tc in CASES.values():
        answer = engine_answer(get_engine().classify(tc.case), with_excluded=True)
        again = answer_from_lines([parse_line(line) for line in compact_lines(answer)])
        assert grade(tc, again).score == 1.0, tc.id
    q = parse_line("  anthony >  sofia : 225-4-1 II tentative = à établir ")
    assert isinstance(q, AnsweredQualification) and (q.mode, q.status, q.article) == ("tentative", "to_establish", "225-4-1 II")
    flag = parse_line("signalement client_prosecution marc>clara = établi")
    assert isinstance(flag, AnsweredFlag) and (flag.person, flag.status) == ("marc>clara", "established")
    with pytest.raises(AnswerInputError, match="ligne non reconnue"):
        parse_line("la traite, évidemment")
    with pytest.raises(AnswerInputError, match="status"):
        parse_line("a > b : 225-5 = probable")


def _cli(*args: str, stdin: str | None = None, db_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUALIF_DB": str(db_path)} if db_path else dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "engine.cli.main", "train", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
    )


def test_cli_list_and_solution() -> None:
    run = _cli("--list")
    assert run.returncode == 0, run.stderr
    assert all(f"  {case_id} " in run.stdout for case_id in CASES)
    run = _cli("cp03", "--solution")
    assert run.returncode == 0 and "marc > clara : 225-12-1 al. 2 = établie" in run.stdout.splitlines()


def test_cli_answers_file_end_to_end(tmp_path: Path) -> None:
    tc = _case("cp03")
    answer = {
        "principal": [{"victim": "clara", "article": "225-12-1 al. 2"}],
        "qualifications": [{"article": "225-12-1 al. 2", "perpetrator": "marc", "victim": "clara", "status": "établie"}],
        "flags": [{"kind": "client_prosecution", "person": "marc>clara", "status": "to_establish"}],
    }
    file = tmp_path / "reponse.yaml"
    file.write_text(yaml.safe_dump(answer, allow_unicode=True), encoding="utf-8")
    database = tmp_path / "suivi.sqlite3"
    run = _cli(tc.id, "--answers", str(file), "--trainee", "auditeur-07", "--db", str(database))
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Correction — cas cp03 : 2/5 juste(s), 40 %" in out
    assert "[juste]  art. 225-12-1 al. 2 — marc envers clara : établie" in out
    assert "[manqué] art. 611-1 — marc envers clara — attendu : établie" in out
    assert "[erroné] signalement client_prosecution — marc>clara — votre réponse : to_establish ; moteur : established" in out
    assert "Tentative n° 1 enregistrée pour « auditeur-07 »" in out
    (attempt,) = progress.attempts(path=database)
    assert (attempt.trainee, attempt.case_id, attempt.correct, attempt.total, attempt.hints_used) == (
        "auditeur-07",
        "cp03",
        2,
        5,
        0,
    )
    json_run = _cli(tc.id, "--answers", str(file), "--format", "json")
    assert json_run.returncode == 0 and '"score": 0.4' in json_run.stdout


@pytest.mark.parametrize(
    ("args", "content", "needle"),
    [
        (("cp99",), None, "cas pratique inconnu « cp99 »"),
        (
            ("cp03", "--answers", "{file}"),
            "qualifications: [{article: '225-5', perpetrator: marc, victim: zoe, status: établie}]",
            "personne « zoe » inconnue",
        ),
        (
            ("cp03", "--answers", "{file}"),
            "qualifications: [{article: '225-5', perpetrator: marc, victim: clara, status: peut-être}]",
            "qualifications[0].status",
        ),
        (("cp03", "--answers", "{file}"), "reponse: [", "fichier de réponse invalide"),
        (("cp03", "--answers", "{file}", "--trainee", "=cmd()"), "{}", "pseudonyme invalide"),
        (("cp03", "--db", "x.sqlite3"), None, "--db suppose --trainee"),
    ],
)
def test_cli_bad_input_exits_2_in_french(tmp_path: Path, args: tuple[str, ...], content: str | None, needle: str) -> None:
    file = tmp_path / "reponse.yaml"
    if content is not None:
        file.write_text(content, encoding="utf-8")
    run = _cli(*(a.replace("{file}", str(file)) for a in args))
    assert run.returncode == 2, run.stdout
    assert needle in run.stderr and "Traceback" not in run.stderr


def test_cli_interactive_with_hints(tmp_path: Path) -> None:
    typed = "\n".join(
        [
            "indice",
            "indice",
            "n'importe quoi",
            "bruno > lou : 225-5 = à établir",
            "bruno > lou : 225-5 = établie",
            "principale lou : 225-5",
            "signalement protection_extended lou = applicable",
            "liste",
            "",
        ]
    )
    database = tmp_path / "suivi.sqlite3"
    run = _cli("cp14", "--trainee", "Camille B.", stdin=typed + "\n", db_path=database)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Cas pratique cp14 —" in out and "Lou M., née le 1er décembre 2005" in out
    assert "Indice 1/3 : Parmi les qualifications retenues pour lou" in out
    assert "Indice 2/3 : Art. 225-5 — Proxénétisme" in out
    assert "refusé : ligne non reconnue" in out
    assert "Correction — cas cp14 : 3/4 juste(s), 75 %" in out
    assert "[manqué] signalement identification_independent_of_cooperation — lou" in out
    (attempt,) = progress.attempts("Camille B.", path=database)
    assert attempt.hints_used == 2 and attempt.score == 0.75


# --- progress -------------------------------------------------------------------------------------


def _grade(case_id: str, drop: int = 0) -> Grade:
    tc = _case(case_id)
    answer = engine_answer(get_engine().classify(tc.case))
    return grade(tc, answer.model_copy(update={"qualifications": answer.qualifications[drop:]}))


def test_progress_persists_and_aggregates(tmp_path: Path) -> None:
    path = tmp_path / "qualif.sqlite3"
    start = dt.datetime(2023, 3, 1, 9, 0, tzinfo=dt.UTC)
    first = progress.record_attempt(_grade("cp14"), "alice", start, start + dt.timedelta(seconds=300), 1, path)
    second = progress.record_attempt(_grade("cp14", drop=1), "bob", start, start + dt.timedelta(seconds=600), 3, path)
    third = progress.record_attempt(_grade("cp03"), "alice", start, start + dt.timedelta(minutes=2), 0, path)
    assert first < second < third
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    conn = db.connect(path)  # a new connection, as after a restart
    try:
        assert conn.execute("SELECT COUNT(*) FROM training_attempts").fetchone()[0] == 3
    finally:
        conn.close()
    alice = progress.attempts("alice", path)
    assert [a.case_id for a in alice] == ["cp03", "cp14"] or [a.case_id for a in alice] == ["cp14", "cp03"]
    assert {a.seconds for a in alice} == {300, 120} and all(a.score == 1.0 for a in alice)
    rates = {r.article: r for r in progress.article_success_rates(path)}
    assert rates["225-5"].attempts == 2 and (rates["225-5"].correct, rates["225-5"].total) == (3, 4)
    assert rates["225-5"].success_rate == pytest.approx(0.75)
    cases = {c.case_id: c for c in progress.case_success_rates(path)}
    assert (cases["cp14"].attempts, cases["cp14"].trainees, cases["cp14"].hints_used) == (2, 2, 4)
    assert cases["cp14"].success_rate == pytest.approx((1.0 + 0.75) / 2) and cases["cp14"].mean_seconds == 450
    csv_text = progress.export_csv(path=path)
    lines = csv_text.splitlines()
    assert lines[0] == ",".join(progress.CSV_COLUMNS)
    assert len(lines) == 4 and lines[1].startswith(f"{first},alice,cp14,2023-03-01T09:00:00+00:00,2023-03-01T09:05:00+00:00,300,")
    assert "225-5=2/2" in lines[1] and "225-5=1/2" in lines[2]
    assert progress.export_csv("bob", path).count("\n") == 2


def test_progress_refuses_bad_input(tmp_path: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    with pytest.raises(ValueError, match="pseudonyme invalide"):
        progress.record_attempt(_grade("cp03"), "", now, path=tmp_path / "q.sqlite3")
    with pytest.raises(ValueError, match="antérieure à son début"):
        progress.record_attempt(_grade("cp03"), "alice", now, now - dt.timedelta(seconds=1), path=tmp_path / "q.sqlite3")


# --- Gherkin ----------------------------------------------------------------------------------------


def test_every_case_is_a_scenario_with_its_principal() -> None:
    text = (ROOT / "features" / "cas_pratiques.feature").read_text(encoding="utf-8")
    assert text.startswith("# language: fr")
    for tc in CASES.values():
        assert f'le cas pratique "{tc.id}"' in text, f"{tc.id} absent de features/cas_pratiques.feature"
        for p in tc.expected.principal:
            assert f'la qualification principale de "{p.victim}" est "{p.article}"' in text, (tc.id, p.victim)
