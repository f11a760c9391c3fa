"""Navigation: which entity, overview or chart view is shown, the history, and the as-of date.

It renders panes from the Dossier (the same one sheets and the command line use) into the
detail view, creates chart views on first use from the factories it is given, and announces
what it showed; it never builds widgets of its own and holds no SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStackedWidget, QWidget

from sco_desktop.core.data import DatabaseError, Repository
from sco_desktop.core.domain.dates import year_over
from sco_desktop.core.domain.history import History
from sco_desktop.core.domain.kinds import OVERVIEW, TRADE_LINK_KIND, VIEW_KIND
from sco_desktop.core.domain.language import IN_ENGLISH, Language
from sco_desktop.core.domain.limits import OVERVIEW_LIST_ROWS
from sco_desktop.core.domain.records import Source
from sco_desktop.core.present.dossier import gather, gather_overview
from sco_desktop.core.present.html import escape, prepare, render, render_overview, template_names
from sco_desktop.core.present.links import SPARKLINE_SCHEME
from sco_desktop.core.present.styles import scale_points
from sco_desktop.ui.common.paper import chart_paper
from sco_desktop.ui.navigation.detail_pane import DetailPane

ViewFactory = Callable[[], QWidget]


class NavigationController(QObject):
    entity_shown = Signal(str, str, str)
    """(kind, id, title) of what the detail area now shows."""
    history_changed = Signal()
    """Back, forward or the current place changed."""
    problem_reported = Signal(str)
    """A one-line message for the status bar (a link to nothing, unreadable data)."""

    def __init__(
        self,
        repo: Repository,
        sources: Mapping[str, Source],
        stylesheet: str,
        detail_view: DetailPane,
        stack: QStackedWidget,
        view_factories: dict[str, ViewFactory],
        parent: QObject | None = None,
        language: Language = IN_ENGLISH,
    ) -> None:
        """`language` is the interface language the panes are written in."""
        super().__init__(parent)
        self._repo = repo
        self._language = language
        self._sources = sources
        self._base_stylesheet = stylesheet
        self._stylesheet = stylesheet
        self._detail_view = detail_view
        self._stack = stack
        self._factories = view_factories
        self._history = History()
        self.views: dict[str, QWidget] = {}
        """The chart views created so far, by name."""
        self.as_of = repo.data_as_of
        """The date whose statuses the panes show (ISO)."""
        self.provenance_open = False
        """Whether panes show their research notes; the reader's choice holds from pane to pane."""
        detail_view.provenance_toggled.connect(self.set_provenance_open)
        self._unprepared: list[str] = []
        """Templates still to compile, once the detail view has first painted."""
        detail_view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # The window is on screen: the panes not shown yet are prepared while the reader
            # looks at it, one template a turn of the event loop, so no input waits long.
            watched.removeEventFilter(self)
            self._unprepared = template_names()
            QTimer.singleShot(0, self._prepare_next_template)
        return False

    @Slot()
    def _prepare_next_template(self) -> None:
        if self._unprepared:
            prepare(self._unprepared.pop())
            QTimer.singleShot(0, self._prepare_next_template)

    @property
    def current(self) -> tuple[str, str] | None:
        return self._history.current

    def can_go_back(self) -> bool:
        return self._history.can_go_back()

    def can_go_forward(self) -> bool:
        return self._history.can_go_forward()

    @Slot(str, str)
    def show_entity(self, kind: str, entity_id: str) -> bool:
        """Shows an entity (or the overview, or a chart view) and records it in the history."""
        if kind == TRADE_LINK_KIND:
            if not self.show_entity(VIEW_KIND, "trade"):
                return False
            self.views["trade"].partners.set_checked([entity_id])
            return True
        if not self._render(kind, entity_id):
            return False
        self._history.visit((kind, entity_id))
        self.history_changed.emit()
        return True

    @Slot()
    def go_back(self) -> None:
        if self._history.can_go_back():
            self._render(*self._history.back())
            self.history_changed.emit()

    @Slot()
    def go_forward(self) -> None:
        if self._history.can_go_forward():
            self._render(*self._history.forward())
            self.history_changed.emit()

    @Slot()
    def go_home(self) -> None:
        self.show_entity(*OVERVIEW)

    def set_as_of(self, date: str) -> None:
        """Shows statuses as of `date` in the current pane and in every chart view that has them."""
        self.as_of = date
        for view in self.views.values():
            if hasattr(view, "set_as_of"):
                view.set_as_of(date)
        # A chart view shown has just followed the date itself; showing it again would only
        # announce it again (the map's timeline changes the date many times a second).
        if self._history.current and self._history.current[0] != VIEW_KIND:
            self._render(*self._history.current)

    @Slot(bool)
    def set_provenance_open(self, is_open: bool) -> None:
        """Opens or closes the Provenance disclosure, keeping the reader's place in the pane."""
        self.provenance_open = is_open
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Renders the pane shown again where the reader is in it (its pictures follow the
        theme: a new theme needs them drawn again)."""
        current = self._history.current
        if current and current[0] != VIEW_KIND:
            position = self._detail_view.verticalScrollBar().value()
            self._render(*current)
            self._detail_view.verticalScrollBar().setValue(position)

    def set_zoom(self, percent: int) -> None:
        """Renders the pane shown again with the stylesheet's text sizes at `percent`."""
        stylesheet = scale_points(self._base_stylesheet, percent)
        if stylesheet == self._stylesheet:
            return
        self._stylesheet = stylesheet
        current = self._history.current
        if current and current[0] != VIEW_KIND:
            bar = self._detail_view.verticalScrollBar()
            fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
            self._render(*current)
            bar.setValue(round(fraction * bar.maximum()))

    def _render(self, kind: str, entity_id: str) -> bool:
        if kind == VIEW_KIND:
            return self._show_view(entity_id)
        self._stack.setCurrentWidget(self._detail_view)
        try:
            if (kind, entity_id) == OVERVIEW:
                overview = gather_overview(
                    self._repo,
                    self.as_of,
                    per_list=OVERVIEW_LIST_ROWS,
                    language=self._language.code,
                )
                page = render_overview(
                    overview, self._sources, self._stylesheet, language=self._language
                )
                title = ""
            else:
                dossier = gather(
                    self._repo, kind, entity_id, self.as_of, language=self._language.code
                )
                if dossier is None:
                    self.problem_reported.emit(self.tr("Nothing to show for that link"))
                    return False
                page = render(
                    dossier,
                    self._sources,
                    self._stylesheet,
                    provenance_open=self.provenance_open,
                    language=self._language,
                )
                title = dossier.title
        except DatabaseError as error:
            self._detail_view.setHtml(
                self.tr("<h2>Could not read the data</h2><p>{error}</p>").format(
                    error=escape(error)
                )
            )
            return False
        self._detail_view.show_page(page, self._sparklines(kind, entity_id))
        self.entity_shown.emit(kind, entity_id, title)
        return True

    def _sparklines(self, kind: str, entity_id: str) -> dict[str, QImage]:
        if kind != "state" or entity_id == "CHN":
            return {}
        from sco_desktop.output.sparkline import sparkline

        points = [
            (p.year, float(p.value_usd))
            for p in self._repo.trade_series("CHN", entity_id)
            if year_over(p.year, self.as_of)  # as the pane's table: no year after the date
        ]
        image = sparkline(points, labelled=True, paper=chart_paper())
        return {f"{SPARKLINE_SCHEME}:{entity_id}": image} if image is not None else {}

    def _show_view(self, name: str) -> bool:
        """Shows a chart view, creating it (and loading its models) the first time."""
        view = self.views.get(name)
        if view is None:
            factory = self._factories.get(name)
            if factory is None:
                return False
            view = factory()
            self.views[name] = view
            self._stack.addWidget(view)
        self._stack.setCurrentWidget(view)
        self.entity_shown.emit(VIEW_KIND, name, name.capitalize())
        return True
