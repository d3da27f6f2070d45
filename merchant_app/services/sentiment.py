"""Review sentiment and topics, for the services and views.

The analyser is pure domain code that the sync layer runs on every review it writes, so it lives
below both layers, in :mod:`merchant_app.domain.sentiment` (method, word lists, limits there and
in docs/sentiment.md). This module is its name on the services' side.
"""

from __future__ import annotations

from ..domain.sentiment import (  # noqa: F401 - re-exported
    SENTIMENTS, TOPIC_CODES, TOPIC_NAMES, Analysis, analyse, analyse_review, detect_language, review_text, topics_of,
)

__all__ = ["Analysis", "SENTIMENTS", "TOPIC_CODES", "TOPIC_NAMES", "analyse", "analyse_review", "detect_language",
           "review_text", "topics_of"]
