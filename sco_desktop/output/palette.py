"""The colours of chart series and statuses, shared by the chart panes, map, sparklines and sheets.

Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; after eight
series the colours repeat with a dash so no two series shown together look the same.
"""

from __future__ import annotations

from sco_desktop.core.domain.kinds import NO_STATUS

PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")
DASHES = ("solid", "dash", "dot", "dashdot")
STATUS_COLOURS = {
    "member": PALETTE[4],
    "observer": PALETTE[0],
    "dialogue_partner": PALETTE[2],
    "partner": PALETTE[6],
    NO_STATUS: "#E2E2E2",
}
"""Each status as the membership view and the map colour it."""


def style_of(position: int) -> tuple[str, str]:
    """(colour, dash) of the n-th series: colours first, then the same colours dashed."""
    return PALETTE[position % len(PALETTE)], DASHES[(position // len(PALETTE)) % len(DASHES)]
