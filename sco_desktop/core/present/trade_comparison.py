"""One year of China's trade with groupings of states, side by side: what the comparison shows.

The trade view's comparison table and its bar chart read their rows here, so the bars and the
table cannot disagree. Plain data; no Qt, no queries of its own (the points are given).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sco_desktop.core.domain.limits import MIN_COMPARED_GROUPS
from sco_desktop.core.domain.records import TradePoint
from sco_desktop.core.present.trade_series import REPORTER, WORLD

COMPARISON_GROUPS = ("SCO_OTHER_MEMBERS", "SCO_MEMBERS_PARTNERS", "EU", "USA", "ASEAN")
"""The groupings compared, in the order they are shown."""


@dataclass(frozen=True)
class ComparedRow:
    """One grouping in one year: its China-reported total trade and share, or None."""

    code: str
    name: str
    point: TradePoint | None
    share: float | None  # of China's trade with the world in the same year


class TradeComparison:
    """China's total trade with each grouping by year, and with the world for the shares."""

    def __init__(self, points: Iterable[TradePoint], names: Mapping[str, str]) -> None:
        self._names = dict(names)
        self._points = {
            (p.partner, p.year): p
            for p in points
            if p.reporter == REPORTER
            and p.flow == "total"
            and p.partner in (*COMPARISON_GROUPS, WORLD)
        }
        # Only years in which at least two groupings have figures: one bar compares nothing.
        counts: dict[int, int] = {}
        for partner, year in self._points:
            if partner in COMPARISON_GROUPS:
                counts[year] = counts.get(year, 0) + 1
        self.years = sorted(year for year, count in counts.items() if count >= MIN_COMPARED_GROUPS)

    def rows(self, year: int) -> list[ComparedRow]:
        """Every grouping in the fixed order, with None where the year has no figure."""
        world = self.world(year)
        out = []
        for code in COMPARISON_GROUPS:
            point = self._points.get((code, year))
            share = point.value_usd / world.value_usd if point and world else None
            out.append(ComparedRow(code, self._names.get(code, code), point, share))
        return out

    def world(self, year: int) -> TradePoint | None:
        return self._points.get((WORLD, year))

    def sources_cited(self, year: int) -> list[str]:
        """The ids of the sources of the year's figures and of the world total, sorted."""
        cited = {row.point.source_id for row in self.rows(year) if row.point}
        world = self.world(year)
        return sorted(cited | ({world.source_id} if world else set()))
