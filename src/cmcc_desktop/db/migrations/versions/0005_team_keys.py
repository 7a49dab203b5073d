"""Team keys and forks.

Each team has a key that endorses its laptops' device keys, so that a relay cannot write in another team's
name; receivers trust team keys (compared once by fingerprint), not single devices. A second history of one
device (a copied data folder in use) is kept apart, not dropped.

Revision ID: 0005_team_keys
Revises: 0004_sync_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_team_keys"
down_revision = "0004_sync_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("local_identity", sa.Column("team_private_key", sa.String(length=100), nullable=True))
    op.add_column("sync_device", sa.Column("team_key", sa.String(length=100), nullable=True))
    op.add_column("sync_device", sa.Column("endorsement", sa.String(length=200), nullable=True))
    op.create_table(
        "sync_team",
        sa.Column("team_key", sa.String(length=100), nullable=False),
        sa.Column("team_name", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("trusted", sa.Boolean(), nullable=False),
        sa.Column("first_seen", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("team_key"),
    )
    op.create_table(
        "forked_change",
        sa.Column("feed", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("chain", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("feed", "seq", "chain"),
    )


def downgrade() -> None:
    op.drop_table("forked_change")
    op.drop_table("sync_team")
    with op.batch_alter_table("sync_device") as batch:
        batch.drop_column("endorsement")
        batch.drop_column("team_key")
    with op.batch_alter_table("local_identity") as batch:
        batch.drop_column("team_private_key")
