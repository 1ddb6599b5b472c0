"""Image loading for training and evaluation: any supported file becomes an 8-bit RGB PIL image.

Every image, DICOM or raster, is mapped to 8 bits by the 1st-99th percentile window of the image
itself, a grey one after a 3x3 median filter (`standardize`): the vendor-specific gain and offset
that make raw values incomparable across sites cancel out, and most of any scanner's pixel noise
goes (a lesion several pixels wide stays), so a model trained at one hospital reads another's
scanner more alike. A grey image is one whose three channels are exactly equal; one with a
coloured overlay counts as colour and is not filtered.
The site's trainer and every evaluation load images through `load_image`, so both see the same
standardised pixels. The base model was pretrained on the percentile window alone (`window_image`):
a public pretrained model comes with its own preprocessing, and the base rebuilt with the filter
in its pretraining read the OOD hospital's pathology worse (bench/README.md).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import numpy as np
import pydicom
from PIL import Image, ImageFilter, UnidentifiedImageError

from meddata.errors import DatasetError

DICOM_SUFFIXES = (".dcm", ".dicom")
_HIGH_DEPTH_MODES = ("I", "I;16", "I;16B", "I;16L", "F")
# Side of the median filter: 3 removes pixel-scale noise (a Gaussian's std falls to about 0.4 of
# itself) and keeps a lesion a few pixels wide; it is what carried the frozen base's lesion
# read-out to a scanner with nearly twice the noise of any training site (bench/README.md).
MEDIAN_SIZE = 3
# What a model trained by MedFed expects its images to have been through (its model card says so).
PREPROCESSING = (
    "each image as `meddata.load_image` gives it: a grey image (three equal channels) through a "
    f"{MEDIAN_SIZE}x{MEDIAN_SIZE} median filter, then every image through its own 1st-99th "
    "percentile window (all channels together) onto 0..255, as 8-bit RGB; the processor then "
    "resizes it without cropping and applies CLIP's normalisation"
)


def is_dicom(path: Path) -> bool:
    if path.suffix.lower() in DICOM_SUFFIXES:
        return True
    # Archives often export DICOM without an extension; Part 10 files say "DICM" at byte 128.
    try:
        with path.open("rb") as fh:
            fh.seek(128)
            return fh.read(4) == b"DICM"
    except OSError:
        return False


def dicom_study_uid(path: Path) -> str | None:
    """A DICOM file's StudyInstanceUID (None for a raster, or a header without one, or one that
    cannot be read: loading the image reports that)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return _study_uid(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=1 << 18)  # about two entries an image: 100k+ images
def _study_uid(path: str, _mtime_ns: int, _size: int) -> str | None:
    if not is_dicom(Path(path)):
        return None
    try:
        ds = pydicom.dcmread(path, stop_before_pixels=True, specific_tags=["StudyInstanceUID"])
    except Exception:  # pydicom signals corrupt input with many unrelated types
        return None
    uid = str(ds.get("StudyInstanceUID", "") or "").strip()
    return uid or None


def window_to_uint8(
    values: np.ndarray,
    low_pct: float = 1.0,
    high_pct: float = 99.0,
    slope: float = 1.0,
    intercept: float = 0.0,
) -> np.ndarray:
    """Linear map of the [low, high] percentile range of ``values * slope + intercept`` (float64)
    onto 0..255, clipping outside it.

    Integer images (8- and 16-bit radiographs, the common case) take an exact fast path: the
    percentiles' order statistics from a histogram and the map as a lookup table over the
    values that occur, computed by the same float64 operations as the general path, so the
    result is bitwise the same (tests/test_loaders.py checks it against np.percentile), about ten
    times faster on a 3000 x 2500 radiograph."""
    if values.dtype.kind in "ui" and values.size > 0 and slope > 0 and values.dtype.itemsize <= 2:
        return _window_integers(values, low_pct, high_pct, slope, intercept)
    values = values.astype(np.float64)
    if slope != 1.0 or intercept != 0.0:
        values = values * slope + intercept
    lo, hi = np.percentile(values, [low_pct, high_pct])
    if hi <= lo:  # flat image: keep it flat rather than dividing by zero
        hi = lo + 1.0
    return np.rint(np.clip((values - lo) / (hi - lo), 0.0, 1.0) * 255.0).astype(np.uint8)


def _window_integers(
    values: np.ndarray, low_pct: float, high_pct: float, slope: float, intercept: float
) -> np.ndarray:
    """`window_to_uint8` of an 8- or 16-bit integer array, bitwise the same."""
    # signed values counted from their minimum (bincount takes no negatives); unsigned as they are
    offset = int(values.min()) if values.dtype.kind == "i" else 0
    shifted = values.astype(np.int64) - offset if offset else values
    counts = np.bincount(shifted.ravel())
    # the domain: every value the array can hold from its minimum up, as the general path sees
    # it (an integer, then the float64 transform, elementwise)
    domain = np.arange(offset, offset + counts.size, dtype=np.int64).astype(np.float64)
    if slope != 1.0 or intercept != 0.0:
        domain = domain * slope + intercept
    cumulative = np.cumsum(counts)
    n = int(values.size)

    def order_statistic(k: int) -> np.float64:  # the k-th smallest (0-based), as float64
        return np.float64(domain[int(np.searchsorted(cumulative, k, side="right"))])

    def percentile(pct: float) -> np.float64:  # numpy's "linear" method (its _lerp)
        index = np.float64(pct) / 100 * (n - 1)
        below = int(np.floor(index))
        gamma = index - below
        a, b = order_statistic(below), order_statistic(min(below + 1, n - 1))
        if gamma >= 0.5:
            return b - (b - a) * (1 - gamma)
        return a + (b - a) * gamma

    lo, hi = percentile(low_pct), percentile(high_pct)
    if hi <= lo:
        hi = lo + 1.0
    table = np.rint(np.clip((domain - lo) / (hi - lo), 0.0, 1.0) * 255.0).astype(np.uint8)
    return table[shifted]


