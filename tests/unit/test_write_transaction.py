"""Services that read and then write hold the cache's write lock from the start, so they never interleave."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from merchant_app.store import open_cache, write_transaction


def test_two_read_then_write_transactions_do_not_lose_an_update(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO preferences (key, value, updated_at) VALUES ('n', '0', 'now')"))
    errors = []

    def bump():
        try:
            with write_transaction(engine) as conn:
                n = int(conn.execute(text("SELECT value FROM preferences WHERE key = 'n'")).scalar())
                time.sleep(0.2)   # the other thread tries to start meanwhile
                conn.execute(text("UPDATE preferences SET value = :v WHERE key = 'n'"), {"v": str(n + 1)})
        except Exception as err:  # noqa: BLE001
            errors.append(err)

    threads = [threading.Thread(target=bump) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with engine.connect() as conn:
        assert int(conn.execute(text("SELECT value FROM preferences WHERE key = 'n'")).scalar()) == 3
    assert errors == []


def test_a_failing_write_transaction_changes_nothing(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    try:
        with write_transaction(engine) as conn:
            conn.execute(text("INSERT INTO preferences (key, value, updated_at) VALUES ('x', '1', 'now')"))
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM preferences")).scalar() == 0
