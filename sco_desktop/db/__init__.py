"""Data access to the reference database: plain sqlite3 and frozen records, never Qt."""

from sco_desktop.db.repository import DatabaseError, Repository

__all__ = ["DatabaseError", "Repository"]
