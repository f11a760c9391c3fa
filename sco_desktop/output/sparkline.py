"""A small trade line drawn with QPainter for the state pane; no pyqtgraph, no queries."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from sco_desktop.output.palette import PALETTE

WIDTH, HEIGHT = 220, 48


def sparkline(points: list[tuple[int, float]], colour: str = PALETTE[4]) -> QImage | None:
    """Values by year as a small line, a gap where years are missing; None for fewer than two."""
    points = sorted(points)
    if len(points) < 2:
        return None
    scale = 2  # drawn at twice the size so it stays sharp on high-density screens
    image = QImage(WIDTH * scale, HEIGHT * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    years = [year for year, _value in points]
    top = max(value for _year, value in points) or 1.0
    first, last = years[0], years[-1]
    span = max(last - first, 1)

    def position(year: int, value: float) -> QPointF:
        return QPointF(
            4 + (WIDTH - 8) * (year - first) / span, HEIGHT - 4 - (HEIGHT - 8) * value / top
        )

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour), 1.6))
    path = QPainterPath()
    previous = None
    for year, value in points:
        if previous is None or year != previous + 1:
            path.moveTo(position(year, value))
        else:
            path.lineTo(position(year, value))
        previous = year
    painter.drawPath(path)
    painter.setBrush(QColor(colour))
    for year, value in points:
        painter.drawEllipse(position(year, value), 1.8, 1.8)
    painter.end()
    return image
