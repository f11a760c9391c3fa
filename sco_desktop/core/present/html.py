"""Renders a Dossier as app-owned HTML for the detail view; no Qt, no queries.

Every value from the data passes through `escape`: text in the data is always shown literally,
never read as markup. Links use two private schemes, `sco:` (open an entity) and `copy:` (copy a
source's URL); nothing here points outside the application.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Iterable
from urllib.parse import quote, unquote

from sco_desktop.core.domain.dates import held_on
from sco_desktop.core.domain.formatting import format_share, format_usd
from sco_desktop.core.domain.kinds import COUNCIL_LABELS, FLOW_LABELS, KIND_LABELS, STATUS_LABELS
from sco_desktop.core.domain.limits import MAX_FIELD_CHARS, MIN_CHART_POINTS
from sco_desktop.core.domain.records import Body, Document, Source, State, Summit, TradePoint
from sco_desktop.core.present.dossier import Dossier, Overview
from sco_desktop.core.present.links import (
    CHART_SCHEME,
    COPY_SCHEME,
    SPARKLINE_SCHEME,
    entity_url,
)

ROLE_LABELS = {**STATUS_LABELS, "guest": "Guest"}


def escape(value: object) -> str:
    """Any value as literal HTML text; very long text is cut with a visible mark."""
    text = "" if value is None else str(value)
    if len(text) > MAX_FIELD_CHARS:
        text = text[:MAX_FIELD_CHARS] + f" … [{len(text) - MAX_FIELD_CHARS:,} more characters]"
    return html.escape(text, quote=True)


_SOURCE_ID = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")


class _Context:
    """One page being rendered: numbers sources as the reader meets them, and makes links.

    For print, entity links are plain text, lists run on in one paragraph, research notes are
    left out and the Sources list gives each web address in full.
    """

    def __init__(self, known: Collection[str] = (), printable: bool = False) -> None:
        self.order: list[str] = []
        self._known = known
        self.printable = printable

    def note(self, text: str) -> str:
        """Escaped note text in which the ids of known sources become numbered citations."""
        out, last = [], 0
        for match in _SOURCE_ID.finditer(text):
            if match.group() in self._known:
                out.append(escape(text[last : match.start()]))
                out.append(self.cite(match.group()))
                last = match.end()
        out.append(escape(text[last:]))
        return "".join(out)

    def cite(self, source_id: str | None) -> str:
        if not source_id:
            return ""
        if source_id not in self.order:
            self.order.append(source_id)
        number = self.order.index(source_id) + 1
        if self.printable:
            return f'<sup><span style="font-size: 6.5pt">[{number}]</span></sup>'
        # An inline span style: Qt's rich text ignores a class or style on the link inside headings.
        return (
            f'<sup><span style="font-size: 8pt; font-weight: normal">'
            f'<a href="{entity_url("source", source_id)}" title="Source {number}">[{number}]</a>'
            "</span></sup>"
        )

    def link(self, dossier: Dossier | Overview, entity_id: str | None, fallback=None) -> str:
        if not entity_id:
            return escape(fallback or "")
        kind, name = dossier.labels.get(entity_id, ("", ""))
        if not kind:
            return escape(fallback or entity_id)
        if self.printable:
            return escape(name)
        return f'<a href="{entity_url(kind, entity_id)}">{escape(name)}</a>'

    def links(self, dossier: Dossier, heading: str, items: list[tuple[str, str]]) -> str:
        if not items:
            return ""
        if self.printable:
            joined = "; ".join(self.link(dossier, entity_id, label) for entity_id, label in items)
            return f"<h2>{escape(heading)}</h2><p class='list'>{joined}</p>"
        entries = "".join(
            f"<li>{self.link(dossier, entity_id, label)}</li>" for entity_id, label in items
        )
        return f"<h2>{escape(heading)}</h2><ul>{entries}</ul>"


def render(
    dossier: Dossier,
    sources: dict[str, Source],
    stylesheet: str = "",
    printable: bool = False,
    notes: tuple[str, ...] = (),
) -> str:
    """The whole pane (or, `printable`, fact sheet) for one entity, ending with its Sources.

    `notes` are the analyst's own, shown apart from the sourced facts.
    """
    ctx = _Context(sources, printable)
    body = _RENDERERS[dossier.kind](dossier, ctx) + notes_section(list(notes))
    return _page(KIND_LABELS[dossier.kind], body, ctx, sources, stylesheet)


def _page(
    kind_label: str, body: str, ctx: _Context, sources: dict[str, Source], stylesheet: str
) -> str:
    return "".join(
        [
            "<html><head>",
            f"<style>{stylesheet}</style>" if stylesheet else "",
            f"</head><body><p class='kind'>{escape(kind_label)}</p>",
            body,
            _sources_list(ctx, sources),
            "</body></html>",
        ]
    )


def _sources_list(ctx: _Context, sources: dict[str, Source]) -> str:
    if not ctx.order:
        return ""
    items = []
    for source_id in ctx.order:
        source = sources.get(source_id)
        if source is None:
            text = escape(source_id)
        elif ctx.printable:
            text = escape(source_line(source, with_address=True))
        else:
            text = escape(source_line(source))
        if ctx.printable:
            items.append(f"<li>{text}</li>")
        else:
            items.append(f'<li><a href="{entity_url("source", source_id)}">{text}</a></li>')
    return "<h2>Sources</h2><ol class='sources'>" + "".join(items) + "</ol>"


def source_line(source: Source, with_address: bool = False) -> str:
    """One line naming a source: title, author, publisher, date (and address, when read)."""
    parts = [source.title, source.author, source.publisher, source.published]
    line = ". ".join(part for part in parts if part)
    if with_address and source.url:
        # Percent-escapes decoded: a Cyrillic address prints in one line, not in six of %D0%98.
        line += f". {unquote(source.url)}"
    if with_address and source.accessed:
        line += f" (read {source.accessed})"
    return line


def _city(dossier: Dossier, name: str | None) -> str:
    if not name:
        return ""
    city = dossier.cities.get(name)
    others = [n for n in (city.name_ru, city.name_zh) if n] if city else []
    return escape(name) + (f" ({escape(' · '.join(others))})" if others else "")


def _facts(rows: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td class='label'>{escape(label)}</td><td>{value}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table class='facts'>{cells}</table>" if cells else ""


def _summary(entity, ctx: _Context) -> str:
    parts = []
    summary = getattr(entity, "summary", None)
    if summary:
        parts.append(f"<p>{escape(summary)} {ctx.cite(entity.source_id)}</p>")
        if len(summary) > MAX_FIELD_CHARS:
            parts.append(
                "<p class='note'>The summary is cut here; the whole text is printed by"
                f" <code>sco-desktop show {escape(entity.id)} --json</code>.</p>"
            )
    note = getattr(entity, "note", None)
    if note and not ctx.printable:
        parts.append(f"<p class='note'>Note: {ctx.note(note)}</p>")
    return "".join(parts)


def _state(dossier: Dossier, ctx: _Context) -> str:
    state: State = dossier.entity
    english = escape(state.name) + " " + ctx.cite(state.source_id)
    current = next(
        (p for p in dossier.status_history if held_on(p.start_date, p.end_date, dossier.as_of)),
        None,
    )
    if state.status:
        since = f" since {escape(current.start_date)}" if current else ""
        status = (
            f"{escape(STATUS_LABELS[state.status])}{since}"
            f" {ctx.cite(current.source_id if current else None)}"
        )
    else:
        status = "No SCO status"
    out = [
        f"<h1>{escape(state.name)}</h1>",
        f"<p class='subtitle'>{escape(state.official_name)}</p>" if state.official_name else "",
        _facts(
            [
                ("English", english),
                (
                    "Russian",
                    f"<span lang='ru'>{escape(state.name_ru)}</span>" if state.name_ru else "",
                ),
                (
                    "Chinese",
                    f"<span lang='zh'>{escape(state.name_zh)}</span>" if state.name_zh else "",
                ),
                ("Capital", _city(dossier, state.capital)),
                (f"Status on {dossier.as_of}", status),
                ("ISO 3166 code", escape(state.id)),
            ]
        ),
        _summary(state, ctx),
    ]
    if dossier.status_history:
        rows = []
        for period in dossier.status_history:
            note = ""
            if period.note and not ctx.printable:
                note = f"<br><span class='note'>{ctx.note(period.note)}</span>"
            rows.append(
                f"<tr><td>{escape(STATUS_LABELS[period.status])}</td>"
                f"<td>{escape(period.start_date)}</td>"
                f"<td>{escape(period.end_date or 'present')}</td>"
                f"<td>{ctx.link(dossier, period.decided_at)}{note}</td>"
                f"<td>{ctx.cite(period.source_id)}</td></tr>"
            )
        out.append(
            "<h2>Status timeline</h2><table class='grid'><tr><th>Status</th><th>From</th>"
            "<th>To</th><th>Decided at</th><th></th></tr>" + "".join(rows) + "</table>"
        )
    out.append(
        ctx.links(dossier, "Meetings hosted", [(s.id, s.title) for s in dossier.summits_hosted])
    )
    out.append(
        ctx.links(
            dossier,
            "Documents adopted at meetings it hosted",
            [(d.id, d.title) for d in dossier.documents],
        )
    )
    out.append(_trade(dossier, ctx))
    return "".join(out)


def _trade(dossier: Dossier, ctx: _Context) -> str:
    if not dossier.trade:
        return "<h2>Trade</h2><p>No trade figures are recorded.</p>"
    if ctx.printable:
        return _printed_trade(dossier, ctx)
    rows = []
    for point in sorted(dossier.trade, key=lambda p: (-p.year, p.reporter, p.flow)):
        rows.append(
            f"<tr><td>{point.year}</td><td>{escape(_trade_label(dossier, point))}</td>"
            f"<td class='number'>{escape(format_usd(point.value_usd))}</td>"
            f"<td>{ctx.cite(point.source_id)}</td></tr>"
        )
    spark = ""
    china_reported = [p for p in dossier.trade if p.reporter == "CHN" and p.flow == "total"]
    if dossier.entity.id != "CHN" and len(china_reported) >= 2:
        spark = (
            f'<p><a href="{entity_url("trade", dossier.entity.id)}">'
            f'<img src="{SPARKLINE_SCHEME}:{quote(dossier.entity.id, safe="")}"></a><br>'
            "<a href='"
            + entity_url("trade", dossier.entity.id)
            + "'>Open in the trade view</a></p>"
        )
    return (
        "<h2>Trade with China</h2>" + spark + "<p class='note'>Goods, US dollars, current prices;"
        " China's customs figures unless the partner's own statistics are named.</p>"
        "<table class='grid'><tr><th>Year</th><th>Flow</th><th>Value</th><th></th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _printed_trade(dossier: Dossier, ctx: _Context) -> str:
    """The chart (if one was drawn) and the latest year's figures of each reporter."""
    chart = ""
    charted = [p for p in dossier.trade if p.reporter == "CHN"]
    if dossier.entity.id != "CHN" and len(charted) >= MIN_CHART_POINTS:
        # Full text width (640 CSS pixels on A4 and Letter), in the proportions it is drawn in.
        chart = (
            f'<p><img src="{CHART_SCHEME}:{quote(dossier.entity.id, safe="")}"'
            ' width="640" height="179"></p>'
        )
    latest: dict[str, int] = {}
    for point in dossier.trade:
        latest[point.reporter] = max(latest.get(point.reporter, 0), point.year)
    rows = "".join(
        f"<tr><td>{point.year}</td><td>{escape(_trade_label(dossier, point))}</td>"
        f"<td class='number'>{escape(format_usd(point.value_usd))}</td>"
        f"<td>{ctx.cite(point.source_id)}</td></tr>"
        for point in sorted(dossier.trade, key=lambda p: (p.reporter != "CHN", p.flow))
        if point.year == latest[point.reporter]
    )
    return (
        "<h2>Trade with China</h2>" + chart + "<table class='grid'><tr><th>Year</th><th>Flow</th>"
        f"<th>Value</th><th></th></tr>{rows}</table><p class='note'>Goods, US dollars, current"
        " prices; China's customs figures unless another reporter is named.</p>"
    )


