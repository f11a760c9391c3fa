"""Membership over time as chart descriptions (counts and lanes) and as CSV, for every consumer.

The window's membership view, its exports and the `chart membership` command describe their
charts here and paint them with output/chart.py. No widgets, no queries.
"""

from __future__ import annotations

import csv
import io

from sco_desktop.core.domain.kinds import KINDS_CONTEXT, STATUS_LABELS, STATUSES
from sco_desktop.core.domain.language import IN_ENGLISH, Language
from sco_desktop.core.present.membership import (
    SERIES_LABELS,
    SHANGHAI_FIVE,
    MembershipHistory,
    year_fraction,
)
from sco_desktop.output.chart import Lane, LaneChart, LineChart, Series
from sco_desktop.output.palette import NEUTRAL, STATUS_COLOURS

SERIES_COLOURS = {SHANGHAI_FIVE: NEUTRAL, **STATUS_COLOURS}
STATUS_DASHES = {
    SHANGHAI_FIVE: "dot",
    "member": "solid",
    "observer": "dash",
    "dialogue_partner": "dashdot",
    "partner": "solid",
}
FIRST_YEAR = 1996  # the first Shanghai Five meeting is the first thing either chart shows


def _end_of(history: MembershipHistory) -> float:
    """The axis ends with the as-of year; a dashed line marks the as-of date itself."""
    return int(history.as_of[:4]) + 1.0


def _notes(history: MembershipHistory, data_as_of: str, language: Language) -> tuple[str, ...]:
    return (
        language.translate(
            "MembershipChart",
            "Statuses as they stood on {date}. Data as of {data_date}. On 2025-09-01 observers"
            " and dialogue partners became SCO partners.",
        ).format(date=history.as_of, data_date=data_as_of),
        language.translate(
            "MembershipChart",
            "Sources: the status decisions of SCO meetings (each period's source is in the CSV"
            " export and on the state's page).",
        ),
    )


def counts_chart(
    history: MembershipHistory, data_as_of: str, language: Language = IN_ENGLISH
) -> LineChart:
    """How many states held each status over time; the words in `language`."""
    series = []
    for status, (xs, counts) in history.steps().items():
        points = tuple((x, float(c), False) for x, c in zip(xs, counts, strict=True))
        series.append(
            Series(
                language.translate(KINDS_CONTEXT, SERIES_LABELS[status]),
                points,
                SERIES_COLOURS[status],
                STATUS_DASHES[status],
                step=True,
            )
        )
    return LineChart(
        title=language.translate("MembershipChart", "Number of states holding each SCO status"),
        units=language.translate(
            "MembershipChart",
            "States; dashed lines: meetings whose decisions changed a status, and the as-of date",
        ),
        y_label=language.translate("MembershipChart", "States"),
        series=tuple(series),
        notes=_notes(history, data_as_of, language),
        x_range=(FIRST_YEAR, _end_of(history)),
        integer_x=False,
        empty_message=language.translate("MembershipChart", "No statuses before this date."),
        x_marks=(*(when for when, _title in history.decisions()), year_fraction(history.as_of)),
    )


def lanes_chart(
    history: MembershipHistory, data_as_of: str, language: Language = IN_ENGLISH
) -> LaneChart:
    """Each state's statuses as a lane over time; the words in `language`."""
    lanes = []
    as_of, end = year_fraction(history.as_of), _end_of(history)
    for state, periods in history.lanes():
        # A status still held on the as-of date runs on to the end of the axis, so that a
        # status gained that very day is a bar, not a hairline at the edge.
        spans = tuple(
            (start, end if stop >= as_of else stop, period.status)
            for period in periods
            for start, stop in [history.segment(period)]
        )
        lanes.append(Lane(state, history.name_of(state), spans))
    return LaneChart(
        title=language.translate("MembershipChart", "Status of each state in the SCO over time"),
        units=language.translate(
            "MembershipChart",
            "One lane per state, in the order states first gained a status; statuses held on"
            " the as-of date (dashed line) run on to the end of its year",
        ),
        lanes=tuple(lanes),
        categories=tuple(
            (
                status,
                language.translate(KINDS_CONTEXT, STATUS_LABELS[status]),
                SERIES_COLOURS[status],
            )
            for status in STATUSES
        ),
        x_range=(
            min((s for lane in lanes for s, _e, _c in lane.spans), default=FIRST_YEAR),
            _end_of(history),
        ),
        notes=_notes(history, data_as_of, language),
        empty_message=language.translate("MembershipChart", "No statuses before this date."),
        x_marks=(as_of,),
    )


def membership_csv(history: MembershipHistory, data_as_of: str) -> str:
    out = io.StringIO()
    out.write(f"# SCO statuses as they stood on {history.as_of}; data as of {data_as_of}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["state_id", "state", "status", "from", "to", "decided_at", "source"])
    for row in range(history.count()):
        period = history.period(row)
        writer.writerow(
            [
                period.state_id,
                history.name_of(period.state_id),
                STATUS_LABELS[period.status],
                period.start_date,
                history.end_shown(period) or "",
                history.name_of(period.decided_at) if period.decided_at else "",
                period.source_id,
            ]
        )
    return out.getvalue()
