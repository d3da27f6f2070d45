"""The HTTP client of platform API v1 (docs/platform-api.md).

One :class:`PlatformClient` per signed-in account: it holds the access token in memory only,
refreshes it once when the platform says it expired, paces every request through
:class:`~.ratecontrol.RateControl`, and retries what is worth retrying — network errors, 5xx and
429 — with exponential backoff and jitter, honouring ``Retry-After``. Writes are safe to retry
because each carries its Idempotency-Key. What cannot succeed by retrying comes back as a typed
:class:`PlatformError`.
"""

from __future__ import annotations

import ipaddress
import os
import random
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import certifi
import httpx

from . import wire
from .ratecontrol import RateControl


class PlatformError(Exception):
    """The platform said no, or could not be reached."""

    def __init__(self, message: str, *, status: int = 0, code: str = "", details=None) -> None:
        super().__init__(message)
        self.message, self.status, self.code, self.details = message, status, code, details


class Unreachable(PlatformError):
    """No usable answer after the retries: offline, the platform down, or 5xx/429 throughout."""


class AuthError(PlatformError):
    """401 that a token refresh did not cure: the user must sign in again."""


class Forbidden(PlatformError):
    """403: the account's role may not do this."""


class NotFound(PlatformError):
    """404: no such record (any more)."""


class Conflict(PlatformError):
    """409: the record changed on the platform since the version the change was based on."""

    def __init__(self, message: str, current: dict, **kw) -> None:
        super().__init__(message, **kw)
        self.current = current


class Rejected(PlatformError):
    """400/422/428: the platform refuses the request as it is; retrying will not help."""


class CursorReset(PlatformError):
    """410: the cursor belongs to another history of the shop; pull the resource from the start."""


class InsecureURL(ValueError):
    """Plain http to anything but this computer."""


@dataclass
class Session:
    access_token: str
    refresh_token: str | None
    expires_at: float
    role: str
    shop: dict = field(default_factory=dict)
    username: str = ""


