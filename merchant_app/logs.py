"""The console's log: rotating files of one JSON object per line under ``<data dir>/logs/``, with
tokens and personal data taken out before anything is written (issue 7).

``setup()`` is called once by every entry point (window, demo, CLI). Anything logged through the
standard ``logging`` module goes to ``merchant-console.log`` (5 MB, five files kept), each line
``{"at", "level", "logger", "message", "exc"?}``. :func:`redact` removes bearer and refresh tokens,
JSON web tokens, passwords, e-mail addresses and phone numbers, in log lines and in the diagnostics
a user copies (``services/diagnostics.py``).
"""

from __future__ import annotations

import json
import logging
import re
from collections import deque
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .config import data_dir

LOG_NAME = "merchant-console.log"
MAX_BYTES = 5 * 2**20
KEEP = 5
_REDACTIONS = [
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+"), r"\1 [token]"),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+"), "[token]"),
    (re.compile(r"(?i)(\"?(?:access_token|refresh_token|token|password|secret)\"?\s*[:=]\s*\"?)[^\"\s,&}]+"),
     r"\1[redacted]"),
    (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), "[e-mail]"),
    (re.compile(r"\+\d{1,3}[ -]?\d[\d -]{6,}\d"), "[phone]"),                        # international
    (re.compile(r"(?<![\w.])1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![\w.])"), "[phone]"),     # Chinese mobile
    (re.compile(r"(?<![\w.])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\w.])"), "[phone]"),  # North American
]
_installed: RotatingFileHandler | None = None


def redact(text: str) -> str:
    """The text without tokens, passwords, e-mail addresses or phone numbers."""
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"at": datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                 "level": record.levelname, "logger": record.name, "message": redact(record.getMessage())}
        if record.exc_info:
            entry["exc"] = redact(self.formatException(record.exc_info))
        for key in ("resource", "record_id", "action", "status"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        return json.dumps(entry, ensure_ascii=False)


def setup(level: int = logging.INFO) -> Path:
    """Log to the rotating file (once per process); returns its path."""
    global _installed
    path = log_dir() / LOG_NAME
    root = logging.getLogger()
    if _installed is not None and Path(_installed.baseFilename) == path:
        return path
    if _installed is not None:
        root.removeHandler(_installed)
        _installed.close()
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
    handler.setFormatter(JsonLines())
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.level else level)
    for noisy in ("httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    _installed = handler
    return path


def tail(lines: int = 50) -> list[str]:
    """The last lines of the current log file (already redacted when written)."""
    path = log_dir() / LOG_NAME
    if not path.exists():
        return []
    with path.open(encoding="utf-8", errors="replace") as f:
        return list(deque(f, maxlen=lines))
