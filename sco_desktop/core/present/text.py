"""Renders a Dossier or the Overview as JSON-ready data and as plain text, for the command line.

The panes and sheets render the same dossiers as HTML (html.py); this module shows the same facts
and numbers their sources in the same reading order, so a citation [n] names the same source in
the pane and on the terminal. Where prose (a note) names source ids, they become citation numbers
as in the pane; the Sources list gives each source's title, publisher and address.

It must not query the repository, print, or import Qt: the caller gathers the dossier and prints
what comes back. Data is never trusted: `visible` shows control characters as escapes, so text
from the data cannot drive a terminal, and `to_json` escapes those JSON would leave raw.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from sco_desktop.core.domain.dates import held_on
from sco_desktop.core.domain.formatting import format_share, format_usd
from sco_desktop.core.domain.kinds import (
    COUNCIL_LABELS,
    EXERCISE_SERIES_LABELS,
    INDICATOR_LABELS,
    KIND_LABELS,
    OFFICE_LABELS,
    STATUS_LABELS,
)
from sco_desktop.core.domain.records import City, Source, TradePoint
from sco_desktop.core.present.dossier import Dossier, Overview

# The pane's own rules for citing prose and naming trade flows, so both read the same.
from sco_desktop.core.present.wording import (
    ROLE_LABELS,
    SOURCE_ID,
    after_as_of,
    document_kind,
    field_sources,
    indicator_text,
    indicators_by_year,
    is_acting,
    latest_indicators,
    leaders_now,
    participant_note,
    participating,
    source_line,
    term_end,
    trade_label,
    trade_order,
)

Data = dict[str, Any]

TRADE_NOTE = (
    "Goods, US dollars, current prices; China's customs figures unless the partner's own"
    " statistics are named."
)

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 controls but tab and newline, DEL, and the C1 controls (0x9b alone starts an escape)."""


def visible(text: str) -> str:
    """`text` with every control character but newline and tab written as an escape (\\x1b)."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def to_json(data: Any) -> str:
    """Indented JSON, non-ASCII letters kept; DEL and C1 controls escaped like C0 ones."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # json escapes C0 itself; any other control can only stand inside a string, where \\u is valid.
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


# -- citations ----------------------------------------------------------------------------------


class _Citations:
    """Numbers sources in the order the reader meets them, as the pane does.

    Research notes (which the pane keeps behind its Provenance disclosure, after every fact) and
    prose the pane leaves out (notes on trade rows) are resolved only at the end (`later`), so
    their sources take the numbers after those of the pane's facts.
    """

    def __init__(self, sources: Mapping[str, Source]) -> None:
        self._sources = sources
        self._numbers: dict[str, int] = {}
        self._pending: list[tuple[Data, str]] = []

    @property
    def known(self) -> Mapping[str, Source]:
        return self._sources

    def number(self, source_id: str) -> int:
        return self._numbers.setdefault(source_id, len(self._numbers) + 1)

    def cite(self, source_id: str | None) -> Data | None:
        """The citation of one fact: its number and the source's title, publisher and address."""
        if not source_id:
            return None
        source = self._sources.get(source_id)
        return {
            "number": self.number(source_id),
            "id": source_id,
            "title": source.title if source else None,
            "publisher": source.publisher if source else None,
            "url": source.url if source else None,
        }

    def prose(self, text: str | None) -> str | None:
        """Text in which the ids of known sources become citation numbers ([3])."""
        if not text:
            return text

        def replace(match: re.Match[str]) -> str:
            found = match.group()
            return f"[{self.number(found)}]" if found in self._sources else found

        return SOURCE_ID.sub(replace, text)

    def later(self, row: Data, key: str, text: str | None) -> None:
        """Sets row[key] to `text`, with its source ids resolved once the pane's are numbered."""
        row[key] = text
        if text:
            self._pending.append((row, key))

    def listing(self) -> list[Data]:
        """Every source cited, numbered, in full."""
        for row, key in self._pending:
            row[key] = self.prose(row[key])
        self._pending.clear()
        listed = []
        for source_id, number in self._numbers.items():
            source = self._sources.get(source_id)
            entry: Data = {"number": number, "id": source_id}
            if source is not None:
                entry |= {
                    "title": source.title,
                    "author": source.author,
                    "publisher": source.publisher,
                    "published": source.published,
                    "url": source.url,
                    "kind": source.kind,
                    "accessed": source.accessed,
                    "line": source_line(source, with_address=True),
                }
            listed.append(entry)
        return listed


