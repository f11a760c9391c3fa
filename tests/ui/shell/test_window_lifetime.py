"""A window lives until Qt destroys it, whatever Python's garbage collector does meanwhile.

The suite once crashed (SIGSEGV in a chart's paint event) because a test's window, owned by
Python and no longer referenced, was destroyed by the cyclic garbage collector in the middle of
its own paint. These run in a child process that runs a full collection at every paint event:
a window freed there crashes the child.
"""

import shutil

from conftest import run_python

from sco_desktop.core.infra import locations

PRELUDE = """
import gc, os, sys, weakref
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sco_desktop.app import build_main_window
settings = QSettings(os.path.join(sys.argv[1], "settings.ini"), QSettings.Format.IniFormat)
class CollectWhilePainting(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            gc.collect()
        return False
collector = CollectWhilePainting()
app.installEventFilter(collector)
def settle():
    for _ in range(2):
        app.processEvents()
"""


def run(script, tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", locations.HOME_VARIABLE: str(tmp_path / "home")}
    return run_python(PRELUDE + script, tmp_path, env=env)


def test_an_unreferenced_window_survives_its_own_paint(tmp_path):
    result = run(
        """
window = build_main_window(settings=settings)
window.show_entity("view", "trade")
window.show()
alive = weakref.ref(window)
del window
settle()
print("alive" if alive() is not None else "gone")
alive().close()
alive().deleteLater()
settle()
""",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["alive"]


def test_switching_views_closing_and_empty_data_under_constant_collection(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for table in locations.data_folder().glob("*.csv"):
        lines = table.read_text(encoding="utf-8").splitlines()
        (empty / table.name).write_text(
            "\n".join(lines if table.name == "meta.csv" else lines[:1]) + "\n", encoding="utf-8"
        )
    damaged = tmp_path / "damaged.db"
    shutil.copy(locations.bundled_database(), damaged)
    with damaged.open("r+b") as handle:
        handle.truncate(4096)
    result = run(
        f"""
from pathlib import Path
from sco_desktop.core.data.build import build
empty = build(Path({str(empty)!r}), Path(sys.argv[1]) / "empty.db")
for path in (None, empty, {str(damaged)!r}):
    window = build_main_window(path, settings=settings)
    window.show()
    settle()
    if window.repo is not None:
        for view in ("trade", "membership", "trade"):
            window.show_entity("view", view)
            settle()
        window.go_home()
        settle()
        window.show_entity("view", "trade")
        settle()
    window.close()  # quit while a chart is shown
    window.deleteLater()
    del window
    settle()
print("done")
""",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["done"]
