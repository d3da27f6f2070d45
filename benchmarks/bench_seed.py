"""How long the sandbox takes to generate its shop, and how big the result is.

    python benchmarks/bench_seed.py                      # the large shop, one run
    python benchmarks/bench_seed.py --scale medium --runs 3 --json > benchmarks/results/seed-medium.json

Each run generates into a fresh SQLite file in a temporary directory, which is deleted afterwards.
The figures: wall-clock seconds per run (opening the database included), the median, the CPU
seconds of each run (well below the wall-clock time means the run waited: for the disk, or for a
CPU another process held), record counts, database size, time per phase (from the generator's
progress messages), the process's peak resident memory, the machine and its load average.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from merchant_app.sandbox.seed import SCALES, generate
from merchant_app.sandbox.storage import Storage


def _phase(message: str) -> str | None:
    """The phase a progress message of the generator starts; a phase lasts until the next one."""
    if message.startswith("Generating inventory"):
        return "inventory"
    if message.startswith("Ordering the change history"):
        return "change_history"
    if message.startswith("Generating ") and "orders" in message:
        return "orders"
    if message.startswith("Generating ") and ("listings" in message or "customers" in message):
        return "catalogue_and_customers"
    return None


def one_run(scale: str, seed: int, anchor: date, verbose: bool) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="bench_seed-"))
    marks: list[tuple[str, float]] = []

    def progress(message: str) -> None:
        phase = _phase(message)
        if phase and (not marks or marks[-1][0] != phase):
            marks.append((phase, time.perf_counter()))
        if verbose:
            print(f"  {message}", file=sys.stderr, flush=True)

    try:
        started = time.perf_counter()
        cpu_started = time.process_time()
        marks.append(("setup", started))
        storage = Storage(f"sqlite:///{tmp / 'shop.db'}")
        result = generate(storage, seed=seed, scale=scale, anchor=anchor, progress=progress)
        finished = time.perf_counter()
        cpu = time.process_time() - cpu_started
        storage.engine.dispose()  # closes the last connection: SQLite folds the WAL into the file
        db_bytes = sum(p.stat().st_size for p in tmp.iterdir() if p.name.startswith("shop.db"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    phases: dict[str, float] = {}
    bounds = marks + [("end", finished)]
    for (name, t0), (_, t1) in itertools.pairwise(bounds):
        phases[name] = round(phases.get(name, 0.0) + t1 - t0, 2)
    return {"seconds": round(finished - started, 2), "cpu_seconds": round(cpu, 2), "counts": result["counts"],
            "db_bytes": db_bytes, "phases_s": phases}


def machine() -> dict:
    info = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    try:
        info["ram_bytes"] = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        pass
    return info


def _load() -> list[float] | None:
    """The 1, 5 and 15 minute load averages: other work on the machine during the run."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (OSError, AttributeError):
        return None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Benchmark the sandbox shop generator.")
    p.add_argument("--scale", choices=sorted(SCALES), default="large")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--anchor", type=date.fromisoformat, default=date(2026, 11, 20),
                   help="the generator's anchor date (default 2026-11-20, so runs are comparable)")
    p.add_argument("--json", action="store_true", help="print the result as one JSON document")
    p.add_argument("--verbose", action="store_true", help="show the generator's progress on stderr")
    args = p.parse_args(argv)

    load_before = _load()
    runs = []
    for i in range(args.runs):
        if not args.json:
            print(f"run {i + 1}/{args.runs}: generating the {args.scale} shop (seed {args.seed})…", flush=True)
        runs.append(one_run(args.scale, args.seed, args.anchor, args.verbose))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    if sys.platform == "darwin":
        peak_kib //= 1024  # bytes there
    out = {
        "benchmark": "seed_generation",
        "scale": args.scale,
        "seed": args.seed,
        "anchor": args.anchor.isoformat(),
        "runs": [r["seconds"] for r in runs],
        "median_s": round(statistics.median(r["seconds"] for r in runs), 2),
        "cpu_s": [r["cpu_seconds"] for r in runs],
        "counts": runs[-1]["counts"],
        "records": sum(runs[-1]["counts"].values()),
        "db_bytes": runs[-1]["db_bytes"],
        "phases_s": runs[-1]["phases_s"],
        "peak_rss_bytes": peak_kib * 1024,
        "machine": machine(),
        "load_average": {"before": load_before, "after": _load()},
    }
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print(f"{args.scale}: median {out['median_s']} s over {len(runs)} run(s) {out['runs']} "
              f"(CPU {out['cpu_s']} s); "
              f"{out['records']} records, {out['db_bytes'] / 2**20:.0f} MiB, "
              f"peak RSS {out['peak_rss_bytes'] / 2**20:.0f} MiB")
        print(f"phases (last run): {out['phases_s']}")
        print(f"counts: {out['counts']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
