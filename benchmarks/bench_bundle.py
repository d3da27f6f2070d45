"""What the native bundle weighs and how fast it starts, next to the same figures from the source checkout.

    pyinstaller --noconfirm build.spec
    python benchmarks/bench_bundle.py --runs 3 --json > benchmarks/results/bundle-linux.json

The bundle is dist/merchant-console (``--bundle`` for another one). Figures, medians of ``--runs``:

- ``size_mib``, ``files``: the bundle folder as installed (symbolic links not counted twice);
  ``archive_mib``: the folder as a .tar.gz, about what a download weighs.
- ``version_ms``: ``merchant-console --version`` from launch to exit — the bootloader unpacking
  nothing (one folder), the interpreter starting, argparse; no Qt.
- ``launch_to_app_ms``: from launch (the OS's process start time) to the Qt application object
  existing, every module of the console imported: the ``start`` step of ``--self-test``.
- ``first_window_ms``: ``launch_to_app_ms`` plus the self-test's first view step, which builds the
  main window, shows it and paints Home on a synced shop: the time to a usable first window when the
  cache is already there. (The self-test seeds and syncs a shop in between; that is not counted.)
- ``self_test_s``: ``merchant-console --self-test`` from launch to exit, and its peak RSS.

The source column runs ``python -m merchant_app`` with the same interpreter as this script. Linux
only (the process start time comes from /proc); offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STEP = re.compile(r"^(ok  |FAIL)\s+([\d.]+) s  ([^:]+): (.*)$")


def folder_size(path: Path) -> tuple[int, int]:
    total = files = 0
    for item in path.rglob("*"):
        if item.is_file() and not item.is_symlink():
            total += item.stat().st_size
            files += 1
    return total, files


def archive_size(path: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(path, arcname=path.name)
        return archive.stat().st_size


def timed(command: list[str], env: dict) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=600)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return seconds, done.stdout


def measure(command: list[str], runs: int) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    version, self_test, to_app, first_window = [], [], [], []
    for _ in range(runs):
        version.append(timed([*command, "--version"], env)[0])
        seconds, out = timed([*command, "--self-test"], env)
        self_test.append(seconds)
        steps = {m.group(3): (float(m.group(2)), m.group(4)) for m in map(STEP.match, out.splitlines()) if m}
        up = re.search(r"up ([\d.]+) s after launch", steps["start"][1])
        if up:
            to_app.append(float(up.group(1)))
            first_window.append(float(up.group(1)) + steps["view home"][0])
    return {
        "version_ms": round(statistics.median(version) * 1000),
        "launch_to_app_ms": round(statistics.median(to_app) * 1000) if to_app else None,
        "first_window_ms": round(statistics.median(first_window) * 1000) if first_window else None,
        "self_test_s": round(statistics.median(self_test), 2),
        "runs": {"version_s": [round(s, 3) for s in version], "self_test_s": [round(s, 2) for s in self_test],
                 "first_window_s": [round(s, 2) for s in first_window]},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "merchant-console")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    executable = args.bundle / ("merchant-console.exe" if os.name == "nt" else "merchant-console")
    if not executable.exists():
        raise SystemExit(f"no bundle at {args.bundle}: build it first (pyinstaller --noconfirm build.spec)")
    size, files = folder_size(args.bundle)
    result = {
        "machine": {"system": platform.system(), "release": platform.release(), "cpus": os.cpu_count(),
                    "python": platform.python_version(), "load_average": [round(x, 2) for x in os.getloadavg()]},
        "bundle": {"size_mib": round(size / 2**20, 1), "files": files,
                   "archive_mib": round(archive_size(args.bundle) / 2**20, 1),
                   **measure([str(executable)], args.runs)},
        "source": measure([sys.executable, "-m", "merchant_app"], args.runs),
    }
    result["peak_rss_mib_any_child"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for side in ("bundle", "source"):
            print(side, {k: v for k, v in result[side].items() if k != "runs"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