def _trade_label(dossier: Dossier, point: TradePoint) -> str:
    if point.reporter == "CHN":
        partner = dossier.labels.get(point.partner, ("", point.partner))[1]
        flow = {
            "total": "Total trade with",
            "export": "China's exports to",
            "import": "China's imports from",
        }[point.flow]
        return f"{flow} {partner}" if dossier.entity.id == "CHN" else FLOW_LABELS[point.flow]
    reporter = dossier.labels.get(point.reporter, ("", point.reporter))[1]
    return f"{FLOW_LABELS[point.flow]} (as reported by {reporter})"


def _body(dossier: Dossier, ctx: _Context) -> str:
    body: Body = dossier.entity
    seat = _city(dossier, body.seat_city)
    if body.seat_state_id:
        seat = (
            f"{seat}, {ctx.link(dossier, body.seat_state_id)}"
            if seat
            else ctx.link(dossier, body.seat_state_id)
        )
    out = [
        f"<h1>{escape(body.name)}</h1>",
        _facts(
            [
                (
                    "Russian",
                    f"<span lang='ru'>{escape(body.name_ru)}</span>" if body.name_ru else "",
                ),
                (
                    "Chinese",
                    f"<span lang='zh'>{escape(body.name_zh)}</span>" if body.name_zh else "",
                ),
                (
                    "Kind",
                    escape(body.kind.replace("_", " ").capitalize()) + ctx.cite(body.source_id),
                ),
                ("Seat", seat),
                ("Established", escape(body.established)),
            ]
        ),
        _summary(body, ctx),
    ]
    if dossier.office_holders:
        rows = "".join(
            f"<tr><td>{escape(h.role)}</td><td>{escape(h.person)}</td>"
            f"<td>{ctx.link(dossier, h.state_id)}</td><td>{escape(h.start_date or '?')}</td>"
            f"<td>{escape(h.end_date or 'present')}</td><td>{ctx.cite(h.source_id)}</td></tr>"
            for h in dossier.office_holders
        )
        out.append(
            "<h2>Office holders</h2><table class='grid'><tr><th>Role</th><th>Person</th>"
            "<th>Nationality</th><th>From</th><th>To</th><th></th></tr>" + rows + "</table>"
        )
    out.append(ctx.links(dossier, "Meetings", [(s.id, s.title) for s in dossier.summits]))
    out.append(ctx.links(dossier, "Documents", [(d.id, d.title) for d in dossier.documents]))
    return "".join(out)


