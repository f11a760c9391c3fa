"""Draws the SCO map with QPainter: the window's map, its PNG export and the sheets' locator maps.

One layout (where the map, title, legend and sources go at a given size) serves the painter
here and the SVG writer in map_svg.py, so the window, the PNG and the SVG show the same
picture. Shapes become QPainterPaths once; a new day only changes their fill, which keeps a
timeline step cheap. Files and print use the light colours (MapPaper); the window passes the
dark ones when its theme is dark. No queries, no widgets, no chart library.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from sco_desktop.core.domain.kinds import NO_STATUS
from sco_desktop.core.infra.atomic import WriteError, write_atomically
from sco_desktop.core.present.atlas import MAP_FORMATS, Atlas
from sco_desktop.output.chart import write_png_bytes
from sco_desktop.output.palette import PALETTE, STATUS_COLOURS

SEA = "#F3F7FA"
BORDER = "#FFFFFF"
INK = "#222222"


@dataclass(frozen=True, slots=True)
class MapPaper:
    """The colours around the statuses' own: paper, sea, borders, text; text keeps 4.5:1."""

    background: str
    sea: str
    border: str
    ink: str
    note: str
    frame: str  # the legend's box and the swatches' outlines
    legend: QColor
    no_status: str  # states of no status and the neighbours


LIGHT_MAP = MapPaper(
    "#FFFFFF",
    SEA,
    BORDER,
    INK,
    "#444444",
    "#888888",
    QColor(255, 255, 255, 225),
    STATUS_COLOURS[NO_STATUS],
)
"""Files, print and the light window."""
DARK_MAP = MapPaper(
    "#1E1E1E",
    "#1A2630",
    "#1E1E1E",
    "#E8E8E8",
    "#C4C4C4",
    "#8A8A8A",
    QColor(30, 30, 30, 225),
    "#565656",
)
"""The dark window: a light grey for no status would outshine the states that have one."""
HIGHLIGHT = PALETTE[5]
"""The state a locator map points out."""
MARGIN = 14
TITLE_PX, TEXT_PX, SMALL_PX = 20, 12, 11
LINE = 16
"""Distance between the lines of text under the map."""
SWATCH, LEGEND_ROW, LEGEND_WIDTH = 12, 18, 176
POINT_STATE_RADIUS, PLACE_RADIUS = 5.0, 3.5
EXPORT_WIDTH = 1200
LOCATOR_WIDTH = 200


@dataclass(frozen=True, slots=True)
class MapLayout:
    """Where everything goes on a picture of `width` x `height` pixels."""

    width: int
    height: int
    scale: float
    """Pixels per kilometre of the map file's frame."""
    left: float
    top: float
    map_rect: tuple[float, float, float, float]
    decorated: bool
    """With title, legend, note and sources (the window and exports), or the map alone."""
    places: bool
    legend_rect: tuple[float, float, float, float]
    footer_top: float

    def to_px(self, x: float, y: float) -> tuple[float, float]:
        return self.left + x * self.scale, self.top + y * self.scale

    def to_km(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.left) / self.scale, (y - self.top) / self.scale


def map_layout(
    atlas: Atlas, width: int, height: int, decorated: bool = True, places: bool = False
) -> MapLayout:
    geography = atlas.geography
    footer_lines = 1 + len(atlas.source_lines(places)) if decorated else 0
    top = MARGIN + TITLE_PX + 12 if decorated else 0
    bottom = height - (footer_lines * LINE + MARGIN if decorated else 0)
    side = MARGIN if decorated else 0
    area = (side, top, max(width - 2 * side, 1), max(bottom - top, 1))
    scale = min(area[2] / geography.width, area[3] / geography.height)
    left = area[0] + (area[2] - geography.width * scale) / 2
    map_top = area[1] + (area[3] - geography.height * scale) / 2
    map_rect = (left, map_top, geography.width * scale, geography.height * scale)
    rows = len(atlas.legend()) + (1 if places else 0)
    legend_height = rows * LEGEND_ROW + 10
    legend_rect = (
        map_rect[0] + 8,
        map_rect[1] + map_rect[3] - legend_height - 8,
        LEGEND_WIDTH,
        legend_height,
    )
    return MapLayout(
        width,
        height,
        scale,
        left,
        map_top,
        map_rect,
        decorated,
        places,
        legend_rect,
        map_rect[1] + map_rect[3] + LINE,
    )


