"""Tickets: the earliest running SLA due time as a column of its own, indexed.

Revision 0007, after 0006. The after-sales queue sorts by a ticket's next due time and "breaching
soon" (and Home) selects the tickets whose next due time is within two hours; both computed it from
the three due columns with an expression no index could answer (75k tickets: up to ~230 ms). The
sync now writes it with every ticket (``services.sla.dues``): the earliest running due time,
``9998-12-31T00:00:00.000000Z`` while the clocks are paused, ``9999`` when none runs. Here it is
filled from the due columns as they stand, as the queue used to read them; the console's business-
hours dues replace them all once the sync has learnt the shop's calendar (``sla.remember_shop``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.add_column(sa.Column("sla_next_due", sa.String(32), server_default="9999", nullable=False))
    op.execute("""
        UPDATE tickets SET sla_next_due = CASE
            WHEN status IN ('resolved', 'closed') THEN '9999'
            ELSE min(coalesce(CASE WHEN first_responded_at IS NULL THEN first_response_due END, '9999'),
                     coalesce(next_response_due, '9999'), coalesce(resolution_due, '9999'))
        END
    """)
    op.create_index("ix_tickets_sla_next_due", "tickets", ["sla_next_due"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_tickets_sla_next_due", table_name="tickets")
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("sla_next_due")
