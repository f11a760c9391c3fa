"""A small trade line drawn with QPainter for the state pane, labelled with its first and last
year and value, so that it says something without the trade view; no pyqtgraph, no queries."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from sco_desktop.core.domain.formatting import format_usd
from sco_desktop.output.palette import PALETTE

WIDTH, HEIGHT = 300, 64
TEXT_PX = 11


def sparkline(points: list[tuple[int, float]], colour: str = PALETTE[4]) -> QImage | None:
    """Dollar values by year as a small line, a gap where years are missing, with its first and
    last year and value written beside it; None for fewer than two points."""
    points = sorted(points)
    if len(points) < 2:
        return None
    scale = 2  # drawn at twice the size so it stays sharp on high-density screens
    image = QImage(WIDTH * scale, HEIGHT * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    font = QFont()
    font.setPixelSize(TEXT_PX)
    metrics = QFontMetricsF(font)
    (first, first_value), (last, last_value) = points[0], points[-1]
    left_label, right_label = format_usd(first_value), format_usd(last_value)
    left = metrics.horizontalAdvance(left_label) + 6
    right = WIDTH - metrics.horizontalAdvance(right_label) - 6
    line_box = QRectF(left, 4, right - left, HEIGHT - 8 - metrics.height())
    top = max(value for _year, value in points) or 1.0
    span = max(last - first, 1)

    def position(year: int, value: float) -> QPointF:
        return QPointF(
            line_box.left() + line_box.width() * (year - first) / span,
            line_box.bottom() - line_box.height() * value / top,
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
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    start, end = position(first, first_value), position(last, last_value)
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(
        QRectF(0, start.y() - 8, left - 4, 16), Qt.AlignmentFlag.AlignRight | middle, left_label
    )
    painter.drawText(QRectF(right + 4, end.y() - 8, WIDTH, 16), middle, right_label)
    years = QRectF(line_box.left(), HEIGHT - metrics.height(), line_box.width(), metrics.height())
    painter.drawText(years, Qt.AlignmentFlag.AlignLeft, str(first))
    painter.drawText(years, Qt.AlignmentFlag.AlignRight, str(last))
    painter.end()
    return image
