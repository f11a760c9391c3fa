"""What a reader feels in the window on a real X display: clicks and keystrokes until repainted.

Run in its own process on an X server (`QT_QPA_PLATFORM=xcb`, DISPLAY set; Xvfb in the
benchmarks), with a database path; prints one JSON object.

- Navigation: a left click on a navigator row (QTest mouse events delivered to the tree's
  viewport at the row's position, as the window system's would be) until the detail pane's
  paint event has run and its pixels were flushed to the X server.
- Search: a key press in the search field (QTest key events) until the results pop-up has
  painted, the search itself waiting for its turn of the event loop as it does for a reader.

    python benchmarks/clicks.py DB_PATH
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sco_desktop.core.domain.kinds import VIEW_KIND

CLICKS = 150
"""Rows clicked at each scale: the same number whatever the size of the data."""
WAIT_S = 5
SEARCH_QUERIES = ["Kazakhstan", "Tianjn", "Kazakstan", "Ташкент", "哈萨克斯坦", "Shanghai Five"]


class PaintWatch(QObject):
    """Notes that a widget received a paint event."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


CPU: list[float] = []
"""The window's own processor time of each measured click or keystroke (the main thread's)."""


def until_painted(app: QApplication, watch: PaintWatch, start: float, cpu: float) -> float:
    """Milliseconds from `start` until the watched widget has painted (its paint event run).

    `cpu` is the main thread's processor time at `start`; the time used is kept in CPU.
    """
    while not watch.painted:
        if time.perf_counter() - start > WAIT_S:
            return float("nan")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    # processEvents returned after the paint: the paint and the flush to the server are done.
    CPU.append((time.thread_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def rows_to_click(app, tree, count: int) -> list:
    """Entity rows of every group, taken in turn from each group; each group is opened as a
    reader would open it (the view reads its first rows)."""
    model = tree.model()
    groups = []
    for row in range(model.rowCount()):
        top = model.index(row, 0)
        tree.expand(top)
        settle(app)
        for child in range(model.rowCount(top)):
            tree.expand(model.index(child, 0, top))
    settle(app)

    def walk(parent):
        rows = []
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            key = index.data(Qt.ItemDataRole.UserRole + 1)
            if key and key[0] != VIEW_KIND:  # chart views are measured on their own
                rows.append(index)
            elif tree.isExpanded(index):
                walk(index)
        if rows:
            groups.append(rows)

    walk(tree.rootIndex())
    chosen = []
    while len(chosen) < count and any(groups):
        for rows in groups:
            if rows and len(chosen) < count:
                chosen.append(rows.pop(0))
    return chosen


def navigation(app, window) -> dict[str, list[float]]:
    """Milliseconds of each click, by the kind of entity clicked."""
    tree = window.navigator.tree
    viewport = tree.viewport()
    times: dict[str, list[float]] = {}
    for index in rows_to_click(app, tree, CLICKS):
        tree.scrollTo(index)
        settle(app)
        centre = tree.visualRect(index).center()
        watch = PaintWatch(window.detail_view.viewport())
        cpu, start = time.thread_time(), time.perf_counter()
        QTest.mouseClick(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
        )
        times.setdefault(index.data(Qt.ItemDataRole.UserRole + 1)[0], []).append(
            until_painted(app, watch, start, cpu)
        )
        watch.deleteLater()
    return times


def type_key(widget, character: str) -> None:
    """A key press and release carrying `character`, as the window system delivers typing.

    (QTest's own key clicks take ASCII only, and the queries are in three scripts.)
    """
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
        )


def search(app, window) -> list[float]:
    field = window.search_field
    popup = field.results
    times = []
    for query in SEARCH_QUERIES:
        field.clear()
        settle(app)
        for character in query:
            watch = PaintWatch(popup.viewport())
            cpu, start = time.thread_time(), time.perf_counter()
            type_key(field, character)
            times.append(until_painted(app, watch, start, cpu))
            watch.deleteLater()
    field.clear()
    return times


def main(db_path: Path) -> dict:
    app = QApplication(sys.argv[:1])
    from sco_desktop.app import build_main_window

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = build_main_window(db_path, settings=settings)
    window.resize(1200, 760)
    window.show()
    window.move(QPoint(0, 0))
    window.activateWindow()
    settle(app)
    clicks = navigation(app, window)
    click_cpu = CPU[:]
    CPU.clear()
    result = {
        "navigation": clicks,
        "navigation_cpu": click_cpu,
        "search": search(app, window),
        "search_cpu": CPU[:],
    }
    window.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
