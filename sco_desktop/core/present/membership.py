"""Who held which status when: status periods up to an as-of date, as counts and as lanes.

The window's membership view and the `chart membership` command both draw from this, so the
two show the same history. Reads records through the repository; no Qt.
"""

from __future__ import annotations

import datetime as dt

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.dates import date_floor
from sco_desktop.core.domain.kinds import STATUS_LABELS, STATUSES
from sco_desktop.core.domain.language import IN_ENGLISH, QT_TRANSLATE_NOOP, Language
from sco_desktop.core.domain.records import StatusPeriod

SHANGHAI_FIVE = "shanghai_five"
SERIES_LABELS = {SHANGHAI_FIVE: QT_TRANSLATE_NOOP("Kinds", "Shanghai Five"), **STATUS_LABELS}
"""The lines of the counts chart; the words are those of kinds.py (context "Kinds")."""


def year_fraction(iso: str) -> float:
    """An ISO date, possibly partial, as a fractional year on a time axis (2001-07-02: 2001.5)."""
    day = dt.date.fromisoformat(date_floor(iso))
    start = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


class MembershipHistory:
    """Status periods up to an as-of date, as table rows, steps of counts and lanes."""

    def __init__(self, repo: Repository, language: Language = IN_ENGLISH) -> None:
        """States and meetings are named in `language` where the data has their names in it."""
        self._labels = repo.labels(language.code)
        self._all = repo.all_status_periods()
        self._summit_dates = {
            s.id: s.start_date for s in repo.summits() if s.start_date is not None
        }
        founders = repo.summits(council="shanghai_five")
        first = min((s.start_date for s in founders if s.start_date), default=None)
        five = {p.state_id for s in founders for p in repo.participants(s.id) if p.role == "member"}
        self._shanghai_five = (first, len(five)) if first and five else None
        self._as_of = repo.data_as_of
        self._periods = self._visible()

    @property
    def as_of(self) -> str:
        return self._as_of

    def set_as_of(self, day: str) -> None:
        self._as_of = day
        self._periods = self._visible()

    def period(self, row: int) -> StatusPeriod:
        return self._periods[row]

    def count(self) -> int:
        return len(self._periods)

    def _visible(self) -> list[StatusPeriod]:
        return [p for p in self._all if date_floor(p.start_date) <= self._as_of]

    def name_of(self, entity_id: str | None) -> str:
        return self._labels.get(entity_id or "", ("", entity_id or ""))[1]

    def _end(self, period: StatusPeriod) -> str:
        if period.end_date is None or date_floor(period.end_date) > self._as_of:
            return self._as_of
        return period.end_date

    def lanes(self) -> list[tuple[str, list[StatusPeriod]]]:
        """One lane per state, in the order states first gained a status."""
        lanes: dict[str, list[StatusPeriod]] = {}
        for period in self._periods:
            lanes.setdefault(period.state_id, []).append(period)
        return list(lanes.items())

    def end_shown(self, period: StatusPeriod) -> str | None:
        """A period's end as known on the as-of date: None while it was still held then."""
        if period.end_date is None or date_floor(period.end_date) > self._as_of:
            return None
        return period.end_date

    def segment(self, period: StatusPeriod) -> tuple[float, float]:
        """A period's start and end as fractional years, cut at the as-of date."""
        return year_fraction(period.start_date), year_fraction(self._end(period))

    def steps(self) -> dict[str, tuple[list[float], list[int]]]:
        """For each status, the count of states holding it after each change, to the as-of date."""
        changes = sorted(
            {date_floor(p.start_date) for p in self._periods}
            | {date_floor(p.end_date) for p in self._periods if p.end_date}
            | {self._as_of}
        )
        changes = [day for day in changes if day <= self._as_of]
        out: dict[str, tuple[list[float], list[int]]] = {}
        for status in STATUSES:
            counts = [
                sum(
                    1
                    for p in self._periods
                    if p.status == status
                    and date_floor(p.start_date) <= day
                    and (p.end_date is None or day < date_floor(p.end_date))
                )
                for day in changes
            ]
            if any(counts):
                out[status] = ([year_fraction(day) for day in changes], counts)
        if self._shanghai_five and self._shanghai_five[0] <= self._as_of:
            first, count = self._shanghai_five
            founded = min((p.start_date for p in self._periods), default=self._as_of)
            out = {
                SHANGHAI_FIVE: ([year_fraction(first), year_fraction(founded)], [count, 0]),
                **out,
            }
        return out

    def decisions(self) -> list[tuple[float, str]]:
        """(when, title) of each meeting whose decisions changed a status, up to the as-of date."""
        seen: dict[str, None] = {}
        for period in self._periods:
            if period.decided_at and period.decided_at in self._summit_dates:
                seen[period.decided_at] = None
        marks = [
            (year_fraction(self._summit_dates[summit_id]), self.name_of(summit_id))
            for summit_id in seen
            if date_floor(self._summit_dates[summit_id]) <= self._as_of
        ]
        return sorted(marks)

    def describe(self, period: StatusPeriod) -> str:
        end = self.end_shown(period) or "present"
        decided = f", decided at {self.name_of(period.decided_at)}" if period.decided_at else ""
        return (
            f"{self.name_of(period.state_id)}: {STATUS_LABELS[period.status]},"
            f" {period.start_date} to {end}{decided}"
        )
