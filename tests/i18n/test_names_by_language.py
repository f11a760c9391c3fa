"""Names and titles in the chosen language where the data has them, else in English."""

from sco_desktop.core.domain.language import Language
from sco_desktop.core.present.dossier import gather, gather_overview
from sco_desktop.core.present.html import render


def test_a_state_is_named_in_russian_and_chinese(repo):
    assert gather(repo, "state", "KAZ", language="ru").title == "Казахстан"
    assert gather(repo, "state", "KAZ", language="zh").title == "哈萨克斯坦"
    assert gather(repo, "state", "KAZ").title == "Kazakhstan"


def test_a_name_the_data_lacks_falls_back_to_english(repo):
    body = next(b for b in repo.bodies() if not b.name_ru)
    assert gather(repo, "body", body.id, language="ru").title == body.name


def test_document_titles_follow_the_language_where_the_data_has_them(repo):
    with_russian = next(d for d in repo.documents() if d.title_ru)
    without = next(d for d in repo.documents() if not d.title_ru)
    assert gather(repo, "document", with_russian.id, language="ru").title == with_russian.title_ru
    assert gather(repo, "document", without.id, language="ru").title == without.title


def test_links_in_a_pane_name_entities_in_its_language(repo):
    dossier = gather(repo, "summit", "hos-2025", language="ru")
    page = render(dossier, repo.source_catalog(), language=Language("ru"))
    assert "Китай" in page  # the host, linked by its Russian name
    overview = gather_overview(repo, language="zh")
    assert overview.labels["KAZ"] == ("state", "哈萨克斯坦")


def test_leaders_are_named_in_the_panes_language_with_the_other_spellings_beside(repo):
    def page(code):
        dossier = gather(repo, "state", "KAZ", language=code)
        return render(dossier, repo.source_catalog(), language=Language(code))

    russian, english = page("ru"), page("en")
    # The holder on the as-of date, then the full list: the Russian name first, the English beside.
    assert "Касым-Жомарт Токаев" in russian.split("Kassym-Jomart Tokayev")[0]
    assert "Kassym-Jomart Tokayev" in english.split("Касым-Жомарт Токаев")[0]
    assert "Kassym-Jomart Tokayev" in russian  # still given beside the Russian
