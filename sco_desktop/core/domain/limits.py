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

MIN_CHART_POINTS = 2
"""Fewer figures than this make no line: panes and sheets leave the chart out."""

PAGE_SIZES = ("A4", "Letter")
"""Paper sizes the fact sheets are laid out for."""
MIN_COMPARED_GROUPS = 2
"""Groupings a year needs figures for before China's trade with them is compared in that year."""
