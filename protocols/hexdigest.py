"""The one check of a sha256 hex digest (curriculum, model, data set, entry hashes, key
fingerprints): exactly 64 lowercase hex digits, the form every digest here is written in."""

from __future__ import annotations

import re
from typing import TypeGuard

_HEX64 = re.compile(r"[0-9a-f]{64}")


def is_hex64(value: object) -> TypeGuard[str]:
    """Whether `value` is a string of exactly 64 lowercase hex digits."""
    return isinstance(value, str) and _HEX64.fullmatch(value) is not None
