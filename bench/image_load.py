"""How long a site's loader takes on real-size DICOM, side by side with plain numpy, in one run.

`meddata.load_image` is what training, evaluation and `medfed site inspect` (unstandardised)
spend on every image. Its windowing takes an exact integer path (percentiles from a histogram,
the map as a lookup table) and its median filter runs on one band of a grey image; "plain" here
is the same pipeline as plain numpy and PIL compute it (np.percentile on float64, the
elementwise map, the median filter on all three bands). Both are timed on generated DICOM of
the sizes hospitals store (a chest radiograph, a mammogram, a CT slice with its rescale), modes
alternating, --repeats each; the median is printed with the range, and the two images must be
equal to the bit (the script exits 1 otherwise).

    .venv/bin/python bench/image_load.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pydicom
from PIL import Image, ImageFilter
from pydicom.data import get_testdata_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from meddata.images import MEDIAN_SIZE, is_grey, load_image  # noqa: E402

# name -> (rows, columns, stored bits, signed, rescale slope, rescale intercept)
SIZES = {
    "chest radiograph 3000 x 2500, 12-bit": (3000, 2500, 12, False, None, None),
    "mammogram 4096 x 3328, 14-bit": (4096, 3328, 14, False, None, None),
    "CT slice 512 x 512, signed, rescaled": (512, 512, 16, True, 1.0, -1024.0),
}


def write_dicom(path: Path, rows: int, cols: int, bits: int, signed: bool,
                slope: float | None, intercept: float | None, seed: int) -> None:  # fmt: skip
    rng = np.random.default_rng(seed)
    ds = pydicom.dcmread(str(get_testdata_file("CT_small.dcm")))
    low, high = (-2000, 3000) if signed else (0, 2**bits - 1)
    # a smooth body with noise, as radiographs are (not uniform noise, whose histogram is flat)
    y, x = np.mgrid[0:rows, 0:cols]
    body = np.exp(-(((y - rows / 2) / (rows / 3)) ** 2 + ((x - cols / 2) / (cols / 3)) ** 2))
    values = (
        low + (high - low) * (0.2 + 0.6 * body) + rng.normal(0, (high - low) * 0.03, body.shape)
    )
    pixels = np.clip(np.rint(values), low, high).astype(np.int16 if signed else np.uint16)
    ds.Rows, ds.Columns = rows, cols
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = (
        16,
        16 if signed else bits,
        (15 if signed else bits - 1),
    )
    ds.PixelRepresentation = 1 if signed else 0
    for key in ("RescaleSlope", "RescaleIntercept"):
        if key in ds:
            del ds[key]
    if slope is not None:
        ds.RescaleSlope, ds.RescaleIntercept = slope, intercept
    ds.PixelData = pixels.tobytes()
    ds.save_as(path, enforce_file_format=True)


def window_plain(values: np.ndarray) -> np.ndarray:
    v = values.astype(np.float64)
    lo, hi = np.percentile(v, [1.0, 99.0])
    if hi <= lo:
        hi = lo + 1.0
    return np.rint(np.clip((v - lo) / (hi - lo), 0.0, 1.0) * 255.0).astype(np.uint8)


def load_plain(path: Path) -> Image.Image:
    ds = pydicom.dcmread(path)
    v = ds.pixel_array.astype(np.float64)
    if ds.get("RescaleSlope") is not None or ds.get("RescaleIntercept") is not None:
        v = v * float(ds.get("RescaleSlope", 1.0)) + float(ds.get("RescaleIntercept", 0.0))
    grey = window_plain(v)
    rgb = Image.fromarray(np.repeat(grey[..., None], 3, axis=-1))
    if is_grey(np.asarray(rgb)):
        rgb = rgb.filter(ImageFilter.MedianFilter(MEDIAN_SIZE))
    return Image.fromarray(window_plain(np.asarray(rgb)))


def timed(fn: Callable[[Path], Image.Image], path: Path) -> tuple[float, np.ndarray]:
    start = time.perf_counter()
    out = np.asarray(fn(path))
    return time.perf_counter() - start, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="timed loads per mode and size")
    args = parser.parse_args()
    ok = True
    print("| image | load_image s | plain numpy s | ratio | equal |")
    print("| --- | ---: | ---: | ---: | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, spec) in enumerate(SIZES.items()):
            path = Path(tmp) / f"{i}.dcm"
            write_dicom(path, *spec, seed=i)
            shipped: list[float] = []
            plain: list[float] = []
            equal = True
            for _ in range(args.repeats):
                t1, a = timed(load_image, path)
                t2, b = timed(load_plain, path)
                shipped.append(t1)
                plain.append(t2)
                equal &= bool(np.array_equal(a, b))
            ok &= equal
            m1, m2 = statistics.median(shipped), statistics.median(plain)
            print(f"| {name} | {m1:.3f} ({min(shipped):.3f}-{max(shipped):.3f}) | "
                  f"{m2:.3f} ({min(plain):.3f}-{max(plain):.3f}) | {m2 / m1:.1f}x faster | "
                  f"{'bitwise' if equal else 'DIFFERENT'} |")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