# -- JSON-ready data ----------------------------------------------------------------------------


def dossier_data(dossier: Dossier, sources: Mapping[str, Source]) -> Data:
    """Everything the pane shows for one entity, as plain data, with its citations resolved."""
    cites = _Citations(sources)
    entity = dossier.entity
    data: Data = {
        "type": dossier.kind,
        "kind_label": KIND_LABELS[dossier.kind],
        "id": entity.id,
        "title": dossier.title,
        "as_of": dossier.as_of,
        "after_as_of": after_as_of(dossier) or None,
    }
    built = _BUILDERS[dossier.kind](dossier, cites)
    sources = cites.listing()  # resolves the notes in `built` first
    return data | built | {"sources": sources}


def _ref(labels: Mapping[str, tuple[str, str]], entity_id: str | None) -> Data | None:
    """An entity the dossier mentions: its kind, id and name (the id if it is not known)."""
    if not entity_id:
        return None
    kind, name = labels.get(entity_id, ("", entity_id))
    return {"kind": kind or None, "id": entity_id, "name": name}


def _city(dossier: Dossier, name: str | None) -> Data | None:
    if not name:
        return None
    city: City | None = dossier.cities.get(name)
    return {
        "name": name,
        "name_ru": city.name_ru if city else None,
        "name_zh": city.name_zh if city else None,
    }


def _summary(data: Data, entity: Any, cites: _Citations) -> None:
    """Adds the summary (citing the record's source, as the pane does) and the note to `data`."""
    fields, note = field_sources(entity.note, cites.known)
    data["summary"] = entity.summary
    if entity.summary:
        cites.cite(entity.source_id)
        data["summary_sources"] = [cites.cite(i) for i in fields.get("summary", [])]
    # The pane keeps research notes behind its Provenance disclosure, after every fact.
    cites.later(data, "note", note or None)


def _listed(items) -> list[Data]:
    """Meetings or documents as the pane lists them: id, title, date (and a document's kind)."""
    rows = []
    for item in items:
        row: Data = {"id": item.id, "title": item.title}
        if hasattr(item, "signed_date"):
            row |= {"kind": item.kind, "date": item.signed_date}
        elif hasattr(item, "series"):
            row["date"] = item.start_date or str(item.year)
        else:
            row["date"] = item.start_date
        rows.append(row)
    return rows


