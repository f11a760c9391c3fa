"""How facts are worded for readers, shared by the pane and sheet templates and the command line.

Plain functions over records and the Dossier; no markup and no Qt. Keeping these in one place
is what makes `sco-desktop show` say exactly what the pane says.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from sco_desktop.core.domain.dates import date_floor, held_on
from sco_desktop.core.domain.formatting import format_usd
from sco_desktop.core.domain.kinds import (
    DOCUMENT_KIND_LABELS,
    INDICATOR_LABELS,
    KINDS_CONTEXT,
    OFFICE_LABELS,
    OFFICES,
    STATUS_LABELS,
    flow_label,
)
from sco_desktop.core.domain.language import IN_ENGLISH, QT_TRANSLATE_NOOP, Language
from sco_desktop.core.domain.records import (
    ExerciseParticipant,
    Indicator,
    Leader,
    OfficeHolder,
    Participant,
    Source,
    TradePoint,
)
from sco_desktop.core.present.dossier import Dossier, Overview

ROLE_LABELS = {**STATUS_LABELS, "guest": QT_TRANSLATE_NOOP("Kinds", "Guest")}
"""The capacity in which a state took part in a meeting."""

NO_LONGER_IN_DATA = "no longer in the reference data"
"""Said of a note or bookmark whose entity a data update removed: the note is kept."""

SOURCE_ID = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")
"""A source id inside a note (lower-case words joined by hyphens), to be shown as a citation."""


_DATED = {  # kind: (the entity's date field, the sentence saying it happened after the date)
    "summit": (
        "start_date",
        QT_TRANSLATE_NOOP(
            "Wording", "Held {date}, after the as-of date {as_of}: shown as the data records it."
        ),
    ),
    "body": (
        "established",
        QT_TRANSLATE_NOOP(
            "Wording", "Set up {date}, after the as-of date {as_of}: shown as the data records it."
        ),
    ),
    "document": (
        "signed_date",
        QT_TRANSLATE_NOOP(
            "Wording", "Signed {date}, after the as-of date {as_of}: shown as the data records it."
        ),
    ),
}


def after_as_of(subject: object, language: Language = IN_ENGLISH) -> str:
    """A warning when the entity shown came after the as-of date, else "": the pane shows what
    the data records, which on that date was not yet so."""
    kind = getattr(subject, "kind", "")
    if kind not in _DATED:
        return ""
    field, sentence = _DATED[kind]
    when = getattr(subject.entity, field, None)
    if not when or date_floor(when) <= subject.as_of:
        return ""
    return language.translate("Wording", sentence).format(date=when, as_of=subject.as_of)


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


def source_address(source: Source) -> str:
    """A source's address and when it was read, for a line of its own on a printed sheet.

    On its own line an address is not broken after the title's words, so a reader can search
    for it and copy it whole from the PDF.
    """
    address = unquote(source.url) if source.url else ""
    read = f" (read {source.accessed})" if source.url and source.accessed else ""
    return address + read


def trade_label(dossier: Dossier, point: TradePoint, language: Language = IN_ENGLISH) -> str:
    """The label of a trade row: who exports to whom, and whose statistics say so."""
    reporter = dossier.labels.get(point.reporter, ("", point.reporter))[1]
    partner = dossier.labels.get(point.partner, ("", point.partner))[1]
    return flow_label(point.flow, point.reporter, reporter, partner, language)


TRADE_DIRECTIONS = ("from_china", "to_china", "total")
"""The directions of trade with China, in the order a state's trade table gives them."""


def trade_direction(point: TradePoint) -> str:
    """Which way the goods go, seen from China, whoever reports them: one of TRADE_DIRECTIONS.

    China's exports and a partner's imports go from China; the partner's exports and China's
    imports go to it.
    """
    if point.flow == "total":
        return "total"
    return "from_china" if (point.reporter == "CHN") == (point.flow == "export") else "to_china"


def trade_order(point: TradePoint) -> tuple:
    """The order of trade figures on a page and on the command line: newest year first,
    China's customs before a partner's statistics, then by direction."""
    return (
        -point.year,
        point.reporter != "CHN",
        point.reporter,
        point.partner,
        TRADE_DIRECTIONS.index(trade_direction(point)),
    )


def short_source(source: Source | None, source_id: str = "") -> str:
    """A source in a few words, for chart footers and hover text: title and publisher."""
    if source is None:
        return source_id
    title = f"{source.title[:60]}{'…' if len(source.title) > 60 else ''}"
    return f"{title} ({source.publisher})" if source.publisher else title


def entity_name(labels: dict[str, tuple[str, str]], entity_id: str) -> str:
    """The entity's name; for an id the data no longer holds, the id and that it is gone."""
    if entity_id in labels:
        return labels[entity_id][1]
    return f"{entity_id} ({NO_LONGER_IN_DATA})"


def document_kind(kind: str, language: Language = IN_ENGLISH) -> str:
    """A document's kind as a reader says it: "Border agreement", "Declaration"."""
    label = DOCUMENT_KIND_LABELS.get(kind)
    if label is None:
        return kind.replace("_", " ").capitalize()
    return language.translate(KINDS_CONTEXT, label)


