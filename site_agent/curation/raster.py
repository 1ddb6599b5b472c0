"""Raster images (PNG, JPEG, ...) re-encoded from their pixels alone.

Text chunks (PNG tEXt/iTXt/zTXt), EXIF, XMP, ICC profiles and comments can all hold a patient's
name or record number; instead of listing what to strip, only the pixel values are kept: the
image is decoded, its pixels copied into a fresh image that has no metadata, and written as PNG
(lossless, so the pixels the model sees are the ones the site had).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, UnidentifiedImageError

# Modes written as they are; anything else (palette, CMYK, YCbCr...) becomes RGB or RGBA.
_KEPT_MODES = frozenset({"1", "L", "LA", "I", "I;16", "RGB", "RGBA"})


class RasterSkip(Exception):
    """An image curation leaves out, with the reason (site-local)."""


def reencode_png(src: Path, dst: Path) -> tuple[int, int]:
    """Write ``src``'s pixels, and nothing else, to ``dst`` as PNG; returns (width, height)."""
    try:
        with Image.open(src) as opened:
            opened.load()
            img: Image.Image = opened
            if img.mode not in _KEPT_MODES:
                has_alpha = "A" in img.getbands() or "transparency" in img.info
                img = img.convert("RGBA" if has_alpha else "RGB")
            clean = Image.frombytes(img.mode, img.size, img.tobytes())
    except Image.DecompressionBombError as exc:
        raise RasterSkip(f"image too large to decode safely: {exc}") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise RasterSkip(f"cannot decode image: {exc}") from exc
    clean.save(dst, format="PNG")  # no pnginfo, exif or icc_profile: none is written
    return clean.size
