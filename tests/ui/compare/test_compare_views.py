"""The Compare and Rankings views in the window: values equal the database, picking, sorting,
following the as-of date, opening a state, CSV exports."""

import csv
import errno
import html
import os
import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from sco_desktop.core.data import Repository
from sco_desktop.core.present.comparison import INDICATORS, RANKABLE, Facts
from sco_desktop.ui.common import export_dialog
from sco_desktop.ui.compare.models import ROWS, ComparisonModel, KeyRole, RankingModel


@pytest.fixture
def compare(window):
    assert window.show_entity("view", "compare")
    return window.navigation.views["compare"]


@pytest.fixture
def rankings(window):
    assert window.show_entity("view", "rankings")
    return window.navigation.views["rankings"]


def tick(pane, *state_ids):
    for row in range(pane.picker.count()):
        item = pane.picker.item(row)
        if item.data(KeyRole) in state_ids:
            item.setCheckState(Qt.CheckState.Checked)


def test_models_pass_the_qt_model_tester_while_they_change(qtmodeltester, repo):
    comparison = ComparisonModel(lambda day: Facts(repo, day), repo.data_as_of, {})
    ranking = RankingModel(lambda day: Facts(repo, day), repo.data_as_of, {})
    qtmodeltester.check(comparison)
    qtmodeltester.check(ranking)
    comparison.set_states(["KAZ", "UZB"])
    comparison.set_states(["UZB", "IND", "PAK", "IRN", "BLR", "CHN", "RUS"])
    comparison.set_as_of("2015-07-10")
    comparison.set_states([])
    for key in RANKABLE:
        ranking.set_indicator(key)
    ranking.set_among("members")
    ranking.set_as_of("2005-07-05")
    ranking.set_among("partners")
    qtmodeltester.check(comparison)
    qtmodeltester.check(ranking)


def test_ticked_states_are_compared_with_the_databases_values(compare, repo):
    tick(compare, "KAZ", "IND")
    model = compare.model
    assert model.states == ["IND", "KAZ"]  # in the picker's order, by name
    facts = Facts(repo)
    trade_row = [indicator.key for indicator, series in ROWS].index("trade-with-china")
    for column, state_id in enumerate(model.states):
        latest = repo.trade_series("CHN", state_id)[-1]
        shown = model.index(trade_row, column).data()
        assert shown == f"{facts.trade_with_china(state_id).text} ({latest.year})"
        picture = model.index(trade_row + 1, column).data(Qt.ItemDataRole.DecorationRole)
        assert picture is not None and not picture.isNull()
        tip = model.index(trade_row, column).data(Qt.ItemDataRole.ToolTipRole)
        assert html.escape(repo.source(latest.source_id).title) in tip
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "India",
        "Kazakhstan",
    ]
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert [label for label in labels if label != "Trade with China by year"] == [
        i.label for i in INDICATORS
    ]


def test_a_seventh_state_is_refused(compare):
    tick(compare, "KAZ", "UZB", "KGZ", "TJK", "RUS", "CHN")
    assert len(compare.model.states) == 6
    tick(compare, "IND")
    assert "IND" not in compare.model.states and len(compare.ticked()) == 6
    assert compare.caption.text().startswith("At most 6 states side by side.")


def test_the_comparison_follows_the_as_of_date_and_opens_a_state(compare, window, qtbot):
    compare.set_states(["IND", "PAK"])
    window.set_as_of("2010-01-01")
    assert compare.model.index(0, 0).data() == "Observer state since 2005-07-05"
    with qtbot.waitSignal(compare.entity_selected) as opened:
        compare.table.horizontalHeader().sectionDoubleClicked.emit(1)
    assert opened.args == ["state", "PAK"] and window.current == ("state", "PAK")


def test_rankings_by_each_indicator_equal_the_database(rankings, repo):
    facts = Facts(repo)
    for position, key in enumerate(RANKABLE):
        rankings.indicator_box.setCurrentIndex(position)
        expected = facts.rank(key)
        shown = [
            (rankings.proxy.index(row, 2).data(), rankings.proxy.index(row, 4).data())
            for row in range(rankings.proxy.rowCount())
        ]
        assert shown == [(row.name, row.fact.text) for row in expected]
    rankings.among_box.setCurrentIndex(1)
    members = {s.name for s in repo.states(status="member")}
    names = {rankings.proxy.index(r, 2).data() for r in range(rankings.proxy.rowCount())}
    assert names == members