def leaders_now(dossier: Dossier, language: Language = IN_ENGLISH) -> list[tuple[str, Leader]]:
    """(office label, holder) of each office on the dossier's as-of date, head of state first."""
    found = []
    for office in OFFICES:
        holder = next(
            (
                leader
                for leader in dossier.leaders
                if leader.office == office
                and held_on(leader.start_date or "0001", leader.end_date, dossier.as_of)
            ),
            None,
        )
        if holder is not None:
            found.append((language.translate(KINDS_CONTEXT, OFFICE_LABELS[office]), holder))
    return found


def is_acting(leader: Leader) -> bool:
    """Whether the holder only acted in the office (Leader.acting)."""
    return leader.acting


def latest_indicators(
    dossier: Dossier, language: Language = IN_ENGLISH
) -> list[tuple[str, Indicator]]:
    """(label with year, figure) of the latest year of each indicator the dossier holds."""
    latest: dict[str, Indicator] = {}
    for figure in dossier.indicators:
        if figure.indicator not in latest or figure.year > latest[figure.indicator].year:
            latest[figure.indicator] = figure
    return [
        (
            f"{language.translate(KINDS_CONTEXT, INDICATOR_LABELS[name])} ({latest[name].year})",
            latest[name],
        )
        for name in INDICATOR_LABELS
        if name in latest
    ]


def indicators_by_year(
    dossier: Dossier,
) -> tuple[list[str], list[tuple[int, list[Indicator | None]]]]:
    """The dossier's figures as a reader scans a series: the indicators it has (in the order of
    INDICATOR_LABELS), and one row per year, newest first as in the trade table, with that
    year's figure of each indicator or None."""
    names = [
        name for name in INDICATOR_LABELS if any(x.indicator == name for x in dossier.indicators)
    ]
    by_year: dict[int, dict[str, Indicator]] = {}
    for figure in dossier.indicators:
        by_year.setdefault(figure.year, {})[figure.indicator] = figure
    return names, [
        (year, [by_year[year].get(name) for name in names])
        for year in sorted(by_year, reverse=True)
    ]


_UNITS = {
    "population": QT_TRANSLATE_NOOP("Wording", "{value} people"),
    "area_km2": QT_TRANSLATE_NOOP("Wording", "{value} km²"),
}


def indicator_text(figure: Indicator, language: Language = IN_ENGLISH) -> str:
    """A figure as a reader reads it: 1,408,000,000 people; $114.96 bn; 9,600,000 km²."""
    if figure.indicator == "gdp_usd":
        return format_usd(figure.value)
    unit = _UNITS.get(figure.indicator, "{value}")
    return language.translate("Wording", unit).format(value=f"{figure.value:,}")


def indicator_number(figure: Indicator) -> str:
    """A figure in a column headed with its unit: 1,408,000,000; $17.7 trn; 9,600,000."""
    return format_usd(figure.value) if figure.indicator == "gdp_usd" else f"{figure.value:,}"


def leader_names(leader: Leader, language: Language = IN_ENGLISH) -> tuple[str, str]:
    """A leader's name in `language` where the data has it (else the English), and the other
    spellings the data has, as one line ("" if none)."""
    shown = language.name(leader.person, leader.person_ru, leader.person_zh)
    others = (leader.person, leader.person_ru, leader.person_zh)
    return shown, " · ".join(n for n in others if n and n != shown)


def participating(dossier: Dossier) -> list[ExerciseParticipant]:
    """An exercise's participants by state name."""
    return sorted(
        dossier.exercise_participants,
        key=lambda p: dossier.labels.get(p.state_id, ("", p.state_id))[1],
    )


_THIS = {
    "state": QT_TRANSLATE_NOOP("Wording", "This state"),
    "body": QT_TRANSLATE_NOOP("Wording", "This body"),
    "summit": QT_TRANSLATE_NOOP("Wording", "This meeting"),
    "document": QT_TRANSLATE_NOOP("Wording", "This document"),
    "exercise": QT_TRANSLATE_NOOP("Wording", "This exercise"),
    "source": QT_TRANSLATE_NOOP("Wording", "This source"),
}
"""What a pane's provenance calls the entity's own research note."""


def _name(dossier: Dossier, entity_id: str | None) -> str:
    return dossier.labels.get(entity_id or "", ("", entity_id or ""))[1]


