"""Start-up: a headless command when one is given, otherwise the program window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from igj_afwijken.cli import run


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    return run(args)
