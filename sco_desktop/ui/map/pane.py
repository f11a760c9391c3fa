"""The map view: states coloured by status on a day, a timeline of the changes, and exports.

The canvas paints output/map_picture's map (the same picture the exports and the `map`
command write), on dark colours under the dark theme; the timeline steps or plays through the
days on which any status changed and announces the day it reaches, so the window's as-of date
can follow. The keyboard does what the mouse does on the canvas: the arrow keys go from state
to state in the order of their names, showing what pointing at one shows (also as the canvas's
accessible description), and Enter or Space opens the state. It never queries: everything
comes from the Atlas it is given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from sco_desktop.core.domain.formatting import tooltip
from sco_desktop.core.present.atlas import Atlas
from sco_desktop.output.map_picture import MapLayout, MapPicture, export_map, map_layout
from sco_desktop.ui.common.chart_view import FOCUS_RING
from sco_desktop.ui.common.export_dialog import export_to_chosen_file
from sco_desktop.ui.common.paper import map_paper
from sco_desktop.ui.common.settings import Preferences

PLAY_INTERVAL_MS = 900
"""How long each change stays on screen while the timeline plays."""


class MapCanvas(QWidget):
    """Paints the map; says which state is under the pointer and which one was clicked."""

    state_clicked = Signal(str)
    """The ISO3 code of the state clicked (states of the data only, not their neighbours)."""

    def __init__(self, picture: MapPicture, day: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="mapCanvas")
        self.picture = picture
        self.atlas = picture.atlas
        self.day = day
        self.places = False
        self.hovered: str | None = None
        self.hover_text = ""
        """What the tool tip under the pointer says (names, status and since when)."""
        self._layout: MapLayout | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 320)
        self.setAccessibleName(self.tr("Map of the SCO's states by status"))
        names = {
            state: (self.atlas.names.get(state) or (state,))[0] for state in picture.drawn_states()
        }
        self._keyboard_order = sorted(names, key=lambda state: names[state].casefold())
        """The states the arrow keys go through: those drawn, in the order of their names."""

    def set_day(self, day: str) -> None:
        self.day = day
        if self.hovered and self.atlas.is_state(self.hovered):
            self._set_hover_text(self.atlas.describe(self.hovered, day))
        self.update()

    def _set_hover_text(self, text: str) -> None:
        self.hover_text = text
        self.setAccessibleDescription(text)

    def set_places(self, shown: bool) -> None:
        self.places = shown
        self._layout = None
        self.update()

    def layout_now(self) -> MapLayout:
        """The layout at the widget's current size (kept until the size or the places change)."""
        if self._layout is None or (self._layout.width, self._layout.height) != (
            self.width(),
            self.height(),
        ):
            self._layout = map_layout(self.atlas, self.width(), self.height(), True, self.places)
        return self._layout

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        paper = map_paper(self)
        self.picture.paint(painter, self.layout_now(), self.day, hovered=self.hovered, paper=paper)
        if self.hasFocus():
            painter.setPen(QPen(FOCUS_RING, 2, Qt.PenStyle.DashLine))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def text_at(self, point: QPointF) -> tuple[str | None, str]:
        """(state or neighbour under `point`, what its tool tip says)."""
        layout = self.layout_now()
        place = self.picture.place_at(layout, self.day, point.x(), point.y())
        if place is not None:
            return None, f"{place.place.name}: {', '.join(place.meetings)}"
        shape = self.picture.shape_at(layout, point.x(), point.y())
        if shape is None:
            return None, ""
        if self.atlas.is_state(shape):
            return shape, self.atlas.describe(shape, self.day)
        found = self.atlas.geography.shape(shape)
        return shape, found.name if found else ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        shape, text = self.text_at(event.position())
        if shape != self.hovered:
            self.hovered = shape
            self.update()
        self._set_hover_text(text)
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), tooltip(text), self)
        else:
            QToolTip.hideText()
        self.setCursor(
            Qt.CursorShape.PointingHandCursor
            if shape and self.atlas.is_state(shape)
            else Qt.CursorShape.ArrowCursor
        )

    def leaveEvent(self, _event) -> None:
        if self.hasFocus() and self.hovered:
            return  # the state the keyboard chose stays chosen
        self.hovered = None
        self._set_hover_text("")
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, order = event.key(), self._keyboard_order
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
        }
        if order and key in steps:
            here = order.index(self.hovered) if self.hovered in order else -1
            if here < 0:
                self.choose(order[0] if steps[key] > 0 else order[-1])
            else:
                self.choose(order[min(max(here + steps[key], 0), len(order) - 1)])
            return
        if order and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.choose(order[0 if key == Qt.Key.Key_Home else -1])
            return
        clicks = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if key in clicks and self.hovered and self.atlas.is_state(self.hovered):
            self.state_clicked.emit(self.hovered)
            return
        if key == Qt.Key.Key_Escape and self.hovered:
            self.hovered = None
            self._set_hover_text("")
            QToolTip.hideText()
            self.update()
            return
        super().keyPressEvent(event)

    def choose(self, state_id: str) -> None:
        """Points the keyboard at a state: outlined, with the tool tip pointing would show."""
        self.hovered = state_id
        self._set_hover_text(self.atlas.describe(state_id, self.day))
        centre = self.picture.centre_of(self.layout_now(), state_id)
        if centre is not None:
            QToolTip.showText(self.mapToGlobal(centre.toPoint()), tooltip(self.hover_text), self)
        self.update()

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event) -> None:
        # A new theme: the map is painted again in the colours that go with it.
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        shape, _text = self.text_at(event.position())
        if shape and self.atlas.is_state(shape):
            self.state_clicked.emit(shape)