def provenance(
    subject: Dossier | Overview, known, language: Language = IN_ENGLISH
) -> list[tuple[str, str]]:
    """(what it is about, research note) of every note a pane keeps behind its disclosure.

    In the order the facts appear in the pane; records without a note are left out. The parts
    of an entity's note that only list the sources of a fact are cited beside the fact instead
    (`field_sources`).
    """
    if not isinstance(subject, Dossier):
        return []
    entity = subject.entity
    note = field_sources(entity.note, known)[1]

    def kind(label: str) -> str:
        return language.translate(KINDS_CONTEXT, label)

    items: list[tuple[str, str | None]] = [
        (language.translate("Wording", _THIS[subject.kind]), note)
    ]
    items += [(f"{kind(OFFICE_LABELS[x.office])}: {x.person}", x.note) for x in subject.leaders]
    items += [
        (
            language.translate("Wording", "Chairmanship from {date}").format(date=x.start_date),
            x.note,
        )
        for x in subject.chairmanships
    ]
    items += [
        (f"{kind(INDICATOR_LABELS[x.indicator])} {x.year}", x.note) for x in subject.indicators
    ]
    items += [
        (
            language.translate("Wording", "{status} from {date}").format(
                status=kind(STATUS_LABELS[x.status]), date=x.start_date
            ),
            x.note,
        )
        for x in subject.status_history
    ]
    items += [(f"{x.role}: {x.person}", x.note) for x in subject.office_holders]
    items += [
        (_name(subject, x.state_id), participant_note(x, known)[1]) for x in subject.participants
    ]
    items += [
        (
            language.translate("Wording", "Decision on {name}").format(
                name=_name(subject, x.state_id)
            ),
            x.note,
        )
        for x in subject.status_decisions
    ]
    items += [
        (
            language.translate("Wording", "Party: {name}").format(name=_name(subject, x.state_id)),
            x.note,
        )
        for x in subject.parties
    ]
    items += [(_name(subject, x.state_id), x.note) for x in subject.exercise_participants]
    return [(label, note) for label, note in items if note]


def term_end(
    holder: OfficeHolder, holders: tuple[OfficeHolder, ...], language: Language = IN_ENGLISH
) -> str:
    """How a term's end reads: its date, "present" for the latest holder of the role, or "not
    known" when a later holder shows the term is over but no source gives its end."""
    if holder.end_date:
        return holder.end_date
    later = any(
        other is not holder
        and other.role == holder.role
        and (other.start_date or "") > (holder.start_date or "")
        for other in holders
    )
    end = "not known" if later or not holder.start_date else "present"
    return language.translate("Wording", end)


_FIELD_LABELS = {
    "official name": ("official_name",),
    "official name/capital": ("official_name", "capital"),
    "capital": ("capital",),
    "russian name": ("name_ru",),
    "chinese name": ("name_zh",),
    "russian and chinese names": ("name_ru", "name_zh"),
    "russian title": ("title_ru",),
    "chinese title": ("title_zh",),
    "russian and chinese titles": ("title_ru", "title_zh"),
    "representative": ("person",),
}
"""Labels of a note's "Capital: <source ids>." parts, and the facts they are citations for.

Any other label whose part is only source ids ("Summits", "History") supports the summary."""


_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9 /]{0,39}")
"""What a label before a list of sources looks like: a few plain words."""


def field_sources(
    note: str | None, known, labels: frozenset[str] | None = None
) -> tuple[dict[str, list[str]], str]:
    """A record's note split into field citations and the rest, for readers.

    A part of the note such as "Capital: mem-wiki-sco-members, mem-asiaplus-2024-astana." is a
    list of the sources for one fact: those become citations beside the fact (keyed by column,
    "summary" for the rest), and the note keeps only what is written for readers. With `labels`,
    only parts with one of those (lower-case) labels are taken out; the others stay in the note.
    """
    fields: dict[str, list[str]] = {}
    kept = []
    for part in re.split(r"(?<=\.)\s+", note or ""):
        label, _, ids = part.rstrip(".").partition(": ")
        sources = [i.strip() for i in ids.split(",")]
        wanted = labels is None or label.casefold() in labels
        if wanted and _LABEL.fullmatch(label) and ids and all(i in known for i in sources):
            for column in _FIELD_LABELS.get(label.casefold(), ("summary",)):
                fields.setdefault(column, []).extend(sources)
        else:
            kept.append(part)
    return fields, " ".join(kept).strip()


REPRESENTATIVE_LABELS = frozenset({"representative"})
"""The label of the part of a participation's note that cites who represented the state."""


def participant_note(participant: Participant, known) -> tuple[list[str], str]:
    """(the sources naming who represented the state, the rest of the note for readers).

    Those sources sit beside the person, so the note no longer lists them; one that is already
    the participation's own source is not repeated. Without a person they stay in the note.
    """
    if not participant.person:
        return [], participant.note or ""
    fields, rest = field_sources(participant.note, known, REPRESENTATIVE_LABELS)
    sources = [s for s in fields.get("person", []) if s != participant.source_id]
    return list(dict.fromkeys(sources)), rest


def precision_note(dates, language: Language = IN_ENGLISH) -> str:
    """Why a list mixes 2010-01 with full dates: what a shorter date means; empty if none is."""
    lengths = {len(d) for d in dates if d}
    kinds = []
    if 7 in lengths:
        kinds.append(
            QT_TRANSLATE_NOOP("Wording", "a year and month (2010-01) means the day is not known")
        )
    if 4 in lengths:
        kinds.append(QT_TRANSLATE_NOOP("Wording", "a year alone means the month is not known"))
    if not kinds:
        return ""
    meanings = "; ".join(language.translate("Wording", kind) for kind in kinds)
    sentence = language.translate(
        "Wording", "Dates as precise as the sources give them: {meanings}."
    )
    return sentence.format(meanings=meanings)
