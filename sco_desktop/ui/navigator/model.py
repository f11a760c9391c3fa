"""The navigator's tree (states by status, bodies, meetings, documents) as a QAbstractItemModel.

It asks the repository for records and holds a small node tree; no SQL and no widgets here.
A change (a new note, a bookmark, another as-of date) is applied to the tree in place, row by
row, so the view keeps what the reader expanded and selected.
"""

from __future__ import annotations

from typing import overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.formatting import tooltip
from sco_desktop.core.domain.kinds import COUNCIL_LABELS, VIEW_KIND
from sco_desktop.core.domain.records import State
from sco_desktop.core.present.wording import entity_name

KeyRole = Qt.ItemDataRole.UserRole + 1
"""(kind, id) of an entity row; None on a group row."""
FilterRole = Qt.ItemDataRole.UserRole + 2
"""The text the filter field matches: names in English, Russian and Chinese."""

_MERGER_NOTE = (
    "On 2025-09-01 the Tianjin summit merged the observer and dialogue partner statuses"
    " into a single 'SCO partner' status."
)
_PARTNER_GROUPS = (
    ("observer", "Observer states"),
    ("dialogue_partner", "Dialogue partners"),
    ("partner", "SCO partners since 2025-09-01"),
)
_BODY_GROUPS = (("council", "Councils"), ("permanent_body", "Permanent bodies"), ("other", "Other"))
_COUNCIL_ORDER = (
    "heads_of_state",
    "heads_of_government",
    "sco_plus",
    "foreign_ministers",
    "shanghai_five",
)


class _Node:
    __slots__ = ("children", "filter_text", "ident", "key", "label", "parent", "row", "tooltip")

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

    def add(self, child: _Node) -> _Node:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child


def _group(label: str, children: list[_Node], tooltip: str = "") -> _Node:
    node = _Node(f"{label} ({len(children)})", tooltip=tooltip, ident=f"group:{label}")
    for child in children:
        node.add(child)
    return node


def _renumber(node: _Node) -> None:
    for row, child in enumerate(node.children):
        child.row = row


def _state_node(state: State) -> _Node:
    names = " ".join(filter(None, (state.name, state.name_ru, state.name_zh, state.id)))
    return _Node(state.name, ("state", state.id), names)


