"""The rows of a dossier's tables: each table's question, and every row surviving as data."""

from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.rows import ROW_KINDS, ROW_QUESTIONS, row_from_data, row_to_data, rows_of


def test_every_kind_of_row_belongs_with_a_question_of_the_catalogue():
    questions = {question.id for question in load_catalogue().questions}
    assert set(ROW_QUESTIONS) <= set(ROW_KINDS)  # the plain texts for the council have no step
    assert set(ROW_QUESTIONS.values()) <= questions


def test_every_row_of_the_example_survives_as_data(example_dossier):
    for kind in ROW_KINDS:
        rows = rows_of(example_dossier, kind)
        assert tuple(row_from_data(kind, row_to_data(row)) for row in rows) == rows
