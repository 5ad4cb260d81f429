"""The review sheet of an offence (``qualif rules --sheet 225-4-1``): what a jurist reads instead of YAML.

:func:`build_sheet` turns the rule files matching an article, an offence id or a rule-file name into a
neutral structure: per version, each article text with the passages its elements and circumstances
quote, each of them beside its words with its conditions in French (labels of rules/facts.yaml),
and the feature scenarios whose steps name the article. :func:`render_markdown` and
:func:`render_html` only lay it out; the HTML is one self-contained file (inline CSS, no script,
every string escaped).
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from engine.law.conditions import COMPARISONS, pattern_facts
from engine.law.loader import RuleBook, load_rulebook
from engine.law.rule_model import Aggravation, Element, Offence, Pattern, TextRef, Version
from engine.law.texts import articles, normalise, provenance
from engine.law.vocabulary import RULES_DIR, Vocabulary, vocabulary
from engine.reasoning.readings import describe

LEGIFRANCE = "https://www.legifrance.gouv.fr/codes/article_lc/{}"
_COMPARISON_FR = {"$lt": "<", "$lte": "≤", "$gt": ">", "$gte": "≥"}


# --- the neutral structure ----------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """An element, a circumstance, the version's penalty or the attempt: what its words say and when it holds."""

    id: str
    anchor: str  # unique in the sheet: the card's id; its first highlighted words are ``q-<anchor>``
    kind: str  # « élément matériel », « circonstance aggravante », « peine », « tentative »…
    article: str
    label: str
    quote: str
    penalty: str | None = None
    penalty_quote: str | None = None
    nature: str | None = None
    dates: str | None = None
    condition: tuple[str, ...] = ()  # alternatives in French (any one suffices)
    exclusion: tuple[str, ...] = ()
    exclusion_written: bool | None = None  # None: no exclusion (penalty, attempt)
    reading: str | None = None  # the reading of the text the rule file says it takes


@dataclass(frozen=True)
class Passage:
    """One article text and the items quoting it, each quote located in the words (start, end)."""

    anchor: str
    title: str
    source: str  # file and key in rules/texts/
    words: str
    provenance: str
    items: tuple[Item, ...]  # by position of their quote in the words
    spans: tuple[tuple[int, int], ...]  # one per item, in the coordinates of ``words``; (-1, -1): not found

    def segments(self) -> list[tuple[str, tuple[Item, ...]]]:
        """The words cut at every quote boundary: (text, the items quoting it), overlaps included."""
        cuts = sorted({0, len(self.words)} | {p for span in self.spans if span[0] >= 0 for p in span})
        out = []
        for a, b in itertools.pairwise(cuts):
            covering = tuple(i for i, (s, e) in zip(self.items, self.spans, strict=True) if s <= a and b <= e and s >= 0)
            out.append((self.words[a:b], covering))
        return out

    def missing(self) -> tuple[Item, ...]:
        return tuple(i for i, span in zip(self.items, self.spans, strict=True) if span[0] < 0)


@dataclass(frozen=True)
class VersionSheet:
    id: str
    article: str  # the article's number in this version (222-29 1° before 222-29-1 existed)
    dates: str
    history: str
    legiarti: str | None
    link: str | None
    reconstructed: bool
    reconstruction_sources: tuple[str, ...]
    assumption: str | None
    nature: str
    penalty: str
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class Scenario:
    keyword: str  # « Scénario » or « Plan du scénario »
    title: str
    file: str
    line: int
    steps: tuple[str, ...]
    examples: tuple[tuple[tuple[str, ...], ...], ...]  # tables: header row, then rows


@dataclass(frozen=True)
class OffenceSheet:
    id: str
    article: str
    label: str
    natures: tuple[str, ...]
    family: str
    file: str
    created: str | None
    sources: tuple[str, ...]
    versions: tuple[VersionSheet, ...]
    attempt: Passage | None
    scenarios: tuple[Scenario, ...]
    features_found: bool
    readings: tuple[tuple[str, str], ...] = ()  # (fact label, how it is read in the case), rules/facts.yaml


