"""Shared fixtures: every test gets its own data directory and, where asked, an in-memory OS
keyring; nothing touches the user's files or passwords."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


@pytest.fixture(autouse=True)
def _app_home(tmp_path, monkeypatch):
    monkeypatch.setenv("MERCHANT_APP_HOME", str(tmp_path / "app-home"))


class MemoryKeyring(KeyringBackend):
    """An OS keyring that lives in this process: what the tests use instead of the real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.calls = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.calls += 1
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls += 1
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls += 1
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring():
    """The OS keyring replaced by an in-memory one for every test (a developer's real keyring is never
    read or written, and the CI machine's locked one never answers for it); ``.entries`` shows what
    was stored. A test of a missing or failing keyring sets its own."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
