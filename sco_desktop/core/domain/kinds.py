"""The enumerations of the reference data and the words readers see for them, each once.

Plain data and one wording function; it imports only the translation marker. The schema
validates against these tuples and the panes, sheets and command line label with these maps.
The labels are English, marked for translation in the context KINDS_CONTEXT: a pane or sheet
shows them through its Language (core/domain/language.py), the command line as they are.
"""

from sco_desktop.core.domain.language import IN_ENGLISH, QT_TRANSLATE_NOOP, Language

KINDS_CONTEXT = "Kinds"

OVERVIEW = ("home", "sco")
"""(kind, id) of the overview of the whole SCO, the application's home."""
VIEW_KIND = "view"
"""Kind of the chart views of the window; their ids are the views' names."""
TRADE_LINK_KIND = "trade"
"""Kind of a state's sparkline link: the trade view with that state as the partner."""
NOTE_KIND = "note"
"""Kind of a search hit in the analyst's own notes; its id is the entity the note is on."""

ENTITY_KINDS = ("state", "body", "summit", "document", "exercise", "source")
KIND_LABELS = {
    "state": QT_TRANSLATE_NOOP("Kinds", "State"),
    "body": QT_TRANSLATE_NOOP("Kinds", "Body"),
    "summit": QT_TRANSLATE_NOOP("Kinds", "Meeting"),
    "document": QT_TRANSLATE_NOOP("Kinds", "Document"),
    "exercise": QT_TRANSLATE_NOOP("Kinds", "Exercise"),
    "source": QT_TRANSLATE_NOOP("Kinds", "Source"),
    "note": QT_TRANSLATE_NOOP("Kinds", "Your note"),
}

STATUSES = ("member", "observer", "dialogue_partner", "partner")
STATUS_LABELS = {
    "member": QT_TRANSLATE_NOOP("Kinds", "Member state"),
    "observer": QT_TRANSLATE_NOOP("Kinds", "Observer state"),
    "dialogue_partner": QT_TRANSLATE_NOOP("Kinds", "Dialogue partner"),
    "partner": QT_TRANSLATE_NOOP("Kinds", "SCO partner"),
}
NO_STATUS = "none"
"""What the map says of a state, or a neighbour, that held no status on the day shown."""
NO_STATUS_LABEL = QT_TRANSLATE_NOOP("Kinds", "No SCO status")
COUNCILS = (
    "shanghai_five",
    "heads_of_state",
    "heads_of_government",
    "sco_plus",
    "foreign_ministers",
)
COUNCIL_LABELS = {
    "shanghai_five": QT_TRANSLATE_NOOP("Kinds", "Shanghai Five"),
    "heads_of_state": QT_TRANSLATE_NOOP("Kinds", "Heads of State Council"),
    "heads_of_government": QT_TRANSLATE_NOOP("Kinds", "Heads of Government Council"),
    "sco_plus": QT_TRANSLATE_NOOP("Kinds", "SCO Plus"),
    "foreign_ministers": QT_TRANSLATE_NOOP("Kinds", "Council of Foreign Ministers"),
}
SUMMIT_ID_PREFIXES = {
    "shanghai_five": "s5",
    "heads_of_state": "hos",
    "heads_of_government": "hog",
    "sco_plus": "plus",
    "foreign_ministers": "cfm",
}
"""A meeting's id is `<prefix>-YYYY`, with a suffix (`-2`) where two fall in one year."""
OFFICES = ("head_of_state", "head_of_government")
OFFICE_LABELS = {
    "head_of_state": QT_TRANSLATE_NOOP("Kinds", "Head of state"),
    "head_of_government": QT_TRANSLATE_NOOP("Kinds", "Head of government"),
}
INDICATORS = ("population", "gdp_usd", "area_km2")
INDICATOR_LABELS = {
    "population": QT_TRANSLATE_NOOP("Kinds", "Population"),
    "gdp_usd": QT_TRANSLATE_NOOP("Kinds", "GDP"),
    "area_km2": QT_TRANSLATE_NOOP("Kinds", "Area"),
}
EXERCISE_SERIES = ("peace_mission", "rats_antiterror")
EXERCISE_SERIES_LABELS = {
    "peace_mission": QT_TRANSLATE_NOOP("Kinds", "Peace Mission"),
    "rats_antiterror": QT_TRANSLATE_NOOP(
        "Kinds", "Counter-terrorism exercise of the security services"
    ),
}
FLOWS = ("total", "export", "import")


