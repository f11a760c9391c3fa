"""The offline installer: `scripts/bundle.py` builds it, and it installs and runs with no network.

The bundle is built once (pip downloads into its cache on the first run only), unpacked from its
archive, installed into a fresh virtual environment in a process that has no network (a network
namespace where the system allows one, and a socket guard in every Python process either way),
and the installed command is run from there.
"""

import os
import subprocess
import sys
import tarfile

import pytest
from conftest import PROJECT

pytestmark = pytest.mark.slow

GUARD = """
import sys

def _refuse(event, args):
    if event in ("socket.connect", "socket.getaddrinfo"):
        family = getattr(getattr(args[0] if args else None, "family", None), "name", "")
        if event == "socket.getaddrinfo" or family != "AF_UNIX":
            raise OSError("network use during the offline install test: " + event)

sys.addaudithook(_refuse)
"""


def _no_network_prefix() -> list[str]:
    """`unshare -rn` (a private network namespace with only loopback) if the system allows it."""
    try:
        probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return ["unshare", "-rn"] if probe.returncode == 0 else []


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, str(PROJECT / "scripts" / "bundle.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    (archive,) = out.glob("*.tar.gz")
    unpacked = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="data")
    (folder,) = unpacked.iterdir()
    return folder


@pytest.fixture(scope="module")
def offline_env(tmp_path_factory):
    guard = tmp_path_factory.mktemp("guard")
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    home = tmp_path_factory.mktemp("home")
    return {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "PYTHONPATH": str(guard),
        "SCO_DESKTOP_HOME": str(home / "sco"),
        "PYTHON": sys.executable,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }


def _offline(command, env):
    return subprocess.run(
        [*_no_network_prefix(), *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def test_bundle_holds_the_wheels_installers_and_sums(bundle):
    wheels = sorted(p.name.lower() for p in (bundle / "wheels").iterdir())
    assert any(name.startswith("pyside6_essentials-") for name in wheels)
    assert not any(name.startswith(("pyside6-", "pyside6_addons")) for name in wheels)
    assert not any(name.startswith(("pytest", "hypothesis", "ruff")) for name in wheels)
    assert any(name.startswith("sco_desktop-") for name in wheels)
    assert all(name.endswith(".whl") for name in wheels)
    listed = {
        line.split(None, 1)[1]
        for line in (bundle / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    }
    files = {
        p.relative_to(bundle).as_posix()
        for p in bundle.rglob("*")
        if p.is_file() and p.name != "SHA256SUMS"
    }
    assert listed == files
    text = (bundle / "INSTALL.txt").read_text(encoding="utf-8")
    assert "sudo apt-get install" in text and "libxcb-cursor0" in text
    assert "sudo dnf install" in text


@pytest.fixture(scope="module")
def installed(bundle, offline_env, tmp_path_factory):
    """The bundle installed by its own installer, with no network, into a fresh venv."""
    target = tmp_path_factory.mktemp("installed") / "venv"
    result = _offline(["sh", str(bundle / "install.sh"), str(target)], offline_env)
    assert result.returncode == 0, result.stderr
    assert "all files match SHA256SUMS" in result.stdout
    return target


def _smoke(command, env):
    """`verify` and a start of the window that waits for its first paint, both offline."""
    verified = _offline([command, "verify"], env)
    assert verified.returncode == 0, verified.stderr
    assert "ok (checksum, quick_check, full-text index)" in verified.stdout
    started = _offline([command, "--exit-after-startup"], env)
    assert started.returncode == 0, started.stderr
    return verified.stdout


def test_installs_and_runs_with_no_network(installed, offline_env):
    shown = _smoke(str(installed / "bin" / "sco-desktop"), offline_env)
    assert str(installed) in shown


def test_a_damaged_file_is_named_and_nothing_is_installed(bundle, offline_env, tmp_path):
    wheel = next((bundle / "wheels").glob("sco_desktop-*.whl"))
    original = wheel.read_bytes()
    damaged = bytearray(original)
    damaged[len(damaged) // 2] ^= 0xFF
    wheel.write_bytes(bytes(damaged))
    try:
        target = tmp_path / "venv"
        result = _offline(["sh", str(bundle / "install.sh"), str(target)], offline_env)
    finally:
        wheel.write_bytes(original)
    assert result.returncode != 0
    assert f"FAILED wheels/{wheel.name}: checksum differs" in result.stderr
    assert not target.exists()


def test_the_standalone_folder_runs_with_no_network(installed, offline_env, tmp_path):
    """PyInstaller (from pip's index: the one step here that uses the network) makes a folder
    with its own Python from the installed environment; it runs offline without that Python."""
    out = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, str(PROJECT / "scripts" / "standalone.py"),
         "--venv", str(installed), "--out", str(out)],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (folder,) = (p for p in out.iterdir() if p.is_dir())
    assert folder.name.endswith("-standalone")
    # No Python of ours on the way: neither the guard (it needs one) nor any virtual environment.
    env = {k: v for k, v in offline_env.items() if k not in ("PYTHONPATH", "PYTHON")}
    shown = _smoke(str(folder / "sco-desktop"), env)
    assert str(folder) in shown
