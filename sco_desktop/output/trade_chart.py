"""China's trade as chart descriptions (partners over the years, groupings in one year) and CSV.

The window's trade view, its exports and the `chart trade` command describe their charts here
and paint them with output/chart.py, so they cannot drift apart. No widgets, no queries.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping

from sco_desktop.core.domain.formatting import format_share, format_usd
from sco_desktop.core.domain.language import IN_ENGLISH, Language
from sco_desktop.core.domain.records import Source
from sco_desktop.core.present.trade_comparison import TradeComparison
from sco_desktop.core.present.trade_series import (
    AXIS_FACTORS,
    AXIS_LABELS,
    CONTEXT,
    Selection,
    TradeFigures,
    title,
    units,
)
from sco_desktop.core.present.wording import short_source
from sco_desktop.output.chart import Bar, BarChart, LineChart, Series
from sco_desktop.output.palette import style_of

MAX_NAMED_SOURCES = 12


def trade_lines(
    figures: TradeFigures,
    selection: Selection,
    sources: Mapping[str, Source],
    data_as_of: str,
    language: Language = IN_ENGLISH,
) -> LineChart:
    """The line chart of the selection: one series per partner in the order given; its words
    in `language` (the partners are named as `figures` names them)."""
    years = figures.years(selection)
    first, last = (years[0], years[-1]) if years else (0, -1)
    factor = AXIS_FACTORS[selection.scale]
    series = []
    empty = []
    for position, partner in enumerate(selection.partners):
        xs, values = figures.series(partner, selection.flow, selection.scale, first, last)
        points = tuple(
            (
                year,
                None if math.isnan(value) else value / factor,
                not math.isnan(value) and figures.is_loose(partner, selection.flow, year),
            )
            for year, value in zip(xs, values, strict=True)
        )
        if not any(y is not None for _x, y, _l in points):
            empty.append(figures.name_of(partner))
        colour, dash = style_of(position)
        series.append(Series(figures.name_of(partner), points, colour, dash))
    cited = figures.sources_cited(selection)
    notes = [
        language.translate(
            "TradeChart", "Data as of {date}. Missing years are gaps, never zeros."
        ).format(date=data_as_of)
    ]
    if empty:
        notes.append(
            language.translate("TradeChart", "No figures for {partners} in these years.").format(
                partners=", ".join(empty)
            )
        )
    if cited:
        notes.append(sources_note([sources.get(s) for s in cited], cited, language))
    if not selection.partners:
        message = language.translate("TradeChart", "Choose partners to plot their trade.")
    else:
        message = language.translate("TradeChart", "No trade data for {partners}.").format(
            partners=", ".join(empty)
        )
    log = language.translate("TradeChart", "; logarithmic axis") if selection.log else ""
    return LineChart(
        title=title(selection, language),
        units=units(selection.scale, language) + log,
        y_label=language.translate(CONTEXT, AXIS_LABELS[selection.scale]),
        series=tuple(series),
        notes=tuple(notes),
        log=selection.log,
        x_range=None,
        empty_message=message,
    )


def comparison_bars(
    comparison: TradeComparison,
    year: int,
    sources: Mapping[str, Source],
    data_as_of: str,
    language: Language = IN_ENGLISH,
) -> BarChart:
    """The year's bars, one per grouping in the fixed order, each saying its value and share;
    its words in `language`."""
    of_total = language.translate("TradeChart", "{share} of total")
    bars = []
    for position, row in enumerate(comparison.rows(year)):
        colour, _dash = style_of(position)
        value = row.point.value_usd if row.point else None
        share = (
            "\n" + of_total.format(share=format_share(row.share)) if row.share is not None else ""
        )
        bars.append(
            Bar(
                row.name,
                None if value is None else value / AXIS_FACTORS["usd"],
                colour,
                f"{format_usd(value)}{share}",
            )
        )
    world = comparison.world(year)
    total = (
        language.translate("TradeChart", "China's trade with the world: {value}. ").format(
            value=format_usd(world.value_usd)
        )
        if world
        else ""
    )
    cited = comparison.sources_cited(year)
    as_of = language.translate("TradeChart", "Data as of {date}.").format(date=data_as_of)
    notes = [f"{total}{as_of}"]
    if cited:
        named = "; ".join(short_source(sources.get(s), s) for s in cited)
        notes.append(language.translate("TradeChart", "Sources: {sources}.").format(sources=named))
    return BarChart(
        title=language.translate(
            "TradeChart", "China's goods trade with groupings in {year}"
        ).format(year=year),
        units=language.translate(
            "TradeChart", "Total trade (exports plus imports), {units}"
        ).format(units=units("usd", language)),
        y_label=language.translate(CONTEXT, AXIS_LABELS["usd"]),
        bars=tuple(bars),
        notes=tuple(notes),
        empty_message=language.translate("TradeChart", "No comparison figures for {year}.").format(
            year=year
        ),
        missing_label=language.translate("TradeChart", "no data"),
    )


def sources_note(
    cited: list[Source | None], ids: list[str], language: Language = IN_ENGLISH
) -> str:
    """Sources in short form: the publishers, each once; the CSV export lists them in full."""
    names = sorted(
        {(source.publisher or source.title) if source else ids[n] for n, source in enumerate(cited)}
    )
    shown = names[:MAX_NAMED_SOURCES]
    if len(names) > len(shown):
        note = language.translate(
            "TradeChart",
            "Sources: {sources} and {more} more (titles and addresses in the CSV export).",
        )
    else:
        note = language.translate(
            "TradeChart", "Sources: {sources} (titles and addresses in the CSV export)."
        )
    return note.format(sources="; ".join(shown), more=len(names) - len(shown))


def trade_csv(
    figures: TradeFigures,
    selection: Selection,
    sources: Mapping[str, Source],
    data_as_of: str,
) -> str:
    """The selection's figures as CSV, with header lines naming flow, units and sources."""
    out = io.StringIO()
    out.write(f"# {title(selection)}; units: {units(selection.scale)}\n")
    out.write(f"# data as of {data_as_of}; empty cells are years without a figure\n")
    for source_id in figures.sources_cited(selection):
        source = sources.get(source_id)
        url = f" {source.url}" if source and source.url else ""
        out.write(f"# source {source_id}: {short_source(source, source_id)}{url}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["year", *(figures.name_of(p) for p in selection.partners)])
    for year in figures.years(selection):
        row = [
            figures.value(partner, selection.flow, selection.scale, year)
            for partner in selection.partners
        ]
        writer.writerow(
            [
                year,
                *(
                    "" if v is None else f"{v:.6g}" if selection.scale == "share" else f"{v:.0f}"
                    for v in row
                ),
            ]
        )
    return out.getvalue()
