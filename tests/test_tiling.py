"""Dynamic tiling through transformers' GOT-OCR2 tiler: tiles cover the whole image, in order,
and the grid keeps the image's aspect ratio."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from model.tiling import max_images, tile_for_preset, tile_grid, tile_image

S = 64


def _stitch(tiles: tuple[Image.Image, ...], grid: tuple[int, int]) -> np.ndarray:
    columns, rows = grid
    canvas = np.zeros((rows * S, columns * S, 3), dtype=np.int16)
    for i, tile in enumerate(tiles):
        r, c = divmod(i, columns)
        canvas[r * S : (r + 1) * S, c * S : (c + 1) * S] = np.asarray(tile)
    return canvas


def test_tiles_cover_the_whole_image_in_row_major_order() -> None:
    rng = np.random.default_rng(0)
    y, x = np.mgrid[0:300, 0:450]
    pixels = np.stack([x * 255 // 450, y * 255 // 300, (x + y) % 256], axis=-1)
    pixels = (pixels + rng.integers(0, 8, pixels.shape)).clip(0, 255).astype(np.uint8)
    image = Image.fromarray(pixels)
    tiled = tile_image(image, S, max_tiles=6)
    assert tiled.grid == (3, 2)  # 3:2, exactly the image's aspect
    # oracle: the image resized onto the whole grid canvas, independently of the tiler
    expected = np.asarray(image.resize((3 * S, 2 * S), Image.Resampling.BICUBIC)).astype(np.int16)
    assert np.abs(_stitch(tiled.tiles, tiled.grid) - expected).max() <= 2
    thumb = np.asarray(image.resize((S, S), Image.Resampling.BICUBIC)).astype(np.int16)
    assert tiled.thumbnail is not None
    assert np.abs(np.asarray(tiled.thumbnail).astype(np.int16) - thumb).max() <= 2


def test_quadrants_land_in_their_tiles() -> None:
    colors = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0)]
    image = Image.new("RGB", (600, 600))
    for i, color in enumerate(colors):
        r, c = divmod(i, 2)
        image.paste(color, (c * 300, r * 300, (c + 1) * 300, (r + 1) * 300))
    tiled = tile_image(image, S, max_tiles=4)
    assert tiled.grid == (2, 2) and len(tiled.images) == 5
    for tile, color in zip(tiled.tiles, colors, strict=True):
        assert tuple(np.asarray(tile)[S // 2, S // 2]) == color


@pytest.mark.parametrize(
    ("size", "max_tiles", "grid"),
    [
        ((1000, 250), 4, (4, 1)),
        ((250, 1000), 4, (1, 4)),
        ((640, 320), 4, (2, 1)),
        ((320, 640), 8, (2, 4)),  # ties go to more tiles while the image has the pixels
        ((900, 600), 6, (3, 2)),
        ((500, 500), 1, (1, 1)),
    ],
)
def test_grid_keeps_the_aspect_ratio(
    size: tuple[int, int], max_tiles: int, grid: tuple[int, int]
) -> None:
    width, height = size
    assert tile_grid(width, height, S, max_tiles) == grid
    tiled = tile_image(Image.new("RGB", size, (9, 9, 9)), S, max_tiles)
    assert tiled.grid == grid
    assert all(t.size == (S, S) for t in tiled.images)
    assert len(tiled.images) <= max_images(max_tiles)
    # no grid with at most max_tiles tiles is closer to the image's aspect ratio
    best = min(
        abs(width / height - c / r)
        for c in range(1, max_tiles + 1)
        for r in range(1, max_tiles + 1)
        if c * r <= max_tiles
    )
    assert abs(width / height - grid[0] / grid[1]) == pytest.approx(best)


def test_single_tile_has_no_thumbnail_and_thumbnail_can_be_off() -> None:
    image = Image.new("RGB", (300, 300), (1, 2, 3))
    one = tile_image(image, S, max_tiles=1)
    assert one.grid == (1, 1) and one.thumbnail is None and len(one.images) == 1
    wide = tile_image(Image.new("RGB", (600, 300)), S, max_tiles=4, thumbnail=False)
    assert wide.thumbnail is None and len(wide.images) == 2


def test_tile_for_preset_uses_the_vision_input_size() -> None:
    images = tile_for_preset(Image.new("RGB", (800, 400)), "tiny", max_tiles=4)
    assert [im.size for im in images] == [(64, 64)] * 3


def test_bad_tiling_is_named() -> None:
    with pytest.raises(ValueError, match="max_tiles=0"):
        tile_image(Image.new("RGB", (10, 10)), S, max_tiles=0)
