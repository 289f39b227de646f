"""Adopting, evaluating and ending a dossier, as the window and the command line do it."""

from __future__ import annotations

from igj_afwijken.domain.lifecycle import LifecycleError, adopt, end, start_evaluation

__all__ = ["LifecycleError", "adopt", "end", "start_evaluation"]
