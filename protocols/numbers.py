"""A number read from a file or a message, as a float.

TOML and JSON integers have no size limit; `float()` of one past about 1.8e308 raises an
OverflowError that names nothing. Every reader takes numbers through `as_float`, which answers
None for what is not a number that fits a float, so the reader's own error names the field.
"""

from __future__ import annotations


def as_float(value: object) -> float | None:
    """`value` as a float when it is an int or a float (never a bool) that fits one, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return float(value)
    except OverflowError:
        return None
