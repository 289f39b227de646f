"""The dossier store's tables as SQLAlchemy Core metadata: what the organisation store is made of."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
)

metadata = MetaData()


def _text(name: str, default: str | None = "") -> Column:
    """A text column; with a default, never empty of a value (as the local store keeps it)."""
    if default is None:
        return Column(name, Text, nullable=True)
    return Column(name, Text, nullable=False, server_default=default)


def _owner() -> Column:
    return Column("dossier_id", Text, ForeignKey("dossiers.id", ondelete="CASCADE"), nullable=False)


# Moments and dates are ISO 8601 text, as in the local store: one reading for both stores.
dossiers = Table(
    "dossiers",
    metadata,
    Column("id", Text, primary_key=True),
    Column("title", Text, nullable=False),
    _text("organisation"),
    _text("location"),
    _text("team"),
    _text("sector"),
    _text("rule_name"),
    _text("rule_kind", "richtlijn"),
    _text("rule_source"),
    _text("rule_section"),
    _text("start_date", None),
    Column("duration_months", Integer),
    _text("responsible_name"),
    _text("responsible_role"),
    _text("status", "concept"),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    _text("deleted_at", None),
    _text("topics"),
    _text("next_evaluation", None),
    _text("evaluator"),
    _text("advice_asked_on", None),
    _text("advice_given_on", None),
    _text("advice"),
    _text("advice_text"),
    _text("advice_follow_up"),
    _text("adopted_on", None),
    _text("adopted_by_name"),
    _text("adopted_by_role"),
    _text("ended_on", None),
    _text("end_reason"),
    _text("end_explanation"),
    _text("replaced_by"),
    _text("readiness"),
    Column("rule_built_on_law", Integer, nullable=False, server_default="0"),
    Column("has_supervisory_board", Integer),
    _text("stop_criterion"),
    _text("direction"),
    _text("direction_plan"),
    _text("privacy_checked"),
    Column("changed_since_version", Integer),
)

answers = Table(
    "answers",
    metadata,
    _owner(),
    Column("question_id", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("catalogue_version", Text, nullable=False),
    Column("question_text", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    PrimaryKeyConstraint("dossier_id", "question_id"),
)

checklist_answers = Table(
    "checklist_answers",
    metadata,
    _owner(),
    Column("item_id", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("item_text", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    PrimaryKeyConstraint("dossier_id", "item_id"),
)

dossier_rows = Table(
    "dossier_rows",
    metadata,
    _owner(),
    Column("kind", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("data", Text, nullable=False),
    PrimaryKeyConstraint("dossier_id", "kind", "position"),
)

versions = Table(
    "versions",
    metadata,
    _owner(),
    Column("number", Integer, nullable=False),
    Column("adopted_on", Text, nullable=False),
    Column("adopted_by_name", Text, nullable=False),
    Column("adopted_by_role", Text, nullable=False),
    Column("summary", Text, nullable=False),
    Column("snapshot", Text, nullable=False),
    PrimaryKeyConstraint("dossier_id", "number"),
)

attachments = Table(
    "attachments",
    metadata,
    _owner(),
    Column("id", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("sha256", Text, nullable=False),
    Column("added_at", Text, nullable=False),
    Column("content", LargeBinary, nullable=False),
    PrimaryKeyConstraint("dossier_id", "id"),
)

# The tables that belong to one dossier, through their dossier_id.
DOSSIER_PARTS = (answers, checklist_answers, dossier_rows, versions, attachments)
