"""The colours of chart series and statuses, shared by the chart panes, map, sparklines and sheets.

Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; its yellow is
left out (too pale on white), its orange and sky blue are darkened just enough to stand out at
least 3:1 from white paper (WCAG 1.4.11), and its black kept: on dark paper the renderer draws
it in the paper's ink (output/chart.py, Paper.series). Seven colours against four dashes: the
pair repeats only after 28 series, and neighbours always differ in dash too, which also tells
lines apart in greyscale.
"""

from __future__ import annotations

from sco_desktop.core.domain.kinds import NO_STATUS

PALETTE = ("#000000", "#C28600", "#1D99E0", "#009E73", "#0072B2", "#D55E00", "#CC79A7")
DASHES = ("solid", "dash", "dot", "dashdot")
NEUTRAL = "#777777"
"""For what is not a series of its own: the Shanghai Five, marks of decisions."""
STATUS_COLOURS = {
    "member": PALETTE[4],
    "observer": PALETTE[1],
    "dialogue_partner": PALETTE[3],
    "partner": PALETTE[6],
    NO_STATUS: "#E2E2E2",
}
"""Each status as the membership view and the map colour it."""


def style_of(position: int) -> tuple[str, str]:
    """(colour, dash) of the n-th series shown together: no two of the first 28 are alike."""
    return PALETTE[position % len(PALETTE)], DASHES[position % len(DASHES)]


def contrast(first: str, second: str) -> float:
    """The WCAG 2 contrast ratio of two opaque colours given as #rrggbb."""

    def luminance(colour: str) -> float:
        channels = (int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
