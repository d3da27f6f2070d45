"""The arrows of docs/architecture.md point one way: a lower layer never imports a higher one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "merchant_app"

# layer -> the layers of merchant_app it may not import
FORBIDDEN = {
    "domain": ("services", "sync", "store", "platform", "ui", "sandbox", "models"),
    "sync": ("services", "ui", "sandbox"),
    "platform": ("services", "sync", "store", "ui", "sandbox"),
    "models": ("services", "sync", "ui", "sandbox"),
}


def imported(path: Path, source: str | None = None) -> set[str]:
    """merchant_app's subpackages a module imports (absolute or relative, at any depth in the file)."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    depth = len(path.relative_to(PACKAGE).parts) - 1   # packages between merchant_app and the module
    out: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                names = [node.module or ""]
            else:
                parts = list(path.relative_to(PACKAGE).parts[:depth])
                base = parts[:len(parts) - (node.level - 1)] if node.level - 1 <= len(parts) else []
                module = (node.module or "").split(".") if node.module else []
                target = base + module
                names = ["merchant_app." + ".".join(target)] if target else \
                    [f"merchant_app.{a.name}" for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "merchant_app" and len(parts) > 1:
                out.add(parts[1])
    return out


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer):
    wrong = {str(p.relative_to(PACKAGE)): sorted(imported(p) & set(FORBIDDEN[layer]))
             for p in (PACKAGE / layer).rglob("*.py")}
    assert not {k: v for k, v in wrong.items() if v}


def test_the_check_sees_relative_imports_also_inside_functions():
    assert {"domain", "sync"} <= imported(PACKAGE / "services" / "sla.py")
    source = "def f():\n    from ..services import sla\n    from . import pull\n    import merchant_app.ui.app\n"
    assert imported(PACKAGE / "sync" / "probe.py", source) == {"services", "sync", "ui"}
