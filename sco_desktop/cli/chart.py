"""`sco-desktop chart`: the trade and membership charts as PNG, SVG or CSV, without a window.

The charts are output/trade_chart.py's and output/membership_chart.py's, painted by
output/chart.py exactly as the window paints and exports them. Qt (QtGui only) is imported
when the command runs, on the offscreen platform; nothing here may show a window.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from sco_desktop.cli import EXIT_OK, CommandError, emit, open_repository
from sco_desktop.core.domain.dates import is_iso_date
from sco_desktop.core.domain.kinds import FLOWS
from sco_desktop.core.present.trade_series import SCALES

FORMATS = ("png", "svg", "csv")
STYLES = ("counts", "lanes")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "chart",
        parents=[common],
        help="write the trade or membership chart as PNG, SVG or CSV, without opening a window",
        description="Write a chart as the window exports it: the format follows the file's"
        " extension (.png, .svg or .csv).",
    )
    charts = parser.add_subparsers(dest="chart", metavar="CHART", required=True)
    trade = charts.add_parser(
        "trade", parents=[common], help="China's goods trade with chosen partners"
    )
    trade.add_argument(
        "--partners",
        required=True,
        type=lambda text: [code.strip().upper() for code in text.split(",") if code.strip()],
        help="partner ids, comma-separated (KAZ,RUS,IND)",
    )
    trade.add_argument("--flow", choices=FLOWS, default="total")
    trade.add_argument("--scale", choices=SCALES, default="usd")
    trade.add_argument("--log", action="store_true", help="logarithmic value axis")
    trade.add_argument("--years", type=_years, metavar="FIRST-LAST", help="e.g. 2001-2024")
    trade.add_argument("-o", "--output", type=Path, required=True, help="FILE.png|svg|csv")
    trade.set_defaults(func=chart_trade)
    membership = charts.add_parser(
        "membership", parents=[common], help="who held which SCO status when"
    )
    membership.add_argument(
        "--as-of", type=_date, metavar="YYYY-MM-DD", help="default: the date of the data"
    )
    membership.add_argument("--style", choices=STYLES, default="counts")
    membership.add_argument("-o", "--output", type=Path, required=True, help="FILE.png|svg|csv")
    membership.set_defaults(func=chart_membership)


def _years(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4}))?\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected FIRST-LAST years such as 2001-2024: {text!r}")
    first, last = int(match[1]), int(match[2] or match[1])
    if last < first:
        raise argparse.ArgumentTypeError(f"the last year comes before the first: {text!r}")
    return first, last


def _date(text: str) -> str:
    if not is_iso_date(text):
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD: {text!r}")
    return text


def _format_of(path: Path) -> str:
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise CommandError(f"cannot tell the format of {path}: name it .png, .svg or .csv")
    return kind


def chart_trade(args: argparse.Namespace) -> int:
    kind = _format_of(args.output)
    with open_repository(args) as repo:
        from sco_desktop.core.present.trade_series import Selection, figures_of

        figures = figures_of(repo)
        unknown = [code for code in args.partners if code not in figures.partners()]
        if unknown:
            raise CommandError(
                "no trade figures for " + ", ".join(unknown) + " (use ids such as KAZ, RUS, IND)"
            )
        first, last = args.years or (figures.first_year, figures.last_year)
        selection = Selection(tuple(args.partners), args.flow, args.scale, first, last, args.log)
        sources = {source.id: source for source in repo.sources()}
        if kind == "csv":
            from sco_desktop.core.infra.atomic import write_text_atomically
            from sco_desktop.output.trade_chart import trade_csv

            write_text_atomically(
                args.output, trade_csv(figures, selection, sources, repo.data_as_of)
            )
        else:
            _start_qt()
            from sco_desktop.output.chart import paint_line_chart
            from sco_desktop.output.trade_chart import trade_lines

            chart = trade_lines(figures, selection, sources, repo.data_as_of)
            _write(kind, args.output, lambda painter, area: paint_line_chart(painter, area, chart))
    emit(f"trade chart written to {args.output}")
    return EXIT_OK


def chart_membership(args: argparse.Namespace) -> int:
    kind = _format_of(args.output)
    with open_repository(args) as repo:
        from sco_desktop.core.present.membership import MembershipHistory

        history = MembershipHistory(repo)
        if args.as_of:
            history.set_as_of(args.as_of)
        if kind == "csv":
            from sco_desktop.core.infra.atomic import write_text_atomically
            from sco_desktop.output.membership_chart import membership_csv

            write_text_atomically(args.output, membership_csv(history, repo.data_as_of))
        else:
            _start_qt()
            from sco_desktop.output.chart import paint_lane_chart, paint_line_chart
            from sco_desktop.output.membership_chart import counts_chart, lanes_chart

            if args.style == "lanes":
                lanes = lanes_chart(history, repo.data_as_of)
                _write(
                    kind, args.output, lambda painter, area: paint_lane_chart(painter, area, lanes)
                )
            else:
                counts = counts_chart(history, repo.data_as_of)
                _write(
                    kind, args.output, lambda painter, area: paint_line_chart(painter, area, counts)
                )
    emit(f"membership chart written to {args.output}")
    return EXIT_OK


def _start_qt() -> None:
    # No window is ever shown: the offscreen platform needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from sco_desktop.output.fonts import install_fallback

    app = QGuiApplication.instance() or QGuiApplication(["sco-desktop"])
    install_fallback(app)


def _write(kind: str, path: Path, paint) -> None:
    from sco_desktop.output.chart import write_png, write_svg

    (write_png if kind == "png" else write_svg)(path, paint)
