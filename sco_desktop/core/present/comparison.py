"""States side by side and ranked, on the indicators the reference data holds; no Qt, no SQL.

Each indicator is one entry of INDICATORS with one function that gives a state's Fact: the
text readers see, the number it sorts and ranks by, the year or day it belongs to, and the
sources behind it. The comparison (`compare`), the rankings (`rank`), the window's views and
the `compare` and `rank` commands all read from here, so a value is worked out in one place;
population, GDP and area come from their own table (`indicators`), one entry each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.dates import date_floor, held_on
from sco_desktop.core.domain.formatting import format_usd
from sco_desktop.core.domain.kinds import KINDS_CONTEXT, NO_STATUS_LABEL, STATUS_LABELS
from sco_desktop.core.domain.language import IN_ENGLISH, QT_TRANSLATE_NOOP, Language
from sco_desktop.core.domain.records import Indicator as IndicatorRow
from sco_desktop.core.domain.records import Leader, StatusPeriod, TradePoint
from sco_desktop.core.present.wording import indicator_text, is_acting, source_line

SERIES_LABEL = QT_TRANSLATE_NOOP("Comparison", "Trade with China by year")
"""The row under the trade figure that draws each state's series as a small line."""
MIN_COMPARED, MAX_COMPARED = 2, 6
"""How many states a comparison takes."""
HOSTED_COUNCILS = ("shanghai_five", "heads_of_state", "heads_of_government")
"""The meetings counted as hosted: the leaders' and the heads of government's, not the
ministers' meetings or the SCO Plus sessions held beside a summit."""
AMONG = ("all", "members", "partners")
"""Which states a ranking lists: every state of the data, the members, or the others holding a
status (observers, dialogue partners, SCO partners) on the day."""


@dataclass(frozen=True, slots=True)
class Fact:
    text: str
    number: float | None
    """What sorts and ranks; None when the data has no value."""
    when: str | None
    """The year or day the value belongs to (years differ between states: always shown)."""
    sources: tuple[str, ...]
    note: str | None = None
    """Why a value is left out, or what qualifies it; shown with the sources."""


@dataclass(frozen=True, slots=True)
class Indicator:
    key: str
    label: str
    rankable: bool
    meaning: str

    def label_in(self, language: Language) -> str:
        return language.translate("Comparison", self.label)

    def meaning_in(self, language: Language) -> str:
        return language.translate("Comparison", self.meaning)


@dataclass(frozen=True, slots=True)
class Ranked:
    state_id: str
    name: str
    status: str | None
    fact: Fact
    rank: int | None
    """Among every state of the data that has a value, whatever the list shows (ties share a
    rank)."""
    rank_among_members: int | None


NO_VALUE = Fact("–", None, None, ())


