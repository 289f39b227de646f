"""The bundle for an inspection visit: cover, contents with the right pages, every running dossier."""

import re

import pypdf

from igj_afwijken.domain.model import Rule
from igj_afwijken.formats import exchange
from igj_afwijken.rendering.bundle import bundle_dossiers, write_bundle
from tests.conftest import EXAMPLES


def _text(page) -> str:
    """A page's text with single spaces, as it reads (pypdf gives tabs and ligatures)."""
    return " ".join(page.extract_text().replace("\ufb02", "fl").replace("\ufb01", "fi").split())


def _examples():
    return [exchange.read_file(path) for path in EXAMPLES]


def test_the_contents_name_the_page_where_each_justification_starts(catalogue, tmp_path):
    dossiers = bundle_dossiers(_examples())
    output = tmp_path / "bundel.pdf"
    result = write_bundle(output, dossiers, catalogue)
    reader = pypdf.PdfReader(output)
    assert len(reader.pages) == result.pages
    contents = _text(reader.pages[1])
    assert "Inhoud" in contents
    for dossier in dossiers:
        title = " ".join(dossier.title.split()[:3])
        start = int(re.search(re.escape(title) + r".*?concept (\d+)", contents).group(1))
        assert _text(reader.pages[start - 1]).startswith(dossier.title[:30]), dossier.title
        assert not _text(reader.pages[start - 2]).startswith(dossier.title[:30])  # not earlier
    assert re.search(r"pagina 1 van \d+", _text(reader.pages[0]))


def test_ended_dossiers_stay_out_and_a_law_is_named_not_bundled(catalogue, tmp_path):
    ended, law, running = _examples()
    ended.status = "beeindigd"
    law.rule = Rule(name="Wet zorg en dwang", kind="wet")
    dossiers = bundle_dossiers([ended, law, running])
    assert {d.id for d in dossiers} == {law.id, running.id}
    result = write_bundle(tmp_path / "bundel.pdf", dossiers, catalogue)
    assert result.included == [running.id] and result.skipped == [law.title]
    cover = _text(pypdf.PdfReader(tmp_path / "bundel.pdf").pages[0])
    assert "Niet opgenomen" in cover
