"""The chart views the window offers, by name, each built the first time it is shown.

A registry instead of an if-chain: adding a view is one factory here. Building a view loads
its models from the database, which is why nothing is built before it is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.records import Source
from sco_desktop.output import translation
from sco_desktop.ui.common.settings import Preferences

if TYPE_CHECKING:
    from sco_desktop.output.printing import Sheet


def view_factories(
    repo: Repository,
    sources: Mapping[str, Source],
    owner: QObject,
    as_of: Callable[[], str],
    show_entity: Callable[[str, str], object],
    set_as_of: Callable[[str], object],
    export_sheet: Callable[[Sheet, str], object],
    preferences: Preferences | None = None,
) -> dict[str, Callable[[], QWidget]]:
    """Factories of the chart views; `owner` parents their models, `show_entity` opens a click,
    `set_as_of` moves the window's as-of date (the map's timeline), `export_sheet(sheet, name)`
    writes a view's sheet as PDF with the marking (the comparison), `preferences` keep the
    folder export dialogs start in."""

    def trade() -> QWidget:
        from sco_desktop.ui.trade.models import ComparisonModel, PartnerListModel, TradeSeriesModel
        from sco_desktop.ui.trade.pane import TradePane

        return TradePane(
            TradeSeriesModel(repo, owner),
            PartnerListModel(repo, owner),
            ComparisonModel(repo, owner),
            sources,
            repo.data_as_of,
            preferences=preferences,
        )

    def membership() -> QWidget:
        from sco_desktop.ui.membership.model import MembershipModel
        from sco_desktop.ui.membership.pane import MembershipPane

        model = MembershipModel(repo, owner)
        model.set_as_of(as_of())
        pane = MembershipPane(model, repo.data_as_of, preferences=preferences)
        pane.entity_selected.connect(show_entity)
        return pane

    def map_view() -> QWidget:
        from sco_desktop.core.data.geography import GeographyError, load_geography
        from sco_desktop.core.present.atlas import Atlas
        from sco_desktop.ui.map.pane import MapPane

        try:
            geography = load_geography()
        except GeographyError as error:
            return QLabel(
                QCoreApplication.translate("Views", "The map cannot be shown: {error}").format(
                    error=error
                ),
                objectName="mapProblem",
                wordWrap=True,
                textFormat=Qt.TextFormat.PlainText,
                alignment=Qt.AlignmentFlag.AlignCenter,
            )
        atlas = Atlas(repo, geography, translation.current())
        pane = MapPane(atlas, as_of(), preferences=preferences)
        pane.entity_selected.connect(show_entity)
        pane.as_of_chosen.connect(set_as_of)
        return pane

    def facts_for(day: str):
        from sco_desktop.core.present.comparison import Facts

        return Facts(repo, day, translation.current())

    def compare() -> QWidget:
        from sco_desktop.output.sparkline import sparkline
        from sco_desktop.ui.compare.models import ComparisonModel
        from sco_desktop.ui.compare.pane import ComparePane

        model = ComparisonModel(facts_for, as_of(), sources, sparkline, owner)
        pane = ComparePane(model, model.facts.names, preferences=preferences)
        pane.entity_selected.connect(show_entity)

        def export_pdf() -> None:
            from sco_desktop.output.comparison_sheet import comparison_sheet
            from sco_desktop.output.sheets import print_stylesheet

            sheet = comparison_sheet(
                model.facts,
                model.states,
                sources,
                repo.labels(model.facts.language.code),
                print_stylesheet(),
            )
            export_sheet(sheet, f"comparison-{'-'.join(model.states)}.pdf")

        pane.pdf_requested.connect(export_pdf)
        return pane

    def rankings() -> QWidget:
        from sco_desktop.ui.compare.models import RankingModel
        from sco_desktop.ui.compare.pane import RankingsPane

        pane = RankingsPane(
            RankingModel(facts_for, as_of(), sources, owner), preferences=preferences
        )
        pane.entity_selected.connect(show_entity)
        return pane

    return {
        "trade": trade,
        "membership": membership,
        "map": map_view,
        "compare": compare,
        "rankings": rankings,
    }
