"""Read-only files (resources/, the migrations) are found from a source checkout and inside a
PyInstaller bundle alike, through merchant_app.config."""

from __future__ import annotations

import sys
from pathlib import Path

from merchant_app import config

ROOT = Path(__file__).resolve().parents[2]


def test_from_a_checkout_they_are_the_checkout_s_own():
    assert config.install_dir() == ROOT
    assert (config.resources_dir() / "icons" / "merchant-console.svg").is_file()
    assert (config.package_dir() / "store" / "migrations" / "env.py").is_file()


def test_inside_a_bundle_they_are_under_its_data_directory(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert config.frozen()
    assert config.install_dir() == tmp_path
    assert config.resources_dir() == tmp_path / "resources"
    assert config.package_dir() == tmp_path / "merchant_app"


def test_the_migrations_are_found_through_them():
    from merchant_app.store import schema

    assert schema.MIGRATIONS_DIR == config.package_dir() / "store" / "migrations"
