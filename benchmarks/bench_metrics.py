"""Benchmark the sales aggregates: what keeping them costs inside a full sync, and how fast the
figures read from them are.

    python benchmarks/bench_metrics.py [--scale medium] [--runs 3] [--json]

A full sync of the generated shop from the sandbox (its own process, loopback, as in
bench_sync.py) into a fresh cache, timing the aggregate maintenance inside it
(``sync.aggregates.spent``: old versions out, new versions in, customers' first orders) against
the whole sync. Then, on that cache, the service calls the dashboards and
``merchant-console report`` make (medians of ``--reads`` calls), and a rebuild from scratch.

Figures (medians over ``--runs`` syncs):
  aggregate_share_of_sync   aggregate maintenance / full sync wall time (target <= 0.10)
  sales_report_ms           metrics.sales over the shop's two years, by month (totals, series,
                            comparisons, mixes, heatmap, top products and categories)
  sales_report_month_ms     the same over the last month, by day
  campaign_report_ms        metrics.campaign of the campaign with the most orders
  rebuild_s                 building every aggregate from the cached orders (a new zone, migration)
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync import DATA_DIR, SandboxProcess, ensure_shop, full_sync, log, machine, working_copy

from merchant_app.services import metrics
from merchant_app.sync import aggregates

TARGETS = {"aggregate_share_of_sync": ("<=", 0.10)}


def _median_ms(call, reads: int) -> float:
    times = []
    for _ in range(reads):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def run(scale: str = "medium", *, runs: int = 3, reads: int = 15, seed: int = 1, data_dir: Path = DATA_DIR) -> dict:
    shop = ensure_shop(scale, seed, data_dir)
    work = working_copy(shop, data_dir)
    scratch = Path(tempfile.mkdtemp(prefix="bench_metrics-", dir=data_dir))
    shares, agg_s, sync_s = [], [], []
    try:
        with SandboxProcess(work, scale, seed) as sandbox:
            engine = None
            for i in range(runs):
                if engine is not None:
                    engine.dispose()
                aggregates.spent["seconds"] = 0.0
                f = full_sync(sandbox.url, scratch / "cache.sqlite", sandbox.pid)
                engine = f.pop("engine")
                spent = aggregates.spent["seconds"]
                shares.append(spent / f["seconds"])
                agg_s.append(spent)
                sync_s.append(f["seconds"])
                log(f"full sync {i + 1}/{runs}: {f['records']} records in {f['seconds']:.1f} s, aggregates "
                    f"{spent:.2f} s = {spent / f['seconds']:.1%}")
        with engine.connect() as conn:
            first, last = conn.exec_driver_sql("SELECT min(day), max(day) FROM sales_daily").one()
            orders = conn.exec_driver_sql("SELECT count(*) FROM orders").scalar()
            best = conn.exec_driver_sql("SELECT campaign_id FROM campaign_sales_daily GROUP BY 1 "
                                        "ORDER BY sum(orders) DESC LIMIT 1").scalar()
        start, end = date.fromisoformat(first), date.fromisoformat(last)
        sales_ms = _median_ms(lambda: metrics.sales(engine, start, end, granularity="month", role="owner"), reads)
        month_ms = _median_ms(lambda: metrics.sales(engine, end - timedelta(days=30), end, role="owner"), reads)
        campaign_ms = _median_ms(lambda: metrics.campaign(engine, best, today=end, role="owner"), reads)
        zone = metrics.sales(engine, end, end, role="owner")["zone"]
        started = time.perf_counter()
        aggregates.ensure(engine, "UTC")
        rebuild_s = time.perf_counter() - started
        aggregates.ensure(engine, zone)
        engine.dispose()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
    return {
        "scale": scale, "orders": orders, "days": (end - start).days + 1, "runs": runs,
        "aggregate_share_of_sync": round(statistics.median(shares), 4),
        "aggregate_s": round(statistics.median(agg_s), 2), "full_sync_s": round(statistics.median(sync_s), 1),
        "sales_report_ms": sales_ms, "sales_report_month_ms": month_ms, "campaign_report_ms": campaign_ms,
        "rebuild_s": round(rebuild_s, 1), "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Benchmark the sales aggregates: their share of a sync, report speed.")
    p.add_argument("--scale", choices=("small", "medium", "large"), default="medium")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--runs", type=int, default=3, help="full syncs (medians are reported)")
    p.add_argument("--reads", type=int, default=15, help="calls per report figure (medians are reported)")
    p.add_argument("--data-dir", type=Path, default=DATA_DIR, help="where generated shops are kept")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    args = p.parse_args(argv)
    out = run(args.scale, runs=args.runs, reads=args.reads, seed=args.seed, data_dir=args.data_dir)
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for key, value in out.items():
            target = TARGETS.get(key)
            verdict = ""
            if target:
                verdict = f"   target {target[0]} {target[1]}   {'met' if value <= target[1] else 'MISSED'}"
            print(f"{key:26} {value}{verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
