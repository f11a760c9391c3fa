"""Entry point of `sco-desktop`: runs a CLI subcommand, or creates the QApplication and the window.

Qt is imported only on the window path, so the subcommands run without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from sco_desktop import cli

ORGANIZATION = "sco-desktop"
APPLICATION = "SCO Desktop"


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command:
        return cli.run(args)
    return run_window(getattr(args, "db", None), exit_after_startup=args.exit_after_startup)


def run_window(db_path=None, *, exit_after_startup: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    window = build_main_window(db_path)
    window.show()
    if exit_after_startup:
        # The first timer tick after show() runs once the window's first paint is done.
        QTimer.singleShot(0, app.quit)
    return app.exec()


def build_main_window(db_path=None):
    """The fully wired main window, not yet shown; no event loop is entered."""
    from sco_desktop.db import DatabaseError, Repository
    from sco_desktop.main_window import MainWindow

    try:
        repo = Repository(db_path)
    except DatabaseError as error:
        return MainWindow(None, problem=str(error))
    return MainWindow(repo)
