"""Renders a Dossier, or the Overview, as the HTML of a detail pane or a printed fact sheet.

The markup lives in Jinja2 templates (templates/, package data); this module decides what they
show: it sorts and groups the records, numbers the citations, and hands the templates plain text.

What it must not do:
- let text from the data become markup. Every `{{ value }}` in a template passes `_as_text`, which
  escapes it (and cuts an over-long field); the filters that could mark text as safe are removed.
  The only markup made in Python is the app's own stylesheet (`_stylesheet`).
- import Qt or query the data: core stays free of both (`lint-imports` checks).
- point outside the application: links use the private schemes of links.py only.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_eval_context
from jinja2.nodes import EvalContext
from markupsafe import Markup

from sco_desktop.core.domain.dates import held_on
from sco_desktop.core.domain.formatting import format_share, format_usd
from sco_desktop.core.domain.kinds import (
    BODY_GROUP_LABELS,
    BODY_KIND_LABELS,
    COUNCIL_LABELS,
    EXERCISE_SERIES_LABELS,
    INDICATOR_LABELS,
    KIND_LABELS,
    KINDS_CONTEXT,
    NO_STATUS_LABEL,
    OFFICE_LABELS,
    SOURCE_KIND_LABELS,
    STATUS_GROUP_LABELS,
    STATUS_LABELS,
    SUMMIT_FORMAT_LABELS,
    reporter_label,
)
from sco_desktop.core.domain.language import (
    IN_ENGLISH,
    QT_TRANSLATE_NOOP,
    TEMPLATES_CONTEXT,
    Language,
)
from sco_desktop.core.domain.limits import MAX_FIELD_CHARS, MIN_CHART_POINTS
from sco_desktop.core.domain.records import Source, StatusPeriod, TradePoint
from sco_desktop.core.present import compiled
from sco_desktop.core.present.atlas import NOTE as MAP_NOTE
from sco_desktop.core.present.comparison import SERIES_LABEL, Facts, value_text
from sco_desktop.core.present.dossier import Dossier, Overview
from sco_desktop.core.present.links import (
    CHART_SCHEME,
    COPY_SCHEME,
    LOCATOR_SCHEME,
    PROVENANCE_SCHEME,
    SPARKLINE_SCHEME,
    entity_url,
)
from sco_desktop.core.present.wording import (
    ROLE_LABELS,
    SOURCE_ID,
    TRADE_DIRECTIONS,
    after_as_of,
    document_kind,
    entity_name,
    field_sources,
    indicator_number,
    indicator_text,
    indicators_by_year,
    is_acting,
    latest_indicators,
    leader_names,
    leaders_now,
    participant_note,
    participating,
    precision_note,
    provenance,
    source_address,
    source_line,
    term_end,
    trade_direction,
    trade_order,
)

SCO_NAMES = {
    "en": "Shanghai Cooperation Organisation",
    "ru": "Шанхайская организация сотрудничества",
    "zh": "上海合作组织",
}
"""The organisation's name in each interface language, under the overview's heading."""
_PAGE_KINDS = {
    "overview": QT_TRANSLATE_NOOP("Templates", "Overview"),
    "comparison": QT_TRANSLATE_NOOP("Templates", "Comparison"),
}


# -- public entry points -------------------------------------------------------------------------


def render(
    dossier: Dossier,
    sources: Mapping[str, Source],
    stylesheet: str = "",
    printable: bool = False,
    notes: Sequence[str | tuple[str, str]] = (),
    provenance_open: bool = False,
    language: Language = IN_ENGLISH,
) -> str:
    """The whole pane (or, `printable`, fact sheet) for one entity, ending with its Sources.

    `notes` are Markdown, shown apart from the sourced facts: a text is the analyst's own, a
    (text, origin) pair a note imported from elsewhere, headed with where it came from. A
    pane's research notes sit behind a "Provenance" disclosure, shown only when
    `provenance_open`. The words are in `language` (the dossier's names are already in it).
    """
    label = language.translate(KINDS_CONTEXT, KIND_LABELS[dossier.kind])
    return _render(
        f"{dossier.kind}.html",
        label,
        dossier,
        sources,
        stylesheet,
        printable,
        notes,
        provenance_open,
        language,
    )


def render_overview(
    overview: Overview,
    sources: Mapping[str, Source],
    stylesheet: str = "",
    printable: bool = False,
    language: Language = IN_ENGLISH,
) -> str:
    """The home pane: the SCO on the as-of date, with links into every part of the data."""
    label = language.translate(TEMPLATES_CONTEXT, _PAGE_KINDS["overview"])
    return _render(
        "overview.html", label, overview, sources, stylesheet, printable, (), language=language
    )


def template_names() -> list[str]:
    """Every template's name, for `prepare`."""
    return _TEMPLATES.list_templates()


def prepare(name: str) -> None:
    """Compiles a template ahead of its first use (Jinja compiles each the first time it is
    rendered, some 10 ms a template: the first pane of each kind would wait for it)."""
    _TEMPLATES.get_template(name)


@dataclass(frozen=True)
class _Compared:
    labels: dict[str, tuple[str, str]]
    as_of: str
    states: list[tuple[str, str]]
    rows: list
    pictures: Collection[str]


def render_comparison(
    facts: Facts,
    state_ids: list[str],
    sources: dict[str, Source],
    labels: dict[str, tuple[str, str]],
    pictures: Collection[str] = (),
    stylesheet: str = "",
    printable: bool = True,
    language: Language = IN_ENGLISH,
) -> str:
    """States side by side (core/present/comparison.py), with numbered citations and Sources;
    `pictures` are the states whose trade series has an image under the sparkline scheme."""
    subject = _Compared(
        labels,
        facts.as_of,
        [(s, facts.names[s]) for s in state_ids],
        facts.compare(state_ids),
        pictures,
    )
    label = language.translate(TEMPLATES_CONTEXT, _PAGE_KINDS["comparison"])
    return _render(
        "comparison.html", label, subject, sources, stylesheet, printable, (), language=language
    )


def escape(value: object) -> str:
    """Any value as literal HTML text; very long text is cut with a visible mark."""
    head, mark = _cut("" if value is None else str(value))
    return html.escape(head + mark, quote=True)


def _cut(text: str) -> tuple[str, str]:
    """The text up to MAX_FIELD_CHARS, and the mark saying how much was cut ("" if none was)."""
    if len(text) <= MAX_FIELD_CHARS:
        return text, ""
    return text[:MAX_FIELD_CHARS], f" … [{len(text) - MAX_FIELD_CHARS:,} more characters]"


def _render(
    template: str,
    kind_label: str,
    subject: Dossier | Overview,
    sources: Mapping[str, Source],
    stylesheet: str,
    printable: bool,
    notes: Sequence[str | tuple[str, str]],
    provenance_open: bool = False,
    language: Language = IN_ENGLISH,
) -> str:
    return _TEMPLATES.get_template(template).render(
        subject=subject,
        kind_label=kind_label,
        page=_Page(subject.labels, sources, printable, provenance_open, language),
        sources=sources,
        stylesheet=_stylesheet(stylesheet),
        notes=_note_groups(notes, language),
        **_in_language(language),
    )


def _in_language(language: Language) -> dict[str, object]:
    """What the templates call, in `language`: `tr` for their own words, the labels of kinds
    and the wording functions. Passed to each render, these stand in for the English globals."""

    def labels(table: Mapping[str, str]) -> dict[str, str]:
        return {key: language.translate(KINDS_CONTEXT, label) for key, label in table.items()}

    def bind(function):
        return functools.partial(function, language=language)

    return {
        "tr": language.template_text,
        "language": language,
        "series_label": language.translate("Comparison", SERIES_LABEL),
        "status_labels": labels(STATUS_LABELS),
        "no_status_label": language.translate(KINDS_CONTEXT, NO_STATUS_LABEL),
        "council_labels": labels(COUNCIL_LABELS),
        "office_labels": labels(OFFICE_LABELS),
        "indicator_labels": labels(INDICATOR_LABELS),
        "series_labels": labels(EXERCISE_SERIES_LABELS),
        "body_kind_labels": labels(BODY_KIND_LABELS),
        "format_labels": labels(SUMMIT_FORMAT_LABELS),
        "source_kind_labels": labels(SOURCE_KIND_LABELS),
        "map_note": language.translate("Atlas", MAP_NOTE),
        "other_names_of_sco": [(c, n) for c, n in SCO_NAMES.items() if c != language.code],
        **{
            function.__name__.lstrip("_"): bind(function)
            for function in (
                after_as_of,
                document_kind,
                indicator_text,
                latest_indicators,
                leaders_now,
                leader_names,
                precision_note,
                term_end,
                _meeting_dates,
                _city_names,
                _participants,
                _states_by_status,
                _bodies_by_kind,
                _trade,
            )
        },
    }


def _note_groups(
    notes: Sequence[str | tuple[str, str]], language: Language = IN_ENGLISH
) -> list[tuple[str, list[Markup]]]:
    """(heading, rendered notes): the analyst's own first, then each origin's imports."""
    groups: dict[str, list[Markup]] = {}
    for note in notes:
        text, origin = (note, "") if isinstance(note, str) else note
        if text.strip():
            heading = (
                language.translate(
                    "Templates", "Notes imported from {origin} (not from the sources)"
                ).format(origin=origin)
                if origin
                else language.translate("Templates", "Analyst's notes (not from the sources)")
            )
            # Cut before rendering, so a long note is cut once, where a field would be.
            groups.setdefault(heading, []).append(_note_markup(*_cut(text)))
    return list(groups.items())


# -- where text becomes markup: these three functions only ----------------------------------------


# Asking for the evaluation context stops Jinja working out constant expressions at compile time,
# where it would escape them its own way (`&#39;`) before this runs: so every value comes here.
@pass_eval_context
def _as_text(_context: EvalContext, value: object) -> Markup:
    """What every `{{ value }}` prints: text escaped and cut, markup the templates made as it is.

    A Markup value here can only come from the templates themselves (a macro or `{% set %}`
    block, whose own values passed here) or from `_stylesheet`; the filters that make markup are
    removed. `escape`, not Jinja's own, so the pages stay as they were (`&quot;`, and the cut).
    """
    if isinstance(value, Markup):
        return value
    return Markup(escape(value))


_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*\w])")
_CODE = re.compile(r"`([^`]+)`")
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]+)\)")
_ITEM = re.compile(r"(?:[-*+]|\d+[.)])\s+(.*)")
_HEADING = re.compile(r"#{1,6}\s+(.*)")


