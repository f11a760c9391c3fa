"""Printing in the window: page set-up from the preferences, the sheet of what is shown, print,
preview, PDF export and batch export with progress and cancel.

The sheets themselves come from output/ (the same renderer the command line uses); this module
only asks, reports and keeps the chosen folder. Failures are messages naming the file, never a
traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.kinds import OVERVIEW, VIEW_KIND
from sco_desktop.core.infra.atomic import WriteError
from sco_desktop.output import translation
from sco_desktop.output.printing import (
    PageSetup,
    PrintError,
    Sheet,
    default_page_size,
    paint_sheets,
    write_pdf,
)
from sco_desktop.output.sheets import SheetMaker, file_name, print_stylesheet, write_folder
from sco_desktop.ui.common.messages import inform, warn
from sco_desktop.ui.common.settings import Preferences
from sco_desktop.ui.printing.dialogs import (
    ExportRequest,
    ExportSheetsDialog,
    PreferencesDialog,
    PrintPreferences,
)

Current = Callable[[], tuple[str, str] | None]
"""(kind, id) of what the window shows."""


class PrintingController(QObject):
    status_reported = Signal(str)
    """A one-line message for the status bar."""
    preferences_changed = Signal()
    """Preferences were saved; what the window shows from them must be shown again."""

    def __init__(
        self,
        repo: Repository,
        preferences: Preferences,
        current: Current,
        dialog_parent: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repo
        self._preferences = preferences
        self._current = current
        self._dialog_parent = dialog_parent
        self._maker: SheetMaker | None = None
        self.last_export_summary = ""

    def page_setup(self, page_size: str | None = None, marking: str | None = None) -> PageSetup:
        return PageSetup(
            page_size=page_size or self._preferences.page_size or default_page_size(),
            marking=self._preferences.marking if marking is None else marking,
            data_as_of=self._repo.data_as_of,
            stylesheet=print_stylesheet(),
        )

    def sheet_maker(self, language: str | None = None) -> SheetMaker:
        """Makes the sheets in `language`, by default the interface language."""
        code = language or translation.current().code
        if self._maker is None or self._maker.language.code != code:
            self._maker = SheetMaker(self._repo, language=translation.language(code))
        return self._maker

    def current_sheet(self) -> Sheet | None:
        """The fact sheet of what is shown, or None for a chart view (which exports itself)."""
        kind, entity_id = self._current() or OVERVIEW
        if kind == VIEW_KIND:
            self.status_reported.emit(
                self.tr("Charts are not fact sheets: use Export in the chart instead")
            )
            return None
        return self.sheet_maker().sheet(kind, entity_id)

    @Slot()
    def print_current(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

        if not QPrinterInfo.availablePrinters():
            warn(
                self._dialog_parent,
                self.tr("No printer"),
                self.tr("No printer is set up on this machine. Use File > Export PDF… instead."),
            )
            return
        sheet = self.current_sheet()
        if sheet is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        if QPrintDialog(printer, self._dialog_parent).exec() == QPrintDialog.DialogCode.Accepted:
            self.paint(printer, [sheet])

    @Slot()
    def preview_current(self) -> None:
        sheet = self.current_sheet()
        if sheet is None:
            return
        self.preview_dialog(sheet).exec()

    def preview_dialog(self, sheet: Sheet):
        """The print preview of a sheet, showing the page at the width of the window."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

        # The dialog's own printer lives as long as the dialog does.
        preview = QPrintPreviewDialog(self._dialog_parent)
        preview.printer().setFullPage(True)
        preview.paintRequested.connect(lambda device: self.paint(device, [sheet]))
        # The preview opens at its own fixed zoom (a third of the page); fitting the width
        # makes the text readable at once.
        view = preview.findChild(QPrintPreviewWidget)
        if view is not None:
            view.fitToWidth()
        preview.resize(self._dialog_parent.size() * 0.9)
        return preview

    def paint(self, device, sheets: list[Sheet]) -> None:
        try:
            paint_sheets(device, sheets, self.page_setup())
        except PrintError as error:
            warn(self._dialog_parent, self.tr("Printing failed"), str(error))

    @Slot()
    def export_current_pdf(self) -> None:
        sheet = self.current_sheet()
        if sheet is None:
            return
        kind, entity_id = self._current() or OVERVIEW
        name, _filter = QFileDialog.getSaveFileName(
            self._dialog_parent,
            self.tr("Export PDF"),
            str(self._preferences.export_start(file_name(kind, entity_id))),
            self.tr("PDF (*.pdf)"),
        )
        if name:
            self.write_pdf(Path(name), [sheet])

    def export_sheet(self, sheet: Sheet, suggested_name: str) -> None:
        """Asks where to write a sheet a view made (the comparison) and writes it as PDF."""
        name, _filter = QFileDialog.getSaveFileName(
            self._dialog_parent,
            self.tr("Export PDF"),
            str(self._preferences.export_start(suggested_name)),
            self.tr("PDF (*.pdf)"),
        )
        if name:
            self.write_pdf(Path(name), [sheet])

    def write_pdf(self, path: Path, sheets: list[Sheet]) -> bool:
        """Writes sheets to a PDF; a failure is a message naming the path, never a crash."""
        try:
            pages = write_pdf(path, sheets, self.page_setup())
        except (WriteError, PrintError) as error:
            warn(self._dialog_parent, self.tr("Export failed"), str(error))
            return False
        self._preferences.remember_export(path)
        self.status_reported.emit(
            self.tr("{pages} page(s) written to {path}").format(pages=pages, path=path)
        )
        return True

    @Slot()
    def export_fact_sheets(self) -> None:
        targets = self.sheet_maker().targets()
        counts = {
            kind: sum(1 for k, _ in targets if k == kind)
            for kind in ("state", "body", "summit", "document")
        }
        scopes = {
            "all": self.tr("All ({count})").format(count=len(targets)),
            "current": self.tr("The entity shown"),
            "state": self.tr("States ({count})").format(count=counts["state"]),
            "body": self.tr("Bodies ({count})").format(count=counts["body"]),
            "summit": self.tr("Meetings ({count})").format(count=counts["summit"]),
            "document": self.tr("Documents ({count})").format(count=counts["document"]),
        }
        setup = self.page_setup()
        defaults = ExportRequest(
            "all",
            self._preferences.export_start(),
            setup.page_size,
            setup.marking,
            translation.current().code,
        )
        request = ExportSheetsDialog.ask(scopes, defaults, self._dialog_parent)
        if request is not None:
            self.run_export(request)

    def run_export(self, request: ExportRequest) -> list[Path]:
        """Writes the requested sheets, with a progress dialog that can cancel, and reports."""
        maker = self.sheet_maker(request.language)
        targets = maker.targets()
        if request.scope == "current":
            current = self._current() or OVERVIEW
            targets = [t for t in targets if t == current]
        elif request.scope != "all":
            targets = [t for t in targets if t[0] == request.scope]
        if not request.folder.is_dir():
            warn(
                self._dialog_parent,
                self.tr("Export failed"),
                self.tr("The folder {folder} does not exist.").format(folder=request.folder),
            )
            return []
        progress = QProgressDialog(
            self.tr("Writing fact sheets…"),
            self.tr("Cancel"),
            0,
            len(targets),
            self._dialog_parent,
        )
        progress.setWindowTitle(self.tr("Export Fact Sheets"))
        progress.setMinimumDuration(300)

        def report(done: int, total: int, title: str) -> bool:
            progress.setValue(done)
            progress.setLabelText(
                self.tr("{done} of {total}: {title}").format(done=done, total=total, title=title)
            )
            QApplication.processEvents()
            return not progress.wasCanceled()

        setup = self.page_setup(request.page_size, request.marking)
        try:
            written = write_folder(maker, targets, request.folder, setup, report)
        except (WriteError, PrintError) as error:
            progress.close()
            warn(self._dialog_parent, self.tr("Export failed"), str(error))
            return []
        progress.close()
        self._preferences.export_folder = str(request.folder)
        stopped = "" if len(written) == len(targets) else self.tr(" (cancelled)")
        self.last_export_summary = self.tr("{count} sheets written to {folder}{stopped}").format(
            count=len(written), folder=request.folder, stopped=stopped
        )
        inform(self._dialog_parent, self.tr("Export Fact Sheets"), self.last_export_summary)
        return written

    @Slot()
    def edit_preferences(self) -> None:
        setup = self.page_setup()
        chosen = PreferencesDialog.ask(
            PrintPreferences(
                setup.marking,
                setup.page_size,
                self._preferences.data_age_days,
                self._preferences.language,
            ),
            self._dialog_parent,
        )
        if chosen is not None:
            self._preferences.marking = chosen.marking
            self._preferences.page_size = chosen.page_size
            self._preferences.data_age_days = chosen.data_age_days
            self._preferences.language = chosen.language
            self.preferences_changed.emit()
