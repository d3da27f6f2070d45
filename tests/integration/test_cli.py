"""`merchant-console sandbox` serves a generated shop as a standalone process."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import httpx


def test_sandbox_command_serves_the_small_shop(shop_db, tmp_path):
    env = dict(os.environ, MERCHANT_APP_HOME=str(tmp_path / "home"), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "merchant_app", "sandbox", "--scale", "small", "--port", "0", "--db", shop_db,
         "--no-activity"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    try:
        url = None
        deadline = time.monotonic() + 60
        while url is None and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                break
            match = re.search(r"serving on (http://\S+)", line)
            url = match.group(1) if match else None
        assert url, "the sandbox printed where it serves"
        assert httpx.get(f"{url}/v1/health").json()["status"] == "ok"
        token = httpx.post(f"{url}/v1/auth/token", json={"username": "merchant", "password": "demo"}).json()
        orders = httpx.get(f"{url}/v1/orders", params={"limit": 5},
                           headers={"Authorization": f"Bearer {token['access_token']}"}).json()
        assert len(orders["items"]) == 5
        assert "/v1/orders/{id}/ship" in httpx.get(f"{url}/openapi.json").json()["paths"]
    finally:
        proc.send_signal(signal.SIGINT)
        try:   # read what it still prints while it stops: a full pipe would keep it from exiting
            rest, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            rest, _ = proc.communicate()
    assert proc.returncode == 0, rest


def test_generate_only_writes_a_seeded_database(tmp_path):
    env = dict(os.environ, MERCHANT_APP_HOME=str(tmp_path / "home"))
    db = tmp_path / "gen.db"
    out = subprocess.run([sys.executable, "-m", "merchant_app", "sandbox", "--generate-only", "--seed", "3",
                          "--db", f"sqlite:///{db}"], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert '"scale": "small"' in out.stdout and '"seed": 3' in out.stdout
    assert db.stat().st_size > 1_000_000
