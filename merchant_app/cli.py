"""The `merchant-console` command.

    merchant-console --demo            the demo shop: the embedded sandbox platform, seeded, live
    merchant-console sandbox [...]     the reference platform as a standalone server
    merchant-console --version
"""

from __future__ import annotations

import argparse
import json
import sys
import time

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
    faults = FaultSet.model_validate_json(open(args.faults, encoding="utf-8").read()) if args.faults else FaultSet()
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


def run_demo() -> int:
    """The demo shop: the sandbox platform in-process, seeded, with live activity."""
    from .config import sandbox_dir
    from .sandbox.app import SandboxConfig
    from .sandbox.server import SandboxServer, open_storage

    config = SandboxConfig(db_url=f"sqlite:///{sandbox_dir() / 'demo.db'}", live_activity=True)
    storage = open_storage(config, progress=print)
    server = SandboxServer(config, storage=storage).start()
    print(f"Demo shop platform: {server.url}  (API reference: {server.url}/docs)")
    print("Accounts: owner / merchant / agent, password 'demo'. Orders, tickets and reviews arrive live.")
    print("The console window is not built yet; until it is, the demo serves the platform. Ctrl+C stops.")
    try:
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="merchant-console", description="A desktop console for online shops.")
    parser.add_argument("--version", action="version", version=f"merchant-console {__version__}")
    parser.add_argument("--demo", action="store_true", help="run on the demo shop (embedded sandbox platform)")
    sub = parser.add_subparsers(dest="command")
    _sandbox_parser(sub)
    args = parser.parse_args(argv)
    if args.command == "sandbox":
        return run_sandbox(args)
    if args.demo:
        return run_demo()
    parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