def test_rankings_sort_by_a_column_and_open_a_state(rankings, window, qtbot):
    rankings.indicator_box.setCurrentIndex(RANKABLE.index("trade-with-china"))
    rankings.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    values = [
        rankings.model.rows[rankings.proxy.mapToSource(rankings.proxy.index(r, 4)).row()]
        for r in range(rankings.proxy.rowCount())
    ]
    numbers = [row.fact.number for row in values if row.fact.number is not None]
    assert numbers == sorted(numbers)
    with qtbot.waitSignal(rankings.entity_selected) as opened:
        spot = rankings.table.visualRect(rankings.proxy.index(0, 2)).center()
        # A double click as a hand makes it: a first click on the row, then the second.
        qtbot.mouseClick(rankings.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        qtbot.mouseDClick(rankings.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert opened.args == ["state", values[0].state_id]


def test_csv_exports_are_written_whole_with_their_header(compare, rankings, tmp_path, monkeypatch):
    compare.set_states(["KAZ", "UZB"])
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "comparison.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    compare._ask_and_export()
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert rows[0][0].startswith("# States compared on 2025-11-18")
    assert rows[2] == ["indicator", "Kazakhstan (KAZ)", "Uzbekistan (UZB)"]
    trade = next(row for row in rows if row[0] == "Trade with China")
    assert trade[1].startswith("$43.8 bn | 2024 | ")
    target = folder / "ranking.csv"
    rankings._ask_and_export()
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert rows[1][:3] == ["Among all", "Among members", "State"]
    assert rows[2][2] == "Russia (RUS)" and rows[2][0] == "1"
    # Written through a temporary file and a rename: nothing else is left in the folder.
    assert sorted(p.name for p in folder.iterdir()) == ["comparison.csv", "ranking.csv"]


def test_compare_with_from_the_navigator_adds_the_state(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMenu

    tree = window.navigator.tree
    index = window.navigator._proxy.mapFromSource(window.navigator_model.index_of("state", "KAZ"))
    tree.scrollTo(index)
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _point: shown.append(menu))
    tree.customContextMenuRequested.emit(tree.visualRect(index).center())
    (menu,) = shown
    (action,) = menu.actions()
    assert action.text() == "Compare with…"
    action.trigger()
    view = window.navigation.views["compare"]
    assert window.current == ("view", "compare") and view.model.states == ["KAZ"]
    window.compare_with("UZB")
    assert view.model.states == ["KAZ", "UZB"] and view.ticked() == ["KAZ", "UZB"]


def test_the_comparison_exports_as_a_marked_fact_sheet(compare, window, tmp_path, monkeypatch):
    from pypdf import PdfReader

    window._preferences.marking = "UNCLASSIFIED"
    compare.set_states(["KAZ", "KGZ"])
    target = tmp_path / "comparison.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    compare.pdf_button.click()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "UNCLASSIFIED" in text and "Side by side on 2025-11-18" in text
    assert "Kazakhstan" in text and "Kyrgyzstan" in text and "$43.8 bn (2024)" in text
    assert "Sources" in text


def test_an_export_that_fails_keeps_the_earlier_file_whole(
    compare, rankings, tmp_path, monkeypatch
):
    compare.set_states(["KAZ", "UZB"])
    folder = tmp_path / "exports"
    folder.mkdir()
    earlier = folder / "comparison.csv"
    earlier.write_text("the earlier export\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(earlier), ""))
    warnings = []
    monkeypatch.setattr(export_dialog, "warn", lambda _parent, title, text: warnings.append(text))

    def disk_full(_descriptor):
        # A full disk cannot be made real here: the flush to disk fails as it would.
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    for pane in (compare, rankings):
        pane._ask_and_export()
    assert earlier.read_text(encoding="utf-8") == "the earlier export\n"
    assert sorted(p.name for p in folder.iterdir()) == ["comparison.csv"]
    assert len(warnings) == 2 and all("No space left on device" in w for w in warnings)


def test_gdp_per_person_left_out_says_why_in_its_tool_tip(repo, tmp_path):
    changed_path = tmp_path / "changed.db"
    shutil.copy(repo.path, changed_path)
    connection = sqlite3.connect(changed_path)
    connection.execute(
        "delete from indicators where state_id = 'UZB' and indicator = 'population' and year = 2024"
    )
    connection.commit()
    connection.close()
    with Repository(changed_path) as changed:
        sources = {source.id: source for source in changed.sources()}
        figures = sorted(changed.indicators("UZB"), key=lambda f: f.year)
        model = ComparisonModel(lambda day: Facts(changed, day), changed.data_as_of, sources)
    model.set_states(["UZB", "KAZ"])
    row = next(
        n for n, (indicator, _series) in enumerate(ROWS) if indicator.key == "gdp-per-person"
    )
    cell = model.index(row, 0)
    assert model.data(cell) == "–"
    years = ", ".join(str(f.year) for f in figures if f.indicator == "population")
    assert f"GDP is for 2024, population only for {years};" in model.data(cell, Qt.ToolTipRole)
    assert "GDP is for 2024" in model.csv_text()
