"""The platform API v1 over HTTP (FastAPI): auth, paging, writes with idempotency and If-Match.

Routes are thin: they authenticate, check the permission table, and hand the work to
:mod:`.rules` inside one storage transaction via :meth:`Platform.write`.
"""


import asyncio
import base64
import binascii
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from . import rules
from . import schemas as s
from .faults import FaultInjector, FaultMiddleware, FaultSet
from .permissions import READ_PERMISSION, allowed, permissions_of
from .ratelimit import PROFILES, RateProfile, TokenBuckets
from .rules import RuleError
from .storage import Storage, Tx, check_password, format_ts, idempotency, parse_ts, users

REFRESH_TTL = 30 * 24 * 3600
MAX_PAGE = 500


@dataclass
class SandboxConfig:
    db_url: str
    rate_limit: str = "fast"
    token_ttl: float = 3600.0
    test_mode: bool = False
    live_activity: bool = False
    activity_interval: float = 3.0
    faults: FaultSet = field(default_factory=FaultSet)
    seed: int = 1
    scale: str = "small"


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: dict[str, str] | None = None, extra: dict | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details
        self.headers = headers or {}
        self.extra = extra or {}


def error_response(status: int, code: str, message: str, details: Any = None,
                   headers: dict[str, str] | None = None, extra: dict | None = None) -> JSONResponse:
    payload: dict[str, Any] = {"error": {"code": code, "message": message, "details": details}}
    payload.update(extra or {})
    return JSONResponse(payload, status_code=status, headers=headers)


@dataclass
class Principal:
    user_id: int
    username: str
    role: str


class Platform:
    """Everything a request handler needs: storage, config, buckets, fault rules."""

    def __init__(self, config: SandboxConfig, storage: Storage) -> None:
        self.config = config
        self.storage = storage
        self.buckets = TokenBuckets(PROFILES[config.rate_limit])
        self.faults = FaultInjector(config.faults)
        self.activity = None  # set by server.py when live activity runs
        self.closing = False  # set by server.py on stop: long polls answer at once instead of being cancelled

    def shop(self) -> dict:
        return json.loads(self.storage.get_meta("shop") or "{}")

    def write(self, principal: Principal, request_fp: str, key: str | None, resource: str | None,
              record_id: int | None, op: Callable[[Tx, dict | None], dict], *, if_match: str | None = None,
              status: int = 200) -> Response:
        """Run `op` exactly once per idempotency key, in one transaction under the write lock."""
        if not key or not key.strip():
            raise ApiError(400, "idempotency_key_required", "State-changing calls need an Idempotency-Key header.")
        if len(key) > 255:
            raise ApiError(400, "invalid_idempotency_key", "An Idempotency-Key has at most 255 characters.")
        with self.storage.transaction() as tx:
            prior = tx.conn.execute(select(idempotency).where(
                idempotency.c.user_id == principal.user_id, idempotency.c.key == key)).first()
            if prior is not None:
                if prior.fingerprint != request_fp:
                    raise ApiError(422, "idempotency_key_reused",
                                   "This Idempotency-Key was used for a different request.")
                headers = {"Idempotent-Replayed": "true"}
                version = json.loads(prior.response).get("version")
                if version is not None:
                    headers["ETag"] = f'"{version}"'
                return Response(prior.response, status_code=prior.status, media_type="application/json",
                                headers=headers)
            record = None
            if record_id is not None:
                record = tx.get(resource, record_id)
                if record is None:
                    raise ApiError(404, "not_found", f"No {resource} record {record_id}.")
                expected = _parse_if_match(if_match)
                if expected != record["version"]:
                    raise ApiError(409, "version_conflict",
                                   f"The record is at version {record['version']}, not {expected}.",
                                   {"expected": expected, "current_version": record["version"]},
                                   extra={"current": record})
            result = op(tx, record)
            body = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
            tx.conn.execute(idempotency.insert().values(
                user_id=principal.user_id, key=key, fingerprint=request_fp, status=status, response=body,
                created_at=time.time()))
        headers = {"ETag": f'"{result["version"]}"'} if "version" in result else None
        return Response(body, status_code=status, media_type="application/json", headers=headers)


def _parse_if_match(value: str | None) -> int:
    if value is None or not value.strip():
        raise ApiError(428, "precondition_required",
                       "Updates need an If-Match header with the version the change is based on.")
    raw = value.strip()
    if raw.startswith("W/"):
        raw = raw[2:]
    raw = raw.strip('"')
    try:
        return int(raw)
    except ValueError:
        raise ApiError(400, "invalid_if_match", f"If-Match must be a record version, not {value!r}.") from None


