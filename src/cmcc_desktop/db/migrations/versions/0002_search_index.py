"""Full-text search index over organisations, contacts, sites, tasks and visits, filled from existing records.

Revision ID: 0002_search_index
Revises: 0001_core_records
"""

from __future__ import annotations

from alembic import op

from cmcc_desktop.db import search_index

revision = "0002_search_index"
down_revision = "0001_core_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in search_index.CREATE_SQL:
        op.execute(statement)
    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
    op.execute("DROP TABLE search_doc")
