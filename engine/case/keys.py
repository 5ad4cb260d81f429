"""A key written twice in one object, and the field path of a key or an index (JSON and YAML readers)."""

from __future__ import annotations

from engine.kernel.echo import shown


class DuplicateKeyError(ValueError):
    """A key written twice in the same object: field path, key, 1-based line/column of both occurrences."""

    def __init__(self, path: str, key: str, line: int, column: int, first_line: int):
        self.path, self.key, self.line, self.column, self.first_line = path, key, line, column, first_line
        super().__init__(self.text())

    def text(self) -> str:
        where = f"ligne {self.line}, colonne {self.column}"
        return f"clé « {shown(self.key)} » en double, {where} (première occurrence ligne {self.first_line})"


def join(path: str, part: str | int) -> str:
    return f"{path}[{part}]" if isinstance(part, int) else f"{path}.{part}" if path else str(part)
