"""The live preview shows script and markup typed into a dossier as text, never as active HTML
or as Typst code."""

import itertools

from tests.gui.conftest import shown
from tests.rendering.test_injection import PAYLOADS, TYPST_PAYLOADS, _poisoned


def test_the_preview_shows_payloads_as_text(window, example_dossier, qtbot):
    poisoned = _poisoned(example_dossier, itertools.cycle(PAYLOADS + TYPST_PAYLOADS))
    window.repository.add(poisoned)
    window.open_dossier(poisoned.id)
    window.editor.refresh()
    text = shown(qtbot, window.editor.preview)
    assert window.editor.preview.page_count() >= 2  # pages were made, not an error message
    assert " ".join(poisoned.title.split()) in text
    for answer in poisoned.answers.values():
        if "`" not in answer.text and "<" not in answer.text and "[" not in answer.text:
            assert " ".join(answer.text.split()) in text, answer.text
