"""What every store of dossiers must do, whatever database is behind it: the storage port's
contract. Each test runs against every store in tests/storage/conftest.py."""

import gc
import hashlib
import sys
from datetime import date

import pytest

from igj_afwijken.domain.model import Dossier, Person, Rule, utc_now
from igj_afwijken.storage.port import RegisterFilter, UnknownDossier
from tests.conftest import add_dossier


def test_a_dossier_comes_back_exactly_as_stored(store, example_dossier):
    store.add(example_dossier)
    assert store.get(example_dossier.id) == example_dossier


def test_a_fresh_dossier_with_empty_fields_round_trips(store):
    dossier = Dossier(title="Nieuw")
    store.add(dossier)
    assert store.get(dossier.id) == dossier


def test_topics_checklist_and_next_evaluation_round_trip(store, catalogue):
    dossier = Dossier(title="Flexpool", topics=("flexkrachten", "technologie"))
    dossier.next_evaluation = date(2027, 2, 1)
    dossier.set_checklist_answer(
        catalogue.make_checklist_answer("flexkrachten.controle", "ja", "Bij de eerste dienst")
    )
    store.add(dossier)
    assert store.get(dossier.id) == dossier
    dossier.topics = ("technologie",)
    dossier.next_evaluation = None
    store.save_facts(dossier)
    stored = store.get(dossier.id)
    assert (stored.topics, stored.next_evaluation) == (("technologie",), None)


def test_a_first_answer_is_inserted(store, catalogue):
    dossier = Dossier(title="Nieuw")
    store.add(dossier)
    store.save_answer(dossier.id, catalogue.make_answer("evaluatie.signalen", "Valincidenten"))
    assert store.get(dossier.id).answer_text("evaluatie.signalen") == "Valincidenten"


def test_saving_the_facts(store):
    dossier = Dossier(title="Oud")
    store.add(dossier)
    dossier.title = "Nieuw"
    dossier.rule = Rule(
        name="Kwaliteitskader", kind="kwaliteitskader", source="KK", section="3.1.2"
    )
    dossier.start_date = date(2026, 9, 1)
    dossier.duration_months = 6
    dossier.responsible = Person("Marieke Jansen", "locatiemanager")
    store.save_facts(dossier)
    assert store.get(dossier.id) == dossier


def test_summaries_list_the_most_recent_first(store, catalogue):
    first, second = Dossier(title="Eerste"), Dossier(title="Tweede")
    store.add(first)
    store.add(second)
    later = catalogue.make_answer("waarom.knelpunt", "x")
    later = later.__class__(**{**later.__dict__, "updated_at": first.updated_at.replace(year=2099)})
    store.save_answer(first.id, later)
    assert [s.title for s in store.summaries()] == ["Eerste", "Tweede"]


def test_listing_every_dossier_sets_off_no_collection(store):
    """`list` makes a tuple for each dossier and no cycles; at 100,000 dossiers the full
    collections those tuples set off took a sixth of its time. Even a collector set to run at
    every new object does not start while the listing is made, and is on again after."""
    for number in range(20):
        store.add(Dossier(title=f"Afwijking {number}"))
    collections_in_listing: list[int] = []

    def note(phase: str, info: dict) -> None:
        """Notes a collection that starts while the store reads the rows and makes the list
        (in `_listing`; around it, `listing` pauses the collector and starts it again)."""
        frame = sys._getframe(1)
        while phase == "start" and frame is not None:
            if frame.f_code is listing_code:
                collections_in_listing.append(info["generation"])
                return
            frame = frame.f_back

    listing_code = type(store)._listing.__code__

    thresholds = gc.get_threshold()
    gc.set_threshold(1, 1, 1)
    gc.callbacks.append(note)
    try:
        listed = store.listing()
    finally:
        gc.callbacks.remove(note)
        gc.set_threshold(*thresholds)
    assert sorted(d.title for d in listed) == sorted(f"Afwijking {n}" for n in range(20))
    assert collections_in_listing == []
    assert gc.isenabled()