def _summit(dossier: Dossier, ctx: _Context) -> str:
    summit: Summit = dossier.entity
    dates = summit.start_date or ""
    if summit.end_date and summit.end_date != summit.start_date:
        dates = f"{dates} to {summit.end_date}"
    place = _city(dossier, summit.city)
    if summit.host_state_id:
        host = ctx.link(dossier, summit.host_state_id)
        place = f"{place}, {host}" if place else host
    out = [
        f"<h1>{escape(summit.title)}</h1>",
        _facts(
            [
                (
                    "Council",
                    escape(COUNCIL_LABELS.get(summit.council, summit.council))
                    + ctx.cite(summit.source_id),
                ),
                ("Meeting number", escape(summit.number) if summit.number else ""),
                ("Dates", escape(dates)),
                ("Place", place),
                ("Format", escape((summit.format or "").replace("_", " "))),
                ("Chair", ctx.link(dossier, summit.chair)),
            ]
        ),
        _summary(summit, ctx),
    ]
    if dossier.participants:
        by_role: dict[str, list] = {role: [] for role in ROLE_LABELS}
        for participant in sorted(
            dossier.participants, key=lambda p: dossier.labels.get(p.state_id, ("", p.state_id))[1]
        ):
            by_role.setdefault(participant.role, []).append(participant)
        # Cited in the order they are shown, so the numbers run in reading order.
        rows = "".join(
            f"<tr><td class='label'>{escape(ROLE_LABELS.get(role, role))}</td><td>"
            + ", ".join(ctx.link(dossier, p.state_id) + ctx.cite(p.source_id) for p in members)
            + "</td></tr>"
            for role, members in by_role.items()
            if members
        )
        out.append(f"<h2>Participants</h2><table class='facts'>{rows}</table>")
    if dossier.status_decisions:
        items = "".join(
            f"<li>{ctx.link(dossier, d.state_id)}: {escape(STATUS_LABELS[d.status])}"
            f" from {escape(d.start_date)} {ctx.cite(d.source_id)}</li>"
            for d in sorted(
                dossier.status_decisions,
                key=lambda d: dossier.labels.get(d.state_id, ("", d.state_id))[1],
            )
        )
        out.append(f"<h2>Status decisions</h2><ul>{items}</ul>")
    out.append(
        ctx.links(dossier, "Documents adopted", [(d.id, d.title) for d in dossier.documents])
    )
    return "".join(out)


