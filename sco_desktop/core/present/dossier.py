"""Gathers one entity and everything shown beside it into a Dossier; no Qt, no SQL, no markup.

The detail panes, the command line and (later) the fact sheets all render from a Dossier, so
they show the same facts with the same citations.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.dates import date_floor, held_on, year_over
from sco_desktop.core.domain.language import ENGLISH, name_in
from sco_desktop.core.domain.limits import MIN_COMPARED_GROUPS
from sco_desktop.core.domain.records import (
    Body,
    Chairmanship,
    City,
    Document,
    Exercise,
    ExerciseParticipant,
    Indicator,
    Leader,
    OfficeHolder,
    Participant,
    Party,
    Source,
    State,
    StatusPeriod,
    Summit,
    TradePoint,
)

Entity = State | Body | Summit | Document | Exercise | Source

# Councils whose meetings are the summits of one `summits.council` value.
_COUNCIL_OF_BODY = {
    "council-heads-of-state": "heads_of_state",
    "council-heads-of-government": "heads_of_government",
}


@dataclass(frozen=True)
class Dossier:
    kind: str
    entity: Entity
    as_of: str
    status_history: tuple[StatusPeriod, ...] = ()
    summits_hosted: tuple[Summit, ...] = ()
    summits: tuple[Summit, ...] = ()
    office_holders: tuple[OfficeHolder, ...] = ()
    participants: tuple[Participant, ...] = ()
    documents: tuple[Document, ...] = ()
    status_decisions: tuple[StatusPeriod, ...] = ()
    trade: tuple[TradePoint, ...] = ()
    citing: tuple[tuple[str, str], ...] = ()
    leaders: tuple[Leader, ...] = ()
    """A state's heads of state and government who took office by the as-of date."""
    indicators: tuple[Indicator, ...] = ()
    """A state's population, GDP and area figures for years up to the as-of date."""
    chairmanships: tuple[Chairmanship, ...] = ()
    """A state's terms chairing the SCO that began by the as-of date."""
    exercises: tuple[Exercise, ...] = ()
    """The joint exercises a state took part in, up to the as-of date."""
    exercise_participants: tuple[ExerciseParticipant, ...] = ()
    parties: tuple[Party, ...] = ()
    """The states that signed a document signed by specific states."""
    cities: dict[str, City] = field(default_factory=dict)
    labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """Every entity id the dossier mentions, mapped to (kind, display name)."""
    language: str = ENGLISH
    """The language its names (`labels`, `title`) are in where the data has them."""

    @property
    def title(self) -> str:
        """The entity's name or title, in the dossier's language where the data has it."""
        entity = self.entity
        english = entity.name if isinstance(entity, State | Body) else entity.title
        if self.language == ENGLISH:
            return english
        return self.labels.get(entity.id, ("", english))[1] or english


def gather(
    repo: Repository,
    kind: str,
    entity_id: str,
    as_of: str | None = None,
    language: str = ENGLISH,
) -> Dossier | None:
    """The dossier of one entity, with statuses as they stood on `as_of` (default: data date);
    the entities it names are named in `language` where the data has their names in it."""
    dossier = _gather(repo, kind, entity_id, as_of or repo.data_as_of, _labels(repo, language))
    return dossier if dossier is None else replace(dossier, language=language)


