"""The navigator pane over the real bundled database: its width for the group names."""

import pytest
from PySide6.QtWidgets import QWidget

from sco_desktop.ui.navigator.model import KeyRole, NavigatorModel
from sco_desktop.ui.navigator.pane import NavigatorPane


@pytest.fixture
def navigator(qtbot, repo):
    """The pane and its model owned by one window, as in the application: Qt then destroys them
    together. A pane and model left to Python's collector apart can go in the wrong order, and
    with PySide6 6.8 the tree then lays itself out over a model already gone."""
    window = QWidget()
    qtbot.addWidget(window)
    model = NavigatorModel(repo, window)
    yield NavigatorPane(model, window), model


def _count_rows_read(pane, monkeypatch) -> list[int]:
    """Counts the proxy rows the pane reads (the tree walk of a measurement reads every group)."""
    proxy = pane._proxy
    read = [0]
    original = proxy.index

    def counted(*args):
        read[0] += 1
        return original(*args)

    monkeypatch.setattr(proxy, "index", counted)
    return read


def test_the_group_names_are_measured_once_not_at_every_size_request(navigator, monkeypatch):
    pane, _model = navigator
    pane.show_entity("state", "KAZ")  # reads the member states' rows
    first = pane.sizeHint()
    read = _count_rows_read(pane, monkeypatch)
    assert pane.sizeHint() == first
    # Moving to another entity changes no row: the layout asking again measures nothing again.
    pane.show_entity("state", "RUS")
    assert pane.tree.currentIndex().data(KeyRole) == ("state", "RUS")
    read[0] = 0
    assert pane.sizeHint() == first
    assert read[0] == 0


def test_a_longer_group_name_widens_the_navigator(navigator):
    pane, model = navigator
    before = pane.sizeHint().width()
    model.set_user_marks({}, ["KAZ"])  # a new group, "Bookmarks (1)": not the widest name
    assert pane.sizeHint().width() == before
    long_name = "A bookmark " * 20
    assert pane.tree.fontMetrics().horizontalAdvance(long_name) > before
    model._root.children[0].label = long_name  # the group's name grows, and the view is told
    index = model.index(0, 0)
    model.dataChanged.emit(index, index)
    assert pane.sizeHint().width() > pane.tree.fontMetrics().horizontalAdvance(long_name)


def test_a_larger_font_widens_the_navigator(navigator):
    pane, _model = navigator
    before = pane.sizeHint().width()
    font = pane.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    pane.setFont(font)
    assert pane.sizeHint().width() > before
