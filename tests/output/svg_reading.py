"""Reading an exported chart's SVG back as another program would: shapes, text and axes.

Shared by the chart geometry tests. Qt writes each state change as a group whose matrix is
absolute, so positions are mapped through the innermost transform only.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def _matrix(text: str | None) -> tuple[float, ...]:
    if not text:
        return (1, 0, 0, 1, 0, 0)
    found = re.search(r"matrix\(([^)]*)\)", text)
    return (
        tuple(float(v) for v in re.split(r"[ ,]+", found[1].strip()))
        if found
        else (1, 0, 0, 1, 0, 0)
    )


def _apply(m, x, y):
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def read_svg(path, fonts=None):
    """(circles, texts, lines, rects) with positions in the picture's own units.

    A text is (x, baseline y, text); a rect is (x, y, width, height, stroke, fill). With a list
    as `fonts`, each text's (family, pixel size, weight) is appended to it in the same order.
    """
    circles, texts, lines, rects = [], [], [], []

    def walk(node, matrix, stroke, fill):
        own = _matrix(node.get("transform"))
        matrix = own if node.get("transform") else matrix
        stroke = node.get("stroke", stroke)
        fill = node.get("fill", fill)
        tag = node.tag.replace(SVG, "")
        if tag == "circle":
            x, y = _apply(matrix, float(node.get("cx")), float(node.get("cy")))
            circles.append((x, y, stroke.lower(), fill.lower()))
        elif tag == "text":
            x, y = _apply(matrix, float(node.get("x")), float(node.get("y")))
            texts.append((x, y, "".join(node.itertext()).strip()))
            if fonts is not None:
                fonts.append(
                    (node.get("font-family"), float(node.get("font-size")), node.get("font-weight"))
                )
        elif tag == "polyline":
            points = [tuple(map(float, p.split(","))) for p in node.get("points").split()]
            lines.append([_apply(matrix, *p) for p in points])
        elif tag == "rect":
            x, y = _apply(matrix, float(node.get("x")), float(node.get("y")))
            rects.append(
                (x, y, float(node.get("width")), float(node.get("height")), stroke, fill.lower())
            )
        for child in node:
            walk(child, matrix, stroke, fill)

    walk(ET.parse(path).getroot(), (1, 0, 0, 1, 0, 0), "", "")
    return circles, texts, lines, rects


def axes_of(texts, lines, rects):
    """The plot rectangle and the value axis: (value, pixel) of each labelled tick mark."""
    frame = max((r for r in rects if r[4] and r[4] != "none"), key=lambda r: r[2] * r[3])
    left, top, width, height = frame[:4]
    ticks = []
    for line in lines:
        (x1, y1), (x2, y2) = line[0], line[-1]
        # A tick mark of the value axis: short, level, ending at the frame's left edge.
        if abs(y1 - y2) < 1e-6 and abs(max(x1, x2) - left) < 0.5 and abs(x1 - x2) < 20:
            label = min(
                (
                    t
                    for t in texts
                    if t[0] < left and abs(t[1] - y1) < 40 and _number(t[2]) is not None
                ),
                key=lambda t: abs(t[1] - y1),
                default=None,
            )
            if label is not None:
                ticks.append((_number(label[2]), y1))
    return (left, top, width, height), sorted(set(ticks))


def _number(text: str) -> float | None:
    """A tick label's value; None for other text near the axis (its title, turned upright)."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def value_at(ticks, pixel, log):
    """The value at a pixel height, from the two outermost ticks (a line through all of them)."""
    (v1, p1), (v2, p2) = ticks[0], ticks[-1]
    if log:
        v1, v2 = math.log10(v1), math.log10(v2)
    level = v1 + (pixel - p1) * (v2 - v1) / (p2 - p1)
    return 10**level if log else level
