"""Before Qt starts on Linux: can its X11 platform plugin load, and if not, what is missing.

Qt aborts (a core dump) when the xcb plugin cannot load, naming xcb-cursor0 whatever library
is missing. Asking the system's dynamic linker (`ldd`) about the plugin names the real ones.
This module reads files and runs `ldd`; it imports no Qt and never starts it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

PLUGIN_FILE = "libqxcb.so"
PLUGIN_PATH_VARIABLE = "QT_QPA_PLATFORM_PLUGIN_PATH"
"""Where Qt itself looks for platform plugins first; the probe looks in the same place."""
_LDD_TIMEOUT_S = 20
PACKAGES = {
    # library: (Debian and Ubuntu package, Fedora and RHEL package)
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}
"""The libraries the xcb plugin links (Qt 6), with the package that installs each."""


def uses_xcb(environment: dict[str, str]) -> bool:
    """Whether Qt will pick its X11 plugin: on Linux, asked for, or an X display without Wayland."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environment.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return bool(environment.get("DISPLAY")) and not environment.get("WAYLAND_DISPLAY")


def plugin(environment: dict[str, str]) -> Path | None:
    """The xcb plugin Qt would load, or None if it cannot be found."""
    folders = [Path(p) for p in environment.get(PLUGIN_PATH_VARIABLE, "").split(os.pathsep) if p]
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folders.append(Path(location) / "Qt" / "plugins" / "platforms")
    for folder in folders:
        if (folder / PLUGIN_FILE).is_file():
            return folder / PLUGIN_FILE
    return None


def missing_libraries(plugin_file: Path) -> list[str]:
    """The libraries the plugin needs that the dynamic linker cannot find (none if unknown)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        result = subprocess.run(
            [ldd, str(plugin_file)], capture_output=True, text=True, timeout=_LDD_TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    missing = []
    for line in result.stdout.splitlines():
        name, _, where = line.strip().partition(" => ")
        if where.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing


def packages_of(library: str) -> tuple[str, str] | None:
    """The packages that install a library, by its name or, for another version, its family."""
    if library in PACKAGES:
        return PACKAGES[library]
    family = library.partition(".so")[0]
    return next((p for name, p in PACKAGES.items() if name.partition(".so")[0] == family), None)


def explain(missing: list[str]) -> str:
    """One line: what is missing and the command that installs it."""
    known = [p for p in map(packages_of, missing) if p]
    debian = sorted({p[0] for p in known})
    fedora = sorted({p[1] for p in known})
    line = (
        "cannot open the window: Qt's X11 platform plugin needs "
        + ", ".join(missing)
        + ", not installed on this system"
    )
    if debian:
        line += (
            f"; install with: sudo apt install {' '.join(debian)} (Debian, Ubuntu)"
            f" or sudo dnf install {' '.join(fedora)} (Fedora, RHEL)"
        )
    return line + "; the subcommands (see --help) work without it"


def problem(environment: dict[str, str]) -> str | None:
    """The one-line reason the window cannot start on X11, or None when nothing is missing."""
    if not uses_xcb(environment):
        return None
    found = plugin(environment)
    if found is None:
        return None
    missing = missing_libraries(found)
    return explain(missing) if missing else None