class MapPane(QWidget):
    entity_selected = Signal(str, str)
    """(kind, id) of the state clicked on the map."""
    as_of_chosen = Signal(str)
    """The timeline moved to this day (ISO); the window's as-of date follows it."""
    export_failed = Signal(str)

    def __init__(
        self,
        atlas: Atlas,
        day: str,
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        """`preferences` keep the folder the export dialog starts in (the window's own)."""
        super().__init__(parent, objectName="mapView")
        self._preferences = preferences
        self.atlas = atlas
        self.picture = MapPicture(atlas)
        self.canvas = MapCanvas(self.picture, day)
        self.canvas.state_clicked.connect(lambda state: self.entity_selected.emit("state", state))
        dates = atlas.change_dates
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="mapTimeline")
        self.slider.setRange(0, max(len(dates) - 1, 0))
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(self.tr("Days on which a status changed"))
        self.back_button = QToolButton(text="◀", objectName="mapBack")
        self.back_button.setToolTip(self.tr("The change before"))
        self.back_button.setAccessibleName(self.tr("The change before"))
        self.forward_button = QToolButton(text="▶", objectName="mapForward")
        self.forward_button.setToolTip(self.tr("The next change"))
        self.forward_button.setAccessibleName(self.tr("The next change"))
        self.play_button = QToolButton(text=self.tr("Play"), objectName="mapPlay", checkable=True)
        self.play_button.setToolTip(self.tr("Step through every change from the founding"))
        self.date_label = QLabel(objectName="mapDate", textFormat=Qt.TextFormat.PlainText)
        self.places_box = QCheckBox(self.tr("Leaders' meeting places"), objectName="mapPlaces")
        export = QToolButton(text=self.tr("Export…"), objectName="mapExport")
        export.setToolTip(self.tr("Save the map as PNG or SVG"))
        export.clicked.connect(self._ask_and_export)
        self._timer = QTimer(self, interval=PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._play_step)

        timeline = QHBoxLayout()
        for widget in (self.back_button, self.play_button, self.forward_button):
            timeline.addWidget(widget)
        timeline.addWidget(self.slider, 1)
        timeline.addWidget(self.date_label)
        options = QHBoxLayout()
        options.addWidget(self.places_box)
        options.addStretch(1)
        options.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(timeline)
        layout.addLayout(options)

        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.play_button.toggled.connect(self._on_play_toggled)
        self.slider.valueChanged.connect(self._on_slider_moved)
        self.places_box.toggled.connect(self.canvas.set_places)
        self.set_as_of(day)

    @property
    def day(self) -> str:
        return self.canvas.day

    def set_as_of(self, day: str) -> None:
        """Shows `day` (the window's as-of date); the timeline marks the last change before it."""
        self.canvas.set_day(day)
        self.slider.blockSignals(True)
        self.slider.setValue(self.atlas.change_index(day))
        self.slider.blockSignals(False)
        self.date_label.setText(day)
        dates = self.atlas.change_dates
        self.back_button.setEnabled(bool(dates) and day > dates[0])
        self.forward_button.setEnabled(bool(dates) and day < dates[-1])

    @Slot()
    def step(self, offset: int) -> None:
        """Moves to the change `offset` steps away (-1: the one before)."""
        self._choose(self.atlas.step(self.day, offset))

    def _choose(self, day: str) -> None:
        if day != self.day:
            self.set_as_of(day)
            self.as_of_chosen.emit(day)

    @Slot(int)
    def _on_slider_moved(self, position: int) -> None:
        self._choose(self.atlas.change_dates[position])

    @Slot(bool)
    def _on_play_toggled(self, playing: bool) -> None:
        dates = self.atlas.change_dates
        if not playing:
            self._timer.stop()
            self.play_button.setText(self.tr("Play"))
            return
        self.play_button.setText(self.tr("Pause"))
        if dates and self.day >= dates[-1]:
            self._choose(dates[0])
        self._timer.start()

    def hideEvent(self, event) -> None:
        # Playing on while another pane is shown would move the window's date under the reader.
        self.play_button.setChecked(False)
        super().hideEvent(event)

    @Slot()
    def _play_step(self) -> None:
        dates = self.atlas.change_dates
        if not dates or self.day >= dates[-1]:
            self.play_button.setChecked(False)
            return
        self.step(1)

    # -- exporting -----------------------------------------------------------------------------

    def export(self, path: Path) -> Path:
        """The map as shown (day, meeting places) as PNG or SVG by the file's suffix."""
        return export_map(self.picture, path, self.day, self.canvas.places)

    def _ask_and_export(self) -> None:
        error = export_to_chosen_file(
            self,
            self.tr("Export the Map"),
            f"sco-map-{self.day}.png",
            "PNG image (*.png);;SVG image (*.svg)",
            self.export,
            self._preferences,
        )
        if error:
            self.export_failed.emit(error)
