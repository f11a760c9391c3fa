"""Frozen records that the repository returns; plain data with no queries and no Qt.

Names and titles are cut at MAX_NAME_CHARS as a record is made, so no pane, title, list or
sheet ever lays out a name of a megabyte from a hostile file.
"""

from __future__ import annotations

from dataclasses import dataclass

from sco_desktop.core.domain.kinds import COUNCIL_LABELS
from sco_desktop.core.domain.limits import MAX_NAME_CHARS


def cap_name(text: str | None) -> str | None:
    """A name as shown: whole up to MAX_NAME_CHARS, else cut there with an ellipsis."""
    if text is None or len(text) <= MAX_NAME_CHARS:
        return text
    return text[: MAX_NAME_CHARS - 1] + "…"


def _cap(record: object, *fields: str) -> None:
    for field in fields:
        object.__setattr__(record, field, cap_name(getattr(record, field)))


def summit_title(city: str | None, year: int, council: str, format: str | None = None) -> str:
    """How a meeting is named everywhere: "Tianjin 2025 (Heads of State Council)".

    A meeting held by videoconference has no city (docs/schema.md); its title says how it met:
    "2020 (Heads of State Council, by videoconference)".
    """
    place = f"{city} " if city else ""
    how = ", by videoconference" if format == "virtual" else ""
    return f"{place}{year} ({COUNCIL_LABELS.get(council, council)}{how})"


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    author: str | None
    publisher: str | None
    published: str | None
    url: str | None
    kind: str
    accessed: str | None
    note: str | None

    def __post_init__(self) -> None:
        _cap(self, "title")


@dataclass(frozen=True, slots=True)
class StatusPeriod:
    state_id: str
    status: str
    start_date: str
    end_date: str | None
    decided_at: str | None
    source_id: str
    note: str | None

    @property
    def is_current(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True, slots=True)
class State:
    id: str
    name: str
    official_name: str | None
    name_ru: str | None
    name_zh: str | None
    capital: str | None
    summary: str | None
    source_id: str
    note: str | None
    status: str | None
    """The status held on the date the record was asked for; None if the state had none then."""

    def __post_init__(self) -> None:
        _cap(self, "name", "official_name", "name_ru", "name_zh", "capital")


@dataclass(frozen=True, slots=True)
class Body:
    id: str
    name: str
    name_ru: str | None
    name_zh: str | None
    kind: str
    seat_city: str | None
    seat_state_id: str | None
    established: str | None
    summary: str | None
    source_id: str
    note: str | None

    def __post_init__(self) -> None:
        _cap(self, "name", "name_ru", "name_zh", "seat_city")


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    body_id: str
    role: str
    person: str
    state_id: str | None
    start_date: str | None
    end_date: str | None
    source_id: str
    note: str | None


@dataclass(frozen=True, slots=True)
class Summit:
    id: str
    council: str
    number: int | None
    year: int
    city: str | None
    host_state_id: str | None
    start_date: str | None
    end_date: str | None
    format: str | None
    chair: str | None
    summary: str | None
    source_id: str
    note: str | None

    def __post_init__(self) -> None:
        _cap(self, "city")

    @property
    def title(self) -> str:
        return summit_title(self.city, self.year, self.council, self.format)


@dataclass(frozen=True, slots=True)
class Participant:
    summit_id: str
    state_id: str
    role: str
    source_id: str
    note: str | None
    person: str | None
    """Who represented the state, with the office held then: "Li Qiang (Premier)"."""

    def __post_init__(self) -> None:
        _cap(self, "person")


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    title: str
    kind: str
    signed_date: str | None
    signed_place: str | None
    in_force_date: str | None
    summit_id: str | None
    summary: str | None
    source_id: str
    note: str | None
    title_ru: str | None
    title_zh: str | None

    def __post_init__(self) -> None:
        _cap(self, "title", "signed_place", "title_ru", "title_zh")


@dataclass(frozen=True, slots=True)
class Party:
    """A state that signed a document signed by specific states (a border agreement)."""

    document_id: str
    state_id: str
    source_id: str
    note: str | None


@dataclass(frozen=True, slots=True)
class Leader:
    """A head of state or of government over a period: start inclusive, end exclusive."""

    state_id: str
    office: str
    person: str
    person_ru: str | None
    person_zh: str | None
    start_date: str | None
    end_date: str | None
    source_id: str
    note: str | None

    def __post_init__(self) -> None:
        _cap(self, "person", "person_ru", "person_zh")

    @property
    def follows_a_gap(self) -> bool:
        """Whether no holder is recorded for the days before this term (see is_declared_gap)."""
        return is_declared_gap(self.note)

    @property
    def acting(self) -> bool:
        """Whether the holder only acted in the office: the note says so first, after any gap."""
        return _after_gap(self.note).casefold().startswith("acting")


def is_declared_gap(note: str | None) -> bool:
    """Whether a leader's note declares that the days before the term have no recorded holder.

    The note then starts with a sentence "Gap: ..." saying why (an acting holder no citable
    source names); any other gap between two terms is a typing slip the build refuses.
    """
    return (note or "").casefold().startswith("gap:")


def _after_gap(note: str | None) -> str:
    """The note without its leading "Gap: ..." sentence."""
    text = note or ""
    if is_declared_gap(text):
        _gap, _stop, text = text.partition(". ")
    return text


@dataclass(frozen=True, slots=True)
class Chairmanship:
    """The state chairing the SCO from one Heads of State meeting to the next."""

    state_id: str
    start_date: str
    end_date: str | None
    source_id: str
    note: str | None


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: str
    series: str | None
    year: int
    start_date: str | None
    end_date: str | None
    host_state_id: str | None
    place: str | None
    summary: str | None
    source_id: str
    note: str | None

    def __post_init__(self) -> None:
        _cap(self, "name")

    @property
    def title(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class ExerciseParticipant:
    exercise_id: str
    state_id: str
    source_id: str
    note: str | None


@dataclass(frozen=True, slots=True)
class Indicator:
    """One figure of a state for one year: population, GDP (current US$) or area (km²)."""

    state_id: str
    indicator: str
    year: int
    value: int
    source_id: str
    note: str | None


_APPROXIMATE_WORDS = ("nearly", "about", "exceed", "over ", "approximately", "estimate", "may be")


@dataclass(frozen=True, slots=True)
class TradePoint:
    reporter: str
    partner: str
    year: int
    flow: str
    value_usd: int
    source_id: str
    note: str | None

    @property
    def is_approximate(self) -> bool:
        """The source gives the figure loosely ("nearly", "exceeding") or it is an estimate."""
        note = (self.note or "").casefold()
        return any(word in note for word in _APPROXIMATE_WORDS)


@dataclass(frozen=True, slots=True)
class Group:
    id: str
    name: str
    summary: str | None
    source_id: str

    def __post_init__(self) -> None:
        _cap(self, "name")


@dataclass(frozen=True, slots=True)
class City:
    name: str
    name_ru: str | None
    name_zh: str | None
    state_id: str | None
    source_id: str
    note: str | None

    def __post_init__(self) -> None:
        _cap(self, "name", "name_ru", "name_zh")


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str
    id: str
    name: str
    name_ru: str | None
    name_zh: str | None
    summary: str | None

    def __post_init__(self) -> None:
        _cap(self, "name", "name_ru", "name_zh")


@dataclass(frozen=True, slots=True)
class Counts:
    states: int
    bodies: int
    summits: int
    documents: int
    office_holders: int
    trade_rows: int
    sources: int
    status_periods: int
    exercises: int
