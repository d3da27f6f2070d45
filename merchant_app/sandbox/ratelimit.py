"""Token-bucket rate limiting per access token, with the platform's named profiles."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class RateProfile:
    burst: int
    per_second: float


PROFILES: dict[str, RateProfile] = {
    # what a busy production platform grants one token
    "realistic": RateProfile(burst=40, per_second=2.0),
    # the demo and the tests: generous, but still a real bucket
    "fast": RateProfile(burst=2000, per_second=1000.0),
}


class TokenBuckets:
    """One bucket per key (the bearer token). `take` answers (allowed, remaining, retry_after)."""

    def __init__(self, profile: RateProfile) -> None:
        self.profile = profile
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill time)
        self._lock = threading.Lock()
        self._calls = 0

    def set_profile(self, profile: RateProfile) -> None:
        with self._lock:
            self.profile = profile
            self._buckets.clear()

    def _prune(self, now: float) -> None:
        """Forget buckets that have refilled completely: they are the same as new ones."""
        full_after = self.profile.burst / self.profile.per_second
        for key in [k for k, (_, last) in self._buckets.items() if now - last > full_after]:
            del self._buckets[key]

    def take(self, key: str) -> tuple[bool, int, int]:
        p = self.profile
        now = time.monotonic()
        with self._lock:
            self._calls += 1
            if self._calls % 1000 == 0:
                self._prune(now)
            tokens, last = self._buckets.get(key, (float(p.burst), now))
            tokens = min(float(p.burst), tokens + (now - last) * p.per_second)
            if tokens >= 1.0:
                tokens -= 1.0
                self._buckets[key] = (tokens, now)
                return True, int(tokens), 0
            self._buckets[key] = (tokens, now)
            retry_after = max(1, math.ceil((1.0 - tokens) / p.per_second))
            return False, 0, retry_after
