"""Before Qt starts: a missing library of the X11 plugin is named, with the command to install it.

A stand-in plugin is built that links a library then removed, so the real dynamic linker
reports it missing, as on a machine without that package. The stand-in is a version of
libxcb-icccm no system has (so.404), since the test machine has the real one.
"""

import os
import shutil
import subprocess
import sys

import pytest

from sco_desktop.core.infra import platform_probe

pytestmark = pytest.mark.slow

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture
def broken_plugin_folder(tmp_path):
    """A folder whose libqxcb.so needs a libxcb-icccm that cannot be found."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("ldd") is None:
        pytest.skip("needs a C compiler and ldd to build the stand-in plugin")
    stub = tmp_path / "stub"
    stub.mkdir()
    source = tmp_path / "empty.c"
    source.write_text("int stand_in(void) { return 0; }\n")
    library = stub / "libxcb-icccm.so.404"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-Wl,-soname,libxcb-icccm.so.404", "-o", library, source],
        check=True,
    )
    folder = tmp_path / "platforms"
    folder.mkdir()
    subprocess.run(
        [
            compiler,
            "-shared",
            "-fPIC",
            "-o",
            folder / "libqxcb.so",
            source,
            "-Wl,--no-as-needed",  # keep the dependency though nothing of it is used
            library,
        ],
        check=True,
    )
    library.unlink()
    return folder


def test_the_missing_library_is_named(broken_plugin_folder):
    missing = platform_probe.missing_libraries(broken_plugin_folder / "libqxcb.so")
    assert missing == ["libxcb-icccm.so.404"]


def test_the_window_does_not_start_and_says_what_to_install(broken_plugin_folder):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
    }
    environment.update(DISPLAY=":0", QT_QPA_PLATFORM_PLUGIN_PATH=str(broken_plugin_folder))
    result = subprocess.run(
        [sys.executable, "-m", "sco_desktop"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=PROJECT_ROOT,
        timeout=120,
    )
    assert result.returncode not in (0, -6, 134)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "libxcb-icccm.so.404" in lines[0]
    assert "sudo apt install libxcb-icccm4" in lines[0]
    assert "sudo dnf install xcb-util-wm" in lines[0]


def test_nothing_is_probed_off_x11():
    assert platform_probe.problem({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}) is None
    assert not platform_probe.uses_xcb({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"})
    assert platform_probe.uses_xcb({"QT_QPA_PLATFORM": "xcb"}) == sys.platform.startswith("linux")


def test_the_installed_plugin_loads_here():
    found = platform_probe.plugin({})
    if found is not None:
        assert platform_probe.missing_libraries(found) == []
