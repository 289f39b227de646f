"""The levels of the risk matrix: which scores (likelihood × impact) count as low or high, their
colours, and where a risk stands in the 5×5 matrix."""

from __future__ import annotations

from collections.abc import Sequence

from igj_afwijken.domain.model import SCALE, Risk

# The lowest score of each level: low, medium, high, very high.
LEVEL_LOWEST_SCORES: tuple[int, ...] = (1, 5, 10, 15)
HIGH = 2  # the level from which a risk is in the high band of the matrix

# The colour of each level (green, yellow, orange, red), the same on screen and on paper: calm,
# so dark text on them stays readable (contrast well above 4.5:1) and the levels still differ
# when printed in black and white.
LEVEL_COLOURS: tuple[str, ...] = ("#cfe6c8", "#f2e3a0", "#f4c38f", "#eba199")

SIZE = len(SCALE)  # the matrix has SIZE × SIZE cells
Cell = tuple[int, int]  # (row, column): row 0 is the top (impact 5), column 0 is likelihood 1


def level_of(score: int) -> int:
    """The level (0 = low … 3 = very high) of a score likelihood × impact."""
    return max(index for index, lowest in enumerate(LEVEL_LOWEST_SCORES) if score >= lowest)


def level_colour(score: int) -> str:
    """The colour ("#rrggbb") of a score's level."""
    return LEVEL_COLOURS[level_of(score)]


def remaining_score(risk: Risk) -> int:
    """The score after the measures; without an estimate after them, the score before."""
    residual = risk.residual_score
    return risk.score if residual is None else residual


def stays_high(risk: Risk) -> bool:
    return level_of(remaining_score(risk)) >= HIGH


def cell_of(likelihood: int, impact: int) -> Cell:
    """Where a likelihood and an impact (both 1–5) fall: (row, column), row 0 at the top."""
    if likelihood not in SCALE or impact not in SCALE:
        raise ValueError(f"kans en gevolg lopen van 1 tot 5, niet {likelihood} en {impact}")
    return SIZE - impact, likelihood - 1


def scale_of(cell: Cell) -> tuple[int, int]:
    """The (likelihood, impact) of a cell; the inverse of `cell_of`."""
    row, column = cell
    return column + 1, SIZE - row


def position(risk: Risk, residual: bool) -> tuple[int, int] | None:
    """A risk's (likelihood, impact) before or after its measures; None when not yet assessed."""
    if not residual:
        return risk.likelihood, risk.impact
    if risk.residual_likelihood is None or risk.residual_impact is None:
        return None
    return risk.residual_likelihood, risk.residual_impact


def placements(risks: Sequence[Risk], residual: bool = False) -> dict[Cell, list[int]]:
    """The numbers (1-based position in the table) of the risks in each occupied cell."""
    cells: dict[Cell, list[int]] = {}
    for number, risk in enumerate(risks, start=1):
        where = position(risk, residual)
        if where is not None:
            cells.setdefault(cell_of(*where), []).append(number)
    return cells


def unassessed(risks: Sequence[Risk]) -> list[int]:
    """The numbers of the risks whose likelihood or impact after the measures is still open."""
    return [n for n, risk in enumerate(risks, start=1) if position(risk, True) is None]


MAIN_RISKS = 3  # the client council's summary names the weightiest risks only


def main_risks(risks: Sequence[Risk], count: int = MAIN_RISKS) -> list[tuple[int, Risk]]:
    """The weightiest risks with their numbers in the table (from 1), weightiest first."""
    numbered = sorted(enumerate(risks, start=1), key=lambda item: -item[1].score)
    return numbered[:count]
