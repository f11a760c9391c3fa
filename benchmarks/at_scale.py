"""The cost of the window and the command line at 1x, 10x and 100x the data, with the goals.

Every figure is taken on a real X server (Xvfb, started here on a free display) from real
input: start to first paint as X DAMAGE events see it (first_paint.py), clicks and keystrokes
until the pane or the results list has repainted (clicks.py, a child process per scale), and
the `search` command as a process. DB Browser for SQLite, when installed, opens the same files
in the same runs for comparison. The copies come from scale.py. Runs of different scales (and
of DB Browser) are interleaved, and medians taken, because the machine is shared.

With --against FOLDER (another checkout of the project, e.g. `git worktree add ../before main`)
every figure is also taken for that version, in turns with this one in the same run, each on
copies made by its own scale.py and build code, and the table gives both side by side: on a
shared machine only figures taken together can be compared.

    python benchmarks/at_scale.py [--against FOLDER]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from first_paint import measure  # noqa: E402 (benchmarks are scripts beside each other)
from Xlib import display  # noqa: E402

SCALES = (1, 10, 100)
START_RUNS = 7
CLI_RUNS = 15
REPOSITORY_QUERIES = [
    "Kazakhstan",
    "Tianjn",
    "Kazakstan",
    "Ташкент",
    "哈萨克斯坦",
    "萨克",
    "Charter",
]
DB_BROWSER = shutil.which("sqlitebrowser")
SQLITE_SHELL = shutil.which("sqlite3")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(v for v in values if v == v)  # NaN: a repaint that never came
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def start_xvfb() -> tuple[str, subprocess.Popen | None]:
    """A display to measure on: BENCHMARK_DISPLAY if set, else a new Xvfb on a free number."""
    if name := os.environ.get("BENCHMARK_DISPLAY"):
        return name, None
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.perf_counter() + 10
    while True:
        try:
            display.Display(f":{number}").close()  # accepting connections: ready
            return f":{number}", server
        except Exception:
            if time.perf_counter() > deadline:
                server.kill()
                raise RuntimeError("Xvfb did not start") from None
            time.sleep(0.1)


THIS = HERE.parent
"""The checkout these benchmarks belong to."""


def version_environment(tree: Path) -> dict[str, str]:
    """Runs a child on the package of the checkout `tree`: first on the path, and the working
    folder never before it (`python -m` and `-c` would put it first)."""
    return {"PYTHONSAFEPATH": "1", **({"PYTHONPATH": str(tree)} if tree != THIS else {})}


def prepare_version(tree: Path) -> dict[int, Path]:
    """The version's scaled copies, made by its own generator and build code, and its bytecode
    compiled (as installing a wheel does), so no run compiles the sources."""
    compileall.compile_dir(tree / "sco_desktop", quiet=1)
    script = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); from scale import scaled_copy;"
        f" print(json.dumps({{f: str(scaled_copy(f)) for f in {SCALES!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tree / "benchmarks")],
        env={**os.environ, **version_environment(tree)},
        capture_output=True,
        text=True,
        check=True,
    )
    return {int(factor): Path(path) for factor, path in json.loads(result.stdout).items()}


def app_start(db: Path, screen: str, tree: Path = THIS):
    return measure(
        [sys.executable, "-m", "sco_desktop", "--db", str(db), "--exit-after-startup"],
        screen,
        {
            "QT_QPA_PLATFORM": "xcb",
            "SCO_DESKTOP_HOME": tempfile.mkdtemp(),
            **version_environment(tree),
        },
    )


def db_browser_start(db: Path, screen: str):
    # A fresh HOME: its first-run settings, no remembered window, the file opened read-only.
    # On the X server like ours (`make benchmark` runs the rest offscreen).
    environment = {"HOME": tempfile.mkdtemp(), "QT_QPA_PLATFORM": "xcb"}
    return measure([DB_BROWSER, "-R", str(db)], screen, environment)


def wall_ms(command: list[str]) -> float:
    return run_ms(command)[0]


def run_ms(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time and processor time (user and system) of a command, in milliseconds."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{command} failed")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def repository_search(db: Path, tree: Path = THIS) -> list[float]:
    """Milliseconds of each `Repository.search` call, in a child running the version `tree`."""
    result = subprocess.run(
        [sys.executable, str(HERE / "at_scale.py"), "--repository-search", str(db)],
        env={**os.environ, **version_environment(tree)},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def _repository_search_here(db: Path) -> list[float]:
    from sco_desktop.core.data import Repository

    times = []
    with Repository(db) as repo:
        for query in REPOSITORY_QUERIES:
            for end in range(1, len(query) + 1):
                start = time.perf_counter()
                repo.search(query[:end])
                times.append((time.perf_counter() - start) * 1000)
    return times


def clicks(db: Path, screen: str, tree: Path = THIS) -> dict:
    # This checkout's clicks.py for both versions: the same clicks and keys for each.
    result = subprocess.run(
        [sys.executable, str(HERE / "clicks.py"), str(db)],
        env={
            **os.environ,
            "DISPLAY": screen,
            "QT_QPA_PLATFORM": "xcb",
            "SCO_DESKTOP_HOME": tempfile.mkdtemp(),
            **version_environment(tree),
        },
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return json.loads(result.stdout)


def measure_versions(versions: dict[str, Path]) -> dict[str, dict]:
    """Every figure for each version (name -> checkout), the versions and the scales in turns."""
    dbs = {name: prepare_version(tree) for name, tree in versions.items()}
    screen, server = start_xvfb()
    # Held open throughout: an X server resets when its last client leaves, and a program
    # connecting during the reset is turned away.
    keeper = display.Display(screen)
    figures: dict = {
        name: {factor: {"paint": [], "rss": [], "cpu": [], "browser": []} for factor in SCALES}
        for name in versions
    }
    try:
        for name, tree in versions.items():
            app_start(dbs[name][1], screen, tree)  # warm the file cache and the font cache
        for _ in range(START_RUNS):
            for factor in SCALES:
                for name, tree in versions.items():
                    started = app_start(dbs[name][factor], screen, tree)
                    figures[name][factor]["paint"].append(started.first_paint_ms)
                    figures[name][factor]["rss"].append(started.peak_rss_mib)
                    figures[name][factor]["cpu"].append(started.cpu_ms)
                    if DB_BROWSER:
                        figures[name][factor]["browser"].append(
                            db_browser_start(dbs[name][factor], screen).first_paint_ms
                        )
        for factor in SCALES:
            for name, tree in versions.items():
                felt = clicks(dbs[name][factor], screen, tree)
                found = figures[name][factor]
                found["clicks"] = [t for times in felt["navigation"].values() for t in times]
                found["keys"] = felt["search"]
                found["clicks_cpu"] = felt["navigation_cpu"]
                found["keys_cpu"] = felt["search_cpu"]
    finally:
        keeper.close()
        if server is not None:
            server.terminate()
            server.wait()
    cli = [sys.executable, "-m", "sco_desktop"]
    for factor in SCALES:
        for name, tree in versions.items():
            figures[name][factor]["repository"] = repository_search(dbs[name][factor], tree)
            figures[name][factor]["size_mib"] = dbs[name][factor].stat().st_size / 2**20
    interpreter = []
    for _ in range(CLI_RUNS):
        interpreter.append(run_ms([sys.executable, "-c", "pass"]))
        for factor in SCALES:
            for name, tree in versions.items():
                db = dbs[name][factor]
                command = [*cli, "--db", str(db), "search", "Kazakhstan", "--json"]
                wall, cpu = run_ms(command, version_environment(tree))
                figures[name][factor].setdefault("cli", []).append(wall)
                figures[name][factor].setdefault("cli_cpu", []).append(cpu)
                if SQLITE_SHELL:
                    query = (
                        "select e.id from entities_fts join entities e on e.rowid ="
                        " entities_fts.rowid where entities_fts match '\"Kazakhstan\"*' limit 20;"
                    )
                    figures[name][factor].setdefault("shell", []).append(
                        wall_ms([SQLITE_SHELL, "-readonly", str(db), query])
                    )
    for name in versions:
        figures[name]["interpreter"] = interpreter
    return figures


def main(against: Path | None = None) -> dict:
    versions = {"this": THIS}
    if against is not None:
        versions = {"before": against.resolve(), "this": THIS}
    figures = measure_versions(versions)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"load average (1, 5, 15 min) at the end: {load}")
    for name, tree in versions.items():
        if len(versions) > 1:
            print(f"\n{name}: {tree}\n")
        print_table(figures[name])
    return figures


def print_table(figures: dict) -> None:
    def median(values):
        values = [v for v in values if v == v]  # NaN: a window that never painted
        return statistics.median(values) if values else float("nan")

    def cells(render):
        return " | ".join(render(figures[factor]) for factor in SCALES)

    one, hundred = figures[1], figures[100]
    rows = [
        (
            "start to first paint (X DAMAGE), median",
            cells(lambda f: f"{median(f['paint']):.0f} ms"),
            "100x within 1.1x of 1x",
            f"{median(hundred['paint']) / median(one['paint']):.2f}x",
        ),
        (
            "the same, processor time of the process (user + system), median",
            cells(lambda f: f"{median(f['cpu']):.0f} ms"),
            "",
            f"{median(hundred['cpu']) / median(one['cpu']):.2f}x",
        ),
        (
            "DB Browser for SQLite, same files and runs",
            cells(
                lambda f: (
                    f"{median(f['browser']):.0f} ms"
                    + (
                        f" ({missed} of {len(f['browser'])} never painted)"
                        if (missed := sum(v != v for v in f["browser"]))
                        else ""
                    )
                    if f["browser"]
                    else "not installed"
                )
            ),
            "ours at most 1.0x",
            f"{median(one['paint']) / median(one['browser']):.2f}x at 1x" if one["browser"] else "",
        ),
        (
            "peak memory at start",
            cells(lambda f: f"{median(f['rss']):.0f} MiB"),
            "100x within 1.2x of 1x",
            f"{median(hundred['rss']) / median(one['rss']):.2f}x",
        ),
        (
            "click on a navigator row until the pane has repainted, p50 / p95",
            cells(
                lambda f: (
                    f"{percentile(f['clicks'], 0.5):.1f} / {percentile(f['clicks'], 0.95):.1f} ms"
                )
            ),
            "p95 < 16 ms at 1x, < 25 ms at 100x",
            "",
        ),
        (
            "the same, the window's processor time, p50 / p95",
            cells(
                lambda f: (
                    f"{percentile(f['clicks_cpu'], 0.5):.1f} / "
                    f"{percentile(f['clicks_cpu'], 0.95):.1f} ms"
                )
            ),
            "",
            "",
        ),
        (
            "`Repository.search` per keystroke, p50 / p95",
            cells(
                lambda f: (
                    f"{percentile(f['repository'], 0.5):.2f} / "
                    f"{percentile(f['repository'], 0.95):.2f} ms"
                )
            ),
            "(reported)",
            "",
        ),
        (
            "keystroke to painted results, p50 / p95",
            cells(
                lambda f: f"{percentile(f['keys'], 0.5):.1f} / {percentile(f['keys'], 0.95):.1f} ms"
            ),
            "p95 < 16 ms at 100x",
            "",
        ),
        (
            "the same, the window's processor time, p50 / p95",
            cells(
                lambda f: (
                    f"{percentile(f['keys_cpu'], 0.5):.1f} / "
                    f"{percentile(f['keys_cpu'], 0.95):.1f} ms"
                )
            ),
            "",
            "",
        ),
        (
            "`sco-desktop search Kazakhstan --json` as a process, median",
            cells(lambda f: f"{median(f['cli']):.0f} ms"),
            "< 100 ms at 1x, < 150 ms at 100x",
            "",
        ),
        (
            "the same, processor time (user + system), median",
            cells(lambda f: f"{median(f['cli_cpu']):.0f} ms"),
            "",
            "",
        ),
        (
            "`sqlite3` shell, the same full-text query, median",
            cells(lambda f: f"{median(f['shell']):.0f} ms" if f.get("shell") else "not installed"),
            "(reported)",
            "",
        ),
        ("database file", cells(lambda f: f"{f['size_mib']:.1f} MiB"), "", ""),
    ]
    bare = figures["interpreter"]
    rows.append(
        (
            "`python -c pass`, the interpreter alone (wall / processor), median",
            f"{median([w for w, _c in bare]):.0f} / {median([c for _w, c in bare]):.0f} ms",
            "",
            "",
        )
    )
    print("| measure | 1x | 10x | 100x | goal | ratio |")
    print("|---|---|---|---|---|---|")
    for name, values, goal, ratio in rows:
        values = values if " | " in values else f"{values} | | "
        print(f"| {name} | {values} | {goal} | {ratio} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="another checkout to measure in turns")
    parser.add_argument("--repository-search", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.repository_search:
        print(json.dumps(_repository_search_here(arguments.repository_search)))
    else:
        main(arguments.against)
