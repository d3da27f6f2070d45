"""Sign out and forget this shop, from the sign-in dialog (issue 7): the user is told what goes, and
the shop's cache, backups, outbox copy and keys are gone afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox

from merchant_app.accounts import AccountStore, KeyringVault, cache_key, sign_in
from merchant_app.config import data_dir
from merchant_app.store import backup
from merchant_app.ui.sign_in import SignInDialog

WAIT_MS = 20_000


def test_forgetting_a_shop_says_what_is_deleted_and_deletes_it(qtbot, sandbox, memory_keyring, monkeypatch):
    vault = KeyringVault()
    client, account = sign_in(sandbox.url, "tom", "demo", vault, remember=True, store=AccountStore())
    client.close()
    cache = account.cache_path()
    engine, _ = backup.ensure_healthy(cache, cache_key(account, vault))
    backup.save_outbox(engine, cache)
    backup.back_up(cache)
    engine.dispose()
    assert cache.exists() and backup.backups(cache) and len(memory_keyring.entries) == 2

    dialog = SignInDialog(AccountStore())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    closed = []
    dialog.before_forget = closed.append
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **kw: asked.append(a) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.accountForgotten, timeout=WAIT_MS) as forgotten:
        qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    QThreadPool.globalInstance().waitForDone(WAIT_MS)

    question = asked[0][2]
    assert "backups" in question and "encryption key" in question and "not yet sent" in question
    assert [a.username for a in closed] == ["tom"], "the window is asked to close the shop before its files go"
    assert forgotten.args[0].key_removed and cache in forgotten.args[0].files_removed
    assert memory_keyring.entries == {}
    assert not [p for p in data_dir().rglob("*") if p.is_file() and cache.stem in p.name]


def test_a_remembered_shop_reopens_its_encrypted_cache_and_is_closed_before_it_is_forgotten(
        qtbot, sandbox, memory_keyring):
    from PySide6.QtWidgets import QApplication

    from merchant_app.accounts import SERVICE, resume
    from merchant_app.ui.app import Console

    console = Console(QApplication.instance())
    client, account = sign_in(sandbox.url, "merchant", "demo", KeyringVault(), remember=True, store=console.store)
    cache = account.cache_path()
    console.open(client, account)
    try:
        qtbot.waitUntil(lambda: console.workspace.sync.passes >= 1, timeout=60_000)
    finally:
        console.close_current()
    assert (SERVICE, f"{cache.stem}@cache-key") in memory_keyring.entries
    assert not backup.check(cache).ok, "without its key the cache does not open"

    console.open(resume(account, KeyringVault()), account)
    try:
        assert backup.check(cache, cache_key(account, KeyringVault())).ok
        assert not list(cache.parent.glob(f"{cache.stem}.damaged-*")), "the same cache, not a rebuilt one"
        console._forgetting(account)
        assert console.workspace is None and console.window is None
    finally:
        console.close_current()
