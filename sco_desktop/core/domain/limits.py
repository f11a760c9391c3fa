"""Limits shared by the data layer, the panes, the sheets and the command line, each set once.

Plain constants; no imports. Each says why it has the value it has.
"""

MAX_QUERY_CHARS = 200
"""Search input beyond this is ignored: no real query is longer, and a pasted page stays cheap."""

MAX_QUERY_WORDS = 8
"""Words of a query that are matched; more only slow the search down without finding more."""

MAX_RESULTS = 200
"""Search results returned at most."""

MAX_FIELD_CHARS = 20_000
"""A text field longer than this is cut in panes and sheets, with a pointer to the full text."""

OVERVIEW_LIST_ROWS = 30
"""States of one status, or bodies of one kind, the overview pane lists; the rest are counted
and left to the navigator, so the home pane costs the same however large the data grows."""

MIN_CHART_POINTS = 2
"""Fewer figures than this make no line: panes and sheets leave the chart out."""

PAGE_SIZES = ("A4", "Letter")
"""Paper sizes the fact sheets are laid out for."""
MIN_COMPARED_GROUPS = 2
"""Groupings a year needs figures for before China's trade with them is compared in that year."""

MAX_NOTE_CHARS = 1_000_000
"""A note longer than this is not saved (the text stays in the editor): a note is a note, and
a bigger one would only make every start and search slower."""

MAX_PREVIEW_CHARS = 100_000
"""The notes preview renders this much of a longer note, with a line saying the rest is cut."""

MAX_OTHER_VERSIONS = 20
"""Imported versions of a note listed under it; the rest are counted, never laid out."""

MAX_IMPORT_BYTES = 64 * 1024 * 1024
"""A notes export larger than this is refused before it is read: thousands of full notes fit."""

MAX_NAME_CHARS = 300
"""An entity name longer than this is cut in panes, titles and lists (no real name comes near)."""
