"""The `merchant-console` command.

    merchant-console                   the console: sign in to a shop, then the main window
    merchant-console --demo            the demo shop: the embedded sandbox platform, seeded, live
    merchant-console sandbox [...]     the reference platform as a standalone server
    merchant-console sync [...]        sync the local cache with a platform, for scripts and support
    merchant-console --screenshot DIR  every view of the demo shop as PNG files
    merchant-console --self-test       a short end-to-end check (sandbox, sign-in, sync, every view); exit 0 or 1
    merchant-console --version
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from pathlib import Path

from . import __version__


def _sandbox_parser(sub) -> None:
    p = sub.add_parser("sandbox", help="run the reference platform (sandbox) server",
                       description="Serve platform API v1 with a generated shop (docs/platform-api.md).")
    p.add_argument("--host", default="127.0.0.1", help="interface to serve on (default: loopback only)")
    p.add_argument("--port", type=int, default=8765, help="port (0 picks a free one; default 8765)")
    p.add_argument("--seed", type=int, default=1, help="seed of the generated shop (default 1)")
    p.add_argument("--scale", choices=("small", "medium", "large"), default="small")
    p.add_argument("--rate-limit", choices=("fast", "realistic"), default="fast",
                   help="token bucket per access token: realistic is burst 40, 2 requests/s")
    p.add_argument("--db", help="SQLAlchemy URL of the platform database "
                                "(default: a SQLite file per seed and scale in the app's data directory)")
    p.add_argument("--token-ttl", type=float, default=3600.0, help="access token lifetime in seconds")
    p.add_argument("--no-activity", action="store_true", help="no live orders, tickets and reviews")
    p.add_argument("--activity-interval", type=float, default=3.0, help="seconds between live activity steps")
    p.add_argument("--test-mode", action="store_true", help="mount /v1/_admin (fault injection, platform edits)")
    p.add_argument("--faults", help="JSON file of fault rules to start with (implies --test-mode)")
    p.add_argument("--generate-only", action="store_true", help="generate the shop database, then exit")


def _sandbox_config(args):
    from .config import sandbox_dir
    from .sandbox.app import SandboxConfig
    from .sandbox.faults import FaultSet

    db = args.db or f"sqlite:///{sandbox_dir() / f'shop-{args.scale}-seed{args.seed}.db'}"
    faults = FaultSet.model_validate_json(Path(args.faults).read_text(encoding="utf-8")) if args.faults else FaultSet()
    return SandboxConfig(
        db_url=db, rate_limit=args.rate_limit, token_ttl=args.token_ttl,
        test_mode=args.test_mode or bool(args.faults), live_activity=not args.no_activity,
        activity_interval=args.activity_interval, faults=faults, seed=args.seed, scale=args.scale,
    )


def run_sandbox(args) -> int:
    from .sandbox.server import open_storage, serve_forever

    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: serving on {args.host}: the demo accounts use the password 'demo'", file=sys.stderr)
    config = _sandbox_config(args)
    if args.generate_only:
        started = time.perf_counter()
        storage = open_storage(config, progress=lambda m: print(m, file=sys.stderr))
        print(json.dumps({"db": config.db_url, "seconds": round(time.perf_counter() - started, 1),
                          "seeded": json.loads(storage.get_meta("seeded") or "null")}))
        return 0
    serve_forever(config, args.host, args.port)
    return 0


def run_demo(args) -> int:
    """The console on the demo shop: the sandbox platform in-process, seeded, with live activity."""
    from .ui.app import run_demo as run

    return run(args.theme, args.lang)


def run_screenshots(args) -> int:
    from .ui.app import screenshots

    themes = [args.theme] if args.theme else ["light", "dark"]
    langs = [args.lang] if args.lang else ["en", "zh_CN"]
    for path in screenshots(Path(args.screenshot), themes, langs):
        print(path)
    return 0


def _sync_parser(sub) -> None:
    p = sub.add_parser(
        "sync", help="sync the local cache with the platform (pull changes, push queued edits)",
        description="Bring the local cache up to date with the platform and send the edits queued in it. "
                    "Signs in with $MERCHANT_APP_TOKEN (an access token) when set, else asks for a password.",
        epilog="exit status: 0 synced; 1 the platform could not be reached (nothing was lost: run it again); "
               "2 not signed in; 3 done, but edits came back as conflicts or rejections to look at")
    p.add_argument("--server", default=DEFAULT_SERVER, help=f"platform URL (default {DEFAULT_SERVER}, "
                   "the standalone sandbox)")
    p.add_argument("--user", help="user name to sign in with (asked for when needed)")
    p.add_argument("--full", action="store_true", help="page through everything again, not only what changed")
    p.add_argument("--no-push", action="store_true", help="only pull; leave queued edits in the outbox")
    p.add_argument("--json", action="store_true", help="print the result as one JSON object")
    p.add_argument("--quiet", action="store_true", help="no progress bars")


DEFAULT_SERVER = "http://127.0.0.1:8765"
EXIT_UNREACHABLE, EXIT_AUTH, EXIT_ATTENTION = 1, 2, 3


def _cache_key(path, command: str) -> bytes:
    """The key of the encrypted cache at ``path``: ``$MERCHANT_APP_CACHE_KEY`` (64 hex digits) when set,
    for scripts on machines without a keyring; else from the OS keyring; without a usable keyring, a
    key for this run only (the cache is then filled again next time) and the keyring's message."""
    import os

    from .accounts import KeyringVault, MemoryVault, VaultUnavailable, cache_key_of
    from .store.engine import KEY_BYTES

    given = os.environ.get("MERCHANT_APP_CACHE_KEY", "").strip()
    if given:
        try:
            key = bytes.fromhex(given)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise SystemExit(f"merchant-console {command}: MERCHANT_APP_CACHE_KEY must be {KEY_BYTES * 2} hex digits")
        return key
    try:
        return cache_key_of(path, KeyringVault())
    except VaultUnavailable as err:
        print(f"merchant-console {command}: {err} ({err.reason})", file=sys.stderr)
        return cache_key_of(path, MemoryVault())