def _note_markup(text: str, mark: str = "") -> Markup:
    """A note's Markdown (the simple kind the notes pane offers) as escaped HTML.

    Everything is escaped first; only then do the few marks become tags, so the note's text can
    never become markup. Links print as their text and address (a sheet cannot be clicked), and
    images as their description: a sheet loads nothing a note names.
    """

    def inline(line: str) -> str:
        line = html.escape(line, quote=True)
        line = _LINK.sub(lambda m: f"{m[1]} ({m[2]})" if m[1] else m[2], line)
        line = _CODE.sub(r"<code>\1</code>", line)
        line = _BOLD.sub(r"<b>\2</b>", line)
        return _ITALIC.sub(r"<i>\2</i>", line)

    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append("<p>" + "<br>".join(paragraph) + "</p>")
            paragraph.clear()
        if items:
            blocks.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        if item := _ITEM.fullmatch(stripped):
            if paragraph:
                flush()
            items.append(inline(item[1]))
        elif heading := _HEADING.fullmatch(stripped):
            flush()
            blocks.append(f"<p><b>{inline(heading[1])}</b></p>")
        elif not stripped:
            flush()
        else:
            if items:
                flush()
            paragraph.append(inline(stripped))
    flush()
    if mark:
        blocks.append(f"<p>{html.escape(mark)}</p>")
    return Markup("".join(blocks))


