"""Search results as a list model: kind, name and a snippet with the matched words marked.

It runs searches through the repository and holds the hits; no SQL and no widgets here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.formatting import tooltip
from sco_desktop.core.domain.kinds import KIND_LABELS, KINDS_CONTEXT
from sco_desktop.core.domain.language import IN_ENGLISH, Language
from sco_desktop.core.domain.limits import MAX_QUERY_CHARS, MAX_QUERY_WORDS
from sco_desktop.core.domain.records import SearchHit

KeyRole = Qt.ItemDataRole.UserRole + 1
"""(kind, id) of the hit."""
HtmlRole = Qt.ItemDataRole.UserRole + 2
"""The hit as escaped rich text, with the matched words in bold."""

_SNIPPET_CHARS = 90
_SNIPPET_LEAD = 30
"""Characters of context shown before the first match."""


def _word_start(text: str, position: int) -> int:
    """The start of the word `position` is in."""
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    return position


class SearchModel(QAbstractListModel):
    def __init__(
        self,
        repo: Repository,
        limit: int = 12,
        parent: QObject | None = None,
        notes_search: Callable[[str], list[SearchHit]] | None = None,
        language: Language = IN_ENGLISH,
    ) -> None:
        """`notes_search` finds the analyst's notes; its hits come after the reference data's.
        Hits are named in `language` where the data has their names in it."""
        super().__init__(parent)
        self._language = language
        self._repo = repo
        self._notes_search = notes_search
        self._limit = limit
        self._hits: list[SearchHit] = []
        self._terms: list[str] = []
        self._html: dict[int, str] = {}
        """Each row's rich text, made once per search: views ask for it many times."""

    @property
    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def search(self, text: str) -> None:
        """Replaces the results with those for `text`; any text is safe."""
        self.beginResetModel()
        self._hits = self._repo.search(text, self._limit)
        if self._notes_search is not None:
            self._hits += self._notes_search(text)[:4]
        self._terms = [t for t in re.findall(r"\w+", text[:MAX_QUERY_CHARS]) if t][:MAX_QUERY_WORDS]
        self._html = {}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._hits, self._terms, self._html = [], [], {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        kind = self._language.translate(KINDS_CONTEXT, KIND_LABELS.get(hit.kind, hit.kind))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self._name(hit)} ({kind})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(hit.summary or hit.name)
        if role == KeyRole:
            return (hit.kind, hit.id)
        if role == HtmlRole:
            if index.row() not in self._html:
                self._html[index.row()] = self._rich_text(hit, kind)
            return self._html[index.row()]
        return None

    def _name(self, hit: SearchHit) -> str:
        return self._language.name(hit.name, hit.name_ru, hit.name_zh)

    def _rich_text(self, hit: SearchHit, kind: str) -> str:
        shown = self._name(hit)
        names = " · ".join(n for n in (hit.name, hit.name_ru, hit.name_zh) if n and n != shown)
        title = self._mark(shown) + (f" <small>{self._mark(names)}</small>" if names else "")
        snippet = self._mark(self._snippet(hit.summary or ""))
        return f"<small>{kind}</small> <b>{title}</b><br><small>{snippet}</small>"

    def _snippet(self, text: str) -> str:
        """About _SNIPPET_CHARS of `text` around the first match, cut between words."""
        folded = text.casefold()
        positions = [folded.find(t.casefold()) for t in self._terms]
        found = [p for p in positions if p >= 0]
        first = min(found) if found else 0
        start = max(0, first - _SNIPPET_LEAD)
        if start and not text[start - 1].isspace():
            # Start at the next word, or failing that the word the lead cut into.
            after = next((i for i in range(start, first) if text[i].isspace()), None)
            start = after + 1 if after is not None else _word_start(text, start)
        end = start + _SNIPPET_CHARS
        if end < len(text) and not text[end].isspace():
            end = max(text.rfind(" ", start, end), first + 1)
        snippet = text[start:end].strip()
        return ("…" if start else "") + snippet + ("…" if end < len(text) else "")

    def _mark(self, text: str) -> str:
        """Escaped text with each search term in bold; the data is never read as markup."""
        if not self._terms:
            return html.escape(text)
        pattern = re.compile("|".join(re.escape(t) for t in self._terms), re.IGNORECASE)
        out, last = [], 0
        for match in pattern.finditer(text):
            out.append(html.escape(text[last : match.start()]))
            out.append(f"<u>{html.escape(match.group())}</u>")
            last = match.end()
        out.append(html.escape(text[last:]))
        return "".join(out)
