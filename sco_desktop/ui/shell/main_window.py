"""The main window: the one place that wires panes, models and the repository; it holds no SQL."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from sco_desktop import __version__
from sco_desktop.core.data import DatabaseError, Repository
from sco_desktop.core.data.notes_store import NotesError, NotesStore
from sco_desktop.core.domain.history import History
from sco_desktop.core.domain.kinds import OVERVIEW
from sco_desktop.core.domain.records import SearchHit
from sco_desktop.core.infra import locations
from sco_desktop.core.present.dossier import gather, gather_overview
from sco_desktop.core.present.html import escape, render, render_overview
from sco_desktop.core.present.links import SPARKLINE_SCHEME
from sco_desktop.ui.common.messages import inform, warn
from sco_desktop.ui.navigation.detail_pane import DetailPane
from sco_desktop.ui.navigator.model import NavigatorModel
from sco_desktop.ui.navigator.pane import NavigatorPane
from sco_desktop.ui.notes.pane import NotesPane
from sco_desktop.ui.search.field import SearchField
from sco_desktop.ui.search.model import SearchModel
from sco_desktop.ui.shell.settings import Preferences

APPLICATION_TITLE = "SCO Desktop"

_open_windows: set[MainWindow] = set()
"""Every window not yet destroyed by Qt. A window has no Qt parent, so Python owns it; without
this, dropping the last reference (a caller's local going out of scope) leaves it to the cyclic
garbage collector, which may run in the middle of the window's own paint event and destroy it
there: a native crash. Held here, a window lives until Qt destroys it (deleteLater, or exit)."""


class MainWindow(QMainWindow):
    def __init__(
        self,
        repo: Repository | None,
        preferences: Preferences,
        problem: str | None = None,
        notes: NotesStore | None = None,
        notes_problem: str = "",
    ) -> None:
        super().__init__()
        _open_windows.add(self)
        self.destroyed.connect(lambda: _open_windows.discard(self))
        self._repo = repo
        self._notes = notes
        self._note_id: str | None = None
        self._note_entity: str | None = None
        self._preferences = preferences
        self._history = History()
        self._sheet_maker_instance = None
        self.last_export_summary = ""
        self.setWindowTitle(APPLICATION_TITLE)
        self._resize_to_fit(1200, 760)
        self.detail_view = DetailPane()
        if repo is None:
            self._show_problem(problem or "")
            return
        self._stylesheet = (locations.resources_folder() / "styles" / "detail.css").read_text(
            encoding="utf-8"
        )
        self._sources = {source.id: source for source in repo.sources()}
        self.navigator_model = NavigatorModel(repo, self)
        self.navigator = NavigatorPane(self.navigator_model)
        self.search_model = SearchModel(repo, parent=self, notes_search=self._search_notes)
        self.notes_pane = NotesPane()
        self.search_field = SearchField(self.search_model)
        self.as_of_edit = QDateEdit(objectName="asOfDate", calendarPopup=True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setDateRange(
            QDate.fromString(repo.first_status_date() or repo.data_as_of, Qt.DateFormat.ISODate),
            QDate.fromString(repo.data_as_of, Qt.DateFormat.ISODate),
        )
        self.as_of_edit.setDate(QDate.fromString(repo.data_as_of, Qt.DateFormat.ISODate))
        self.as_of_edit.setAccessibleName(self.tr("Show statuses as of"))
        self.as_of_edit.setToolTip(self.tr("Show who held which status on this date"))

        self.detail_stack = QStackedWidget(objectName="detailStack")
        self.detail_stack.addWidget(self.detail_view)
        self._views: dict[str, QWidget] = {}
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, objectName="rightSplitter")
        self.right_splitter.addWidget(self.detail_stack)
        self.right_splitter.addWidget(self.notes_pane)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setSizes([560, 160])
        self.splitter = QSplitter(objectName="mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.right_splitter)
        self.navigator.setMinimumWidth(180)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 880])
        self.setCentralWidget(self.splitter)

        self._create_actions()
        self._create_menus_and_tool_bar()
        self._create_status_bar()

        self.navigator.entity_selected.connect(self.show_entity)
        self.detail_view.entity_link_activated.connect(self.show_entity)
        self.detail_view.copy_url_requested.connect(self._copy_source_url)
        self.detail_view.back_requested.connect(self.go_back)
        self.detail_view.forward_requested.connect(self.go_forward)
        self.search_field.entity_chosen.connect(self._on_search_chosen)
        self.as_of_edit.dateChanged.connect(self._on_as_of_changed)
        self.navigator.tree.viewport().installEventFilter(self)
        self.notes_pane.note_edited.connect(self._save_note)
        self.notes_pane.retry_requested.connect(self._save_note)
        banner = notes_problem or (notes.message if notes else "")
        self.notes_pane.show_banner(banner)
        self._refresh_user_marks()

        self._restore()

    # -- building ----------------------------------------------------------------------------------

    def _create_actions(self) -> None:
        def action(text, slot, shortcuts=(), name=None):
            item = QAction(text, self)
            if shortcuts:
                item.setShortcuts([QKeySequence(s) for s in shortcuts])
            item.triggered.connect(slot)
            if name:
                item.setObjectName(name)
            return item

        keys = QKeySequence.StandardKey
        self.back_action = action(self.tr("&Back"), self.go_back, [keys.Back], "backAction")
        self.forward_action = action(
            self.tr("&Forward"), self.go_forward, [keys.Forward], "forwardAction"
        )
        self.home_action = action(self.tr("&Overview"), self.go_home, ["Alt+Home"], "homeAction")
        self.find_action = action(self.tr("&Search…"), self.focus_search, [keys.Find, "Ctrl+K"])
        self.filter_action = action(
            self.tr("&Filter the Navigator"), self.focus_filter, ["Ctrl+Shift+F"]
        )
        self.copy_action = action(self.tr("&Copy"), self.copy, [keys.Copy], "copyAction")
        self.copy_citation_action = action(
            self.tr("Copy C&itation"), self.copy_citation, ["Ctrl+Shift+C"]
        )
        self.as_of_action = action(
            self.tr("Statuses &As Of…"), self.as_of_edit.setFocus, ["Ctrl+Shift+D"]
        )
        self.bookmark_action = action(
            self.tr("☆ &Bookmark"), self.toggle_bookmark, ["Ctrl+D"], "bookmarkAction"
        )
        self.bookmark_action.setCheckable(True)
        self.export_notes_action = action(self.tr("Export &Notes…"), self.export_notes)
        self.import_notes_action = action(self.tr("&Import Notes…"), self.import_notes)
        self.reset_as_of_action = action(self.tr("&Reset to the Data Date"), self.reset_as_of)
        self.quit_action = action(self.tr("&Quit"), self.close, [keys.Quit, "Ctrl+Q"])
        self.print_action = action(self.tr("&Print…"), self.print_current, [keys.Print])
        self.preview_action = action(self.tr("Print Pre&view…"), self.preview_current)
        self.export_pdf_action = action(
            self.tr("&Export PDF…"), self.export_current_pdf, ["Ctrl+E"], "exportPdfAction"
        )
        self.export_sheets_action = action(
            self.tr("Export &Fact Sheets…"), self.export_fact_sheets, ["Ctrl+Shift+E"]
        )
        self.preferences_action = action(
            self.tr("&Preferences…"), self.edit_preferences, [keys.Preferences]
        )
        self.about_action = action(self.tr("&About SCO Desktop"), self.show_about)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)

    def _create_menus_and_tool_bar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.print_action, self.preview_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_pdf_action, self.export_sheets_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_notes_action, self.import_notes_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.copy_action, self.copy_citation_action, self.bookmark_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.filter_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addActions([self.as_of_action, self.reset_as_of_action])
        go_menu = menus.addMenu(self.tr("&Go"))
        go_menu.addActions([self.back_action, self.forward_action, self.home_action])
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        tool_bar = self.addToolBar(self.tr("Navigation"))
        tool_bar.setObjectName("navigationToolBar")
        tool_bar.setMovable(False)
        tool_bar.addActions(
            [self.back_action, self.forward_action, self.home_action, self.bookmark_action]
        )
        tool_bar.addSeparator()
        label = QLabel(self.tr(" As of "))
        label.setBuddy(self.as_of_edit)
        tool_bar.addWidget(label)
        tool_bar.addWidget(self.as_of_edit)
        tool_bar.addSeparator()
        tool_bar.addWidget(self.search_field)
        self.search_field.setMinimumWidth(320)

    def _create_status_bar(self) -> None:
        self.data_label = QLabel(objectName="dataLabel", textFormat=Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.data_label)
        self._update_status()

    def _resize_to_fit(self, width: int, height: int) -> None:
        """A first size that fits the screen, whatever its scale factor."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    def _show_problem(self, problem: str) -> None:
        self.setCentralWidget(self.detail_view)
        self.detail_view.setHtml(
            "<h2>The reference database cannot be used</h2>"
            f"<p>{html.escape(problem)}</p>"
            "<p>Nothing was changed. Reinstall sco-desktop, or start it with"
            " <code>--db PATH</code> and a good copy of the database; <code>sco-desktop"
            " verify</code> says what is wrong with a file.</p>"
        )
        self.statusBar().showMessage(self.tr("No reference data"))

    # -- showing -----------------------------------------------------------------------------------

    @property
    def as_of(self) -> str:
        return self.as_of_edit.date().toString(Qt.DateFormat.ISODate)

    @property
    def current(self) -> tuple[str, str] | None:
        return self._history.current

    @Slot(str, str)
    def show_entity(self, kind: str, entity_id: str) -> bool:
        """Shows an entity (or the overview, or a chart view) and records it in the history."""
        if kind == "trade":
            # A state's sparkline: the trade view with that partner chosen.
            self.show_entity("view", "trade")
            self._views["trade"].partners.set_checked([entity_id])
            return True
        if not self._render(kind, entity_id):
            return False
        self._history.visit((kind, entity_id))
        self._after_navigation()
        return True

    def _render(self, kind: str, entity_id: str) -> bool:
        if kind == "view":
            shown = self._show_view(entity_id)
            if shown:
                self._load_notes(kind, entity_id)
            return shown
        self.detail_stack.setCurrentWidget(self.detail_view)
        try:
            if (kind, entity_id) == OVERVIEW:
                page = render_overview(
                    gather_overview(self._repo, self.as_of), self._sources, self._stylesheet
                )
                title = APPLICATION_TITLE
            else:
                dossier = gather(self._repo, kind, entity_id, self.as_of)
                if dossier is None:
                    self.statusBar().showMessage(self.tr("Nothing to show for that link"), 5000)
                    return False
                page = render(dossier, self._sources, self._stylesheet)
                title = f"{dossier.title} — {APPLICATION_TITLE}"
        except DatabaseError as error:
            self.detail_view.setHtml(f"<h2>Could not read the data</h2><p>{escape(error)}</p>")
            return False
        self.detail_view.show_page(page, self._sparklines(kind, entity_id))
        self.setWindowTitle(title)
        self._load_notes(kind, entity_id)
        if kind != OVERVIEW[0]:
            self.navigator.show_entity(kind, entity_id)
        return True

    def _sparklines(self, kind: str, entity_id: str) -> dict:
        if kind != "state" or entity_id == "CHN":
            return {}
        from sco_desktop.output.sparkline import sparkline

        points = [(p.year, float(p.value_usd)) for p in self._repo.trade_series("CHN", entity_id)]
        image = sparkline(points)
        return {f"{SPARKLINE_SCHEME}:{entity_id}": image} if image is not None else {}

    def _show_view(self, name: str) -> bool:
        """Shows a chart view, creating it (and importing pyqtgraph) the first time."""
        view = self._views.get(name)
        if view is None:
            view = self._create_view(name)
            if view is None:
                return False
            self._views[name] = view
            self.detail_stack.addWidget(view)
        self.detail_stack.setCurrentWidget(view)
        self.setWindowTitle(f"{name.capitalize()} — {APPLICATION_TITLE}")
        self.navigator.show_entity("view", name)
        return True

    def _create_view(self, name: str) -> QWidget | None:
        if name == "trade":
            from sco_desktop.ui.trade.models import (
                ComparisonModel,
                PartnerListModel,
                TradeSeriesModel,
            )
            from sco_desktop.ui.trade.pane import TradePane

            return TradePane(
                TradeSeriesModel(self._repo, self),
                PartnerListModel(self._repo, self),
                ComparisonModel(self._repo, self),
                self._sources,
                self._repo.data_as_of,
            )
        if name == "membership":
            from sco_desktop.ui.membership.model import MembershipModel
            from sco_desktop.ui.membership.pane import MembershipPane

            model = MembershipModel(self._repo, self)
            model.set_as_of(self.as_of)
            pane = MembershipPane(model)
            pane.entity_selected.connect(self.show_entity)
            return pane
        return None

    # -- notes and bookmarks -----------------------------------------------------------------------

    def _load_notes(self, kind: str, entity_id: str) -> None:
        """Shows the note of the entity now on screen; an edit still pending is saved first."""
        self.notes_pane.flush()
        has_notes = kind not in ("view", OVERVIEW[0]) and self._notes is not None
        # Charts and the overview take no notes: the panel gives them its room.
        self.notes_pane.setVisible(kind not in ("view", OVERVIEW[0]))
        self.notes_pane.setEnabled(has_notes)
        self.bookmark_action.setEnabled(has_notes)
        self._note_entity = entity_id if has_notes else None
        self._note_id = None
        if not has_notes:
            self.notes_pane.show_note("", "", [], True)
            self.bookmark_action.setChecked(False)
            return
        try:
            notes = self._notes.notes(entity_id)
            bookmarked = self._notes.is_bookmarked(entity_id)
        except NotesError as error:
            self.notes_pane.show_banner(str(error))
            return
        own = [n for n in notes if not n.origin]
        current = own[0] if own else None
        self._note_id = current.id if current else None
        others = [n.text for n in notes if n is not current]
        name = self._repo.labels().get(entity_id, ("", entity_id))[1]
        self.notes_pane.show_note(
            f"Your note on {name}",
            current.text if current else "",
            others,
            self._notes.read_only,
        )
        self.bookmark_action.setChecked(bookmarked)

    @Slot(str)
    def _save_note(self, text: str) -> None:
        if self._notes is None or self._note_entity is None:
            return
        if self._note_id is None and not text.strip():
            self.notes_pane.set_state("idle")
            return
        try:
            note = self._notes.save_note(self._note_entity, text, self._note_id)
        except NotesError as error:
            self.notes_pane.set_state("failed", str(error))
            return
        self._note_id = note.id
        self.notes_pane.set_state("saved")
        self._refresh_user_marks()

    @Slot()
    def toggle_bookmark(self) -> None:
        if self._notes is None or self._note_entity is None:
            return
        try:
            self._notes.set_bookmark(self._note_entity, self.bookmark_action.isChecked())
        except NotesError as error:
            self.bookmark_action.setChecked(not self.bookmark_action.isChecked())
            warn(self, self.tr("Bookmark not saved"), str(error))
            return
        self._refresh_user_marks()

    def _refresh_user_marks(self) -> None:
        if self._notes is None:
            return
        self.navigator_model.set_user_marks(
            self._notes.note_counts(), [b.entity_id for b in self._notes.bookmarks()]
        )
        if self._history.current and self._history.current[0] != OVERVIEW[0]:
            self.navigator.show_entity(*self._history.current)

    def _search_notes(self, text: str) -> list[SearchHit]:
        if self._notes is None:
            return []
        try:
            notes = self._notes.search(text)
        except NotesError:
            return []
        labels = self._repo.labels()
        return [
            SearchHit(
                "note",
                n.entity_id,
                labels.get(n.entity_id, ("", n.entity_id))[1],
                None,
                None,
                n.text,
            )
            for n in notes
        ]

    @Slot()
    def export_notes(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self._notes is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Notes"),
            str(Path.home() / "sco-notes.json"),
            self.tr("Complete, for another machine (*.json);;Readable (*.md)"),
        )
        if name:
            self.export_notes_to(Path(name))

    def export_notes_to(self, path: Path) -> bool:
        from sco_desktop.core.infra.atomic import WriteError

        self.notes_pane.flush()
        try:
            if path.suffix.lower() == ".md":
                names = {key: label for key, (_kind, label) in self._repo.labels().items()}
                self._notes.export_markdown(path, names)
            else:
                self._notes.export_json(path)
        except (NotesError, WriteError) as error:
            warn(self, self.tr("Export failed"), str(error))
            return False
        self.statusBar().showMessage(f"Notes written to {path}", 8000)
        return True

    @Slot()
    def import_notes(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self._notes is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import Notes"), str(Path.home()), self.tr("Notes export (*.json)")
        )
        if name:
            self.import_notes_from(Path(name))

    def import_notes_from(self, path: Path) -> str:
        self.notes_pane.flush()
        try:
            result = self._notes.import_json(path)
        except NotesError as error:
            warn(self, self.tr("Import failed"), str(error))
            return str(error)
        summary = (
            f"{result.added} notes added, {result.conflicts} differing versions kept beside"
            f" yours, {result.unchanged} already present, {result.bookmarks_added} bookmarks added."
        )
        self._refresh_user_marks()
        if self._history.current:
            self._load_notes(*self._history.current)
        self.statusBar().showMessage(summary, 10000)
        return summary

    def _after_navigation(self) -> None:
        self.back_action.setEnabled(self._history.can_go_back())
        self.forward_action.setEnabled(self._history.can_go_forward())
        if self._history.current:
            self._preferences.last_entity = self._history.current

    @Slot()
    def go_back(self) -> None:
        if self._history.can_go_back():
            self._render(*self._history.back())
            self._after_navigation()

    @Slot()
    def go_forward(self) -> None:
        if self._history.can_go_forward():
            self._render(*self._history.forward())
            self._after_navigation()

    @Slot()
    def go_home(self) -> None:
        self.show_entity(*OVERVIEW)

    @Slot(str, str)
    def _on_search_chosen(self, kind: str, entity_id: str) -> None:
        if kind == "note":
            kind = (self._repo.resolve(entity_id) or ("", ""))[0]
        self.search_field.clear()
        self.show_entity(kind, entity_id)
        self.detail_view.setFocus()

    @Slot()
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @Slot()
    def focus_filter(self) -> None:
        self.navigator.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.navigator.filter_field.selectAll()

    @Slot(QDate)
    def _on_as_of_changed(self, _date: QDate) -> None:
        self.navigator_model.set_as_of(self.as_of)
        if (membership := self._views.get("membership")) is not None:
            membership.model.set_as_of(self.as_of)
        if self._history.current:
            self._render(*self._history.current)
        self._update_status()

    @Slot()
    def reset_as_of(self) -> None:
        self.as_of_edit.setDate(self.as_of_edit.maximumDate())

    def _update_status(self) -> None:
        counts = self._repo.counts()
        text = f"Data as of {self._repo.data_as_of}"
        if self.as_of != self._repo.data_as_of:
            text = f"Statuses shown as of {self.as_of} · {text}"
        self.data_label.setText(text)
        self.data_label.setToolTip(
            f"{counts.states} states, {counts.bodies} bodies, {counts.summits} meetings,"
            f" {counts.documents} documents, {counts.sources} sources"
        )

    # -- copying -----------------------------------------------------------------------------------

    @Slot()
    def copy(self) -> None:
        """Copies the selection, or with nothing selected the whole pane with its citations."""
        focus = QGuiApplication.focusObject()
        if focus is not self.detail_view and hasattr(focus, "copy"):
            if hasattr(focus, "hasSelectedText"):
                selected = focus.hasSelectedText()
            else:
                selected = hasattr(focus, "textCursor") and focus.textCursor().hasSelection()
            if selected:
                focus.copy()
                return
        cursor = self.detail_view.textCursor()
        text = cursor.selectedText() if cursor.hasSelection() else self.detail_view.toPlainText()
        QGuiApplication.clipboard().setText(text.replace("\u2029", "\n"))

    @Slot()
    def copy_citation(self) -> None:
        """Copies a one-line reference to the pane shown."""
        QGuiApplication.clipboard().setText(self.citation())

    def citation(self) -> str:
        title = self.windowTitle().removesuffix(f" — {APPLICATION_TITLE}")
        kind, entity_id = self._history.current or OVERVIEW
        return (
            f"{title} [{kind} {entity_id}]. SCO Desktop reference data, as of"
            f" {self._repo.data_as_of} (sco-desktop {__version__})."
        )

    @Slot(str)
    def _copy_source_url(self, source_id: str) -> None:
        source = self._sources.get(source_id)
        if source and source.url:
            QGuiApplication.clipboard().setText(source.url)
            self.statusBar().showMessage(self.tr("Address copied"), 3000)

    # -- printing ----------------------------------------------------------------------------------

    def page_setup(self, page_size: str | None = None, marking: str | None = None):
        from sco_desktop.output.printing import PageSetup, default_page_size
        from sco_desktop.output.sheets import print_stylesheet

        return PageSetup(
            page_size=page_size or self._preferences.page_size or default_page_size(),
            marking=self._preferences.marking if marking is None else marking,
            data_as_of=self._repo.data_as_of,
            stylesheet=print_stylesheet(),
        )

    def _sheet_maker(self):
        from sco_desktop.output.sheets import SheetMaker

        if self._sheet_maker_instance is None:
            self._sheet_maker_instance = SheetMaker(self._repo)
        return self._sheet_maker_instance

    def current_sheet(self):
        """The fact sheet of what is shown, or None for a chart view (which exports itself)."""
        kind, entity_id = self._history.current or OVERVIEW
        if kind == "view":
            self.statusBar().showMessage(
                self.tr("Charts are not fact sheets: use Export in the chart instead"), 5000
            )
            return None
        return self._sheet_maker().sheet(kind, entity_id)

    @Slot()
    def print_current(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

        if not QPrinterInfo.availablePrinters():
            warn(
                self,
                self.tr("No printer"),
                self.tr("No printer is set up on this machine. Use File > Export PDF… instead."),
            )
            return
        sheet = self.current_sheet()
        if sheet is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            self._paint(printer, [sheet])

    @Slot()
    def preview_current(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        sheet = self.current_sheet()
        if sheet is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        preview = QPrintPreviewDialog(printer, self)
        preview.paintRequested.connect(lambda device: self._paint(device, [sheet]))
        preview.exec()

    def _paint(self, device, sheets) -> None:
        from sco_desktop.output.printing import PrintError, paint_sheets

        try:
            paint_sheets(device, sheets, self.page_setup())
        except PrintError as error:
            warn(self, self.tr("Printing failed"), str(error))

    @Slot()
    def export_current_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        sheet = self.current_sheet()
        if sheet is None:
            return
        kind, entity_id = self._history.current or OVERVIEW
        from sco_desktop.output.sheets import file_name

        start = str(
            Path(self._preferences.export_folder or Path.home()) / file_name(kind, entity_id)
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), start, self.tr("PDF (*.pdf)")
        )
        if name:
            self.write_pdf(Path(name), [sheet])

    def write_pdf(self, path: Path, sheets) -> bool:
        """Writes sheets to a PDF; a failure is a message naming the path, never a crash."""
        from sco_desktop.core.infra.atomic import WriteError
        from sco_desktop.output.printing import PrintError, write_pdf

        try:
            pages = write_pdf(path, sheets, self.page_setup())
        except (WriteError, PrintError) as error:
            warn(self, self.tr("Export failed"), str(error))
            return False
        self._preferences.export_folder = str(path.parent)
        self.statusBar().showMessage(self.tr(f"{pages} page(s) written to {path}"), 8000)
        return True

    @Slot()
    def export_fact_sheets(self) -> None:
        from sco_desktop.ui.printing.dialogs import ExportRequest, ExportSheetsDialog

        maker = self._sheet_maker()
        targets = maker.targets()
        counts = {
            kind: sum(1 for k, _ in targets if k == kind)
            for kind in ("state", "body", "summit", "document")
        }
        scopes = {
            "all": self.tr(f"All ({len(targets)})"),
            "current": self.tr("The entity shown"),
            "state": self.tr(f"States ({counts['state']})"),
            "body": self.tr(f"Bodies ({counts['body']})"),
            "summit": self.tr(f"Meetings ({counts['summit']})"),
            "document": self.tr(f"Documents ({counts['document']})"),
        }
        setup = self.page_setup()
        defaults = ExportRequest(
            "all",
            Path(self._preferences.export_folder or Path.home()),
            setup.page_size,
            setup.marking,
        )
        request = ExportSheetsDialog.ask(scopes, defaults, self)
        if request is not None:
            self.run_export(request)

    def run_export(self, request) -> list[Path]:
        """Writes the requested sheets, with a progress dialog that can cancel, and reports."""
        from PySide6.QtWidgets import QProgressDialog

        from sco_desktop.core.infra.atomic import WriteError
        from sco_desktop.output.printing import PrintError
        from sco_desktop.output.sheets import write_folder

        maker = self._sheet_maker()
        targets = maker.targets()
        if request.scope == "current":
            current = self._history.current or OVERVIEW
            targets = [t for t in targets if t == current]
        elif request.scope != "all":
            targets = [t for t in targets if t[0] == request.scope]
        if not request.folder.is_dir():
            warn(
                self,
                self.tr("Export failed"),
                self.tr(f"The folder {request.folder} does not exist."),
            )
            return []
        progress = QProgressDialog(
            self.tr("Writing fact sheets…"), self.tr("Cancel"), 0, len(targets), self
        )
        progress.setWindowTitle(self.tr("Export Fact Sheets"))
        progress.setMinimumDuration(300)

        def report(done: int, total: int, title: str) -> bool:
            progress.setValue(done)
            progress.setLabelText(self.tr(f"{done} of {total}: {title}"))
            QApplication.processEvents()
            return not progress.wasCanceled()

        setup = self.page_setup(request.page_size, request.marking)
        try:
            written = write_folder(maker, targets, request.folder, setup, report)
        except (WriteError, PrintError) as error:
            progress.close()
            warn(self, self.tr("Export failed"), str(error))
            return []
        progress.close()
        self._preferences.export_folder = str(request.folder)
        stopped = "" if len(written) == len(targets) else self.tr(" (cancelled)")
        self.last_export_summary = self.tr(
            f"{len(written)} sheets written to {request.folder}{stopped}"
        )
        inform(self, self.tr("Export Fact Sheets"), self.last_export_summary)
        return written

    @Slot()
    def edit_preferences(self) -> None:
        from sco_desktop.ui.printing.dialogs import PreferencesDialog, PrintPreferences

        setup = self.page_setup()
        chosen = PreferencesDialog.ask(PrintPreferences(setup.marking, setup.page_size), self)
        if chosen is not None:
            self._preferences.marking = chosen.marking
            self._preferences.page_size = chosen.page_size

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SCO Desktop"),
            f"<p><b>SCO Desktop {escape(__version__)}</b></p><p>An offline reference on the"
            f" Shanghai Cooperation Organisation. Data as of {escape(self._repo.data_as_of)}."
            "</p><p>It never uses the network.</p>",
        )

    # -- events and settings -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)

    def _restore(self) -> None:
        if geometry := self._preferences.geometry:
            self.restoreGeometry(geometry)
        if state := self._preferences.window_state:
            self.restoreState(state)
        if splitter := self._preferences.splitter_state:
            self.splitter.restoreState(splitter)
        last = self._preferences.last_entity
        if not (last and self.show_entity(*last)):
            self.go_home()

    def closeEvent(self, event) -> None:
        if self._repo is not None:
            self.notes_pane.flush()
            self._preferences.geometry = self.saveGeometry()
            self._preferences.window_state = self.saveState()
            self._preferences.splitter_state = self.splitter.saveState()
            self._preferences.sync()
            self.search_field.hide_results()
        super().closeEvent(event)