def run_sync(args) -> int:
    import getpass
    import os

    from tqdm import tqdm

    from .platform.client import AuthError, InsecureURL, PlatformClient, Unreachable
    from .store import cache_path
    from .store.backup import ensure_healthy
    from .sync.engine import SyncEngine, read_counts
    from .sync.events import Broadcaster

    def fail(code: int, message: str) -> int:
        if args.json:
            print(json.dumps({"ok": False, "exit": code, "error": message}))
        else:
            print(f"merchant-console sync: {message}", file=sys.stderr)
        return code

    try:
        client = PlatformClient(args.server, max_attempts=5)
    except InsecureURL as err:
        return fail(EXIT_UNREACHABLE, str(err))
    try:
        token = os.environ.get("MERCHANT_APP_TOKEN", "").strip()
        if token:
            client.use_access_token(token)
        else:
            user = args.user or input("User: ").strip()
            client.sign_in(user, getpass.getpass(f"Password for {user}: "))
        me = client.me()
    except AuthError as err:
        return fail(EXIT_AUTH, f"not signed in: {err.message}")
    except Unreachable as err:
        return fail(EXIT_UNREACHABLE, err.message)

    path = cache_path(me["user"]["username"], me["shop"]["id"])
    engine, rebuilt = ensure_healthy(path, _cache_key(path, "sync"))
    if rebuilt is not None:
        print(f"merchant-console sync: the cache was damaged; it was moved to {rebuilt.damaged.name} and a new one "
              f"is filled from the platform ({rebuilt.edits_kept} unsynced edit(s) kept)", file=sys.stderr)
    events = Broadcaster()
    bars: dict[str, tqdm] = {}
    show = not (args.quiet or args.json)

    def progress(event) -> None:
        if not show:
            return
        if event.kind == "pull_started":
            bars[event.resource] = tqdm(desc=f"{event.resource:>22}", unit=" records", file=sys.stderr,
                                        leave=True, dynamic_ncols=True)
        elif event.kind in ("pull_progress", "pull_done") and event.resource in bars:
            bar = bars[event.resource]
            bar.update(event.count - bar.n)
            if event.kind == "pull_done":
                bar.close()
        elif event.kind in ("quarantined", "conflict", "rejected", "not_permitted", "cursor_reset"):
            tqdm.write(f"{event.kind}: {event.resource} {event.message}", file=sys.stderr)

    events.subscribe(progress)
    sync = SyncEngine(engine, client, events, feed=False)
    started = time.perf_counter()
    try:
        pulled, pushed = sync.run_pass(full=args.full, push=not args.no_push)
    except AuthError as err:
        return fail(EXIT_AUTH, f"not signed in: {err.message}")
    except Unreachable as err:
        return fail(EXIT_UNREACHABLE, f"{err.message} (what was synced so far is kept; run it again)")
    finally:
        for bar in bars.values():
            bar.close()
        client.close()
    counts = read_counts(engine)
    engine.dispose()
    summary = {
        "ok": True, "cache": str(path), "seconds": round(time.perf_counter() - started, 2),
        "pulled": {r.resource: {"applied": r.applied, "deleted": r.deleted, "quarantined": r.quarantined}
                   for r in pulled},
        "not_permitted": sorted(sync.not_permitted),
        "pushed": {"done": pushed.done, "conflicts": pushed.conflicts, "rejected": pushed.rejected,
                   "waiting": pushed.deferred} if pushed else None,
        **counts,
    }
    attention = counts["conflicts"] or counts["rejected"] or counts["quarantined"]
    summary["exit"] = EXIT_ATTENTION if attention else 0
    if args.json:
        print(json.dumps(summary))
    else:
        applied = sum(r.applied for r in pulled)
        print(f"Synced {me['shop'].get('name', '')} as {me['user']['username']} in {summary['seconds']} s: "
              f"{applied} records pulled"
              + (f", {pushed.done} edits sent" if pushed else "")
              + f". Waiting: {counts['pending']}, conflicts: {counts['conflicts']}, "
                f"rejected: {counts['rejected']}, quarantined: {counts['quarantined']}.")
        if sync.not_permitted:
            print(f"Not readable with this role: {', '.join(sorted(sync.not_permitted))}.")
        print(f"Cache: {path}")
    return summary["exit"]


