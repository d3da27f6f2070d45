"""Light and dark themes: one palette each, the semantic colours views use, and the few style rules.

Colours live here and nowhere else. Widgets ask for ``palette()`` roles or for a semantic colour
(``theme.color("danger")``); nothing in a view spells a colour literal. The theme follows the
operating system's light or dark setting unless the user (or ``--theme``) picks one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    border: str
    highlight: str
    highlight_text: str
    sidebar: str
    sidebar_text: str
    success: str
    warning: str
    danger: str
    info: str

    def color(self, role: str) -> QColor:
        return QColor(getattr(self, role))


LIGHT = Theme(
    name="light", window="#f4f5f7", base="#ffffff", alternate="#f8f9fb", text="#1d2330", muted="#6b7280",
    button="#ffffff", border="#d9dce3", highlight="#2f6fde", highlight_text="#ffffff", sidebar="#ebedf2",
    sidebar_text="#2a3140", success="#1f8a4c", warning="#b86e00", danger="#c8372d", info="#2f6fde",
)
DARK = Theme(
    name="dark", window="#1d2026", base="#24272e", alternate="#282c34", text="#e6e8ed", muted="#9aa1ad",
    button="#2c3038", border="#3a3f49", highlight="#4d8df6", highlight_text="#ffffff", sidebar="#181a1f",
    sidebar_text="#d5d9e0", success="#4cc38a", warning="#f0a53a", danger="#f0675c", info="#6ea8ff",
)
THEMES = {"light": LIGHT, "dark": DARK}

_current: Theme = LIGHT


def current() -> Theme:
    return _current


def color(role: str) -> QColor:
    return _current.color(role)


def set_chip(label, text: str, role: str) -> None:
    """A label as a chip (objectName "chip"): its text in a semantic colour on a faint tint of it."""
    c = color(role)
    label.setText(text)
    label.setStyleSheet(f"background: rgba({c.red()},{c.green()},{c.blue()},40); color: {c.name()};")


def muted(text: str) -> str:
    """Rich text in the muted colour."""
    return f"<span style='color:{_current.muted}'>{text}</span>"


def pairs(rows: list[tuple[str, str]]) -> str:
    """Rich text: names (muted) and values, two columns aligned."""
    cells = "".join(f"<tr><td style='padding-right:12px' valign='top'>{muted(name)}</td><td>{value}</td></tr>"
                    for name, value in rows)
    return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"


def system_theme() -> str:
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def apply(app: QApplication, name: str | None = None) -> Theme:
    """Apply a theme (None: follow the operating system) to the whole application."""
    global _current
    theme = THEMES[name or system_theme()]
    _current = theme
    app.setStyle("Fusion")
    p = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, QColor(theme.window))
        p.setColor(group, QPalette.ColorRole.WindowText, QColor(theme.text))
        p.setColor(group, QPalette.ColorRole.Base, QColor(theme.base))
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor(theme.alternate))
        p.setColor(group, QPalette.ColorRole.Text, QColor(theme.text))
        p.setColor(group, QPalette.ColorRole.Button, QColor(theme.button))
        p.setColor(group, QPalette.ColorRole.ButtonText, QColor(theme.text))
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(theme.highlight))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(theme.highlight_text))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(theme.base))
        p.setColor(group, QPalette.ColorRole.ToolTipText, QColor(theme.text))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(theme.muted))
        p.setColor(group, QPalette.ColorRole.Link, QColor(theme.info))
        p.setColor(group, QPalette.ColorRole.Mid, QColor(theme.border))
    disabled = QColor(theme.muted)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor(theme.window))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(theme.window))
    app.setPalette(p)
    app.setStyleSheet(stylesheet(theme))
    return theme


def stylesheet(t: Theme) -> str:
    """The few rules a palette cannot express: the sidebar, cards, chips and the status bar."""
    return f"""
    QListWidget#sidebar {{ background: {t.sidebar}; color: {t.sidebar_text}; border: none; padding: 8px 6px;
        font-size: 10.5pt; outline: 0; }}
    QListWidget#sidebar::item {{ padding: 8px 10px; border-radius: 6px; margin: 1px 0; }}
    QListWidget#sidebar::item:selected {{ background: {t.highlight}; color: {t.highlight_text}; }}
    QListWidget#sidebar::item:hover:!selected {{ background: {t.border}; }}
    QLabel#brand {{ background: {t.sidebar}; color: {t.sidebar_text}; font-weight: 600; font-size: 12pt;
        padding: 14px 14px 6px 14px; }}
    QLabel#viewTitle {{ font-size: 15pt; font-weight: 600; }}
    QLabel#muted, QLabel[muted="true"] {{ color: {t.muted}; }}
    QLabel#sectionTitle {{ font-weight: 600; font-size: 10.5pt; margin-top: 6px; }}
    QFrame#detail {{ background: {t.base}; border-left: 1px solid {t.border}; }}
    QFrame#filterBar {{ background: {t.window}; }}
    QFrame#card {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 8px; }}
    QFrame#card[clickable="true"]:hover, QFrame#card:focus {{ border-color: {t.highlight}; }}
    QFrame#card QLabel {{ background: transparent; border: none; }}
    QLabel#cardTitle {{ color: {t.muted}; font-weight: 600; }}
    QLabel#cardValue {{ font-size: 22pt; font-weight: 600; }}
    QFrame#toast {{ background: {t.base}; border: 1px solid {t.highlight}; border-radius: 8px; }}
    QFrame#toast QLabel {{ background: transparent; border: none; }}
    QLabel#toastTitle {{ font-weight: 600; }}
    QLabel#chip {{ border-radius: 9px; padding: 1px 9px; font-weight: 600; }}
    QLabel#errorText {{ color: {t.danger}; }}
    QTableView {{ gridline-color: {t.border}; selection-background-color: {t.highlight};
        border: 1px solid {t.border}; border-radius: 4px; }}
    QHeaderView::section {{ background: {t.window}; color: {t.muted}; border: none;
        border-bottom: 1px solid {t.border}; padding: 5px 6px; font-weight: 600; }}
    QStatusBar {{ background: {t.sidebar}; color: {t.sidebar_text}; border-top: 1px solid {t.border}; }}
    QStatusBar QLabel {{ padding: 0 8px; }}
    QLineEdit, QComboBox, QPlainTextEdit, QTextEdit {{
        border: 1px solid {t.border}; border-radius: 4px; padding: 3px 6px; background: {t.base}; }}
    QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border-color: {t.highlight}; }}
    QPushButton {{ border: 1px solid {t.border}; border-radius: 4px; padding: 4px 12px; background: {t.button}; }}
    QPushButton:hover {{ border-color: {t.highlight}; }}
    QPushButton[primary="true"] {{ background: {t.highlight}; color: {t.highlight_text}; border-color: {t.highlight}; }}
    QPushButton:disabled {{ color: {t.muted}; }}
    """