def _state(dossier: Dossier, cites: _Citations) -> Data:
    state = dossier.entity
    data: Data = {
        "names": {"en": state.name, "ru": state.name_ru, "zh": state.name_zh},
        "source": cites.cite(state.source_id),
        "official_name": state.official_name,
        "capital": _city(dossier, state.capital),
    }
    current = next(
        (p for p in dossier.status_history if held_on(p.start_date, p.end_date, dossier.as_of)),
        None,
    )
    data["status"] = (
        {
            "status": state.status,
            "label": STATUS_LABELS[state.status],
            "since": current.start_date if current else None,
            "source": cites.cite(current.source_id if current else None),
        }
        if state.status
        else None
    )
    # The sources the note gives for single facts, cited beside them as in the pane.
    fields, _rest = field_sources(state.note, cites.known)
    shown = {
        "official_name": state.official_name,
        "name_ru": state.name_ru,
        "name_zh": state.name_zh,
        "capital": state.capital,
    }
    data["field_sources"] = {
        column: [cites.cite(source_id) for source_id in fields[column]]
        for column, value in shown.items()
        if value and column in fields
    }
    data["leaders_now"] = [
        {
            "office": leader.office,
            "office_label": label,
            "person": leader.person,
            "acting": is_acting(leader),
            "source": cites.cite(leader.source_id),
        }
        for label, leader in leaders_now(dossier)
    ]
    data["figures"] = [
        {
            "indicator": figure.indicator,
            "label": label,
            "year": figure.year,
            "value": figure.value,
            "value_text": indicator_text(figure),
            "source": cites.cite(figure.source_id),
        }
        for label, figure in latest_indicators(dossier)
    ]
    _summary(data, state, cites)
    leaders = []
    for leader in dossier.leaders:
        row = {
            "office": leader.office,
            "office_label": OFFICE_LABELS[leader.office],
            "person": leader.person,
            "person_ru": leader.person_ru,
            "person_zh": leader.person_zh,
            "start_date": leader.start_date,
            "end_date": leader.end_date,
            "follows_a_gap": leader.follows_a_gap,
            "source": cites.cite(leader.source_id),
        }
        cites.later(row, "note", leader.note)
        leaders.append(row)
    data["leaders"] = leaders
    chairs = []
    for term in dossier.chairmanships:
        row = {
            "start_date": term.start_date,
            "end_date": term.end_date,
            "source": cites.cite(term.source_id),
        }
        cites.later(row, "note", term.note)
        chairs.append(row)
    data["chairmanships"] = chairs
    figures = []
    # In the pane's order (a row per year, newest first), so the citations number alike.
    _names, years = indicators_by_year(dossier)
    for figure in (x for _year, row in years for x in row if x):
        row = {
            "indicator": figure.indicator,
            "label": INDICATOR_LABELS[figure.indicator],
            "year": figure.year,
            "value": figure.value,
            "value_text": indicator_text(figure),
            "source": cites.cite(figure.source_id),
        }
        cites.later(row, "note", figure.note)
        figures.append(row)
    data["indicators"] = figures
    history = []
    for period in dossier.status_history:
        row = {
            "status": period.status,
            "label": STATUS_LABELS[period.status],
            "start_date": period.start_date,
            "end_date": period.end_date,
            "decided_at": _ref(dossier.labels, period.decided_at),
            "source": cites.cite(period.source_id),
        }
        cites.later(row, "note", period.note)
        history.append(row)
    data["status_history"] = history
    data["meetings_hosted"] = _listed(dossier.summits_hosted)
    data["documents"] = _listed(dossier.documents)
    data["exercises"] = _listed(dossier.exercises)
    data["trade"] = _trade(dossier, cites)
    return data


def _trade(dossier: Dossier, cites: _Citations) -> list[Data]:
    rows = []
    for point in sorted(dossier.trade, key=trade_order):
        row = {
            **_trade_parties(dossier.labels, point),
            "year": point.year,
            "flow": point.flow,
            "label": trade_label(dossier, point),
            "value": point.value_usd,
            "unit": "USD",
            "value_text": format_usd(point.value_usd),
            "source": cites.cite(point.source_id),
        }
        cites.later(row, "note", point.note)
        rows.append(row)
    return rows


def _trade_parties(labels: Mapping[str, tuple[str, str]], point: TradePoint) -> Data:
    return {
        "reporter": point.reporter,
        "reporter_name": labels.get(point.reporter, ("", point.reporter))[1],
        "partner": point.partner,
        "partner_name": labels.get(point.partner, ("", point.partner))[1],
    }


def _body(dossier: Dossier, cites: _Citations) -> Data:
    body = dossier.entity
    data: Data = {
        "names": {"en": body.name, "ru": body.name_ru, "zh": body.name_zh},
        "kind": body.kind,
        "kind_text": body.kind.replace("_", " ").capitalize(),
        "source": cites.cite(body.source_id),
        "seat": {
            "city": _city(dossier, body.seat_city),
            "state": _ref(dossier.labels, body.seat_state_id),
        },
        "established": body.established,
    }
    _summary(data, body, cites)
    holders = []
    for holder in dossier.office_holders:
        row = {
            "role": holder.role,
            "person": holder.person,
            "state": _ref(dossier.labels, holder.state_id),
            "start_date": holder.start_date,
            "end_date": holder.end_date,
            "term_end_text": term_end(holder, dossier.office_holders),
            "source": cites.cite(holder.source_id),
        }
        cites.later(row, "note", holder.note)
        holders.append(row)
    data["office_holders"] = holders
    data["meetings"] = _listed(dossier.summits)
    data["documents"] = _listed(dossier.documents)
    return data


