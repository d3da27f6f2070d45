"""Reviews: the console's sentiment and topics of each review, as columns (sentiment indexed).

Revision 0009, after 0008. ``services.sentiment`` reads a review's title and text (never its stars)
as positive, neutral or negative and names the topics it talks about (size, shipping, quality...);
the sync writes both with every review from now on (``sync.mapping``), and here the reviews already
in the cache get theirs, read and written in batches of 2,000 so a large shop's 230k reviews never
sit in memory at once. The columns are added with ``ALTER TABLE ADD COLUMN`` (no table rewrite).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000


def upgrade() -> None:
    from merchant_app.services.sentiment import analyse, review_text

    op.add_column("reviews", sa.Column("sentiment", sa.String(8), nullable=True))
    op.add_column("reviews", sa.Column("topics", sa.JSON(), server_default="[]", nullable=False))
    conn = op.get_bind()
    last = -1
    while True:
        rows = conn.execute(sa.text("SELECT id, title, body, language FROM reviews WHERE id > :last "
                                    "ORDER BY id LIMIT :n"), {"last": last, "n": BATCH}).all()
        if not rows:
            break
        values = []
        for id_, title, body, language in rows:
            a = analyse(review_text(title, body), language)
            values.append({"id": id_, "s": a.sentiment, "t": json.dumps(list(a.topics))})
        conn.execute(sa.text("UPDATE reviews SET sentiment = :s, topics = :t WHERE id = :id"), values)
        last = rows[-1][0]
    op.create_index("ix_reviews_sentiment", "reviews", ["sentiment"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_reviews_sentiment", table_name="reviews")
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("topics")
        batch.drop_column("sentiment")
