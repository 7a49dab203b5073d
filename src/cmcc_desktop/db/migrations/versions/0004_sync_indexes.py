"""Sync bookkeeping keeps only the indexes it reads.

The change log's index by record was never read: changes are found by feed and sequence. Conflicted records
are looked up among the few that are in conflict, so that index now holds only those. Every new record wrote
an entry to both.

Revision ID: 0004_sync_indexes
Revises: 0003_sync
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_sync_indexes"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_change_record", table_name="change")
    op.drop_index("ix_record_heads_conflicted", table_name="record_heads")
    op.create_index(
        "ix_record_heads_conflicted", "record_heads", ["conflicted"], sqlite_where=sa.text("conflicted")
    )


def downgrade() -> None:
    op.drop_index("ix_record_heads_conflicted", table_name="record_heads")
    op.create_index("ix_record_heads_conflicted", "record_heads", ["conflicted"])
    op.create_index("ix_change_record", "change", ["record_id"])
