"""Photos for print: turned upright as the camera meant (EXIF orientation), and downsampled so that a
report with a dozen phone photos stays a few megabytes. Pillow does both well."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_PIXELS = 1400  # longest side: sharp at 2 photos per row on A4 at about 250 dpi
JPEG_QUALITY = 80


def printable(path: Path) -> tuple[io.BytesIO, int, int] | None:
    """JPEG bytes of the photo, upright and at most MAX_PIXELS on its longest side, with its size.
    None if the file is not an image Pillow can read (it is then listed by name only)."""
    try:
        with Image.open(path) as image:
            # A JPEG decodes straight at a fraction of its size (DCT scaling): several times faster for a
            # phone photo, and still at least MAX_PIXELS on its longest side.
            image.draft("RGB", (MAX_PIXELS, MAX_PIXELS))
            ImageOps.exif_transpose(image, in_place=True)
            image.thumbnail((MAX_PIXELS, MAX_PIXELS), Image.Resampling.BICUBIC, reducing_gap=2.0)
            printed = image if image.mode == "RGB" else image.convert("RGB")
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    out = io.BytesIO()
    printed.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    out.seek(0)
    return out, printed.width, printed.height
