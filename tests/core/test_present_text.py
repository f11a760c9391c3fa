"""core/present/text.py: the command line's text and JSON show what the panes show."""

import json
import re
from urllib.parse import unquote

import pytest

from sco_desktop.core.present.dossier import gather, gather_overview
from sco_desktop.core.present.html import render, render_overview
from sco_desktop.core.present.text import (
    dossier_data,
    dossier_text,
    overview_data,
    to_json,
    visible,
)


@pytest.fixture(scope="module")
def sources(repo):
    return {source.id: source for source in repo.sources()}


def pane_order(page: str) -> list[str]:
    """The source ids of a pane's Sources list, in the order the pane numbers them."""
    listing = page.split("<h2>Sources</h2>")[-1] if "<h2>Sources</h2>" in page else ""
    return [unquote(found) for found in re.findall(r'href="sco:source/([^"]+)"', listing)]


def test_sources_are_numbered_as_in_the_pane(repo, sources):
    targets = [
        (kind, entity_id)
        for entity_id, (kind, _name) in repo.labels().items()
        if kind in ("state", "body", "summit", "document")
    ]
    assert len(targets) > 100
    for kind, entity_id in targets:
        dossier = gather(repo, kind, entity_id)
        numbered = [s["id"] for s in dossier_data(dossier, sources)["sources"]]
        shown = pane_order(render(dossier, sources))
        # The pane's sources first, in its order; then those only notes it leaves out name.
        assert numbered[: len(shown)] == shown, (kind, entity_id)


def test_the_overview_numbers_sources_as_the_home_pane(repo, sources):
    overview = gather_overview(repo)
    numbered = [s["id"] for s in overview_data(overview, sources)["sources"]]
    assert numbered == pane_order(render_overview(overview, sources))


def test_text_and_json_cite_the_same_sources(repo, sources):
    dossier = gather(repo, "body", "rats")
    data = dossier_data(dossier, sources)
    text = dossier_text(dossier, sources)
    for source in data["sources"]:
        assert f"  [{source['number']}] {source['line']}" in text
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text.split("\nSources:\n")[0])}
    assert cited == {source["number"] for source in data["sources"]}


def test_as_of_changes_the_status_shown(repo, sources):
    before = dossier_data(gather(repo, "state", "BLR", "2015-01-01"), sources)
    after = dossier_data(gather(repo, "state", "BLR"), sources)
    assert before["status"]["label"] != after["status"]["label"] == "Member state"


def test_visible_escapes_controls_but_newline_and_tab():
    assert (
        visible("a\x1b[31mb\x07\x00\x7f\x85\x9b\r") == "a\\x1b[31mb\\x07\\x00\\x7f\\x85\\x9b\\x0d"
    )
    assert visible("line\n\tindented · Ж 中") == "line\n\tindented · Ж 中"


def test_to_json_leaves_no_control_character_raw():
    text = to_json({"name": "x\x1b\x9b\x7f\u2028Ж"})
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", text)
    assert json.loads(text) == {"name": "x\x1b\x9b\x7f\u2028Ж"}


def test_every_trade_row_says_who_exports_to_whom_and_whose_statistics(repo):
    from sco_desktop.core.present.dossier import gather
    from sco_desktop.core.present.wording import trade_label

    india = gather(repo, "state", "IND")
    labels = {(p.reporter, p.flow): trade_label(india, p) for p in india.trade}
    assert labels[("CHN", "export")] == "China → India, China's customs"
    assert labels[("CHN", "import")] == "India → China, China's customs"
    assert labels[("IND", "export")] == "India → China, India's statistics"
    assert labels[("IND", "import")] == "China → India, India's statistics"
    turkiye = gather(repo, "state", "TUR")
    for point in turkiye.trade:
        label = trade_label(turkiye, point)
        assert ("→" in label or "↔" in label) and ("customs" in label or "statistics" in label)
    china = gather(repo, "state", "CHN")
    assert all("China's customs" in trade_label(china, p) for p in china.trade)
