"""The log file: one JSON object per line, with tokens and personal data taken out."""

from __future__ import annotations

import json
import logging

from merchant_app import logs


def test_redact_takes_out_tokens_passwords_emails_and_phones():
    text = ('Authorization: Bearer abc.DEF-123_xyz token=s3cr3t&x=1 {"refresh_token": "r-9f8e7d", '
            '"password": "hunter2"} eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvd25lciJ9.c2lnbmF0dXJl '
            "wang.fang@qq.example.com +86 138 0013 8000 order SO2611250005215 at 2026-11-25")
    clean = logs.redact(text)
    for secret in ("abc.DEF-123_xyz", "s3cr3t", "r-9f8e7d", "hunter2", "eyJhbGci", "wang.fang@", "138 0013 8000"):
        assert secret not in clean, secret
    assert "SO2611250005215" in clean and "2026-11-25" in clean, "order numbers and dates stay readable"


def test_log_lines_are_json_and_redacted(tmp_path, monkeypatch):
    monkeypatch.setenv("MERCHANT_APP_HOME", str(tmp_path))
    path = logs.setup()
    try:
        logger = logging.getLogger("merchant_app.test")
        logger.warning("push failed for %s with Bearer tok-123", "a@b.example.com", extra={"resource": "orders"})
        try:
            raise ValueError("password=oops")
        except ValueError:
            logger.exception("boom")
        for handler in logging.getLogger().handlers:
            handler.flush()
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert lines[0]["level"] == "WARNING" and lines[0]["resource"] == "orders"
        assert "tok-123" not in lines[0]["message"] and "a@b.example.com" not in lines[0]["message"]
        assert "ValueError" in lines[1]["exc"] and "oops" not in lines[1]["exc"]
        assert logs.tail(1)[0].startswith("{")
    finally:
        logging.getLogger().removeHandler(logs._installed)
        logs._installed.close()
        logs._installed = None