def check_url(base_url: str) -> str:
    """The platform URL, refused when it would send credentials in clear text over a network."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureURL(f"{base_url!r} is not an http(s) URL")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InsecureURL(f"Plain http is only allowed to this computer, not {parts.hostname}: use https.")
    return base_url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


CA_BUNDLE_ENV = "MERCHANT_APP_CA_BUNDLE"


def tls_context(ca_bundle: str | os.PathLike | None = None) -> ssl.SSLContext:
    """Certificates are always verified, against the usual public authorities plus, when given (or
    named by $MERCHANT_APP_CA_BUNDLE), a PEM bundle of the company's own CAs — never turned off.
    A bundle that cannot be read is an error, not a silent fall-back."""
    ca_bundle = ca_bundle or os.environ.get(CA_BUNDLE_ENV) or None
    context = ssl.create_default_context(cafile=certifi.where())
    if ca_bundle:
        try:
            context.load_verify_locations(cafile=os.fspath(ca_bundle))
        except (OSError, ssl.SSLError) as err:
            raise InsecureURL(f"The CA bundle {os.fspath(ca_bundle)} cannot be used: {err}") from err
    return context


TRANSIENT = (httpx.TransportError,)


class PlatformClient:
    def __init__(self, base_url: str, *, timeout: float = 30.0, max_attempts: int = 8,
                 ca_bundle: str | None = None, rate: RateControl | None = None,
                 sleep: Callable[[float], None] = time.sleep, backoff_base: float = 0.25,
                 backoff_cap: float = 20.0, max_connections: int = 8) -> None:
        self.base_url = check_url(base_url)
        self.http = httpx.Client(
            base_url=self.base_url, timeout=timeout, verify=tls_context(ca_bundle),
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
            headers={"User-Agent": "merchant-console", "Accept": "application/json"},
        )
        self.rate = rate or RateControl()
        self.session: Session | None = None
        self.max_attempts = max_attempts
        self.backoff_base, self.backoff_cap = backoff_base, backoff_cap
        self._sleep = sleep
        self._auth_lock = threading.Lock()
        self._jitter = random.Random()
        self.on_session: Callable[[Session], None] | None = None  # e.g. store the new refresh token
        self.cancelled: Callable[[], bool] = lambda: False
        self.latencies: deque[float] = deque(maxlen=200)
        """Seconds of the latest requests (not the change feed's long polls), for diagnostics."""

    def close(self) -> None:
        self.http.close()

    # --- auth ------------------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> Session:
        return self._token({"username": username, "password": password}, username)

    def resume(self, refresh_token: str, username: str = "") -> Session:
        return self._token({"refresh_token": refresh_token}, username)

    def use_access_token(self, token: str) -> None:
        """A token handed over by the caller (MERCHANT_APP_TOKEN): no refresh possible."""
        self.session = Session(token, None, float("inf"), role="", shop={})

    def _token(self, body: dict, username: str) -> Session:
        r = self._send("POST", "/v1/auth/token", json=body, authenticated=False)
        data = r.json()
        self.session = Session(data["access_token"], data.get("refresh_token"),
                               time.time() + float(data.get("expires_in", 3600)), data.get("role", ""),
                               data.get("shop") or {}, username or (self.session.username if self.session else ""))
        if self.on_session:
            self.on_session(self.session)
        return self.session

    def _refresh(self, failed_token: str) -> bool:
        """Refresh once per expired token, however many threads noticed it."""
        with self._auth_lock:
            if self.session is None:
                return False
            if self.session.access_token != failed_token:
                return True  # another thread refreshed already
            if not self.session.refresh_token:
                return False
            try:
                self.resume(self.session.refresh_token, self.session.username)
            except AuthError:
                return False
            return True

    # --- reads -----------------------------------------------------------------------------
    def page(self, resource: str, cursor: str | None = None, limit: int = 500) -> wire.Page:
        return wire.parse_page(resource, self.page_bytes(resource, cursor, limit))

    def page_bytes(self, resource: str, cursor: str | None = None, limit: int = 500) -> bytes:
        """A page as it arrived, not yet validated (the sync validates it elsewhere: ``wire.parse_page``)."""
        params: dict = {"limit": limit}
        if cursor:
            params["updated_since"] = cursor
        return self._send("GET", f"/v1/{resource}", params=params).content

    def record(self, resource: str, record_id: int) -> dict:
        return self._send("GET", f"/v1/{resource}/{record_id}").json()

    def events(self, since: int | None = None, timeout: float = 25.0) -> dict:
        params: dict = {"timeout": timeout}
        if since is not None:
            params["since"] = since
        return self._send("GET", "/v1/events", params=params, read_timeout=timeout + 15).json()

    def me(self) -> dict:
        return self._send("GET", "/v1/me").json()

    def health(self) -> dict:
        return self._send("GET", "/v1/health", authenticated=False, attempts=1).json()

    # --- writes ----------------------------------------------------------------------------
    def send(self, method: str, path: str, body: dict | None, *, idempotency_key: str,
             if_match: int | None = None, attempts: int | None = None) -> dict:
        """A state-changing call; the same key makes every retry the same request."""
        headers = {"Idempotency-Key": idempotency_key}
        if if_match is not None:
            headers["If-Match"] = str(if_match)
        return self._send(method, path, json=body, headers=headers, attempts=attempts).json()

    # --- the one way out -------------------------------------------------------------------
    def _send(self, method: str, path: str, *, params=None, json=None, headers=None, authenticated: bool = True,
              attempts: int | None = None, read_timeout: float | None = None) -> httpx.Response:
        attempts = attempts or self.max_attempts
        refreshed = False
        last: PlatformError | None = None
        for attempt in range(attempts):
            if self.cancelled():
                raise Unreachable("cancelled", code="cancelled")
            hdrs = dict(headers or {})
            token = None
            if authenticated:
                if self.session is None:
                    raise AuthError("Not signed in.", status=401, code="unauthorized")
                token = self.session.access_token
                hdrs["Authorization"] = f"Bearer {token}"
            self.rate.acquire(self.cancelled)
            try:
                timeout = httpx.Timeout(self.http.timeout.connect, read=read_timeout) if read_timeout else None
                started = time.perf_counter()
                r = self.http.request(method, path, params=params, json=json, headers=hdrs,
                                      **({"timeout": timeout} if timeout else {}))
                if read_timeout is None:   # (a long poll of the change feed is no latency)
                    self.latencies.append(time.perf_counter() - started)
            except TRANSIENT as err:
                self.rate.observe(0, {})
                last = Unreachable(f"The platform could not be reached: {err.__class__.__name__}: {err}",
                                   code="network")
                self._backoff(attempt)
                continue
            self.rate.observe(r.status_code, r.headers)
            if r.status_code < 400:
                return r
            err = _error(r)
            if r.status_code == 401 and authenticated and not refreshed and token is not None \
                    and self._refresh(token):
                refreshed = True
                continue
            if r.status_code == 429:
                last = err
                continue  # RateControl holds everyone until Retry-After
            if r.status_code >= 500:
                last = err
                self._backoff(attempt, r.headers.get("retry-after"))
                continue
            raise err
        assert last is not None
        if isinstance(last, Unreachable):
            raise last
        raise Unreachable(f"The platform kept failing: {last.message}", status=last.status, code=last.code)

    def _backoff(self, attempt: int, retry_after: str | None = None) -> None:
        delay = min(self.backoff_cap, self.backoff_base * (2 ** attempt)) * self._jitter.uniform(0.5, 1.5)
        if retry_after:
            try:
                delay = max(delay, float(retry_after))
            except ValueError:
                pass
        self._sleep(delay)


def _error(r: httpx.Response) -> PlatformError:
    try:
        body = r.json()
        info = body.get("error") or {}
    except ValueError:
        body, info = {}, {}
    message = info.get("message") or f"HTTP {r.status_code}"
    kw = {"status": r.status_code, "code": info.get("code", ""), "details": info.get("details")}
    if r.status_code == 401:
        return AuthError(message, **kw)
    if r.status_code == 403:
        return Forbidden(message, **kw)
    if r.status_code == 404:
        return NotFound(message, **kw)
    if r.status_code == 409:
        return Conflict(message, body.get("current") or {}, **kw)
    if r.status_code == 410:
        return CursorReset(message, **kw)
    if r.status_code in (400, 422, 428):
        return Rejected(message, **kw)
    return Unreachable(message, **kw)