def _gather(
    repo: Repository, kind: str, entity_id: str, as_of: str, labels: Mapping[str, tuple[str, str]]
) -> Dossier | None:
    if kind == "state":
        state = repo.state(entity_id, as_of=as_of)
        if state is None:
            return None
        hosted = tuple(repo.summits(host_state_id=state.id))
        hosted_ids = {s.id for s in hosted}
        signed = [d for d in repo.documents_of_party(state.id) if d.summit_id not in hosted_ids]
        return Dossier(
            kind,
            state,
            as_of,
            status_history=tuple(repo.status_history(state.id)),
            summits_hosted=hosted,
            documents=tuple(repo.documents_at(sorted(hosted_ids))) + tuple(signed),
            leaders=tuple(
                leader for leader in repo.leaders(state.id) if _begun(leader.start_date, as_of)
            ),
            indicators=tuple(i for i in repo.indicators(state.id) if str(i.year) <= as_of[:4]),
            chairmanships=tuple(c for c in repo.chairmanships(state.id) if c.start_date <= as_of),
            exercises=tuple(
                e for e in repo.exercises(state.id) if _begun(e.start_date or str(e.year), as_of)
            ),
            trade=tuple(p for p in _trade_of(repo, state.id) if year_over(p.year, as_of)),
            cities=_cities(repo, [state.capital]),
            labels=labels,
        )
    if kind == "body":
        body = repo.body(entity_id)
        if body is None:
            return None
        council = _COUNCIL_OF_BODY.get(body.id)
        stem = body.name.split(" (")[0].casefold()
        return Dossier(
            kind,
            body,
            as_of,
            office_holders=tuple(repo.office_holders(body.id)),
            summits=tuple(repo.summits(council=council)) if council else (),
            documents=tuple(repo.documents_titled(stem)),
            cities=_cities(repo, [body.seat_city]),
            labels=labels,
        )
    if kind == "summit":
        summit = repo.summit(entity_id)
        if summit is None:
            return None
        return Dossier(
            kind,
            summit,
            as_of,
            participants=tuple(repo.participants(summit.id)),
            documents=tuple(repo.documents(summit_id=summit.id)),
            status_decisions=tuple(repo.status_decisions(summit.id)),
            cities=_cities(repo, [summit.city]),
            labels=labels,
        )
    if kind == "document":
        document = repo.document(entity_id)
        if document is None:
            return None
        return Dossier(
            kind,
            document,
            as_of,
            parties=tuple(repo.parties(document.id)),
            cities=_cities(repo, [document.signed_place]),
            labels=labels,
        )
    if kind == "exercise":
        exercise = repo.exercise(entity_id)
        if exercise is None:
            return None
        return Dossier(
            kind,
            exercise,
            as_of,
            exercise_participants=tuple(repo.exercise_participants(exercise.id)),
            labels=labels,
        )
    if kind == "source":
        source = repo.source(entity_id)
        if source is None:
            return None
        return Dossier(kind, source, as_of, citing=tuple(repo.citing(source.id)), labels=labels)
    return None


def _begun(start: str | None, as_of: str) -> bool:
    """Whether something that starts on `start` (unknown: long before) had begun by `as_of`."""
    return start is None or date_floor(start) <= as_of


def _trade_of(repo: Repository, state_id: str) -> list[TradePoint]:
    if state_id == "CHN":
        return repo.trade_with_groups("CHN", "total")
    points = []
    for flow in ("total", "export", "import"):
        points += repo.trade_series("CHN", state_id, flow)
        points += repo.trade_series(state_id, "CHN", flow)
    return sorted(points, key=lambda p: (p.year, p.reporter, p.flow))


def _labels(repo: Repository, language: str = ENGLISH) -> Mapping[str, tuple[str, str]]:
    """Names of entities and of trade groups (WLD, EU ...), by id; each read when asked for."""
    return ChainMap(repo.group_labels(), repo.labels(language))


def _cities(repo: Repository, names: list[str | None]) -> dict[str, City]:
    return {name: city for name in names if name and (city := repo.city(name)) is not None}


@dataclass(frozen=True)
class Overview:
    """The SCO as a whole on one date: who held which status, the latest meeting, trade totals."""

    as_of: str
    data_as_of: str
    states: tuple[State, ...]
    bodies: tuple[Body, ...]
    latest_summit: Summit | None
    chair: Chairmanship | None
    """The chairmanship held on the as-of date, if the data records one."""
    trade: tuple[TradePoint, ...]
    counts: dict[str, int]
    labels: Mapping[str, tuple[str, str]]
    founding: StatusPeriod | None = None
    """The earliest membership in the data: the founding members' first period."""
    secretariat: Body | None = None
    secretary_general: OfficeHolder | None = None
    """Who held the office on the as-of date, if the data says."""
    state_counts: dict[str, int] = field(default_factory=dict)
    """How many states held each status: `states` may list only the first of them."""
    body_counts: dict[str, int] = field(default_factory=dict)
    """How many bodies there are of each kind: `bodies` may list only the first of them."""


