"""French Gherkin steps shared by every feature in features/ (pytest-bdd).

Vocabulary (see features/README.md for the whole list with examples):
  Étant donné une victime "v" née le 2006-03-12        | âgée de 16 ans | d'âge inconnu | née en 2006 (ou 2006-03)
  Et un mis en cause "a" né le 1990-01-01              | un client "c"
  Et l'acte "a1" : "a" "recruter" "v" le 2022-09-03    (kinds: engine/case/model.py ActKind; « en 2022-09 »: a month)
  Et l'acte "a1" a pour "coercion" la valeur "oui"     (any Act field; oui/non/inconnu or a value)
  Et la personne "v" a pour "particular_vulnerability" la valeur "oui"
  Et le lien de "a" envers "v" a pour "authority" la valeur "oui"
  Et "c" connaissait la minorité de "v" : "oui"        | connaissait l'âge de moins de quinze ans de …
  Et "h" est complice de l'acte "a1" par "provocation"   (aide_ou_assistance | provocation | instructions)
  Et la complicité de "h" dans l'acte "a1" a pour "means" la valeur "ordre, menace"   (knowingly, before_or_during, date…)
  Et le dossier a pour "organised_gang" la valeur "oui"
  Et l'enquête établit pour "a" envers "v" le fait "serious_situation" : "oui"
  Et un témoin "w"
  Et "c" a déclaré le 2023-03-03 au sujet de "v", sur la question "knew_minor" : "elle m'a dit avoir 19 ans"
  Quand on qualifie le dossier                         | … à la date du 2022-01-01
  Alors la qualification "225-4-1 II" de "a" envers "v" est "établie"   (établie | à établir | exclue)
  Alors la qualification "225-4-1 II" de "a" envers "v" est absente
  Alors la qualification "225-4-1 II" de "h" envers "v" est retenue comme "complice (art. 121-7 al. 2)"   (ou "auteur")
  Alors la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "v" est "établie"
  Alors la circonstance "225-4-5" de la qualification "…" de "t" envers "w" est établie avec la note "peine plus lourde"
  Alors la peine encourue pour "225-4-1 II" de "a" envers "v" est "15 ans de réclusion criminelle, …"
  Alors la nature de la qualification "…" de "a" envers "v" est "crime"
  Alors il reste à établir pour "…" de "a" envers "v" : "connaissait la minorité"
  Alors l'exclusion de "…" de "a" envers "v" est motivée par "était majeur"
  Alors l'explication de la qualification "…" de "a" envers "v" cite la preuve "à établir"   (a « ← » line of a fact)
  Alors le dossier est refusé avec un message sur "acts[0].date" contenant "antérieur à la naissance"
  Alors un avertissement mentionne "consolidation"          (its code, or words of its message)
  Alors la loi appliquée à "225-5" de "a" envers "v" est "infraction_continue"   (reasons of law_applied, ", ")
  Alors la qualification "225-4-1 II" de "a" envers "v" ne porte que sur une période
  Alors l'explication de "225-12-1 al. 2" de "c" envers "v" cite la déclaration de "c" : "…"   (| ne cite pas)
  Alors l'exposé des faits de la note de qualification liste la complicité de "h" dans l'acte "a1" : "… ; …"
  Alors le résumé texte mentionne "…"      (classify, text; « le résumé détaillé » : explain ; | ne mentionne pas)
"""

import os
import shutil
import tempfile

import pytest

pytest_plugins = [
    "steps.case_facts",
    "steps.classification",
    "steps.law_in_time",
    "steps.practical_cases",
    "steps.statements",
    "steps.notes",
    "plugins.rule_coverage",
    "plugins.app_marker",
]


_CACHE: list[str] = []  # the folder made for this session, removed at its end


@pytest.hookimpl(tryfirst=True)  # before the plugins' (plugins/rule_coverage.py builds the engine)
def pytest_configure(config: object) -> None:
    """The suite's rule cache lives in a folder of its own (engine/kernel/disk_cache.py), never the user's.
    ``QUALIF_TEST_MAX_RULES=R`` runs the tests with durable-rules rulesets of at most R rules (several shards)."""
    if not os.environ.get("QUALIF_CACHE_DIR"):
        _CACHE.append(tempfile.mkdtemp(prefix="qualif-test-cache-"))
        os.environ["QUALIF_CACHE_DIR"] = _CACHE[0]
    if os.environ.get("QUALIF_TEST_MAX_RULES"):
        from engine.reasoning import compiler

        compiler.MAX_RULES_PER_RULESET = int(os.environ["QUALIF_TEST_MAX_RULES"])


def pytest_unconfigure(config: object) -> None:
    for folder in _CACHE:
        shutil.rmtree(folder, ignore_errors=True)
