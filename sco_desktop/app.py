"""Entry point of `sco-desktop`: runs a CLI subcommand, or creates the QApplication and the window.

Qt is imported only on the window path, so the subcommands run without a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sco_desktop import cli
from sco_desktop.core.infra import safety

ORGANIZATION = "sco-desktop"
APPLICATION = "SCO Desktop"
PAINT_TIMEOUT_MS = 20_000


def main(argv: Sequence[str] | None = None) -> int:
    safety.forbid_network()
    args = cli.build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command:
        return cli.run(args)
    return run_window(getattr(args, "db", None), exit_after_startup=args.exit_after_startup)


def _no_display() -> bool:
    """On Linux, no X11 or Wayland display and no platform chosen: Qt would abort."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def run_window(db_path: Path | None = None, *, exit_after_startup: bool = False) -> int:
    if _no_display():
        return cli.fail(
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset);"
            " the subcommands (see --help) work without one"
        )
    # Imported here: it needs subprocess, which no command of the command line does.
    from sco_desktop.core.infra import platform_probe

    if reason := platform_probe.problem(dict(os.environ)):
        return cli.fail(reason)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from sco_desktop.ui.shell.error_dialog import reporter

    reporter.install()
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    window = build_main_window(db_path)

    class QuitAfterFirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # Quit on the next turn of the loop, once this paint has reached the screen.
                QTimer.singleShot(0, app.quit)
            return False

    if exit_after_startup:
        painted = QuitAfterFirstPaint(window)
        # The last session may have ended on a chart: then that view, not the pane, paints.
        shown = getattr(window, "detail_stack", None)
        shown = shown.currentWidget() if shown is not None else window.detail_view
        target = shown.viewport() if shown is window.detail_view else shown
        target.installEventFilter(painted)
        QTimer.singleShot(PAINT_TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    return app.exec()


def build_main_window(db_path: Path | None = None, settings=None):
    """The fully wired main window, not yet shown; no event loop is entered.

    `settings` is a QSettings to use instead of the user's preferences file (tests pass one).
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from sco_desktop.core.data import DatabaseError, Repository
    from sco_desktop.core.data.notes_store import NotesError, NotesStore
    from sco_desktop.core.data.pack_store import PackStore
    from sco_desktop.core.infra import locations
    from sco_desktop.output import translation
    from sco_desktop.output.fonts import install_fallback
    from sco_desktop.ui.common.settings import (
        SYSTEM_LANGUAGE,
        Preferences,
        open_settings,
        user_folder_problem,
    )
    from sco_desktop.ui.shell.main_window import MainWindow

    install_fallback(QApplication.instance())
    given = settings is not None
    if settings is None:
        settings = open_settings()
    preferences = Preferences(settings)
    chosen = preferences.language
    translation.install(
        QApplication.instance(),
        translation.system_language() if chosen == SYSTEM_LANGUAGE else chosen,
    )
    # In the interface language, so after installing it.
    folder_problem = "" if given else user_folder_problem()
    # Without --db: the newest installed data update that passes its checks, else the bundled.
    data = PackStore().active() if db_path is None else None
    try:
        repo = Repository(data.database if data else db_path)
    except DatabaseError as error:
        return MainWindow(None, preferences, problem=str(error), notice=folder_problem)
    notes, notes_problem = None, ""
    if folder_problem:
        # The notice says why; a store opened there anyway could land somewhere unexpected.
        notes_problem = QCoreApplication.translate(
            "App", "Your notes are not available: the user folder cannot be used."
        )
    else:
        try:
            notes = NotesStore(locations.user_folder())
        except NotesError as error:
            notes_problem = QCoreApplication.translate(
                "App", "Your notes are not available: {error}"
            ).format(error=error)
    window = MainWindow(
        repo,
        preferences,
        notes=notes,
        notes_problem=notes_problem,
        data=data,
        notice=folder_problem,
    )
    window.data_switched.connect(lambda: _replace_window(window, db_path, settings))
    return window


def _replace_window(old, db_path: Path | None, settings) -> None:
    """After a data update: the same window rebuilt on the new data (every pane reloads),
    showing what the old one showed; the old one is closed once the new one is up."""
    old.save_state()
    new = build_main_window(db_path, settings)
    old.replacement = new
    new.show()
    old.close()
    old.deleteLater()
