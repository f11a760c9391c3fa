"""The reference database and the notes store: plain sqlite3, no Qt."""

from sco_desktop.core.data.repository import DatabaseError, Repository

__all__ = ["DatabaseError", "Repository"]
