"""Exports: the two notes (neutral structure, Markdown, PDF, DOCX), their stamp, pseudonymisation."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import re
from functools import cache
from pathlib import Path
from typing import Any

import docx
import pytest
from budget import examples
from export_reading import flat, pdf_info, pdf_text, rendered_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.api import get_engine, load_case, parse_case
from engine.case.model import Case
from engine.documents.document import Bullets, Document, Heading, Table
from engine.documents.exports import MIME_TYPES, note_filename, render_note
from engine.documents.notes import build_note
from engine.documents.pseudonym import Pseudonymiser, fold, id_may_be_name
from engine.kernel.result_model import STATUS_FR, Result

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GENERATED = dt.datetime(2026, 1, 2, 10, 30)
FORMATS = ("md", "pdf", "docx")
KINDS = ("qualification", "partie_civile")
# words of the pseudonyms themselves: a person named so cannot disappear from a pseudonymised note
RESERVED = {"victime", "mis", "cause", "client", "personne", "temoin", "intermediaire", "nom", "masque"}
RESERVED |= {"false", "true"}  # words the PDF format writes itself (/Trapped /False): not a name from the case


def found(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


# --- fixtures -----------------------------------------------------------------------------------


def example(name: str) -> Case:
    return load_case(EXAMPLES / name)


def classify(case: Case, law_date: dt.date | None = None) -> Result:
    return get_engine().classify(case, law_date)


def modified(name: str, **changes: Any) -> Case:
    data = example(name).model_dump(mode="json")
    data.update(changes)
    return parse_case(data)


@pytest.fixture(scope="module")
def network() -> tuple[Case, Result]:
    case = example("mineure_16_ans_reseau.yaml")
    return case, classify(case)


def texts(doc: Document) -> str:
    return "\n".join(doc.texts())


# --- note de qualification ----------------------------------------------------------------------


def test_qualification_note_states_every_qualification(network: tuple[Case, Result]) -> None:
    case, result = network
    doc = build_note("qualification", case, result, generated_at=GENERATED)
    body = texts(doc)
    assert doc.title == "Note de qualification"
    assert doc.stamp[0] == "Généré le 02/01/2026 à 10:30"
    assert "à la date des faits" in doc.stamp[1] and "du 01/09/2022 au 30/11/2022" in doc.stamp[1]
    assert result.ruleset_version == get_engine().book.version_hash
    assert not any(result.ruleset_version in s for s in doc.stamp)  # internal details in the footer only
    assert f"jeu de règles (empreinte) {result.ruleset_version}" in doc.footer
    assert any("Aide à la décision" in s for s in doc.stamp)
    assert result.ruleset_version in doc.footer
    assert "Référence : ex-01-mineure-16-ans-reseau" in body
    principal = next(p for p in result.principal if p.victim == "lea")
    assert principal.article == "225-4-1 II"
    assert f"Qualification principale : {principal.label} (art. 225-4-1 II) — établie" in body
    assert principal.reason.replace("karim", "K.").replace("sonia", "S.").replace("lea", "Léa (pseudonyme)") in body
    assert "karim" not in body and "K." in body  # persons by name in the prose too
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    for status, title in (("established", "Qualifications établies"), ("to_establish", "Qualifications à établir")):
        n = sum(q.status == status for q in result.qualifications)
        assert f"{title} ({n})" in headings
    for q in result.qualifications:
        who = next(p.name for p in case.persons if p.id == q.perpetrator)
        assert any(h.startswith(q.label) and f"art. {q.article}" in h and who in h for h in headings)
        assert q.penalty.summary in body
        assert q.prescription is not None and f"jusqu'au {q.prescription.end:%d/%m/%Y}" in body
    assert "12/03/2054" in body  # 30 years from the victim's majority (12/03/2024)
    assert "Circonstances aggravantes établies : 225-4-2 II" in body
    assert "Reste à établir : l'une des circonstances 1° à 4°" in body
    table = next(b for b in doc.blocks if isinstance(b, Table) and b.header[0] == "Statut")
    assert len(table.rows) == len(result.qualifications)
    assert [r[0] for r in table.rows] == sorted((r[0] for r in table.rows), key=["établie", "à établir", "exclue"].index)
    sources = doc.blocks[doc.blocks.index(Heading("Sources citées")) + 1]
    assert isinstance(sources, Bullets)
    assert "Code pénal, art. 225-4-1 II" in sources.items and "CPP, art. 706-47" in sources.items


def test_excluded_qualifications_say_why() -> None:
    case = example("client_majeure.yaml")
    result = classify(case)
    excluded = [q for q in result.qualifications if q.status == "excluded"]
    assert excluded
    body = texts(build_note("qualification", case, result, generated_at=GENERATED))
    assert f"Qualifications exclues ({len(excluded)})" in body
    for q in excluded:
        assert "Exclue car : " + " ; ".join(q.excluded_by) in body


def test_law_date_and_consolidation_warning_are_stated(network: tuple[Case, Result]) -> None:
    case, _ = network
    result = classify(case, dt.date(2024, 1, 15))
    doc = build_note("qualification", case, result, generated_at=GENERATED)
    assert "Loi appliquée : textes en vigueur au 15/01/2024 (date imposée pour l'analyse)" in doc.stamp
    warning = next(w for w in result.warnings if w.code == "consolidation")
    i = doc.blocks.index(Heading("Avertissements"))
    assert warning.message in doc.blocks[i + 1].items


def test_flags_and_free_text_are_in_the_qualification_note() -> None:
    case = modified(
        "p02_mineure_recruteuse_sous_pression.yaml",
        narrative="Premier paragraphe de l'exposé.\n\nSecond paragraphe.",
    )
    result = classify(case)
    body = texts(build_note("qualification", case, result, generated_at=GENERATED))
    assert "Premier paragraphe de l'exposé." in body and "Second paragraphe." in body
    assert result.flags
    for f in result.flags:
        assert f.sources[0] in body
    assert "Signalements" in body


# --- note préparatoire à la constitution de partie civile -------------------------------------


def test_partie_civile_note_rights_and_who_may_act(network: tuple[Case, Result]) -> None:
    case, result = network
    doc = build_note("partie_civile", case, result, generated_at=GENERATED, book=get_engine().book)
    body = texts(doc)
    assert doc.title == "Note préparatoire à la constitution de partie civile"
    assert "Victime : Léa (pseudonyme)" in body
    assert "Naissance ou âge : né(e) le 12/03/2006" in body
    for r in (r for r in result.rights if r.person == "lea"):
        assert r.explanation.claim.replace(" — lea : ", " — Léa (pseudonyme) : ") in body
    i = doc.blocks.index(Heading("Qui peut agir", 2))
    who = texts(Document("", (), "", doc.blocks[i : i + 4]))
    assert "représentant légal ou l'administrateur ad hoc" in who
    assert "art. 2-22" in who and "art. 2-3" in who
    assert "CPP, art. 2 : « appartient à tous ceux qui ont personnellement souffert" in who  # verified quote
    assert "Administrateur ad hoc (applicable, CPP, art. 706-50" in who
    prescriptions = next(b for b in doc.blocks if isinstance(b, Table) and b.header[-1] == "Jusqu'au")
    assert "12/03/2054" in [row[-1] for row in prescriptions.rows]
    assert "Qualifications exclues" not in body


def test_partie_civile_without_book_has_no_quotes(network: tuple[Case, Result]) -> None:
    case, result = network
    body = texts(build_note("partie_civile", case, result, generated_at=GENERATED))
    assert "CPP, art. 2-22" in body and "« appartient à tous ceux" not in body


def test_uncertain_birth_date_gives_earliest_prescription() -> None:
    data = example("mineure_16_ans_reseau.yaml").model_dump(mode="json")
    victim = next(p for p in data["persons"] if p["id"] == "lea")
    victim.update(birth_date=None, age=16, age_reference_date="2022-09-01")
    case = parse_case(data)
    result = classify(case)
    uncertain = [q for q in result.qualifications if q.prescription and not q.prescription.certain]
    assert uncertain
    body = texts(build_note("partie_civile", case, result, generated_at=GENERATED))
    assert "Naissance ou âge : 16 ans (au 01/09/2022)" in body
    for q in uncertain:
        assert f"{q.prescription.end:%d/%m/%Y} au plus tôt" in body


def test_implicated_relative_points_to_the_administrateur_ad_hoc() -> None:
    case = example("oncle_niece_15_ans.yaml")
    body = texts(build_note("partie_civile", case, classify(case), generated_at=GENERATED))
    assert "oncle, mis en cause, est déclaré personne ayant autorité sur elle" in body
    assert "exerce alors, s'il y a lieu, les droits reconnus à la partie civile" in body


def test_one_victim_only_and_bad_arguments() -> None:
    case = example("p02_mineure_recruteuse_sous_pression.yaml")
    result = classify(case)
    victims = sorted({q.victim for q in result.qualifications})
    assert len(victims) >= 2
    doc = build_note("partie_civile", case, result, victim=victims[0], generated_at=GENERATED)
    heads = [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 1 and b.text.startswith("Victime")]
    named = next(p.name for p in case.persons if p.id == victims[0])
    assert len(heads) == 1 and heads[0] == f"Victime : {named}"
    with pytest.raises(ValueError):
        build_note("partie_civile", case, result, victim="personne_absente")
    with pytest.raises(ValueError):
        build_note("qualification", example("client_majeure.yaml"), result)
    with pytest.raises(ValueError):
        render_note("qualification", "odt", case, result)


# --- formats ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_markdown(network: tuple[Case, Result], kind: str) -> None:
    case, result = network
    md = render_note(kind, "md", case, result, generated_at=GENERATED).decode("utf-8")
    assert md.startswith("# Note ")
    assert f"jeu de règles (empreinte) {result.ruleset_version}" in md.rstrip().splitlines()[-1]
    assert "> Généré le 02/01/2026 à 10:30" in md
    assert "\n## Dossier\n" in md and "\n|---|" in md
    assert "Traite des êtres humains à l'égard d'un mineur" in md and "12/03/2054" in md
    assert "(statut : applicable ; sources : " in md and "[applicable]" not in md


@pytest.mark.parametrize("kind", KINDS)
def test_pdf(network: tuple[Case, Result], kind: str) -> None:
    case, result = network
    data = render_note(kind, "pdf", case, result, generated_at=GENERATED)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in data  # A4
    text = flat(pdf_text(data))
    principal = next(p for p in result.principal if p.victim == "lea")
    assert principal.label and principal.label in text
    assert f"(empreinte) {result.ruleset_version}" in text and "page 2" in text  # footer on every page
    assert "Généré le 02/01/2026 à 10:30" in text and "Aide à la décision" in text
    assert "12/03/2054" in text and "« " in text and "établie" in text
    assert "/Title (Note" in pdf_info(data)


@pytest.mark.parametrize("kind", KINDS)
def test_docx(network: tuple[Case, Result], kind: str) -> None:
    case, result = network
    data = render_note(kind, "docx", case, result, generated_at=GENERATED)
    assert data[:2] == b"PK"
    document = docx.Document(io.BytesIO(data))
    paragraphs = [p.text for p in document.paragraphs]
    styles = {p.style.name for p in document.paragraphs if p.style is not None}
    assert paragraphs[0].startswith("Note ") and {"Title", "Heading 1", "Heading 2", "List Bullet"} <= styles
    assert not any(result.ruleset_version in p for p in paragraphs)
    assert any("Traite des êtres humains à l'égard d'un mineur" in p for p in paragraphs)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "12/03/2054" in cells or "12/03/2054" in " ".join(paragraphs)
    assert result.ruleset_version in document.sections[0].footer.paragraphs[0].text
    assert document.core_properties.title.startswith("Note ") and document.core_properties.author == "Qualif"
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)


def test_file_names_and_mime_types(network: tuple[Case, Result]) -> None:
    case, _ = network
    assert note_filename("qualification", "pdf", case) == "note-de-qualification-ex-01-mineure-16-ans-reseau.pdf"
    assert note_filename("partie_civile", "docx", case, victim="lea").endswith("-lea.docx")
    assert note_filename("partie_civile", "md", case, victim="lea", pseudonymise=True).endswith("-victime-1.md")
    assert set(MIME_TYPES) == set(FORMATS)


def test_nothing_written_nor_logged(
    network: tuple[Case, Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    case, result = network
    monkeypatch.chdir(tmp_path)
    with caplog.at_level(logging.DEBUG):
        for kind in KINDS:
            for fmt in FORMATS:
                render_note(kind, fmt, case, result, pseudonymise=True)
    assert list(tmp_path.iterdir()) == []
    assert not [r for r in caplog.records if "lea" in r.getMessage() or "Léa" in r.getMessage()]


# --- pseudonymisation -------------------------------------------------------------------------


def _identifying(case: Case) -> set[str]:
    """Every name, every word of a name and every name-like id of the case."""
    words: set[str] = set()
    for p in case.persons:
        if id_may_be_name(p.id):
            words.add(p.id)
        if p.name:
            words.add(" ".join(p.name.split()))
            words.update(w for w in re.findall(r"[^\W\d_]{2,}", p.name) if fold(w) != "pseudonyme")
    return words


def _named_case() -> Case:
    data = example("mineure_16_ans_reseau.yaml").model_dump(mode="json")
    names = {"lea": "Léa Martin-Dubois", "karim": "Karim Benali", "sonia": "Sonia Ferreira"}
    for p in data["persons"]:
        p["name"] = names[p["id"]]
    data["title"] = "Affaire Benali — Léa"
    data["narrative"] = "Karim Benali a contacté LEA MARTIN-DUBOIS ; Mme Ferreira (Sonia) gardait l'argent de Lea."
    data["acts"][0]["description"] = "Benali promet de l'argent à Léa ; karim insiste."
    return parse_case(data)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
def test_pseudonymisation_leaves_no_name(kind: str, fmt: str) -> None:
    case = _named_case()
    result = classify(case)
    data = render_note(kind, fmt, case, result, pseudonymise=True, generated_at=GENERATED)
    text = rendered_text(fmt, data)
    for word in _identifying(case) | {"Martin", "Dubois", "Lea"}:
        assert not found(word, text), word
    assert "Victime 1" in text and "Mis en cause 1" in text and "Mis en cause 2" in text
    assert result.ruleset_version in text  # the stamp survives
    assert "Affaire Mis en cause 1 — Victime 1" in text
    if kind == "qualification":  # the narrative and the acts' descriptions
        assert "Mis en cause 1 a contacté Victime 1" in text and "Mis en cause 1 promet" in text


def test_pseudonyms_are_stable_and_follow_roles() -> None:
    case = example("p02_mineure_recruteuse_sous_pression.yaml")
    shuffled = case.model_copy(update={"persons": list(reversed(case.persons))})
    assert Pseudonymiser(case).labels == Pseudonymiser(shuffled).labels
    labels = Pseudonymiser(case).labels
    assert labels["sarah"] == "Victime 1"  # victim and suspect: the victim role comes first
    assert labels["ryan"] == "Mis en cause 1"
    assert sorted(labels.values()) == ["Mis en cause 1", "Victime 1", "Victime 2", "Victime 3"]
    client = Pseudonymiser(example("client_majeure.yaml"))
    assert client.person("client3>eva") == "Client 1 > Victime 1"


def test_short_ids_and_function_words_are_not_replaced_in_text() -> None:
    data = example("client_majeure.yaml").model_dump(mode="json")
    data["persons"][0].update(id="a", name="Éva")
    for act in data["acts"]:
        act["target"] = "a"
    case = parse_case(data)
    pseudo = Pseudonymiser(case)
    assert pseudo("il a vu Eva à la gare") == "il a vu Victime 1 à la gare"
    assert pseudo.person("a") == "Victime 1"


LATIN_LETTERS = st.characters(min_codepoint=0x41, max_codepoint=0x24F, categories=("Lu", "Ll"))
NAMES = st.text(LATIN_LETTERS, min_size=3, max_size=12).filter(lambda s: fold(s) not in RESERVED)


def _with_names(victim: str, suspect: str, other: str) -> Case:
    data = example("mineure_16_ans_reseau.yaml").model_dump(mode="json")
    for p, name in zip(sorted(data["persons"], key=lambda p: p["id"]), (suspect, victim, other), strict=True):
        p["name"] = name
    data["narrative"] = f"{victim} a rencontré {suspect}.\n\n{other.upper()} publiait les annonces de {victim.lower()}."
    data["acts"][0]["description"] = f"Message de {suspect} à {victim}"
    data["title"] = f"Dossier {victim}"
    return parse_case(data)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NAMES, NAMES, NAMES)
def test_pseudonymisation_of_any_name_in_the_neutral_document(victim: str, suspect: str, other: str) -> None:
    case = _with_names(victim, suspect, other)
    result = network_result()
    for kind in KINDS:
        body = "\n".join(build_note(kind, case, result, pseudonymise=True).texts())
        for name in (victim, suspect, other, "lea", "karim", "sonia"):
            assert not found(name, body), name


def _count(word: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE))


@cache
def _neutral(kind: str, fmt: str) -> str:
    """The same note for persons named with letters no word has: the words the format and the template write
    themselves (a PDF's « /Subject (Aide à la décision) »), which a name may happen to be."""
    case = _with_names("Qxzvk", "Wqxzj", "Zkqxv")
    return rendered_text(fmt, render_note(kind, fmt, case, network_result(), pseudonymise=True))


@settings(max_examples=examples(4), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NAMES, NAMES, NAMES)
def test_pseudonymisation_of_any_name_in_every_format(victim: str, suspect: str, other: str) -> None:
    case = _with_names(victim, suspect, other)
    result = network_result()
    for kind in KINDS:
        for fmt in FORMATS:
            text = rendered_text(fmt, render_note(kind, fmt, case, result, pseudonymise=True))
            for name in (victim, suspect, other):  # no more often than the template itself writes it
                assert _count(name, text) <= _count(name, _neutral(kind, fmt)), (fmt, name)


def test_a_name_that_is_a_word_of_the_template_is_still_pseudonymised() -> None:
    """« Aide » is written by the PDF's metadata (« /Subject (Aide à la décision) »), which holds no case data: as a
    name, it must not appear once more (the pseudonymiser may even replace the template's own word)."""
    case = _with_names("Aide", "Karim", "Sonia")
    text = rendered_text("pdf", render_note(KINDS[0], "pdf", case, network_result(), pseudonymise=True))
    assert 1 <= _count("aide", text) <= _count("aide", _neutral(KINDS[0], "pdf"))
    assert not found("karim", text) and not found("sonia", text)


IDS = st.from_regex(r"[a-z]{3,10}", fullmatch=True).filter(lambda s: s not in RESERVED and id_may_be_name(s))


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(IDS, min_size=3, max_size=3, unique=True))
def test_pseudonymisation_of_any_id(ids: list[str]) -> None:
    text = json.dumps(example("mineure_16_ans_reseau.yaml").model_dump(mode="json"), ensure_ascii=False)
    for old, new in zip(("lea", "karim", "sonia"), ids, strict=True):
        text = text.replace(f'"{old}"', f'"{new}"')
    case = parse_case(json.loads(text))
    md = render_note("partie_civile", "md", case, classify(case), pseudonymise=True).decode("utf-8")
    for pid in ids:
        assert not found(pid, md), pid
    assert STATUS_FR["established"] in md


@cache
def network_result() -> Result:
    return classify(example("mineure_16_ans_reseau.yaml"))


def test_a_note_for_one_victim_leaves_out_the_other_victims_facts() -> None:
    """With several victims, a note asked for one of them names neither the others nor their acts."""
    from engine.api import get_engine, load_case
    from engine.documents.exports import render_note

    case = load_case(ROOT / "examples" / "p02_mineure_recruteuse_sous_pression.yaml")
    result = get_engine().classify(case)
    whole = render_note("qualification", "md", case, result).decode("utf-8")
    assert "Yasmine (pseudonyme)" in whole and "Zoé (pseudonyme)" in whole
    for victim, others in (("zoe", ("Yasmine (pseudonyme)",)), ("yasmine", ("Zoé (pseudonyme)",))):
        for kind in ("qualification", "partie_civile"):
            text = render_note(kind, "md", case, result, victim=victim).decode("utf-8")
            assert all(name not in text for name in others), (victim, kind)