class Facts:
    """The indicators of every state on one day, gathered once from the repository."""

    def __init__(
        self, repo: Repository, as_of: str | None = None, language: Language = IN_ENGLISH
    ) -> None:
        """The values' words, and the states' names where the data has them, in `language`."""
        self.language = language
        self.as_of = date_floor(as_of or repo.data_as_of)
        self.data_as_of = repo.data_as_of
        states = [*repo.states(), *repo.states_without_status()]
        named = {s.id: language.name(s.name, s.name_ru, s.name_zh) for s in states}
        self.names = dict(sorted(named.items(), key=lambda item: item[1]))
        self._periods: dict[str, list[StatusPeriod]] = {}
        for period in repo.all_status_periods():
            self._periods.setdefault(period.state_id, []).append(period)
        self._trade = {state_id: repo.trade_series("CHN", state_id) for state_id in self.names}
        self._hosted = {state_id: [] for state_id in self.names}
        for summit in repo.summits():
            start = summit.start_date or str(summit.year)
            if summit.council not in HOSTED_COUNCILS:
                continue
            if summit.host_state_id in self._hosted and date_floor(start) <= self.as_of:
                self._hosted[summit.host_state_id].append(summit)
        self._figures: dict[tuple[str, str], list[IndicatorRow]] = {}
        for state_id in self.names:
            for figure in repo.indicators(state_id):
                self._figures.setdefault((state_id, figure.indicator), []).append(figure)
        self._leaders: dict[tuple[str, str], list[Leader]] = {}
        for state_id in self.names:
            for leader in repo.leaders(state_id):
                self._leaders.setdefault((state_id, leader.office), []).append(leader)
        self._documents = {}
        for document in repo.documents():
            if document.summit_id and date_floor(document.signed_date or "9999") <= self.as_of:
                self._documents.setdefault(document.summit_id, []).append(document)

    # -- the indicators ------------------------------------------------------------------------

    def period_on(self, state_id: str) -> StatusPeriod | None:
        return next(
            (
                p
                for p in self._periods.get(state_id, ())
                if held_on(p.start_date, p.end_date, self.as_of)
            ),
            None,
        )

    def status(self, state_id: str) -> Fact:
        period = self.period_on(state_id)
        if period is None:
            return Fact(self._kind(NO_STATUS_LABEL), None, self.as_of, ())
        since = self.language.translate("Comparison", "{status} since {date}")
        return Fact(
            since.format(status=self._kind(STATUS_LABELS[period.status]), date=period.start_date),
            None,
            period.start_date,
            (period.source_id,),
        )

    def history(self, state_id: str) -> Fact:
        periods = [
            p for p in self._periods.get(state_id, ()) if date_floor(p.start_date) <= self.as_of
        ]
        if not periods:
            return NO_VALUE
        ended = self.language.translate("Comparison", "{status} {start} to {end}")
        held = self.language.translate("Comparison", "{status} from {start}")
        text = "; ".join(
            (ended if p.end_date and date_floor(p.end_date) <= self.as_of else held).format(
                status=self._kind(STATUS_LABELS[p.status]), start=p.start_date, end=p.end_date
            )
            for p in periods
        )
        return Fact(text, None, periods[0].start_date, tuple(p.source_id for p in periods))

    def _years_since(self, period: StatusPeriod | None) -> Fact:
        if period is None or date_floor(period.start_date) > self.as_of:
            return NO_VALUE
        start = dt.date.fromisoformat(date_floor(period.start_date))
        years = (dt.date.fromisoformat(self.as_of) - start).days / 365.25
        since = self.language.translate("Comparison", "{years} (since {date})")
        return Fact(
            since.format(years=f"{years:.1f}", date=period.start_date),
            round(years, 1),
            self.as_of,
            (period.source_id,),
        )

    def accession(self, state_id: str) -> Fact:
        member = self._first(state_id, "member")
        if member is None or date_floor(member.start_date) > self.as_of:
            return NO_VALUE
        return Fact(member.start_date, None, member.start_date, (member.source_id,))

    def years_as_member(self, state_id: str) -> Fact:
        return self._years_since(self._first(state_id, "member"))

    def years_with_status(self, state_id: str) -> Fact:
        periods = self._periods.get(state_id)
        return self._years_since(periods[0] if periods else None)

    def _first(self, state_id: str, status: str) -> StatusPeriod | None:
        return next((p for p in self._periods.get(state_id, ()) if p.status == status), None)

    def trade_points(self, state_id: str) -> list[TradePoint]:
        """China's total goods trade with the state by year, up to the day's year."""
        return [p for p in self._trade.get(state_id, ()) if str(p.year) <= self.as_of[:4]]

    def trade_with_china(self, state_id: str) -> Fact:
        points = self.trade_points(state_id)
        if not points:
            return NO_VALUE
        latest = points[-1]
        return Fact(
            format_usd(latest.value_usd),
            float(latest.value_usd),
            str(latest.year),
            (latest.source_id,),
        )

    def figure(self, state_id: str, indicator: str) -> Fact:
        """The latest population, GDP or area figure of a year up to the day's year."""
        latest = self._latest(state_id, indicator)
        if latest is None:
            return NO_VALUE
        return Fact(
            indicator_text(latest, self.language),
            float(latest.value),
            str(latest.year),
            (latest.source_id,),
        )

    def _latest(self, state_id: str, indicator: str) -> IndicatorRow | None:
        figures = [
            f for f in self._figures.get((state_id, indicator), ()) if str(f.year) <= self.as_of[:4]
        ]
        return max(figures, key=lambda f: f.year) if figures else None

    def gdp_per_person(self, state_id: str) -> Fact:
        """The latest GDP over the population of that same year; never across two years."""
        gdp = self._latest(state_id, "gdp_usd")
        if gdp is None:
            return NO_VALUE
        population = next(
            (
                f
                for f in self._figures.get((state_id, "population"), ())
                if f.year == gdp.year and f.value
            ),
            None,
        )
        if population is None:
            held = sorted({str(f.year) for f in self._figures.get((state_id, "population"), ())})
            translate = self.language.translate
            years = (
                translate("Comparison", "population only for {years}").format(years=", ".join(held))
                if held
                else translate("Comparison", "no population figure")
            )
            why = translate(
                "Comparison",
                "Not worked out: GDP is for {year}, {years}; figures of two years are not mixed.",
            )
            return Fact("–", None, None, (), why.format(year=gdp.year, years=years))
        return Fact(
            format_usd(gdp.value / population.value),
            round(gdp.value / population.value, 2),
            str(gdp.year),
            (gdp.source_id, population.source_id),
        )

    def _holder(self, state_id: str, office: str) -> Fact:
        holder = next(
            (
                leader
                for leader in self._leaders.get((state_id, office), ())
                if held_on(leader.start_date or "0001", leader.end_date, self.as_of)
            ),
            None,
        )
        if holder is None:
            return NO_VALUE
        translate = self.language.translate
        acting = translate("Comparison", " (acting)") if is_acting(holder) else ""
        since = (
            translate("Comparison", " since {date}").format(date=holder.start_date)
            if holder.start_date
            else ""
        )
        return Fact(f"{holder.person}{acting}{since}", None, holder.start_date, (holder.source_id,))

    def head_of_state(self, state_id: str) -> Fact:
        return self._holder(state_id, "head_of_state")

    def head_of_government(self, state_id: str) -> Fact:
        return self._holder(state_id, "head_of_government")

    def population(self, state_id: str) -> Fact:
        return self.figure(state_id, "population")

    def gdp(self, state_id: str) -> Fact:
        return self.figure(state_id, "gdp_usd")

    def area(self, state_id: str) -> Fact:
        return self.figure(state_id, "area_km2")

    def summits_hosted(self, state_id: str) -> Fact:
        hosted = self._hosted.get(state_id, [])
        by_video = self.language.translate("Comparison", "{year} (videoconference)")
        titles = ", ".join(
            f"{s.city} {s.year}" if s.city else by_video.format(year=s.year)
            for s in sorted(hosted, key=lambda s: (s.year, s.id))
        )
        text = f"{len(hosted)}" + (f": {titles}" if titles else "")
        return Fact(text, float(len(hosted)), self.as_of, tuple(s.source_id for s in hosted))

    def documents_signed(self, state_id: str) -> Fact:
        """Documents adopted at the meetings the state hosted."""
        documents = [
            d for s in self._hosted.get(state_id, []) for d in self._documents.get(s.id, [])
        ]
        return Fact(
            str(len(documents)),
            float(len(documents)),
            self.as_of,
            tuple(d.source_id for d in documents),
        )

    def _kind(self, label: str) -> str:
        return self.language.translate(KINDS_CONTEXT, label)

    def fact(self, key: str, state_id: str) -> Fact:
        return _GETTERS[key](self, state_id)

    # -- side by side and ranked ---------------------------------------------------------------

    def compare(self, state_ids: list[str]) -> list[tuple[Indicator, list[Fact]]]:
        """One row per indicator, one value per state, in the order given."""
        return [
            (indicator, [self.fact(indicator.key, s) for s in state_ids])
            for indicator in INDICATORS
        ]

    def rank(self, key: str, among: str = "all") -> list[Ranked]:
        """States by one indicator, highest first; those without a value last, unranked."""
        statuses = {s: (p.status if (p := self.period_on(s)) else None) for s in self.names}
        facts = {s: self.fact(key, s) for s in self.names}
        # Ranked among every state first, then filtered: a member's rank among all stays its
        # rank among all when only the members are listed.
        order = sorted(
            self.names,
            key=lambda s: (facts[s].number is None, -(facts[s].number or 0), self.names[s]),
        )
        ranks = dict(zip(order, _ranks([facts[s].number for s in order]), strict=True))
        members = [s for s in order if statuses[s] == "member"]
        member_ranks = dict(zip(members, _ranks([facts[s].number for s in members]), strict=True))
        return [
            Ranked(s, self.names[s], statuses[s], facts[s], ranks[s], member_ranks.get(s))
            for s in order
            if among == "all"
            or (among == "members" and statuses[s] == "member")
            or (among == "partners" and statuses[s] not in (None, "member"))
        ]