# --- cursors -------------------------------------------------------------------------------

def encode_cursor(resource: str, seq: int, history: str) -> str:
    raw = f"{resource}:{seq}:{history}".encode()
    return "c1." + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(resource: str, value: str | None, storage: Storage) -> int:
    """The change sequence a cursor (or an ISO timestamp) stands for, after checking it is ours."""
    if not value:
        return 0
    if value.startswith("c1."):
        data = value[3:]
        try:
            decoded = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)).decode()
            name, seq, history = decoded.split(":")
            seq_n = int(seq)
        except (ValueError, binascii.Error, UnicodeDecodeError):
            raise ApiError(400, "invalid_cursor", "The cursor is not one this platform issued.") from None
        if name != resource:
            raise ApiError(400, "invalid_cursor", f"The cursor belongs to {name}, not {resource}.")
        if history != storage.history or seq_n > storage.latest_seq:
            raise ApiError(410, "cursor_reset",
                           "The cursor comes from another history of this shop (it was regenerated or restored): "
                           "pull again from the start.")
        return seq_n
    try:
        ts = parse_ts(value)
    except ValueError:
        raise ApiError(400, "invalid_cursor", "updated_since takes a cursor or an ISO 8601 timestamp.") from None
    return storage.seq_before(resource, format_ts(ts))


# --- the application -----------------------------------------------------------------------

def create_app(config: SandboxConfig, storage: Storage) -> FastAPI:
    platform = Platform(config, storage)
    app = FastAPI(
        title="Merchant Console platform API",
        version="1.0",
        summary="The reference platform (sandbox) the console syncs against. Contract: docs/platform-api.md.",
    )
    app.state.platform = platform

    @app.exception_handler(ApiError)
    async def _api_error(_req: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers, exc.extra)

    @app.exception_handler(RuleError)
    async def _rule_error(_req: Request, exc: RuleError):
        return error_response(exc.status, exc.code, exc.message, exc.details)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_req: Request, exc: RequestValidationError):
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
        return error_response(422, "validation_error", "The request is not valid: " +
                              "; ".join(f"{'.'.join(map(str, d['loc']))}: {d['msg']}" for d in details[:5]), details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_req: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail))

    @app.middleware("http")
    async def _rate_limit(request: Request, call_next):
        path = request.url.path
        if not path.startswith("/v1/") or path.startswith(("/v1/_admin", "/v1/health")):
            return await call_next(request)
        auth = request.headers.get("authorization", "")
        key = auth or f"ip:{request.client.host if request.client else '?'}"
        ok, remaining, retry_after = platform.buckets.take(key)
        limit = str(platform.buckets.profile.burst)
        refill = f"{platform.buckets.profile.per_second:g}"
        if not ok:
            return error_response(429, "rate_limited", f"Too many requests: retry after {retry_after} s.",
                                  {"retry_after": retry_after},
                                  {"Retry-After": str(retry_after), "X-RateLimit-Limit": limit,
                                   "X-RateLimit-Remaining": "0", "X-RateLimit-Refill": refill})
        response = await call_next(request)
        response.headers["X-RateLimit-Limit"] = limit
        response.headers["X-RateLimit-Remaining"] = str(remaining)
        response.headers["X-RateLimit-Refill"] = refill
        return response

    app.add_middleware(FaultMiddleware, injector=platform.faults)

    v1 = APIRouter(prefix="/v1")
    _auth_routes(v1, platform)
    _read_routes(v1, platform)
    _write_routes(v1, platform)
    _feed_routes(v1, platform)
    app.include_router(v1)
    if config.test_mode:
        app.include_router(_admin_router(platform))
    return app


# --- dependencies --------------------------------------------------------------------------

def _platform(request: Request) -> Platform:
    return request.app.state.platform


def current_principal(request: Request, authorization: Annotated[str | None, Header()] = None) -> Principal:
    platform = _platform(request)
    unauthorized = {"WWW-Authenticate": "Bearer"}
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(401, "unauthorized", "Sign in: this call needs a bearer access token.", headers=unauthorized)
    token = authorization[7:].strip()
    found = platform.storage.token_owner(token, "access")
    if found is None:
        raise ApiError(401, "invalid_token", "The access token is not valid.", headers=unauthorized)
    user_id, expires_at = found
    if expires_at <= time.time():
        raise ApiError(401, "token_expired", "The access token has expired: refresh it.", headers=unauthorized)
    user = platform.storage.user_by_id(user_id)
    if user is None:
        raise ApiError(401, "invalid_token", "The token's user no longer exists.", headers=unauthorized)
    return Principal(user.id, user.username, user.role)


