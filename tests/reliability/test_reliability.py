"""Fault and hostile-input cases (docs/reliability.md) injected through real files and processes."""

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest
from conftest import PROJECT, run_cli, run_python
from pypdf import PdfReader
from PySide6.QtCore import QUrl

from sco_desktop.app import build_main_window
from sco_desktop.core.data import DatabaseError, Repository
from sco_desktop.core.data.build import build
from sco_desktop.core.data.notes_store import NOTES_FILE, NotesError, NotesStore
from sco_desktop.core.infra import locations

pytestmark = pytest.mark.slow  # child processes, rebuilt databases: the longest part of the run

HOSTILE = (
    "<img src='file:///etc/passwd'><script>alert(1)</script><a href='https://x.example/'>x</a>"
)
HUGE = "Ж" * 1_000_000


def rewrite(path, change):
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    rows = change(rows)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    """The real data with markup in a name and summary, a 1 MB field and degenerate trade."""
    folder = tmp_path_factory.mktemp("hostile")
    for table in locations.data_folder().glob("*.csv"):
        shutil.copy(table, folder)

    def states(rows):
        for row in rows:
            if row["id"] == "KAZ":
                row["name"] = "Kazakhstan <b>bold</b>"
                row["summary"] = HOSTILE
            if row["id"] == "UZB":
                row["summary"] = HUGE
        return rows

    def trade(rows):
        rows = [r for r in rows if "KAZ" not in (r["reporter"], r["partner"])]
        rows.append(
            {
                "reporter": "CHN",
                "partner": "KAZ",
                "year": "2024",
                "flow": "total",
                "value_usd": str(10**18),
                "source_id": rows[0]["source_id"],
                "note": "",
            }
        )
        return rows

    rewrite(folder / "states.csv", states)
    rewrite(folder / "trade.csv", trade)
    return build(folder, folder / "hostile.db")


@pytest.fixture
def broken_copy(tmp_path):
    path = tmp_path / "sco.db"
    shutil.copy(locations.bundled_database(), path)
    return path


# -- reference database ---------------------------------------------------------------------------


def test_c2_an_html_page_renamed_db_is_refused(tmp_path):
    path = tmp_path / "page.db"
    path.write_text("<!doctype html><html><body>Not found</body></html>")
    with pytest.raises(DatabaseError, match="damaged or not a reference database"):
        Repository(path)


def test_c3_truncated_file_is_refused_at_open(broken_copy):
    data = broken_copy.read_bytes()
    broken_copy.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseError):
        Repository(broken_copy)
    result = run_cli("--db", str(broken_copy), "search", "Russia")
    assert result.returncode == 1 and result.stderr.count("\n") == 1


def test_c3_window_opens_with_a_way_forward(qtbot, settings, broken_copy):
    broken_copy.write_bytes(broken_copy.read_bytes()[:4096])
    window = build_main_window(broken_copy, settings=settings)
    qtbot.addWidget(window)
    text = window.detail_view.toPlainText()
    assert "cannot be used" in text and "verify" in text


def test_c3_damage_inside_a_page_is_found_by_verify_and_by_a_full_check(broken_copy):
    """Opening checks only what costs the same at any size; reading every page is verify's."""
    data = bytearray(broken_copy.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + page_size] = b"\xff" * page_size
    broken_copy.write_bytes(bytes(data))
    with Repository(broken_copy) as repo:  # opens: its length and header are right
        problems = repo.verify()
    assert any("quick_check" in problem or "damaged" in problem for problem in problems)
    with pytest.raises(DatabaseError, match="damaged"):
        Repository(broken_copy, full_check=True)
    result = run_cli("--db", str(broken_copy), "verify")
    assert result.returncode == 1
    assert "quick_check" in result.stderr or "damaged" in result.stderr


def test_c5_reading_creates_no_file_beside_the_database(broken_copy):
    before = sorted(p.name for p in broken_copy.parent.iterdir())
    with Repository(broken_copy) as repo:
        repo.search("Tashkent")
        repo.states(as_of="2010-01-01")
    assert sorted(p.name for p in broken_copy.parent.iterdir()) == before


