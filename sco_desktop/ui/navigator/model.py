"""The navigator's tree (states by status, bodies, meetings, documents) as a QAbstractItemModel.

It asks the repository for counts and, when a view opens a group, for a batch of its records;
it holds a small node tree and no SQL or widgets. A change (a new note, a bookmark, another
as-of date) is applied to the tree in place, row by row, so the view keeps what the reader
expanded and selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.formatting import tooltip
from sco_desktop.core.domain.kinds import COUNCIL_LABELS, KINDS_CONTEXT, VIEW_KIND
from sco_desktop.core.domain.language import ENGLISH, IN_ENGLISH, QT_TRANSLATE_NOOP, Language
from sco_desktop.core.domain.records import Body, Document, Exercise, State, Summit
from sco_desktop.core.present.wording import entity_name

KeyRole = Qt.ItemDataRole.UserRole + 1
"""(kind, id) of an entity row; None on a group row."""
FilterRole = Qt.ItemDataRole.UserRole + 2
"""The text the filter field matches: names in English, Russian and Chinese."""
IdentRole = Qt.ItemDataRole.UserRole + 3
"""What makes a row the same in any language: "group:<English name>" for a group."""

_CONTEXT = "NavigatorModel"
_MERGER_NOTE = QT_TRANSLATE_NOOP(
    "NavigatorModel",
    "On 2025-09-01 the Tianjin summit merged the observer and dialogue partner statuses"
    " into a single 'SCO partner' status.",
)
_PARTNER_GROUPS = (
    ("observer", QT_TRANSLATE_NOOP("NavigatorModel", "Observer states")),
    ("dialogue_partner", QT_TRANSLATE_NOOP("NavigatorModel", "Dialogue partners")),
    ("partner", QT_TRANSLATE_NOOP("NavigatorModel", "SCO partners since 2025-09-01")),
)
_BODY_GROUPS = (
    ("council", QT_TRANSLATE_NOOP("NavigatorModel", "Councils")),
    ("permanent_body", QT_TRANSLATE_NOOP("NavigatorModel", "Permanent bodies")),
    ("other", QT_TRANSLATE_NOOP("NavigatorModel", "Other")),
)
_CHARTS = (
    ("trade", QT_TRANSLATE_NOOP("NavigatorModel", "Trade"), "China trade charts"),
    ("membership", QT_TRANSLATE_NOOP("NavigatorModel", "Membership"), "statuses charts"),
    ("map", QT_TRANSLATE_NOOP("NavigatorModel", "Map"), "states statuses timeline"),
    ("compare", QT_TRANSLATE_NOOP("NavigatorModel", "Compare"), "states side by side"),
    ("rankings", QT_TRANSLATE_NOOP("NavigatorModel", "Rankings"), "states indicators"),
)
"""(view, name, words the filter also matches) of each chart view."""


def _tr(text: str, context: str = _CONTEXT) -> str:
    """A word of the navigator in the interface language (English words are the group idents)."""
    return QCoreApplication.translate(context, text)


_COUNCIL_ORDER = (
    "heads_of_state",
    "heads_of_government",
    "sco_plus",
    "foreign_ministers",
    "shanghai_five",
)


Fetch = Callable[[int, int], list["_Node"]]
"""Reads `limit` child rows of a group from `offset`, as nodes."""

BATCH_SIZE = 100
"""Rows a group reads at a time: what a tall window shows, so opening costs the same at any size."""


class _Node:
    __slots__ = (
        "children",
        "expected",
        "fetch",
        "filter_text",
        "ident",
        "key",
        "label",
        "parent",
        "row",
        "tooltip",
    )

    def __init__(
        self, label: str, key=None, filter_text: str = "", tooltip: str = "", ident=None
    ) -> None:
        self.label = label
        self.key = key
        self.ident = ident if ident is not None else (key or label)
        """What makes a row the same row after a change: its entity, or its group's name."""
        self.filter_text = filter_text or label
        self.tooltip = tooltip
        self.parent: _Node | None = None
        self.row = 0
        self.children: list[_Node] = []
        self.fetch: Fetch | None = None
        """How a lazy group reads its rows; None when all its rows are here."""
        self.expected = 0
        """How many rows a lazy group has (counted in SQL)."""

    def add(self, child: _Node) -> _Node:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child

    def missing(self) -> int:
        """Rows of a lazy group not read yet."""
        return self.expected - len(self.children) if self.fetch else 0