def _document(dossier: Dossier, ctx: _Context) -> str:
    document: Document = dossier.entity
    return "".join(
        [
            f"<h1>{escape(document.title)}</h1>",
            _facts(
                [
                    ("Kind", escape(document.kind.capitalize()) + ctx.cite(document.source_id)),
                    ("Signed", escape(document.signed_date)),
                    ("Signed at", _city(dossier, document.signed_place)),
                    ("In force", escape(document.in_force_date)),
                    ("Adopted at", ctx.link(dossier, document.summit_id)),
                ]
            ),
            _summary(document, ctx),
        ]
    )


def _source(dossier: Dossier, ctx: _Context) -> str:
    source: Source = dossier.entity
    url = ""
    if source.url:
        url = (
            f"<span class='url'>{escape(source.url)}</span> &nbsp;"
            f"<a href='{COPY_SCHEME}:{quote(source.id, safe='')}'>[Copy URL]</a>"
        )
    out = [
        f"<h1>{escape(source.title)}</h1>",
        _facts(
            [
                ("Author", escape(source.author)),
                ("Publisher", escape(source.publisher)),
                ("Published", escape(source.published)),
                ("URL", url),
                ("Kind", escape(source.kind.capitalize())),
                ("Accessed", escape(source.accessed)),
            ]
        ),
        f"<p class='note'>{escape(source.note)}</p>" if source.note else "",
        "<p class='note'>Web addresses are shown as text only; this application never opens"
        " them.</p>",
    ]
    out.append(
        ctx.links(
            dossier, "Cited for", [(entity_id, entity_id) for _kind, entity_id in dossier.citing]
        )
    )
    return "".join(out)