@dataclass(frozen=True)
class ReviewSheet:
    query: str
    ruleset_version: str
    offences: tuple[OffenceSheet, ...]


class UnknownOffence(LookupError):
    def __init__(self, query: str) -> None:
        super().__init__(
            f"aucune infraction ne correspond à « {query} » : donner un article (225-4-1), un identifiant "
            "d'infraction ou un nom de fichier de règle (voir « qualif rules »)"
        )


# --- matching and locating -------------------------------------------------------------------------


def _fold(text: str) -> str:
    return normalise(text).casefold()


def match_offences(book: RuleBook, query: str) -> list[Offence]:
    """The offences named by ``query``: their article (``225-4-1`` gives ``225-4-1 I`` and ``II``), id or file."""
    q = _fold(re.sub(r"^(art\.?|article)\s+", "", query.strip(), flags=re.IGNORECASE))
    name = Path(query.strip()).name.casefold()
    out = []
    for off in book.offences.values():
        article = _fold(off.article)
        file = Path(book.files[off.id]).name.casefold()
        if article == q or article.startswith(q + " ") or off.id == q or name in (file, file.removesuffix(".yaml")):
            out.append(off)
    return sorted(out, key=lambda o: (o.article, o.id))


def _with_positions(text: str) -> tuple[str, list[int]]:
    """``normalise(text)`` and, for each of its characters, its position in ``text``."""
    chars: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text.replace("’", "'")):
        if c.isspace():
            if not chars or chars[-1] == " ":
                continue
            c = " "
        chars.append(c)
        where.append(i)
    while chars and chars[-1] == " ":
        chars.pop()
        where.pop()
    return "".join(chars), where


def locate(words: str, quote: str) -> tuple[int, int]:
    """Where ``quote`` (normalised as the loader compares it) stands in ``words``; (-1, -1) if nowhere."""
    norm, where = _with_positions(words)
    q = normalise(quote)
    pos = norm.find(q) if q else -1
    if pos < 0:
        return (-1, -1)
    return (where[pos], where[pos + len(q) - 1] + 1)


# --- conditions in French --------------------------------------------------------------------------


def _label(vocab: Vocabulary, fact: str) -> str:
    f = vocab.facts.get(fact)
    return f.label if f else fact


def _value(value: Any) -> str:
    if value is True:
        return "oui"
    if value is False:
        return "non"
    return str(value)


def render_pattern(pattern: Pattern, vocab: Vocabulary, top: bool = True) -> str:
    """One alternative in French: facts by their label, « ET » between them (« et », « ou » nested)."""
    parts = []
    for key, value in pattern.items():
        if key in ("$and", "$or"):
            word = " et " if key == "$and" else " ou "
            inner = word.join(render_pattern(p, vocab, top=False) for p in value)
            parts.append(f"({inner})" if len(value) > 1 else inner)
        elif key in ("$nex", "$ex", "$neq") or key in COMPARISONS:
            for fact, v in value.items():
                if key == "$nex":
                    parts.append(f"{_label(vocab, fact)} : inconnu")
                elif key == "$ex":
                    parts.append(f"{_label(vocab, fact)} : connu")
                elif key == "$neq":
                    parts.append(f"{_label(vocab, fact)} : pas {_value(v)}")
                else:
                    parts.append(f"{_label(vocab, fact)} {_COMPARISON_FR[key]} {_value(v)}")
        else:
            parts.append(f"{_label(vocab, key)} : {_value(value)}")
    return (" ET " if top else " et ").join(parts)


def render_condition(alternatives: list[Pattern] | None, vocab: Vocabulary) -> tuple[str, ...]:
    """The alternatives of a condition in French; ``[]`` (never) is said so."""
    if not alternatives:
        return ("jamais",)
    return tuple(render_pattern(p, vocab) for p in alternatives)


# --- building ---------------------------------------------------------------------------------------


def _date(d: dt.date | None, none: str) -> str:
    return d.strftime("%d/%m/%Y") if d else none


