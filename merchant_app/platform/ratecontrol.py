"""Polite pacing: a mirror of the platform's token bucket on the client side.

The platform grants each token a bucket (burst B, refilled at R per second) and says how much is
left in every response (``X-RateLimit-Limit``, ``X-RateLimit-Remaining``, and the refill rate in
``X-RateLimit-Refill`` when it tells). The client keeps its own estimate of the tokens left,
spends one per request before sending, corrects the estimate from each answer (minus what is still
in flight), and when the bucket is nearly empty spaces requests at the refill rate instead of
letting them bounce off 429s. A 429 stops everyone until its ``Retry-After``.

Where a platform does not state its refill rate, the rate is learned from how ``Remaining`` grows
between answers (starting from a cautious guess).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping

CAUTIOUS_RATE = 1.0  # tokens/s assumed until the platform says or shows otherwise


class RateControl:
    def __init__(self, clock: Callable[[], float] = time.monotonic, margin: float = 1.0) -> None:
        self._clock = clock
        self._margin = margin
        self._cond = threading.Condition()
        self.burst: float | None = None
        self.rate: float | None = None        # stated by the platform
        self.learned_rate: float | None = None
        self.tokens: float | None = None      # None: nothing known yet, go ahead
        self._stamp = clock()
        self._in_flight = 0
        self._blocked_until = 0.0
        self._last_obs: tuple[float, float, int] | None = None  # (time, remaining, answers so far)
        self._answers = 0
        self.sent = 0
        self.throttled = 0  # 429s seen

    # --- sending ---------------------------------------------------------------------------
    def _refill_rate(self) -> float:
        return self.rate or self.learned_rate or CAUTIOUS_RATE

    def _refill(self, now: float) -> None:
        if self.tokens is not None and self.burst is not None:
            self.tokens = min(self.burst, self.tokens + (now - self._stamp) * self._refill_rate())
        self._stamp = now

    def _wait(self, now: float) -> float:
        self._refill(now)
        blocked = self._blocked_until - now
        if blocked > 0:
            return blocked
        if self.tokens is None or self.tokens >= self._margin:
            return 0.0
        return (self._margin - self.tokens) / self._refill_rate()

    def _take(self) -> None:
        if self.tokens is not None:
            self.tokens -= 1
        self._in_flight += 1
        self.sent += 1

    def wait_time(self) -> float:
        """Seconds until one more request may go (0: now)."""
        with self._cond:
            return self._wait(self._clock())

    def try_acquire(self) -> bool:
        """Count one request as sent if it may go now."""
        with self._cond:
            if self._wait(self._clock()) > 0:
                return False
            self._take()
            return True

    def acquire(self, cancelled: Callable[[], bool] | None = None) -> None:
        """Block until one request may go, then count it as sent."""
        with self._cond:
            while True:
                wait = self._wait(self._clock())
                if wait <= 0:
                    self._take()
                    return
                if cancelled is not None and cancelled():
                    raise InterruptedError("cancelled while waiting for the rate limit")
                self._cond.wait(timeout=min(max(wait, 0.001), 1.0))

    # --- answers ---------------------------------------------------------------------------
    def observe(self, status: int, headers: Mapping[str, str]) -> None:
        """Learn from an answer (or call with status 0 for a request that got none)."""
        with self._cond:
            now = self._clock()
            self._in_flight = max(0, self._in_flight - 1)
            if status == 0:
                self._cond.notify_all()
                return
            self._answers += 1
            limit = _number(headers.get("x-ratelimit-limit"))
            remaining = _number(headers.get("x-ratelimit-remaining"))
            refill = _number(headers.get("x-ratelimit-refill"))
            if limit:
                self.burst = limit
            if refill:
                self.rate = refill
            if status == 429:
                self.throttled += 1
                retry_after = _number(headers.get("retry-after")) or 1.0
                self._blocked_until = max(self._blocked_until, now + retry_after)
                self.tokens = 0.0
            elif remaining is not None:
                self._refill(now)
                estimate = remaining - self._in_flight
                if self.tokens is None or estimate < self.tokens:
                    self.tokens = estimate  # the platform knows best when it has less than we thought
                else:
                    self.tokens = (self.tokens + estimate) / 2  # more than we thought: believe it gently
                self._learn(now, remaining)
            self._cond.notify_all()

    def _learn(self, now: float, remaining: float) -> None:
        if self.rate is not None or self.burst is None:
            return
        last = self._last_obs
        self._last_obs = (now, remaining, self._answers)
        if last is None or remaining >= self.burst - 1 or last[1] >= self.burst - 1:
            return  # a full bucket does not show its refill
        dt = now - last[0]
        if dt < 0.2:
            return
        observed = (remaining - last[1] + (self._answers - last[2])) / dt
        if observed > 0:
            self.learned_rate = observed if self.learned_rate is None else 0.7 * self.learned_rate + 0.3 * observed

    def stats(self) -> dict:
        with self._cond:
            return {"sent": self.sent, "throttled": self.throttled, "burst": self.burst,
                    "rate": self._refill_rate(), "tokens": self.tokens}


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None