def _summit(dossier: Dossier, cites: _Citations) -> Data:
    summit = dossier.entity
    data: Data = {
        "council": summit.council,
        "council_label": COUNCIL_LABELS.get(summit.council, summit.council),
        "source": cites.cite(summit.source_id),
        "number": summit.number,
        "year": summit.year,
        "start_date": summit.start_date,
        "end_date": summit.end_date,
        "city": _city(dossier, summit.city),
        "host": _ref(dossier.labels, summit.host_state_id),
        "format": summit.format,
        "chair": _ref(dossier.labels, summit.chair),
    }
    _summary(data, summit, cites)

    def name(state_id: str) -> str:
        return dossier.labels.get(state_id, ("", state_id))[1]

    # By role in the pane's order, then by name: cited in the order they are shown.
    roles = list(ROLE_LABELS)
    participants = []
    for participant in sorted(
        sorted(dossier.participants, key=lambda p: name(p.state_id)),
        key=lambda p: roles.index(p.role) if p.role in roles else len(roles),
    ):
        person_sources, note = participant_note(participant, cites.known)
        # The person's sources first: the pane shows them inside the brackets, before the mark.
        row = {
            "state": _ref(dossier.labels, participant.state_id),
            "role": participant.role,
            "role_label": ROLE_LABELS.get(participant.role, participant.role),
            "person": participant.person,
            "person_sources": [cites.cite(source_id) for source_id in person_sources],
            "source": cites.cite(participant.source_id),
        }
        cites.later(row, "note", note)
        participants.append(row)
    data["participants"] = participants
    decisions = []
    for decision in sorted(dossier.status_decisions, key=lambda d: name(d.state_id)):
        row = {
            "state": _ref(dossier.labels, decision.state_id),
            "status": decision.status,
            "label": STATUS_LABELS[decision.status],
            "start_date": decision.start_date,
            "source": cites.cite(decision.source_id),
        }
        cites.later(row, "note", decision.note)
        decisions.append(row)
    data["status_decisions"] = decisions
    data["documents"] = _listed(dossier.documents)
    return data


def _document(dossier: Dossier, cites: _Citations) -> Data:
    document = dossier.entity
    data: Data = {
        "titles": {"en": document.title, "ru": document.title_ru, "zh": document.title_zh},
        "kind": document.kind,
        "kind_text": document_kind(document.kind),
        "source": cites.cite(document.source_id),
    }
    # The sources the note gives for the titles, cited beside them as in the pane.
    fields, _rest = field_sources(document.note, cites.known)
    titles = {"title_ru": document.title_ru, "title_zh": document.title_zh}
    data["field_sources"] = {
        column: [cites.cite(source_id) for source_id in fields[column]]
        for column, value in titles.items()
        if value and column in fields
    }
    parties = []
    for party in dossier.parties:
        row = {"state": _ref(dossier.labels, party.state_id), "source": cites.cite(party.source_id)}
        cites.later(row, "note", party.note)
        parties.append(row)
    data |= {
        "parties": parties,
        "signed_date": document.signed_date,
        "signed_place": _city(dossier, document.signed_place),
        "in_force_date": document.in_force_date,
        "adopted_at": _ref(dossier.labels, document.summit_id),
    }
    _summary(data, document, cites)
    return data


def _exercise(dossier: Dossier, cites: _Citations) -> Data:
    exercise = dossier.entity
    data: Data = {
        "series": exercise.series,
        "series_label": EXERCISE_SERIES_LABELS.get(exercise.series, "Joint exercise"),
        "source": cites.cite(exercise.source_id),
        "year": exercise.year,
        "start_date": exercise.start_date,
        "end_date": exercise.end_date,
        "host": _ref(dossier.labels, exercise.host_state_id),
        "place": exercise.place,
    }
    _summary(data, exercise, cites)
    taking_part = []
    for participant in participating(dossier):
        row = {
            "state": _ref(dossier.labels, participant.state_id),
            "source": cites.cite(participant.source_id),
        }
        cites.later(row, "note", participant.note)
        taking_part.append(row)
    data["participants"] = taking_part
    return data


def _source(dossier: Dossier, cites: _Citations) -> Data:
    source = dossier.entity
    return {
        "author": source.author,
        "publisher": source.publisher,
        "published": source.published,
        "url": source.url,
        "kind": source.kind,
        "accessed": source.accessed,
        "note": source.note,  # the pane shows a source's own note as it stands
        "cited_for": [_ref(dossier.labels, entity_id) for _kind, entity_id in dossier.citing],
    }


_BUILDERS: dict[str, Callable[[Dossier, _Citations], Data]] = {
    "state": _state,
    "body": _body,
    "summit": _summit,
    "document": _document,
    "exercise": _exercise,
    "source": _source,
}


