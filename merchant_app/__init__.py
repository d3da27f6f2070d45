"""Merchant Console: a desktop console for online shops, with its own reference platform."""

__version__ = "0.1.0"