def export_height(atlas: Atlas, width: int = EXPORT_WIDTH, places: bool = False) -> int:
    """The height at which a decorated map `width` pixels wide has no empty bands."""
    geography = atlas.geography
    map_height = (width - 2 * MARGIN) * geography.height / geography.width
    footer = (1 + len(atlas.source_lines(places))) * LINE + MARGIN
    return math.ceil(MARGIN + TITLE_PX + 12 + map_height + footer)


def footer_lines(atlas: Atlas, places: bool) -> list[str]:
    return [atlas.note(), *atlas.source_lines(places)]


class MapPicture:
    """The map of one atlas, drawn at any size for any day."""

    def __init__(self, atlas: Atlas) -> None:
        self.atlas = atlas
        self._paths: dict[str, QPainterPath] = {}
        for shape in atlas.geography.shapes:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for ring in shape.rings:
                path.moveTo(ring[0], ring[1])
                for index in range(2, len(ring), 2):
                    path.lineTo(ring[index], ring[index + 1])
                path.closeSubpath()
            self._paths[shape.id] = path
        self._point_states = atlas.point_states()
        self._colours = {status: QColor(colour) for status, colour in STATUS_COLOURS.items()}

    # -- hit testing ---------------------------------------------------------------------------

    def shape_at(self, layout: MapLayout, x: float, y: float) -> str | None:
        """The state (or neighbour) under a point of the picture, or None over the sea."""
        for state_id, place in self._point_states.items():
            px, py = layout.to_px(place.x, place.y)
            if math.hypot(px - x, py - y) <= POINT_STATE_RADIUS + 2:
                return state_id
        km = QPointF(*layout.to_km(x, y))
        return next((key for key, path in self._paths.items() if path.contains(km)), None)

    def centre_of(self, layout: MapLayout, state_id: str) -> QPointF | None:
        """Where a state lies in the picture (its point, or the middle of its outline's box)."""
        if state_id in self._point_states:
            place = self._point_states[state_id]
            return QPointF(*layout.to_px(place.x, place.y))
        if state_id in self._paths:
            centre = self._paths[state_id].boundingRect().center()
            return QPointF(*layout.to_px(centre.x(), centre.y()))
        return None

    def drawn_states(self) -> list[str]:
        """The states of the data that the map draws, as outlines or points."""
        return [key for key in (*self._paths, *self._point_states) if self.atlas.is_state(key)]

    def place_at(self, layout: MapLayout, day: str, x: float, y: float):
        """The meeting place under a point, if places are shown."""
        if not layout.places:
            return None
        for found in self.atlas.meeting_places(day):
            px, py = layout.to_px(found.place.x, found.place.y)
            if math.hypot(px - x, py - y) <= PLACE_RADIUS + 2:
                return found
        return None

    # -- drawing -------------------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        layout: MapLayout,
        day: str,
        hovered: str | None = None,
        highlight: str | None = None,
        paper: MapPaper = LIGHT_MAP,
    ) -> None:
        """Draws the map for `day`; `highlight` draws one state alone in colour (a locator)."""
        colours = {**self._colours, NO_STATUS: QColor(paper.no_status)}
        if highlight is None:
            statuses = self.atlas.statuses_on(day)
            fills = {key: colours[statuses.get(key, NO_STATUS)] for key in self._paths}
        else:
            other, chosen = colours[NO_STATUS], QColor(HIGHLIGHT)
            fills = {key: chosen if key == highlight else other for key in self._paths}
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor(paper.background))
        painter.fillRect(QRectF(*layout.map_rect), QColor(paper.sea))
        painter.save()
        painter.translate(layout.left, layout.top)
        painter.scale(layout.scale, layout.scale)
        border = QPen(QColor(paper.border), 0.6)
        border.setCosmetic(True)
        painter.setPen(border)
        for key, path in self._paths.items():
            painter.setBrush(fills[key])
            painter.drawPath(path)
        if hovered in self._paths:
            outline = QPen(QColor(paper.ink), 2.0)
            outline.setCosmetic(True)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._paths[hovered])
        painter.restore()
        for state_id, place in self._point_states.items():
            if highlight is not None:
                # A locator shows only its own state's point: others would read as places.
                if state_id != highlight:
                    continue
                fill = QColor(HIGHLIGHT)
            else:
                fill = colours[statuses.get(state_id, NO_STATUS)]
            painter.setPen(QPen(QColor(paper.ink), 2.0 if state_id == hovered else 0.8))
            painter.setBrush(fill)
            painter.drawEllipse(
                QPointF(*layout.to_px(place.x, place.y)), *(POINT_STATE_RADIUS,) * 2
            )
        if layout.places:
            painter.setPen(QPen(QColor(paper.ink), 1.2))
            painter.setBrush(QColor(paper.background))
            for found in self.atlas.meeting_places(day):
                centre = QPointF(*layout.to_px(found.place.x, found.place.y))
                painter.drawEllipse(centre, PLACE_RADIUS, PLACE_RADIUS)
        if layout.decorated:
            self._decorate(painter, layout, day, paper, colours)
        painter.restore()

    def _decorate(
        self,
        painter: QPainter,
        layout: MapLayout,
        day: str,
        paper: MapPaper,
        colours: dict[str, QColor],
    ) -> None:
        painter.setPen(QColor(paper.ink))
        painter.setFont(_font(TITLE_PX, bold=True))
        painter.drawText(QPointF(MARGIN, MARGIN + TITLE_PX), self.atlas.title(day))
        x, y, width, height = layout.legend_rect
        painter.setPen(QPen(QColor(paper.frame), 1))
        painter.setBrush(paper.legend)
        painter.drawRect(QRectF(x, y, width, height))
        painter.setFont(_font(TEXT_PX))
        row_y = y + 5
        for status, label in self.atlas.legend():
            painter.setPen(QPen(QColor(paper.frame), 0.6))
            painter.setBrush(colours[status])
            painter.drawRect(QRectF(x + 8, row_y + 3, SWATCH, SWATCH))
            painter.setPen(QColor(paper.ink))
            painter.drawText(QPointF(x + 8 + SWATCH + 8, row_y + 3 + SWATCH - 1), label)
            row_y += LEGEND_ROW
        if layout.places:
            painter.setPen(QPen(QColor(paper.ink), 1.2))
            painter.setBrush(QColor(paper.background))
            painter.drawEllipse(QPointF(x + 8 + SWATCH / 2, row_y + 3 + SWATCH / 2), 3.5, 3.5)
            painter.setPen(QColor(paper.ink))
            label = self.atlas.places_label()
            painter.drawText(QPointF(x + 8 + SWATCH + 8, row_y + 3 + SWATCH - 1), label)
        painter.setFont(_font(SMALL_PX))
        painter.setPen(QColor(paper.note))
        for position, line in enumerate(footer_lines(self.atlas, layout.places)):
            painter.drawText(QPointF(MARGIN, layout.footer_top + position * LINE), line)

    # -- images --------------------------------------------------------------------------------

    def image(self, day: str, width: int = EXPORT_WIDTH, places: bool = False) -> QImage:
        """The decorated map as an image, as exported."""
        height = export_height(self.atlas, width, places)
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        self.paint(painter, map_layout(self.atlas, width, height, True, places), day)
        painter.end()
        return image

    def locator(self, state_id: str, width: int = LOCATOR_WIDTH) -> QImage:
        """A small undecorated map with one state in colour, for its fact sheet."""
        geography = self.atlas.geography
        height = round(width * geography.height / geography.width)
        scale = 2  # drawn at twice the size so it stays sharp in print
        image = QImage(width * scale, height * scale, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(scale)
        painter = QPainter(image)
        layout = map_layout(self.atlas, width, height, decorated=False)
        self.paint(painter, layout, self.atlas.data_as_of, highlight=state_id)
        painter.end()
        return image


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def export_map(picture: MapPicture, path: Path, day: str, places: bool = False) -> Path:
    """Writes the map for `day` as PNG or SVG (by the file's suffix), atomically."""
    from sco_desktop.output.map_svg import svg_text

    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in MAP_FORMATS:
        raise WriteError(f"cannot write {path}: the name must end in .png or .svg")
    if suffix == "svg":
        text = svg_text(picture.atlas, day, EXPORT_WIDTH, places)
        return write_atomically(path, lambda temporary: temporary.write_text(text, "utf-8"))
    image = picture.image(day, EXPORT_WIDTH, places)

    return write_atomically(path, lambda temporary: write_png_bytes(image, temporary))