def is_grey(pixels: np.ndarray) -> bool:
    """True for an (H, W, 3) array whose three channels are equal (radiology's grey images)."""
    return bool(
        np.array_equal(pixels[..., 0], pixels[..., 1])
        and np.array_equal(pixels[..., 1], pixels[..., 2])
    )


def window_image(image: Image.Image) -> Image.Image:
    """One 1st-99th percentile window over all channels of an RGB image together (colours keep
    their relations), mapped onto 0..255: what the base was pretrained on (`model.base`)."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    return Image.fromarray(window_to_uint8(np.asarray(rgb)))


def standardize(image: Image.Image) -> Image.Image:
    """A loaded image as the sites and every evaluation see it: a grey image through a 3x3 median
    filter (scanner noise; colour images, whose texture is the finding, are not filtered), then
    `window_image`."""
    rgb = image.convert("RGB")
    pixels = np.asarray(rgb)
    if is_grey(pixels):  # the filter works band by band: one band, then copied to three
        grey = median_filter(np.ascontiguousarray(pixels[..., 0]))
        rgb = Image.fromarray(np.repeat(grey[..., None], 3, axis=-1))
    return window_image(rgb)


# Devillard's 19 compare-exchanges after which the middle of 9 values is their median
_MEDIAN9 = ((1, 2), (4, 5), (7, 8), (0, 1), (3, 4), (6, 7), (1, 2), (4, 5), (7, 8), (0, 3),
            (5, 8), (4, 7), (3, 6), (1, 4), (2, 5), (4, 7), (4, 2), (6, 4), (4, 2))  # fmt: skip


def median_filter(grey: np.ndarray) -> np.ndarray:
    """PIL's `ImageFilter.MedianFilter(MEDIAN_SIZE)` of a 2-D uint8 image, the same bytes (its
    edges replicated, as PIL's): for 3 x 3, a sorting network over the nine shifted copies,
    about eight times faster than PIL on a radiograph (tests/test_loaders.py compares them)."""
    if MEDIAN_SIZE != 3:
        return np.asarray(Image.fromarray(grey).filter(ImageFilter.MedianFilter(MEDIAN_SIZE)))
    h, w = grey.shape
    padded = np.pad(grey, 1, mode="edge")
    v = [padded[i : i + h, j : j + w] for i in range(3) for j in range(3)]
    for a, b in _MEDIAN9:
        v[a], v[b] = np.minimum(v[a], v[b]), np.maximum(v[a], v[b])
    return np.ascontiguousarray(v[4])


def dicom_to_rgb(ds: pydicom.Dataset) -> np.ndarray:
    """(H, W, 3) uint8 from a single- or multi-frame dataset (the middle frame of a volume)."""
    pixels = ds.pixel_array
    samples = int(ds.get("SamplesPerPixel", 1))
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    if frames > 1:
        pixels = pixels[frames // 2]  # (F, H, W[, 3]) -> (H, W[, 3])
    if samples == 3:
        # pydicom already converts YBR to RGB; only the bit depth may need adjusting.
        return pixels if pixels.dtype == np.uint8 else window_to_uint8(pixels)
    slope, intercept = ds.get("RescaleSlope"), ds.get("RescaleIntercept")
    grey = window_to_uint8(
        pixels,
        slope=float(slope if slope is not None else 1.0),
        intercept=float(intercept if intercept is not None else 0.0),
    )
    if str(ds.get("PhotometricInterpretation", "")).upper() == "MONOCHROME1":
        grey = 255 - grey  # MONOCHROME1 stores bright as low values
    return np.repeat(grey[..., None], 3, axis=-1)


def _load_dicom(path: Path) -> Image.Image:
    try:
        ds = pydicom.dcmread(path)
        rgb = dicom_to_rgb(ds)
    except Exception as exc:  # pydicom signals corrupt input with many unrelated types
        raise DatasetError(path, f"cannot decode DICOM: {exc}") from exc
    return Image.fromarray(rgb)


def _load_raster(path: Path) -> Image.Image:
    try:
        with Image.open(path) as img:
            img.load()
            if img.mode in _HIGH_DEPTH_MODES:
                # 16-bit PNGs would be clipped by convert("RGB"); window them like DICOM.
                grey = window_to_uint8(np.asarray(img))
                return Image.fromarray(np.repeat(grey[..., None], 3, axis=-1))
            return img.convert("RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as exc:
        raise DatasetError(path, f"cannot decode image: {exc}") from exc


def load_image_unstandardised(path: Path) -> Image.Image:
    """PNG/JPEG (and other PIL formats) or DICOM, as an 8-bit RGB image, not yet standardised."""
    path = Path(path)
    if not path.is_file():
        raise DatasetError(path, "file not found")
    return _load_dicom(path) if is_dicom(path) else _load_raster(path)


def load_image(path: Path) -> Image.Image:
    """PNG/JPEG (and other PIL formats) or DICOM, as a standardised 8-bit RGB image."""
    return standardize(load_image_unstandardised(path))
