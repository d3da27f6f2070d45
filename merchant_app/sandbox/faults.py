"""Fault injection for tests: latency, errors, dropped connections, 429 storms, malformed records.

Rules are matched per route (a regular expression over the path, optionally per method) and can be
set when the server starts and changed while it runs through the test-mode admin endpoint
``PUT /v1/_admin/faults``. The middleware is plain ASGI so that it can do what a real network
and a real platform do to a client: answer late, answer 5xx, or cut the connection after the
request was applied, so that the response is lost but its effect is not.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import threading
import time

from pydantic import Field

from .schemas import Wire


class FaultRule(Wire):
    route: str = Field(".*", description="regular expression matched against the request path (re.search)")
    methods: list[str] | None = Field(None, description="HTTP methods it applies to; null for all")
    latency_ms: int = Field(0, ge=0, le=60_000)
    error_rate: float = Field(0.0, ge=0, le=1, description="share of requests answered with error_status")
    error_status: int = Field(503, ge=500, le=599)
    drop_rate: float = Field(0.0, ge=0, le=1, description="share of requests applied whose response is cut off")
    malformed_rate: float = Field(0.0, ge=0, le=1, description="share of list items corrupted in GET pages")
    throttle_rate: float = Field(0.0, ge=0, le=1, description="share of requests answered 429 with Retry-After 1")
    storm_seconds: float = Field(0.0, ge=0, description="answer 429 to everything matching for this long")
    storm_retry_after: int = Field(1, ge=1)


class FaultSet(Wire):
    rules: list[FaultRule] = []
    seed: int | None = Field(None, description="seed of the random choices, for repeatable runs")


class FaultInjector:
    def __init__(self, faults: FaultSet | None = None) -> None:
        self._lock = threading.Lock()
        self.set(faults or FaultSet())

    def set(self, faults: FaultSet) -> None:
        now = time.monotonic()
        with self._lock:
            self.faults = faults
            self._compiled = [(re.compile(r.route), r, now + r.storm_seconds) for r in faults.rules]
            self.rng = random.Random(faults.seed)

    def matching(self, path: str, method: str) -> list[tuple[FaultRule, float]]:
        with self._lock:
            return [(r, until) for rx, r, until in self._compiled
                    if rx.search(path) and (r.methods is None or method in r.methods)]

    def roll(self, p: float) -> bool:
        if p <= 0:
            return False
        with self._lock:
            return self.rng.random() < p


def _json_response(status: int, payload: dict, headers: list[tuple[bytes, bytes]] | None = None):
    body = json.dumps(payload).encode()
    return body, [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())] + (headers or [])


MALFORMATIONS = ("missing_id", "wrong_type", "unknown_enum", "huge_string", "not_an_object", "null_body_field")


def malform(item, rng: random.Random):
    """One realistic way a platform record can arrive broken."""
    kind = rng.choice(MALFORMATIONS)
    if not isinstance(item, dict) or kind == "not_an_object":
        return 42
    item = dict(item)
    if kind == "missing_id":
        item.pop("id", None)
    elif kind == "wrong_type":
        item["version"] = "seven"
    elif kind == "unknown_enum":
        item["status"] = "teleported"
    elif kind == "huge_string":
        key = next((k for k in ("title", "body", "name", "subject", "number") if k in item), "title")
        item[key] = "x" * 2_000_000
    elif kind == "null_body_field":
        item["updated_at"] = None
    return item


class FaultMiddleware:
    def __init__(self, app, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith("/v1/") or path.startswith(("/v1/_admin", "/v1/health")):
            return await self.app(scope, receive, send)
        rules = self.injector.matching(scope["path"], scope["method"])
        if not rules:
            return await self.app(scope, receive, send)
        inj = self.injector
        latency = sum(r.latency_ms for r, _ in rules)
        if latency:
            await asyncio.sleep(latency / 1000)
        now = time.monotonic()
        for r, until in rules:
            if r.storm_seconds and now < until:
                body, headers = _json_response(429, {"error": {"code": "rate_limited", "message": "Too many requests (storm).",
                                                                  "details": {"retry_after": r.storm_retry_after}}},
                                               [(b"retry-after", str(r.storm_retry_after).encode()),
                                                (b"x-ratelimit-remaining", b"0")])
                await send({"type": "http.response.start", "status": 429, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        for r, _ in rules:
            if inj.roll(r.throttle_rate):
                body, headers = _json_response(429, {"error": {"code": "rate_limited", "message": "Too many requests.",
                                                               "details": {"retry_after": 1}}},
                                               [(b"retry-after", b"1"), (b"x-ratelimit-remaining", b"0")])
                await send({"type": "http.response.start", "status": 429, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
            if inj.roll(r.error_rate):
                body, headers = _json_response(r.error_status, {"error": {"code": "injected_fault",
                                                                          "message": "The platform had a problem. Try again.",
                                                                          "details": None}})
                await send({"type": "http.response.start", "status": r.error_status, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        drop = any(inj.roll(r.drop_rate) for r, _ in rules)
        malformed_rate = max(r.malformed_rate for r, _ in rules)
        if not drop and not (malformed_rate and scope["method"] == "GET"):
            return await self.app(scope, receive, send)

        # buffer the real response, then cut it off or corrupt it
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        if drop:
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body) + 1024).encode()))
            await send({"type": "http.response.start", "status": start.get("status", 200), "headers": headers})
            await send({"type": "http.response.body", "body": body[: len(body) // 3], "more_body": True})
            raise ConnectionAbortedError("fault injection: connection dropped after the request was applied")
        try:
            payload = json.loads(body)
        except ValueError:
            payload = None
        if isinstance(payload, dict) and isinstance(payload.get("items"), list):
            payload["items"] = [malform(it, inj.rng) if inj.roll(malformed_rate) else it for it in payload["items"]]
            body = json.dumps(payload, ensure_ascii=False).encode()
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": start.get("status", 200), "headers": headers})
        await send({"type": "http.response.body", "body": body})
