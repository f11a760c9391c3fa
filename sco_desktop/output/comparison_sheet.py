"""The comparison of states as a fact sheet, for PDF export with the marking; no widgets.

The table is core/present's comparison template and the small trade lines are
output/sparkline's, the same the Compare view shows.
"""

from __future__ import annotations

from sco_desktop.core.domain.records import Source
from sco_desktop.core.present.comparison import Facts
from sco_desktop.core.present.html import render_comparison
from sco_desktop.core.present.links import SPARKLINE_SCHEME
from sco_desktop.output.printing import Sheet
from sco_desktop.output.sparkline import sparkline


def comparison_sheet(
    facts: Facts,
    state_ids: list[str],
    sources: dict[str, Source],
    labels: dict[str, tuple[str, str]],
    stylesheet: str,
) -> Sheet:
    images = {}
    for state_id in state_ids:
        points = [(p.year, float(p.value_usd)) for p in facts.trade_points(state_id)]
        image = sparkline(points)
        if image is not None:
            images[f"{SPARKLINE_SCHEME}:{state_id}"] = image
    pictures = [s for s in state_ids if f"{SPARKLINE_SCHEME}:{s}" in images]
    language = facts.language
    html = render_comparison(
        facts, state_ids, sources, labels, pictures, stylesheet, language=language
    )
    names = ", ".join(facts.names[s] for s in state_ids)
    title = language.translate("Sheets", "Comparison: {states}").format(states=names)
    return Sheet(title, html, images, language)