def _span(start: dt.date | None, end: dt.date | None) -> str:
    begin = f"du {_date(start, '')}" if start else "d'une date non établie"
    return f"{begin} au {_date(end, '')}" if end else f"{begin}, toujours en vigueur"


def _written_exclusions(path: Path) -> dict[tuple[int, str], set[str]]:
    """(version index, 'elements' | 'aggravations') → ids whose exclusion the rule file writes by hand."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[tuple[int, str], set[str]] = {}
    for vi, version in enumerate(raw.get("versions") or []):
        aggravations = list(version.get("aggravations") or [])
        if "include_aggravations" in version:
            shared = RULES_DIR / "shared" / str(version["include_aggravations"])
            aggravations += yaml.safe_load(shared.read_text(encoding="utf-8")) or []
        out[(vi, "elements")] = {str(e.get("id")) for e in version.get("elements") or [] if "excluded_when" in e}
        out[(vi, "aggravations")] = {str(a.get("id")) for a in aggravations if "unless" in a}
    return out


def _ref_title(ref: TextRef) -> str:
    version = f", version du {ref.since:%d/%m/%Y}" if ref.since else ""
    return f"Article {ref.article}{version}"


def _passage(anchor: str, ref: TextRef, items: list[Item]) -> Passage:
    try:
        words = articles(ref.file).get(ref.key, "")
        notes = provenance(ref.file, ref.key)
    except FileNotFoundError:
        words, notes = "", ""
    located = sorted(((locate(words, i.quote), n, i) for n, i in enumerate(items)), key=lambda t: (t[0][0] < 0, t[0], t[1]))
    return Passage(
        anchor=anchor,
        title=_ref_title(ref),
        source=f"rules/texts/{ref.file} — {ref.key}",
        words=words,
        provenance=notes,
        items=tuple(i for _, _, i in located),
        spans=tuple(s for s, _, _ in located),
    )


def _element(e: Element, anchor: str, written: set[str], vocab: Vocabulary) -> Item:
    return Item(
        id=e.id,
        anchor=anchor,
        kind=f"élément {e.kind}",
        article=e.article,
        label=e.label,
        quote=e.quote,
        condition=render_condition(e.satisfied_when, vocab),
        exclusion=render_condition(e.excluded_when, vocab),
        exclusion_written=e.id in written,
        reading=e.reading,
    )


def _aggravation(a: Aggravation, anchor: str, written: set[str], vocab: Vocabulary) -> Item:
    dates = _span(a.valid_from, a.valid_to) if a.valid_from or a.valid_to else None
    return Item(
        id=a.id,
        anchor=anchor,
        kind="circonstance aggravante",
        article=a.article,
        label=a.label,
        quote=a.quote,
        penalty=a.penalty.summary(),
        penalty_quote=a.penalty.quote,
        nature=a.nature,
        dates=dates,
        condition=render_condition(a.when, vocab),
        exclusion=render_condition(a.unless, vocab),
        exclusion_written=a.id in written,
        reading=a.reading,
    )


def _version(off: Offence, vi: int, v: Version, written: dict[tuple[int, str], set[str]], vocab: Vocabulary) -> VersionSheet:
    prefix = f"{off.id}--{v.id}"
    by_ref: dict[TextRef, list[Item]] = {v.text: []}
    by_ref[v.text].append(
        Item(
            id="peine",
            anchor=f"{prefix}--peine",
            kind="peine de la version",
            article=v.text.article,
            label=f"peine encourue ({v.nature})",
            quote=v.penalty.quote,
            penalty=v.penalty.summary(),
            nature=v.nature,
        )
    )
    for e in v.elements:
        item = _element(e, f"{prefix}--e-{e.id}", written.get((vi, "elements"), set()), vocab)
        by_ref.setdefault(e.text or v.text, []).append(item)
    for a in v.aggravations:
        item = _aggravation(a, f"{prefix}--a-{a.id}", written.get((vi, "aggravations"), set()), vocab)
        by_ref.setdefault(a.text, []).append(item)
    passages = tuple(_passage(f"{prefix}--t{n}", ref, items) for n, (ref, items) in enumerate(by_ref.items()))
    r = v.reconstruction
    return VersionSheet(
        id=v.id,
        article=off.article_of(v),
        dates=_span(v.valid_from, v.valid_to),
        history=v.history,
        legiarti=v.legiarti,
        link=LEGIFRANCE.format(v.legiarti) if v.legiarti else None,
        reconstructed=v.reconstructed,
        reconstruction_sources=tuple(r.sources) if r else (),
        assumption=r.assumption if r else None,
        nature=v.nature,
        penalty=v.penalty.summary(),
        passages=passages,
    )


def _readings(off: Offence, vocab: Vocabulary) -> tuple[tuple[str, str], ...]:
    """The facts the offence's conditions test whose reading rules/facts.yaml declares, in French."""
    parts = [p for v in off.versions for p in (*v.elements, *v.aggravations)]
    keys = ("satisfied_when", "excluded_when", "when", "unless")
    patterns = [c for part in parts for key in keys for c in getattr(part, key, None) or []]
    names = dict.fromkeys(name for pattern in patterns for name in pattern_facts(pattern))
    facts = [vocab.facts[n] for n in names if n in vocab.facts and vocab.facts[n].reading is not None]
    return tuple((f.label, describe(f)) for f in facts)


