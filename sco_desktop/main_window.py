"""The main window: the one place that wires panes to the repository; it holds no SQL."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMainWindow, QTextBrowser

from sco_desktop.db import Repository


class MainWindow(QMainWindow):
    def __init__(self, repo: Repository | None, problem: str | None = None) -> None:
        super().__init__()
        self._repo = repo
        self.setWindowTitle("SCO Desktop")
        self.resize(1000, 700)
        self.detail_view = QTextBrowser(objectName="detailView", openLinks=False)
        self.setCentralWidget(self.detail_view)
        if repo is None:
            self.detail_view.setHtml(
                "<h2>The reference database cannot be used</h2>"
                f"<p>{html.escape(problem or '')}</p>"
                "<p>Reinstall sco-desktop, or start it with <code>--db</code> and a good copy.</p>"
            )
            self.statusBar().showMessage("No reference data")
            return
        counts = repo.counts()
        self.detail_view.setHtml(
            "<h1>Shanghai Cooperation Organisation</h1>"
            f"<p>{counts.states} states, {counts.bodies} bodies, {counts.summits} summits and"
            f" meetings, {counts.documents} documents.</p>"
        )
        self.statusBar().showMessage(f"Data as of {repo.data_as_of}")
