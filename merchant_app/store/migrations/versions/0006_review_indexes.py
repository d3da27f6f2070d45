"""Index every reviews column the reviews view sorts by.

Revision 0006, after 0005. The reviews view sorts by date, rating, customer, title, status, reply
time and language; without an index each sort read and sorted the whole table (the large shop holds
about 230k reviews). With one index per column a sort walks the index and stops after the rows
shown. The rating index also answers Home's count of unanswered one- and two-star reviews. Indexes
only: no row changes, no table rebuild.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REVIEW_COLUMNS = ("created_at", "rating", "customer_name", "title", "status", "replied_at", "language")


def upgrade() -> None:
    for column in REVIEW_COLUMNS:
        op.create_index(f"ix_reviews_{column}", "reviews", [column], unique=False)


def downgrade() -> None:
    for column in reversed(REVIEW_COLUMNS):
        op.drop_index(f"ix_reviews_{column}", table_name="reviews")
