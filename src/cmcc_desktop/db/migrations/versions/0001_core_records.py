"""Core records: organisations, contacts, sites, visits, tasks, attachments, and the local identity.

Timestamps are ISO-8601 UTC text (see ``cmcc_desktop.db.types``); lists are JSON text.

Revision ID: 0001_core_records
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_core_records"
down_revision = None
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    """The columns every synced record shares (``RecordMixin``)."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.Column("deleted_by", sa.String(length=200), nullable=True),
        sa.Column("releasability", sa.String(length=16), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "local_identity",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("team_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("device_id"),
    )
    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_ar", sa.String(length=300), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=False),
        sa.Column("org_type", sa.String(length=40), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "site",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_ar", sa.String(length=300), nullable=False),
        sa.Column("site_type", sa.String(length=40), nullable=False),
        sa.Column("sector", sa.String(length=8), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("admin_area", sa.String(length=200), nullable=False),
        sa.Column("admin_pcode", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("access_notes", sa.Text(), nullable=False),
        *_record_columns(),
        sa.CheckConstraint("latitude IS NULL OR latitude BETWEEN -90 AND 90", name="ck_site_latitude"),
        sa.CheckConstraint("longitude IS NULL OR longitude BETWEEN -180 AND 180", name="ck_site_longitude"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "contact",
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("name_ar", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("phones", sa.JSON(), nullable=False),
        sa.Column("emails", sa.JSON(), nullable=False),
        sa.Column("call_sign", sa.String(length=60), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("area_of_responsibility", sa.String(length=300), nullable=False),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("last_contacted", sa.Date(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index("ix_contact_organisation", ["organisation_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("visited_at", sa.String(length=27), nullable=False),
        sa.Column("officers", sa.JSON(), nullable=False),
        sa.Column("contacts_met", sa.JSON(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("people_in_need", sa.Integer(), nullable=True),
        sa.Column("security_access", sa.Text(), nullable=False),
        sa.Column("recommendations", sa.Text(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_site", ["site_id", "visited_at"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index("ix_attachment_visit", ["visit_id"], unique=False)

    op.create_table(
        "task",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sector", sa.String(length=8), nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("assignee_contact_id", sa.String(length=36), nullable=True),
        sa.Column("assignee_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("requesting_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("closure_note", sa.Text(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["assignee_contact_id"],
            ["contact.id"],
        ),
        sa.ForeignKeyConstraint(
            ["assignee_organisation_id"],
            ["organisation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["requesting_organisation_id"],
            ["organisation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index("ix_task_assignee_contact", ["assignee_contact_id"], unique=False)
        batch_op.create_index("ix_task_site", ["site_id"], unique=False)
        batch_op.create_index("ix_task_status_due", ["status", "due_date"], unique=False)
        batch_op.create_index("ix_task_visit", ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index("ix_task_visit")
        batch_op.drop_index("ix_task_status_due")
        batch_op.drop_index("ix_task_site")
        batch_op.drop_index("ix_task_assignee_contact")

    op.drop_table("task")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index("ix_attachment_visit")

    op.drop_table("attachment")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_site")

    op.drop_table("visit")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_organisation")

    op.drop_table("contact")
    op.drop_table("site")
    op.drop_table("organisation")
    op.drop_table("local_identity")
