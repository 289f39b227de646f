"""The client council's advice: by when its reply is asked, always before the start date."""

from __future__ import annotations

from datetime import date, timedelta

from igj_afwijken.domain.model import Dossier


def reply_by(dossier: Dossier, reply_days: int, today: date) -> date:
    """The date by which the advice request asks for a reply: `reply_days` after it was asked
    (today, if it was not asked yet), but the day before the start date when that comes sooner."""
    asked = dossier.council_advice.asked_on or today
    reply = asked + timedelta(days=reply_days)
    if dossier.start_date is not None and reply >= dossier.start_date:
        reply = max(asked, dossier.start_date - timedelta(days=1))
    return reply


def reply_in_time(dossier: Dossier, today: date) -> bool:
    """Whether the council has at least a day to answer before the start date."""
    asked = dossier.council_advice.asked_on or today
    return dossier.start_date is None or asked < dossier.start_date - timedelta(days=1)
