"""The options of the subcommands whose work needs heavy imports (process pools, SQLite, the training model),
declared here so that parsing ``qualif classify FILE`` imports none of that work (engine/cli/main.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    """The batch options of ``qualif classify``."""
    parser.add_argument("--batch", action="store_true", help="CASE est un répertoire : qualifier chacun de ses fichiers")
    parser.add_argument("--jobs", type=_jobs, metavar="N", help="avec --batch : N processus (défaut : nombre de processeurs)")
    parser.add_argument("-o", "--output", metavar="REPERTOIRE", help="avec --batch : répertoire des résultats et de summary.csv")
    parser.add_argument(
        "--pseudonymise", action="store_true", help="avec --batch : pseudonymes dans summary.csv, aucun résultat par fichier"
    )


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"nombre de processus invalide « {text[:20]} » (entier ≥ 1 attendu)")
    return int(text)


def batch_wanted(args: argparse.Namespace) -> bool:
    """Whether ``classify`` goes to the batch: asked for, or given a folder (refused there without --batch)."""
    asked = args.batch or args.pseudonymise or args.jobs is not None or args.output is not None
    return bool(asked) or Path(args.case).is_dir()


def add_train_parser(sub: Any) -> None:
    """Register the ``train`` subcommand on the ``qualif`` parser."""
    t = sub.add_parser("train", help="cas pratiques : s'entraîner à qualifier (auditeurs de justice)")
    t.add_argument("case_id", nargs="?", help="identifiant du cas pratique (voir --list)")
    t.add_argument("--list", action="store_true", help="lister les cas pratiques")
    t.add_argument("--answers", type=Path, help="réponse non interactive : fichier .yaml, .json ou .txt (syntaxe compacte)")
    t.add_argument("--trainee", help="pseudonyme de l'auditeur : enregistre la tentative")
    t.add_argument("--db", type=Path, help="fichier SQLite de suivi (par défaut : QUALIF_DB ou le dossier de données)")
    t.add_argument("--solution", action="store_true", help="afficher le corrigé du moteur (formateurs)")
    t.add_argument("--format", choices=("text", "json"), default="text")


def add_library_parser(sub: Any) -> None:
    """Register the ``library`` subcommand on the ``qualif`` parser."""
    lib = sub.add_parser("library", help="bibliothèque de dossiers : sauvegarde (export) et restauration (import)")
    actions = lib.add_subparsers(dest="library_action", metavar="export|import", required=True, parser_class=type(lib))
    e = actions.add_parser("export", help="écrire toute la bibliothèque (dossiers, versions, historique, corbeille) en JSON")
    e.add_argument("-o", "--output", metavar="FICHIER", help="fichier à écrire (par défaut : la sortie standard)")
    i = actions.add_parser("import", help="ajouter les dossiers d'une sauvegarde (jamais par-dessus un dossier existant)")
    i.add_argument("file", metavar="FICHIER", help="sauvegarde JSON écrite par « qualif library export »")
    i.add_argument(
        "--on-conflict",
        choices=("refuse", "rename"),
        default="refuse",
        help="référence déjà prise par un autre dossier : tout refuser (défaut) ou importer sous « …-import »",
    )
    for p in (e, i):
        p.add_argument("--db", type=Path, help="fichier de bibliothèque (par défaut : QUALIF_DB ou le dossier de données)")
    lib.set_defaults(run=_run_library)  # engine/cli/main.py dispatches to it




def _run_library(args: argparse.Namespace) -> int:
    from engine.cli.library import run

    return run(args)
