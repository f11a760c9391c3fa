"""Builds the offline installer: a folder and one archive holding every wheel sco-desktop needs
on this platform and Python, the two installers, SHA256SUMS and INSTALL.txt.

Runs on a connected machine of the same platform as the target (pip needs its package index to
download the dependencies; pip's cache is reused). The target needs Python of the same minor
version and nothing else from outside. `make bundle` runs it with the project's virtual
environment.

Usage: python scripts/bundle.py [--out DIR]   (default: dist/)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
WHEELS = "wheels"
CHECK_SCRIPT = "check_bundle.py"
SUMS = "SHA256SUMS"

# The libraries the Qt xcb platform plugin (PySide6/Qt/plugins/platforms/libqxcb.so) and its
# libQt6XcbQpa load from the system, found with `ldd` and mapped to Debian 12 packages with
# `dpkg -S`. The RHEL names are the same libraries' package names there (not checked on RHEL).
DEBIAN_PACKAGES = (
    "libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libx11-6 libx11-xcb1"
    " libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0"
    " libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1"
    " libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0"
)
RHEL_PACKAGES = (
    "mesa-libEGL mesa-libGL fontconfig freetype dbus-libs glib2 libX11 libX11-xcb libxcb"
    " xcb-util xcb-util-cursor xcb-util-image xcb-util-keysyms xcb-util-renderutil xcb-util-wm"
    " libxkbcommon libxkbcommon-x11"
)

CHECK_SOURCE = '''"""Checks this installer folder before anything is installed: every file
against SHA256SUMS, and the Python that runs it against the one the wheels were made for."""

import hashlib
import sys
from pathlib import Path

PYTHON = {python!r}
HERE = Path(__file__).resolve().parent

if "{{}}.{{}}".format(*sys.version_info[:2]) != PYTHON:
    sys.exit("sco-desktop installer: this bundle needs Python " + PYTHON + ", not "
             + sys.version.split()[0] + "; run the installer with that version")
failed = []
for line in (HERE / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
    expected, name = line.split(None, 1)
    path = HERE / name.lstrip("*")
    if not path.is_file():
        failed.append(name + ": missing")
        continue
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    if digest.hexdigest() != expected:
        failed.append(name + ": checksum differs (damaged or changed)")
for problem in failed:
    print("sco-desktop installer: FAILED " + problem, file=sys.stderr)
if failed:
    sys.exit("sco-desktop installer: nothing was installed; copy the bundle again")
print("sco-desktop installer: all files match SHA256SUMS")
'''

INSTALL_SH = """#!/bin/sh
# Installs sco-desktop from this folder into a virtual environment, without any network.
# Usage: sh install.sh [TARGET]   (default: $HOME/sco-desktop); PYTHON=python3.X to choose one.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET=${{1:-$HOME/sco-desktop}}
PYTHON=${{PYTHON:-python{python}}}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
"$PYTHON" "$HERE/{check}"
"$PYTHON" -m venv "$TARGET"
# No index, no configuration files: pip may only read the wheels beside this script.
PIP_CONFIG_FILE=/dev/null "$TARGET/bin/python" -m pip install --no-index \\
    --find-links "$HERE/{wheels}" --no-cache-dir --quiet sco-desktop
