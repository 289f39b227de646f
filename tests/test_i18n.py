"""Choosing the program's language: Dutch by default, English on request or as saved."""

from datetime import UTC, date, datetime

import pytest

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.text import long_date, long_datetime


def test_dutch_needs_no_translation_and_english_has_one():
    assert i18n.language() == "nl" and i18n.translator() is None
    assert i18n.translate("dialog", "&Opslaan") == "&Opslaan"
    i18n.use_language("en")
    assert i18n.language() == "en"
    assert i18n.translate("dialog", "&Opslaan") == "&Save"
    assert i18n.translate("dialog", "nergens vertaald") == "nergens vertaald"


def test_an_unknown_language_is_refused_and_the_old_one_stays():
    with pytest.raises(i18n.LanguageError, match="de"):
        i18n.use_language("de")
    assert i18n.language() == "nl"


@pytest.mark.parametrize(("saved", "language"), [(None, "nl"), ("en", "en"), ("fr", "nl")])
def test_the_saved_language_is_read_from_the_data_folder(tmp_path, saved, language):
    if saved is not None:
        i18n.settings_file(tmp_path).write_text(f"[display]\nlanguage={saved}\n", "utf-8")
    assert i18n.saved_language(tmp_path) == language


def test_dates_and_the_catalogue_follow_the_language():
    moment = datetime(2027, 3, 3, 13, 5, tzinfo=UTC)
    assert long_date(date(2027, 3, 3)) == "3 maart 2027"
    assert long_datetime(moment).endswith(" uur")
    nl_title = load_catalogue().title
    i18n.use_language("en")
    assert long_date(date(2027, 3, 3)) == "3 March 2027"
    assert " uur" not in long_datetime(moment)
    english = load_catalogue()
    assert english.language == "en" and english.title != nl_title


def test_both_catalogues_ask_the_same_questions_and_checklists():
    dutch, english = load_catalogue("nl"), load_catalogue("en")
    assert english.all_ids() == dutch.all_ids()
    assert [t.id for t in english.topics] == [t.id for t in dutch.topics]
    assert [r.id for r in english.rules] == [r.id for r in dutch.rules]
    assert all(
        e.text != d.text for e, d in zip(english.subquestions(), dutch.subquestions(), strict=True)
    )