def test_c6_newer_schema_is_refused_with_its_reason(broken_copy):
    conn = sqlite3.connect(broken_copy)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(DatabaseError, match="newer version"):
        Repository(broken_copy)


def test_c7_an_empty_database_shows_empty_groups(qtbot, settings, tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    for table in locations.data_folder().glob("*.csv"):
        lines = table.read_text(encoding="utf-8").splitlines()
        keep = lines if table.name == "meta.csv" else lines[:1]
        (folder / table.name).write_text("\n".join(keep) + "\n", encoding="utf-8")
    path = build(folder, tmp_path / "empty.db")
    window = build_main_window(path, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.navigator_model.index(0, 0).data() == "Member states (0)"
    assert window.search_model._repo.search("Russia") == []
    window.show_entity("view", "trade")
    chart = window.navigation.views["trade"].chart
    assert chart.frame is None and "Choose partners" in chart.chart.empty_message


def test_c8_connections_are_hardened(repo):
    pragmas = {
        name: repo._conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("trusted_schema", "cell_size_check", "query_only")
    }
    assert pragmas == {"trusted_schema": 0, "cell_size_check": 1, "query_only": 1}


def test_c9_a_stale_full_text_index_is_found_by_verify(broken_copy):
    conn = sqlite3.connect(broken_copy)
    conn.execute("update entities set name = 'Changed' where id = 'KAZ'")
    conn.commit()
    conn.close()
    locations.manifest_for(broken_copy).unlink(missing_ok=True)
    result = run_cli("--db", str(broken_copy), "verify")
    assert result.returncode == 1
    assert "full-text index" in result.stderr


# -- rendering ---------


def test_c17_c20_markup_in_data_is_shown_as_text(qtbot, settings, hostile_db):
    window = build_main_window(hostile_db, settings=settings)
    qtbot.addWidget(window)
    window.show_entity("state", "KAZ")
    text = window.detail_view.toPlainText()
    assert "<script>alert(1)</script>" in text and "<b>bold</b>" in text
    assert "<script" not in window.detail_view.toHtml()
    assert window.windowTitle().startswith("Kazakhstan <b>bold</b>")
    assert window.notes_pane.title.text() == "Your note on Kazakhstan <b>bold</b>"
    # A blank one-pixel stand-in: the file was never read.
    assert window.detail_view.document().resource(2, QUrl("file:///etc/passwd")).width() == 1


def test_c10_a_one_megabyte_field_is_cut_with_a_pointer_to_the_rest(qtbot, settings, hostile_db):
    window = build_main_window(hostile_db, settings=settings)
    qtbot.addWidget(window)
    start = time.perf_counter()
    window.show_entity("state", "UZB")
    elapsed = time.perf_counter() - start
    text = window.detail_view.toPlainText()
    assert "more characters" in text and "sco-desktop show UZB --json" in text
    assert len(text) < 100_000
    print(f"1 MB field rendered in {elapsed * 1000:.0f} ms")


def test_c17_pdf_shows_markup_as_text(hostile_db, tmp_path):
    path = tmp_path / "kaz.pdf"
    assert run_cli("--db", str(hostile_db), "factsheet", "KAZ", "-o", str(path)).returncode == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "<script>alert(1)</script>" in text


def test_c16_snippets_escape_data_before_marking(repo):
    from sco_desktop.ui.search.model import SearchModel

    model = SearchModel(repo)
    model._terms = ["alert"]
    marked = model._mark("<script>alert(1)</script>")
    assert marked == "&lt;script&gt;<u>alert</u>(1)&lt;/script&gt;"


# -- charts ---------


def test_c21_one_huge_point_draws_on_finite_axes(qtbot, settings, hostile_db):
    window = build_main_window(hostile_db, settings=settings)
    qtbot.addWidget(window)
    window.show_entity("view", "trade")
    pane = window.navigation.views["trade"]
    pane.partners.set_checked(["KAZ"])
    pane.log_box.setChecked(True)
    frame = pane.chart.frame
    assert all(abs(v) < float("inf") and v == v for v in (frame.x0, frame.x1, frame.y0, frame.y1))
    assert pane.hover_at(2024, 9.0).startswith("Kazakhstan <b>bold</b>, 2024: $1,000,000.0 trn")


# -- printing ---------


def test_c25_printing_with_no_printer_says_so(qtbot, settings):
    from PySide6.QtPrintSupport import QPrinterInfo
    from PySide6.QtWidgets import QMessageBox

    if QPrinterInfo.availablePrinters():
        pytest.skip("this machine has a printer")
    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    window.printing.print_current()
    boxes = [b for b in window.findChildren(QMessageBox) if "No printer" in b.text()]
    assert boxes


# -- notes ---------


def test_c30_a_failed_migration_changes_nothing(tmp_path):
    path = tmp_path / NOTES_FILE
    conn = sqlite3.connect(path)
    conn.execute("create table notes (precious text)")
    conn.execute("insert into notes values ('keep me')")
    conn.commit()
    conn.close()
    with pytest.raises(NotesError):
        NotesStore(tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("select precious from notes").fetchall() == [("keep me",)]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()


def test_c31_an_unusable_notes_folder_is_a_banner_not_a_crash(
    qtbot, settings, tmp_path, monkeypatch
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv(locations.HOME_VARIABLE, str(blocker))
    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    window.show_entity("state", "KAZ")
    assert "notes are not available" in window.notes_pane.banner.text()
    assert not window.notes_pane.isEnabled()


def test_c32_a_backup_taken_during_writes_is_consistent(tmp_path):
    store = NotesStore(tmp_path)
    for n in range(50):
        store.save_note(f"E{n}", "text " * 100)
    backup = store.backup()
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from notes").fetchone()[0] == 50
    conn.close()
    store.close()


def test_reference_damage_leaves_notes_alone(qtbot, settings, tmp_path):
    with NotesStore(locations.user_folder()) as store:
        store.save_note("KAZ", "still here")
    window = build_main_window(tmp_path / "missing.db", settings=settings)
    qtbot.addWidget(window)
    with NotesStore(locations.user_folder()) as store:
        assert [n.text for n in store.notes("KAZ")] == ["still here"]


# -- cross-cutting ---------


def test_x1_the_application_refuses_network_connections():
    code = (
        "import socket; from sco_desktop.core.infra import safety; safety.forbid_network();"
        "a, b = socket.socketpair(); a.close(); b.close();"
        "socket.create_connection(('127.0.0.1', 9), timeout=1)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, timeout=60
    )
    assert "NetworkForbidden" in result.stderr


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_x1_no_internet_socket_is_ever_connected(tmp_path, make_pack, pack_key):
    keys = tmp_path / "home" / "trusted-keys"
    keys.mkdir(parents=True)
    shutil.copy(pack_key.with_suffix(".pub"), keys)
    runs = [
        ["factsheet", "KAZ", "sco", "-o", str(tmp_path / "k.pdf")],
        ["search", "Ташкент"],
        ["show", "hos-2025"],
        ["pack", "install", str(make_pack(1))],
        ["--exit-after-startup"],
    ]
    log = ""
    for number, arguments in enumerate(runs):
        trace = tmp_path / f"trace{number}"
        result = subprocess.run(
            [
                "strace",
                "-f",
                "-e",
                "trace=connect,sendto,sendmsg",
                "-o",
                str(trace),
                sys.executable,
                "-m",
                "sco_desktop",
                *arguments,
            ],
            capture_output=True,
            text=True,
            cwd=PROJECT,
            timeout=300,
            env={
                **os.environ,
                "SCO_DESKTOP_HOME": str(tmp_path / "home"),
                "QT_QPA_PLATFORM": "offscreen",
            },
        )
        assert result.returncode == 0, result.stderr[-2000:]
        log += trace.read_text()
    assert "AF_INET" not in log and "AF_INET6" not in log
    assert (tmp_path / "k.pdf").exists()


def test_x2_an_exception_in_a_slot_is_logged_shown_once_and_survived(tmp_path):
    script = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
from sco_desktop.ui.shell import error_dialog
from sco_desktop.app import build_main_window
error_dialog.reporter.install()
window = build_main_window(settings=QSettings(sys.argv[1] + "/s.ini", QSettings.Format.IniFormat))
window.show()
window.home_action.triggered.connect(lambda: 1 / 0)
QTimer.singleShot(50, window.home_action.trigger)
QTimer.singleShot(80, lambda: [][1])
def check():
    boxes = [b for b in app.topLevelWidgets() if b.objectName() == "errorDialog" and b.isVisible()]
    window.show_entity("state", "KAZ")
    copy = any(b.text() == "Copy details" for box in boxes for b in box.buttons())
    print("dialogs", len(boxes), "reported", len(error_dialog.reporter.reported),
          "alive", window.current == ("state", "KAZ"), "copy", copy)
    app.quit()
QTimer.singleShot(400, check)
app.exec()
"""
    result = run_python(script, tmp_path, env={"SCO_DESKTOP_HOME": str(tmp_path)})
    assert "dialogs 1 reported 2 alive True copy True" in result.stdout, result.stderr[-2000:]
    log = (tmp_path / "sco-desktop.log").read_text()
    assert "ZeroDivisionError" in log and "IndexError" in log


@pytest.mark.parametrize("scale", ["1", "1.25", "1.5", "2"])
def test_x3_labels_fit_at_every_scale_factor(scale, tmp_path):
    script = """
import os, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QAbstractButton
app = QApplication([])
from sco_desktop.app import build_main_window
window = build_main_window(settings=QSettings(sys.argv[1] + "/s.ini", QSettings.Format.IniFormat))
window.show()
app.processEvents()
clipped = []
for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
    text = widget.text()
    wraps = isinstance(widget, QLabel) and widget.wordWrap()
    if not widget.isVisible() or not text or wraps:
        continue
    if "\\n" in text:
        continue
    if widget.fontMetrics().horizontalAdvance(text.replace("&", "")) > widget.width() + 1:
        clipped.append(text)
print("clipped", clipped)
"""
    result = run_python(
        script,
        tmp_path,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "QT_SCALE_FACTOR": scale,
            "QT_SCALE_FACTOR_ROUNDING_POLICY": "PassThrough",
            "SCO_DESKTOP_HOME": str(tmp_path),
        },
    )
    assert "clipped []" in result.stdout, result.stdout + result.stderr[-1500:]


def test_x1_the_guard_lets_local_unix_sockets_through(tmp_path):
    # Qt reaches the display and the accessibility bus over Unix sockets: refusing them would
    # break the window, so the guard must let them pass while it refuses the internet.
    code = (
        "import socket, sys; from sco_desktop.core.infra import safety; safety.forbid_network();"
        "path = sys.argv[1]; server = socket.socket(socket.AF_UNIX); server.bind(path);"
        "server.listen(); client = socket.socket(socket.AF_UNIX); client.connect(path);"
        "print('unix connected');"
        "socket.create_connection(('127.0.0.1', 9), timeout=1)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "s")],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=60,
    )
    assert result.stdout.strip() == "unix connected"
    assert "NetworkForbidden" in result.stderr


def test_c20_tooltips_show_data_literally(hostile_db):
    from PySide6.QtCore import Qt

    from sco_desktop.ui.search.model import SearchModel

    with Repository(hostile_db) as hostile:
        model = SearchModel(hostile)
        model.search("Kazakhstan")
        tips = [
            model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())
        ]
    assert "<p>&lt;img src=&#x27;file:///etc/passwd&#x27;&gt;" in "".join(tips)
