"""The levels of the risk matrix, their colours on screen and on paper, and where risks fall."""

from igj_afwijken.domain.model import Risk
from igj_afwijken.domain.risk import (
    LEVEL_COLOURS,
    LEVEL_LOWEST_SCORES,
    cell_of,
    level_colour,
    level_of,
    placements,
    scale_of,
    stays_high,
    unassessed,
)


def test_every_level_has_a_colour_on_screen_and_on_paper():
    assert len(LEVEL_COLOURS) == len(LEVEL_LOWEST_SCORES)
    assert [level_of(score) for score in (1, 4, 5, 9, 10, 14, 15, 25)] == [0, 0, 1, 1, 2, 2, 3, 3]
    assert level_colour(1) == LEVEL_COLOURS[0] and level_colour(25) == LEVEL_COLOURS[3]
    assert level_colour(12) == LEVEL_COLOURS[2]


def test_risks_fall_in_their_cells_before_and_after_their_measures():
    risks = [Risk("Vallen", 4, 5, residual_likelihood=2, residual_impact=2), Risk("Dwalen", 1, 1)]
    assert cell_of(4, 5) == (0, 3) and scale_of((0, 3)) == (4, 5)
    assert placements(risks) == {(0, 3): [1], (4, 0): [2]}
    assert placements(risks, residual=True) == {(3, 1): [1]}
    assert unassessed(risks) == [2]
    assert not stays_high(risks[0]) and stays_high(Risk("Brand", 4, 4))
