"""Build-time resources of the native bundles: the icon set and the compiled translations.

    python tools/build_resources.py OUT_DIR

writes, from the sources kept in resources/,

    OUT_DIR/icons/merchant-console.png    512 px, for Linux desktop entries
    OUT_DIR/icons/merchant-console.ico    16 to 256 px, the Windows executable's icon
    OUT_DIR/icons/merchant-console.icns   32 to 1024 px, the macOS .app's icon
    OUT_DIR/translations/*.qm             every resources/translations/*.ts compiled with lrelease

build.spec runs it before the analysis. Each icon size is drawn from the SVG by Qt (QSvgRenderer on
a QImage), not scaled down from a big one, and Pillow packs them into .ico and .icns (Pillow is in
the ``build`` extra; PyInstaller itself uses it for icons). Nothing generated is committed: the SVG
and the .ts files are the sources, and a bundle is always built from them.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "merchant-console.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
PNG_SIZE = 512


def draw(svg: Path, size: int):
    """The SVG drawn on a transparent square of ``size`` pixels, as a Pillow image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(data.data())).convert("RGBA")


def icons(target: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write the .png, .ico and .icns icons into ``target``; their paths by suffix."""
    target.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(ICO_SIZES) | set(ICNS_SIZES) | {PNG_SIZE})
    drawn = {size: draw(svg, size) for size in sizes}
    stem = target / svg.stem
    paths = {"png": stem.with_suffix(".png"), "ico": stem.with_suffix(".ico"), "icns": stem.with_suffix(".icns")}
    drawn[PNG_SIZE].save(paths["png"], format="PNG")
    largest_ico = max(ICO_SIZES)
    drawn[largest_ico].save(paths["ico"], format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                            append_images=[drawn[s] for s in ICO_SIZES if s != largest_ico])
    largest_icns = max(ICNS_SIZES)
    drawn[largest_icns].save(paths["icns"], format="ICNS",
                             append_images=[drawn[s] for s in ICNS_SIZES if s != largest_icns])
    return paths


def translations(target: Path) -> list[Path]:
    """Compile every .ts into ``target``."""
    from merchant_app.ui.i18n import release

    return release(target)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt draws nothing without one)
    out = Path(argv[0]).resolve()
    for path in [*icons(out / "icons").values(), *translations(out / "translations")]:
        print(path.relative_to(out))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # merchant_app from this checkout, installed or not
    sys.exit(main(sys.argv[1:]))