def _ranks(numbers: list[float | None]) -> list[int | None]:
    """Competition ranks of numbers sorted highest first (1, 2, 2, 4); None for no value."""
    out: list[int | None] = []
    for position, number in enumerate(numbers):
        if number is None:
            out.append(None)
        elif position and numbers[position - 1] == number:
            out.append(out[-1])
        else:
            out.append(position + 1)
    return out


_GETTERS: dict[str, Callable[[Facts, str], Fact]] = {
    "status": Facts.status,
    "history": Facts.history,
    "accession": Facts.accession,
    "years-as-member": Facts.years_as_member,
    "years-with-status": Facts.years_with_status,
    "population": Facts.population,
    "gdp": Facts.gdp,
    "gdp-per-person": Facts.gdp_per_person,
    "head-of-state": Facts.head_of_state,
    "head-of-government": Facts.head_of_government,
    "area": Facts.area,
    "trade-with-china": Facts.trade_with_china,
    "summits-hosted": Facts.summits_hosted,
    "documents-signed": Facts.documents_signed,
}
INDICATORS = (
    Indicator(
        "status",
        QT_TRANSLATE_NOOP("Comparison", "Status"),
        False,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "the status held on the day, and since when",
        ),
    ),
    Indicator(
        "history",
        QT_TRANSLATE_NOOP("Comparison", "Status history"),
        False,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "every status held up to the day",
        ),
    ),
    Indicator(
        "accession",
        QT_TRANSLATE_NOOP("Comparison", "Member since"),
        False,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "the day of accession as a member state",
        ),
    ),
    Indicator(
        "years-as-member",
        QT_TRANSLATE_NOOP("Comparison", "Years as a member"),
        True,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "years from accession to the day",
        ),
    ),
    Indicator(
        "years-with-status",
        QT_TRANSLATE_NOOP("Comparison", "Years with an SCO status"),
        True,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "years from the first status of any kind (observer, dialogue partner, member) to "
            "the day",
        ),
    ),
    Indicator(
        "head-of-state",
        QT_TRANSLATE_NOOP("Comparison", "Head of state"),
        False,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "who held the office on the day, and since when",
        ),
    ),
    Indicator(
        "head-of-government",
        QT_TRANSLATE_NOOP("Comparison", "Head of government"),
        False,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "who held the office on the day, and since when",
        ),
    ),
    Indicator(
        "population",
        QT_TRANSLATE_NOOP("Comparison", "Population"),
        True,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "people, latest year recorded up to the day",
        ),
    ),
    Indicator(
        "gdp",
        QT_TRANSLATE_NOOP("Comparison", "GDP"),
        True,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "gross domestic product, current US$, latest year recorded up to the day",
        ),
    ),
    Indicator(
        "gdp-per-person",
        QT_TRANSLATE_NOOP("Comparison", "GDP per person"),
        True,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "GDP over the population of the same year; left out when the data has no population "
            "figure for the year of the GDP",
        ),
    ),
    Indicator(
        "area",
        QT_TRANSLATE_NOOP("Comparison", "Area"),
        True,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "square kilometres, latest figure recorded up to the day",
        ),
    ),
    Indicator(
        "trade-with-china",
        QT_TRANSLATE_NOOP("Comparison", "Trade with China"),
        True,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "China's goods trade with the state, total of both flows, latest year recorded, US$ "
            "(China's customs figures)",
        ),
    ),
    Indicator(
        "summits-hosted",
        QT_TRANSLATE_NOOP("Comparison", "Meetings hosted"),
        True,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "Shanghai Five, Heads of State and Heads of Government meetings held in the state "
            "(ministers' meetings and SCO Plus sessions are not counted)",
        ),
    ),
    Indicator(
        "documents-signed",
        QT_TRANSLATE_NOOP("Comparison", "Documents adopted at meetings it hosted"),
        True,
        QT_TRANSLATE_NOOP(
            "Comparison",
            "documents of the data adopted at the meetings the state hosted",
        ),
    ),
)
INDICATORS_BY_KEY = {indicator.key: indicator for indicator in INDICATORS}
RANKABLE = tuple(indicator.key for indicator in INDICATORS if indicator.rankable)


