"""Draws a state's trade with China as a static image for fact sheets, with QPainter only.

Readable in greyscale: each flow has its own dash pattern and marker shape. No queries, no
pyqtgraph (a sheet must be quick to make).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF

from sco_desktop.core.domain.formatting import format_usd
from sco_desktop.core.domain.limits import MIN_CHART_POINTS
from sco_desktop.core.domain.records import TradePoint

WIDTH, HEIGHT = 2000, 560  # drawing units
PIXEL_SCALE = 0.7  # 1400 pixels across: about 200 dpi at the full text width, and quick to embed
_STYLES = {  # flow: (label, dash, marker)
    "total": ("Total trade", Qt.PenStyle.SolidLine, "circle"),
    "export": ("China's exports", Qt.PenStyle.DashLine, "square"),
    "import": ("China's imports", Qt.PenStyle.DotLine, "triangle"),
}


def trade_chart(points: list[TradePoint], title: str) -> QImage | None:
    """China-reported trade by year and flow; None when there are fewer than two figures."""
    series: dict[str, list[TradePoint]] = {}
    for point in points:
        if point.reporter == "CHN":
            series.setdefault(point.flow, []).append(point)
    if sum(len(v) for v in series.values()) < MIN_CHART_POINTS:
        return None
    years = [p.year for values in series.values() for p in values]
    first, last = min(years), max(years)
    top = max(p.value_usd for values in series.values() for p in values) / 1e9
    step = _nice_step(top)
    top = math.ceil(top / step) * step
    image = QImage(
        round(WIDTH * PIXEL_SCALE), round(HEIGHT * PIXEL_SCALE), QImage.Format.Format_RGB32
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(PIXEL_SCALE, PIXEL_SCALE)
    font = QFont()
    font.setPixelSize(26)
    painter.setFont(font)
    plot = QRectF(150, 70, WIDTH - 190, HEIGHT - 150)

    def at(year: float, billions: float) -> QPointF:
        span = max(last - first, 1)
        return QPointF(
            plot.left() + plot.width() * (year - first) / span,
            plot.bottom() - plot.height() * billions / top,
        )

    painter.setPen(QPen(QColor("#000"), 2))
    painter.drawText(QRectF(0, 8, WIDTH, 40), Qt.AlignmentFlag.AlignCenter, title)
    grid = QPen(QColor("#bbb"), 1)
    value = 0.0
    while value <= top + 1e-9:
        y = at(first, value).y()
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#000"))
        painter.drawText(
            QRectF(0, y - 16, plot.left() - 12, 32),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            format_usd(value * 1e9),
        )
        value += step
    year_step = max(1, math.ceil((last - first + 1) / 12))
    for year in range(first, last + 1, year_step):
        x = at(year, 0).x()
        painter.drawText(
            QRectF(x - 60, plot.bottom() + 8, 120, 32), Qt.AlignmentFlag.AlignCenter, str(year)
        )
    painter.setPen(QPen(QColor("#000"), 2))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    legend_x = plot.left() + 10
    for flow in ("total", "export", "import"):
        values = sorted(series.get(flow, []), key=lambda p: p.year)
        if not values:
            continue
        label, dash, marker = _STYLES[flow]
        pen = QPen(QColor("#000"), 4, dash)
        painter.setPen(pen)
        path = QPainterPath()
        previous = None
        for point in values:
            position = at(point.year, point.value_usd / 1e9)
            if previous is not None and point.year == previous + 1:
                path.lineTo(position)
            else:
                path.moveTo(position)
            previous = point.year
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        for point in values:
            _marker(painter, marker, at(point.year, point.value_usd / 1e9), point.is_approximate)
        legend_y = HEIGHT - 30
        painter.setPen(pen)
        painter.drawLine(QPointF(legend_x, legend_y), QPointF(legend_x + 60, legend_y))
        _marker(painter, marker, QPointF(legend_x + 30, legend_y), False)
        painter.setPen(QColor("#000"))
        painter.drawText(QPointF(legend_x + 75, legend_y + 9), label)
        legend_x += 90 + painter.fontMetrics().horizontalAdvance(label)
    painter.drawText(
        QPointF(legend_x + 20, HEIGHT - 21), "Hollow marker: figure given loosely. Gap: no figure."
    )
    painter.end()
    return image


def _marker(painter: QPainter, shape: str, centre: QPointF, hollow: bool) -> None:
    painter.setPen(QPen(QColor("#000"), 3))
    painter.setBrush(Qt.BrushStyle.NoBrush if hollow else QColor("#000"))
    size = 11
    if shape == "circle":
        painter.drawEllipse(centre, size, size)
    elif shape == "square":
        painter.drawRect(QRectF(centre.x() - size, centre.y() - size, 2 * size, 2 * size))
    else:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - size),
                    QPointF(centre.x() + size, centre.y() + size),
                    QPointF(centre.x() - size, centre.y() + size),
                ]
            )
        )


def _nice_step(top: float) -> float:
    """A round grid step giving four to eight lines up to `top`."""
    if top <= 0:
        return 1.0
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude
