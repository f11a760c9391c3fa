"""The save dialog of every view's export: where it starts, writing, and saying what failed.

Every export dialog starts in one folder, the last one exported to (ui/common/settings.py);
the file is written by the caller's function, atomically. No view decides where files go.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from sco_desktop.core.infra.atomic import WriteError
from sco_desktop.ui.common.messages import warn
from sco_desktop.ui.common.settings import Preferences


def export_to_chosen_file(
    parent: QWidget,
    title: str,
    file_name: str,
    filters: str,
    write: Callable[[Path], object],
    preferences: Preferences | None,
) -> str | None:
    """Asks where, writes with `write(path)` and remembers the folder; the error, or None.

    None also when the reader cancelled. Without `preferences` the dialog starts as Qt decides.
    """
    start = str(preferences.export_start(file_name)) if preferences is not None else file_name
    name, _filter = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not name:
        return None
    try:
        write(Path(name))
    except WriteError as error:
        warn(parent, QCoreApplication.translate("ExportDialog", "Export failed"), str(error))
        return str(error)
    if preferences is not None:
        preferences.remember_export(Path(name))
    return None
