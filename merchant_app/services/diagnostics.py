"""What support needs to know about this console, without a secret or a customer in it (issue 7):
the versions, the sync's health and queues, the last errors, the platform's latency, the cache's
size and backups, and the end of the log. ``as_text`` is what "Copy diagnostics" puts on the
clipboard; everything in it goes through ``logs.redact``.
"""

from __future__ import annotations

import platform
import statistics
import sys
from pathlib import Path

from sqlalchemy import func, select

from .. import __version__
from ..logs import log_dir, redact, tail
from ..models import Base
from ..store import backup
from ..sync.engine import last_sync_at, read_counts

OUTBOX = Base.metadata.tables["outbox"]


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


def report(workspace, extra: dict | None = None) -> dict:
    """The facts, as a dict (numbers and short texts)."""
    engine, sync = workspace.engine, workspace.sync
    cache = backup.cache_of(engine)
    with engine.connect() as conn:
        states = dict(conn.execute(select(OUTBOX.c.state, func.count()).group_by(OUTBOX.c.state)).all())
    latencies = sorted(workspace.client.latencies)
    copies = backup.backups(cache)
    status = sync.status()
    return {
        "app": __version__, "python": sys.version.split()[0], "system": platform.platform(),
        **(extra or {}),
        "role": workspace.actor.role, "shop_id": workspace.shop.get("id"),
        "online": status.online, "signed_in": status.signed_in, "syncing": status.syncing,
        "last_sync": last_sync_at(engine), "last_error": status.last_error or None,
        "outbox": states, **read_counts(engine),
        "api_requests": len(latencies),
        "api_latency_p50_ms": round(statistics.median(latencies) * 1000, 1) if latencies else None,
        "api_latency_p95_ms": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 1) if len(latencies) >= 20
        else None,
        "cache_mb": round(_size(cache) / 2**20, 1), "backups": len(copies),
        "newest_backup": copies[0].name if copies else None, "log": str(log_dir()),
    }


def as_text(facts: dict, problem: str | None = None, log_lines: int = 30) -> str:
    """The report as text for the clipboard: the facts, the problem (a traceback), the log's end."""
    lines = ["Merchant Console diagnostics", ""]
    lines += [f"{key}: {value}" for key, value in facts.items()]
    if problem:
        lines += ["", "Problem:", problem.rstrip()]
    lines += ["", f"Last {log_lines} log lines:"] + [line.rstrip() for line in tail(log_lines)]
    return redact("\n".join(lines))
