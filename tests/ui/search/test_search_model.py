"""The search model over the real bundled database, checked by the model tester as it changes."""

from sco_desktop.ui.search.model import KeyRole, SearchModel


def test_search_model_passes_the_tester_while_it_changes(qtmodeltester, repo):
    model = SearchModel(repo)
    qtmodeltester.check(model)
    for text in ("Kaz", "Ташкент", "上海", "", '"NEAR(* OR', "Tianjn"):
        model.search(text)
    qtmodeltester.check(model)


def test_hits_carry_their_entity(repo):
    model = SearchModel(repo)
    model.search("Kazakhstan")
    keys = [model.index(row, 0).data(KeyRole) for row in range(model.rowCount())]
    assert ("state", "KAZ") in keys


def test_snippets_start_and_end_between_words(repo):
    model = SearchModel(repo)
    checked = 0
    for text in ("anti-terrorist", "Tashkent", "observer", "trade", "summit"):
        model.search(text)
        for hit in model.hits:
            summary = hit.summary or ""
            snippet = model._snippet(summary)
            body = snippet.removeprefix("…").removesuffix("…")
            start = summary.find(body)
            assert start >= 0, snippet
            if snippet.startswith("…"):
                assert summary[start - 1].isspace(), snippet
                checked += 1
            if snippet.endswith("…"):
                assert not summary[start + len(body)].isalnum(), snippet
    assert checked  # some snippets were cut at the front