def _group(label: str, children: list[_Node], tooltip: str = "") -> _Node:
    """A group of the rows given; `label` is its English name, shown translated."""
    node = _Node(f"{_tr(label)} ({len(children)})", tooltip=_tr(tooltip), ident=f"group:{label}")
    for child in children:
        node.add(child)
    return node


def _lazy_group(
    label: str, count: int, fetch: Fetch, tooltip: str = "", context: str = _CONTEXT
) -> _Node:
    """A group whose `count` rows are read by `fetch` when a view asks for them; `label` is its
    English name (in `context`), shown translated."""
    shown = _tr(label, context)
    node = _Node(f"{shown} ({count})", tooltip=_tr(tooltip), ident=f"group:{label}")
    node.fetch, node.expected = fetch, count
    return node


def _renumber(node: _Node) -> None:
    for row, child in enumerate(node.children):
        child.row = row


def _state_node(state: State, language: Language) -> _Node:
    names = " ".join(filter(None, (state.name, state.name_ru, state.name_zh, state.id)))
    return _Node(
        language.name(state.name, state.name_ru, state.name_zh), ("state", state.id), names
    )


def _body_node(body: Body, language: Language) -> _Node:
    return _Node(
        language.name(body.name, body.name_ru, body.name_zh),
        ("body", body.id),
        " ".join(filter(None, (body.name, body.name_ru, body.name_zh))),
    )


def _summit_node(summit: Summit, city: str | None) -> _Node:
    """A meeting as its year and place; `city` is the place's name in the interface language."""
    place = city or QCoreApplication.translate("NavigatorModel", "by videoconference")
    words = " ".join(filter(None, dict.fromkeys((summit.title, summit.city, city))))
    return _Node(f"{summit.year} {place}", ("summit", summit.id), words)


def _document_node(document: Document, language: Language) -> _Node:
    title = language.name(document.title, document.title_ru, document.title_zh)
    return _Node(
        f"{(document.signed_date or '')[:4]} {title}".strip(),
        ("document", document.id),
        " ".join(filter(None, (document.title, document.title_ru, document.title_zh))),
        tooltip=title,
    )


def _exercise_node(exercise: Exercise) -> _Node:
    return _Node(
        f"{exercise.year} {exercise.name}",
        ("exercise", exercise.id),
        f"{exercise.name} {exercise.place or ''}",
    )


