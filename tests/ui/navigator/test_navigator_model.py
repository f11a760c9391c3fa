"""The navigator model over the real bundled database."""

from sco_desktop.ui.navigator.model import FilterRole, KeyRole, NavigatorModel


def labels(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def keys_under(model, label):
    parent = model.index(labels(model).index(label), 0)
    found = []

    def walk(index):
        while model.canFetchMore(index):  # as a view does when the reader opens a group
            model.fetchMore(index)
        for row in range(model.rowCount(index)):
            child = model.index(row, 0, index)
            if child.data(KeyRole):
                found.append(child.data(KeyRole))
            walk(child)

    walk(parent)
    return found


def top(model, prefix):
    return next(label for label in labels(model) if label.startswith(prefix))


def test_model_passes_the_qt_model_tester(qtmodeltester, repo):
    qtmodeltester.check(NavigatorModel(repo))


def test_model_passes_the_tester_while_it_changes(qtmodeltester, repo):
    # The tester stays attached: every insert, remove and dataChanged below is checked.
    model = NavigatorModel(repo)
    qtmodeltester.check(model)
    for day in ("2015-07-10", "2001-06-15", "2024-07-04", repo.data_as_of):
        model.set_as_of(day)
    model.set_user_marks({"KAZ": 1}, ["RUS"])
    model.set_user_marks({"KAZ": 2, "hos-2017": 1}, ["RUS", "CHN"])
    model.set_user_marks({}, [])
    qtmodeltester.check(model)


def test_changes_are_row_changes_never_a_reset(qtbot, repo):
    model = NavigatorModel(repo)
    with qtbot.assertNotEmitted(model.modelReset):
        with qtbot.waitSignal(model.rowsInserted):
            model.set_user_marks({"KAZ": 1}, [])
        model.set_as_of("2015-07-10")
    assert labels(model)[0] == "With your notes (1)"


def test_groups_and_counts_on_the_data_date(repo):
    model = NavigatorModel(repo)
    assert labels(model) == [
        "Member states (10)",
        "Partners (17)",
        "Former and other statuses (2)",
        "Bodies (16)",
        "Summits and meetings (71)",
        "Charts (5)",
        "Documents (68)",
        "Joint exercises (17)",
    ]
    partners = model.index(1, 0)
    assert labels(model, partners) == ["SCO partners since 2025-09-01 (17)"]
    assert {("state", "TKM"), ("state", "MYS")} == set(
        keys_under(model, "Former and other statuses (2)")
    )
    assert ("exercise", "peace-mission-2007") in keys_under(model, "Joint exercises (17)")


def test_as_of_ufa_2015_shows_observers_and_dialogue_partners(repo):
    model = NavigatorModel(repo)
    model.set_as_of("2015-07-01")
    members = {key[1] for key in keys_under(model, top(model, "Member states"))}
    assert members == {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"}
    partner_groups = labels(model, model.index(1, 0))
    assert [g.split(" (")[0] for g in partner_groups] == ["Observer states", "Dialogue partners"]
    observers = {key[1] for key in keys_under(model, top(model, "Partners"))}
    assert {"IND", "PAK", "IRN", "MNG", "AFG"} <= observers
    assert "LAO" not in observers


def test_meetings_are_grouped_by_council_newest_first(repo):
    model = NavigatorModel(repo)
    meetings = model.index(labels(model).index(top(model, "Summits")), 0)
    assert [label.split(" (")[0] for label in labels(model, meetings)] == [
        "Heads of State Council",
        "Heads of Government Council",
        "SCO Plus",
        "Council of Foreign Ministers",
        "Shanghai Five",
    ]
    heads_of_state = model.index(0, 0, meetings)
    model.fetchMore(heads_of_state)
    assert model.index(0, 0, heads_of_state).data(KeyRole) == ("summit", "hos-2025")


def test_filter_text_holds_three_languages(repo):
    model = NavigatorModel(repo)
    kaz = model.index_of("state", "KAZ")
    assert {"Kazakhstan", "Казахстан", "哈萨克斯坦"} <= set(kaz.data(FilterRole).split())


class _CountingRepository:
    """The real repository, counting the records it builds for each kind of list."""

    def __init__(self, repo):
        self._repo = repo
        self.built: dict[str, int] = {}

    def __getattr__(self, name):
        return getattr(self._repo, name)

    def _counted(self, kind, records):
        self.built[kind] = self.built.get(kind, 0) + len(records)
        return records

    def state_page(self, *args, **kwargs):
        return self._counted("state", self._repo.state_page(*args, **kwargs))

    def bodies(self, *args, **kwargs):
        return self._counted("body", self._repo.bodies(*args, **kwargs))

    def summits(self, *args, **kwargs):
        return self._counted("summit", self._repo.summits(*args, **kwargs))

    def documents_newest_first(self, *args, **kwargs):
        return self._counted("document", self._repo.documents_newest_first(*args, **kwargs))

    def exercises(self, *args, **kwargs):
        return self._counted("exercise", self._repo.exercises(*args, **kwargs))


def test_a_group_reads_its_rows_only_when_opened(repo):
    counting = _CountingRepository(repo)
    model = NavigatorModel(counting)
    assert counting.built == {}
    documents = model.index(labels(model).index(top(model, "Documents")), 0)
    count = len(repo.documents())
    assert documents.data() == f"Documents ({count})"  # the count comes from SQL
    assert model.rowCount(documents) == 0 and model.hasChildren(documents)
    assert model.canFetchMore(documents)
    model.fetchMore(documents)
    assert counting.built == {"document": count}
    assert model.rowCount(documents) == count and not model.canFetchMore(documents)


def test_the_exercises_are_read_only_when_their_group_is_opened(repo):
    counting = _CountingRepository(repo)
    model = NavigatorModel(counting)
    exercises = model.index(labels(model).index(top(model, "Joint exercises")), 0)
    count = repo.counts().exercises
    assert exercises.data() == f"Joint exercises ({count})"
    assert counting.built == {} and model.rowCount(exercises) == 0
    assert model.hasChildren(exercises) and model.canFetchMore(exercises)
    model.fetchMore(exercises)
    assert counting.built == {"exercise": count}
    newest = repo.exercises()[0]
    assert model.index(0, 0, exercises).data(KeyRole) == ("exercise", newest.id)


def test_finding_an_exercise_reads_only_the_exercises(repo):
    counting = _CountingRepository(repo)
    model = NavigatorModel(counting)
    oldest = repo.exercises()[-1]
    assert model.index_of("exercise", oldest.id).data(KeyRole) == ("exercise", oldest.id)
    assert set(counting.built) == {"exercise"}


def test_a_long_group_is_read_a_batch_at_a_time(repo, monkeypatch):
    from sco_desktop.ui.navigator import model as navigator

    monkeypatch.setattr(navigator, "BATCH_SIZE", 5)
    model = NavigatorModel(repo)
    documents = model.index(labels(model).index(top(model, "Documents")), 0)
    model.fetchMore(documents)
    assert model.rowCount(documents) == 5 and model.canFetchMore(documents)
    model.fetchMore(documents)
    assert model.rowCount(documents) == 10


def test_finding_a_row_reads_only_its_own_group(repo):
    counting = _CountingRepository(repo)
    model = NavigatorModel(counting)
    oldest = min(repo.documents(), key=lambda d: d.signed_date or "")
    assert model.index_of("document", oldest.id).data(KeyRole) == ("document", oldest.id)
    assert set(counting.built) == {"document"}
    assert model.index_of("state", "KAZ").data(KeyRole) == ("state", "KAZ")
    assert set(counting.built) == {"document", "state"}
    assert not model.index_of("state", "ATL").isValid()


def test_the_tester_passes_with_a_group_half_read_while_it_changes(
    qtmodeltester, repo, monkeypatch
):
    from sco_desktop.ui.navigator import model as navigator

    monkeypatch.setattr(navigator, "BATCH_SIZE", 3)
    model = NavigatorModel(repo)
    model.fetchMore(model.index(0, 0))
    qtmodeltester.check(model)
    model.set_as_of("2015-07-10")
    model.set_user_marks({"KAZ": 1}, ["RUS"])
    model.set_as_of(repo.data_as_of)
    qtmodeltester.check(model)
