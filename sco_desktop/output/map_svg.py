"""The SCO map as SVG text, written by hand so each state's shape carries its code and status.

Every state and neighbour is one element with id="<ISO3>" and data-status="<status>" (a path,
or a circle for states too small for the boundaries) and a <title> with its names, so the
file can be styled, scripted or checked. The layout is map_picture's, the same as the window
and the PNG. All text is escaped, control characters in the data included (XML has no place
for them); no Qt is drawn with here.
"""

from __future__ import annotations

from xml.sax import saxutils

from sco_desktop.core.domain.kinds import NO_STATUS
from sco_desktop.core.present.atlas import Atlas
from sco_desktop.core.present.text import visible
from sco_desktop.output.map_picture import (
    BORDER,
    INK,
    LEGEND_ROW,
    LINE,
    MARGIN,
    PLACE_RADIUS,
    POINT_STATE_RADIUS,
    SEA,
    SMALL_PX,
    SWATCH,
    TEXT_PX,
    TITLE_PX,
    export_height,
    footer_lines,
    map_layout,
)
from sco_desktop.output.palette import STATUS_COLOURS

FONT = "Noto Sans, DejaVu Sans, Arial, sans-serif"


def escape(text: str) -> str:
    """Text as XML character data; control characters, which XML forbids, written as \\x1b."""
    return saxutils.escape(visible(text))


def quoteattr(text: str) -> str:
    """Text as a quoted XML attribute value, control characters written as in `escape`."""
    return saxutils.quoteattr(visible(text))


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def svg_text(atlas: Atlas, day: str, width: int, places: bool = False) -> str:
    """The decorated map for `day`, `width` pixels wide, as an SVG document."""
    height = export_height(atlas, width, places)
    layout = map_layout(atlas, width, height, True, places)
    statuses = atlas.statuses_on(day)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}" font-family={quoteattr(FONT)}>',
        f"<title>{escape(atlas.title(day))}</title>",
        f'<rect width="{width}" height="{height}" fill="#FFFFFF"/>',
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'.format(
            *map(_number, layout.map_rect), SEA
        ),
        f'<g id="states" stroke="{BORDER}" stroke-width="0.6" stroke-linejoin="round">',
    ]

    def describe(shape_id: str, fallback: str) -> str:
        return atlas.describe(shape_id, day) if atlas.is_state(shape_id) else fallback

    for shape in atlas.geography.shapes:
        status = statuses.get(shape.id, NO_STATUS)
        commands = []
        for ring in shape.rings:
            points = [
                layout.to_px(ring[index], ring[index + 1]) for index in range(0, len(ring), 2)
            ]
            commands.append("M" + "L".join(f"{_number(x)} {_number(y)}" for x, y in points) + "Z")
        out.append(
            f"<path id={quoteattr(shape.id)} data-status={quoteattr(status)}"
            f' fill="{STATUS_COLOURS[status]}" d="{"".join(commands)}">'
            f"<title>{escape(describe(shape.id, shape.name))}</title></path>"
        )
    out.append("</g>")
    for state_id, place in atlas.point_states().items():
        status = statuses.get(state_id, NO_STATUS)
        x, y = layout.to_px(place.x, place.y)
        out.append(
            f"<circle id={quoteattr(state_id)} data-status={quoteattr(status)}"
            f' cx="{_number(x)}" cy="{_number(y)}" r="{POINT_STATE_RADIUS}"'
            f' fill="{STATUS_COLOURS[status]}" stroke="{INK}" stroke-width="0.8">'
            f"<title>{escape(describe(state_id, state_id))}</title></circle>"
        )
    if places:
        out.append(f'<g id="meeting-places" fill="#FFFFFF" stroke="{INK}" stroke-width="1.2">')
        for found in atlas.meeting_places(day):
            x, y = layout.to_px(found.place.x, found.place.y)
            title = f"{found.place.name}: {', '.join(found.meetings)}"
            out.append(
                f'<circle class="place" cx="{_number(x)}" cy="{_number(y)}" r="{PLACE_RADIUS}">'
                f"<title>{escape(title)}</title></circle>"
            )
        out.append("</g>")
    out.extend(_decorations(atlas, layout, day))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _decorations(atlas: Atlas, layout, day: str) -> list[str]:
    out = [
        f'<text x="{MARGIN}" y="{MARGIN + TITLE_PX}" font-size="{TITLE_PX}" font-weight="bold"'
        f' fill="{INK}">{escape(atlas.title(day))}</text>'
    ]
    x, y, width, height = layout.legend_rect
    out.append(
        f'<g id="legend" font-size="{TEXT_PX}"><rect x="{_number(x)}" y="{_number(y)}"'
        f' width="{width}" height="{height}" fill="#FFFFFF" fill-opacity="0.88"'
        ' stroke="#BBBBBB"/>'
    )
    row_y = y + 5
    for status, label in atlas.legend():
        out.append(
            f'<rect x="{_number(x + 8)}" y="{_number(row_y + 3)}" width="{SWATCH}"'
            f' height="{SWATCH}" fill="{STATUS_COLOURS[status]}" stroke="#888888"'
            ' stroke-width="0.6"/>'
            f'<text x="{_number(x + 8 + SWATCH + 8)}" y="{_number(row_y + 3 + SWATCH - 1)}"'
            f' fill="{INK}">{escape(label)}</text>'
        )
        row_y += LEGEND_ROW
    if layout.places:
        out.append(
            f'<circle cx="{_number(x + 8 + SWATCH / 2)}" cy="{_number(row_y + 3 + SWATCH / 2)}"'
            f' r="{PLACE_RADIUS}" fill="#FFFFFF" stroke="{INK}" stroke-width="1.2"/>'
            f'<text x="{_number(x + 8 + SWATCH + 8)}" y="{_number(row_y + 3 + SWATCH - 1)}"'
            f' fill="{INK}">{escape(atlas.places_label())}</text>'
        )
    out.append("</g>")
    for position, line in enumerate(footer_lines(atlas, layout.places)):
        out.append(
            f'<text x="{MARGIN}" y="{_number(layout.footer_top + position * LINE)}"'
            f' font-size="{SMALL_PX}" fill="#444444">{escape(line)}</text>'
        )
    return out
