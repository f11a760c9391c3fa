"""What the map shows on a day: each state's status, the words for hovering, the meeting places.

Gathered once from the repository and the map file, then answered for any day without
another query, so stepping through the timeline is cheap. The window's map, its PNG and SVG
exports, the `map` command and the locator maps on fact sheets all draw from this; it
draws nothing itself and imports no Qt.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from sco_desktop.core.data import Repository
from sco_desktop.core.data.geography import Geography, Place
from sco_desktop.core.domain.dates import date_floor, held_on
from sco_desktop.core.domain.kinds import NO_STATUS, NO_STATUS_LABEL, STATUS_LABELS, STATUSES
from sco_desktop.core.domain.language import IN_ENGLISH, QT_TRANSLATE_NOOP, Language
from sco_desktop.core.domain.records import StatusPeriod, summit_title

PLACE_COUNCILS = ("shanghai_five", "heads_of_state")
"""Meetings whose places the map can show: the leaders' meetings."""
MAP_STATUSES = (*STATUSES, NO_STATUS)
"""Every value of a shape's status on the map, in the legend's order."""
MAP_STATUS_LABELS = {**STATUS_LABELS, NO_STATUS: NO_STATUS_LABEL}
MAP_FORMATS = ("png", "svg")
"""The files a map is exported as, by their suffix."""
NOTE = QT_TRANSLATE_NOOP(
    "Atlas", "Boundaries are de facto, from Natural Earth, and imply no position on any dispute."
)
PLACES_LABEL = QT_TRANSLATE_NOOP("Atlas", "Leaders' meeting place")


@dataclass(frozen=True, slots=True)
class MeetingPlace:
    place: Place
    meetings: tuple[str, ...]
    """Titles of the meetings held there up to the day, oldest first."""


class Atlas:
    """The map's content for any day from the founding to the data's date."""

    def __init__(
        self, repo: Repository, geography: Geography, language: Language = IN_ENGLISH
    ) -> None:
        """The map's words (title, legend, hover text, notes) are in `language`."""
        self.language = language
        self.geography = geography
        self.data_as_of = repo.data_as_of
        states = [*repo.states(), *repo.states_without_status()]
        self.names = {s.id: tuple(n for n in (s.name, s.name_ru, s.name_zh) if n) for s in states}
        """Each state's names in English, Russian and Chinese (those the data has)."""
        self.capitals = {s.id: s.capital for s in states if s.capital}
        self._periods: dict[str, list[StatusPeriod]] = {}
        for period in repo.all_status_periods():
            self._periods.setdefault(period.state_id, []).append(period)
        periods = [p for ps in self._periods.values() for p in ps]
        self.change_dates = tuple(
            sorted(
                {date_floor(p.start_date) for p in periods}
                | {date_floor(p.end_date) for p in periods if p.end_date}
            )
        )
        """Every day on which some state's status changed, oldest first."""
        meetings = []
        for council in PLACE_COUNCILS:
            for summit in repo.summits(council=council):
                if summit.city and summit.start_date:
                    meetings.append((date_floor(summit.start_date), summit.city, summit))
        self._meetings = sorted(meetings, key=lambda item: item[0])

    @property
    def first_date(self) -> str:
        return self.change_dates[0] if self.change_dates else self.data_as_of

    def period_on(self, state_id: str, day: str) -> StatusPeriod | None:
        return next(
            (p for p in self._periods.get(state_id, ()) if held_on(p.start_date, p.end_date, day)),
            None,
        )

    def statuses_on(self, day: str) -> dict[str, str]:
        """The status of every state and neighbour on the map on `day` (NO_STATUS if none)."""
        out = {shape.id: NO_STATUS for shape in self.geography.shapes}
        for state_id in self.names:
            period = self.period_on(state_id, day)
            out[state_id] = period.status if period else NO_STATUS
        return out

    def is_state(self, shape_id: str) -> bool:
        """Whether a shape is a state of the data (one that opens when clicked)."""
        return shape_id in self.names

    def point_states(self) -> dict[str, Place]:
        """States too small for the boundaries at this scale, drawn at their capital instead."""
        drawn = {shape.id for shape in self.geography.shapes}
        return {
            state_id: self.geography.places[capital]
            for state_id, capital in self.capitals.items()
            if state_id not in drawn and capital in self.geography.places
        }

    def describe(self, state_id: str, day: str) -> str:
        """Hover text: the names in three languages, then "Member state since 2017-06-09"."""
        names = " · ".join(self.names.get(state_id, ()))
        period = self.period_on(state_id, day)
        language = self.language
        if period is None:
            none = language.translate("Atlas", "{status} on {date}")
            status = language.translate("Kinds", NO_STATUS_LABEL)
            return f"{names}\n" + none.format(status=status, date=day)
        since = language.translate("Atlas", "{status} since {date}")
        status = language.translate("Kinds", STATUS_LABELS[period.status])
        return f"{names}\n" + since.format(status=status, date=period.start_date)

    def meeting_places(self, day: str) -> list[MeetingPlace]:
        """The places of the leaders' meetings held up to `day` that the map file locates."""
        by_city: dict[str, list[str]] = {}
        for start, city, summit in self._meetings:
            if start <= day and city in self.geography.places:
                by_city.setdefault(city, []).append(
                    summit_title(None, summit.year, summit.council).strip()
                )
        return [
            MeetingPlace(self.geography.places[city], tuple(titles))
            for city, titles in by_city.items()
        ]

    def step(self, day: str, offset: int) -> str:
        """The change date `offset` steps from `day` (-1: the one before), kept in range."""
        if not self.change_dates:
            return day
        if offset > 0:
            position = bisect.bisect_right(self.change_dates, day) + offset - 1
        else:
            position = bisect.bisect_left(self.change_dates, day) + offset
        return self.change_dates[max(0, min(position, len(self.change_dates) - 1))]

    def change_index(self, day: str) -> int:
        """Position of the last change on or before `day` (0 before the first)."""
        return max(0, bisect.bisect_right(self.change_dates, day) - 1)

    def title(self, day: str) -> str:
        title = self.language.translate("Atlas", "The Shanghai Cooperation Organisation on {date}")
        return title.format(date=day)

    def note(self) -> str:
        return self.language.translate("Atlas", NOTE)

    def places_label(self) -> str:
        return self.language.translate("Atlas", PLACES_LABEL)

    def source_lines(self, with_places: bool) -> list[str]:
        """What the map is drawn from, as printed under it."""
        statuses = self.language.translate(
            "Atlas", "Statuses: sco-desktop reference data as of {date}. Boundaries: {credit}."
        )
        lines = [statuses.format(date=self.data_as_of, credit=self.geography.boundaries_credit)]
        if with_places:
            places = self.language.translate("Atlas", "Meeting places: {credit}.")
            lines.append(places.format(credit=self.geography.places_credit))
        return lines

    def legend(self) -> list[tuple[str, str]]:
        """(status, label) in the legend's order."""
        return [
            (status, self.language.translate("Kinds", MAP_STATUS_LABELS[status]))
            for status in MAP_STATUSES
        ]
