"""Every private URL scheme the panes and sheets use, and how an entity's link is written.

Nothing here opens anything: the panes decide what a click on such a link does.
"""

from __future__ import annotations

from urllib.parse import quote

ENTITY_SCHEME = "sco"
"""`sco:<kind>/<id>` opens an entity (or `sco:trade/<id>` the trade view with that partner)."""
COPY_SCHEME = "copy"
"""`copy:<source id>` copies a source's URL; nothing ever opens a browser."""
SPARKLINE_SCHEME = "sparkline"
"""`sparkline:<state id>`: the image of a state's trade line in its pane."""
CHART_SCHEME = "chart"
"""`chart:<state id>`: the trade chart image on a printed sheet."""
LOCATOR_SCHEME = "locator"
"""`locator:<state id>`: the small map pointing out a state on its printed sheet."""


def entity_url(kind: str, entity_id: str) -> str:
    return f"{ENTITY_SCHEME}:{kind}/{quote(entity_id, safe='')}"


PROVENANCE_SCHEME = "provenance"
"""`provenance:open` or `provenance:close` shows or hides a pane's research notes."""