SECRETARIAT = "secretariat"
"""The body whose seat and head the overview names (ids as in data/bodies.csv)."""
SECRETARY_GENERAL = "Secretary-General"


def _founding(repo: Repository) -> StatusPeriod | None:
    return repo.first_period("member")


def _holder_on(repo: Repository, body_id: str, role: str, day: str) -> OfficeHolder | None:
    held = [
        h
        for h in repo.office_holders(body_id)
        if h.role == role and h.start_date and held_on(h.start_date, h.end_date, day)
    ]
    return held[-1] if held else None


def gather_overview(
    repo: Repository,
    as_of: str | None = None,
    per_list: int | None = None,
    language: str = ENGLISH,
) -> Overview:
    """The overview on `as_of`; with `per_list`, at most that many states of each status and
    bodies of each kind (the counts are always whole)."""
    as_of = as_of or repo.data_as_of
    limit = -1 if per_list is None else per_list
    state_counts = {status: n for status, n in repo.state_counts(as_of).items() if status}
    # Bodies not yet set up on the date are left out, like statuses not yet held.
    body_counts = repo.body_counts(established_by=as_of)
    states = [
        state for status in state_counts for state in repo.state_page(status, as_of, 0, limit)
    ]
    bodies = sorted(
        (b for kind in body_counts for b in repo.bodies(kind, 0, limit, established_by=as_of)),
        key=lambda b: (b.name, b.id),
    )
    latest = repo.summits(council="heads_of_state", held_by=as_of, limit=1)
    trade = [
        point
        for point in repo.trade_with_groups("CHN", "total")
        if year_over(point.year, as_of)  # a year's total is known only once the year is over
    ]
    # The latest year in which several groupings can be compared: one grouping alone (or the
    # world alone) would read as if it were the whole picture.
    grouped: dict[int, int] = {}
    for point in trade:
        if point.partner != "WLD":  # the world total is what shares are of, not a grouping
            grouped[point.year] = grouped.get(point.year, 0) + 1
    latest_year = max((y for y, n in grouped.items() if n >= MIN_COMPARED_GROUPS), default=None)
    counts = repo.counts()
    secretariat = repo.body(SECRETARIAT)
    if secretariat and secretariat.established and date_floor(secretariat.established) > as_of:
        secretariat = None  # not set up yet on the date, like the bodies listed
    return Overview(
        as_of=as_of,
        data_as_of=repo.data_as_of,
        states=tuple(sorted(states, key=lambda s: (s.name, s.id))),
        bodies=tuple(bodies),
        latest_summit=latest[0] if latest else None,
        chair=repo.chairmanship_on(as_of),
        trade=tuple(p for p in trade if p.year == latest_year),
        counts={
            "states": counts.states,
            "bodies": counts.bodies,
            "meetings": counts.summits,
            "documents": counts.documents,
            "exercises": counts.exercises,
            "sources": counts.sources,
        },
        # The names of what the page lists are at hand: no look-up for each of its links.
        labels=ChainMap(
            {s.id: ("state", name_in(language, s.name, s.name_ru, s.name_zh)) for s in states},
            {b.id: ("body", name_in(language, b.name, b.name_ru, b.name_zh)) for b in bodies},
            _labels(repo, language),
        ),
        founding=_founding(repo),
        secretariat=secretariat,
        secretary_general=_holder_on(repo, SECRETARIAT, SECRETARY_GENERAL, as_of),
        state_counts=state_counts,
        body_counts=body_counts,
    )