def test_ids_resolve_from_an_unambiguous_prefix(store):
    dossier = Dossier(title="a", id="abcd1234-0000")
    other = Dossier(title="b", id="abcd9999-0000")
    store.add(dossier)
    store.add(other)
    assert store.resolve("abcd1234-0000") == dossier.id
    assert store.resolve("abcd1") == dossier.id
    with pytest.raises(UnknownDossier, match="meer dan één"):
        store.resolve("abcd")
    with pytest.raises(UnknownDossier, match="geen afwijking"):
        store.resolve("abc%")  # a LIKE wildcard is taken literally
    with pytest.raises(UnknownDossier, match="geen afwijking"):
        store.resolve("abc")  # too short to be a prefix
    with pytest.raises(UnknownDossier, match="geen afwijking"):
        store.resolve("zzzz")


def test_importing_a_dossier_whose_id_is_taken_gives_it_a_new_id(store, example_dossier):
    assert store.add_imported(example_dossier) == example_dossier.id
    copy_id = store.add_imported(example_dossier)
    assert copy_id != example_dossier.id
    assert store.get(copy_id).answers == example_dossier.answers


def test_a_deleted_dossier_goes_to_the_recycle_bin_and_comes_back_whole(store, example_dossier):
    store.add(example_dossier)
    store.delete(example_dossier.id)
    assert store.summaries() == []
    [binned] = store.summaries(deleted=True)
    assert binned.id == example_dossier.id and binned.deleted_at is not None
    with pytest.raises(UnknownDossier):
        store.resolve(example_dossier.id)
    store.restore(example_dossier.id)
    assert store.summaries(deleted=True) == []
    assert store.get(example_dossier.id) == example_dossier


def test_deleting_an_unknown_dossier_is_an_error(store):
    with pytest.raises(UnknownDossier):
        store.delete("bestaat-niet")


def test_a_dossier_with_every_part_comes_back_exactly(store, example_dossier, catalogue):
    import hashlib
    from datetime import UTC, datetime

    from igj_afwijken.domain.lifecycle import adopt, end
    from igj_afwijken.domain.model import (
        Attachment,
        ContactPoint,
        CouncilAdvice,
        EvaluationRecord,
        Involvement,
        PlainSummary,
        Risk,
    )
    from igj_afwijken.domain.rows import ROW_KINDS

    dossier = example_dossier
    dossier.risks = (Risk("Vallen", 2, 4, "Sensor", "teamleider", 1, 3),)
    dossier.involvements = (Involvement("clientenraad", "advies", date(2026, 8, 1), "positief"),)
    dossier.contacts = (ContactPoint("naasten", "S. de Vries", "teamleider", "06-1"),)
    dossier.evaluations = (EvaluationRecord(date(2026, 12, 1), "Goed", "Niets", date(2027, 3, 1)),)
    dossier.plain_summaries = (PlainSummary("waarom", "We vinden te weinig mensen."),)
    dossier.council_advice = CouncilAdvice(date(2026, 8, 1), None, "positief", "Ja", "")
    dossier.evaluator = "Teamleider"
    content = b"brief"
    dossier.attachments = (
        Attachment("brief.pdf", content, hashlib.sha256(content).hexdigest(), datetime.now(UTC)),
    )
    adopt(dossier, catalogue, Person("A", "bestuurder"), date(2026, 9, 1))
    end(dossier, date(2027, 9, 1), "terug-naar-norm", "Weer voltallig")
    dossier.updated_at = dossier.updated_at.replace(microsecond=0)
    assert all(getattr(dossier, kind) for kind in ROW_KINDS)  # every table is in the test
    store.add(dossier)
    assert store.get(dossier.id) == dossier


