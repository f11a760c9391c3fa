"""Builds the standalone folder: sco-desktop with its own Python and libraries (PyInstaller,
one-folder mode), for a target machine that has no Python. Also as one .tar.gz (.zip on
Windows).

It runs PyInstaller inside a virtual environment where sco-desktop is installed from its wheel
(never an editable checkout, whose data folders PyInstaller would not find): by default a new
one under build/, filled from the offline bundle's wheels (`make bundle` first); `--venv` names
one to reuse. PyInstaller itself comes from pip's package index, so this needs a connected
machine of the target's platform.

Usage: python scripts/standalone.py [--bundle DIR] [--venv DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle import PROJECT, archive, bundle_name, run

ENTRY = "import sys\n\nfrom sco_desktop.app import main\n\nsys.exit(main())\n"


def pyinstaller_requirement() -> str:
    """The range pyproject.toml's `standalone` extra allows: the one place it is written."""
    with (PROJECT / "pyproject.toml").open("rb") as stream:
        extras = tomllib.load(stream)["project"]["optional-dependencies"]
    return extras["standalone"][0]


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def build(bundle: Path, venv: Path | None, out: Path) -> Path:
    if venv is None:
        venv = PROJECT / "build" / "standalone-venv"
        if venv.exists():
            shutil.rmtree(venv)
        run([sys.executable, "-m", "venv", str(venv)])
        run([str(venv_python(venv)), "-m", "pip", "install", "--quiet", "--no-index",
             "--find-links", str(bundle / "wheels"), "sco-desktop"])  # fmt: skip
    python = str(venv_python(venv))
    run([python, "-m", "pip", "install", "--quiet", pyinstaller_requirement()])
    # Run away from any checkout: `python -m` and `-c` put the working folder first on the
    # path, and a checkout's sco_desktop/ has no data folders inside it.
    neutral = Path(tempfile.gettempdir())
    version = subprocess.run(
        [python, "-c", "import sco_desktop; print(sco_desktop.__version__)"],
        check=True, capture_output=True, text=True, cwd=neutral,
    ).stdout.strip()  # fmt: skip
    target = out / bundle_name(version).replace("-offline", "-standalone")
    if target.exists():
        shutil.rmtree(target)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sco-standalone-") as scratch:
        work = Path(scratch)
        entry = work / "sco_desktop_main.py"
        entry.write_text(ENTRY, encoding="utf-8")
        run([python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--onedir",
             "--name", "sco-desktop", "--collect-data", "sco_desktop",
             # Found by name at run time, not by an import PyInstaller could follow.
             "--collect-submodules", "sco_desktop.core.present.compiled",
             "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
             "--specpath", str(work), str(entry)], cwd=work)  # fmt: skip
        shutil.move(work / "dist" / "sco-desktop", target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PROJECT / "dist")
    parser.add_argument("--venv", type=Path, help="a virtual environment with sco-desktop")
    parser.add_argument("--bundle", type=Path, help="the offline bundle folder (default: newest)")
    args = parser.parse_args()
    bundle = args.bundle
    if bundle is None and args.venv is None:
        found = sorted(
            (PROJECT / "dist").glob("sco-desktop-*-offline"), key=lambda p: p.stat().st_mtime
        )
        if not found:
            sys.exit("no offline bundle in dist/: run `make bundle` first, or pass --venv")
        bundle = found[-1]
    folder = build(bundle, args.venv, args.out.resolve())
    packed = archive(folder)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(f"{folder}: {size / 1e6:.0f} MB; {packed}: {packed.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
