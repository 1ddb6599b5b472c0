"""Dynamic tiling of large images (InternVL / GOT-OCR2 style), through transformers' own tiler.

An image is resized onto the grid of `columns x rows` tiles (each `tile_size` square, the vision
tower's input) whose aspect ratio is the closest to the image's among all grids of at most
`max_tiles` tiles, cut into those tiles (row by row), and followed by a thumbnail of the whole
image when there is more than one tile. The grid choice and the cropping are
`GotOcr2ImageProcessorPil` (PIL backend: no torchvision); the tiles come back as PIL images, so
they go through `encode_batch` and the model's processor like any other image (already at the
tower's size, they are only normalised).

The number of images per input image varies (1 for a square image with max_tiles 1, up to
max_tiles + 1): a caller that budgets tokens takes `max_images(max_tiles, thumbnail)`, which is
`protocols.curriculum.Tiling.images_per_image`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image
from transformers import GotOcr2ImageProcessorPil
from transformers.image_utils import PILImageResampling, SizeDict
from transformers.models.got_ocr2.image_processing_pil_got_ocr2 import get_optimal_tiled_canvas

from model.presets import ModelPreset, get_preset

MAX_TILES = 64


@dataclass(frozen=True)
class TiledImage:
    """The tiles of one image in row-major order, then the thumbnail (if any)."""

    tiles: tuple[Image.Image, ...]
    grid: tuple[int, int]  # (columns, rows)
    thumbnail: Image.Image | None

    @property
    def images(self) -> list[Image.Image]:
        return [*self.tiles, *([self.thumbnail] if self.thumbnail is not None else [])]


def max_images(max_tiles: int, thumbnail: bool = True) -> int:
    return max_tiles + int(thumbnail and max_tiles > 1)


def _check(tile_size: int, max_tiles: int) -> None:
    if not 1 <= max_tiles <= MAX_TILES:
        raise ValueError(f"max_tiles={max_tiles} must be in [1, {MAX_TILES}]")
    if tile_size < 1:
        raise ValueError(f"tile_size={tile_size} must be >= 1")


def tile_grid(width: int, height: int, tile_size: int, max_tiles: int) -> tuple[int, int]:
    """(columns, rows) chosen for a width x height image (transformers' canvas choice)."""
    _check(tile_size, max_tiles)
    if width < 1 or height < 1:
        raise ValueError(f"image size {width}x{height} must be positive")
    columns, rows = get_optimal_tiled_canvas((height, width), (tile_size, tile_size), 1, max_tiles)
    return int(columns), int(rows)


def tile_image(
    image: Image.Image, tile_size: int, max_tiles: int, thumbnail: bool = True
) -> TiledImage:
    """Cut `image` into at most `max_tiles` tile_size-square tiles plus a thumbnail."""
    _check(tile_size, max_tiles)
    rgb = np.asarray(image.convert("RGB"))  # (H, W, 3) uint8
    size = SizeDict(height=tile_size, width=tile_size)
    processor = GotOcr2ImageProcessorPil(size={"height": tile_size, "width": tile_size})
    grid = tile_grid(image.width, image.height, tile_size, max_tiles)
    crops = processor.crop_image_to_patches(
        rgb,
        min_patches=1,
        max_patches=max_tiles,
        use_thumbnail=thumbnail,
        patch_size=size,
        resample=PILImageResampling.BICUBIC,
    )
    pil = [Image.fromarray(np.asarray(c).astype(np.uint8)) for c in crops]  # each (S, S, 3)
    count = grid[0] * grid[1]
    if len(pil) not in (count, count + 1):
        raise RuntimeError(f"tiler returned {len(pil)} images for a {grid} grid")
    thumb = pil[count] if len(pil) == count + 1 else None
    return TiledImage(tiles=tuple(pil[:count]), grid=grid, thumbnail=thumb)


def tile_for_preset(
    image: Image.Image, preset: str | ModelPreset, max_tiles: int, thumbnail: bool = True
) -> list[Image.Image]:
    """The images to give the model for `image`: tiles at the preset's vision input size."""
    return tile_image(image, get_preset(preset).image_size, max_tiles, thumbnail).images
