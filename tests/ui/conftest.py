"""Shared by the UI tests: Qt offscreen, the real sandbox, and an in-memory OS keyring.

``QT_QPA_PLATFORM`` is set before anything imports Qt, so widgets render without a display.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from tests.integration.conftest import sandbox, shop_db, shop_template  # noqa: F401 - fixtures


class MemoryKeyring(KeyringBackend):
    """An OS keyring that lives in this process: what the tests use instead of the real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    """The OS keyring replaced by an in-memory one for the test; ``.entries`` shows what was stored."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
