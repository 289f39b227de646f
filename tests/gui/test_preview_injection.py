"""The live preview shows script and markup typed into a dossier as text, never as active HTML."""

import itertools

from tests.rendering.test_injection import PAYLOADS, _active, _poisoned


def test_the_preview_shows_payloads_as_text(window, example_dossier):
    poisoned = _poisoned(example_dossier, itertools.cycle(PAYLOADS))
    window.repository.add(poisoned)
    window.open_dossier(poisoned.id)
    window.editor.refresh()
    shown = window.editor.preview._shown
    assert shown and _active(shown) == []
    assert poisoned.title in window.editor.preview.toPlainText()