def _stylesheet(css: str) -> Markup:
    """The app's own stylesheet (from its resources, never from the data) as markup.

    A <style> body is read raw, so escaping would garble quotes in it; instead it may not close
    its element.
    """
    if "</" in css:
        raise ValueError("a stylesheet must not contain '</'")
    return Markup(css)


# -- the page being rendered ---------------------------------------------------------------------


class _Page:
    """One page being rendered: numbers sources as the reader meets them, and names entities.

    The templates call `number` where a citation is shown, so the numbers run in reading order.
    For print, entity links are plain text, lists run on in one paragraph, research notes are
    left out and the Sources list gives each web address in full.
    """

    def __init__(
        self,
        labels: Mapping[str, tuple[str, str]],
        known: Collection[str],
        printable: bool,
        provenance_open: bool = False,
        language: Language = IN_ENGLISH,
    ) -> None:
        self.order: list[str] = []
        self._language = language
        self.printable = printable
        self.provenance_open = provenance_open
        self._labels = labels
        self._known = known

    def number(self, source_id: str) -> int:
        if source_id not in self.order:
            self.order.append(source_id)
        return self.order.index(source_id) + 1

    def label(self, entity_id: str) -> tuple[str, str]:
        """(kind, display name) of an entity; ("", "") if the data does not name it."""
        return self._labels.get(entity_id, ("", ""))

    def fields(self, entity) -> dict[str, list[str]]:
        """The sources the entity's note gives for single facts, by column (`field_sources`)."""
        return field_sources(getattr(entity, "note", None), self._known)[0]

    def person_sources(self, participant) -> list[str]:
        """The sources naming who represented a state at a meeting (`participant_note`)."""
        return participant_note(participant, self._known)[0]

    def provenance(self, subject) -> list[tuple[str, str]]:
        return provenance(subject, self._known, self._language)

    def pieces(self, text: str) -> list[tuple[str, str | None]]:
        """A note as (text, source id or None) pairs: the ids of known sources become citations."""
        out, last = [], 0
        for match in SOURCE_ID.finditer(text):
            if match.group() in self._known:
                out.append((text[last : match.start()], match.group()))
                last = match.end()
        out.append((text[last:], None))
        return out


