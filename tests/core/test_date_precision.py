"""A list that mixes dates of different precision says what the shorter ones mean."""

from sco_desktop.core.present.dossier import gather
from sco_desktop.core.present.html import render
from sco_desktop.core.present.wording import precision_note


def _pane(repo, kind, entity_id):
    dossier = gather(repo, kind, entity_id, repo.data_as_of)
    return render(dossier, {s.id: s for s in repo.sources()})


def test_the_secretaries_general_explain_their_month_only_dates(repo):
    holders = gather(repo, "body", "secretariat", repo.data_as_of).office_holders
    assert any(len(h.start_date or "") == 7 for h in holders)  # the data mixes precisions
    assert "a year and month (2010-01) means the day is not known" in _pane(
        repo, "body", "secretariat"
    )


def test_a_list_of_full_dates_carries_no_note(repo):
    assert "means the day is not known" not in _pane(repo, "state", "KAZ")


def test_the_note_names_only_the_precisions_present():
    assert precision_note(["2001-06-15", None]) == ""
    assert "month is not known" in precision_note(["2004", "2006-12-31"])
    assert "day is not known" not in precision_note(["2004", "2006-12-31"])
