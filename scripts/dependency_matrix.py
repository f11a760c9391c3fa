"""Runs the whole suite at the ends of the dependency ranges that pyproject.toml allows.

Each cell gets its own virtual environment under `.matrix/` with the named versions pinned,
then `pytest` runs there. The table at the end says which combinations pass. Cells marked
"beyond" lie outside the allowed ranges: they are expected to fail and show that the tests
which justify a cap can still fail.

Usage: python scripts/dependency_matrix.py [CELL_NAME ...]   (needs the network for pip)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
WORK = PROJECT / ".matrix"

# name: (python, PySide6-Essentials, expectation)
CELLS = {
    "py311-lowest": ("3.11", "6.8.3", "within"),
    "py311-highest": ("3.11", "6.11.3", "within"),
    "py312-highest": ("3.12", "6.12.0", "within"),
    "py313-highest": ("3.13", "6.12.0", "within"),
    "py311-qt680": ("3.11", "6.8.0", "beyond"),
    "py311-qt612": ("3.11", "6.12.0", "beyond"),
}


def python_for(version: str) -> str | None:
    """An interpreter of that version that really starts (a pyenv shim may name one it lacks)."""
    candidates = [shutil.which(f"python{version}")]
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates += sorted(str(p) for p in pyenv.glob(f"{version}.*/bin/python{version}"))
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "--version"], capture_output=True, text=True)
        if probe.returncode == 0:
            return candidate
    return None


def run_cell(name: str, python: str, pyside: str, expectation: str) -> tuple[str, float, str]:
    venv = WORK / name
    if venv.exists():
        shutil.rmtree(venv)
    subprocess.run([python, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    pins = [f"PySide6-Essentials=={pyside}"]
    install = subprocess.run(
        [*pip, "-e", f"{PROJECT}[test]", *(pins if expectation == "within" else [])],
        capture_output=True,
        text=True,
    )
    if install.returncode == 0 and expectation == "beyond":
        # Outside the ranges pyproject.toml allows: pip would refuse, so put them in by hand.
        install = subprocess.run(
            [*pip, "--no-deps", *pins, f"shiboken6=={pyside}"], capture_output=True, text=True
        )
    if install.returncode != 0:
        return "install failed", 0.0, install.stderr.strip().splitlines()[-1]
    started = time.monotonic()
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    elapsed = time.monotonic() - started
    lines = (result.stdout + result.stderr).strip().splitlines()
    summary = lines[-1] if lines else ""
    if result.returncode < 0:
        summary = f"killed by signal {-result.returncode}; last line: {summary}"
    failed = [line for line in lines if line.startswith("FAILED")]
    detail = "; ".join(failed[:3]) if failed else summary
    return ("pass" if result.returncode == 0 else "fail"), elapsed, detail


def main(names: list[str]) -> int:
    WORK.mkdir(exist_ok=True)
    rows = []
    for name in names or list(CELLS):
        version, pyside, expectation = CELLS[name]
        python = python_for(version)
        if python is None:
            rows.append((name, version, pyside, expectation, "no python", 0.0, ""))
            continue
        outcome, elapsed, detail = run_cell(name, python, pyside, expectation)
        rows.append((name, version, pyside, expectation, outcome, elapsed, detail))
        print(f"{name}: {outcome} ({elapsed:.0f} s) {detail}", flush=True)
    print("\n| cell | Python | PySide6-Essentials | range | result | suite | detail |")
    print("|---|---|---|---|---|---|---|")
    for name, version, pyside, expectation, outcome, elapsed, detail in rows:
        print(
            f"| {name} | {version} | {pyside} | {expectation} | {outcome}"
            f" | {elapsed:.0f} s | {detail} |"
        )
    unexpected = [r for r in rows if r[3] == "within" and r[4] != "pass"]
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
