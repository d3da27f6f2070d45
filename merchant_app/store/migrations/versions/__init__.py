"""One module per schema revision of the local cache: ``0001_initial.py``, ``0002_...``."""
