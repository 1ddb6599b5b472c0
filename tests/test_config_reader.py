"""The shared typed reader: each kind check, the field path it names, the caller's error type."""

from __future__ import annotations

from typing import Any

import pytest

from protocols.config_reader import ConfigError, ConfigReader
from protocols.hexdigest import is_hex64

DOC = {"n": 3, "x": 2, "flag": True, "name": "a", "empty": "", "items": ["a", 1]}

BAD = [
    # (key, kind, field path named, problem named)
    ("missing", int, "t.missing", "required"),
    ("flag", int, "t.flag", "must be an integer"),
    ("flag", float, "t.flag", "must be a number"),
    ("n", str, "t.n", "must be a string"),
    ("name", bool, "t.name", "must be a boolean"),
    ("name", list, "t.name", "must be a list"),
]


@pytest.mark.parametrize(("key", "kind", "path", "problem"), BAD)
def test_bad_field_names_its_path(key: str, kind: type, path: str, problem: str) -> None:
    with pytest.raises(ConfigError) as info:
        ConfigReader(DOC, prefix="t.").get(key, kind)
    assert info.value.field == path and problem in info.value.problem


def test_an_integer_too_large_for_a_float_names_its_path() -> None:
    with pytest.raises(ConfigError) as info:
        ConfigReader({"eps": 10**400}, prefix="t.").get("eps", float)
    assert info.value.field == "t.eps" and "too large" in info.value.problem


def test_reads_defaults_and_optional() -> None:
    r = ConfigReader(DOC)
    assert r.get("x", float) == 2.0 and isinstance(r.get("x", float), float)
    assert r.get("flag", bool) is True
    assert r.get("absent", int, 7) == 7
    assert r.optional("empty", str) is None and r.optional("absent", str) is None
    assert r.optional("name", str) == "a"


def test_strings_names_the_bad_item_and_only_the_unknown_key() -> None:
    with pytest.raises(ConfigError, match=r"t\.items\[1\]: must be a string"):
        ConfigReader(DOC, prefix="t.").strings("items")
    with pytest.raises(ConfigError, match=r"t\.empty: unknown key"):
        ConfigReader(DOC, prefix="t.").only({"n", "x", "flag", "name", "items"})


def test_caller_error_type() -> None:
    class Mine(Exception):
        pass

    def error(path: str, value: Any, problem: str) -> Mine:
        return Mine(f"{path}|{problem}")

    with pytest.raises(Mine, match=r"^seed\|required$"):
        ConfigReader({}, error=error).get("seed", int)


@pytest.mark.parametrize(
    ("value", "ok"),
    [("ab" * 32, True), ("AB" * 32, False), ("ab" * 31, False), ("g" * 64, False), (None, False),
     ("ab" * 32 + "\n", False)],
)  # fmt: skip
def test_is_hex64(value: object, ok: bool) -> None:
    assert is_hex64(value) is ok


def test_as_float_takes_only_numbers_that_fit_a_float() -> None:
    from protocols.numbers import as_float

    assert as_float(3) == 3.0 and isinstance(as_float(3), float) and as_float(0.5) == 0.5
    assert as_float(10**400) is None and as_float(True) is None and as_float("1") is None
