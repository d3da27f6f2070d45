"""The sign-in dialog: platform address, username, password, "remember me", known accounts.

The network calls run on a thread of the global ``QThreadPool``; the dialog only paints and reacts
to their outcome, and Cancel abandons a sign-in in flight (its client is closed when it returns).
Picking a known account and leaving the password empty signs in with the remembered token
(:func:`merchant_app.accounts.resume`): that is how the user switches between shops and accounts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from merchant_app import accounts
from merchant_app.accounts import Account, AccountStore, KeyringVault, MemoryVault, TokenVault, VaultUnavailable
from merchant_app.platform.client import AuthError, Forbidden, InsecureURL, PlatformClient, PlatformError, Unreachable
from merchant_app.ui.bridge import run_in_background


class _Abandoned(Exception):
    """The user cancelled while the call was in flight."""


class SignInDialog(QDialog):
    """Signs a user in; ``signedIn(client, account)`` is emitted and the dialog accepted on success.

    ``vault`` keeps the tokens of "remember me" (the OS keyring by default); ``session_vault``
    keeps the others in memory for as long as the app runs, so the shell can pass the same one to
    every dialog and switch back to an account without its password until the app quits.
    """

    signedIn = Signal(object, object)  # PlatformClient, Account
    accountForgotten = Signal(object)  # accounts.Forgotten

    def __init__(self, store: AccountStore, vault: TokenVault | None = None, *,
                 session_vault: MemoryVault | None = None, server: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.vault: TokenVault = vault if vault is not None else KeyringVault()
        self.session_vault = session_vault if session_vault is not None else MemoryVault()
        self._client: PlatformClient | None = None
        self._account: Account | None = None
        self._job: object | None = None   # the token of the call in flight; an abandoned one reports to no one
        self._cancel = threading.Event()
        self.before_forget: Callable[[Account], None] | None = None  # closes the account's open cache

        self.setWindowTitle(self.tr("Sign in to Merchant Console"))
        self.setModal(True)

        self.accounts_box = QComboBox(objectName="accounts")
        self.accounts_box.setAccessibleName(self.tr("Known accounts"))
        self.forget_button = QPushButton(self.tr("Sign out and &forget…"), objectName="forget")
        self.forget_button.setToolTip(self.tr("Remove this account and its remembered sign-in from this computer"))
        self.server_edit = QLineEdit(server, objectName="server")
        self.server_edit.setPlaceholderText(self.tr("https://shop.example.com"))
        self.username_edit = QLineEdit(objectName="username")
        self.password_edit = QLineEdit(objectName="password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("&Remember me on this computer"), objectName="remember")
        self.remember_box.setChecked(True)
        self.remember_box.setToolTip(self.tr("Keeps your sign-in in this computer's password store (keyring), "
                                             "never in a file"))

        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.error_icon = QLabel(objectName="errorIcon")
        self.error_icon.setPixmap(icon.pixmap(self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)))
        self.error_label = QLabel(objectName="error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setProperty("role", "error")  # for the theme's style sheet
        self.continue_button = QPushButton(self.tr("Continue &without remembering"),
                                           objectName="continueWithoutRemembering")
        self.progress = QProgressBar(objectName="progress")
        self.progress.setRange(0, 0)  # busy
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Signing in"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signIn")

        account_row = QHBoxLayout()
        account_row.addWidget(self.accounts_box, 1)
        account_row.addWidget(self.forget_button)
        account_label = QLabel(self.tr("&Account:"))
        account_label.setBuddy(self.accounts_box)
        form = QFormLayout()
        form.addRow(account_label, account_row)
        form.addRow(self.tr("Platform a&ddress:"), self.server_edit)
        form.addRow(self.tr("&Username:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", self.remember_box)
        error_row = QHBoxLayout()
        error_row.addWidget(self.error_icon, 0, Qt.AlignmentFlag.AlignTop)
        error_row.addWidget(self.error_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(error_row)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.sign_in_button.setDefault(True)  # Enter signs in; only effective once the button is in the dialog

        self.accounts_box.currentIndexChanged.connect(self._account_picked)
        self.forget_button.clicked.connect(self._forget)
        self.continue_button.clicked.connect(self._continue_without_remembering)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)

        self._show_error("")
        self.progress.hide()
        self.reload_accounts()

    # --- the outcome -----------------------------------------------------------------------
    @property
    def client(self) -> PlatformClient | None:
        return self._client

    @property
    def account(self) -> Account | None:
        return self._account

    @property
    def busy(self) -> bool:
        return self._job is not None

    def error_text(self) -> str:
        return self.error_label.text()

    # --- known accounts --------------------------------------------------------------------
    def reload_accounts(self, select: Account | None = None) -> None:
        """Fill the account list from the store; the most recent account (or ``select``) is picked."""
        known = self.store.accounts()
        self.accounts_box.blockSignals(True)
        self.accounts_box.clear()
        self.accounts_box.addItem(self.tr("New account…"), None)
        for account in known:
            self.accounts_box.addItem(account.label, account)
        index = 1 if known else 0
        if select is not None:
            index = next((i + 1 for i, a in enumerate(known) if a.key == select.key), index)
        self.accounts_box.setCurrentIndex(index)
        self.accounts_box.blockSignals(False)
        self._account_picked(index)

    def selected_account(self) -> Account | None:
        return self.accounts_box.currentData()

    @Slot(int)
    def _account_picked(self, _index: int) -> None:
        account = self.selected_account()
        self.forget_button.setEnabled(account is not None and not self.busy)
        self.password_edit.clear()
        self._show_error("")
        if account is None:
            self.username_edit.clear()
            self.password_edit.setPlaceholderText("")
            (self.server_edit if not self.server_edit.text() else self.username_edit).setFocus()
            return
        self.server_edit.setText(account.server)
        self.username_edit.setText(account.username)
        self.password_edit.setPlaceholderText(self.tr("Leave empty to use the remembered sign-in"))
        self.password_edit.setFocus()

    def _known(self, server: str, username: str) -> Account | None:
        try:
            server = accounts.normalize_server(server)
        except ValueError:
            return None
        return self.store.get(server, username.strip())

    # --- signing in ------------------------------------------------------------------------
    @Slot()
    def sign_in(self) -> None:
        """Start signing in with what the fields hold (the Sign in button)."""
        if self.busy:
            return
        server, username = self.server_edit.text().strip(), self.username_edit.text().strip()
        password = self.password_edit.text()
        if not server:
            return self._refuse(self.tr("Enter the address of your shop platform, for example "
                                        "https://shop.example.com."), self.server_edit)
        if not username:
            return self._refuse(self.tr("Enter your username."), self.username_edit)
        try:
            accounts.normalize_server(server)
        except InsecureURL as err:
            return self._refuse(self._explain(err, server), self.server_edit)
        if not password:
            known = self._known(server, username)
            if known is None:
                return self._refuse(self.tr("Enter your password."), self.password_edit)
            self._start(self._resume_job(known))
            return
        self._start(self._sign_in_job(server, username, password, self.remember_box.isChecked()))

    @Slot()
    def _continue_without_remembering(self) -> None:
        self.remember_box.setChecked(False)
        self.sign_in()

    def _sign_in_job(self, server: str, username: str, password: str, remember: bool):
        vault, session_vault, store = self.vault, self.session_vault, self.store

        def job(cancel: threading.Event):
            # not remembered: the token stays in memory until the app quits, and none is left in the keyring
            keeper = vault if remember else session_vault
            client, account = accounts.sign_in(server, username, password, keeper, True, cancelled=cancel.is_set)
            if cancel.is_set():  # the user gave up waiting: leave nothing behind
                client.close()
                accounts.drop_token(keeper, account.server, account.username)
                raise _Abandoned()
            if not remember:
                accounts.drop_token(vault, account.server, account.username)
            store.save(account)
            return client, account
        return job

    def _resume_job(self, known: Account):
        vault, session_vault, store = self.vault, self.session_vault, self.store

        def job(cancel: threading.Event):
            for source in (session_vault, vault):
                try:
                    client = accounts.resume(known, source, store=store, cancelled=cancel.is_set)
                except VaultUnavailable:
                    continue
                if client is not None:
                    if cancel.is_set():
                        client.close()
                        raise _Abandoned()
                    return client, store.get(*known.key) or known
            return None
        return job

    def _start(self, fn: Callable[[threading.Event], object], on_done=None) -> None:
        """Run ``fn(cancel)`` on the thread pool; Cancel sets ``cancel``."""
        cancel = self._cancel = threading.Event()
        token = self._job = object()
        handle = on_done or self._finished
        self._set_busy(True)
        run_in_background(lambda: fn(cancel), lambda result: handle(result, token),
                          lambda err: self._failed(err, token), self)

    def _finished(self, result, token: object) -> None:
        if token is not self._job:  # abandoned by Cancel: close what it opened, say nothing
            if isinstance(result, tuple):
                result[0].close()
            return
        self._job = None
        self._set_busy(False)
        if result is None:  # a known account without a remembered sign-in
            username = self.username_edit.text().strip()
            return self._refuse(self.tr("This computer does not remember the sign-in of {username} any more. "
                                        "Enter the password.").format(username=username), self.password_edit)
        self._client, self._account = result
        self.password_edit.clear()
        self._show_error("")
        self.signedIn.emit(self._client, self._account)
        self.accept()

    def _failed(self, err: BaseException, token: object) -> None:
        if token is not self._job:
            return
        self._job = None
        self._set_busy(False)
        if isinstance(err, _Abandoned) or (isinstance(err, Unreachable) and err.code == "cancelled"):
            return
        focus = self.password_edit
        if isinstance(err, (InsecureURL, Unreachable)):
            focus = self.server_edit
        self._refuse(self._explain(err, self.server_edit.text().strip()), focus)
        self.continue_button.setVisible(isinstance(err, VaultUnavailable))

    def _explain(self, err: BaseException, server: str) -> str:
        """What happened and what to do next, in the user's language."""
        if isinstance(err, InsecureURL):
            if server.lower().startswith("http://"):
                return self.tr("Plain http would send your password unencrypted over the network, so it is "
                               "only allowed to this computer. Use the platform's https:// address.")
            return self.tr("“{server}” is not a web address. Enter the platform's address, for example "
                           "https://shop.example.com.").format(server=server)
        if isinstance(err, VaultUnavailable):
            return self.tr("This computer has no password store (keyring) that Merchant Console can use, so "
                           "your sign-in cannot be remembered. You can continue without remembering it: you "
                           "will be asked for your password next time. To be remembered, install and unlock a "
                           "keyring service (such as GNOME Keyring or KWallet) and sign in again.")
        if isinstance(err, AuthError):
            if err.code == "invalid_credentials":
                return self.tr("The username or password is wrong. Check them (capital letters count) and "
                               "try again.")
            return self.tr("The platform did not accept the sign-in: {message}").format(message=err.message)
        if isinstance(err, Unreachable):
            return self.tr("The platform at {server} could not be reached. Check the address and your "
                           "network connection, then try again.").format(server=server)
        if isinstance(err, Forbidden):
            return self.tr("This account may not use the console: {message}").format(message=err.message)
        if isinstance(err, PlatformError):
            return self.tr("The platform refused the sign-in: {message}").format(message=err.message)
        return self.tr("Signing in failed unexpectedly ({error}). Try again; if it keeps happening, "
                       "contact support.").format(error=f"{err.__class__.__name__}: {err}")

    # --- forgetting ------------------------------------------------------------------------
    @Slot()
    def _forget(self) -> None:
        account = self.selected_account()
        if account is None or self.busy:
            return
        answer = QMessageBox.question(
            self, self.tr("Sign out and forget this shop"),
            self.tr("Sign out of {account} and delete from this computer: its remembered sign-in, the "
                    "shop's local copy (orders, customers, messages), its backups, its encryption key and "
                    "any edits not yet sent to the platform? You can add it again by signing in; the "
                    "shop is then downloaded again.").format(account=account.label))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.before_forget is not None:
            self.before_forget(account)
        store, vault, session_vault = self.store, self.vault, self.session_vault

        def job(_cancel: threading.Event):
            session_vault.delete(account.server, account.username)
            return accounts.forget(account, store, vault)

        self._start(job, self._forgotten)

    def _forgotten(self, result: accounts.Forgotten, token: object) -> None:
        if token is not self._job:
            return
        self._job = None
        self._set_busy(False)
        self.reload_accounts()
        if not result.token_removed:
            self._show_error(self.tr("The account was removed, but the password store could not be reached: "
                                     "its remembered sign-in may still be there."))
        self.accountForgotten.emit(result)

    # --- state -----------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        for widget in (self.accounts_box, self.server_edit, self.username_edit, self.password_edit,
                       self.remember_box, self.sign_in_button, self.continue_button):
            widget.setEnabled(not busy)
        self.forget_button.setEnabled(not busy and self.selected_account() is not None)
        self.progress.setVisible(busy)
        if busy:
            self._show_error("")

    def _refuse(self, message: str, focus: QWidget | None = None) -> None:
        self._show_error(message)
        if focus is not None:
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.error_icon.setVisible(bool(message))
        if not message:
            self.continue_button.hide()

    def reject(self) -> None:
        """Cancel: a sign-in in flight is abandoned; its client is closed when the call returns."""
        self._cancel.set()
        if self._job is not None:
            self._job = None  # the call runs to its end; its outcome is ignored
            self._set_busy(False)
        super().reject()
