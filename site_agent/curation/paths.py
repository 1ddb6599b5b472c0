"""Which files of a site curation reads, and the pseudonymous names it writes them under.

Symbolic links are never followed, and nothing that resolves outside the site directory is read:
a link in a site directory could otherwise pull any file of the host (another study, a key) into
the curated copy. File and directory names can hold a patient's name or record number, so every
output file gets a keyed pseudonym (``Pseudonymizer.file_stem``) of its source name: the same
stem in ``dicom/``, ``reports/`` and ``images/`` keeps a study's files paired, and the dataset
files are rewritten to refer to the new image names.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from site_agent.curation.deid_dicom import Pseudonymizer

RASTER_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"})


@dataclass(frozen=True)
class Listing:
    files: list[Path]
    refused: list[tuple[Path, str]]  # (path, reason): links and paths leaving the site


def is_inside(path: Path, root: Path) -> bool:
    """``path`` is no link and resolves to a place under ``root`` (already resolved)."""
    return not path.is_symlink() and path.resolve().is_relative_to(root)


def list_files(directory: Path, root: Path) -> Listing:
    """Regular files under ``directory``, sorted; links (to files or directories) refused."""
    files: list[Path] = []
    refused: list[tuple[Path, str]] = []
    if not directory.is_dir() or directory.is_symlink():
        if directory.is_symlink():
            refused.append((directory, "symbolic link refused"))
        return Listing(files, refused)
    for dirpath, dirnames, filenames in os.walk(directory, followlinks=False):
        base = Path(dirpath)
        for name in sorted(dirnames):
            if (base / name).is_symlink():
                refused.append((base / name, "symbolic link to a directory refused"))
        for name in sorted(filenames):
            path = base / name
            if path.is_symlink():
                refused.append((path, "symbolic link refused"))
            elif not path.resolve().is_relative_to(root):
                refused.append((path, "resolves outside the site directory"))
            elif path.is_file():
                files.append(path)
    return Listing(sorted(files), refused)


def pseudonym_name(ids: Pseudonymizer, relative: str, suffix: str) -> str:
    """``relative`` (POSIX, under its top directory, without suffix) -> ``<stem><suffix>``."""
    return ids.file_stem(relative) + suffix


def image_name(ids: Pseudonymizer, reference: str) -> str:
    """The curated name of an image a dataset file refers to (rasters all become PNG)."""
    ref = PurePosixPath(reference.replace("\\", "/"))
    suffix = ref.suffix.lower()
    stem = ref.with_suffix("").as_posix() if suffix else ref.as_posix()
    out_suffix = ".png" if suffix in RASTER_SUFFIXES else suffix
    return pseudonym_name(ids, stem, out_suffix)
