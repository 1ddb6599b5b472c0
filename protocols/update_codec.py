"""Named trainable-state arrays <-> the ordered array list that Flower carries.

Flower's legacy path (needed for SecAgg+) moves a plain list of arrays. Both ends derive the same
order from the names (sorted), and a digest of the names and shapes travels in the round's config so
that a site whose model disagrees with the coordinator's (another preset, other groups) fails loudly
instead of loading arrays into the wrong tensors.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

CODEC_VERSION = 1

NDArray = npt.NDArray[np.float32]

# Adapters, projectors and their deltas live far below this; a state above it can only be
# crafted (e.g. to overflow a layer to inf for chosen inputs) and is refused.
MAX_ABS_VALUE = 1e4


class UpdateFormatError(ValueError):
    """An update or state whose names, shapes or values do not match what was expected."""


def layout_digest(state: Mapping[str, npt.NDArray[np.generic]]) -> str:
    """sha256 over (codec version, sorted names, shapes): what both ends must agree on."""
    layout = [[name, list(state[name].shape)] for name in sorted(state)]
    blob = json.dumps({"v": CODEC_VERSION, "layout": layout}, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


def to_arrays(state: Mapping[str, npt.NDArray[np.generic]]) -> list[NDArray]:
    """The state's arrays in canonical (sorted-name) order, as float32."""
    return [np.asarray(state[name], dtype=np.float32) for name in sorted(state)]


def from_arrays(
    arrays: Sequence[npt.NDArray[np.generic]],
    template: Mapping[str, npt.NDArray[np.generic]],
    *,
    what: str = "update",
) -> dict[str, NDArray]:
    """Named arrays from a list, checked against a template: count, shapes, finiteness."""
    names = sorted(template)
    if len(arrays) != len(names):
        raise UpdateFormatError(f"{what}: expected {len(names)} arrays, got {len(arrays)}")
    out: dict[str, NDArray] = {}
    for name, arr in zip(names, arrays, strict=True):
        a = np.asarray(arr)
        if a.shape != template[name].shape:
            raise UpdateFormatError(
                f"{what}: array {name!r} has shape {a.shape}, expected {template[name].shape}"
            )
        if not np.all(np.isfinite(a)):
            raise UpdateFormatError(f"{what}: array {name!r} holds NaN or infinite values")
        if a.size and float(np.max(np.abs(a))) > MAX_ABS_VALUE:
            raise UpdateFormatError(
                f"{what}: array {name!r} holds a value of magnitude above {MAX_ABS_VALUE:g} "
                "(no trained adapter weight or delta is that large)"
            )
        out[name] = a.astype(np.float32, copy=False)
    return out


def state_digest(state: Mapping[str, npt.NDArray[np.generic]]) -> str:
    """sha256 over names, shapes and float32 bytes: identifies one exact trainable state."""
    h = hashlib.sha256()
    for name in sorted(state):
        a = np.ascontiguousarray(state[name], dtype=np.float32)
        h.update(name.encode())
        h.update(str(a.shape).encode())
        h.update(a.tobytes())
    return h.hexdigest()


def add(base: Mapping[str, NDArray], delta: Mapping[str, NDArray]) -> dict[str, NDArray]:
    """base + delta, name by name (same names required)."""
    if set(base) != set(delta):
        missing = sorted(set(base) ^ set(delta))
        raise UpdateFormatError(f"state and delta differ in names: {missing[:5]}")
    return {k: (base[k] + delta[k]).astype(np.float32) for k in base}


def subtract(new: Mapping[str, NDArray], old: Mapping[str, NDArray]) -> dict[str, NDArray]:
    """new - old, name by name (same names required)."""
    if set(new) != set(old):
        missing = sorted(set(new) ^ set(old))
        raise UpdateFormatError(f"states differ in names: {missing[:5]}")
    return {k: (new[k] - old[k]).astype(np.float32) for k in new}
