"""The colours of chart series and statuses, shared by the chart panes, map, sparklines and sheets.

Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; its yellow is
left out (too pale on white) and its black kept, since charts are drawn on white paper. Seven
colours against four dashes: the pair repeats only after 28 series, and neighbours always
differ in dash too, which also tells lines apart in greyscale.
"""

from __future__ import annotations

from sco_desktop.core.domain.kinds import NO_STATUS

PALETTE = ("#000000", "#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7")
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