def need(permission: str):
    def check(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if not allowed(principal.role, permission):
            raise ApiError(403, "forbidden", f"The {principal.role} role may not do this ({permission}).",
                           {"permission": permission, "role": principal.role})
        return principal
    return check


@dataclass
class WriteRequest:
    principal: Principal
    fingerprint: str
    key: str | None
    if_match: str | None


def write_request(permission: str):
    async def dep(request: Request,
                  principal: Annotated[Principal, Depends(need(permission))],
                  idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key",
                                                                description="unique per intended change")] = None,
                  if_match: Annotated[str | None, Header(alias="If-Match",
                                                         description="the version the change is based on")] = None,
                  ) -> WriteRequest:
        raw = await request.body()
        fp = hashlib.sha256(request.method.encode() + b" " + request.url.path.encode() + b"\n" + raw).hexdigest()
        return WriteRequest(principal, fp, idempotency_key, if_match)
    return dep


def _user_wire(row) -> dict:
    return {"id": row.id, "username": row.username, "role": row.role, "display_name": row.display_name}


# --- routes --------------------------------------------------------------------------------

ERRORS = {
    400: {"model": s.ErrorResponse, "description": "missing Idempotency-Key, bad cursor or If-Match"},
    410: {"model": s.ErrorResponse, "description": "cursor_reset: the cursor is from another history; pull again"},
    401: {"model": s.ErrorResponse, "description": "no, invalid or expired access token"},
    403: {"model": s.ErrorResponse, "description": "the role may not do this"},
    404: {"model": s.ErrorResponse, "description": "no such record"},
    409: {"model": s.ConflictResponse, "description": "If-Match is stale; `current` is the record now"},
    422: {"model": s.ErrorResponse, "description": "a business rule or the body's shape said no"},
    428: {"model": s.ErrorResponse, "description": "If-Match is missing"},
    429: {"model": s.ErrorResponse, "description": "rate limited; see Retry-After"},
}


def _auth_routes(v1: APIRouter, platform: Platform) -> None:
    @v1.post("/auth/token", response_model=s.TokenResponse, tags=["auth"],
             responses={400: ERRORS[400], 401: ERRORS[401]})
    def token(body: s.TokenRequest) -> dict:
        """Sign in with username and password, or trade a refresh token for a new access token."""
        st = platform.storage
        if body.refresh_token:
            found = st.token_owner(body.refresh_token, "refresh")
            if found is None or found[1] <= time.time():
                raise ApiError(401, "invalid_refresh_token", "The refresh token is not valid or has expired: sign in again.")
            user = st.user_by_id(found[0])
        elif body.username and body.password is not None:
            user = st.user_by_name(body.username)
            if user is None or not check_password(body.password, user.password_hash):
                raise ApiError(401, "invalid_credentials", "Wrong username or password.")
        else:
            raise ApiError(400, "credentials_required", "Send username and password, or a refresh_token.")
        ttl = platform.config.token_ttl
        return {
            "access_token": st.issue_token("access", user.id, ttl),
            "refresh_token": st.issue_token("refresh", user.id, REFRESH_TTL),
            "token_type": "bearer", "expires_in": int(ttl) if ttl >= 1 else 1, "role": user.role,
            "shop": platform.shop(),
        }

    @v1.get("/me", response_model=s.Me, tags=["auth"], responses={401: ERRORS[401]})
    def me(principal: Annotated[Principal, Depends(current_principal)]) -> dict:
        """Who the token belongs to, what it may do, and the shop."""
        user = platform.storage.user_by_id(principal.user_id)
        return {"user": _user_wire(user), "permissions": permissions_of(principal.role), "shop": platform.shop()}

    @v1.get("/shop", response_model=s.Shop, tags=["shop"], responses={401: ERRORS[401]})
    def shop(principal: Annotated[Principal, Depends(current_principal)]) -> dict:
        """The shop: currency, time zone, business hours, holidays and SLA targets."""
        return platform.shop()

    @v1.get("/users", response_model=list[s.User], tags=["shop"], responses={401: ERRORS[401], 403: ERRORS[403]})
    def list_users(principal: Annotated[Principal, Depends(need("users:manage"))]) -> list[dict]:
        """The shop's staff accounts (owners only)."""
        return [_user_wire(u) for u in platform.storage.list_users()]

    @v1.post("/users", status_code=201, response_model=s.User, tags=["shop"],
             responses={k: ERRORS[k] for k in (400, 401, 403, 422)})
    def create_user(body: s.CreateUser, w: Annotated[WriteRequest, Depends(write_request("users:manage"))]):
        """Add a staff account (owners only)."""
        def op(tx: Tx, _rec) -> dict:
            if tx.storage.user_by_name(body.username) is not None:
                raise RuleError("username_taken", f"The username {body.username!r} is taken.")
            new_id = (tx.conn.execute(select(users.c.id).order_by(users.c.id.desc()).limit(1)).scalar() or 0) + 1
            tx.storage.add_user(tx.conn, new_id, body.username, body.password, body.role, body.display_name)
            return {"id": new_id, "username": body.username, "role": body.role, "display_name": body.display_name}
        return platform.write(w.principal, w.fingerprint, w.key, None, None, op, status=201)

    @v1.get("/health", tags=["shop"])
    def health() -> dict:
        """Liveness, no auth: the server version and the latest change sequence."""
        return {"status": "ok", "version": __version__, "seq": platform.storage.latest_seq}


