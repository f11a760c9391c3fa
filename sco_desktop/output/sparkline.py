"""A small trade line drawn with QPainter, for the state pane (labelled with its first and last
year and value, so that it says something without the trade view) and the comparison (bare, at
a few pixels tall), on light paper or, for a pane in the dark theme, dark; no chart library, no
queries."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from sco_desktop.core.domain.formatting import format_usd
from sco_desktop.output.chart import LIGHT_PAPER, Paper
from sco_desktop.output.palette import PALETTE

WIDTH, HEIGHT = 220, 48
LABELLED_WIDTH, LABELLED_HEIGHT = 300, 64
TEXT_PX = 11


def sparkline(
    points: list[tuple[int, float]],
    colour: str = PALETTE[4],
    labelled: bool = False,
    paper: Paper = LIGHT_PAPER,
) -> QImage | None:
    """Dollar values by year as a small line, a gap where years are missing; `labelled`, with
    its first and last year and value written beside it, in the muted text colour of `paper`
    (the background stays transparent: the page's own shows through). None for fewer than two
    points."""
    points = sorted(points)
    if len(points) < 2:
        return None
    width, height = (LABELLED_WIDTH, LABELLED_HEIGHT) if labelled else (WIDTH, HEIGHT)
    scale = 2  # drawn at twice the size so it stays sharp on high-density screens
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    font = QFont()
    font.setPixelSize(TEXT_PX)
    metrics = QFontMetricsF(font)
    (first, first_value), (last, last_value) = points[0], points[-1]
    left_label, right_label = format_usd(first_value), format_usd(last_value)
    if labelled:
        left = metrics.horizontalAdvance(left_label) + 6
        right = width - metrics.horizontalAdvance(right_label) - 6
        line_box = QRectF(left, 4, right - left, height - 8 - metrics.height())
    else:
        line_box = QRectF(4, 4, width - 8, height - 8)
    top = max(value for _year, value in points) or 1.0
    span = max(last - first, 1)

    def position(year: int, value: float) -> QPointF:
        return QPointF(
            line_box.left() + line_box.width() * (year - first) / span,
            line_box.bottom() - line_box.height() * value / top,
        )

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = paper.series(colour)
    painter.setPen(QPen(line, 1.6))
    path = QPainterPath()
    previous = None
    for year, value in points:
        if previous is None or year != previous + 1:
            path.moveTo(position(year, value))
        else:
            path.lineTo(position(year, value))
        previous = year
    painter.drawPath(path)
    painter.setBrush(line)
    for year, value in points:
        painter.drawEllipse(position(year, value), 1.8, 1.8)
    if labelled:
        painter.setFont(font)
        painter.setPen(QColor(paper.muted))
        start, end = position(first, first_value), position(last, last_value)
        middle = Qt.AlignmentFlag.AlignVCenter
        right_side = Qt.AlignmentFlag.AlignRight | middle
        painter.drawText(QRectF(0, start.y() - 8, line_box.left() - 4, 16), right_side, left_label)
        painter.drawText(QRectF(line_box.right() + 4, end.y() - 8, width, 16), middle, right_label)
        years = QRectF(
            line_box.left(), height - metrics.height(), line_box.width(), metrics.height()
        )
        painter.drawText(years, Qt.AlignmentFlag.AlignLeft, str(first))
        painter.drawText(years, Qt.AlignmentFlag.AlignRight, str(last))
    painter.end()
    return image
