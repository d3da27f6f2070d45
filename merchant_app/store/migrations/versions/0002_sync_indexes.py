"""Index the outbox by record and the audit log by outbox key.

Revision 0002, after 0001. The pusher looks up each record's queued entries and marks the audit
entry of every change it sends; without these indexes both scan their whole table, which grows
with every edit a user ever made. Indexes only: no row changes, and the upgrade needs no table
rebuild.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_audit_log_outbox_key", "audit_log", ["outbox_key"], unique=False)
    op.create_index("ix_outbox_resource", "outbox", ["resource", "record_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_outbox_resource", table_name="outbox")
    op.drop_index("ix_audit_log_outbox_key", table_name="audit_log")
