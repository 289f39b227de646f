"""Moving a data folder's dossiers into the organisation store: whole, once, never over what is
there, and saying what was left and why."""

import hashlib
from datetime import date

from igj_afwijken.domain.lifecycle import adopt
from igj_afwijken.domain.model import Attachment, utc_now
from igj_afwijken.formats import exchange
from igj_afwijken.services.dossiers import open_organisation_register
from igj_afwijken.services.organisation import migrate
from tests.conftest import EXAMPLES
from tests.gui.conftest import DIRECTOR


def test_every_dossier_moves_whole_and_a_second_run_copies_nothing(register, server, catalogue):
    examples = [exchange.read_file(path) for path in EXAMPLES]
    adopted = examples[0]
    content = b"%PDF-1.7 advies"
    adopted.attachments = (
        Attachment("advies.pdf", content, hashlib.sha256(content).hexdigest(), utc_now()),
    )
    adopt(adopted, catalogue, DIRECTOR, date(2026, 9, 1))
    for dossier in examples:
        register.add(dossier)
    register.delete(examples[2].id)  # in the recycle bin: stays here
    organisation = open_organisation_register(server.person("director"), catalogue)
    try:
        first = migrate(register, organisation)
        assert sorted(i for i, _ in first.copied) == sorted(d.id for d in examples[:2])
        assert [i for i, _ in first.in_bin] == [examples[2].id] and first.complete
        for dossier in examples[:2]:  # answers, tables, versions and files alike
            assert organisation.get(dossier.id) == register.get(dossier.id)
        assert organisation.get(adopted.id).versions[0].number == 1
        second = migrate(register, organisation)
        assert second.copied == [] and len(second.already_there) == 2 and second.complete
        changed = register.get(examples[1].id)
        changed.title += " (hier gewijzigd)"
        register.save_facts(changed)
        third = migrate(register, organisation)
        assert third.different == [(changed.id, changed.title)] and not third.complete
        assert organisation.get(changed.id).title != changed.title  # never overwritten
    finally:
        organisation.close()


def test_what_a_person_may_not_write_is_named_and_the_rest_moves(register, server, catalogue):
    for path in EXAMPLES:
        register.add(exchange.read_file(path))
    anker = exchange.read_file(EXAMPLES[2])  # the volunteer example, at Huize Het Anker
    organisation = open_organisation_register(server.person("writer", anker.location), catalogue)
    try:
        done = migrate(register, organisation)
    finally:
        organisation.close()
    assert [i for i, _ in done.copied] == [anker.id]
    assert len(done.not_copied) == 2 and not done.complete
    assert all("niet wijzigen" in reason for _, _, reason in done.not_copied)
