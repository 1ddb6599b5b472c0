"""Typed reads from a parsed mapping (a TOML table, Flower's run or node config, a JSON manifest),
each naming its field path on error: the one reader behind every settings and policy parser.

The caller says how to report a bad field (`error`: field path, value, problem -> exception), so
each parser keeps its own error type while the checks and their wording are shared. Strict by
design: a bool is never taken for a number, an int is taken for a float, and `only` makes
unknown keys errors (a misspelt key must never switch a safeguard off silently).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from protocols.numbers import as_float


class _Missing:
    def __repr__(self) -> str:
        return "(missing)"


MISSING: Any = _Missing()

KIND_NAMES = {
    float: "a number",
    int: "an integer",
    str: "a string",
    bool: "a boolean (true or false)",
    list: "a list",
    dict: "a table",
}

ErrorFactory = Callable[[str, Any, str], Exception]


class ConfigError(ValueError):
    """A field that is missing, of the wrong kind, or unknown (the default error)."""

    def __init__(self, field_path: str, value: Any, problem: str) -> None:
        self.field, self.value, self.problem = field_path, value, problem
        shown = repr(value)
        shown = shown if len(shown) <= 80 else shown[:77] + "..."
        super().__init__(f"{field_path}: {problem} (got {shown})")


class ConfigReader:
    """Typed reads from `doc`; field paths are `prefix` + key (`privacy.` + `delta`)."""

    def __init__(
        self, doc: Mapping[str, Any], *, prefix: str = "", error: ErrorFactory = ConfigError
    ) -> None:
        self.doc, self.prefix, self.error = doc, prefix, error

    def path(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def only(self, allowed: Collection[str], problem: str = "unknown key") -> None:
        """Refuse the first (in sorted order) key of the mapping not in `allowed`."""
        unknown = sorted(set(self.doc) - set(allowed))
        if unknown:
            raise self.error(self.path(unknown[0]), self.doc[unknown[0]], problem)

    def get(self, key: str, kind: type, default: Any = MISSING) -> Any:
        """The value of `key`, of type `kind` (an int is taken for a float); `default` when
        absent, or an error saying "required" when there is no default."""
        value = self.doc.get(key, default)
        if value is MISSING:
            raise self.error(self.path(key), value, "required")
        if value is default and default is None:
            return None
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            number = as_float(value)
            if number is None:
                raise self.error(self.path(key), value, "is too large for a floating-point number")
            value = number
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise self.error(self.path(key), value, f"must be {KIND_NAMES[kind]}")
        return value

    def optional(self, key: str, kind: type) -> Any:
        """The value of `key`, or None when it is absent or empty ("" in a run config)."""
        value = self.get(key, kind, None)
        return value if value not in (None, "") else None

    def strings(self, key: str) -> list[str]:
        """A list of strings; an error names the first item that is not one (`key[i]`)."""
        values: list[Any] = self.get(key, list)
        for i, item in enumerate(values):
            if not isinstance(item, str):
                raise self.error(f"{self.path(key)}[{i}]", item, "must be a string")
        return values
