"""The HTML of panes and sheets shows text from the data as text, whatever that text holds."""

import dataclasses
import html
from html.parser import HTMLParser

import pytest
from jinja2 import TemplateAssertionError, UndefinedError

from sco_desktop.core.present.dossier import Dossier, gather, gather_overview
from sco_desktop.core.present.html import _TEMPLATES, render, render_overview

# Markup, both quotes, an entity, and Jinja's own syntax: none of it may do anything.
HOSTILE = (
    "<script>alert(\"x\")</script><img src=x onerror='y'> &amp; "
    '{{ "pwn" ~ "ed" }} {% for c in "ab" %}X{{ c }}{% endfor %} {# hidden #}'
)
EVALUATED = ("pwned", "XaXb")


class _Page(HTMLParser):
    """The text a reader sees and the tags a browser would make of a page."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text, self.tags = [], []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def assert_shown_as_text(page: str, times: int = 1) -> None:
    parsed = _Page(page)
    assert "".join(parsed.text).count(HOSTILE) >= times
    assert all(tag != "script" and "onerror" not in attrs for tag, attrs in parsed.tags)
    assert not any(word in page for word in EVALUATED)


def hostile(dossier: Dossier) -> Dossier:
    """The dossier with its entity's name (or title) and summary replaced by HOSTILE."""
    entity = dossier.entity
    names = {"name", "title", "summary"} & {f.name for f in dataclasses.fields(entity)}
    if dossier.kind == "summit":
        names.add("city")  # a meeting's title is made from its city
    entity = dataclasses.replace(entity, **dict.fromkeys(names, HOSTILE))
    labels = {**dossier.labels, entity.id: (dossier.kind, HOSTILE)}
    return dataclasses.replace(dossier, entity=entity, labels=labels)


@pytest.mark.parametrize("kind", ["state", "body", "summit", "document", "exercise", "source"])
@pytest.mark.parametrize("printable", [False, True], ids=["pane", "sheet"])
def test_every_entity_of_every_kind_shows_hostile_text_as_text(repo, kind, printable):
    sources = {s.id: s for s in repo.sources()}
    ids = [entity_id for entity_id, (k, _name) in repo.labels().items() if k == kind]
    assert ids
    for entity_id in ids:
        dossier = hostile(gather(repo, kind, entity_id))
        page = render(dossier, sources, printable=printable, notes=(HOSTILE,))
        # The name, then the note; and the summary too where a kind has one.
        assert_shown_as_text(page, times=3 if kind != "source" else 2)


@pytest.mark.parametrize("printable", [False, True], ids=["pane", "sheet"])
def test_the_overview_shows_hostile_names_as_text(repo, printable):
    overview = gather_overview(repo)
    states = tuple(dataclasses.replace(s, name=HOSTILE) for s in overview.states)
    overview = dataclasses.replace(
        overview,
        states=states,
        labels={**overview.labels, **{s.id: ("state", HOSTILE) for s in states}},
    )
    page = render_overview(overview, {s.id: s for s in repo.sources()}, printable=printable)
    assert_shown_as_text(page, times=len(states))


def test_a_value_a_template_names_but_is_not_given_raises(repo):
    # A source dressed as a document lacks fields the template shows: an error, not empty rows.
    source = repo.sources()[0]
    with pytest.raises(UndefinedError, match="has no attribute"):
        render(Dossier("document", source, repo.data_as_of, labels=repo.labels()), {})
    with pytest.raises(UndefinedError):
        _TEMPLATES.get_template("page.html").render()


def test_no_template_can_let_text_through_as_markup():
    for template in ("{{ x|safe }}", "{{ x|join }}", "{{ x|tojson }}"):
        with pytest.raises(TemplateAssertionError):
            _TEMPLATES.from_string(template)
    unescaped = _TEMPLATES.from_string("{% autoescape false %}{{ x }}{% endautoescape %}")
    assert unescaped.render(x="<b>") == "&lt;b&gt;"
    # Constants too are escaped the one way, the pages' own (not Jinja's `&#39;`).
    assert _TEMPLATES.from_string('{{ "it\'s" }}').render() == "it&#x27;s"


def test_a_stylesheet_cannot_close_its_element(repo):
    dossier = gather(repo, "state", "KAZ")
    with pytest.raises(ValueError):
        render(dossier, {}, stylesheet="p {} </style><script>")


def test_pages_are_one_line_however_the_templates_are_laid_out(repo):
    sources = {s.id: s for s in repo.sources()}
    assert "\n" not in render_overview(gather_overview(repo), sources)
    assert "\n" not in render(gather(repo, "summit", repo.summits()[0].id), sources)


def test_notes_print_as_rendered_markdown_under_whose_they_are(repo):
    sources = {s.id: s for s in repo.sources()}
    own = "**Bold** and *slanted*\n- first point\n- second point\nSee [the page](https://example.org/a)"
    imported = ("An `imported` note <b>not markup</b>", "laptop-7")
    page = render(gather(repo, "state", "KAZ"), sources, printable=True, notes=(own, imported))
    assert "<b>Bold</b>" in page and "<i>slanted</i>" in page
    assert "<li>first point</li><li>second point</li>" in page
    assert "the page (https://example.org/a)" in page
    assert "**" not in page and "- first" not in page
    assert "&lt;b&gt;not markup&lt;/b&gt;" in page and "<code>imported</code>" in page
    text = html.unescape(page)
    own_heading = text.index("Analyst's notes (not from the sources)")
    imported_heading = text.index("Notes imported from laptop-7 (not from the sources)")
    assert own_heading < text.index("first point") < imported_heading < text.index("not markup")


