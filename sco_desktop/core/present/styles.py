"""The pane stylesheet at a text size: every point size in it scaled by the zoom.

Qt's rich text knows no relative units, so zooming a pane means scaling the point sizes its
stylesheet gives; it must not touch anything but `pt` lengths.
"""

from __future__ import annotations

import re

_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def scale_points(css: str, percent: int) -> str:
    """`css` with each length in points multiplied by `percent` / 100."""
    if percent == 100:
        return css
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * percent / 100:.4g}pt", css)
