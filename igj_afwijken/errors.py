"""What went wrong with a disk, a file or the store, said in one plain sentence."""

from __future__ import annotations

import errno
from collections.abc import Callable

from igj_afwijken import i18n


def _os_reasons() -> dict[int, str]:
    """The reasons for operating-system errors, in the current language."""
    no_permission = i18n.translate(
        "errors", "u hebt geen toestemming om daar te schrijven of te lezen"
    )
    return {
        errno.ENOSPC: i18n.translate("errors", "de schijf is vol"),
        errno.EDQUOT: i18n.translate("errors", "de schijf is vol (uw ruimte is op)"),
        errno.EROFS: i18n.translate("errors", "de map of schijf is alleen-lezen"),
        errno.EACCES: no_permission,
        errno.EPERM: no_permission,
        errno.ENOENT: i18n.translate("errors", "de map of het bestand bestaat niet (meer)"),
        errno.EIO: i18n.translate("errors", "de schijf gaf een lees- of schrijffout"),
    }


def explain(error: BaseException) -> str:
    """The reason, as a user can act on it; the error's own text when it is already ours."""
    if isinstance(error, OSError):
        reasons = _os_reasons()
        if error.errno in reasons:
            return reasons[error.errno]
        return i18n.translate(
            "errors", "het besturingssysteem weigerde het (foutcode {code})"
        ).format(code=error.errno)
    for kind, explainer in _EXPLAINERS.items():
        if isinstance(error, kind):
            return explainer(error)
    return str(error)


_EXPLAINERS: dict[type[BaseException], Callable[[BaseException], str]] = {}


def register_explainer(
    kind: type[BaseException], explainer: Callable[[BaseException], str]
) -> None:
    """Let a store say in plain words what its own errors mean, without this module knowing it."""
    _EXPLAINERS[kind] = explainer