# -- text and JSON for the command line ----------------------------------------------------------


def _numbered(facts: list[Fact]) -> dict[str, int]:
    """Citation numbers in the order the sources are first cited."""
    numbers: dict[str, int] = {}
    for fact in facts:
        for source_id in fact.sources:
            numbers.setdefault(source_id, len(numbers) + 1)
    return numbers


_OF_A_YEAR = ("population", "gdp", "gdp-per-person", "area", "trade-with-china")


def value_text(indicator: Indicator, fact: Fact) -> str:
    """A value as shown everywhere: a figure of a year carries that year beside it (statuses,
    dates and counts up to the day speak for themselves)."""
    if indicator.key in _OF_A_YEAR and fact.when:
        return f"{fact.text} ({fact.when})"
    return fact.text


def comparison_data(facts: Facts, state_ids: list[str], sources: dict) -> dict:
    rows = facts.compare(state_ids)
    numbers = _numbered([fact for _indicator, values in rows for fact in values])
    return {
        "as_of": facts.as_of,
        "states": [{"id": s, "name": facts.names[s]} for s in state_ids],
        "rows": [
            {
                "indicator": indicator.key,
                "label": indicator.label,
                "meaning": indicator.meaning,
                "values": [
                    {
                        "state": state_id,
                        "text": fact.text,
                        "value": fact.number,
                        "when": fact.when,
                        "sources": [numbers[s] for s in fact.sources],
                        "note": fact.note,
                    }
                    for state_id, fact in zip(state_ids, values, strict=True)
                ],
            }
            for indicator, values in rows
        ],
        "sources": _source_list(numbers, sources),
    }