def _span_fr(start: dt.date, end: dt.date | None) -> str:
    return f"du {start:%d/%m/%Y} au {end:%d/%m/%Y}" if end else f"depuis le {start:%d/%m/%Y}"


def build_offence(book: RuleBook, off: Offence, features: Path | None = None) -> OffenceSheet:
    vocab = vocabulary()
    file = book.files[off.id]
    written = _written_exclusions(RULES_DIR / "offences" / Path(file).name)
    attempt = None
    if off.attempt:
        a = off.attempt
        item = Item(
            id="tentative",
            anchor=f"{off.id}--tentative",
            kind="tentative",
            article=a.article,
            label="tentative punissable : "
            + " ; ".join(_span_fr(t.valid_from, t.valid_to) + f" (art. {t.article})" for t in off.attempts),
            quote=a.quote,
        )
        attempt = _passage(f"{off.id}--t-tentative", a.text, [item])
    folder = features if features is not None else RULES_DIR.parent / "features"
    sources = tuple(s.ref + (f" ({s.file})" if s.file else "") + (f" — {s.note}" if s.note else "") for s in off.sources)
    return OffenceSheet(
        id=off.id,
        article=off.article,
        label=off.label,
        natures=tuple(dict.fromkeys(v.nature for v in off.versions)),
        family=off.family,
        file=file,
        created=_date(off.created, "") or None,
        sources=sources,
        versions=tuple(_version(off, vi, v, written, vocab) for vi, v in enumerate(off.versions)),
        attempt=attempt,
        scenarios=tuple(scenarios_naming(off.article, folder)),
        features_found=folder.is_dir(),
        readings=_readings(off, vocab),
    )


def build_sheet(query: str, book: RuleBook | None = None, features: Path | None = None) -> ReviewSheet:
    """The sheet of every offence ``query`` names; :class:`UnknownOffence` if none."""
    book = book or load_rulebook()
    matched = match_offences(book, query)
    if not matched:
        raise UnknownOffence(query)
    return ReviewSheet(query, book.version_hash, tuple(build_offence(book, off, features) for off in matched))


# --- scenarios ----------------------------------------------------------------------------------------

_SCENARIO = re.compile(r"^\s*(Plan du scénario|Plan du Scénario|Scénario|Scenario|Exemple)\s*:\s*(.*)$")
_BLOCK = re.compile(r"^\s*(Fonctionnalité|Contexte|Règle|Exemples|Scénarios)\s*:")
_QUOTED = re.compile(r'"([^"]*)"')
_PLACEHOLDER = re.compile(r"<([^<>]+)>")