def overview_data(overview: Overview, sources: Mapping[str, Source]) -> Data:
    """The home pane's facts: statuses on the as-of date, bodies, latest meeting, trade, counts."""
    cites = _Citations(sources)
    # Cited first, as the pane shows them first: the numbers of the sources agree.
    key_facts = []
    if founding := overview.founding:
        key_facts.append(
            {
                "label": "Founded",
                "value": founding.start_date,
                "at": founding.decided_at,
                "source": cites.cite(founding.source_id),
            }
        )
    if (secretariat := overview.secretariat) and secretariat.seat_city:
        key_facts.append(
            {
                "label": "Secretariat",
                "value": secretariat.seat_city,
                "at": secretariat.id,
                "source": cites.cite(secretariat.source_id),
            }
        )
    if head := overview.secretary_general:
        key_facts.append(
            {
                "label": f"Secretary-General on {overview.as_of}",
                "value": f"{head.person}, since {head.start_date}",
                "at": head.state_id,
                "source": cites.cite(head.source_id),
            }
        )
    by_status = {
        status: [
            {"id": s.id, "name": s.name, "name_ru": s.name_ru, "name_zh": s.name_zh}
            for s in overview.states
            if s.status == status
        ]
        for status in STATUS_LABELS
    }
    chair = None
    if overview.chair:
        chair = {
            "state": _ref(overview.labels, overview.chair.state_id),
            "since": overview.chair.start_date,
            "source": cites.cite(overview.chair.source_id),
        }
    latest = None
    if overview.latest_summit:
        summit = overview.latest_summit
        latest = {
            "id": summit.id,
            "title": summit.title,
            "date": summit.start_date,
            "source": cites.cite(summit.source_id),
        }
    world = next((p.value_usd for p in overview.trade if p.partner == "WLD"), None)
    trade = [
        {
            **_trade_parties(overview.labels, p),
            "year": p.year,
            "flow": p.flow,
            "value": p.value_usd,
            "unit": "USD",
            "value_text": format_usd(p.value_usd),
            "share_of_china_total": p.value_usd / world if world else None,
            "source": cites.cite(p.source_id),
        }
        for p in sorted(overview.trade, key=lambda p: -p.value_usd)
    ]
    return {
        "type": "overview",
        "id": "sco",
        "title": "Shanghai Cooperation Organisation",
        "names": {
            "en": "Shanghai Cooperation Organisation",
            "ru": "Шанхайская организация сотрудничества",
            "zh": "上海合作组织",
        },
        "as_of": overview.as_of,
        "data_as_of": overview.data_as_of,
        "key_facts": key_facts,
        "states": {
            status: {"label": STATUS_LABELS[status], "states": states}
            for status, states in by_status.items()
        },
        "bodies": [{"id": b.id, "name": b.name, "kind": b.kind} for b in overview.bodies],
        "chair": chair,
        "latest_heads_of_state_meeting": latest,
        "trade": trade,
        "counts": dict(overview.counts),
        "sources": cites.listing(),
    }


# -- plain text ---------------------------------------------------------------------------------


def dossier_text(dossier: Dossier, sources: Mapping[str, Source]) -> str:
    """The same facts as `dossier_data`, readable on a terminal, control characters escaped."""
    data = dossier_data(dossier, sources)
    lines = [data["title"]]
    if data["after_as_of"]:
        lines.append(data["after_as_of"])
    _TEXTS[data["type"]](data, lines)
    _sources_text(data, lines)
    return visible("\n".join(lines))