# -- what the templates show, decided here so the templates only lay it out ---------------------


def _titled(records: Iterable) -> list[tuple[str, str]]:
    """(id, title) of each meeting or document, for a list of links."""
    return [(record.id, record.title) for record in records]


def _city_names(dossier: Dossier, city: str, language: Language = IN_ENGLISH) -> tuple[str, str]:
    """A city's name in `language` where the data has it, and its other names as one line
    ("" if the data has none)."""
    record = dossier.cities.get(city)
    if record is None:
        return city, ""
    shown = language.name(record.name, record.name_ru, record.name_zh)
    others = (n for n in (record.name, record.name_ru, record.name_zh) if n and n != shown)
    return shown, " · ".join(others)


def _current_status(dossier: Dossier) -> StatusPeriod | None:
    return next(
        (p for p in dossier.status_history if held_on(p.start_date, p.end_date, dossier.as_of)),
        None,
    )


@dataclass(frozen=True, slots=True)
class TradeRow:
    """One row of a state's trade table: one year's figures from one reporter."""

    year: int
    reporter: str
    """Whose figures they are when not China's customs ("Kazakhstan's statistics"), else ""."""
    partner: str
    """The partner's name on China's own page, whose partners are groups; else ""."""
    figures: tuple[TradePoint | None, ...]
    """The figure of each column of the table, or None."""


@dataclass(frozen=True, slots=True)
class TradeTable:
    """A state's trade with China: a row per year and reporter, a column per direction."""

    headers: tuple[str, ...]
    """The directions as a reader says them: "China → Kazakhstan", "Kazakhstan → China", "Total"."""
    rows: tuple[TradeRow, ...]
    by_partner: bool
    """China's own page: its rows are per partner too, named in a column of their own."""


def _trade(
    dossier: Dossier, printable: bool, language: Language = IN_ENGLISH
) -> tuple[TradeTable, bool]:
    """The trade table a state's page shows, and whether it shows a chart.

    A pane lists every year, newest first, beside a sparkline of China's totals; a sheet gives
    the latest year of each reporter beside the chart it prints.
    """
    points = dossier.trade
    is_china = dossier.entity.id == "CHN"
    if printable:
        latest: dict[str, int] = {}
        for point in points:
            latest[point.reporter] = max(latest.get(point.reporter, 0), point.year)
        charted = [p for p in points if p.reporter == "CHN"]
        points = tuple(p for p in points if p.year == latest[p.reporter])
    else:
        charted = [p for p in points if p.reporter == "CHN" and p.flow == "total"]
    picture = not is_china and len(charted) >= MIN_CHART_POINTS
    return _trade_table(dossier, points, language), picture


