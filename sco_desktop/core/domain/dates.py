"""ISO 8601 date text as the data uses it, whole or partial (YYYY, YYYY-MM); no I/O, no Qt."""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def is_iso_date(text: str) -> bool:
    """Whether `text` is an ISO 8601 date, possibly partial (YYYY or YYYY-MM)."""
    if not _DATE.match(text):
        return False
    parts = [int(p) for p in text.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def date_floor(text: str) -> str:
    """The earliest full date a possibly partial ISO date can mean (2005 -> 2005-01-01)."""
    if len(text) == 4:
        return f"{text}-01-01"
    if len(text) == 7:
        return f"{text}-01"
    return text


def held_on(start: str, end: str | None, day: str) -> bool:
    """Whether a period from `start` up to (not including) `end` covers the full date `day`."""
    return date_floor(start) <= day and (end is None or day < date_floor(end))


def year_over(year: int, day: str) -> bool:
    """Whether a calendar year had ended by the full date `day`: its figures could be known."""
    return f"{year:04d}" < day[:4]