def overview_text(overview: Overview, sources: Mapping[str, Source]) -> str:
    data = overview_data(overview, sources)
    names = data["names"]
    lines = [data["title"], f"{names['ru']} · {names['zh']}", "Overview", ""]
    lines.append(
        f"Statuses as they stood on {data['as_of']}; the data describes the organisation"
        f" as of {data['data_as_of']}."
    )
    if data["key_facts"]:
        lines.append("")
        width = max(len(fact["label"]) for fact in data["key_facts"])
        for fact in data["key_facts"]:
            where = f" ({fact['at']})" if fact["at"] else ""
            label = f"{fact['label']}:"
            lines.append(f"{label:<{width + 1}} {fact['value']}{where}{_mark(fact['source'])}")
    for group in data["states"].values():
        if group["states"]:
            lines += ["", f"{group['label']}s ({len(group['states'])}):"]
            lines += [f"  {s['id']:<8} {s['name']}" for s in group["states"]]
    if data["bodies"]:
        lines += ["", f"Bodies ({len(data['bodies'])}):"]
        lines += _listing([(b["id"], b["name"]) for b in data["bodies"]])
    if data["chair"]:
        chair = data["chair"]
        lines += [
            "",
            f"Chairmanship: {_named(chair['state'])} chairs the SCO on {data['as_of']},"
            f" since {chair['since']}{_mark(chair['source'])}",
        ]
    latest = data["latest_heads_of_state_meeting"]
    if latest:
        lines += [
            "",
            "Latest Heads of State meeting:",
            f"  {latest['title']} ({latest['id']}), {latest['date'] or 'date unknown'}"
            f"{_mark(latest['source'])}",
        ]
    if not data["trade"]:
        lines += [
            "",
            "China's goods trade:",
            f"  No year before {data['as_of'][:4]} has totals for several groupings to compare.",
        ]
    else:
        lines += ["", f"China's goods trade, {data['trade'][0]['year']}:"]
        width = max(len(row["partner_name"]) for row in data["trade"])
        for row in data["trade"]:
            share = row["share_of_china_total"]
            lines.append(
                f"  {row['partner_name']:<{width}}  {row['value_text']:>12}"
                f"  {format_share(share) if share is not None else '':>6}{_mark(row['source'])}"
            )
    counts = data["counts"]
    lines += [
        "",
        f"The whole database: {counts['states']} states, {counts['bodies']} bodies,"
        f" {counts['meetings']} meetings, {counts['documents']} documents,"
        f" {counts['exercises']} joint exercises, {counts['sources']} sources.",
    ]
    _sources_text(data, lines)
    return visible("\n".join(lines))


def _mark(citation: Data | None) -> str:
    return f" [{citation['number']}]" if citation else ""


def _named(ref: Data | None) -> str:
    """An entity named in running text, with its id to `show` it by."""
    if not ref:
        return ""
    return ref["name"] if ref["name"] == ref["id"] else f"{ref['name']} ({ref['id']})"


def _place(city: Data | None) -> str:
    if not city:
        return ""
    others = [n for n in (city["name_ru"], city["name_zh"]) if n]
    return city["name"] + (f" ({' · '.join(others)})" if others else "")


def _facts(lines: list[str], rows: list[tuple[str, str]]) -> None:
    lines.append("")
    lines += [f"{label + ':':<15} {value}" for label, value in rows if value]


def _indented(label: str, text: str | None, indent: str = "      ") -> list[str]:
    if not text:
        return []
    return [f"{indent}{label}" + text.replace("\n", "\n" + indent + "  ")]


def _listing(items: list[tuple[str, str]]) -> list[str]:
    width = max((len(entity_id) for entity_id, _ in items), default=0)
    return [f"  {entity_id:<{width}}  {title}" for entity_id, title in items]


def _section(lines: list[str], heading: str, items: list[Data]) -> None:
    if items:
        lines += ["", f"{heading}:"]
        lines += _listing(
            [(i["id"], i["title"] + (f", {i['date']}" if i.get("date") else "")) for i in items]
        )


def _marks(citations: list[Data] | None) -> str:
    return "".join(_mark(c) for c in citations or [])


def _summary_text(data: Data, lines: list[str]) -> None:
    if data.get("summary"):
        lines += ["", data["summary"] + _mark(data["source"]) + _marks(data.get("summary_sources"))]
    if data.get("note"):
        lines += ["", f"Note: {data['note']}"]


