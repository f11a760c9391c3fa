"""Dialogs for printing: preferences (marking, page size, and the data age that earns a
warning) and the batch export of fact sheets.

Each has a classmethod `ask()` that returns plain values or None, so callers and tests need
not drive the dialog itself. They are given choices, never query.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from sco_desktop.core.domain.language import ENGLISH, LANGUAGE_NAMES, LANGUAGES
from sco_desktop.core.domain.limits import PAGE_SIZES
from sco_desktop.core.present.updates import DATA_AGE_DEFAULT_DAYS
from sco_desktop.ui.common.settings import SYSTEM_LANGUAGE

MAX_DATA_AGE_DAYS = 36500
"""The largest age the spin box offers: a century, for "practically never"."""

_FIELD_PADDING = 24
"""Room a line edit needs beside its text: frame and margins."""


@dataclass(frozen=True)
class PrintPreferences:
    marking: str
    page_size: str
    data_age_days: int = DATA_AGE_DEFAULT_DAYS
    language: str = SYSTEM_LANGUAGE
    """The interface language: "system" or a code of core/domain/language.py."""


@dataclass(frozen=True)
class ExportRequest:
    scope: str
    folder: Path
    page_size: str
    marking: str
    language: str = ENGLISH
    """The language the sheets are written in."""


def _language_box(object_name: str, choices: list[tuple[str, str]], current: str) -> QComboBox:
    box = QComboBox(objectName=object_name)
    for label, code in choices:
        box.addItem(label, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class PreferencesDialog(QDialog):
    def __init__(self, current: PrintPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent, windowTitle=self.tr("Preferences"))
        self.marking = QLineEdit(current.marking, objectName="markingField")
        self.marking.setPlaceholderText(self.tr("for example UNCLASSIFIED; empty for none"))
        self.marking.setAccessibleName(self.tr("Marking"))
        # Wide enough for the hint (which names the commonest marking) and a marking as long.
        hint = self.marking.fontMetrics().horizontalAdvance(self.marking.placeholderText())
        self.marking.setMinimumWidth(hint + _FIELD_PADDING)
        self.page_size = QComboBox(objectName="pageSizeBox")
        self.page_size.addItems(PAGE_SIZES)
        self.page_size.setCurrentText(current.page_size)
        self.page_size.setAccessibleName(self.tr("Page size"))
        self.data_age = QSpinBox(objectName="dataAgeBox", minimum=0, maximum=MAX_DATA_AGE_DAYS)
        self.data_age.setValue(current.data_age_days)
        self.data_age.setSuffix(self.tr(" days"))
        self.data_age.setSpecialValueText(self.tr("never"))
        self.data_age.setAccessibleName(self.tr("Warn when the data is older than"))
        self.data_age.setToolTip(
            self.tr("The status bar warns when the data is older than this; 0 never warns")
        )
        languages = [(self.tr("System default"), SYSTEM_LANGUAGE)]
        languages += [(LANGUAGE_NAMES[code], code) for code in LANGUAGES]
        self.language = _language_box("languageBox", languages, current.language)
        self.language.setAccessibleName(self.tr("Interface language"))
        restart = QLabel(self.tr("A new language applies the next time SCO Desktop starts."))
        restart.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", restart)
        form.addRow(self.tr("Marking on every printed page:"), self.marking)
        form.addRow(self.tr("Page size:"), self.page_size)
        form.addRow(self.tr("Warn when the data is older than:"), self.data_age)
        form.addRow(buttons)

    @classmethod
    def ask(cls, current: PrintPreferences, parent=None) -> PrintPreferences | None:
        dialog = cls(current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return PrintPreferences(
            dialog.marking.text().strip(),
            dialog.page_size.currentText(),
            dialog.data_age.value(),
            dialog.language.currentData(),
        )


class ExportSheetsDialog(QDialog):
    """Which sheets (a kind, the current entity or all), where, on what paper, with what marking."""

    def __init__(
        self,
        scopes: dict[str, str],
        defaults: ExportRequest,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, windowTitle=self.tr("Export Fact Sheets"))
        self.scope = QComboBox(objectName="exportScope")
        for key, label in scopes.items():
            self.scope.addItem(label, key)
        self.scope.setCurrentIndex(max(0, self.scope.findData(defaults.scope)))
        self.folder = QLineEdit(str(defaults.folder), objectName="exportFolder")
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.page_size = QComboBox()
        self.page_size.addItems(PAGE_SIZES)
        self.page_size.setCurrentText(defaults.page_size)
        self.marking = QLineEdit(defaults.marking)
        self.language = _language_box(
            "sheetLanguageBox",
            [(LANGUAGE_NAMES[code], code) for code in LANGUAGES],
            defaults.language,
        )
        self.language.setAccessibleName(self.tr("Language of the sheets"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder)
        folder_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Sheets:"), self.scope)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Page size:"), self.page_size)
        form.addRow(self.tr("Marking:"), self.marking)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    @classmethod
    def ask(cls, scopes: dict[str, str], defaults: ExportRequest, parent=None):
        dialog = cls(scopes, defaults, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return ExportRequest(
            dialog.scope.currentData(),
            Path(dialog.folder.text().strip()),
            dialog.page_size.currentText(),
            dialog.marking.text().strip(),
            dialog.language.currentData(),
        )
