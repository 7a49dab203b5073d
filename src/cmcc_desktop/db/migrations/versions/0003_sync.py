"""Sync: the change log, feeds, known devices and peers, imported bundles, field heads; device keys.

Foreign-key constraints between records are dropped: with sync a record may point at one this laptop does
not hold.

Existing records get their first change when the store next opens (store/store.py), by this device.

Revision ID: 0003_sync
Revises: 0002_search_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_sync"
down_revision = "0002_search_index"
branch_labels = None
depends_on = None


# SQLite's foreign keys have no names; this convention gives them one so batch mode can drop them.
NAMING = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}
FOREIGN_KEYS = {
    "contact": [("organisation_id", "organisation")],
    "visit": [("site_id", "site")],
    "attachment": [("visit_id", "visit")],
    "task": [
        ("assignee_contact_id", "contact"),
        ("assignee_organisation_id", "organisation"),
        ("requesting_organisation_id", "organisation"),
        ("site_id", "site"),
        ("visit_id", "visit"),
    ],
}


def upgrade() -> None:
    # Records may point at records this laptop does not hold once teams exchange data (see models.py).
    for table, keys in FOREIGN_KEYS.items():
        with op.batch_alter_table(table, naming_convention=NAMING) as batch:
            for column, referred in keys:
                batch.drop_constraint(f"fk_{table}_{column}_{referred}", type_="foreignkey")
    with op.batch_alter_table("local_identity") as batch:
        batch.add_column(sa.Column("private_key", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("hlc", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "change",
        sa.Column("feed", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("chain", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("feed", "seq"),
    )
    op.create_index("ix_change_record", "change", ["record_id"])
    op.create_table(
        "feed",
        sa.Column("feed", sa.String(length=40), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_chain", sa.String(length=64), nullable=False),
        sa.Column("head_signature", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("feed"),
    )
    op.create_table(
        "sync_device",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("team_name", sa.String(length=200), nullable=False),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("trusted", sa.Boolean(), nullable=False),
        sa.Column("introduced_by", sa.String(length=36), nullable=True),
        sa.Column("first_seen", sa.String(length=27), nullable=False),
        sa.Column("holdings", sa.JSON(), nullable=True),
        sa.Column("holdings_hlc", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("device_id"),
    )
    op.create_table(
        "sync_peer",
        sa.Column("team_name", sa.String(length=200), nullable=False),
        sa.Column("last_received_at", sa.String(length=27), nullable=True),
        sa.Column("last_sent_at", sa.String(length=27), nullable=True),
        sa.PrimaryKeyConstraint("team_name"),
    )
    op.create_table(
        "imported_bundle",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sender_device", sa.String(length=36), nullable=False),
        sa.Column("imported_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    op.create_table(
        "record_heads",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("heads", sa.JSON(), nullable=False),
        sa.Column("pending", sa.JSON(), nullable=True),
        sa.Column("conflicted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("record_id"),
    )
    op.create_index("ix_record_heads_conflicted", "record_heads", ["conflicted"])


def downgrade() -> None:
    for table in ("record_heads", "imported_bundle", "sync_peer", "sync_device", "feed", "change"):
        op.drop_table(table)
    with op.batch_alter_table("local_identity") as batch:
        batch.drop_column("hlc")
        batch.drop_column("private_key")
