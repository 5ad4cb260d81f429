"""No circumstance of the sexual-violence files is applied where the shipped text then in force does not say it.

For each version of a rule file of the ``viol_agression_sexuelle`` family and each of its circumstances, the days on
which the circumstance applies (its own dates within the version's) must meet only shipped wordings of its article
that contain its quote: a block of rules/texts/versions/ whose period overlaps those days, or the early-2023 text
(code_penal.md) from 04/04/2023. A block's end « — » means the end of the LEGI history (March 2015) in
legi_history_1994_2015.md and the 2023 text in code_penal_versions.md; an end « ? » is not known: only its first day
is checked. Days that no shipped block covers (2015 to 2021 for most articles) are not checked here: each file says
how it reads them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from engine.law.loader import load_rulebook
from engine.law.texts import TEXTS_DIR, articles, normalise

_HEAD = re.compile(r"^## Article (\S+) — version du (\d\d)/(\d\d)/(\d{4}) au (.+)$", re.MULTILINE)
_DAY = re.compile(r"(\d\d)/(\d\d)/(\d{4})")
LEGI_END = dt.date(2015, 3, 31)
CONSOLIDATION = dt.date(2023, 4, 4)
Block = tuple[dt.date, dt.date, str, str]  # first day, last day, where, words


@cache
def _blocks() -> dict[str, list[Block]]:
    out: dict[str, list[Block]] = {}
    for path in sorted((TEXTS_DIR / "versions").glob("*.md")):
        for m in _HEAD.finditer(path.read_text(encoding="utf-8")):
            start = dt.date(int(m[4]), int(m[3]), int(m[2]))
            end_day = _DAY.match(m[5])
            if end_day:
                end = dt.date(int(end_day[3]), int(end_day[2]), int(end_day[1])) - dt.timedelta(days=1)
            elif m[5].startswith("—"):
                end = LEGI_END if path.name.startswith("legi") else dt.date.max
            else:
                end = start  # end not known: only the first day is attested
            words = articles(f"versions/{path.name}")[f"{m[1]}@{start.isoformat()}"]
            out.setdefault(m[1], []).append((start, end, f"{path.name}@{start}", words))
    for article, words in articles("code_penal.md").items():
        out.setdefault(article, []).append((CONSOLIDATION, dt.date.max, "code_penal.md", words))
    return out


def _defects() -> list[str]:
    book = load_rulebook()
    found = []
    for off in book.offences.values():
        if off.family != "viol_agression_sexuelle":
            continue
        for v in off.versions:
            for agg in v.aggravations:
                first = max(agg.valid_from or v.valid_from, v.valid_from)
                last = min(agg.valid_to or dt.date.max, v.valid_to or dt.date.max)
                quote = normalise(agg.quote)
                for start, end, where, words in _blocks().get(agg.article.split(" ")[0], []):
                    if start <= last and end >= first and quote not in normalise(words):
                        found.append(f"{book.files[off.id]} {v.id} {agg.id} ({agg.article}, {first} → {last}) : pas dans {where}")
    return found


def test_no_circumstance_is_applied_where_the_text_then_in_force_lacks_it() -> None:
    assert not _defects()


def test_the_check_sees_a_circumstance_dated_before_its_text() -> None:
    """222-24 12° (ivresse) appears in the LEGI version of 07/03/2007: dated from 1994, it would be a defect."""
    book = load_rulebook()
    viol = book.offences["viol_222_23"]
    agg = next(a for a in viol.versions[0].aggravations if a.id == "ivresse_stupefiants")
    words = next(b[3] for b in _blocks()["222-24"] if b[0] == dt.date(1994, 3, 1))
    assert agg.valid_from == dt.date(2007, 3, 7) and normalise(agg.quote) not in normalise(words)