def _trade_table(
    dossier: Dossier, points: Iterable[TradePoint], language: Language = IN_ENGLISH
) -> TradeTable:
    """The points as rows of (year, reporter, partner), with a column for each direction that
    has a figure, in the order of TRADE_DIRECTIONS."""
    name = functools.partial(entity_name, dossier.labels)
    by_partner = dossier.entity.id == "CHN"
    other = language.translate("Templates", "partners") if by_partner else name(dossier.entity.id)
    china = name("CHN")
    rows: dict[tuple[int, str, str], dict[str, TradePoint]] = {}
    for point in sorted(points, key=trade_order):
        row = rows.setdefault((point.year, point.reporter, point.partner), {})
        row[trade_direction(point)] = point
    shown = [d for d in TRADE_DIRECTIONS if any(d in figures for figures in rows.values())]
    headers = {
        "from_china": f"{china} → {other}",
        "to_china": f"{other} → {china}",
        "total": language.translate("Templates", "Total"),
    }
    return TradeTable(
        headers=tuple(headers[d] for d in shown),
        rows=tuple(
            TradeRow(
                year=year,
                reporter=""
                if reporter == "CHN"
                else reporter_label(reporter, name(reporter), language),
                partner=name(partner) if by_partner else "",
                figures=tuple(figures.get(d) for d in shown),
            )
            for (year, reporter, partner), figures in rows.items()
        ),
        by_partner=by_partner,
    )


def _meeting_dates(dossier: Dossier, language: Language = IN_ENGLISH) -> str:
    summit = dossier.entity
    dates = summit.start_date or ""
    if summit.end_date and summit.end_date != summit.start_date:
        dates = language.translate("Templates", "{start} to {end}").format(
            start=dates, end=summit.end_date
        )
    return dates


def _participants(dossier: Dossier, language: Language = IN_ENGLISH) -> list[tuple[str, list]]:
    """(role label, participants) in the order of ROLE_LABELS, each sorted by state name."""
    by_role: dict[str, list] = {role: [] for role in ROLE_LABELS}
    for participant in sorted(
        dossier.participants, key=lambda p: dossier.labels.get(p.state_id, ("", p.state_id))[1]
    ):
        by_role.setdefault(participant.role, []).append(participant)
    return [
        (language.translate(KINDS_CONTEXT, ROLE_LABELS.get(role, role)), members)
        for role, members in by_role.items()
        if members
    ]


def _decisions(dossier: Dossier) -> list[StatusPeriod]:
    return sorted(
        dossier.status_decisions,
        key=lambda d: dossier.labels.get(d.state_id, ("", d.state_id))[1],
    )


def _cited_for(dossier: Dossier) -> list[tuple[str, str]]:
    """(id, id) of each entity citing a source: the link shows the name, or else the id."""
    return [(entity_id, entity_id) for _kind, entity_id in dossier.citing]


def _states_by_status(
    overview: Overview, language: Language = IN_ENGLISH
) -> list[tuple[str, list, int]]:
    """(status label, states holding it, how many do) in the order of STATUS_LABELS, empty ones
    left out; the list may hold only the first of them (gather_overview's `per_list`)."""
    return [
        (
            language.translate(KINDS_CONTEXT, label),
            states,
            max(overview.state_counts.get(status, 0), len(states)),
        )
        for status, label in STATUS_GROUP_LABELS.items()
        if (states := [s for s in overview.states if (s.status or "") == status])
    ]


def _bodies_by_kind(
    overview: Overview, language: Language = IN_ENGLISH
) -> list[tuple[str, list, int]]:
    return [
        (
            language.translate(KINDS_CONTEXT, label),
            bodies,
            max(overview.body_counts.get(kind, 0), len(bodies)),
        )
        for kind, label in BODY_GROUP_LABELS.items()
        if (bodies := [b for b in overview.bodies if b.kind == kind])
    ]