def test_a_written_answer_is_not_replaced_by_nothing_unless_the_user_emptied_it(
    store, example_dossier, catalogue
):
    from igj_afwijken.storage.port import AnswerWouldBeErased

    store.add(example_dossier)
    question = next(iter(example_dossier.answers))
    written = example_dossier.answers[question].text
    empty = catalogue.make_answer(question, "  \n")
    with pytest.raises(AnswerWouldBeErased):
        store.save_answer(example_dossier.id, empty)
    assert store.get(example_dossier.id).answers[question].text == written
    store.save_answer(example_dossier.id, empty, clearing_allowed=True)
    assert store.get(example_dossier.id).answers[question].text == "  \n"
    store.save_answer(example_dossier.id, catalogue.make_answer(question, ""))  # empty→empty
    assert store.get(example_dossier.id).answers[question].text == ""


def test_a_version_is_decoded_once_as_its_dossier_is_read(store, example_dossier, catalogue):
    from igj_afwijken.services.lifecycle import adopt

    adopt(example_dossier, catalogue, Person("A. de Vries"), date(2026, 12, 1))
    store.add(example_dossier)
    stored = store.get(example_dossier.id).versions[0]
    assert stored.dossier is not None and stored.dossier.title == example_dossier.title
    assert stored.dossier.versions == () and stored.snapshot["title"] == example_dossier.title


def _titles(store, **narrow):
    return sorted(s.title for s in store.summaries(narrow=RegisterFilter(**narrow)))


def test_search_finds_words_in_answers_titles_and_places(store, catalogue):
    add_dossier(store, catalogue, "Nachtdienst", "Te weinig verpleegkundigen in de nacht.")
    add_dossier(store, catalogue, "Flexpool", "Zzp'ers in het weekend.", location="De Linde")
    add_dossier(store, catalogue, "Vrijwilligers", "Hulp bij de maaltijd.")
    assert _titles(store, search="verpleegkund") == ["Nachtdienst"]  # the start of a word
    assert _titles(store, search="linde") == ["Flexpool"]
    assert _titles(store, search="weekend zzp") == ["Flexpool"]  # every word must occur
    assert _titles(store, search="maaltijd nacht") == []
    assert _titles(store, search="  ") == ["Flexpool", "Nachtdienst", "Vrijwilligers"]


def test_a_part_of_a_compound_finds_the_compound(store, catalogue):
    """Dutch writes compounds as one word: "sensor" must find "bewegingssensoren"."""
    found = add_dossier(store, catalogue, "Toezicht", "Bewegingssensoren in de gang.")
    add_dossier(store, catalogue, "Nachtdienst", "Een wacht in de nacht.")
    assert _titles(store, search="sensor") == ["Toezicht"]
    assert _titles(store, search="sensoren gang") == ["Toezicht"]
    assert _titles(store, search="dienst") == ["Nachtdienst"]
    assert _titles(store, search="acht") == ["Nachtdienst"]  # "wacht", "nacht"
    assert _titles(store, search="sensor nacht") == []  # every word must still occur
    assert "‹Bewegingssensoren›" in store.search_excerpts([found], "sensor")[found]


def test_excerpts_come_for_many_dossiers_at_once_and_empty_where_nothing_matched(store, catalogue):
    first = add_dossier(store, catalogue, "Toezicht", "Bewegingssensoren in de gang.")
    second = add_dossier(store, catalogue, "Nacht", "Een sensor bij de deur.")
    other = add_dossier(store, catalogue, "Dag", "Niets bijzonders.")
    excerpts = store.search_excerpts([first, second, other, "geen-dossier"], "sensor")
    assert "‹Bewegingssensoren›" in excerpts[first]
    assert "‹sensor›" in excerpts[second]
    assert excerpts[other] == excerpts["geen-dossier"] == ""
    assert store.search_excerpts([], "sensor") == {}
    assert store.search_excerpts([first], "  ") == {first: ""}


