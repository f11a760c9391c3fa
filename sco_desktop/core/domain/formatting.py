"""How numbers and text are made fit for readers (panes, charts, exports); plain Python, no Qt,
no I/O."""

from __future__ import annotations

import html
import math


def format_usd(value: float | None) -> str:
    """US dollars as an analyst reads them: $244.8 bn, $19.7 mn, $6.16 trn; '–' when missing."""
    if value is None or not math.isfinite(value):
        return "–"
    for size, unit in ((1e12, "trn"), (1e9, "bn"), (1e6, "mn")):
        if abs(value) >= size:
            scaled = value / size
            digits = 2 if abs(scaled) < 10 else 1
            return f"${scaled:,.{digits}f} {unit}"
    return f"${value:,.0f}"


def format_share(value: float | None) -> str:
    """A share of a total (0.144) as a percentage (14.4%); '–' when missing."""
    if value is None or not math.isfinite(value):
        return "–"
    return f"{value * 100:.1f}%"


def tooltip(text: str | None) -> str | None:
    """Data as a tool tip that shows literally: Qt would read bare text with tags as markup.

    Its line breaks stay line breaks."""
    if not text:
        return None
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def is_unicode_text(text: str) -> bool:
    """False for a string holding lone surrogates: bytes that were not UTF-8 in a command-line
    argument or file name, or escapes in JSON. Such a string cannot be stored or shown."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
