"""What a user can do, one module per area. Every change goes through :func:`edits.perform`:
validate, apply to the cache at once, queue for the platform, audit — in one transaction."""

from . import campaigns, conversations, inventory, listings, orders, reviews, tickets  # noqa: F401 - each registers its mutations
