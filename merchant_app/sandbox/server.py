"""Run the sandbox: in-process on a free loopback port (tests, --demo) or standalone (CLI)."""

from __future__ import annotations

import logging
import socket
import threading
import time
from pathlib import Path

import uvicorn

from .app import SandboxConfig, create_app
from .storage import Storage

log = logging.getLogger(__name__)


def open_storage(config: SandboxConfig, progress=None) -> Storage:
    """Open the platform database, generating the seeded shop first if it is empty."""
    if config.db_url.startswith("sqlite:///"):
        Path(config.db_url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    storage = Storage(config.db_url)
    if not storage.is_seeded():
        from .seed import generate
        generate(storage, seed=config.seed, scale=config.scale, progress=progress)
    return storage


class SandboxServer:
    """The platform API served by uvicorn on a background thread.

    >>> with SandboxServer(SandboxConfig(db_url="sqlite:///shop.db")) as server:
    ...     httpx.get(server.url + "/v1/health")
    """

    def __init__(self, config: SandboxConfig, *, host: str = "127.0.0.1", port: int = 0,
                 storage: Storage | None = None) -> None:
        self.config = config
        self.storage = storage or open_storage(config)
        self.app = create_app(config, self.storage)
        self.platform = self.app.state.platform
        # IPPROTO_TCP named, not left 0: asyncio turns TCP_NODELAY on only for sockets that say they
        # are TCP, and without it every answer on a kept-alive connection waited ~40 ms (Nagle)
        self._sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM,
                                   socket.IPPROTO_TCP)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, port))
        self.host, self.port = host, self._sock.getsockname()[1]
        self._server = uvicorn.Server(uvicorn.Config(
            self.app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=1,
        ))
        self._thread: threading.Thread | None = None
        self.activity = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> SandboxServer:
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]},
                                        name="sandbox-http", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        if self.config.live_activity:
            from .activity import LiveActivity
            self.activity = LiveActivity(self.storage, seed=self.config.seed)
            self.platform.activity = self.activity
            self.activity.run_in_background(self.config.activity_interval)
        return self

    def stop(self) -> None:
        if self.activity is not None:
            self.activity.stop()
        # a console's change-feed long poll would still be waiting (up to 25 s): answer it now, so the
        # server stops within its grace period instead of cancelling it with a traceback on stderr
        self.platform.closing = True
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._sock.close()
        self.storage.engine.dispose()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def serve_forever(config: SandboxConfig, host: str, port: int, progress=print) -> None:
    """The standalone server of `merchant-console sandbox`, until Ctrl+C (SIGINT) or SIGTERM.

    Both stop it cleanly even when the shell that started it in the background set SIGINT to be
    ignored (a non-interactive shell does so for `cmd &`; Python then installs no Ctrl+C handler)."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    storage = open_storage(config, progress=progress)
    server = SandboxServer(config, host=host, port=port, storage=storage).start()
    progress(f"Sandbox platform serving on {server.url}  (OpenAPI: {server.url}/openapi.json)")
    progress("Demo accounts: owner / merchant / agent, password 'demo' (sandbox only). Ctrl+C stops.")
    try:
        while server._thread is not None and server._thread.is_alive():
            time.sleep(0.5)
    except KeyboardInterrupt:
        progress("Stopping…")
    finally:
        server.stop()
