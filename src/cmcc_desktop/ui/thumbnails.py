"""Small copies of visit photos for the screens, made once off the UI thread and kept under the data dir.

A photo from a phone is several megabytes; decoding it every time a visit is selected would make the window
stutter. The first time, a 320-pixel thumbnail (EXIF orientation applied) is written to
``thumbnails/<sha256>.png`` beside the attachments; after that it loads at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader

SIZE = 320


def thumbnail_path(data_dir: Path, sha256: str) -> Path:
    return data_dir / "thumbnails" / f"{sha256}.png"


def make_thumbnail(source: Path, target: Path) -> Path | None:
    """Write the thumbnail (safe to call from a worker thread). None if the file is not a readable image."""
    if target.exists():
        return target
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)  # honour the camera's EXIF orientation
    image: QImage = reader.read()
    if image.isNull():
        return None
    small = image.scaled(
        SIZE, SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part.png")
    if not small.save(str(partial), b"PNG"):
        return None
    partial.replace(target)
    return target
