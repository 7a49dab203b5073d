"""Alembic environment. CMCC Desktop runs migrations from code (see ``db/migrate.py``), which hands over
an open connection; the command-line ``alembic`` tool is only for developers writing a new revision."""

from __future__ import annotations

from alembic import context

from cmcc_desktop.db.models import Base

FTS_TABLES = ("search_index",)


def _include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Autogenerate leaves the full-text tables alone: they are made by hand, not from the models."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLES))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=_include_object,
)
with context.begin_transaction():
    context.run_migrations()