def parse_feature(path: Path, name: str) -> Iterator[Scenario]:
    """The scenarios of a French Gherkin file: title, line, steps (with their data tables) and example tables."""
    current: dict[str, Any] | None = None
    in_examples = False
    in_doc = False

    def done() -> Scenario | None:
        if current is None:
            return None
        tables = tuple(tuple(t) for t in current["examples"] if t)
        return Scenario(current["keyword"], current["title"], name, current["line"], tuple(current["steps"]), tables)

    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.strip()
        if text.startswith('"""') or text.startswith("```"):
            in_doc = not in_doc
            if current is not None and not in_examples:
                current["steps"].append(text)
            continue
        if in_doc:
            if current is not None and not in_examples:
                current["steps"].append(text)
            continue
        if not text or text.startswith("#") or text.startswith("@"):
            continue
        m = _SCENARIO.match(line)
        if m:
            if (s := done()) is not None:
                yield s
            keyword = "Plan du scénario" if m.group(1).lower().startswith("plan") else "Scénario"
            current = {"keyword": keyword, "title": m.group(2).strip(), "line": n, "steps": [], "examples": []}
            in_examples = False
            continue
        b = _BLOCK.match(line)
        if b:
            if b.group(1) == "Exemples" and current is not None:
                in_examples = True
                current["examples"].append([])
            else:
                if (s := done()) is not None:
                    yield s
                current, in_examples = None, False
            continue
        if current is None:
            continue
        if text.startswith("|"):
            cells = tuple(c.strip() for c in text.strip("|").split("|"))
            if in_examples:
                current["examples"][-1].append(cells)
            else:
                current["steps"].append(text)
        elif not in_examples:
            current["steps"].append(text)
    if (s := done()) is not None:
        yield s


def _fill(values: dict[str, str], m: re.Match[str]) -> str:
    return values.get(m.group(1), m.group(0))


def _named(step: str, examples: tuple[tuple[tuple[str, ...], ...], ...]) -> Iterator[str]:
    """The strings a step quotes, each placeholder replaced by every value of the example tables."""
    for q in _QUOTED.findall(step):
        if not _PLACEHOLDER.search(q):
            yield q
            continue
        for table in examples:
            header, rows = table[0], table[1:]
            for row in rows:
                yield _PLACEHOLDER.sub(partial(_fill, dict(zip(header, row, strict=False))), q)


def scenarios_naming(article: str, folder: Path) -> Iterator[Scenario]:
    """The scenarios of ``folder/*.feature`` one of whose steps quotes exactly ``article``."""
    wanted = normalise(article)
    for path in sorted(folder.glob("*.feature")) if folder.is_dir() else []:
        for s in parse_feature(path, f"{folder.name}/{path.name}"):
            if any(normalise(q) == wanted for step in s.steps for q in _named(step, s.examples)):
                yield s


# --- Markdown -------------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~=])")