SOURCE_KINDS = ("encyclopedia", "official", "news", "analysis", "statistics", "seed", "reference")
SOURCE_KIND_LABELS = {
    "encyclopedia": QT_TRANSLATE_NOOP("Kinds", "Encyclopedia"),
    "official": QT_TRANSLATE_NOOP("Kinds", "Official"),
    "news": QT_TRANSLATE_NOOP("Kinds", "News"),
    "analysis": QT_TRANSLATE_NOOP("Kinds", "Analysis"),
    "statistics": QT_TRANSLATE_NOOP("Kinds", "Statistics"),
    "seed": QT_TRANSLATE_NOOP("Kinds", "Seed"),
    "reference": QT_TRANSLATE_NOOP("Kinds", "Reference"),
}
BODY_KINDS = ("council", "permanent_body", "other")
BODY_KIND_LABELS = {
    "council": QT_TRANSLATE_NOOP("Kinds", "Council"),
    "permanent_body": QT_TRANSLATE_NOOP("Kinds", "Permanent body"),
    "other": QT_TRANSLATE_NOOP("Kinds", "Other"),
}
BODY_GROUP_LABELS = {
    "council": QT_TRANSLATE_NOOP("Kinds", "Councils"),
    "permanent_body": QT_TRANSLATE_NOOP("Kinds", "Permanent bodies"),
    "other": QT_TRANSLATE_NOOP("Kinds", "Other"),
}
"""The bodies of each kind, as a heading over a list of them."""
STATUS_GROUP_LABELS = {
    "member": QT_TRANSLATE_NOOP("Kinds", "Member states"),
    "observer": QT_TRANSLATE_NOOP("Kinds", "Observer states"),
    "dialogue_partner": QT_TRANSLATE_NOOP("Kinds", "Dialogue partners"),
    "partner": QT_TRANSLATE_NOOP("Kinds", "SCO partners"),
}
"""The states holding each status, as a heading over a list of them."""
SUMMIT_FORMATS = ("in_person", "virtual")
SUMMIT_FORMAT_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("Kinds", "in person"),
    "virtual": QT_TRANSLATE_NOOP("Kinds", "virtual"),
}
PARTICIPANT_ROLES = ("member", "observer", "dialogue_partner", "partner", "guest")
DOCUMENT_KINDS = (
    "declaration",
    "charter",
    "convention",
    "treaty",
    "agreement",
    "strategy",
    "border_agreement",
    "decision",
    "other",
)
DOCUMENT_KIND_LABELS = {
    "declaration": QT_TRANSLATE_NOOP("Kinds", "Declaration"),
    "charter": QT_TRANSLATE_NOOP("Kinds", "Charter"),
    "convention": QT_TRANSLATE_NOOP("Kinds", "Convention"),
    "treaty": QT_TRANSLATE_NOOP("Kinds", "Treaty"),
    "agreement": QT_TRANSLATE_NOOP("Kinds", "Agreement"),
    "strategy": QT_TRANSLATE_NOOP("Kinds", "Strategy"),
    "border_agreement": QT_TRANSLATE_NOOP("Kinds", "Border agreement"),
    "decision": QT_TRANSLATE_NOOP("Kinds", "Decision"),
    "other": QT_TRANSLATE_NOOP("Kinds", "Other"),
}
"""The words for each document kind."""

FLOW_LABELS = {
    "total": "{reporter} ↔ {partner}",
    "export": "{reporter} → {partner}",
    "import": "{partner} → {reporter}",
}
"""A flow as its reporter states it: who exports to whom (the reporter's exports go to the
partner, its imports come from the partner); `flow_label` adds whose statistics they are."""
CUSTOMS_REPORTERS = {"CHN": "customs"}
"""Reporters whose figures come from their customs administration rather than other statistics."""


_WHOSE = {
    (True, "customs"): QT_TRANSLATE_NOOP("Kinds", "{arrow}, total trade, {reporter}'s customs"),
    (True, "statistics"): QT_TRANSLATE_NOOP(
        "Kinds", "{arrow}, total trade, {reporter}'s statistics"
    ),
    (False, "customs"): QT_TRANSLATE_NOOP("Kinds", "{arrow}, {reporter}'s customs"),
    (False, "statistics"): QT_TRANSLATE_NOOP("Kinds", "{arrow}, {reporter}'s statistics"),
}


def flow_label(
    flow: str, reporter_id: str, reporter: str, partner: str, language: Language = IN_ENGLISH
) -> str:
    """E.g. "China → India, China's customs": who exports to whom, and whose statistics say so."""
    office = CUSTOMS_REPORTERS.get(reporter_id, "statistics")
    arrow = FLOW_LABELS[flow].format(reporter=reporter, partner=partner)
    whose = language.translate(KINDS_CONTEXT, _WHOSE[flow == "total", office])
    return whose.format(arrow=arrow, reporter=reporter)


_REPORTERS = {
    "customs": QT_TRANSLATE_NOOP("Kinds", "{reporter}'s customs"),
    "statistics": QT_TRANSLATE_NOOP("Kinds", "{reporter}'s statistics"),
}


def reporter_label(reporter_id: str, reporter: str, language: Language = IN_ENGLISH) -> str:
    """Whose figures they are, e.g. "Kazakhstan's statistics"."""
    office = CUSTOMS_REPORTERS.get(reporter_id, "statistics")
    return language.translate(KINDS_CONTEXT, _REPORTERS[office]).format(reporter=reporter)


CHINA_FLOW_LABELS = {
    "total": QT_TRANSLATE_NOOP("Kinds", "Total trade, China ↔ partners, China's customs"),
    "export": QT_TRANSLATE_NOOP("Kinds", "China's exports, China → partners, China's customs"),
    "import": QT_TRANSLATE_NOOP("Kinds", "China's imports, partners → China, China's customs"),
}
"""The flows where China reports, as in the trade view, which only plots China's figures."""
