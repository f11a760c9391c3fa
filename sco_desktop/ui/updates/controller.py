"""File > Install Data Update…: choose a pack, show its verification and what it would change,
and switch only when the analyst says so. File > Roll Back Data Update…: show what going back
one step leaves and activates, and go back only after a second confirmation.

The checking and switching are core/data/pack_store.py's; the words are core/present/updates.py's
(the same as `sco-desktop pack`). This module only asks and shows. After a switch it announces
`data_switched` (after a rollback too); rebuilding the panes on the new data is the shell's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sco_desktop.core.data.pack_store import InstalledPack, PackStore, PreparedUpdate
from sco_desktop.core.data.packs import PACK_SUFFIX, PackError
from sco_desktop.core.data.repository import DatabaseError, Repository
from sco_desktop.core.infra import locations
from sco_desktop.core.present.updates import change_lines, rollback_lines, verification_lines
from sco_desktop.output import translation


class UpdateDialog(QDialog):
    """The verification result and the change summary; Switch or Cancel. For a refused pack,
    the reason and Close only."""

    def __init__(
        self, prepared: PreparedUpdate | None, refusal: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent, objectName="updateDialog")
        self.setWindowTitle(self.tr("Install Data Update"))
        layout = QVBoxLayout(self)
        self.result_label = QLabel(objectName="verificationResult")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.changes_view = QPlainTextEdit(objectName="changeSummary", readOnly=True)
        self.changes_view.setAccessibleName(self.tr("What the update changes"))
        buttons = QDialogButtonBox(self)
        if prepared is None:
            self.result_label.setText(
                self.tr("This update was refused; the current data is unchanged.")
                + f"\n\n{refusal}"
            )
            self.switch_button = None
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self.result_label.setText(
                "\n".join(verification_lines(prepared, translation.current()))
            )
            layout.addWidget(QLabel(self.tr("What it changes:")))
            self.changes_view.setPlainText(
                "\n".join(change_lines(prepared.changes, translation.current()))
            )
            layout.addWidget(self.changes_view)
            layout.addWidget(
                QLabel(
                    self.tr(
                        "Your notes and bookmarks are kept. Every open pane is reloaded on the"
                        " new data. To go back later: sco-desktop pack rollback."
                    ),
                    wordWrap=True,
                )
            )
            self.switch_button = buttons.addButton(
                self.tr("Switch to This Data"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Room for the change summary; a refusal is only a few lines.
        self.resize(560, 420 if prepared is not None else self.sizeHint().height())


class RollbackDialog(QDialog):
    """What a rollback leaves and what it activates; Roll Back or Cancel."""

    def __init__(self, lines: list[str], parent: QWidget | None) -> None:
        super().__init__(parent, objectName="rollbackDialog")
        self.setWindowTitle(self.tr("Roll Back Data Update"))
        layout = QVBoxLayout(self)
        self.summary_label = QLabel("\n".join(lines), objectName="rollbackSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Your notes and bookmarks are kept. Every open pane is reloaded on the"
                    " earlier data."
                ),
                wordWrap=True,
            )
        )
        buttons = QDialogButtonBox(self)
        self.roll_back_button = buttons.addButton(
            self.tr("Roll Back…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())


class UpdatesController(QObject):
    data_switched = Signal()
    """A data update became the active data: the panes must be rebuilt on it."""
    status_reported = Signal(str)

    def __init__(self, dialog_parent: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dialog_parent = dialog_parent
        self._store = PackStore()
        self.dialog: UpdateDialog | RollbackDialog | None = None
        self.confirmation: QMessageBox | None = None
        """The second question before a rollback, while it is asked."""

    @Slot()
    def install_interactively(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self._dialog_parent,
            self.tr("Install Data Update"),
            str(Path.home()),
            self.tr("Data updates (*{suffix})").format(suffix=PACK_SUFFIX),
        )
        if name:
            self.review(Path(name))

    def review(self, pack: Path) -> UpdateDialog:
        """Checks `pack` and shows the result in a window-modal dialog (not waited for)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            prepared, refusal = self._store.prepare(pack), ""
        except PackError as error:
            prepared, refusal = None, str(error)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.dialog = UpdateDialog(prepared, refusal, self._dialog_parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        if prepared is not None:
            self.dialog.accepted.connect(lambda: self._switch(prepared))
            self.dialog.rejected.connect(lambda: self._store.discard(prepared))
        self.dialog.open()
        return self.dialog

    @Slot()
    def roll_back_interactively(self) -> RollbackDialog | None:
        """Shows what going back one step means, in a window-modal dialog (not waited for);
        Roll Back then asks once more before anything changes."""
        try:
            current, target = self._store.rollback_target()
        except PackError as error:
            self._show_failure(str(error))
            return None
        self.dialog = RollbackDialog(
            rollback_lines(current, target, _bundled_as_of(), translation.current()),
            self._dialog_parent,
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.accepted.connect(lambda: self._confirm_rollback(current, target))
        self.dialog.open()
        return self.dialog

    def _confirm_rollback(self, current: InstalledPack, target: InstalledPack | None) -> None:
        goal = self.tr("the bundled data") if target is None else f"update {target.sequence}"
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Roll Back Data Update"),
            self.tr(
                "Really go back to {goal}? Update {sequence} cannot be installed again afterwards."
            ).format(goal=goal, sequence=current.sequence),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._dialog_parent,
        )
        box.setObjectName("rollbackConfirmation")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._forget_confirmation)
        # By the button, not `accepted`: which roles count as accepted has varied across Qt 6.
        box.buttonClicked.connect(lambda button: self._on_confirmation_answered(box, button))
        self.confirmation = box
        box.open()

    def _on_confirmation_answered(self, box: QMessageBox, button) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            self._roll_back()

    def _forget_confirmation(self) -> None:
        self.confirmation = None

    def _roll_back(self) -> None:
        try:
            target = self._store.rollback()
        except PackError as error:
            self._show_failure(str(error))
            return
        goal = (
            self.tr("the bundled data")
            if target is None
            else self.tr("update {sequence}").format(sequence=target.sequence)
        )
        self.status_reported.emit(
            self.tr("Rolled back: {goal} is now the active data").format(goal=goal)
        )
        self.data_switched.emit()

    def _show_failure(self, reason: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Roll Back Data Update"),
            self.tr("Nothing was rolled back; the current data is unchanged.") + f"\n\n{reason}",
            QMessageBox.StandardButton.Close,
            self._dialog_parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _switch(self, prepared: PreparedUpdate) -> None:
        try:
            pack = self._store.switch(prepared)
        except PackError as error:
            failed = UpdateDialog(None, str(error), self._dialog_parent)
            failed.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            failed.open()
            return
        self.status_reported.emit(
            self.tr("Update {sequence} installed: data as of {date}").format(
                sequence=pack.sequence, date=pack.data_as_of
            )
        )
        self.data_switched.emit()


def _bundled_as_of() -> str:
    """The as-of date of the data that ships in the package ("unknown" if it cannot be read)."""
    try:
        bundled = Repository(locations.bundled_database())
    except DatabaseError:
        return "unknown"
    try:
        return bundled.data_as_of
    finally:
        bundled.close()