def _state_text(data: Data, lines: list[str]) -> None:
    names = data["names"]
    fields = data["field_sources"]
    if data["official_name"]:
        lines.append(data["official_name"] + _marks(fields.get("official_name")))
    lines.append(f"{data['kind_label']} {data['id']}")
    status = data["status"]
    status_text = "No SCO status"
    if status:
        since = f" since {status['since']}" if status["since"] else ""
        status_text = f"{status['label']}{since}{_mark(status['source'])}"
    _facts(
        lines,
        [
            ("English", names["en"] + _mark(data["source"])),
            ("Russian", (names["ru"] or "") + _marks(fields.get("name_ru"))),
            ("Chinese", (names["zh"] or "") + _marks(fields.get("name_zh"))),
            ("Capital", _place(data["capital"]) + _marks(fields.get("capital"))),
            (f"Status on {data['as_of']}", status_text),
            *(
                (
                    f"{x['office_label']} on {data['as_of']}",
                    x["person"] + (" (acting)" if x["acting"] else "") + _mark(x["source"]),
                )
                for x in data["leaders_now"]
            ),
            *((x["label"], x["value_text"] + _mark(x["source"])) for x in data["figures"]),
            ("ISO 3166 code", data["id"]),
        ],
    )
    _summary_text(data, lines)
    if data["leaders"]:
        lines += ["", "Heads of state and government (a term ends on the successor's first day):"]
        for before, x in zip([None, *data["leaders"]], data["leaders"], strict=False):
            if x["follows_a_gap"] and before:
                lines.append(
                    f"  {x['office_label']:<18} no holder recorded,"
                    f" {before['end_date']} to {x['start_date']}"
                )
            others = " · ".join(n for n in (x["person_ru"], x["person_zh"]) if n)
            lines.append(
                f"  {x['office_label']:<18} {x['person']}{f' ({others})' if others else ''},"
                f" {x['start_date'] or 'not known'} to {x['end_date'] or 'present'}"
                f"{_mark(x['source'])}"
            )
            lines += _indented("note: ", x["note"])
    if data["chairmanships"]:
        lines += ["", "Chairmanship of the SCO:"]
        for x in data["chairmanships"]:
            lines.append(f"  {x['start_date']} to {x['end_date'] or 'present'}{_mark(x['source'])}")
            lines += _indented("note: ", x["note"])
    if data["indicators"]:
        lines += ["", "Population, economy and area:"]
        for x in data["indicators"]:
            lines.append(f"  {x['label']:<10} {x['year']}  {x['value_text']}{_mark(x['source'])}")
            lines += _indented("note: ", x["note"])
    if data["status_history"]:
        lines += ["", "Status history:"]
        for period in data["status_history"]:
            decided = f", decided at {_named(period['decided_at'])}" if period["decided_at"] else ""
            lines.append(
                f"  {period['label']:<18} {period['start_date']} to"
                f" {period['end_date'] or 'present'}{decided}{_mark(period['source'])}"
            )
            lines += _indented("note: ", period["note"])
    _section(lines, "Meetings hosted", data["meetings_hosted"])
    _section(
        lines, "Documents adopted at meetings it hosted, and treaties it signed", data["documents"]
    )
    _section(lines, "Joint exercises it took part in", data["exercises"])
    lines += ["", "Trade with China:"]
    if not data["trade"]:
        lines.append("  No trade figures are recorded.")
        return
    lines.append(f"  {TRADE_NOTE}")
    width = max(len(row["label"]) for row in data["trade"])
    for row in data["trade"]:
        lines.append(
            f"  {row['year']}  {row['label']:<{width}}  {row['value_text']:>12}"
            f"{_mark(row['source'])}"
        )
        lines += _indented("note: ", row["note"], indent="        ")


def _body_text(data: Data, lines: list[str]) -> None:
    names = data["names"]
    lines.append(f"{data['kind_label']} {data['id']}")
    seat = ", ".join(filter(None, (_place(data["seat"]["city"]), _named(data["seat"]["state"]))))
    _facts(
        lines,
        [
            ("Russian", names["ru"]),
            ("Chinese", names["zh"]),
            ("Kind", data["kind_text"] + _mark(data["source"])),
            ("Seat", seat),
            ("Established", data["established"]),
        ],
    )
    _summary_text(data, lines)
    if data["office_holders"]:
        lines += ["", "Office holders:"]
        for holder in data["office_holders"]:
            nationality = f" ({_named(holder['state'])})" if holder["state"] else ""
            term = f"{holder['start_date'] or 'not known'} to {holder['term_end_text']}"
            lines.append(
                f"  {holder['role']}: {holder['person']}{nationality}, {term}"
                f"{_mark(holder['source'])}"
            )
            lines += _indented("note: ", holder["note"])
    _section(lines, "Meetings", data["meetings"])
    _section(lines, "Documents", data["documents"])


