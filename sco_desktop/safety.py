"""Process-wide safety nets: no network connections, and no exception that ends the program.

`forbid_network()` installs an audit hook refusing every socket connection except Unix sockets.
`install_exception_handling()` logs any uncaught exception (and, via faulthandler, native
crashes) to a file in the user folder and shows it once in a non-modal dialog.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import sys
import threading
import traceback
from pathlib import Path

from sco_desktop import __version__, locations

LOG_NAME = "sco-desktop.log"
MAX_LOG_BYTES = 1_000_000


class NetworkForbidden(RuntimeError):
    """sco-desktop never uses the network; something tried to."""


def _refuse_connections(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.getaddrinfo"):
        sock = args[0] if args else None
        family = getattr(getattr(sock, "family", None), "name", "")
        if event == "socket.getaddrinfo" or family != "AF_UNIX":
            raise NetworkForbidden(f"network use refused ({event}): sco-desktop works offline")


_network_forbidden = False


def forbid_network() -> None:
    """Refuses network connections for the rest of the process (audit hooks cannot be removed)."""
    global _network_forbidden
    if not _network_forbidden:
        sys.addaudithook(_refuse_connections)
        _network_forbidden = True


def log_path() -> Path:
    return locations.user_folder() / LOG_NAME


def write_log(text: str) -> Path | None:
    """Appends to the log (started afresh past MAX_LOG_BYTES); never raises."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = "w" if path.exists() and path.stat().st_size > MAX_LOG_BYTES else "a"
        with path.open(mode, encoding="utf-8") as log:
            log.write(
                f"{dt.datetime.now().isoformat(timespec='seconds')} sco-desktop {__version__}\n"
            )
            log.write(text.rstrip() + "\n\n")
        return path
    except OSError:
        return None


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
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        if (
            QApplication.instance() is None
            or threading.current_thread() is not threading.main_thread()
        ):
            print(details, file=sys.stderr)
            return
        if self._dialog is not None and self._dialog.isVisible():
            return  # one dialog for a burst: the log has every one
        where = f" The details are in {path}." if path else ""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Something went wrong",
            "sco-desktop met an error it did not expect and carried on. Your notes are safe."
            + where,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(details)
        copy = box.addButton("Copy details", QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setModal(False)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setObjectName("errorDialog")
        box.show()
        self._dialog = box


reporter = ExceptionReporter()