class NavigatorModel(QAbstractItemModel):
    """Entities grouped for browsing, with statuses as they stood on the as-of date."""

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._as_of = repo.data_as_of
        self._note_counts: dict[str, int] = {}
        self._bookmarks: list[str] = []
        self._root = self._build()
        self.updating = False
        """True while a change is applied; a view may move its current row then, unasked."""

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
        self._announce_counts(self._root, recounted)

    def _apply(self, new_root: _Node) -> None:
        self.updating = True
        try:
            self._sync(QModelIndex(), self._root, new_root)
        finally:
            self.updating = False

    def _sync(self, parent_index: QModelIndex, old: _Node, new: _Node) -> None:
        """Makes `old`'s children look like `new`'s with row removals, insertions and dataChanged.

        Rows present in both keep their node, so expanded groups and the selection survive.
        """
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
                del old.children[row]
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
            self.endInsertRows()

    def _replace_children(self, parent_index: QModelIndex, node: _Node, children) -> None:
        if node.children:
            self.beginRemoveRows(parent_index, 0, len(node.children) - 1)
            node.children = []
            self.endRemoveRows()
        if children:
            self.beginInsertRows(parent_index, 0, len(children) - 1)
            for child in children:
                node.add(child)
            self.endInsertRows()

    def _announce_counts(self, node: _Node, entity_ids: set[str]) -> None:
        """dataChanged for every row of an entity whose note count (shown as ✎n) changed."""
        if not entity_ids:
            return
        for child in node.children:
            if child.key and child.key[1] in entity_ids:
                index = self.createIndex(child.row, 0, child)
                self.dataChanged.emit(index, index)
            self._announce_counts(child, entity_ids)

    def index_of(self, kind: str, entity_id: str) -> QModelIndex:
        """The index of an entity's row, or an invalid index if it is not in the tree."""
        found = self._find(self._root, (kind, entity_id))
        return self.createIndex(found.row, 0, found) if found else QModelIndex()

    def _find(self, node: _Node, key) -> _Node | None:
        for child in node.children:
            if child.key == key:
                return child
            found = self._find(child, key)
            if found:
                return found
        return None

    def _build(self) -> _Node:
        repo, day = self._repo, self._as_of
        root = _Node("")
        labels = repo.labels()
        if self._bookmarks:
            root.add(
                _group("Bookmarks", [self._user_node(labels, entity) for entity in self._bookmarks])
            )
        if self._note_counts:
            noted = sorted(
                self._note_counts, key=lambda entity: labels.get(entity, ("", entity))[1]
            )
            root.add(_group("With your notes", [self._user_node(labels, e) for e in noted]))
        states = repo.states(as_of=day)
        root.add(_group("Member states", [_state_node(s) for s in states if s.status == "member"]))
        partner_groups = [
            _group(
                label,
                [_state_node(s) for s in states if s.status == status],
                tooltip=_MERGER_NOTE if status == "partner" else "",
            )
            for status, label in _PARTNER_GROUPS
            if any(s.status == status for s in states)
        ]
        partners = _Node(
            f"Partners ({sum(len(g.children) for g in partner_groups)})",
            tooltip=_MERGER_NOTE,
            ident="group:Partners",
        )
        for group in partner_groups:
            partners.add(group)
        root.add(partners)
        others = repo.states_without_status(as_of=day)
        if others:
            root.add(
                _group(
                    "Former and other statuses",
                    [_state_node(s) for s in others],
                    tooltip="States that no longer hold a status, and guests that never held one.",
                )
            )
        bodies = _Node(f"Bodies ({len(repo.bodies())})", ident="group:Bodies")
        for kind, label in _BODY_GROUPS:
            members = [
                _Node(
                    b.name, ("body", b.id), " ".join(filter(None, (b.name, b.name_ru, b.name_zh)))
                )
                for b in repo.bodies(kind)
            ]
            if members:
                bodies.add(_group(label, members))
        root.add(bodies)
        summits = repo.summits()
        meetings = _Node(f"Summits and meetings ({len(summits)})", ident="group:Meetings")
        for council in _COUNCIL_ORDER:
            rows = [
                _Node(f"{s.year} {s.city or 'by videoconference'}", ("summit", s.id), s.title)
                for s in summits
                if s.council == council
            ]
            if rows:
                meetings.add(_group(COUNCIL_LABELS[council], rows))
        root.add(meetings)
        documents = sorted(repo.documents(), key=lambda d: d.signed_date or "", reverse=True)
        charts = _Node("Charts (5)", ident="group:Charts")
        charts.add(_Node("Trade", (VIEW_KIND, "trade"), "Trade China trade charts"))
        charts.add(_Node("Membership", (VIEW_KIND, "membership"), "Membership statuses charts"))
        charts.add(_Node("Map", (VIEW_KIND, "map"), "Map states statuses timeline"))
        charts.add(_Node("Compare", (VIEW_KIND, "compare"), "Compare states side by side"))
        charts.add(_Node("Rankings", (VIEW_KIND, "rankings"), "Rankings states indicators"))
        root.add(charts)
        root.add(
            _group(
                "Documents",
                [
                    _Node(
                        f"{(d.signed_date or '')[:4]} {d.title}".strip(),
                        ("document", d.id),
                        d.title,
                        tooltip=d.title,
                    )
                    for d in documents
                ],
            )
        )
        root.add(
            _group(
                "Joint exercises",
                [
                    _Node(f"{e.year} {e.name}", ("exercise", e.id), f"{e.name} {e.place or ''}")
                    for e in repo.exercises()
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

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._node(index).children:
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
        return None

    def _node(self, index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root
