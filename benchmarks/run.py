"""Prints the speed figures recorded in BENCHMARKS.md: the data at 1x, 10x and 100x, start-up,
navigation, search, sheets, charts, map.

Run with `make benchmark`, or `python benchmarks/run.py NAME...` for some of them. `at_scale`
runs on an X server (Xvfb) with real clicks and keystrokes (at_scale.py); the others use the
real bundled database and the real window, offscreen.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
STARTUP_RUNS = 15
SEARCH_QUERIES = [
    "Kazakhstan",
    "Tashkent",
    "Tianjin",
    "Shanghai Five",
    "Charter",
    "Секретариат",
    "Ташкент",
    "哈萨克斯坦",
    "Development Strategy",
    "Regional Anti-Terrorist",
    "India",
    "Samarkand",
    "Secretary-General",
    "Laos",
    "Treaty",
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def wall_time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command,
        check=True,
        capture_output=True,
        env={**os.environ, "SCO_DESKTOP_HOME": tempfile.mkdtemp()},
    )
    return time.perf_counter() - start


def startup() -> None:
    app = [sys.executable, "-m", "sco_desktop", "--exit-after-startup"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    wall_time(app), wall_time(bare)  # warm the file cache for both
    ratios, app_times, bare_times = [], [], []
    for _ in range(STARTUP_RUNS):
        a, b = wall_time(app), wall_time(bare)
        app_times.append(a)
        bare_times.append(b)
        ratios.append(a / b)
    print(
        f"start-up to first paint: sco-desktop median {statistics.median(app_times) * 1000:.0f} ms,"
        f" bare window median {statistics.median(bare_times) * 1000:.0f} ms,"
        f" median ratio {statistics.median(ratios):.2f} ({STARTUP_RUNS} alternating runs)"
    )


def in_process() -> None:
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    # The offscreen platform reports that it cannot size or raise the results pop-up.
    qInstallMessageHandler(lambda _kind, _context, message: None)

    from sco_desktop.app import build_main_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = build_main_window(settings=settings)
    window.show()
    app.processEvents()

    entities = [(kind, entity_id) for entity_id, (kind, _name) in window.repo.labels().items()]
    times = []
    for kind, entity_id in entities:
        start = time.perf_counter()
        window.show_entity(kind, entity_id)
        window.detail_view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"navigation over {len(times)} entities: p50 {percentile(times, 0.5):.1f} ms,"
        f" p95 {percentile(times, 0.95):.1f} ms, max {max(times):.1f} ms"
    )

    keystrokes = []
    for query in SEARCH_QUERIES:
        window.search_field.clear()
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            window.search_field.setText(query[:end])
            app.processEvents()  # the search runs on the next turn of the event loop
            if window.search_field.results.isVisible():
                window.search_field.results.viewport().repaint()
            keystrokes.append((time.perf_counter() - start) * 1000)
    print(
        f"search as you type over {len(keystrokes)} keystrokes: p50"
        f" {percentile(keystrokes, 0.5):.2f} ms, p95 {percentile(keystrokes, 0.95):.2f} ms,"
        f" max {max(keystrokes):.2f} ms"
    )
    window.close()


def synthetic_database(factor: int = 100) -> Path:
    """A copy of the bundled database with `factor` times the trade rows (years pushed back)."""
    import shutil
    import sqlite3

    from sco_desktop.core.infra import locations

    path = Path(tempfile.mkdtemp()) / "synthetic.db"
    shutil.copy(locations.bundled_database(), path)
    conn = sqlite3.connect(path)
    rows = conn.execute("select * from trade").fetchall()
    conn.executemany(
        "insert into trade values (?, ?, ?, ?, ?, ?, ?)",
        [
            (reporter, partner, year - 40 * k, flow, value, source, note)
            for reporter, partner, year, flow, value, source, note in rows
            for k in range(1, factor)
        ],
    )
    conn.commit()
    count = conn.execute("select count(*) from trade").fetchone()[0]
    conn.close()
    return path, count


def charts(db_path: Path | None = None, label: str = "bundled") -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sco_desktop.app import build_main_window

    app = QApplication.instance()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = build_main_window(db_path, settings=settings)
    window.show()
    app.processEvents()
    start = time.perf_counter()
    window.show_entity("view", "trade")
    pane = window.navigation.views["trade"]
    pane.chart.repaint()
    first_show = (time.perf_counter() - start) * 1000
    toggles, selects = [], []
    for _ in range(20):
        for flow in ("export", "import", "total"):
            start = time.perf_counter()
            pane.flow_box.setCurrentIndex(pane.flow_box.findData(flow))
            pane.chart.repaint()
            toggles.append((time.perf_counter() - start) * 1000)
        pane.partners.set_checked([])
        start = time.perf_counter()
        pane.partners.set_checked(pane.partners.members())
        pane.chart.repaint()
        selects.append((time.perf_counter() - start) * 1000)
    print(
        f"trade view ({label}): first show {first_show:.0f} ms (both tabs built);"
        f" redraw after a flow toggle p50 {percentile(toggles, 0.5):.1f} ms,"
        f" p95 {percentile(toggles, 0.95):.1f} ms; after selecting all members"
        f" p50 {percentile(selects, 0.5):.1f} ms, p95 {percentile(selects, 0.95):.1f} ms"
    )
    window.close()


def fact_sheets() -> None:
    from PySide6.QtWidgets import QApplication

    from sco_desktop.core.data import Repository
    from sco_desktop.output.printing import PageSetup, write_pdf
    from sco_desktop.output.sheets import SheetMaker, print_stylesheet, write_folder

    # Fonts and PDF writing need an application; run alone, no earlier benchmark made one.
    QApplication.instance() or QApplication(sys.argv[:1])
    repo = Repository()
    maker = SheetMaker(repo)
    setup = PageSetup(
        marking="UNCLASSIFIED", data_as_of=repo.data_as_of, stylesheet=print_stylesheet()
    )
    folder = Path(tempfile.mkdtemp())
    write_pdf(folder / "warm.pdf", [maker.sheet("state", "KAZ")], setup)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        write_pdf(folder / "kaz.pdf", [maker.sheet("state", "KAZ")], setup)
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"fact sheet of Kazakhstan with its chart, to PDF: median"
        f" {statistics.median(times):.1f} ms, p95 {percentile(times, 0.95):.1f} ms (30 runs)"
    )
    start = time.perf_counter()
    written = write_folder(maker, maker.targets(), folder, setup)
    in_process = time.perf_counter() - start
    start = time.perf_counter()
    sheets = [maker.sheet(*target) for target in maker.targets()]
    write_pdf(folder / "all.pdf", sheets, setup)
    one_file = time.perf_counter() - start
    print(
        f"per-file overhead of separate files: {(in_process - one_file) / len(sheets) * 1000:.1f}"
        f" ms a file ({in_process / len(sheets) * 1000:.1f} ms a sheet in separate files,"
        f" {one_file / len(sheets) * 1000:.1f} ms a sheet in one file)"
    )
    out = Path(tempfile.mkdtemp())
    whole = wall_time([sys.executable, "-m", "sco_desktop", "factsheet", "--all", "-o", str(out)])
    print(
        f"all {len(written)} fact sheets: {in_process:.2f} s in process"
        f" ({in_process / len(written) * 1000:.1f} ms a sheet); `factsheet --all` as a command,"
        f" start-up included: {whole:.2f} s"
    )


def long_notes() -> None:
    """Showing a note with one very long line, and a keystroke in a long note (R-9)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from sco_desktop.core.domain.limits import MAX_NOTE_CHARS
    from sco_desktop.ui.notes.pane import NotesPane

    app = QApplication.instance() or QApplication([])
    pane = NotesPane()
    pane.resize(900, 300)
    pane.show()
    app.processEvents()
    for label, text in (
        ("100 KB single line", "x" * 100_000),
        ("1 MB single line", "x" * (MAX_NOTE_CHARS - 1)),
        ("1 MB of words in one paragraph", "word " * ((MAX_NOTE_CHARS - 1) // 5)),
        ("1 MB of words in lines", ("word " * 15 + "\n") * ((MAX_NOTE_CHARS - 1) // 76)),
    ):
        start = time.perf_counter()
        pane.show_note("benchmark", text, [], False)
        app.processEvents()
        shown = time.perf_counter() - start
        keys = []
        for _ in range(10):
            start = time.perf_counter()
            QTest.keyClick(pane.editor, "a")
            app.processEvents()
            keys.append(time.perf_counter() - start)
        print(
            f"note, {label}: shown in {shown * 1000:.0f} ms;"
            f" a keystroke p50 {statistics.median(keys) * 1000:.1f} ms,"
            f" max {max(keys) * 1000:.1f} ms (the preview waits for a pause)"
        )
    pane.close()


def map_view(rounds: int = 5) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sco_desktop.app import build_main_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = build_main_window(settings=settings)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    start = time.perf_counter()
    window.show_entity("view", "map")
    pane = window.navigation.views["map"]
    pane.canvas.repaint()
    first_show = (time.perf_counter() - start) * 1000
    draws = []
    for _ in range(30):
        start = time.perf_counter()
        pane.canvas.repaint()
        draws.append((time.perf_counter() - start) * 1000)
    steps, alone = [], []
    count = len(pane.atlas.change_dates)
    for _ in range(rounds):
        for offset in [-1] * (count - 1) + [1] * (count - 1):
            # A step as the buttons make it: the window's as-of date, its panes and the map.
            start = time.perf_counter()
            pane.step(offset)
            pane.canvas.repaint()
            steps.append((time.perf_counter() - start) * 1000)
    for _ in range(rounds):
        for day in pane.atlas.change_dates:
            start = time.perf_counter()
            pane.set_as_of(day)
            pane.canvas.repaint()
            alone.append((time.perf_counter() - start) * 1000)
    print(
        f"map view at {pane.canvas.width()}x{pane.canvas.height()}: first show {first_show:.0f} ms"
        f" (reading the map file, the atlas, the paths and the first paint);"
        f" a repaint p50 {percentile(draws, 0.5):.1f} ms;"
        f" timeline step with the window following p50 {percentile(steps, 0.5):.1f} ms,"
        f" p95 {percentile(steps, 0.95):.1f} ms ({len(steps)} steps);"
        f" the map alone p95 {percentile(alone, 0.95):.1f} ms"
    )
    window.close()


def comparison(runs: int = 30) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sco_desktop.app import build_main_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = build_main_window(settings=settings)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    window.show_entity("view", "compare")
    pane = window.navigation.views["compare"]
    six = ["KAZ", "UZB", "KGZ", "IND", "PAK", "BLR"]
    times = []
    for _ in range(runs):
        pane.set_states([])
        start = time.perf_counter()
        # Six states chosen until the table has painted, the day's facts gathered afresh.
        pane.set_as_of(window.as_of)
        pane.set_states(six)
        app.processEvents()  # the rows take the height of their wrapped text here
        pane.table.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"comparison of six states, gathered and painted: p50 {percentile(times, 0.5):.1f} ms,"
        f" p95 {percentile(times, 0.95):.1f} ms ({runs} runs)"
    )
    window.close()


BENCHMARKS = (
    "at_scale",
    "startup",
    "in_process",
    "fact_sheets",
    "long_notes",
    "charts",
    "synthetic",
    "map_view",
    "comparison",
)


def main(names: list[str]) -> None:
    """Runs the benchmarks named (all without names): startup, in_process, ... map_view."""
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )
    for name in names or BENCHMARKS:
        if name == "at_scale":
            import at_scale

            at_scale.main()
        elif name == "synthetic":
            path, rows = synthetic_database()
            charts(path, f"synthetic, {rows} trade rows")
        elif name in BENCHMARKS:
            globals()[name]()
        else:
            sys.exit(f"unknown benchmark {name!r}; choose from {', '.join(BENCHMARKS)}")


if __name__ == "__main__":
    main(sys.argv[1:])