def _read_routes(v1: APIRouter, platform: Platform) -> None:
    for resource, model in s.RESOURCES.items():
        _register_reads(v1, platform, resource, model)


def _register_reads(v1: APIRouter, platform: Platform, resource: str, model: type) -> None:
    permission = READ_PERMISSION[resource]
    tag = resource.split("/")[0]

    def list_page(
        principal: Annotated[Principal, Depends(need(permission))],
        updated_since: Annotated[str | None, Query(description="a next_cursor from an earlier page, or an ISO 8601 timestamp")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    ) -> Response:
        after = decode_cursor(resource, updated_since, platform.storage)
        bodies, last, has_more = platform.storage.page(resource, after, limit)
        payload = ('{"items":[' + ",".join(bodies) + '],"next_cursor":"' + encode_cursor(resource, last, platform.storage.history)
                   + '","has_more":' + ("true" if has_more else "false") + "}")
        return Response(payload, media_type="application/json")

    list_page.__doc__ = (f"Page through {resource} in change order (updated_at never decreases along it). Records "
                         "changed since the cursor come back once each, at their latest version; deletions come "
                         "back as tombstones.")
    v1.add_api_route(f"/{resource}", list_page, methods=["GET"], tags=[tag], response_model=None,
                     name=f"list_{resource.replace('/', '_')}",
                     responses={200: {"model": s.page_model(model)}, 400: ERRORS[400], 410: ERRORS[410], 401: ERRORS[401],
                                403: ERRORS[403], 422: ERRORS[422], 429: ERRORS[429]})

    def get_one(record_id: Annotated[int, Path(alias="id")],
                principal: Annotated[Principal, Depends(need(permission))]) -> Response:
        rec = platform.storage.get(resource, record_id)
        if rec is None:
            raise ApiError(404, "not_found", f"No {resource} record {record_id}.")
        return Response(json.dumps(rec, ensure_ascii=False), media_type="application/json",
                        headers={"ETag": f'"{rec["version"]}"'})

    get_one.__doc__ = f"One {resource} record by id, with its version as the ETag."
    v1.add_api_route(f"/{resource}/{{id}}", get_one, methods=["GET"], tags=[tag], response_model=None,
                     name=f"get_{resource.replace('/', '_')}",
                     responses={200: {"model": model}, 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404]})


