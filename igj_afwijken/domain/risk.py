"""The levels of the risk matrix: which scores (likelihood × impact) count as low or high."""

from __future__ import annotations

from igj_afwijken.domain.model import Risk

# The lowest score of each level: low, medium, high, very high.
LEVEL_LOWEST_SCORES: tuple[int, ...] = (1, 5, 10, 15)
HIGH = 2  # the level from which a risk is in the high band of the matrix


def level_of(score: int) -> int:
    """The level (0 = low … 3 = very high) of a score likelihood × impact."""
    return max(index for index, lowest in enumerate(LEVEL_LOWEST_SCORES) if score >= lowest)


def remaining_score(risk: Risk) -> int:
    """The score after the measures; without an estimate after them, the score before."""
    residual = risk.residual_score
    return risk.score if residual is None else residual


def stays_high(risk: Risk) -> bool:
    return level_of(remaining_score(risk)) >= HIGH
