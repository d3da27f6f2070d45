"""Full-text search over the cache: SQLite FTS5 with the trigram tokenizer.

Trigrams match any substring of three characters or more, in any script — ``龙井茶`` inside
``西湖龙井茶 特级``, ``SKU-10`` inside ``SKU-1042`` — with no word splitting, which Chinese has no
spaces for. Shorter terms (a two-character Chinese word like ``绿茶``, or ``XL``) cannot use the
index and fall back to a ``LIKE`` scan of the same columns, which stays fast on a catalogue but
should not be relied on for a million orders.

The index tables are external-content FTS5 tables kept current by triggers on the cached tables
(created by migration 0003, whose SQL is frozen there), so every write path — the pull's bulk upserts, the services'
optimistic edits — updates them in the same transaction, and nothing in Python has to remember.
They are not SQLAlchemy models: ``is_search_table`` keeps them out of the schema comparison.
"""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    bindparam,
    intersect,
    literal_column,
    or_,
    select,
    text,
    union,
)

from ..models import RECORD_TABLES

LISTINGS = RECORD_TABLES["listings"]
VARIANTS = LISTINGS.metadata.tables["variants"]

SEARCH_TABLES = ("listings_fts", "variants_fts")
_SHADOW = ("_data", "_idx", "_content", "_docsize", "_config")


def is_search_table(name: str) -> bool:
    return any(name == t or (name.startswith(t) and name[len(t):] in _SHADOW) for t in SEARCH_TABLES)


def terms(query: str) -> list[str]:
    """The words of a search, as typed: split on spaces, empty ones dropped."""
    return [t for t in query.split() if t]


def fts_phrase(term: str) -> str:
    """One term as an FTS5 string literal: matched as a plain substring, operators and all."""
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    """``%term%`` for ``LIKE ... ESCAPE '\\'``, with the term's own wildcards escaped."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _listing_ids_for(term: str) -> Select | CompoundSelect:
    if len(term) >= 3:
        phrase = fts_phrase(term)
        in_listings = select(literal_column("rowid")).select_from(text("listings_fts")).where(
            text("listings_fts MATCH :p").bindparams(bindparam("p", phrase, unique=True)))
        in_variants = select(VARIANTS.c.listing_id).where(VARIANTS.c.id.in_(
            select(literal_column("rowid")).select_from(text("variants_fts")).where(
                text("variants_fts MATCH :q").bindparams(bindparam("q", phrase, unique=True)))))
        return union(in_listings, in_variants)
    like = like_pattern(term)
    return union(
        select(LISTINGS.c.id).where(or_(LISTINGS.c.title.like(like, escape="\\"),
                                        LISTINGS.c.brand.like(like, escape="\\"),
                                        LISTINGS.c.category.like(like, escape="\\"))),
        select(VARIANTS.c.listing_id).where(or_(VARIANTS.c.sku.like(like, escape="\\"),
                                                VARIANTS.c.barcode.like(like, escape="\\"))))


def matching_listing_ids(query: str):
    """The ids of listings whose title, brand or category, or a variant's SKU, barcode or title,
    contain every word of ``query`` (case-insensitive)."""
    words = terms(query)
    if not words:
        return select(LISTINGS.c.id)
    if len(words) == 1:
        return _listing_ids_for(words[0])
    return intersect(*(select(literal_column("*")).select_from(_listing_ids_for(w).subquery()) for w in words))


def listing_condition(query: str) -> ColumnElement:
    return LISTINGS.c.id.in_(matching_listing_ids(query))