def test_the_as_of_date_applies_to_every_part_of_a_page(repo):
    day = "2015-07-10"
    overview = gather_overview(repo, day)
    later = [b.id for b in repo.bodies() if b.established and b.established > day]
    assert later, "some bodies were set up after the date"
    assert not {b.id for b in overview.bodies} & set(later)
    # No single grouping stands in for a comparison ("2005, ASEAN only").
    assert len({p.partner for p in overview.trade if p.partner != "WLD"}) != 1
    assert all(p.year < 2015 for p in overview.trade)
    page = render_overview(overview, {s.id: s for s in repo.sources()})
    assert "No year before 2015 has totals for several groupings to compare." in page
    kazakhstan = gather(repo, "state", "KAZ", day)
    assert kazakhstan.trade and all(p.year < 2015 for p in kazakhstan.trade)


def test_an_entity_after_the_as_of_date_is_marked_on_its_page(repo):
    sources = {s.id: s for s in repo.sources()}
    later = render(gather(repo, "summit", "hos-2025", "2015-07-10"), sources)
    assert "Held 2025-08-31, after the as-of date 2015-07-10" in html.unescape(later)
    body = render(gather(repo, "body", "sco-development-bank", "2015-07-10"), sources)
    assert "Set up 2025-09-01, after the as-of date 2015-07-10" in html.unescape(body)
    current = render(gather(repo, "summit", "hos-2025"), sources)
    assert "after the as-of date" not in current


def test_earlier_figures_are_in_the_pane_and_only_the_latest_on_the_sheet(repo):
    dossier = gather(repo, "state", "KAZ")
    assert len({figure.year for figure in dossier.indicators}) > 2  # a history to show
    pane = render(dossier, {s.id: s for s in repo.sources()})
    sheet = render(dossier, {s.id: s for s in repo.sources()}, printable=True)
    assert "Population, economy and area" in pane
    assert "Population, economy and area" not in sheet
    assert "Population (2025)" in sheet


class _Tables(HTMLParser):
    """The cells of every table of a page (tables inside tables too): rows of cells' text."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tables, self._open, self._cell = [], [], None
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
            self._open.append(self.tables[-1])
        elif tag == "tr":
            self._open[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
            self._open[-1][-1].append(self._cell)

    def handle_endtag(self, tag):
        if tag == "table":
            self._open.pop()

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def rows(self, first_header: str, second_header: str) -> list[list[str]]:
        """The rows of the table whose headers begin so, each cell's text joined."""
        for table in self.tables:
            rows = [["".join(cell).strip() for cell in row] for row in table]
            if rows and rows[0][:2] == [first_header, second_header]:
                return rows
        raise AssertionError(f"no table headed {first_header}, {second_header}")


def test_a_states_trade_is_a_row_a_year_with_a_column_for_each_direction(repo):
    dossier = gather(repo, "state", "KAZ")
    sources = {s.id: s for s in repo.sources()}
    pane = _Tables(render(dossier, sources)).rows("Year", "China → Kazakhstan")
    assert pane[0] == ["Year", "China → Kazakhstan", "Kazakhstan → China", "Total"]
    years = [row[0][:4] for row in pane[1:]]
    assert years == sorted(years, reverse=True)
    # 2023: China's customs give both directions and the total, each with its citation.
    (china_2023,) = [row for row in pane if row[0] == "2023"]
    assert all(cell.startswith("$") and cell.endswith("]") for cell in china_2023[1:])
    # Kazakhstan's own figure for 2022 is a row of its own that names whose figure it is.
    assert pane[years.index("2022") + 2][:3] == ["2022 Kazakhstan's statistics", "", ""]
    # The sheet shares the table: the latest year of each reporter, the directions it has.
    sheet = _Tables(render(dossier, sources, printable=True)).rows("Year", "Total")
    assert [row[0] for row in sheet[1:]] == ["2024", "2022 Kazakhstan's statistics"]


def test_a_states_figures_are_a_row_a_year_with_a_column_per_figure(repo):
    dossier = gather(repo, "state", "KAZ")
    rows = _Tables(render(dossier, {s.id: s for s in repo.sources()})).rows("Year", "Population")
    assert rows[0][:2] == ["Year", "Population"]
    years = [row[0] for row in rows[1:]]
    assert years == sorted(years, reverse=True) and len(years) == len(set(years))
    assert set(years) == {str(figure.year) for figure in dossier.indicators}
    # Each figure sits in its year's row and its indicator's column, with its citation.
    column = {"population": rows[0].index("Population")}
    for figure in (x for x in dossier.indicators if x.indicator in column):
        cell = rows[1 + years.index(str(figure.year))][column[figure.indicator]]
        assert cell.startswith(f"{figure.value:,}") and cell.endswith("]")


def test_chinas_own_trade_is_a_row_a_year_and_partner(repo):
    page = _Tables(render(gather(repo, "state", "CHN"), {s.id: s for s in repo.sources()}))
    rows = page.rows("Year", "Partner")
    assert rows[0] == ["Year", "Partner", "Total"]
    assert ("World (China total goods trade)", "2024") in {(row[1], row[0]) for row in rows}