def _trade_shares(overview: Overview) -> list[tuple[str, TradePoint, str]]:
    """(partner, point, share of China's total) for each group, largest first."""
    world = next((p.value_usd for p in overview.trade if p.partner == "WLD"), None)
    return [
        (
            overview.labels.get(p.partner, ("", p.partner))[1],
            p,
            format_share(p.value_usd / world) if world else "",
        )
        for p in sorted(overview.trade, key=lambda p: -p.value_usd)
    ]


def _private_url(scheme: str, entity_id: str) -> str:
    """`scheme:<id>` for the copy, sparkline, chart and locator schemes of links.py."""
    return f"{scheme}:{quote(entity_id, safe='')}"


# -- the templates -------------------------------------------------------------------------------


class _OneLineLoader(PackageLoader):
    """Templates are written one element a line, for reading; each page comes out as one line.

    Between tags, a line break and the indentation around it are dropped (a line break between
    inline elements would show as a space), so a space that matters is never at the start or end
    of a line. The break is kept inside a `{#\\n#}` comment, so Jinja's errors give the right line.
    """

    _TAG = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.DOTALL)
    _BREAK = re.compile(r"[ \t]*\n[ \t]*")

    def get_source(self, environment, template):
        source, filename, uptodate = super().get_source(environment, template)
        # split() with a group: the tags are the odd items, left as they are.
        parts = self._TAG.split(source)
        joined = "".join(
            part if i % 2 else self._BREAK.sub("{#\n#}", part) for i, part in enumerate(parts)
        )
        return joined, filename, uptodate

    def load(self, environment, name, globals=None):
        """The template as compiled with the package, if from this very source (compiled/);
        otherwise compiled now, as Jinja does."""
        source, _filename, _uptodate = self.get_source(environment, name)
        namespace = compiled.namespace_for(name, source)
        if namespace is None:
            return super().load(environment, name, globals)
        return environment.template_class.from_module_dict(environment, namespace, globals or {})


def template_environment() -> Environment:
    """The templates' environment: the one the panes render with, and that
    scripts/compile_templates.py compiles them by."""
    environment = Environment(
        loader=_OneLineLoader("sco_desktop.core.present", "templates"),
        autoescape=True,
        undefined=StrictUndefined,  # a misspelt or missing value fails, never prints as nothing
        finalize=_as_text,
        auto_reload=False,  # package data does not change while the app runs
    )
    # Each of these returns Markup: `safe` would let data through as markup, the others escape
    # it Jinja's way (no cut) and so mark it safe past `_as_text`.
    for name in ("safe", "forceescape", "escape", "e", "join", "tojson", "urlize", "xmlattr"):
        del environment.filters[name]
    environment.filters.update(usd=format_usd)
    environment.globals.update(
        bodies_by_kind=_bodies_by_kind,
        chart_scheme=CHART_SCHEME,
        cited_for=_cited_for,
        copy_scheme=COPY_SCHEME,
        council_labels=COUNCIL_LABELS,
        current_status=_current_status,
        decisions=_decisions,
        document_kind=document_kind,
        entity_url=entity_url,
        locator_scheme=LOCATOR_SCHEME,
        map_note=MAP_NOTE,
        indicator_labels=INDICATOR_LABELS,
        indicator_number=indicator_number,
        indicator_text=indicator_text,
        indicators_by_year=indicators_by_year,
        is_acting=is_acting,
        latest_indicators=latest_indicators,
        leaders_now=leaders_now,
        office_labels=OFFICE_LABELS,
        participating=participating,
        provenance_scheme=PROVENANCE_SCHEME,
        series_labels=EXERCISE_SERIES_LABELS,
        max_field_chars=MAX_FIELD_CHARS,
        meeting_dates=_meeting_dates,
        city_names=_city_names,
        participants=_participants,
        precision_note=precision_note,
        private_url=_private_url,
        source_address=source_address,
        source_line=source_line,
        sparkline_scheme=SPARKLINE_SCHEME,
        states_by_status=_states_by_status,
        term_end=term_end,
        status_labels=STATUS_LABELS,
        titled=_titled,
        trade=_trade,
        after_as_of=after_as_of,
        trade_shares=_trade_shares,
        series_label=SERIES_LABEL,
        value_text=value_text,
    )
    return environment


_TEMPLATES = template_environment()