def _report_parser(sub) -> None:
    p = sub.add_parser(
        "report", help="print the sales or a campaign's figures from the local cache",
        description="The figures the dashboards show (docs/metrics.md), read from the cache of the signed-in "
                    "account (the last one used, or --user); run `merchant-console sync` first for fresh ones.",
        epilog="exit status: 0 printed; 2 no account or cache; 4 this role may not read analytics; 5 not found")
    p.add_argument("--user", help="the account's user name (default: the account used last)")
    p.add_argument("--server", help="the account's platform URL, when the user name is on several")
    what = p.add_subparsers(dest="report", required=True)
    s = what.add_parser("sales", help="sales between two shop-local dates (inclusive)")
    s.add_argument("--from", dest="start", required=True, type=_date, help="first day, YYYY-MM-DD")
    s.add_argument("--to", dest="end", required=True, type=_date, help="last day, YYYY-MM-DD")
    s.add_argument("--by", choices=("day", "week", "month"), default="day", help="the series' periods")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    c = what.add_parser("campaign", help="one campaign's dashboard figures")
    c.add_argument("id", type=int, help="the campaign's id")
    c.add_argument("--json", action="store_true", help="print one JSON object")


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


EXIT_NOT_ALLOWED, EXIT_NOT_FOUND = 4, 5


def _money(amount: int | None, currency: str) -> str:
    return "—" if amount is None else f"{amount / 100:,.2f} {currency}"


def _percent(ratio: float | None, places: int = 1) -> str:
    return "—" if ratio is None else f"{ratio * 100:.{places}f} %"