def test_words_of_one_or_two_letters_match_the_start_of_a_word_of_title_location_or_team(
    store, catalogue
):
    """In all text such a word matches nearly every dossier, at a cost of seconds."""
    add_dossier(store, catalogue, "Vaste flexschil 12", "Over de nacht.", location="Noord")
    add_dossier(store, catalogue, "Nachtdienst", "Vaste krachten, 12 uur.", team="Vlinder")
    add_dossier(store, catalogue, "Ab_c", "Tekst.", location="Oost")
    assert _titles(store, search="V") == ["Nachtdienst", "Vaste flexschil 12"]
    assert _titles(store, search="va") == ["Vaste flexschil 12"]  # not from the answer
    assert _titles(store, search="12") == ["Vaste flexschil 12"]
    assert _titles(store, search="vl") == ["Nachtdienst"]  # the team
    assert _titles(store, search="no") == ["Vaste flexschil 12"]  # the location
    assert _titles(store, search="nacht 12") == ["Vaste flexschil 12"]  # a long word: all text
    assert _titles(store, search="a_") == []  # no wildcard
    assert _titles(store, search="ab_") == ["Ab_c"]
    assert _titles(store, search="b") == []  # the start of a word only


@pytest.mark.parametrize(
    ("search", "in_text"),
    [("", False), ("V", False), ("va 12", False), ("vas", True), ("12 sensor", True)],
)
def test_a_filter_says_whether_it_searches_the_text(search, in_text):
    assert RegisterFilter(search=search).searches_text is in_text


def test_a_part_of_a_new_word_is_found_after_any_save(store, catalogue):
    """The index's words are kept between keystrokes; a save must not leave them stale."""
    dossier_id = add_dossier(store, catalogue, "Nachtdienst", "Oude tekst")
    assert _titles(store, search="kruk") == []
    store.save_answer(dossier_id, catalogue.make_answer("waarom.knelpunt", "Deurkrukalarm"))
    assert _titles(store, search="kruk") == ["Nachtdienst"]
    store.save_answer(dossier_id, catalogue.make_answer("waarom.knelpunt", "Anders"))
    assert _titles(store, search="kruk") == []


def test_an_edited_answer_is_found_by_its_new_words(store, catalogue):
    dossier_id = add_dossier(store, catalogue, "Nachtdienst", "Oude tekst")
    store.save_answer(dossier_id, catalogue.make_answer("waarom.knelpunt", "Valincidenten"))
    assert _titles(store, search="valincident") == ["Nachtdienst"]
    assert _titles(store, search="oude") == []
    store.purge(dossier_id)
    assert _titles(store, search="valincident") == []


def test_filters_by_status_sector_and_location(store, catalogue):
    add_dossier(store, catalogue, "A", status="vastgesteld", sector="ggz", location="Noord")
    add_dossier(store, catalogue, "B", status="concept", sector="ggz", location="Zuid")
    add_dossier(store, catalogue, "C", status="vastgesteld", sector="jeugdhulp", location="Noord")
    assert _titles(store, status="vastgesteld") == ["A", "C"]
    assert _titles(store, sector="ggz", location="Noord") == ["A"]
    assert store.locations() == ["Noord", "Zuid"]
    add_dossier(store, catalogue, "D", location="")  # no location: not one to choose
    gone = add_dossier(store, catalogue, "E", location="Oost")
    store.delete(gone)  # only in the recycle bin: not either
    add_dossier(store, catalogue, "F", location="Midden")
    assert store.locations() == ["Midden", "Noord", "Zuid"]


