"""The shipped texts read block by block (engine/law/texts.py): the same headings as ``finditer`` finds, the same
blocks as parsing the whole file, each block parsed only when a quote or a provenance asks for it."""

from __future__ import annotations

import re

from budget import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.law import texts


def _whole(content: str) -> dict[str, tuple[str, str]]:
    """The blocks as the whole file was parsed at once (before the per-block reading)."""
    out: dict[str, tuple[str, str]] = {}
    matches = list(texts._HEADING.finditer(content))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(content)
        body = content[m.end() : end].split("\n## ", 1)[0].split("\n# ", 1)[0]
        lines = body.strip().splitlines()
        words = [line for line in lines if not line.startswith(texts._PROVENANCE)]
        notes = [line for line in lines if line.startswith(texts._PROVENANCE)]
        out[texts._key(m.group(1).strip())] = ("\n".join(words).strip(), "\n".join(notes))
    return out


def _files() -> list[str]:
    return sorted(p.relative_to(texts.TEXTS_DIR).as_posix() for p in texts.TEXTS_DIR.rglob("*.md"))


def test_every_shipped_file_reads_the_same_blocks() -> None:
    files = _files()
    assert len(files) >= 8
    for file in files:
        whole = _whole((texts.TEXTS_DIR / file).read_text(encoding="utf-8"))
        assert texts._blocks(file) == whole and list(texts._blocks(file)) == list(whole), file
        for key, (words, notes) in whole.items():
            assert texts._block(file, key) == (words, notes) and texts.provenance(file, key) == notes
            assert texts._normalised(file, key) == texts.normalise(words)
        assert texts._block(file, "0-0") is None and texts.provenance(file, "0-0") == ""


PIECES = ["## Article ", "# Titre", "\n", "\n\n", " ", "\t", "227-25", "x", "## ", "Source : y", " — version du 01/03/1994 au z"]


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_headings_are_finditer_s(pieces: list[str]) -> None:
    content = "".join(pieces)
    wanted = [(m.span(), m.groups()) for m in texts._HEADING.finditer(content)]
    assert [(m.span(), m.groups()) for m in texts.headings(content)] == wanted
    assert texts._HEADING.flags & re.MULTILINE