echo "sco-desktop installed in $TARGET. Start it with: $TARGET/bin/sco-desktop"
"""

INSTALL_PS1 = """# Installs sco-desktop from this folder into a virtual environment, offline.
# Usage: powershell -ExecutionPolicy Bypass -File install.ps1 [TARGET]
param([string]$Target = "$env:LOCALAPPDATA\\sco-desktop")
$ErrorActionPreference = "Stop"
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$Python = if ($env:PYTHON) {{ $env:PYTHON }} else {{ "py" }}
$PyArgs = if ($Python -eq "py") {{ @("-{python}") }} else {{ @() }}
& $Python @PyArgs "$Here\\{check}"
if ($LASTEXITCODE -ne 0) {{ exit $LASTEXITCODE }}
& $Python @PyArgs -m venv "$Target"
if ($LASTEXITCODE -ne 0) {{ exit $LASTEXITCODE }}
$env:PIP_CONFIG_FILE = "NUL"
& "$Target\\Scripts\\python.exe" -m pip install --no-index --find-links "$Here\\{wheels}" `
    --no-cache-dir --quiet sco-desktop
if ($LASTEXITCODE -ne 0) {{ exit $LASTEXITCODE }}
Write-Output "sco-desktop installed in $Target. Start it with: $Target\\Scripts\\sco-desktop.exe"
"""

INSTALL_TXT = """sco-desktop {version}: offline installer for {platform}, Python {python}

This folder holds every wheel sco-desktop needs; nothing is downloaded while installing.

1. Python {python} must be installed on the machine.
2. Linux only: Qt's window needs these system libraries (most desktops have them already).
   Debian / Ubuntu:
     sudo apt-get install {debian}
   RHEL / Rocky / Alma / Fedora:
     sudo dnf install {rhel}
3. Install (each file is first checked against SHA256SUMS; a damaged one is named and nothing
   is installed):
     Linux, macOS:  sh install.sh [TARGET]          (default TARGET: ~/sco-desktop)
     Windows:       powershell -ExecutionPolicy Bypass -File install.ps1 [TARGET]
4. Start:  TARGET/bin/sco-desktop   (Windows: TARGET\\Scripts\\sco-desktop.exe)
   Check:  TARGET/bin/sco-desktop verify

Data updates (.scopack files) are installed afterwards with `sco-desktop pack install FILE`
or File > Install Data Update… in the window; see the README.
"""


def bundle_name(version: str) -> str:
    machine = platform.machine().lower() or "unknown"
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    python = f"py{sys.version_info[0]}{sys.version_info[1]}"
    return f"sco-desktop-{version}-{system}-{machine}-{python}-offline"


def run(command: list[str], cwd: Path | None = None) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=cwd)


def build(out: Path) -> Path:
    sys.path.insert(0, str(PROJECT))
    from sco_desktop import __version__

    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    folder = out / bundle_name(__version__)
    if folder.exists():
        shutil.rmtree(folder)
    wheels = folder / WHEELS
    wheels.mkdir(parents=True)
    pip = [sys.executable, "-m", "pip"]
    run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", str(wheels), "."])
    project_wheel = next(wheels.glob("sco_desktop-*.whl"))
    # Only the runtime dependencies of the wheel (no extras, so no test tools), as wheels for
    # this interpreter and platform: never a source archive that would need a compiler.
    run([*pip, "download", "--only-binary=:all:", "--quiet", "-d", str(wheels), str(project_wheel)])

    (folder / CHECK_SCRIPT).write_text(CHECK_SOURCE.format(python=python), encoding="utf-8")
    values = {"python": python, "check": CHECK_SCRIPT, "wheels": WHEELS}
    (folder / "install.sh").write_text(INSTALL_SH.format(**values), encoding="utf-8", newline="\n")
    (folder / "install.sh").chmod(0o755)
    (folder / "install.ps1").write_text(INSTALL_PS1.format(**values), encoding="utf-8")
    (folder / "INSTALL.txt").write_text(
        INSTALL_TXT.format(
            version=__version__,
            platform=f"{platform.system()} {platform.machine()}",
            python=python,
            debian=DEBIAN_PACKAGES,
            rhel=RHEL_PACKAGES,
        ),
        encoding="utf-8",
    )
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.relative_to(folder).as_posix()}")
    (folder / SUMS).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def archive(folder: Path) -> Path:
    if sys.platform == "win32":
        target = folder.with_suffix(".zip")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zipped:
            for path in sorted(folder.rglob("*")):
                zipped.write(path, path.relative_to(folder.parent))
        return target
    target = folder.parent / f"{folder.name}.tar.gz"
    # Wheels are already compressed: the fastest level loses almost nothing.
    with tarfile.open(target, "w:gz", compresslevel=1) as tar:
        tar.add(folder, arcname=folder.name)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PROJECT / "dist")
    args = parser.parse_args()
    started = time.monotonic()
    os.chdir(PROJECT)
    folder = build(args.out.resolve())
    packed = archive(folder)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(f"{folder}: {size / 1e6:.0f} MB in {len(list((folder / WHEELS).iterdir()))} wheels")
    print(f"{packed}: {packed.stat().st_size / 1e6:.0f} MB")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
