"""Reading DICOM for curation with the checks that decide skip-or-keep, and writing it back.

pydicom reads a truncated file without complaint (it returns the elements it found), so a file is
only accepted when it is Part 10 ("DICM" at byte 128), parses, carries the UIDs every composite
instance has, and, when it holds an image, its pixel data decodes to the size its header promises.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pydicom
from pydicom.dataset import Dataset

_REQUIRED_UIDS = ("SOPClassUID", "SOPInstanceUID", "StudyInstanceUID", "SeriesInstanceUID")
_PIXEL_KEYWORDS = ("PixelData", "FloatPixelData", "DoubleFloatPixelData")
_SHAPE_KEYWORDS = ("Rows", "Columns", "NumberOfFrames", "SamplesPerPixel", "BitsAllocated")


class DicomSkip(Exception):
    """A file curation leaves out; ``counter`` names the report count it goes to."""

    def __init__(self, counter: str, reason: str) -> None:
        super().__init__(reason)
        self.counter, self.reason = counter, reason


def has_part10_magic(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            fh.seek(128)
            return fh.read(4) == b"DICM"
    except OSError:
        return False


def _holds_image(ds: Dataset) -> bool:
    sop = pydicom.uid.UID(str(ds.get("SOPClassUID", "")))
    return "Rows" in ds or sop.name.endswith("Image Storage")


def read_checked(path: Path) -> Dataset:
    """The dataset in ``path``, or DicomSkip saying why curation must leave it out."""
    if not has_part10_magic(path):
        raise DicomSkip("skipped_not_dicom", "not a DICOM Part 10 file")
    try:
        ds = pydicom.dcmread(path)
    except Exception as exc:  # pydicom signals corrupt input with many unrelated types
        raise DicomSkip("skipped_corrupt", f"cannot parse: {exc}") from exc
    missing = [k for k in _REQUIRED_UIDS if not str(ds.get(k, "")).strip()]
    if missing:
        raise DicomSkip("skipped_corrupt", f"truncated or incomplete: no {', '.join(missing)}")
    if str(ds.get("BurnedInAnnotation", "")).upper() == "YES":
        raise DicomSkip("skipped_burned_in", "header says identifiers are burned into pixels")
    if _holds_image(ds):
        if not any(k in ds for k in _PIXEL_KEYWORDS):
            raise DicomSkip("skipped_corrupt", "image without pixel data (truncated?)")
        try:
            ds.pixel_array  # noqa: B018 - decoding is the check: it fails on truncated data
        except Exception as exc:  # decoders raise ValueError, RuntimeError, NotImplementedError...
            raise DicomSkip("skipped_corrupt", f"pixel data does not decode: {exc}") from exc
    return ds


def pixel_digest(ds: Dataset) -> str:
    """sha256 of the stored pixel bytes and the attributes that say how to read them."""
    digest = hashlib.sha256()
    syntax = ds.file_meta.get("TransferSyntaxUID", "") if hasattr(ds, "file_meta") else ""
    shape = [str(syntax)] + [str(ds.get(k, "")) for k in _SHAPE_KEYWORDS]
    digest.update("|".join(shape).encode("ascii", "replace"))
    for keyword in _PIXEL_KEYWORDS:
        if keyword in ds:
            digest.update(keyword.encode("ascii"))
            digest.update(bytes(ds[keyword].value))
    return digest.hexdigest()


def write_dicom(ds: Dataset, path: Path) -> None:
    # The 128-byte preamble is free-form (dual-personality TIFF headers live there): zero it.
    ds.preamble = None
    ds.save_as(path, enforce_file_format=True)
