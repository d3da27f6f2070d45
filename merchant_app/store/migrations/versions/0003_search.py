"""Full-text search over listings and variants (FTS5, trigram tokenizer).

Revision 0003, after 0002. Two external-content FTS5 tables, ``listings_fts`` (title, brand,
category) and ``variants_fts`` (sku, barcode, title), kept current by triggers on ``listings`` and
``variants``, then filled from what the cache already holds. See ``merchant_app/store/search.py``
for how they are queried. The SQL is written out here, not imported, so this revision stays what
it was whatever the code does later.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UPGRADE = [
    """CREATE VIRTUAL TABLE listings_fts USING fts5(title, brand, category, content='listings',
       content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER listings_fts_ai AFTER INSERT ON listings BEGIN
         INSERT INTO listings_fts(rowid, title, brand, category) VALUES (new.id, new.title, new.brand, new.category);
       END""",
    """CREATE TRIGGER listings_fts_ad AFTER DELETE ON listings BEGIN
         INSERT INTO listings_fts(listings_fts, rowid, title, brand, category)
         VALUES ('delete', old.id, old.title, old.brand, old.category);
       END""",
    """CREATE TRIGGER listings_fts_au AFTER UPDATE OF title, brand, category ON listings BEGIN
         INSERT INTO listings_fts(listings_fts, rowid, title, brand, category)
         VALUES ('delete', old.id, old.title, old.brand, old.category);
         INSERT INTO listings_fts(rowid, title, brand, category) VALUES (new.id, new.title, new.brand, new.category);
       END""",
    """CREATE VIRTUAL TABLE variants_fts USING fts5(sku, barcode, title, content='variants',
       content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER variants_fts_ai AFTER INSERT ON variants BEGIN
         INSERT INTO variants_fts(rowid, sku, barcode, title) VALUES (new.id, new.sku, new.barcode, new.title);
       END""",
    """CREATE TRIGGER variants_fts_ad AFTER DELETE ON variants BEGIN
         INSERT INTO variants_fts(variants_fts, rowid, sku, barcode, title)
         VALUES ('delete', old.id, old.sku, old.barcode, old.title);
       END""",
    """CREATE TRIGGER variants_fts_au AFTER UPDATE OF sku, barcode, title ON variants BEGIN
         INSERT INTO variants_fts(variants_fts, rowid, sku, barcode, title)
         VALUES ('delete', old.id, old.sku, old.barcode, old.title);
         INSERT INTO variants_fts(rowid, sku, barcode, title) VALUES (new.id, new.sku, new.barcode, new.title);
       END""",
    "INSERT INTO listings_fts(listings_fts) VALUES ('rebuild')",
    "INSERT INTO variants_fts(variants_fts) VALUES ('rebuild')",
]

DOWNGRADE = [
    "DROP TRIGGER IF EXISTS variants_fts_au", "DROP TRIGGER IF EXISTS variants_fts_ad",
    "DROP TRIGGER IF EXISTS variants_fts_ai", "DROP TABLE IF EXISTS variants_fts",
    "DROP TRIGGER IF EXISTS listings_fts_au", "DROP TRIGGER IF EXISTS listings_fts_ad",
    "DROP TRIGGER IF EXISTS listings_fts_ai", "DROP TABLE IF EXISTS listings_fts",
]


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DOWNGRADE:
        op.execute(statement)