_RENDERERS = {
    "state": _state,
    "body": _body,
    "summit": _summit,
    "document": _document,
    "source": _source,
}


def notes_section(texts: list[str]) -> str:
    """The analyst's own notes, marked as such, as escaped text."""
    items = "".join(
        "<p>" + escape(text).replace("\n", "<br>") + "</p>" for text in texts if text.strip()
    )
    return f"<h2>Analyst's notes (not from the sources)</h2>{items}" if items else ""


def render_overview(
    overview: Overview, sources: dict[str, Source], stylesheet: str = "", printable: bool = False
) -> str:
    """The home pane: the SCO on the as-of date, with links into every part of the data."""
    ctx = _Context(sources, printable)
    by_status: dict[str, list[State]] = {}
    for state in overview.states:
        by_status.setdefault(state.status or "", []).append(state)
    parts = [
        "<h1>Shanghai Cooperation Organisation</h1>",
        "<p class='subtitle'><span lang='ru'>Шанхайская организация сотрудничества</span>"
        " · <span lang='zh'>上海合作组织</span></p>",
        f"<p>Statuses as they stood on <b>{escape(overview.as_of)}</b>; the data describes the"
        f" organisation as of {escape(overview.data_as_of)}.</p>",
    ]
    for status, label in STATUS_LABELS.items():
        states = by_status.get(status, [])
        if states:
            links = ", ".join(ctx.link(overview, s.id, s.name) for s in states)
            parts.append(f"<h2>{escape(label)}s ({len(states)})</h2><p>{links}</p>")
    if overview.bodies:
        kinds = {"council": "Councils", "permanent_body": "Permanent bodies", "other": "Other"}
        rows = "".join(
            f"<tr><td class='label'>{escape(label)}</td><td>"
            + "; ".join(ctx.link(overview, b.id, b.name) for b in overview.bodies if b.kind == kind)
            + "</td></tr>"
            for kind, label in kinds.items()
            if any(b.kind == kind for b in overview.bodies)
        )
        parts.append(f"<h2>Bodies ({len(overview.bodies)})</h2><table class='facts'>{rows}</table>")
    if overview.latest_summit:
        summit = overview.latest_summit
        parts.append(
            "<h2>Latest Heads of State meeting</h2>"
            f"<p>{ctx.link(overview, summit.id, summit.title)},"
            f" {escape(summit.start_date)} {ctx.cite(summit.source_id)}</p>"
        )
    if overview.trade:
        year = overview.trade[0].year
        world = next((p.value_usd for p in overview.trade if p.partner == "WLD"), None)
        rows = "".join(
            f"<tr><td>{escape(overview.labels.get(p.partner, ('', p.partner))[1])}</td>"
            f"<td class='number'>{escape(format_usd(p.value_usd))}</td>"
            f"<td class='number'>{escape(format_share(p.value_usd / world) if world else '')}</td>"
            f"<td>{ctx.cite(p.source_id)}</td></tr>"
            for p in sorted(overview.trade, key=lambda p: -p.value_usd)
        )
        parts.append(
            f"<h2>China's goods trade, {year}</h2><table class='grid'><tr><th>With</th>"
            f"<th>Value</th><th>Share of China's total</th><th></th></tr>{rows}</table>"
        )
    counts = overview.counts
    parts.append(
        f"<p class='note'>{counts['states']} states, {counts['bodies']} bodies,"
        f" {counts['meetings']} meetings, {counts['documents']} documents,"
        f" {counts['sources']} sources.</p>"
    )
    return _page("Overview", "".join(parts), ctx, sources, stylesheet)
