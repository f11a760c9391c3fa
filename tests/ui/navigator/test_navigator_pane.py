"""The navigator pane over the real bundled database: its width for the group names."""

from sco_desktop.ui.navigator.model import KeyRole, NavigatorModel
from sco_desktop.ui.navigator.pane import NavigatorPane


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


def test_the_group_names_are_measured_once_not_at_every_size_request(qtbot, repo, monkeypatch):
    pane = NavigatorPane(NavigatorModel(repo))
    qtbot.addWidget(pane)
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


def test_a_longer_group_name_widens_the_navigator(qtbot, repo):
    model = NavigatorModel(repo)
    pane = NavigatorPane(model)
    qtbot.addWidget(pane)
    before = pane.sizeHint().width()
    model.set_user_marks({}, ["KAZ"])  # a new group, "Bookmarks (1)": not the widest name
    assert pane.sizeHint().width() == before
    long_name = "A bookmark " * 20
    assert pane.tree.fontMetrics().horizontalAdvance(long_name) > before
    model._root.children[0].label = long_name  # the group's name grows, and the view is told
    index = model.index(0, 0)
    model.dataChanged.emit(index, index)
    assert pane.sizeHint().width() > pane.tree.fontMetrics().horizontalAdvance(long_name)


def test_a_larger_font_widens_the_navigator(qtbot, repo):
    pane = NavigatorPane(NavigatorModel(repo))
    qtbot.addWidget(pane)
    before = pane.sizeHint().width()
    font = pane.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    pane.setFont(font)
    assert pane.sizeHint().width() > before
