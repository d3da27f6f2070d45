"""The sign-in dialog, driven as a user would against the real sandbox."""

from __future__ import annotations

import socket
import time

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QElapsedTimer, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from merchant_app.accounts import SERVICE, AccountStore, KeyringVault, MemoryVault, sign_in
from merchant_app.sandbox.faults import FaultRule, FaultSet
from merchant_app.ui.sign_in import SignInDialog

WAIT_MS = 20_000


@pytest.fixture
def no_keyring():
    """A bare Linux box: keyring found no backend at all."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def open_dialog(qtbot):
    def make(**kw) -> SignInDialog:
        dialog = SignInDialog(AccountStore(), **kw)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    yield make
    QThreadPool.globalInstance().waitForDone(WAIT_MS)


def type_in(qtbot, dialog: SignInDialog, server: str, username: str, password: str) -> None:
    for edit, text in ((dialog.server_edit, server), (dialog.username_edit, username),
                       (dialog.password_edit, password)):
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        qtbot.keyClicks(edit, text)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_for_error(qtbot, dialog: SignInDialog) -> str:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error_label.isVisible(), timeout=WAIT_MS)
    return dialog.error_label.text()


def test_signing_in_remembers_the_account_and_its_token_in_the_keyring(qtbot, open_dialog, sandbox, memory_keyring):
    dialog = open_dialog()
    assert dialog.accounts_box.count() == 1  # only "New account…"
    assert dialog.remember_box.isChecked()
    type_in(qtbot, dialog, sandbox.url, "owner", "demo")
    with qtbot.waitSignal(dialog.signedIn, timeout=WAIT_MS) as signed:
        click(qtbot, dialog.sign_in_button)
    client, account = signed.args
    try:
        assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
        assert (dialog.client, dialog.account) == (client, account)
        assert client.me()["user"]["role"] == "owner"
        assert (account.username, account.role, account.server) == ("owner", "owner", sandbox.url)
        assert memory_keyring.entries == {(SERVICE, f"owner@{sandbox.url}"): client.session.refresh_token}
        assert AccountStore().accounts() == [account]
        assert dialog.password_edit.text() == ""
        settings = AccountStore().path.read_text(encoding="utf-8")
        assert client.session.refresh_token not in settings and '"demo"' not in settings
    finally:
        client.close()


def test_a_wrong_password_is_explained_inline_and_the_user_can_try_again(qtbot, open_dialog, sandbox,
                                                                         memory_keyring):
    dialog = open_dialog()
    type_in(qtbot, dialog, sandbox.url, "owner", "wrong")
    with qtbot.assertNotEmitted(dialog.signedIn):
        click(qtbot, dialog.sign_in_button)
        message = wait_for_error(qtbot, dialog)
    assert "username or password is wrong" in message
    assert dialog.isVisible() and dialog.password_edit.isEnabled() and dialog.sign_in_button.isEnabled()
    assert dialog.focusWidget() is dialog.password_edit and dialog.password_edit.selectedText() == "wrong"
    assert memory_keyring.entries == {} and AccountStore().accounts() == []

    qtbot.keyClicks(dialog.password_edit, "demo")  # replaces the selected wrong password
    with qtbot.waitSignal(dialog.signedIn, timeout=WAIT_MS) as signed:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter signs in too
    signed.args[0].close()
    assert not dialog.error_label.isVisible()


def test_the_window_stays_responsive_while_the_platform_is_slow(qtbot, open_dialog, sandbox, memory_keyring):
    sandbox.platform.faults.set(FaultSet(rules=[FaultRule(route="^/v1/auth/token$", latency_ms=1500)]))
    dialog = open_dialog()
    type_in(qtbot, dialog, sandbox.url, "merchant", "demo")
    gaps: list[int] = []
    clock = QElapsedTimer()
    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(lambda: (gaps.append(clock.restart())))
    clock.start()
    heartbeat.start()
    with qtbot.waitSignal(dialog.signedIn, timeout=WAIT_MS) as signed:
        click(qtbot, dialog.sign_in_button)
        started = time.monotonic()
        assert dialog.busy and dialog.progress.isVisible()
        assert not dialog.sign_in_button.isEnabled() and not dialog.password_edit.isEnabled()
    heartbeat.stop()
    signed.args[0].close()
    assert time.monotonic() - started >= 1.4, "the slow answer really was waited for"
    assert len(gaps) > 50, "the event loop kept running during the call"
    assert max(gaps[1:]) < 700, f"the UI thread stalled for {max(gaps)} ms"


def test_plain_http_to_another_computer_is_refused_before_anything_is_sent(qtbot, open_dialog, memory_keyring):
    dialog = open_dialog()
    type_in(qtbot, dialog, "http://shop.example.com", "owner", "demo")
    click(qtbot, dialog.sign_in_button)
    assert not dialog.busy, "no network call was started"
    assert "https://" in dialog.error_label.text() and "unencrypted" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.server_edit


def test_an_unreachable_platform_is_explained(qtbot, open_dialog, memory_keyring):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog = open_dialog()
    type_in(qtbot, dialog, f"http://127.0.0.1:{port}", "owner", "demo")
    click(qtbot, dialog.sign_in_button)
    message = wait_for_error(qtbot, dialog)
    assert "could not be reached" in message and f"127.0.0.1:{port}" in message
    assert not dialog.continue_button.isVisible()


def test_without_a_keyring_the_user_may_continue_without_remembering(qtbot, open_dialog, sandbox, no_keyring):
    dialog = open_dialog()
    type_in(qtbot, dialog, sandbox.url, "agent", "demo")
    click(qtbot, dialog.sign_in_button)
    message = wait_for_error(qtbot, dialog)
    assert "password store (keyring)" in message and "continue without remembering" in message
    assert dialog.continue_button.isVisible() and dialog.isVisible()
    assert AccountStore().accounts() == []

    with qtbot.waitSignal(dialog.signedIn, timeout=WAIT_MS) as signed:
        click(qtbot, dialog.continue_button)
    client, account = signed.args
    client.close()
    assert not dialog.remember_box.isChecked()
    assert account.role == "agent" and AccountStore().accounts() == [account]


def test_switching_to_a_remembered_account_needs_no_password(qtbot, open_dialog, sandbox, memory_keyring):
    store, vault = AccountStore(), KeyringVault()
    for username in ("owner", "agent"):  # two earlier sign-ins, agent the latest
        client, _ = sign_in(sandbox.url, username, "demo", vault, remember=True, store=store)
        client.close()
        time.sleep(0.01)
    dialog = open_dialog()
    labels = [dialog.accounts_box.itemText(i) for i in range(dialog.accounts_box.count())]
    assert len(labels) == 3 and labels[1].startswith(store.accounts()[0].display_name or "agent")
    assert dialog.username_edit.text() == "agent", "the last used account is picked"
    assert dialog.password_edit.placeholderText()

    dialog.accounts_box.setFocus()
    qtbot.keyClick(dialog.accounts_box, Qt.Key.Key_Down)  # the owner, next in the list
    assert dialog.username_edit.text() == "owner" and dialog.server_edit.text() == sandbox.url
    with qtbot.waitSignal(dialog.signedIn, timeout=WAIT_MS) as signed:
        click(qtbot, dialog.sign_in_button)
    client, account = signed.args
    try:
        assert account.username == "owner" and client.me()["user"]["role"] == "owner"
        assert store.last_used().username == "owner"
    finally:
        client.close()


def test_an_account_signed_in_without_remembering_asks_for_its_password_next_time(qtbot, open_dialog, sandbox,
                                                                                 memory_keyring):
    dialog = open_dialog()
    type_in(qtbot, dialog, sandbox.url, "amy", "demo")
    dialog.remember_box.setChecked(False)
    with qtbot.waitSignal(dialog.signedIn, timeout=WAIT_MS) as signed:
        click(qtbot, dialog.sign_in_button)
    signed.args[0].close()
    assert memory_keyring.entries == {}, "nothing went to the keyring"

    later = open_dialog(session_vault=MemoryVault())  # the app was restarted
    assert later.username_edit.text() == "amy"
    click(qtbot, later.sign_in_button)
    assert "Enter the password" in wait_for_error(qtbot, later)
    assert later.focusWidget() is later.password_edit


def test_forgetting_an_account_removes_it_from_the_list_and_the_keyring(qtbot, open_dialog, sandbox,
                                                                      memory_keyring, monkeypatch):
    client, _ = sign_in(sandbox.url, "tom", "demo", KeyringVault(), remember=True, store=AccountStore())
    client.close()
    dialog = open_dialog()
    assert dialog.accounts_box.count() == 2 and dialog.forget_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **kw: asked.append(a) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.accountForgotten, timeout=WAIT_MS) as forgotten:
        click(qtbot, dialog.forget_button)
    assert asked, "the user was asked first"
    assert forgotten.args[0].token_removed and forgotten.args[0].cache_path.name.startswith("tom_")
    assert dialog.accounts_box.count() == 1 and not dialog.forget_button.isEnabled()
    assert memory_keyring.entries == {} and AccountStore().accounts() == []


def test_cancelling_a_slow_sign_in_leaves_nothing_behind(qtbot, open_dialog, sandbox, memory_keyring):
    sandbox.platform.faults.set(FaultSet(rules=[FaultRule(route="^/v1/auth/token$", latency_ms=1000)]))
    dialog = open_dialog()
    type_in(qtbot, dialog, sandbox.url, "owner", "demo")
    with qtbot.assertNotEmitted(dialog.signedIn, wait=1500):
        click(qtbot, dialog.sign_in_button)
        assert dialog.busy
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    qtbot.wait(50)
    assert dialog.client is None
    assert memory_keyring.entries == {} and AccountStore().accounts() == []
