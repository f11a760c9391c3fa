"""China's trade with chosen partners as series: the numbers every trade chart and table plots.

The window's trade models, the exported images and CSV files and the `chart` command all read
their values here, so a chart drawn anywhere shows the same figures. Plain data; no Qt.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.formatting import format_share, format_usd
from sco_desktop.core.domain.kinds import CHINA_FLOW_LABELS, FLOWS, KINDS_CONTEXT
from sco_desktop.core.domain.language import IN_ENGLISH, QT_TRANSLATE_NOOP, Language
from sco_desktop.core.domain.records import TradePoint

REPORTER = "CHN"
WORLD = "WLD"
SCALES = ("usd", "share")
CONTEXT = "TradeSeries"
"""The translation context of the trade charts' words."""
SCALE_LABELS = {
    "usd": QT_TRANSLATE_NOOP("TradeSeries", "US dollars"),
    "share": QT_TRANSLATE_NOOP("TradeSeries", "Share of China's total"),
}
AXIS_LABELS = {
    "usd": QT_TRANSLATE_NOOP("TradeSeries", "US$ billion"),
    "share": QT_TRANSLATE_NOOP("TradeSeries", "% of China's total"),
}
AXIS_FACTORS = {"usd": 1e9, "share": 0.01}
"""Dollars are drawn in billions and shares in per cent, so the axes read plainly."""
GROUP_SHORT_NAMES = {
    "WLD": QT_TRANSLATE_NOOP("TradeSeries", "World"),
    "SCO_OTHER_MEMBERS": QT_TRANSLATE_NOOP("TradeSeries", "Other SCO members"),
    "SCO_MEMBERS_PARTNERS": QT_TRANSLATE_NOOP("TradeSeries", "Members + partners"),
    "EU": QT_TRANSLATE_NOOP("TradeSeries", "EU"),
    "USA": QT_TRANSLATE_NOOP("TradeSeries", "United States"),
    "ASEAN": QT_TRANSLATE_NOOP("TradeSeries", "ASEAN"),
}
"""Short names for chart axes and legends; the groups table holds the full definitions."""


@dataclass(frozen=True)
class Selection:
    """What a trade chart shows: partners in order, flow, scale, years and the axis."""

    partners: tuple[str, ...]
    flow: str = "total"
    scale: str = "usd"
    first_year: int = 0
    last_year: int = 9999
    log: bool = False

    def __post_init__(self) -> None:
        if self.flow not in FLOWS:
            raise ValueError(f"unknown flow {self.flow!r}")
        if self.scale not in SCALES:
            raise ValueError(f"unknown scale {self.scale!r}")


class TradeFigures:
    """China-reported figures by (partner, flow, year), with shares of China's world total.

    A share is of China's trade with the world in the same year and flow; where that total is
    missing the share is missing too. A missing figure is None, never zero.
    """

    def __init__(self, points: Iterable[TradePoint], names: Mapping[str, str]) -> None:
        self._names = dict(names)
        self._points: dict[tuple[str, str, int], TradePoint] = {
            (p.partner, p.flow, p.year): p for p in points if p.reporter == REPORTER
        }
        # Worked out once: the charts ask for every point they draw.
        self._loose = {key for key, point in self._points.items() if point.is_approximate}
        self._by_partner: dict[tuple[str, str], list[int]] = {}
        for partner, flow, year in sorted(self._points):
            self._by_partner.setdefault((partner, flow), []).append(year)
        years = sorted({year for _partner, _flow, year in self._points})
        self.first_year, self.last_year = (years[0], years[-1]) if years else (0, -1)

    def partners(self) -> set[str]:
        return {partner for partner, _flow in self._by_partner}

    def name_of(self, partner: str) -> str:
        return self._names.get(partner, partner)

    def point(self, partner: str, flow: str, year: int) -> TradePoint | None:
        return self._points.get((partner, flow, year))

    def value(self, partner: str, flow: str, scale: str, year: int) -> float | None:
        point = self.point(partner, flow, year)
        if point is None:
            return None
        if scale == "usd":
            return float(point.value_usd)
        world = self._points.get((WORLD, flow, year))
        return point.value_usd / world.value_usd if world else None

    def series(
        self, partner: str, flow: str, scale: str, first: int, last: int
    ) -> tuple[list[int], list[float]]:
        """The partner's years with figures from first to last, with a NaN year in each gap.

        A NaN between two figures breaks the line, so a missing year is drawn as a gap.
        """
        years: list[int] = []
        values: list[float] = []
        for year in self._by_partner.get((partner, flow), ()):
            if not first <= year <= last:
                continue
            value = self.value(partner, flow, scale, year)
            if value is None:
                continue
            if years and year != years[-1] + 1:
                years.append(years[-1] + 1)
                values.append(math.nan)
            years.append(year)
            values.append(value)
        return years, values

    def years(self, selection: Selection) -> list[int]:
        first = max(selection.first_year, self.first_year)
        last = min(selection.last_year, self.last_year)
        return list(range(first, last + 1))

    def sources_cited(self, selection: Selection) -> list[str]:
        """The ids of the sources of every figure the selection shows, sorted."""
        years = self.years(selection)
        if not years:
            return []
        flow, first, last = selection.flow, years[0], years[-1]
        return sorted(
            {
                self._points[(partner, flow, year)].source_id
                for partner in selection.partners
                for year in self._by_partner.get((partner, flow), ())
                if first <= year <= last
            }
        )

    def span(self, partner: str, flow: str, first: int, last: int) -> tuple[int, int] | None:
        """The first and last year from first to last with a figure for the partner, or None."""
        years = self._by_partner.get((partner, flow), [])
        start, stop = bisect_left(years, first), bisect_right(years, last)
        return (years[start], years[stop - 1]) if start < stop else None

    def is_loose(self, partner: str, flow: str, year: int) -> bool:
        """Whether the source gives the figure loosely ("nearly", "over") or as an estimate."""
        return (partner, flow, year) in self._loose


def names(repo: Repository, language: Language = IN_ENGLISH) -> dict[str, str]:
    """Every partner's name for charts: states by name, groups by their short names; in
    `language` where the data (or the translation) has it."""
    found = {entity_id: name for entity_id, (_kind, name) in repo.labels(language.code).items()}
    found.update(
        {
            group.id: language.translate(CONTEXT, GROUP_SHORT_NAMES[group.id])
            if group.id in GROUP_SHORT_NAMES
            else group.name
            for group in repo.groups()
        }
    )
    return found


def figures_of(repo: Repository, language: Language = IN_ENGLISH) -> TradeFigures:
    return TradeFigures(repo.trade_points(REPORTER), names(repo, language))


def format_value(scale: str, value: float | None) -> str:
    return format_usd(value) if scale == "usd" else format_share(value)


def units(scale: str, language: Language = IN_ENGLISH) -> str:
    """The units and the reporter of a trade series, as charts and CSV headers state them."""
    if scale == "usd":
        return language.translate("TradeSeries", "US$, current prices; reporter: China (customs)")
    return language.translate(
        "TradeSeries",
        "Share of China's trade with the world in the same flow; reporter: China (customs)",
    )


def title(selection: Selection, language: Language = IN_ENGLISH) -> str:
    flow = language.translate(KINDS_CONTEXT, CHINA_FLOW_LABELS[selection.flow])
    return language.translate("TradeSeries", "China's goods trade: {flow}").format(flow=flow)