def _write_routes(v1: APIRouter, platform: Platform) -> None:  # noqa: C901 - one table of routes
    W = WriteRequest
    upd = {k: ERRORS[k] for k in (400, 401, 403, 404, 409, 422, 428, 429)}
    new = {k: ERRORS[k] for k in (400, 401, 403, 422, 429)}

    def run(w: W, resource: str, record_id: int | None, op, status: int = 200) -> Response:
        return platform.write(w.principal, w.fingerprint, w.key, resource, record_id, op,
                              if_match=w.if_match, status=status)

    # listings
    @v1.post("/listings", status_code=201, response_model=s.Listing, tags=["listings"], responses=new)
    def create_listing(body: s.ListingCreate, w: Annotated[W, Depends(write_request("listings:write"))]):
        """Create a listing (as a draft) with its variants; each variant gets a stock level at location 1."""
        return run(w, "listings", None, lambda tx, _: rules.create_listing(tx, body, w.principal.username), 201)

    @v1.patch("/listings/{id}", response_model=s.Listing, tags=["listings"], responses=upd)
    def update_listing(id: int, body: s.ListingPatch, w: Annotated[W, Depends(write_request("listings:write"))]):
        """Edit title, description, category, tags, images, status (draft/active/delisted) and variants."""
        if body.variants and any({"price", "compare_at_price"} & v.model_fields_set for v in body.variants) \
                and not allowed(w.principal.role, "prices:write"):
            raise ApiError(403, "forbidden", "This role may not change prices.", {"permission": "prices:write"})
        return run(w, "listings", id, lambda tx, rec: rules.update_listing(tx, rec, body, w.principal.username))

    @v1.post("/listings/{id}/list", response_model=s.Listing, tags=["listings"], responses=upd)
    def list_listing(id: int, w: Annotated[W, Depends(write_request("listings:write"))]):
        """Put a draft or delisted listing on sale."""
        return run(w, "listings", id, lambda tx, rec: rules.set_listing_status(tx, rec, "active", w.principal.username))

    @v1.post("/listings/{id}/delist", response_model=s.Listing, tags=["listings"], responses=upd)
    def delist_listing(id: int, w: Annotated[W, Depends(write_request("listings:write"))]):
        """Take an active listing off sale."""
        return run(w, "listings", id, lambda tx, rec: rules.set_listing_status(tx, rec, "delisted", w.principal.username))

    @v1.post("/listings/{id}/variants/{variant_id}/price", response_model=s.Listing, tags=["listings"], responses=upd)
    def set_price(id: int, variant_id: int, body: s.SetPrice, w: Annotated[W, Depends(write_request("prices:write"))]):
        """Set one variant's price and compare-at price (minor units). If-Match is the listing's version."""
        return run(w, "listings", id,
                   lambda tx, rec: rules.set_variant_price(tx, rec, variant_id, body, w.principal.username))

    @v1.delete("/listings/{id}", response_model=s.Tombstone, tags=["listings"], responses=upd)
    def delete_listing(id: int, w: Annotated[W, Depends(write_request("listings:write"))]):
        """Delete a listing that is not on sale and holds no open orders' stock; it turns into a tombstone."""
        return run(w, "listings", id, lambda tx, rec: rules.delete_listing(tx, rec, w.principal.username))

    # inventory
    @v1.post("/inventory/{id}/adjust", response_model=s.InventoryLevel, tags=["inventory"], responses=upd)
    def adjust(id: int, body: s.InventoryAdjust, w: Annotated[W, Depends(write_request("inventory:write"))]):
        """Add or remove on-hand units with a reason; records an inventory adjustment."""
        return run(w, "inventory", id, lambda tx, rec: rules.adjust_inventory(tx, rec, body, w.principal.username))

    # orders
    @v1.post("/orders/{id}/confirm", response_model=s.Order, tags=["orders"], responses=upd)
    def confirm(id: int, w: Annotated[W, Depends(write_request("orders:fulfil"))]):
        """paid → processing."""
        return run(w, "orders", id, lambda tx, rec: rules.confirm_order(tx, rec, w.principal.username))

    @v1.post("/orders/{id}/ship", response_model=s.Order, tags=["orders"], responses=upd)
    def ship(id: int, body: s.ShipOrder, w: Annotated[W, Depends(write_request("orders:fulfil"))]):
        """Ship some or all unfulfilled units with a carrier and tracking number."""
        return run(w, "orders", id, lambda tx, rec: rules.ship_order(tx, rec, body, w.principal.username))

    @v1.post("/orders/{id}/cancel", response_model=s.Order, tags=["orders"], responses=upd)
    def cancel(id: int, body: s.CancelOrder, w: Annotated[W, Depends(write_request("orders:fulfil"))]):
        """Cancel before anything shipped; a paid order is refunded in full and its stock released."""
        return run(w, "orders", id, lambda tx, rec: rules.cancel_order(tx, rec, body, w.principal.username))

    @v1.post("/orders/{id}/refund", response_model=s.Order, tags=["orders"], responses=upd)
    def refund(id: int, body: s.RefundOrder, w: Annotated[W, Depends(write_request("orders:refund"))]):
        """Refund an amount (at most paid minus refunded), optionally by line and with restock."""
        return run(w, "orders", id, lambda tx, rec: rules.refund_order(tx, rec, body, w.principal.username))

    @v1.post("/orders/{id}/notes", response_model=s.Order, tags=["orders"], responses=upd)
    def order_note(id: int, body: s.NoteBody, w: Annotated[W, Depends(write_request("orders:note"))]):
        """Add an internal note to the order's timeline."""
        return run(w, "orders", id, lambda tx, rec: rules.add_order_note(tx, rec, body, w.principal.username))

    # tickets
    @v1.post("/tickets", status_code=201, response_model=s.Ticket, tags=["tickets"], responses=new)
    def create_ticket(body: s.TicketCreate, w: Annotated[W, Depends(write_request("tickets:write"))]):
        """Open an after-sales ticket for a customer (and order)."""
        return run(w, "tickets", None, lambda tx, _: rules.create_ticket(tx, body, w.principal.username), 201)

    @v1.patch("/tickets/{id}", response_model=s.Ticket, tags=["tickets"], responses=upd)
    def update_ticket(id: int, body: s.TicketPatch, w: Annotated[W, Depends(write_request("tickets:write"))]):
        """Change priority (SLA due times follow), subject or tags."""
        return run(w, "tickets", id, lambda tx, rec: rules.update_ticket(tx, rec, body, w.principal.username))

    @v1.post("/tickets/{id}/transition", response_model=s.Ticket, tags=["tickets"], responses=upd)
    def transition(id: int, body: s.TicketTransition, w: Annotated[W, Depends(write_request("tickets:write"))]):
        """Move the ticket along its state machine (docs/platform-api.md lists the legal moves)."""
        return run(w, "tickets", id, lambda tx, rec: rules.transition_ticket(tx, rec, body, w.principal.username))

    @v1.post("/tickets/{id}/messages", response_model=s.Ticket, tags=["tickets"], responses=upd)
    def reply(id: int, body: s.TicketMessageCreate, w: Annotated[W, Depends(write_request("tickets:write"))]):
        """Reply to the customer or add an internal note."""
        return run(w, "tickets", id, lambda tx, rec: rules.add_ticket_message(tx, rec, body, w.principal.username))

    @v1.post("/tickets/{id}/assign", response_model=s.Ticket, tags=["tickets"], responses=upd)
    def assign(id: int, body: s.TicketAssign, w: Annotated[W, Depends(write_request("tickets:write"))]):
        """Assign to a user, or unassign with null."""
        return run(w, "tickets", id, lambda tx, rec: rules.assign_ticket(tx, rec, body, w.principal.username))

    @v1.post("/tickets/{id}/rma", response_model=s.Ticket, tags=["tickets"], responses=upd)
    def approve_rma(id: int, body: s.RmaApprove, w: Annotated[W, Depends(write_request("tickets:write"))]):
        """Approve a return: an RMA number and the expected items; the ticket waits for the return."""
        return run(w, "tickets", id, lambda tx, rec: rules.approve_return(tx, rec, body, w.principal.username))

    @v1.post("/tickets/{id}/rma/receive", response_model=s.Ticket, tags=["tickets"], responses=upd)
    def receive_rma(id: int, body: s.RmaReceive, w: Annotated[W, Depends(write_request("tickets:write"))]):
        """The return arrived: restock its items and refund, in one step."""
        if body.refund_amount and not allowed(w.principal.role, "orders:refund"):
            raise ApiError(403, "forbidden", "This role may not refund.", {"permission": "orders:refund"})
        return run(w, "tickets", id, lambda tx, rec: rules.receive_return(tx, rec, body, w.principal.username))

    # reviews
    @v1.post("/reviews/{id}/reply", response_model=s.Review, tags=["reviews"], responses=upd)
    def reply_review(id: int, body: s.ReviewReplyBody, w: Annotated[W, Depends(write_request("reviews:write"))]):
        """Publish (or replace) the merchant's reply."""
        return run(w, "reviews", id, lambda tx, rec: rules.reply_review(tx, rec, body, w.principal.username))

    @v1.patch("/reviews/{id}", response_model=s.Review, tags=["reviews"], responses=upd)
    def update_review(id: int, body: s.ReviewPatch, w: Annotated[W, Depends(write_request("reviews:write"))]):
        """Set the shop's tags on a review (the whole list)."""
        return run(w, "reviews", id, lambda tx, rec: rules.set_review_tags(tx, rec, body.tags, w.principal.username))

    @v1.post("/reviews/{id}/hide", response_model=s.Review, tags=["reviews"], responses=upd)
    def hide_review(id: int, body: s.ReasonBody, w: Annotated[W, Depends(write_request("reviews:write"))]):
        """Hide a review from the storefront, with a reason."""
        return run(w, "reviews", id,
                   lambda tx, rec: rules.set_review_status(tx, rec, "hidden", body.reason, w.principal.username))

    @v1.post("/reviews/{id}/report", response_model=s.Review, tags=["reviews"], responses=upd)
    def report_review(id: int, body: s.ReasonBody, w: Annotated[W, Depends(write_request("reviews:write"))]):
        """Report an abusive or fake review to the platform, with a reason."""
        return run(w, "reviews", id,
                   lambda tx, rec: rules.set_review_status(tx, rec, "reported", body.reason, w.principal.username))

    @v1.post("/reviews/{id}/publish", response_model=s.Review, tags=["reviews"], responses=upd)
    def publish_review(id: int, w: Annotated[W, Depends(write_request("reviews:write"))]):
        """Show a hidden review again."""
        return run(w, "reviews", id,
                   lambda tx, rec: rules.set_review_status(tx, rec, "published", None, w.principal.username))

    # campaigns
    def _budget_guard(w: W, budget_set: bool) -> None:
        if budget_set and not allowed(w.principal.role, "campaigns:budget"):
            raise ApiError(403, "forbidden", "Only the owner may set a campaign's budget.",
                           {"permission": "campaigns:budget"})

    @v1.post("/campaigns", status_code=201, response_model=s.Campaign, tags=["campaigns"], responses=new)
    def create_campaign(body: s.CampaignCreate, w: Annotated[W, Depends(write_request("campaigns:write"))]):
        """Create a campaign of any type; its rules are checked for that type."""
        _budget_guard(w, body.budget is not None)
        return run(w, "campaigns", None, lambda tx, _: rules.create_campaign(tx, body, w.principal.username), 201)

    @v1.patch("/campaigns/{id}", response_model=s.Campaign, tags=["campaigns"], responses=upd)
    def update_campaign(id: int, body: s.CampaignPatch, w: Annotated[W, Depends(write_request("campaigns:write"))]):
        """Change a campaign that has not ended."""
        _budget_guard(w, "budget" in body.model_fields_set)
        return run(w, "campaigns", id, lambda tx, rec: rules.update_campaign(tx, rec, body, w.principal.username))

    @v1.post("/campaigns/{id}/pause", response_model=s.Campaign, tags=["campaigns"], responses=upd)
    def pause(id: int, w: Annotated[W, Depends(write_request("campaigns:write"))]):
        """Pause an active or scheduled campaign."""
        return run(w, "campaigns", id, lambda tx, rec: rules.pause_campaign(tx, rec, w.principal.username))

    @v1.post("/campaigns/{id}/resume", response_model=s.Campaign, tags=["campaigns"], responses=upd)
    def resume(id: int, w: Annotated[W, Depends(write_request("campaigns:write"))]):
        """Resume a paused campaign (active or scheduled again, by its dates)."""
        return run(w, "campaigns", id, lambda tx, rec: rules.resume_campaign(tx, rec, w.principal.username))

    @v1.post("/campaigns/{id}/schedule", response_model=s.Campaign, tags=["campaigns"], responses=upd)
    def schedule(id: int, w: Annotated[W, Depends(write_request("campaigns:write"))]):
        """Take a draft live: scheduled, or active at once if its start has passed."""
        return run(w, "campaigns", id, lambda tx, rec: rules.schedule_campaign(tx, rec, w.principal.username))

    @v1.post("/campaigns/{id}/cancel", response_model=s.Campaign, tags=["campaigns"], responses=upd)
    def cancel_campaign(id: int, w: Annotated[W, Depends(write_request("campaigns:write"))]):
        """End a campaign early for good (unlike pause, it cannot resume)."""
        return run(w, "campaigns", id, lambda tx, rec: rules.cancel_campaign(tx, rec, w.principal.username))

    @v1.delete("/campaigns/{id}", response_model=s.Tombstone, tags=["campaigns"], responses=upd)
    def delete_campaign(id: int, w: Annotated[W, Depends(write_request("campaigns:write"))]):
        """Delete a draft or scheduled campaign."""
        return run(w, "campaigns", id, lambda tx, rec: rules.delete_campaign(tx, rec, w.principal.username))


