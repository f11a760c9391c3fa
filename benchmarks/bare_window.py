"""Baseline for the start-up benchmark: a bare window with a tree, a text browser and a plot.

It exits after its first paint, as `sco-desktop --exit-after-startup` does.
"""

import sys

import pyqtgraph
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeView


class QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter()
    splitter.addWidget(QTreeView())
    browser = QTextBrowser()
    splitter.addWidget(browser)
    splitter.addWidget(pyqtgraph.PlotWidget())
    window.setCentralWidget(splitter)
    painted = QuitAfterFirstPaint(window)
    browser.viewport().installEventFilter(painted)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