def _summit_text(data: Data, lines: list[str]) -> None:
    lines.append(f"{data['kind_label']} {data['id']}")
    dates = data["start_date"] or ""
    if data["end_date"] and data["end_date"] != data["start_date"]:
        dates = f"{dates} to {data['end_date']}"
    place = ", ".join(filter(None, (_place(data["city"]), _named(data["host"]))))
    _facts(
        lines,
        [
            ("Council", data["council_label"] + _mark(data["source"])),
            ("Meeting number", str(data["number"]) if data["number"] else ""),
            ("Dates", dates),
            ("Convened by" if data["format"] == "virtual" else "Place", place),
            ("Format", (data["format"] or "").replace("_", " ")),
            ("Chair", _named(data["chair"])),
        ],
    )
    _summary_text(data, lines)
    if data["participants"]:
        lines += ["", "Participants:"]
        for role in dict.fromkeys(p["role_label"] for p in data["participants"]):
            members = [p for p in data["participants"] if p["role_label"] == role]
            lines.append(f"  {role}:")
            for member in members:
                person = ""
                if member["person"]:
                    person = f" ({member['person']}{_marks(member['person_sources'])})"
                lines.append(f"    {_named(member['state'])}{person}{_mark(member['source'])}")
                lines += _indented("note: ", member["note"], indent="        ")
    if data["status_decisions"]:
        lines += ["", "Status decisions:"]
        for decision in data["status_decisions"]:
            lines.append(
                f"  {_named(decision['state'])}: {decision['label']} from"
                f" {decision['start_date']}{_mark(decision['source'])}"
            )
            lines += _indented("note: ", decision["note"])
    _section(lines, "Documents adopted", data["documents"])


def _document_text(data: Data, lines: list[str]) -> None:
    fields = data["field_sources"]
    lines.append(f"{data['kind_label']} {data['id']}")
    parties = ", ".join(_named(p["state"]) + _mark(p["source"]) for p in data["parties"])
    _facts(
        lines,
        [
            ("Russian title", (data["titles"]["ru"] or "") + _marks(fields.get("title_ru"))),
            ("Chinese title", (data["titles"]["zh"] or "") + _marks(fields.get("title_zh"))),
            ("Kind", data["kind_text"] + _mark(data["source"])),
            ("Parties", parties),
            ("Signed", data["signed_date"]),
            ("Signed at", _place(data["signed_place"])),
            ("In force", data["in_force_date"]),
            ("Adopted at", _named(data["adopted_at"])),
        ],
    )
    _summary_text(data, lines)


def _exercise_text(data: Data, lines: list[str]) -> None:
    lines.append(f"{data['kind_label']} {data['id']}")
    dates = data["start_date"] or str(data["year"])
    if data["end_date"] and data["end_date"] != data["start_date"]:
        dates = f"{dates} to {data['end_date']}"
    _facts(
        lines,
        [
            ("Series", data["series_label"] + _mark(data["source"])),
            ("Dates", dates),
            ("Host", _named(data["host"])),
            ("Place", data["place"]),
        ],
    )
    _summary_text(data, lines)
    if data["participants"]:
        lines += ["", "Taking part:"]
        for member in data["participants"]:
            lines.append(f"  {_named(member['state'])}{_mark(member['source'])}")
            lines += _indented("note: ", member["note"], indent="      ")


def _source_text(data: Data, lines: list[str]) -> None:
    lines.append(f"{data['kind_label']} {data['id']}")
    _facts(
        lines,
        [
            ("Author", data["author"]),
            ("Publisher", data["publisher"]),
            ("Published", data["published"]),
            ("URL", data["url"]),
            ("Kind", data["kind"].capitalize()),
            ("Accessed", data["accessed"]),
        ],
    )
    if data["note"]:
        lines += ["", f"Note: {data['note']}"]
    if data["cited_for"]:
        lines += ["", "Cited for:"]
        lines += _listing([(ref["id"], ref["name"]) for ref in data["cited_for"]])


_TEXTS: dict[str, Callable[[Data, list[str]], None]] = {
    "state": _state_text,
    "body": _body_text,
    "summit": _summit_text,
    "document": _document_text,
    "exercise": _exercise_text,
    "source": _source_text,
}


def _sources_text(data: Data, lines: list[str]) -> None:
    if data["sources"]:
        lines += ["", "Sources:"]
        lines += [f"  [{s['number']}] {s.get('line') or s['id']}" for s in data["sources"]]
