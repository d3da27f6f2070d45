"""`merchant-console --self-test`, run from the source checkout as CI runs it inside the bundle, so that
the check the bundle relies on cannot rot; and the parts that decide what counts as a failure."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from merchant_app.ui import self_test

VIEWS = ("home", "listings", "stock", "orders", "tickets", "reviews", "campaigns", "sales")


def test_the_self_test_passes_from_source_and_leaves_nothing_behind(tmp_path):
    user_home, scratch = tmp_path / "user-home", tmp_path / "tmp"
    scratch.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MERCHANT_APP_HOME=str(user_home), TMPDIR=str(scratch),
               # any use of the OS keyring fails loudly: the self-test keeps its tokens in memory
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run([sys.executable, "-m", "merchant_app", "--self-test"], capture_output=True, text=True,
                          env=env, timeout=240, check=False)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    steps = {line.split(":")[0].split("s  ", 1)[1]: line for line in lines if line.startswith(("ok", "FAIL"))}
    assert list(steps) == ["start", "translations", "sandbox", "sign in", "sync", *(f"view {v}" for v in VIEWS)]
    assert all(line.startswith("ok") for line in steps.values()), done.stdout
    assert "cache migrated to revision" in steps["sign in"] and "records of 10 kinds pulled" in steps["sync"]
    assert "rows" in steps["view orders"]
    assert lines[-1].startswith("self-test passed: 13 steps")
    assert not user_home.exists(), "the user's data directory is not touched"
    assert list(scratch.iterdir()) == [], "the temporary data directory is removed"


def picture(draw) -> QImage:
    image = QImage(400, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw(painter)
    painter.end()
    return image


def test_a_blank_or_missing_picture_counts_as_empty(qapp):
    assert self_test.blank(QImage()) == "nothing was drawn"
    assert self_test.blank(picture(lambda p: None)) == "blank picture (1 colour)"
    bordered = picture(lambda p: p.drawRect(10, 10, 300, 80))
    assert self_test.blank(bordered).startswith("blank picture (2 colours")
    text = picture(lambda p: p.drawText(10, 10, 380, 100, Qt.AlignmentFlag.AlignLeft, "Orders 5,215"))
    assert self_test.blank(text) is None


def test_a_failed_step_is_reported_and_makes_the_exit_status_1():
    lines: list[str] = []
    report = self_test.Report(lines.append)

    def refuse() -> str:
        raise self_test.Failed("the table is empty")

    def crash() -> str:
        raise KeyError("orders")

    assert report.step("view home", lambda: "fine")
    assert not report.step("view orders", refuse)
    assert not report.step("view stock", crash)
    assert report.finish() == 1
    assert lines[0].startswith("ok ") and lines[0].endswith("view home: fine")
    assert lines[1].startswith("FAIL") and lines[1].endswith("view orders: the table is empty")
    assert lines[2].endswith("view stock: KeyError: 'orders'")
    assert lines[3].startswith("self-test FAILED: 2 of 3 steps")


def test_the_self_test_passes_in_a_windowed_program_without_stdout_or_stderr(tmp_path):
    # what a windowed Windows bundle (or pythonw) gets: uvicorn's log formatter failed on it
    windowed = ("import sys; sys.stdout = sys.stderr = None\n"
                "from merchant_app.cli import main\n"
                "sys.exit(main(['--self-test']))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MERCHANT_APP_HOME=str(tmp_path / "user-home"))
    done = subprocess.run([sys.executable, "-c", windowed], capture_output=True, text=True, env=env, timeout=240,
                          check=False)
    assert done.returncode == 0
    assert done.stdout == "", "nothing reaches a console that is not there"
