"""JSON and YAML syntax errors in French, with the line and column: never the parser's English text."""

from __future__ import annotations

import json

import yaml

_JSON = (
    ("Expecting value", "valeur attendue (texte vide, virgule en trop, ou valeur sans guillemets ?)"),
    ("Expecting property name", "nom de clé entre guillemets doubles attendu (virgule en trop avant « } » ?)"),
    ("Expecting ':'", "« : » attendu après la clé"),
    ("Expecting ','", "« , » attendue entre deux éléments"),
    ("Unterminated string", "texte entre guillemets non fermé"),
    ("Invalid control character", "caractère de contrôle dans un texte entre guillemets (écrire \\n ou \\t)"),
    ("Invalid \\uXXXX", "séquence \\u invalide (quatre chiffres hexadécimaux attendus)"),
    ("Invalid \\escape", "séquence d'échappement inconnue après « \\ »"),
    ("Extra data", "texte en trop après la fin du dossier"),
    ("Illegal trailing comma", "virgule en trop avant la fermeture"),
    ("Unexpected UTF-8 BOM", "marque d'ordre d'octets (BOM) inattendue"),
)

_YAML = (
    ("cannot start any token", "caractère inattendu (une tabulation pour indenter ? « @ », « ` » ou « % » en début de valeur ?)"),
    ("tab character", "tabulation non admise pour indenter (utiliser des espaces)"),
    ("mapping values are not allowed", "« : » inattendu (une valeur qui contient « : » s'écrit entre guillemets)"),
    ("could not find expected ':'", "« : » attendu après la clé"),
    ("found unexpected ':'", "« : » inattendu"),
    ("unexpected end of stream", "fin du texte inattendue (guillemet ou crochet non fermé ?)"),
    ("unknown escape character", "séquence d'échappement inconnue après « \\ » (entre guillemets doubles)"),
    ("expected escape sequence", "séquence d'échappement invalide (entre guillemets doubles)"),
    ("did not find expected key", "clé attendue (indentation incohérente ?)"),
    ("did not find expected '-'", "élément de liste « - » attendu (indentation incohérente ?)"),
    ("did not find expected node content", "valeur attendue"),
    ("expected the node content", "valeur attendue"),
    ("expected <block end>", "indentation incohérente"),
    ("expected ',' or ']'", "« , » ou « ] » attendu"),
    ("expected ',' or '}'", "« , » ou « } » attendu"),
    ("undefined alias", "alias « * » sans ancre « & » de ce nom"),
    ("duplicate anchor", "ancre « & » déjà définie"),
    ("alphabetic or numeric character", "nom d'ancre, d'alias ou d'étiquette invalide"),
    ("constructor for the tag", "étiquette YAML (« ! ») non admise"),
    ("undefined tag handle", "étiquette YAML (« ! ») non admise"),
    ("unhashable key", "clé invalide (une liste ou un objet ne peut pas servir de clé)"),
    ("a single document", "un seul document attendu (« --- » en trop ?)"),
    ("<document start>", "début de document attendu (« --- » ou « ... » mal placé ?)"),
    ("comment or a line break", "fin de ligne attendue (texte en trop après la valeur ?)"),
    ("comment or line break", "fin de ligne attendue (texte en trop après la valeur ?)"),
    ("entries are not allowed", "élément de liste « - » inattendu (indentation incohérente ?)"),
    ("incompatible YAML document", "version de YAML non admise"),
    ("expected '>'", "étiquette YAML (« ! ») non admise"),
    ("chomping or indentation", "indicateur de bloc « | » ou « > » invalide"),
    ("indentation indicator", "indicateur d'indentation de bloc invalide"),
    ("directive", "directive YAML (« % ») non admise"),
    ("for merging", "« << » doit fusionner un objet ou une liste d'objets"),
    ("expected a mapping node", "« << » doit fusionner un objet ou une liste d'objets"),
    ("special characters are not allowed", "caractère spécial non admis dans un texte YAML"),
    ("expected ' '", "espace attendue après « : », « - » ou « ? »"),
    ("expected URI", "étiquette YAML (« ! ») non admise"),
)


def _french(text: str, table: tuple[tuple[str, str], ...], default: str) -> str:
    return next((french for english, french in table if english in text), default)


def json_message(exc: json.JSONDecodeError) -> str:
    return f"JSON invalide, ligne {exc.lineno}, colonne {exc.colno} : {_french(exc.msg, _JSON, 'syntaxe JSON invalide')}"


def yaml_message(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    where = f", ligne {mark.line + 1}, colonne {mark.column + 1}" if mark else ""
    if isinstance(exc, yaml.reader.ReaderError):
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return f"YAML invalide, position {exc.position + 1} : caractère spécial U+{code:04X} non admis dans un texte YAML"
    text = " ".join(str(part) for part in (getattr(exc, "problem", None), getattr(exc, "context", None)) if part)
    return f"YAML invalide{where} : {_french(text or str(exc), _YAML, 'syntaxe YAML invalide')}"