def _feed_routes(v1: APIRouter, platform: Platform) -> None:
    @v1.get("/events", response_model=s.EventsPage, tags=["events"], responses={401: ERRORS[401], 429: ERRORS[429]})
    async def events(
        principal: Annotated[Principal, Depends(current_principal)],
        since: Annotated[int | None, Query(ge=0, description="`next` of the previous call; absent: start now")] = None,
        timeout: Annotated[float, Query(ge=0, le=30, description="seconds to wait for a change")] = 25.0,
    ) -> dict:
        """Long poll: answers as soon as anything changed after `since` (within a second), or empty at timeout."""
        st = platform.storage
        if since is None:
            return {"events": [], "next": st.latest_seq, "reset": False}
        feed_start = int(st.get_meta("feed_start") or 0)
        if since < feed_start or since > st.latest_seq:
            return {"events": [], "next": st.latest_seq, "reset": True}
        deadline = time.monotonic() + timeout
        while st.latest_seq <= since and time.monotonic() < deadline and not platform.closing:
            await asyncio.sleep(0.05)
        found = await run_in_threadpool(st.changes_since, since, 1000)
        return {"events": found, "next": found[-1]["seq"] if found else since, "reset": False}


def _admin_router(platform: Platform) -> APIRouter:
    admin = APIRouter(prefix="/v1/_admin", tags=["test-mode admin"])

    @admin.get("/faults", response_model=FaultSet)
    def get_faults() -> FaultSet:
        """The fault rules in force (test mode only)."""
        return platform.faults.faults

    @admin.put("/faults", response_model=FaultSet)
    def put_faults(body: FaultSet) -> FaultSet:
        """Replace the fault rules (test mode only)."""
        platform.faults.set(body)
        return body

    @admin.delete("/faults", response_model=FaultSet)
    def clear_faults() -> FaultSet:
        """Remove every fault rule (test mode only)."""
        platform.faults.set(FaultSet())
        return platform.faults.faults

    @admin.post("/config")
    def set_config(token_ttl: Annotated[float | None, Body(gt=0)] = None,
                   rate_limit: Annotated[str | None, Body()] = None,
                   burst: Annotated[int | None, Body(gt=0)] = None,
                   per_second: Annotated[float | None, Body(gt=0)] = None) -> dict:
        """Change the token lifetime or the rate-limit profile while running (test mode only)."""
        if token_ttl is not None:
            platform.config.token_ttl = token_ttl
        if rate_limit is not None:
            if rate_limit not in PROFILES:
                raise ApiError(422, "unknown_profile", f"Profiles: {', '.join(PROFILES)}.")
            platform.buckets.set_profile(PROFILES[rate_limit])
        if burst is not None or per_second is not None:
            p = platform.buckets.profile
            platform.buckets.set_profile(RateProfile(burst or p.burst, per_second or p.per_second))
        p = platform.buckets.profile
        return {"token_ttl": platform.config.token_ttl, "burst": p.burst, "per_second": p.per_second}

    @admin.post("/edit/{resource:path}/{id}")
    def platform_edit(resource: str, id: int, changes: Annotated[dict, Body(embed=True, alias="set")]) -> dict:
        """A platform-side edit of top-level fields that races with the console's (test mode only)."""
        if resource not in s.RESOURCES:
            raise ApiError(404, "not_found", f"No resource {resource}.")
        bookkeeping = sorted({"id", "version", "updated_at", "deleted"} & set(changes))
        if bookkeeping:
            raise ApiError(422, "invalid_field", f"The platform keeps {', '.join(bookkeeping)} itself.",
                           {"fields": bookkeeping})
        with platform.storage.transaction() as tx:
            rec = tx.get(resource, id)
            if rec is None:
                raise ApiError(404, "not_found", f"No {resource} record {id}.")
            rec.update(changes)
            return tx.put(resource, rec)

    @admin.post("/delete/{resource:path}/{id}")
    def platform_delete(resource: str, id: int) -> dict:
        """A platform-side deletion: the record turns into a tombstone (test mode only)."""
        if resource not in s.RESOURCES:
            raise ApiError(404, "not_found", f"No resource {resource}.")
        with platform.storage.transaction() as tx:
            rec = tx.get(resource, id)
            if rec is None:
                raise ApiError(404, "not_found", f"No {resource} record {id}.")
            return tx.delete(resource, rec)

    @admin.post("/activity/tick")
    def activity_tick(steps: Annotated[int, Body(embed=True, ge=1, le=1000)] = 1) -> dict:
        """Run live activity steps now, as if that much time had passed (test mode only)."""
        from .activity import LiveActivity
        act = platform.activity or LiveActivity(platform.storage, seed=platform.config.seed)
        platform.activity = act
        done = [act.step() for _ in range(steps)]
        return {"steps": done, "seq": platform.storage.latest_seq}

    return admin