def test_search_finds_every_text_of_a_dossier_as_it_is_saved(store, catalogue):
    """A name in the risk table, a responsible person, a checklist note, an attachment's name,
    a plain summary, an evaluation's findings: all of it is what users look for."""
    from igj_afwijken.domain.model import (
        Attachment,
        ChecklistAnswer,
        EvaluationRecord,
        PlainSummary,
        Risk,
    )

    dossier_id = add_dossier(store, catalogue, "Nachtzorg", "Akoestische bewaking.")
    add_dossier(store, catalogue, "Anders", "Iets anders.")
    at = utc_now()
    store.save_rows(dossier_id, "risks", (Risk("Storing", owner="P. Jansen"),), at)
    assert _titles(store, search="jansen") == ["Nachtzorg"]
    store.save_rows(dossier_id, "risks", (Risk("Storing", measures="onderhoudscontract"),), at)
    assert _titles(store, search="onderhoudscontract") == ["Nachtzorg"]
    assert _titles(store, search="jansen") == []  # the old text left the index
    store.save_rows(
        dossier_id, "evaluations", (EvaluationRecord(date(2027, 1, 5), "Rustiger"),), at
    )
    assert _titles(store, search="rustiger") == ["Nachtzorg"]
    store.save_rows(dossier_id, "plain_summaries", (PlainSummary("waarom", "Minder wachten"),), at)
    assert _titles(store, search="wachten") == ["Nachtzorg"]
    store.save_checklist_answer(
        dossier_id,
        ChecklistAnswer("vrijwilligers.vog", "ja", "Gecontroleerd door Pietersen", "v", at),
    )
    assert _titles(store, search="pietersen") == ["Nachtzorg"]
    content = b"%PDF-1.4 advies"
    letter = Attachment(
        "adviesbrief-clientenraad.pdf", content, hashlib.sha256(content).hexdigest(), at
    )
    store.add_attachment(dossier_id, letter)
    assert _titles(store, search="adviesbrief") == ["Nachtzorg"]
    dossier = store.get(dossier_id)
    dossier.responsible = Person("M. de Boer", "locatiemanager")
    store.save_facts(dossier)
    assert _titles(store, search="boer") == ["Nachtzorg"]
    assert _titles(store, search="clientenraad") == ["Nachtzorg"]  # accents fold both ways


def test_the_register_shows_next_evaluation_and_readiness(open_test_store, catalogue):
    from igj_afwijken.domain.readiness import assess, readiness_state

    store = open_test_store(readiness_of=lambda d: readiness_state(assess(d, catalogue)))
    add_dossier(store, catalogue, "Leeg", next_evaluation=date(2027, 1, 5))
    (summary,) = store.summaries()
    assert (summary.next_evaluation, summary.readiness) == (date(2027, 1, 5), "open")
    store.set_readiness(summary.id, "klaar")
    assert store.summaries()[0].readiness == "klaar"
    assert store.summaries()[0].changed_since_version is None


def test_the_register_says_which_adopted_version_a_dossier_changed_since(
    store, example_dossier, catalogue
):
    from igj_afwijken.domain.lifecycle import adopt, changed_since_version
    from tests.gui.conftest import DIRECTOR

    adopt(example_dossier, catalogue, DIRECTOR, date(2026, 9, 1))
    assert changed_since_version(example_dossier, catalogue) is None
    example_dossier.title += " (herzien)"
    assert changed_since_version(example_dossier, catalogue) == 1
    store.add(example_dossier)
    assert store.summaries()[0].changed_since_version is None  # nobody said so yet
    store.set_readiness(example_dossier.id, "klaar", 1)
    assert store.summaries()[0].changed_since_version == 1
    store.set_readiness(example_dossier.id, "klaar", None)
    assert store.summaries()[0].changed_since_version is None


def test_an_adopted_version_keeps_the_size_of_each_attachment(store, example_dossier, catalogue):
    from igj_afwijken.domain.model import Attachment
    from igj_afwijken.services.lifecycle import adopt

    content = b"%PDF-1.4 advies van de clientenraad" * 3
    example_dossier.attachments = (
        Attachment("advies.pdf", content, hashlib.sha256(content).hexdigest(), utc_now()),
    )
    version = adopt(example_dossier, catalogue, Person("A. de Vries"), date(2026, 12, 1))
    assert version.dossier.attachments[0].size == len(content)
    store.add(example_dossier)
    (stored,) = store.get(example_dossier.id).versions
    assert stored.dossier.attachments[0].size == len(content)
    assert stored.snapshot["attachments"][0]["size"] == len(content)
    assert stored == version  # the same, whether adopted just now or read back


def _all_pages(rows):
    while rows.more:
        rows.append(rows.next_page())
    return [summary.title for summary in rows]


