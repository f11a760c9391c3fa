"""A state's trade with China as a picture for its fact sheet, painted by the one chart renderer.

China-reported figures by flow, each flow with its own colour, dash and marker shape, so it
reads in greyscale too. No queries; the sheet hands in the points.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from sco_desktop.core.domain.kinds import FLOW_LABELS, FLOWS
from sco_desktop.core.domain.language import IN_ENGLISH, Language
from sco_desktop.core.domain.limits import MIN_CHART_POINTS
from sco_desktop.core.domain.records import TradePoint
from sco_desktop.output.chart import LineChart, Series, paint_line_chart, render_image
from sco_desktop.output.palette import PALETTE

SIZE = QSize(1400, 481)
"""Drawn for the full text width (640 CSS pixels in the template): about 210 dpi on paper."""
TEXT_PX = 22  # about 7.5 pt once the picture is printed at the text width
_STYLES = {  # flow: (colour, dash, marker)
    "total": (PALETTE[0], "solid", "circle"),
    "export": (PALETTE[5], "dash", "square"),
    "import": (PALETTE[4], "dot", "triangle"),
}


def _flow_name(flow: str, china: str, partner: str, language: Language) -> str:
    """A series of the chart: who exports to whom ("China ↔ India, total trade")."""
    arrow = FLOW_LABELS[flow].format(reporter=china, partner=partner)
    if flow != "total":
        return arrow
    return language.translate("Sheets", "{arrow}, total trade").format(arrow=arrow)


def trade_chart(
    points: list[TradePoint],
    partner: str,
    data_as_of: str,
    language: Language = IN_ENGLISH,
    china: str = "China",
) -> QImage | None:
    """China-reported trade with `partner` by year and flow; None for fewer than two figures.

    Its words are in `language`, which names China `china`."""
    chart = trade_line_chart(points, partner, data_as_of, language, china)
    if chart is None:
        return None
    return render_image(lambda painter, area: paint_line_chart(painter, area, chart, TEXT_PX), SIZE)


def trade_line_chart(
    points: list[TradePoint],
    partner: str,
    data_as_of: str,
    language: Language = IN_ENGLISH,
    china: str = "China",
) -> LineChart | None:
    """What `trade_chart` paints."""
    reported = [p for p in points if p.reporter == "CHN"]
    if len(reported) < MIN_CHART_POINTS:
        return None
    series = []
    for flow in FLOWS:
        values = {p.year: p for p in reported if p.flow == flow}
        if not values:
            continue
        years = range(min(values), max(values) + 1)
        colour, dash, marker = _STYLES[flow]
        series.append(
            Series(
                _flow_name(flow, china, partner, language),
                tuple(
                    (year, values[year].value_usd / 1e9, values[year].is_approximate)
                    if year in values
                    else (year, None, False)
                    for year in years
                ),
                colour,
                dash,
                marker,
            )
        )
    return LineChart(
        title=language.translate("Sheets", "China's goods trade with {partner}").format(
            partner=partner
        ),
        units=language.translate(
            "Sheets", "US$ billion, current prices; reporter: China's customs"
        ),
        y_label=language.translate("Sheets", "US$ billion"),
        series=tuple(series),
        notes=(
            language.translate(
                "Sheets", "Data as of {date}. Gaps: years without a figure, never zeros."
            ).format(date=data_as_of),
        ),
    )