def md(text: str) -> str:
    """Inline Markdown: special characters escaped, white space folded (never stripped inside a line)."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s*\n\s*", " ", text))


def _md_bold(text: str) -> str:
    """``**text**`` with its outer spaces left outside the markers (else they do not bold)."""
    core = text.strip()
    if not core:
        return md(text)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{md(lead)}**{md(core)}**{md(trail)}"


def _md_passage(p: Passage) -> list[str]:
    """The words as a block quote, each run of quoted words in bold followed by the ids quoting it."""
    runs: list[tuple[str, list[str]]] = []  # (text, ids) — touching quoted segments merged into one run
    for text, items in p.segments():
        ids = [i.id for i in items]
        if ids and runs and runs[-1][1]:
            runs[-1] = (runs[-1][0] + text, runs[-1][1] + [i for i in ids if i not in runs[-1][1]])
        else:
            runs.append((text, ids))
    out = ""
    for text, ids in runs:
        if not ids:
            out += "\n".join(md(x) for x in text.split("\n"))
            continue
        pieces = text.split("\n")
        out += "\n".join(_md_bold(x) for x in pieces) + " *\\[" + md(", ".join(ids)) + "\\]*"
    lines = [f"#### {md(p.title)}", "", f"*{md(p.source)}*", ""]
    for line in out.split("\n"):
        line = line.strip()
        if re.match(r"^(\d+[.)]|[-+])\s", line):
            line = "\\" + line
        lines.append(f"> {line}".rstrip())
    lines.append("")
    if p.provenance:
        lines += [f"*{md(x)}*  " for x in p.provenance.splitlines()] + [""]
    if not p.words:
        lines += ["**Texte absent de rules/texts/.**", ""]
    for item in p.items:
        lines += _md_item(item)
    for item in p.missing():
        lines += [f"**Citation de « {md(item.id)} » introuvable dans ce texte.**", ""]
    return lines


def _md_item(i: Item) -> list[str]:
    head = f"- **{md(i.id)}** — {md(i.kind)}, art. {md(i.article)} : {md(i.label)}"
    lines = [head, f"  - citation : « {md(i.quote)} »"]
    if i.reading:
        lines.append(f"  - lecture retenue : {md(i.reading)}")
    if i.nature or i.penalty:
        lines.append(f"  - peine : {md(i.penalty or '')}" + (f" ({md(i.nature)})" if i.nature else ""))
    if i.penalty_quote:
        lines.append(f"  - mots de la peine : « {md(i.penalty_quote)} »")
    if i.dates:
        lines.append(f"  - dates propres : {md(i.dates)}")
    if i.condition:
        lines.append("  - " + ("établi(e) si :" if len(i.condition) == 1 else "établi(e) si l'une des conditions suivantes :"))
        lines += [f"    - {md(c)}" for c in i.condition]
    if i.exclusion_written is not None:
        how = "écrite dans la règle" if i.exclusion_written else "dérivée (négation à trois valeurs de la condition)"
        lines.append(f"  - exclu(e) si — exclusion {how} :")
        lines += [f"    - {md(c)}" for c in i.exclusion]
    return [*lines, ""]


def _md_scenario(s: Scenario) -> list[str]:
    lines = [f"- **{md(s.keyword)} : {md(s.title)}** — `{s.file}:{s.line}`", "", "  ```gherkin"]
    lines += [f"  {step}" for step in s.steps]
    for table in s.examples:
        lines += ["", "  Exemples:"]
        widths = [max(len(r[c]) if c < len(r) else 0 for r in table) for c in range(len(table[0]))]
        lines += ["    | " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + " |" for row in table]
    return [*lines, "  ```", ""]


def render_markdown(sheet: ReviewSheet) -> str:
    lines = [f"# Fiche de relecture — {md(sheet.query)}", "", f"> Règles {md(sheet.ruleset_version)}", ""]
    for off in sheet.offences:
        lines += [f"## Art. {md(off.article)} — {md(off.label)}", ""]
        lines += [
            f"- identifiant : `{off.id}`",
            f"- nature : {md(', '.join(off.natures))}",
            f"- famille : {md(off.family)}",
            f"- fichier de règle : `{off.file}`",
            f"- créée le : {md(off.created or 'date non renseignée')}",
            "- sources :",
            *[f"  - {md(s)}" for s in off.sources],
            "",
        ]
        for v in off.versions:
            lines += [f"### Version {md(v.id)} ({md(v.article)}) — {md(v.dates)}", ""]
            lines.append(f"- nature : {md(v.nature)} ; peine : {md(v.penalty)}")
            lines.append(f"- historique : {md(v.history)}")
            if v.link:
                lines.append(f"- Légifrance : [{v.legiarti}]({v.link})")
            if v.reconstructed:
                lines.append(f"- **version reconstituée** — hypothèse : {md(v.assumption or '')}")
                lines += [f"  - source : {md(s)}" for s in v.reconstruction_sources]
            else:
                lines.append("- texte publié (non reconstitué)")
            lines.append("")
            for p in v.passages:
                lines += _md_passage(p)
        if off.attempt:
            lines += ["### Tentative", ""]
            lines += _md_passage(off.attempt)
        if off.readings:
            lines += ["### Lecture des faits dans le dossier (rules/facts.yaml)", ""]
            lines += [f"- **{md(label)}** : {md(text)}" for label, text in off.readings] + [""]
        lines += [f"### Scénarios nommant « {md(off.article)} » ({len(off.scenarios)})", ""]
        if not off.features_found:
            lines += ["*Dossier features/ absent : scénarios non disponibles.*", ""]
        for s in off.scenarios:
            lines += _md_scenario(s)
    return "\n".join(lines).rstrip() + "\n"


# --- HTML --------------------------------------------------------------------------------------------

_CSS = """
body{font-family:Georgia,serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1d1d1d;line-height:1.45}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif}h2{border-bottom:2px solid #444;margin-top:2.5rem}
.pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem;margin:1rem 0 2rem}
.words{white-space:pre-wrap;background:#fafaf5;border-left:4px solid #999;padding:.8rem}
mark{background:#ffe58a}mark.multi{background:#ffc96b}mark:target{outline:2px solid #c00}
.card{border:1px solid #ccc;border-radius:4px;padding:.5rem .8rem;margin-bottom:.8rem;font-size:.92rem}
.card:target{border-color:#c00}.id{font-family:monospace;font-weight:bold}.kind{color:#555}
.note{color:#555;font-size:.9rem}.warn{color:#a00;font-weight:bold}ul{margin:.2rem 0}
pre{background:#f3f3f3;padding:.6rem;overflow-x:auto;font-size:.85rem}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _html_passage(p: Passage) -> list[str]:
    words = []
    seen: set[str] = set()
    for text, items in p.segments():
        if not items:
            words.append(_e(text))
            continue
        first = next((i for i in items if i.anchor not in seen), None)
        seen.update(i.anchor for i in items)
        anchor = f' id="q-{_e(first.anchor)}"' if first else ""
        ids = " ".join(i.id for i in items)
        title = " ; ".join(f"{i.id} — {i.label}" for i in items)
        cls = ' class="multi"' if len(items) > 1 else ""
        words.append(f'<mark{anchor}{cls} data-ids="{_e(ids)}" title="{_e(title)}">{_e(text)}</mark>')
    out = [f'<h3 id="{_e(p.anchor)}">{_e(p.title)}</h3>', f'<p class="note">{_e(p.source)}</p>', '<div class="pair">', "<div>"]
    out.append(f'<div class="words">{"".join(words)}</div>' if p.words else '<p class="warn">Texte absent de rules/texts/.</p>')
    out += [f'<p class="note">{_e(x)}</p>' for x in p.provenance.splitlines()]
    out += ["</div>", "<div>"]
    for item in p.items:
        out += _html_item(item, found=item not in p.missing())
    return [*out, "</div>", "</div>"]


def _html_list(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(x)}</li>" for x in items) + "</ul>"


def _html_item(i: Item, found: bool) -> list[str]:
    out = [
        f'<div class="card" id="{_e(i.anchor)}">',
        f'<p><a class="id" href="#q-{_e(i.anchor)}">{_e(i.id)}</a>'
        f' <span class="kind">{_e(i.kind)}, art. {_e(i.article)}</span></p>',
        f"<p>{_e(i.label)}</p>",
        f"<p>Citation : « {_e(i.quote)} »</p>",
        *([f'<p class="note">Lecture retenue : {_e(i.reading)}</p>'] if i.reading else []),
    ]
    if not found:
        out.append('<p class="warn">Citation introuvable dans ce texte.</p>')
    if i.penalty:
        out.append(f"<p>Peine : {_e(i.penalty)}" + (f" ({_e(i.nature)})" if i.nature else "") + "</p>")
    if i.penalty_quote:
        out.append(f'<p class="note">Mots de la peine : « {_e(i.penalty_quote)} »</p>')
    if i.dates:
        out.append(f"<p>Dates propres : {_e(i.dates)}</p>")
    if i.condition:
        out.append("<p>Établi(e) si" + (" l'une des conditions suivantes" if len(i.condition) > 1 else "") + " :</p>")
        out.append(_html_list(i.condition))
    if i.exclusion_written is not None:
        how = "écrite dans la règle" if i.exclusion_written else "dérivée (négation à trois valeurs de la condition)"
        out.append(f"<p>Exclu(e) si — exclusion {_e(how)} :</p>")
        out.append(_html_list(i.exclusion))
    return [*out, "</div>"]


def _html_scenario(s: Scenario) -> list[str]:
    body = list(s.steps)
    for table in s.examples:
        widths = [max(len(r[c]) if c < len(r) else 0 for r in table) for c in range(len(table[0]))]
        body += ["", "Exemples:"]
        body += ["  | " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + " |" for row in table]
    return [
        f"<h3>{_e(s.keyword)} : {_e(s.title)}</h3>",
        f'<p class="note">{_e(s.file)}:{s.line}</p>',
        f"<pre>{_e(chr(10).join(body))}</pre>",
    ]


def render_html(sheet: ReviewSheet) -> str:
    title = f"Fiche de relecture — {sheet.query}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="note">Règles {_e(sheet.ruleset_version)}</p>',
    ]
    for off in sheet.offences:
        out.append(f'<h2 id="{_e(off.id)}">Art. {_e(off.article)} — {_e(off.label)}</h2>')
        out.append(
            "<ul>"
            f"<li>identifiant : <code>{_e(off.id)}</code></li>"
            f"<li>nature : {_e(', '.join(off.natures))}</li>"
            f"<li>famille : {_e(off.family)}</li>"
            f"<li>fichier de règle : <code>{_e(off.file)}</code></li>"
            f"<li>créée le : {_e(off.created or 'date non renseignée')}</li>"
            f"<li>sources : {_html_list(off.sources)}</li>"
            "</ul>"
        )
        for v in off.versions:
            out.append(f'<h2 id="{_e(off.id)}--{_e(v.id)}">Version {_e(v.id)} ({_e(v.article)}) — {_e(v.dates)}</h2>')
            facts = [f"nature : {v.nature} ; peine : {v.penalty}", f"historique : {v.history}"]
            out.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in facts))
            if v.link:
                out.append(f'<li>Légifrance : <a href="{_e(v.link)}">{_e(v.legiarti or "")}</a></li>')
            if v.reconstructed:
                out.append(f"<li><strong>version reconstituée</strong> — hypothèse : {_e(v.assumption or '')}")
                out.append(_html_list(f"source : {s}" for s in v.reconstruction_sources) + "</li>")
            else:
                out.append("<li>texte publié (non reconstitué)</li>")
            out.append("</ul>")
            for p in v.passages:
                out += _html_passage(p)
        if off.attempt:
            out.append("<h2>Tentative</h2>")
            out += _html_passage(off.attempt)
        if off.readings:
            out.append("<h2>Lecture des faits dans le dossier (rules/facts.yaml)</h2>")
            out.append(_html_list(f"{label} : {text}" for label, text in off.readings))
        out.append(f"<h2>Scénarios nommant « {_e(off.article)} » ({len(off.scenarios)})</h2>")
        if not off.features_found:
            out.append('<p class="note">Dossier features/ absent : scénarios non disponibles.</p>')
        for s in off.scenarios:
            out += _html_scenario(s)
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# --- command line -------------------------------------------------------------------------------------


def run_sheet(query: str, output: str | None) -> int:
    """``qualif rules --sheet QUERY [-o FILE]``: Markdown on stdout, or FILE (HTML if it ends in .html/.htm)."""
    try:
        sheet = build_sheet(query)
    except UnknownOffence as exc:
        print(f"qualif : {exc}", file=sys.stderr)
        return 2
    if output is None:
        print(render_markdown(sheet), end="")
        return 0
    path = Path(output)
    content = render_html(sheet) if path.suffix.lower() in (".html", ".htm") else render_markdown(sheet)
    try:
        path.write_text(content, encoding="utf-8")
    except OSError as exc:
        print(f"qualif : impossible d'écrire « {output} » : {exc.strerror or exc}", file=sys.stderr)
        return 2
    names = ", ".join(o.article for o in sheet.offences)
    print(f"fiche de relecture ({names}) écrite dans {path}")
    return 0