def test_the_register_reads_its_rows_a_page_at_a_time_in_the_order_asked(
    store, catalogue, monkeypatch
):
    from igj_afwijken.storage.port import PagedRows, RegisterOrder

    monkeypatch.setattr(PagedRows, "PAGE", 2)
    facts = [
        ("Echo", "vastgesteld", "ggz", date(2027, 3, 1)),
        ("alfa", "concept", "jeugdhulp", None),
        ("Delta", "beeindigd", "anders", date(2027, 1, 1)),
        ("Bravo", "concept", "ggz", date(2027, 2, 1)),
        ("Charlie", "in-evaluatie", "jeugdhulp", None),
    ]
    for title, status, sector, planned in facts:
        dossier_id = add_dossier(store, catalogue, title, status=status, sector=sector)
        if planned:
            dossier = store.get(dossier_id)
            dossier.next_evaluation = planned
            store.save_facts(dossier)
    rows = store.register_rows()
    assert len(rows) == 2 and rows.more  # one page read
    assert sorted(_all_pages(rows)) == sorted(f[0] for f in facts) and not rows.more
    changes = [summary.updated_at for summary in rows]
    assert changes == sorted(changes, reverse=True)  # newest change first
    by_title = store.register_rows(order=RegisterOrder("title", descending=False))
    assert _all_pages(by_title) == ["alfa", "Bravo", "Charlie", "Delta", "Echo"]  # any case
    ranks = ("vastgesteld", "concept", "in-evaluatie", "beeindigd")  # as names sort, say
    by_status = store.register_rows(order=RegisterOrder("status", False, ranks))
    assert [s.status for s in by_status[:2]] == ["vastgesteld", "concept"]
    assert [store.get(s.id).status for s in _as_summaries(by_status)] == sorted(
        (f[1] for f in facts), key=ranks.index
    )
    planned = store.register_rows(order=RegisterOrder("next_evaluation", descending=False))
    assert _all_pages(planned)[:3] == ["Delta", "Bravo", "Echo"]  # those without one last
    narrowed = store.register_rows(narrow=RegisterFilter(search="Bravo"))
    bravo = next(s.id for s in store.summaries() if s.title == "Bravo")
    echo = next(s.id for s in store.summaries() if s.title == "Echo")
    assert narrowed.holds(bravo) and not narrowed.holds(echo)


def _as_summaries(rows):
    _all_pages(rows)
    return list(rows)


def test_an_answer_someone_else_changed_meanwhile_is_not_overwritten(store, catalogue):
    from igj_afwijken.storage.port import ChangedMeanwhile

    dossier = Dossier(title="Samen")
    store.add(dossier)
    store.save_answer(dossier.id, catalogue.make_answer("waarom.knelpunt", "Begin"))
    # this writer read "Begin" and wrote "Mijn eerste" since: both are its own
    known = ["Begin", "Mijn eerste"]
    store.save_answer(
        dossier.id, catalogue.make_answer("waarom.knelpunt", "Mijn eerste"), known=known
    )
    store.save_answer(
        dossier.id, catalogue.make_answer("waarom.knelpunt", "Mijn tweede"), known=known
    )
    # a colleague's save, which this writer never saw
    store.save_answer(dossier.id, catalogue.make_answer("waarom.knelpunt", "Van een collega"))
    with pytest.raises(ChangedMeanwhile) as refused:
        store.save_answer(
            dossier.id, catalogue.make_answer("waarom.knelpunt", "Mijn derde"), known=known
        )
    assert (refused.value.field, refused.value.theirs) == ("waarom.knelpunt", "Van een collega")
    assert store.get(dossier.id).answer_text("waarom.knelpunt") == "Van een collega"
    # the same text as the colleague's is no conflict; a first answer knows it was empty
    store.save_answer(
        dossier.id, catalogue.make_answer("waarom.knelpunt", "Van een collega"), known=["x"]
    )
    store.save_answer(dossier.id, catalogue.make_answer("evaluatie.signalen", "Nieuw"), known=[""])