class NavigatorModel(QAbstractItemModel):
    """Entities grouped for browsing, with statuses as they stood on the as-of date.

    Groups show their counts (from SQL) at once and read their rows a batch at a time when a
    view opens them (`canFetchMore`/`fetchMore`); rows are found by id through a map.
    """

    def __init__(
        self, repo: Repository, parent: QObject | None = None, language: Language = IN_ENGLISH
    ) -> None:
        """`language` names the entities where the data has their names in it."""
        super().__init__(parent)
        self._repo = repo
        self._language = language
        self._city_names: dict[str, str] = {}
        """Meeting places in the interface language, read once each."""
        self._as_of = repo.data_as_of
        self._note_counts: dict[str, int] = {}
        self._bookmarks: list[str] = []
        self._rows: dict[str, list[_Node]] = {}
        """The rows here of each entity id: its own row, and its rows among the analyst's marks."""
        self._groups: dict[str, _Node] = {}
        """Each group by its ident."""
        self.updating = False
        """True while a change is applied; a view may move its current row then, unasked."""
        self._inserting = False
        self._root = self._build()
        self._register(self._root)

    @property
    def as_of(self) -> str:
        return self._as_of

    def set_as_of(self, day: str) -> None:
        """Regroups the states as they stood on `day` (ISO date)."""
        if day == self._as_of:
            return
        self._as_of = day
        self._apply(self._build())

    def set_user_marks(self, note_counts: dict[str, int], bookmarks: list[str]) -> None:
        """Shows the analyst's bookmarks and notes: their groups and a count beside each name."""
        if (note_counts, bookmarks) == (self._note_counts, self._bookmarks):
            return
        before = self._note_counts
        self._note_counts, self._bookmarks = dict(note_counts), list(bookmarks)
        self._apply(self._build())
        recounted = {
            e for e in before.keys() | note_counts.keys() if before.get(e) != note_counts.get(e)
        }
        self._announce_counts(recounted)

    def fetch_all(self) -> None:
        """Reads every row of every group (the filter needs them all to match against)."""
        for group in list(self._groups.values()):
            while group.missing() > 0 and self._fetch(group, group.missing()):
                pass

    # -- reading rows ------------------------------------------------------------------------------

    def _fetch(self, node: _Node, limit: int) -> bool:
        """Appends up to `limit` rows to a lazy group; False if the data had none left."""
        first = len(node.children)
        rows = node.fetch(first, limit) if node.fetch else []
        if not rows:
            node.expected = first  # the data had fewer rows than counted: stop asking
            return False
        parent = QModelIndex() if node is self._root else self.createIndex(node.row, 0, node)
        self._inserting = True
        try:
            self.beginInsertRows(parent, first, first + len(rows) - 1)
            for child in rows:
                node.add(child)
                self._register(child)
            self.endInsertRows()
        finally:
            self._inserting = False
        return True

    def _register(self, node: _Node) -> None:
        if node.key:
            self._rows.setdefault(node.key[1], []).append(node)
        elif node.ident != node.label:
            self._groups[node.ident] = node
        for child in node.children:
            self._register(child)

    def _unregister(self, node: _Node) -> None:
        if node.key:
            rows = self._rows.get(node.key[1], [])
            if node in rows:
                rows.remove(node)
        elif self._groups.get(node.ident) is node:
            del self._groups[node.ident]
        for child in node.children:
            self._unregister(child)

    # -- applying a change ---------------------------------------------------------------------

    def _apply(self, new_root: _Node) -> None:
        self.updating = True
        try:
            self._sync(QModelIndex(), self._root, new_root)
        finally:
            self.updating = False

    def _sync(self, parent_index: QModelIndex, old: _Node, new: _Node) -> None:
        """Makes `old`'s children look like `new`'s with row removals, insertions and dataChanged.

        Rows present in both keep their node, so expanded groups and the selection survive. A
        lazy group reads as many new rows as it had read before, no more.
        """
        if new.fetch is not None and old.children:
            for child in new.fetch(0, len(old.children)):
                new.add(child)
        old.fetch, old.expected = new.fetch, new.expected
        new_ids = [child.ident for child in new.children]
        old_ids = [child.ident for child in old.children]
        kept_old = [ident for ident in old_ids if ident in set(new_ids)]
        kept_new = [ident for ident in new_ids if ident in set(old_ids)]
        if kept_old != kept_new:
            # The shared rows changed order (never the case for our sorted groups): replace them.
            self._replace_children(parent_index, old, new.children)
            return
        wanted = set(new_ids)
        for row in reversed(range(len(old.children))):
            if old.children[row].ident not in wanted:
                self.beginRemoveRows(parent_index, row, row)
                self._unregister(old.children.pop(row))
                _renumber(old)
                self.endRemoveRows()
        for row, child in enumerate(new.children):
            if row < len(old.children) and old.children[row].ident == child.ident:
                kept = old.children[row]
                index = self.createIndex(row, 0, kept)
                if (kept.label, kept.tooltip, kept.filter_text, kept.key) != (
                    child.label,
                    child.tooltip,
                    child.filter_text,
                    child.key,
                ):
                    kept.label, kept.tooltip = child.label, child.tooltip
                    kept.filter_text, kept.key = child.filter_text, child.key
                    self.dataChanged.emit(index, index)
                self._sync(index, kept, child)
                continue
            self.beginInsertRows(parent_index, row, row)
            child.parent = old
            old.children.insert(row, child)
            _renumber(old)
            self._register(child)
            self.endInsertRows()

    def _replace_children(self, parent_index: QModelIndex, node: _Node, children) -> None:
        if node.children:
            self.beginRemoveRows(parent_index, 0, len(node.children) - 1)
            for child in node.children:
                self._unregister(child)
            node.children = []
            self.endRemoveRows()
        if children:
            self.beginInsertRows(parent_index, 0, len(children) - 1)
            for child in children:
                node.add(child)
                self._register(child)
            self.endInsertRows()

    def _announce_counts(self, entity_ids: set[str]) -> None:
        """dataChanged for every row of an entity whose note count (shown as ✎n) changed."""
        for entity_id in entity_ids:
            for node in self._rows.get(entity_id, ()):
                index = self.createIndex(node.row, 0, node)
                self.dataChanged.emit(index, index)

    # -- finding a row -------------------------------------------------------------------------

    def index_of(self, kind: str, entity_id: str) -> QModelIndex:
        """The index of an entity's row (reading its group's rows up to it if need be), or an
        invalid index if it is not in the tree. A row among the analyst's marks comes first."""
        found = self._row_of((kind, entity_id))
        if found is None:
            group = self._groups.get(self._home_group(kind, entity_id) or "")
            while found is None and group is not None and group.missing() > 0:
                if not self._fetch(group, BATCH_SIZE):
                    break
                found = self._row_of((kind, entity_id))
        return self.createIndex(found.row, 0, found) if found else QModelIndex()

    def _row_of(self, key) -> _Node | None:
        rows = [node for node in self._rows.get(key[1], ()) if node.key == key]
        return min(rows, key=lambda node: node.ident[0] != "user", default=None)

    def _home_group(self, kind: str, entity_id: str) -> str | None:
        """The ident of the group whose rows hold the entity's own row."""
        if kind == "state":
            state = self._repo.state(entity_id, as_of=self._as_of)
            if state is None:
                return None
            labels = {"member": "Member states", **dict(_PARTNER_GROUPS)}
            return f"group:{labels.get(state.status or '', 'Former and other statuses')}"
        if kind == "body":
            body = self._repo.body(entity_id)
            return f"group:{dict(_BODY_GROUPS).get(body.kind, '')}" if body else None
        if kind == "summit":
            summit = self._repo.summit(entity_id)
            return f"group:{COUNCIL_LABELS.get(summit.council, '')}" if summit else None
        return {"document": "group:Documents", "exercise": "group:Joint exercises"}.get(kind)

    def _city_name(self, city: str | None) -> str | None:
        """A meeting's city in the interface language where the data has it."""
        if not city or self._language.code == ENGLISH:
            return city
        if city not in self._city_names:
            record = self._repo.city(city)
            self._city_names[city] = (
                self._language.name(record.name, record.name_ru, record.name_zh) if record else city
            )
        return self._city_names[city]

    # -- the tree ------------------------------------------------------------------------------

    def _build(self) -> _Node:
        """The groups with their counts; no entity's row is read here but the analyst's marks."""
        repo, day = self._repo, self._as_of
        root = _Node("")
        labels = repo.labels(self._language.code)
        language = self._language
        if self._bookmarks:
            root.add(
                _group(
                    QT_TRANSLATE_NOOP("NavigatorModel", "Bookmarks"),
                    [self._user_node(labels, entity) for entity in self._bookmarks],
                )
            )
        if self._note_counts:
            noted = sorted(
                self._note_counts, key=lambda entity: labels.get(entity, ("", entity))[1]
            )
            root.add(
                _group(
                    QT_TRANSLATE_NOOP("NavigatorModel", "With your notes"),
                    [self._user_node(labels, e) for e in noted],
                )
            )
        counts = repo.state_counts(day)

        def states(status):
            return lambda offset, limit: [
                _state_node(s, language) for s in repo.state_page(status, day, offset, limit)
            ]

        root.add(
            _lazy_group(
                QT_TRANSLATE_NOOP("NavigatorModel", "Member states"),
                counts.get("member", 0),
                states("member"),
            )
        )
        partner_groups = [
            _lazy_group(
                label,
                counts[status],
                states(status),
                tooltip=_MERGER_NOTE if status == "partner" else "",
            )
            for status, label in _PARTNER_GROUPS
            if counts.get(status)
        ]
        partners = _Node(
            QCoreApplication.translate("NavigatorModel", "Partners ({count})").format(
                count=sum(g.expected for g in partner_groups)
            ),
            tooltip=_tr(_MERGER_NOTE),
            ident="group:Partners",
        )
        for group in partner_groups:
            partners.add(group)
        root.add(partners)
        if counts.get(None):
            root.add(
                _lazy_group(
                    QT_TRANSLATE_NOOP("NavigatorModel", "Former and other statuses"),
                    counts[None],
                    states(None),
                    tooltip=QT_TRANSLATE_NOOP(
                        "NavigatorModel",
                        "States that no longer hold a status, and guests that never held one.",
                    ),
                )
            )
        body_counts = repo.body_counts()
        bodies = _Node(
            QCoreApplication.translate("NavigatorModel", "Bodies ({count})").format(
                count=sum(body_counts.values())
            ),
            ident="group:Bodies",
        )
        for kind, label in _BODY_GROUPS:
            if body_counts.get(kind):
                bodies.add(
                    _lazy_group(
                        label,
                        body_counts[kind],
                        lambda offset, limit, kind=kind: [
                            _body_node(b, language) for b in repo.bodies(kind, offset, limit)
                        ],
                    )
                )
        root.add(bodies)
        summit_counts = repo.summit_counts()
        meetings = _Node(
            QCoreApplication.translate("NavigatorModel", "Summits and meetings ({count})").format(
                count=sum(summit_counts.values())
            ),
            ident="group:Meetings",
        )
        for council in _COUNCIL_ORDER:
            if summit_counts.get(council):
                meetings.add(
                    _lazy_group(
                        COUNCIL_LABELS[council],
                        summit_counts[council],
                        lambda offset, limit, council=council: [
                            _summit_node(s, self._city_name(s.city))
                            for s in repo.summits(council=council, offset=offset, limit=limit)
                        ],
                        context=KINDS_CONTEXT,
                    )
                )
        root.add(meetings)
        charts = _Node(
            QCoreApplication.translate("NavigatorModel", "Charts ({count})").format(
                count=len(_CHARTS)
            ),
            ident="group:Charts",
        )
        for view, name, words in _CHARTS:
            charts.add(_Node(_tr(name), (VIEW_KIND, view), f"{name} {_tr(name)} {words}"))
        root.add(charts)
        root.add(
            _lazy_group(
                QT_TRANSLATE_NOOP("NavigatorModel", "Documents"),
                repo.counts().documents,
                lambda offset, limit: [
                    _document_node(d, language) for d in repo.documents_newest_first(offset, limit)
                ],
            )
        )
        root.add(
            _lazy_group(
                QT_TRANSLATE_NOOP("NavigatorModel", "Joint exercises"),
                repo.counts().exercises,
                lambda offset, limit: [
                    _exercise_node(e) for e in repo.exercises(offset=offset, limit=limit)
                ],
            )
        )
        return root

    def _user_node(self, labels, entity_id: str) -> _Node:
        kind = labels.get(entity_id, ("", ""))[0]
        name = entity_name(labels, entity_id)  # says so when an update removed the entity
        return _Node(name, (kind, entity_id) if kind else None, name, ident=("user", entity_id))

    # -- QAbstractItemModel ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    @overload
    def parent(self) -> QObject: ...
    @overload
    def parent(self, child: QModelIndex | QPersistentModelIndex) -> QModelIndex: ...
    def parent(self, child=None):
        if child is None:  # keep QObject.parent() working
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        node = self._node(child).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.column() > 0 else len(self._node(parent).children)

    def hasChildren(self, parent=QModelIndex()) -> bool:
        node = self._node(parent)
        return parent.column() <= 0 and (bool(node.children) or node.missing() > 0)

    def canFetchMore(self, parent) -> bool:
        # Not while rows change: a view asking from a row signal would nest row changes.
        return (
            not (self.updating or self._inserting)
            and parent.column() <= 0
            and self._node(parent).missing() > 0
        )

    def fetchMore(self, parent) -> None:
        if self.canFetchMore(parent):
            self._fetch(self._node(parent), BATCH_SIZE)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = self._node(index)
        if not node.children and node.missing() == 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            count = self._note_counts.get(node.key[1], 0) if node.key else 0
            return f"{node.label} ✎{count}" if count else node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(node.tooltip)
        if role == KeyRole:
            return node.key
        if role == FilterRole:
            return node.filter_text
        if role == IdentRole:
            return node.ident
        return None

    def _node(self, index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root
