"""Count the English (and the tracebacks) in what `qualif classify` answers to invalid files (issue 6/7).

    python bench/english_messages.py [--root CHECKOUT] [--per-family N] [--seed S]

The corpus: N files of each family of tests/bad_inputs.py (seeded), plus a FIFO, a folder, /dev/zero and a
missing file. Each file runs in tests/fuzz_worker.py (2 GB cap, 10 s alarm, killed at 20 s), with the engine
of ``--root`` (default: this checkout), so the same corpus measures a checkout before and after a change.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

from tests.bad_inputs import FAMILIES, bad_file, english_lines  # noqa: E402
from tests.fuzz_worker import Worker  # noqa: E402


def _specials(tmp: Path) -> list[tuple[str, Path]]:
    fifo, folder, device = tmp / "tube.json", tmp / "dossier.json", tmp / "zero.json"
    os.mkfifo(fifo)
    folder.mkdir()
    device.symlink_to("/dev/zero")
    return [("tube", fifo), ("dossier", folder), ("périphérique", device), ("absent", tmp / "absent.yaml")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=HERE)
    parser.add_argument("--per-family", type=int, default=20)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--show", action="store_true", help="montrer les fichiers qui ne sortent pas en 2")
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    worker = Worker(args.root.resolve(), alarm=10.0)
    exits: Counter[str] = Counter()
    english, tracebacks, files = 0, 0, 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        runs = [(family, i) for family in FAMILIES for i in range(args.per_family)]
        items: list[tuple[str, Path]] = []
        for n, (family, _) in enumerate(runs):
            _, suffix, data = bad_file(rnd, family)
            path = tmp / f"f{n}{suffix}"
            path.write_bytes(data)
            items.append((family, path))
        for family, path in [*items, *_specials(tmp)]:
            result = worker.run(path)
            files += 1
            exits[str(result["rc"])] += 1
            tracebacks += "Traceback" in result["stderr"]
            lines = english_lines(result["stderr"])
            english += len(lines)
            if lines and args.per_family <= 5:
                print(f"  [{family}] {lines[0][:150]}")
            if result["rc"] != 2 and args.show:
                head = path.read_bytes()[:300] if path.is_file() else b""
                print(f"  [{family}] sortie {result['rc']} en {result['seconds']} s : {head!r}")
            path.unlink(missing_ok=True) if path.is_file() else None
    worker.close()
    print(
        f"{args.root} : {files} fichiers ({len(FAMILIES)} familles + 4 spéciaux) ; sorties {dict(exits)} ; "
        f"tracebacks {tracebacks} ; messages en anglais {english} ; pire {worker.worst}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
