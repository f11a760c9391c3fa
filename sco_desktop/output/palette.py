"""The colours and dashes of chart series, shared by the chart panes, sparklines and sheets.

Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; after eight
series the colours repeat with a dash so no two series shown together look the same.
"""

from __future__ import annotations

PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")
DASHES = ("solid", "dash", "dot", "dashdot")


def style_of(position: int) -> tuple[str, str]:
    """(colour, dash) of the n-th series: colours first, then the same colours dashed."""
    return PALETTE[position % len(PALETTE)], DASHES[(position // len(PALETTE)) % len(DASHES)]
