"""The sync benchmark still runs: every step of benchmarks/bench_sync.py on the small shop, tiny numbers.

No time is asserted here (targets belong to the benchmark); this only keeps the script from rotting.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from .conftest import SEED

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_sync.py"
FIGURES = ("full_sync_records_per_s", "ceiling_records_per_s", "full_sync_ratio_to_ceiling", "incremental_sync_100_s",
           "push_1000_s", "rate_limit_utilization", "rate_limit_429_fraction")


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_sync", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_sync_benchmark_runs_on_the_small_shop(shop_template, tmp_path):
    bench = load_bench()
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(shop_template, data / f"shop-small-seed{SEED}.db")  # found, not generated again
    out = bench.run("small", runs=1, seed=SEED, rate_seconds=3, changes=10, edits=20, data_dir=data)
    assert all(isinstance(out[k], (int, float)) and out[k] >= 0 for k in FIGURES)
    assert out["records"] > 20_000, "the full sync brought the whole small shop"
    assert out["full_sync_records_per_s"] > 0 and out["ceiling_records_per_s"] > 0
    assert (out["incremental_changes"], out["push_edits"]) == (10, 20)
    assert out["rate_limit_requests"] > 0, "the rate-limited platform was used"
    assert isinstance(out["machine"], str) and out["machine"]
    assert sorted(p.name for p in data.iterdir()) == [f"shop-small-seed{SEED}.db"], "scratch files are removed"