def comparison_text(facts: Facts, state_ids: list[str], sources: dict) -> str:
    rows = facts.compare(state_ids)
    numbers = _numbered([fact for _indicator, values in rows for fact in values])
    lines = [f"{', '.join(facts.names[s] for s in state_ids)}: compared on {facts.as_of}", ""]
    for indicator, values in rows:
        lines.append(indicator.label)
        for state_id, fact in zip(state_ids, values, strict=True):
            lines.append(
                f"  {facts.names[state_id]}: {value_text(indicator, fact)}{_marks(fact, numbers)}"
                + (f" ({fact.note})" if fact.note else "")
            )
    lines += ["", *_source_lines(numbers, sources)]
    return "\n".join(lines)


def ranking_data(facts: Facts, key: str, among: str, sources: dict) -> dict:
    ranked = facts.rank(key, among)
    numbers = _numbered([row.fact for row in ranked])
    return {
        "indicator": key,
        "label": INDICATORS_BY_KEY[key].label,
        "meaning": INDICATORS_BY_KEY[key].meaning,
        "as_of": facts.as_of,
        "among": among,
        "rows": [
            {
                "rank": row.rank,
                "rank_among_members": row.rank_among_members,
                "state": row.state_id,
                "name": row.name,
                "status": row.status,
                "text": row.fact.text,
                "value": row.fact.number,
                "when": row.fact.when,
                "sources": [numbers[s] for s in row.fact.sources],
                "note": row.fact.note,
            }
            for row in ranked
        ],
        "sources": _source_list(numbers, sources),
    }


def ranking_text(facts: Facts, key: str, among: str, sources: dict) -> str:
    indicator = INDICATORS_BY_KEY[key]
    ranked = facts.rank(key, among)
    numbers = _numbered([row.fact for row in ranked])
    lines = [
        f"{indicator.label}, {'every state' if among == 'all' else among}, on {facts.as_of}:"
        f" {indicator.meaning}",
        "",
        "among all  among members  state",
    ]
    for row in ranked:
        rank = str(row.rank) if row.rank else "–"
        member = str(row.rank_among_members) if row.rank_among_members else ""
        lines.append(
            f"{rank:>9}  {member:>13}  {row.name}: {value_text(indicator, row.fact)}"
            f"{_marks(row.fact, numbers)}" + (f" ({row.fact.note})" if row.fact.note else "")
        )
    lines += ["", *_source_lines(numbers, sources)]
    return "\n".join(lines)


def _marks(fact: Fact, numbers: dict[str, int]) -> str:
    return "".join(f" [{numbers[s]}]" for s in dict.fromkeys(fact.sources))


def _source_list(numbers: dict[str, int], sources: dict) -> list[dict]:
    return [
        {"number": number, "id": source_id, "source": source_line(sources[source_id], True)}
        for source_id, number in numbers.items()
        if source_id in sources
    ]


def _source_lines(numbers: dict[str, int], sources: dict) -> list[str]:
    return ["Sources:"] + [
        f"  [{number}] {source_line(sources[source_id], True)}"
        for source_id, number in numbers.items()
        if source_id in sources
    ]
