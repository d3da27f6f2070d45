"""Client-side pacing against a simulated platform bucket, on a simulated clock."""

from __future__ import annotations

import heapq

import pytest

from merchant_app.platform.ratecontrol import RateControl


class SimulatedPlatform:
    """The platform's token bucket, answering requests that arrive at simulated times."""

    def __init__(self, burst: int, rate: float, state_rate: bool = True) -> None:
        self.burst, self.rate, self.state_rate = burst, rate, state_rate
        self.tokens, self.stamp = float(burst), 0.0
        self.ok = self.limited = 0

    def answer(self, now: float) -> tuple[int, dict]:
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        headers = {"x-ratelimit-limit": str(self.burst)}
        if self.state_rate:
            headers["x-ratelimit-refill"] = f"{self.rate:g}"
        if self.tokens >= 1:
            self.tokens -= 1
            self.ok += 1
            return 200, {**headers, "x-ratelimit-remaining": str(int(self.tokens))}
        self.limited += 1
        wait = max(1, int((1 - self.tokens) / self.rate + 0.999))
        return 429, {**headers, "x-ratelimit-remaining": "0", "retry-after": str(wait)}


def run(platform: SimulatedPlatform, seconds: float, workers: int = 4, latency: float = 0.05) -> RateControl:
    """Workers that each send, wait for the answer, and send again, for `seconds` of simulated time."""
    now = [0.0]
    control = RateControl(clock=lambda: now[0])
    # (time the worker is ready to send, worker)
    ready = [(0.0, w) for w in range(workers)]
    heapq.heapify(ready)
    in_flight: list[tuple[float, int]] = []
    while True:
        t, w = heapq.heappop(ready)
        if t > seconds:
            break
        now[0] = t
        # deliver every answer due before this send
        while in_flight and in_flight[0][0] <= t:
            at, _ = heapq.heappop(in_flight)
            now[0] = at
            status, headers = platform.answer(at - latency / 2)
            control.observe(status, headers)
            now[0] = t
        # the worker waits as long as the controller says, while answers keep arriving
        while not control.try_acquire():
            now[0] += max(control.wait_time(), 0.001)
            while in_flight and in_flight[0][0] <= now[0]:
                at, _ = heapq.heappop(in_flight)
                status, headers = platform.answer(at - latency / 2)
                control.observe(status, headers)
        heapq.heappush(in_flight, (now[0] + latency, w))
        heapq.heappush(ready, (now[0] + latency, w))
    return control


@pytest.mark.parametrize("state_rate", [True, False])
def test_realistic_bucket_is_used_without_a_429_storm(state_rate):
    platform = SimulatedPlatform(burst=40, rate=2.0, state_rate=state_rate)
    seconds = 300
    run(platform, seconds)
    allowed = 40 + 2.0 * seconds
    utilisation = platform.ok / allowed
    limited = platform.limited / (platform.ok + platform.limited)
    assert utilisation >= 0.9, utilisation
    assert limited <= 0.01, limited


def test_a_generous_bucket_is_not_slowed_down():
    platform = SimulatedPlatform(burst=2000, rate=1000.0)
    control = run(platform, seconds=5, workers=4, latency=0.01)
    assert platform.limited == 0
    assert control.sent >= 4 * 5 / 0.01 * 0.95  # every worker sent back to back


def test_429_holds_every_sender_until_retry_after():
    now = [0.0]
    control = RateControl(clock=lambda: now[0])
    control.acquire()
    control.observe(429, {"retry-after": "3", "x-ratelimit-limit": "40", "x-ratelimit-remaining": "0"})
    assert control.throttled == 1
    assert control.wait_time() == 3.0
    now[0] = 2.5
    assert not control.try_acquire()
    now[0] = 3.0
    assert control.try_acquire()
