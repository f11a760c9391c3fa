"""C-36/C-37: an install killed with SIGKILL at any point leaves the old data or the new one
active, complete and verified, never a mix; what it left is cleaned at the next start.

A real `sco-desktop pack install` runs in a child process. Each file-system step of the install
(every fsync, rename and replace) is announced on the child's standard output and waits for the
parent's go-ahead, so the parent can kill it exactly before step k, for every k. More rounds
kill a free-running install after a random delay.
"""

import os
import random
import shutil
import signal
import subprocess
import sys

import pytest
from conftest import PROJECT, run_cli

from sco_desktop.core.data import Repository
from sco_desktop.core.data.pack_store import PackStore
from sco_desktop.core.infra import locations

pytestmark = pytest.mark.slow

RANDOM_ROUNDS = 3

CHILD = """
import os, sys

def announced(name, real):
    def step(*args, **kwargs):
        print("step", name, flush=True)
        if os.environ.get("STEP_BY_STEP") and sys.stdin.readline() != "go\\n":
            raise SystemExit(3)
        return real(*args, **kwargs)
    return step

for name in ("fsync", "replace", "rename"):
    setattr(os, name, announced(name, getattr(os, name)))

from sco_desktop.app import main
sys.exit(main(["pack", "install", sys.argv[1]]))
"""


@pytest.fixture
def template(tmp_path, trusted, make_pack, monkeypatch):
    """A user folder with update 1 installed and the test key trusted; copied for each round."""
    home = tmp_path / "template"
    shutil.copytree(locations.user_folder(), home)
    monkeypatch.setenv(locations.HOME_VARIABLE, str(home))
    PackStore().install(make_pack(1))
    return home


def _start(home, pack, step_by_step):
    env = {**os.environ, locations.HOME_VARIABLE: str(home), "PYTHONIOENCODING": "utf-8"}
    if step_by_step:
        env["STEP_BY_STEP"] = "1"
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(pack)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=PROJECT,
        env=env,
    )


def _run_until_step(home, pack, stop_at):
    """Runs the install, killing it just before step `stop_at`; the steps it announced."""
    child = _start(home, pack, step_by_step=True)
    steps = []
    for line in child.stdout:
        if not line.startswith("step "):
            continue
        steps.append(line.split()[-1])
        if len(steps) == stop_at:
            child.send_signal(signal.SIGKILL)
            break
        child.stdin.write("go\n")
        child.stdin.flush()
    child.wait(timeout=120)
    child.stdout.close()
    child.stdin.close()
    child.stderr.close()
    return steps, child.returncode


def _assert_old_or_new_and_verified(home, monkeypatch, start_the_command=False):
    monkeypatch.setenv(locations.HOME_VARIABLE, str(home))
    active = PackStore().active()
    assert active.problem == ""
    assert active.pack is not None and active.pack.sequence in (1, 2)
    with Repository(active.database) as repo:
        assert repo.verify() == []
    left = sorted(p.name for p in (home / locations.PACKS_FOLDER).iterdir())
    assert not [name for name in left if name.startswith(".staging-") or name.endswith(".part")]
    if start_the_command:
        # The real command starts on the same data, verified.
        result = run_cli("verify", env={locations.HOME_VARIABLE: str(home)})
        assert result.returncode == 0, result.stderr
        assert f"update-{active.pack.sequence:08d}" in result.stdout
    return active.pack.sequence


def test_c37_a_kill_before_any_step_of_an_install_leaves_old_or_new_data(
    template, make_pack, tmp_path, monkeypatch
):
    pack = make_pack(2, changed=True)
    full = tmp_path / "full"
    shutil.copytree(template, full)
    steps, code = _run_until_step(full, pack, stop_at=0)
    assert code == 0
    assert "rename" in steps and "replace" in steps
    assert _assert_old_or_new_and_verified(full, monkeypatch, start_the_command=True) == 2

    outcomes = []
    for stop_at in range(1, len(steps) + 1):
        home = tmp_path / f"round-{stop_at}"
        shutil.copytree(template, home)
        _steps, code = _run_until_step(home, pack, stop_at)
        assert code == -signal.SIGKILL
        killed_before_switch = stop_at == len(steps)
        outcomes.append(_assert_old_or_new_and_verified(home, monkeypatch, killed_before_switch))
    # Killed before the pointer's replace: old data; the new data only once it has happened.
    switch = max(i for i, step in enumerate(steps) if step == "replace")
    assert outcomes[: switch + 1] == [1] * (switch + 1)


def test_c36_an_install_killed_at_random_moments_leaves_old_or_new_data(
    template, make_pack, tmp_path, monkeypatch
):
    pack = make_pack(2, changed=True)
    chance = random.Random(os.environ.get("PYTEST_XDIST_WORKER", "") + str(pack))
    for round_number in range(RANDOM_ROUNDS):
        home = tmp_path / f"random-{round_number}"
        shutil.copytree(template, home)
        child = _start(home, pack, step_by_step=False)
        try:
            child.communicate(timeout=chance.uniform(0.1, 1.0))
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
        _assert_old_or_new_and_verified(home, monkeypatch, start_the_command=round_number == 0)