def run_report(args) -> int:
    from .accounts import AccountStore
    from .services.metrics import NotBuilt, campaign, sales
    from .services.permissions import allowed
    from .store import cache_path, open_cache
    from .sync.aggregates import ensure

    def fail(code: int, message: str) -> int:
        if args.json:
            print(json.dumps({"ok": False, "exit": code, "error": message}))
        else:
            print(f"merchant-console report: {message}", file=sys.stderr)
        return code

    accounts = [a for a in AccountStore().accounts()
                if (not args.user or a.username == args.user) and (not args.server or a.server == args.server)]
    if not accounts:
        return fail(EXIT_AUTH, "no signed-in account" + (f" named {args.user}" if args.user else "")
                    + ": sign in with the console first")
    account = accounts[0]
    if not allowed(account.role, "analytics:read"):
        return fail(EXIT_NOT_ALLOWED, f"the {account.role or 'unknown'} role may not read sales figures")
    path = next((p for p in (account.cache_path(), cache_path(account.username, account.shop_id)) if p.exists()), None)
    if path is None:
        return fail(EXIT_AUTH, f"no cache for {account.label}: run `merchant-console sync` first")
    engine = open_cache(path, _cache_key(path, "report"))
    try:
        ensure(engine)  # a cache synced before the figures existed gets them now
        if args.report == "sales":
            if args.end < args.start:
                return fail(EXIT_NOT_FOUND, "--to is before --from")
            figures = sales(engine, args.start, args.end, granularity=args.by, role=account.role)
        else:
            try:
                figures = campaign(engine, args.id, role=account.role)
            except LookupError as err:
                return fail(EXIT_NOT_FOUND, str(err))
    except NotBuilt as err:
        return fail(EXIT_AUTH, str(err))
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps({"ok": True, **figures}, ensure_ascii=False))
    elif args.report == "sales":
        print(f"Sales {figures['from']} – {figures['to']} ({figures['zone']})")
        for cur, f in figures["currencies"].items():
            t, prev = f["totals"], f["previous_period"]
            print(f"  {cur}: revenue {_money(t['revenue'], cur)} (previous period {_money(prev['revenue'], cur)}), "
                  f"net of refunds {_money(t['net_revenue'], cur)}, orders {t['orders']}, units {t['units']}, "
                  f"AOV {_money(t['aov'], cur)}, refund rate {_percent(t['refund_rate'])}, "
                  f"new customers {t['new_customers']}, returning orders {t['returning_orders']}")
    else:
        print(f"Campaign {figures['id']} {figures['name']} ({figures['type']}, {figures['status']}): "
              f"{figures['from']} – {figures['to']} ({figures['zone']})")
        for cur, f in figures["currencies"].items():
            print(f"  {cur}: revenue {_money(f['revenue'], cur)}, orders {f['orders']}, units {f['units']}, "
                  f"AOV {_money(f['aov'], cur)}, discount cost {_money(f['discount_cost'], cur)}")
        if "sessions" in figures:
            roi = "—" if figures["roi"] is None else f"{figures['roi']:.2f}"
            print(f"  sessions {figures['sessions']}, conversion {_percent(figures['conversion'], 2)}, "
                  f"uplift {_percent(figures['uplift'])} against {figures['baseline']['from']} – "
                  f"{figures['baseline']['to']}, ROI {roi}")
    return 0


def _give_stdio_a_sink() -> None:
    """A windowed program (the Windows bundle, pythonw) starts without a console, and Python sets
    ``sys.stdout`` and ``sys.stderr`` to None. Libraries that write to them or ask ``isatty()`` then
    fail — uvicorn's log formatter did, so the demo and ``--self-test`` could not start the sandbox.
    Where they are missing, they write to the null device; redirected output still arrives."""
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - open for the process's life


def main(argv: list[str] | None = None) -> int:
    # a bundle is its own interpreter: when it was started as the sync's worker process (spawn), this
    # runs that worker and never returns (sync/pages.py)
    multiprocessing.freeze_support()
    _give_stdio_a_sink()
    parser = argparse.ArgumentParser(prog="merchant-console", description="A desktop console for online shops.")
    parser.add_argument("--version", action="version", version=f"merchant-console {__version__}")
    parser.add_argument("--demo", action="store_true", help="run on the demo shop (embedded sandbox platform)")
    parser.add_argument("--screenshot", metavar="DIR",
                        help="render every view of the demo shop to PNG files in DIR and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation end to end (the demo shop in a temporary directory: "
                             "sandbox, sign-in, sync, every view drawn offscreen); exit status 0 or 1")
    parser.add_argument("--theme", choices=("light", "dark"), help="colour theme (default: follow the system)")
    parser.add_argument("--lang", choices=("en", "zh_CN"), help="language (default: the system's)")
    sub = parser.add_subparsers(dest="command")
    _sandbox_parser(sub)
    _sync_parser(sub)
    _report_parser(sub)
    args = parser.parse_args(argv)
    if not args.self_test:   # (the self-test writes nothing outside its own temporary directory)
        from .logs import setup as setup_logs

        setup_logs()
    if args.command == "sandbox":
        return run_sandbox(args)
    if args.command == "sync":
        return run_sync(args)
    if args.command == "report":
        return run_report(args)
    if args.self_test:
        from .ui.self_test import run as self_test

        return self_test()
    if args.screenshot:
        return run_screenshots(args)
    if args.demo:
        return run_demo(args)
    from .ui.app import run_console

    return run_console(args.theme, args.lang)


if __name__ == "__main__":
    sys.exit(main())