def test_facts_changed_by_two_writers_merge_and_the_same_fact_is_not_overwritten(store):
    from igj_afwijken.storage.port import ChangedMeanwhile

    dossier = Dossier(title="Oud", location="Huize Het Anker")
    store.add(dossier)
    read_by_me, read_by_them = store.get(dossier.id), store.get(dossier.id)
    theirs = read_by_them.copy(responsible=Person("B. Bakker", "teamleider"))
    store.save_facts(theirs, known=[read_by_them])
    mine = read_by_me.copy(title="Nieuw")
    store.save_facts(mine, known=[read_by_me])
    stored = store.get(dossier.id)
    assert (stored.title, stored.responsible.name) == ("Nieuw", "B. Bakker")  # both kept
    again = read_by_me.copy(title="Nieuw", responsible=Person("C. de Wit", "arts"))
    with pytest.raises(ChangedMeanwhile) as refused:
        store.save_facts(again, known=[read_by_me, mine])
    assert (refused.value.field, refused.value.theirs) == ("responsible_name", "B. Bakker")
    assert store.get(dossier.id).responsible.name == "B. Bakker"


def test_a_table_someone_else_changed_meanwhile_is_not_overwritten(store):
    from datetime import UTC, datetime

    from igj_afwijken.domain.model import Risk
    from igj_afwijken.storage.port import ChangedMeanwhile

    at = datetime(2026, 12, 4, 10, tzinfo=UTC)
    dossier = Dossier(title="Nachtzorg", risks=(Risk("Vallen"),))
    store.add(dossier)
    read = store.get(dossier.id).risks
    mine = (*read, Risk("Medicatie vergeten"))
    store.save_rows(dossier.id, "risks", mine, at, known=[read])
    again = (*mine, Risk("Dwalen"))
    store.save_rows(dossier.id, "risks", again, at, known=[read, mine])  # my own: no conflict
    theirs = (Risk("Vallen, door een collega herschreven"),)
    store.save_rows(dossier.id, "risks", theirs, at)  # a colleague's save
    with pytest.raises(ChangedMeanwhile) as refused:
        store.save_rows(dossier.id, "risks", (*again, Risk("Brand")), at, known=[read, again])
    assert refused.value.field == "risks"
    assert store.get(dossier.id).risks == theirs  # nothing of the refused save was kept
    store.save_rows(dossier.id, "risks", theirs, at, known=[read])  # the same table: no conflict
    store.save_rows(dossier.id, "contacts", (), at, known=[()])  # another table stands apart


def test_a_checklist_item_someone_else_answered_meanwhile_is_not_overwritten(store, catalogue):
    from igj_afwijken.storage.port import ChangedMeanwhile

    dossier = Dossier(title="Nachtzorg")
    store.add(dossier)
    item = "flexkrachten.controle"
    mine = catalogue.make_checklist_answer(item, "ja", "Gecontroleerd")
    store.save_checklist_answer(dossier.id, mine, known=[("", "")])
    again = catalogue.make_checklist_answer(item, "ja", "Gecontroleerd op 1 maart")
    store.save_checklist_answer(dossier.id, again, known=[("", ""), ("ja", "Gecontroleerd")])
    theirs = catalogue.make_checklist_answer(item, "nee", "Nog niet")
    store.save_checklist_answer(dossier.id, theirs)  # a colleague's save
    later = catalogue.make_checklist_answer(item, "ja", "Toch wel")
    with pytest.raises(ChangedMeanwhile) as refused:
        store.save_checklist_answer(dossier.id, later, known=[("ja", "Gecontroleerd op 1 maart")])
    assert (refused.value.field, refused.value.theirs) == (f"checklist:{item}", "nee — Nog niet")
    assert store.get(dossier.id).checklist[item].note == "Nog niet"
    store.save_checklist_answer(dossier.id, later, known=[("nee", "Nog niet")])
    assert store.get(dossier.id).checklist[item].note == "Toch wel"


def test_a_fact_changed_and_changed_back_is_saved_back(store):
    dossier = Dossier(title="Oud")
    store.add(dossier)
    read = store.get(dossier.id)
    changed = read.copy(title="Nieuw")
    store.save_facts(changed, known=[read])
    back = read.copy(title="Oud")
    store.save_facts(back, known=[read, changed])
    assert store.get(dossier.id).title == "Oud"
