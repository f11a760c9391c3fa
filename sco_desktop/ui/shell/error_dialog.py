"""The window's last line of defence: every uncaught exception is logged and shown, and the
program carries on.

Installs sys.excepthook and threading.excepthook, sends native crashes to the log through
faulthandler, and shows the first exception of a burst in one non-modal dialog.
"""

from __future__ import annotations

import faulthandler
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sco_desktop.core.infra.safety import log_path, write_log


class ExceptionReporter:
    """Logs every uncaught exception; shows the first of a burst in one non-modal dialog."""

    def __init__(self) -> None:
        self.reported: list[str] = []
        self._dialog = None
        self._fault_log = None

    def install(self) -> None:
        sys.excepthook = self._on_exception
        threading.excepthook = lambda info: self._on_exception(
            info.exc_type, info.exc_value, info.exc_traceback
        )
        try:
            path = log_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fault_log = path.open("a", encoding="utf-8")
            faulthandler.enable(file=self._fault_log, all_threads=True)
        except OSError:
            faulthandler.enable()

    def _on_exception(self, kind, value, trace) -> None:
        details = "".join(traceback.format_exception(kind, value, trace))
        path = write_log(details)
        self.reported.append(details)
        self._show(details, path)

    def _show(self, details: str, path: Path | None) -> None:
        if (
            QApplication.instance() is None
            or threading.current_thread() is not threading.main_thread()
        ):
            print(details, file=sys.stderr)
            return
        if self._dialog is not None and self._dialog.isVisible():
            return  # one dialog for a burst: the log has every one
        translate = QCoreApplication.translate
        where = (
            " " + translate("ErrorDialog", "The details are in {path}.").format(path=path)
            if path
            else ""
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ErrorDialog", "Something went wrong"),
            translate(
                "ErrorDialog",
                "sco-desktop met an error it did not expect and carried on. Your notes are safe.",
            )
            + where,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(details)
        copy = box.addButton(
            translate("ErrorDialog", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setModal(False)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setObjectName("errorDialog")
        box.show()
        self._dialog = box


reporter = ExceptionReporter()
