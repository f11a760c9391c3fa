"""The analyst's notes and bookmarks in the window: their own note and the versions beside it
(the store says which is which), saving with the revision the edit started from, search hits,
export and import.

It talks to the notes store and drives the notes pane; the window only connects it. It never
touches the reference data except through the labels it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from sco_desktop.core.data.notes_store import NotesError, NotesStore
from sco_desktop.core.domain.kinds import NOTE_KIND, OVERVIEW, VIEW_KIND
from sco_desktop.core.domain.records import SearchHit
from sco_desktop.core.infra.atomic import WriteError
from sco_desktop.core.present.wording import entity_name
from sco_desktop.ui.common.messages import ask, inform, warn
from sco_desktop.ui.common.settings import Preferences
from sco_desktop.ui.notes.pane import NotesPane

Labels = Callable[[], dict[str, tuple[str, str]]]
"""entity id → (kind, name) of every entity in the reference data."""


class NotesController(QObject):
    marks_changed = Signal()
    """Note counts or bookmarks changed: the navigator's marks need refreshing."""
    bookmark_state_changed = Signal(bool, bool)
    """(enabled, checked) of the bookmark action for what is shown."""
    status_reported = Signal(str)
    """A one-line message for the status bar."""

    def __init__(
        self,
        store: NotesStore | None,
        labels: Labels,
        preferences: Preferences,
        pane: NotesPane,
        dialog_parent: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._labels = labels
        self._preferences = preferences
        self._pane = pane
        self._dialog_parent = dialog_parent
        self._shown: tuple[str, str] | None = None
        self._entity: str | None = None
        self._note_id: str | None = None
        self._revision: int | None = None
        """The revision of the own note the editor started from: a save carries it."""
        pane.note_edited.connect(self.save)
        pane.retry_requested.connect(self.save)

    def takes_notes(self, kind: str) -> bool:
        """Entities take notes; the overview and the chart views do not."""
        return kind not in (VIEW_KIND, OVERVIEW[0])

    def load(self, kind: str, entity_id: str) -> None:
        """Shows the note of the entity now on screen; an edit still pending is saved first."""
        self._pane.flush()
        self._shown = (kind, entity_id)
        has_notes = self.takes_notes(kind) and self.store is not None
        # Charts and the overview take no notes: the panel gives them its room.
        self._pane.setVisible(self.takes_notes(kind))
        self._pane.setEnabled(has_notes)
        self._entity = entity_id if has_notes else None
        self._note_id = None
        if not has_notes:
            self._pane.show_note("", "", [], True)
            self.bookmark_state_changed.emit(False, False)
            return
        try:
            notes = self.store.entity_notes(entity_id)
            bookmarked = self.store.is_bookmarked(entity_id)
        except NotesError as error:
            self._pane.show_banner(str(error))
            return
        # The analyst's own note is the newest one written here; imported versions stay beside.
        current = notes.own
        self._note_id = current.id if current else None
        self._revision = current.revision if current else None
        name = entity_name(self._labels(), entity_id)
        self._pane.show_note(
            self.tr("Your note on {name}").format(name=name),
            current.text if current else "",
            [n.text for n in notes.others],
            self.store.read_only,
            notes.others_total - len(notes.others),
        )
        self.bookmark_state_changed.emit(True, bookmarked)

    def flush(self) -> None:
        self._pane.flush()

    @Slot(str)
    def save(self, text: str) -> None:
        if self.store is None or self._entity is None:
            return
        if not text.strip():
            # A note cleared to nothing is deleted, not kept as an empty note that still counts.
            self._delete_own_note()
            return
        try:
            note = self.store.save_note(self._entity, text, self._note_id, self._revision)
        except NotesError as error:
            self._pane.set_state("failed", str(error))
            return
        if self._note_id is not None and note.id != self._note_id:
            # Another window saved this note after the editor started from it: both texts are
            # kept, the newer one stays the note, and the analyst is told where theirs went.
            self.marks_changed.emit()
            self.load(*self._shown)
            self._pane.show_banner(
                self.tr(
                    "This note was changed in another window after you began editing. Both are"
                    " kept: the newer text is shown as your note, yours is under Other versions."
                )
            )
            self._pane.set_state("saved")
            return
        self._note_id, self._revision = note.id, note.revision
        self._pane.set_state("saved")
        self.marks_changed.emit()

    def _delete_own_note(self) -> bool:
        if self._note_id is None:
            self._pane.set_state("idle")
            return False
        try:
            self.store.delete_note(self._note_id)
        except NotesError as error:
            self._pane.set_state("failed", str(error))
            return False
        self._note_id = self._revision = None
        self._pane.set_state("idle")
        self.marks_changed.emit()
        return True

    @Slot()
    def delete_interactively(self) -> None:
        """Deletes the analyst's note on the entity shown, after asking."""
        if self.store is None or self._entity is None or self._note_id is None:
            self.status_reported.emit(self.tr("There is no note of yours here to delete"))
            return
        name = entity_name(self._labels(), self._entity)
        question = self.tr("Delete your note on {name}? Backups keep earlier copies.").format(
            name=name
        )
        if ask(self._dialog_parent, self.tr("Delete Note"), question) and self._delete_own_note():
            self.load(*self._shown)
            self.status_reported.emit(self.tr("Your note on {name} was deleted").format(name=name))

    def set_bookmark(self, on: bool) -> bool:
        """Bookmarks or un-bookmarks the entity shown; False (after saying why) if it failed."""
        if self.store is None or self._entity is None:
            return False
        try:
            self.store.set_bookmark(self._entity, on)
        except NotesError as error:
            warn(self._dialog_parent, self.tr("Bookmark not saved"), str(error))
            return False
        self.marks_changed.emit()
        return True

    def marks(self) -> tuple[dict[str, int], list[str]]:
        """(note count by entity, bookmarked entity ids)."""
        if self.store is None:
            return {}, []
        return self.store.note_counts(), [b.entity_id for b in self.store.bookmarks()]

    def search(self, text: str) -> list[SearchHit]:
        """The analyst's notes matching `text`, as search hits; never raises."""
        if self.store is None:
            return []
        try:
            notes = self.store.search(text)
        except NotesError:
            return []
        labels = self._labels()
        return [
            SearchHit(
                NOTE_KIND,
                n.entity_id,
                entity_name(labels, n.entity_id),
                None,
                None,
                n.text,
            )
            for n in notes
        ]

    @Slot()
    def export_interactively(self) -> None:
        if self.store is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self._dialog_parent,
            self.tr("Export Notes"),
            str(self._preferences.export_start("sco-notes.json")),
            self.tr("Complete, for another machine (*.json);;Readable (*.md)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        self._pane.flush()
        try:
            if path.suffix.lower() == ".md":
                names = {key: label for key, (_kind, label) in self._labels().items()}
                self.store.export_markdown(path, names)
            else:
                self.store.export_json(path)
        except (NotesError, WriteError) as error:
            warn(self._dialog_parent, self.tr("Export failed"), str(error))
            return False
        self._preferences.remember_export(path)
        self.status_reported.emit(self.tr("Notes written to {path}").format(path=path))
        return True

    @Slot()
    def import_interactively(self) -> None:
        if self.store is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self._dialog_parent,
            self.tr("Import Notes"),
            str(self._preferences.export_start()),
            self.tr("Notes export (*.json)"),
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> str:
        """Merges an export into the notes; the summary (or the error) as one line."""
        self._pane.flush()
        try:
            result = self.store.import_json(path, known=self._labels().keys())
        except NotesError as error:
            warn(self._dialog_parent, self.tr("Import failed"), str(error))
            return str(error)
        summary = result.summary + "."
        self.marks_changed.emit()
        if self._shown:
            self.load(*self._shown)
        self.status_reported.emit(summary)
        # A result the analyst may need to act on stays until read, not a passing status line.
        where = self.tr("From {path}:").format(path=path)
        inform(self._dialog_parent, self.tr("Notes Imported"), f"{where}\n{summary}")
        return summary
