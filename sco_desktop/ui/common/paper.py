"""Which paper a chart or the map is painted on in the window: dark under the dark theme.

The window's palette decides (ui/shell/theme.py sets it); files and print always use the light
paper, which is the renderers' default. Nothing here paints.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from sco_desktop.output.chart import DARK_PAPER, LIGHT_PAPER, Paper
from sco_desktop.output.map_picture import DARK_MAP, LIGHT_MAP, MapPaper


def is_dark(palette: QPalette) -> bool:
    """The palette's text background is dark (the dark theme, or a dark system palette)."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def chart_paper(widget: QWidget | None = None) -> Paper:
    """The paper of charts shown in `widget` (or in the application, without one)."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return DARK_PAPER if is_dark(palette) else LIGHT_PAPER


def map_paper(widget: QWidget) -> MapPaper:
    return DARK_MAP if is_dark(widget.palette()) else LIGHT_MAP
