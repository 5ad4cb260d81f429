"""Packaging and the command line as a shell user meets them.

- ``pip install .`` into a fresh virtual environment, then ``qualif classify`` from another folder: the rule
  data travels with the package (engine/law/location.py finds it as ``qualif_rules``).
- Output cut by a pipe (``qualif explain … | head -c 10``) ends quietly, without a traceback.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "mineure_16_ans_reseau.yaml"


def test_output_cut_by_a_pipe_ends_quietly() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "engine.cli.main", "explain", str(EXAMPLE), "--format", "json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)
    proc.stdout.close()  # as `head -c 10` does
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr


def test_every_engine_subpackage_is_packaged() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "engine").rglob("__init__.py")}
    assert found <= listed, f"sous-paquets absents de pyproject.toml : {sorted(found - listed)}"
    assert {"qualif_rules", "qualif_training"} <= listed


@pytest.mark.slow
def test_pip_install_in_a_fresh_venv_classifies_from_another_folder(tmp_path: Path) -> None:
    """The wheel (built as pip builds it) holds the engine and the rule data; dependencies come from this
    environment's site-packages (no download), the package itself only from the wheel."""
    source = tmp_path / "source"  # a copy: building in place would leave build/ in the checkout
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".*", "build", "dist", "*.egg-info", "__pycache__", "artifacts"))
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(source)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    deps = next(p for p in sys.path if p.endswith("site-packages"))
    Path(site, "project_dependencies.pth").write_text(deps + "\n", encoding="utf-8")
    (wheel,) = wheels.glob("qualif-*.whl")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, capture_output=True, timeout=300
    )
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    case = elsewhere / "dossier.yaml"
    case.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    run = subprocess.run(
        [str(env_dir / "bin" / "qualif"), "classify", "dossier.yaml", "--format", "json"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert '"225-4-1 II"' in run.stdout
    where = subprocess.run(
        [str(python), "-c", "import engine, engine.law.location as l; print(engine.__file__); print(l.rules_dir())"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(ROOT) not in where and site in where, where
