"""Curriculum files (TOML, `schema = 1`) and the canonical bytes a consortium signs.

The file is parsed once, here, into the frozen classes of `protocols.curriculum`; every error
names the file, the stage (index and name), the field and the value. The canonical form is JSON of
the parsed curriculum (sorted keys, no whitespace, floats by repr), so the same content written
with other key order, spacing, comments or number spelling has the same digest.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from protocols.curriculum import (
    CURRICULUM_SCHEMA_VERSION,
    KNOWN_DATA_KINDS,
    Augmentation,
    Curriculum,
    CurriculumError,
    DPSettings,
    Stage,
    Tiling,
)
from protocols.numbers import as_float

_TOP_KEYS = frozenset({"schema", "curriculum", "stage"})
_CURRICULUM_KEYS = frozenset({"name", "description", "assumed_dataset_size"})
_STAGE_KEYS = frozenset(
    {
        "name", "trainable_groups", "data", "max_length", "images_per_sample", "tiling",
        "rounds", "local_steps", "epochs", "optimizer", "learning_rate", "batch_size",
        "min_sites", "dp", "evaluate_every", "chat_template", "micro_batch_size",
        "activation_checkpointing", "server_learning_rate", "server_momentum",
        "augmentation",
    }
)  # fmt: skip
_DP_KEYS = frozenset({"noise_multiplier", "target_epsilon", "clipping_norm", "delta"})
_TILING_KEYS = frozenset({"tiles", "thumbnail"})
_AUGMENTATION_KEYS = frozenset({"probability", "gamma", "gain", "offset", "noise"})
_DP_HINT = ' (a [stage.dp] table; dp = "off" trains without differential privacy)'
# Stage fields that the file spells as one `data` table.
_FILE_FIELDS = {"data_kinds": "data", "data_weights": "data"}
_TYPE_NAMES = {
    int: "an integer", float: "a number", str: "a string", bool: "true or false", list: "an array"
}  # fmt: skip


class CurriculumFileError(CurriculumError):
    """A CurriculumError already located: its message names the file and the section."""


@dataclasses.dataclass(frozen=True)
class _Where:
    """A place in a curriculum file: the file and the section ("[curriculum]", "stage #2 ...")."""

    source: str
    section: str

    def error(
        self, detail: str, field: str | None = None, value: Any = None
    ) -> CurriculumFileError:
        return CurriculumFileError(
            f"{self.source}: {self.section}: {detail}", field=field, value=value
        )


def _need(table: Mapping[str, Any], key: str, where: _Where, hint: str = "") -> Any:
    if key not in table:
        raise where.error(f"missing key {key!r}{hint}", key)
    return table[key]


def _get(table: Mapping[str, Any], key: str, kind: type, where: _Where, prefix: str = "") -> Any:
    """`table[key]` of type `kind` (ints accepted as floats, bools never as numbers)."""
    name = prefix + key
    if key not in table:
        raise where.error(f"missing key {name!r}", name)
    value = table[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = _as_float(value, name, where)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise where.error(f"{name} must be {_TYPE_NAMES[kind]}, got {value!r}", name, value)
    return value


def _as_float(value: int | float, name: str, where: _Where) -> float:
    """A TOML number as a float; an integer too large for one is an error naming the field."""
    number = as_float(value)
    if number is None:
        raise where.error(f"{name} = {value} is too large for a floating-point number", name, value)
    return number


def _opt(table: Mapping[str, Any], key: str, kind: type, where: _Where, default: Any) -> Any:
    return _get(table, key, kind, where) if key in table else default


def _table(value: Any, name: str, where: _Where) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise where.error(f"{name} must be a table, got {value!r}", name, value)
    return value


def _check_keys(
    table: Mapping[str, Any], allowed: frozenset[str], where: _Where, prefix=""
) -> None:
    for key in table:
        if key not in allowed:
            close = difflib.get_close_matches(key, sorted(allowed), n=1)
            hint = f" (did you mean {prefix + close[0]!r}?)" if close else ""
            raise where.error(
                f"unknown key {prefix + key!r} = {table[key]!r}{hint}; known keys: "
                f"{sorted(allowed)}",
                prefix + key,
                table[key],
            )


def _data_mix(raw: Any, where: _Where) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """`data = { vqa = 0.5, ... }` (weights) or `data = ["vqa", ...]` (equal weights)."""
    if isinstance(raw, list) and all(isinstance(k, str) for k in raw):
        mix = {k: 1.0 / len(raw) for k in raw} if raw else {}
    elif isinstance(raw, Mapping):
        mix = {k: _get(raw, k, float, where, prefix="data.") for k in raw}
    else:
        raise where.error(f"data must be a table of kind = weight, got {raw!r}", "data", raw)
    for kind in mix:
        if kind not in KNOWN_DATA_KINDS:
            raise where.error(
                f"data: unknown data kind {kind!r}; known: {sorted(KNOWN_DATA_KINDS)}",
                f"data.{kind}",
                kind,
            )
    kinds = tuple(sorted(mix))
    return kinds, tuple(mix[k] for k in kinds)


def _dp(raw: Any, where: _Where) -> DPSettings | None:
    if raw == "off":  # the loud opt-out: a stage without DP must say so
        return None
    table = _table(raw, 'dp (a [stage.dp] table, or "off")', where)
    _check_keys(table, _DP_KEYS, where, prefix="dp.")
    return DPSettings(
        clipping_norm=_get(table, "clipping_norm", float, where, prefix="dp."),
        delta=_get(table, "delta", float, where, prefix="dp."),
        noise_multiplier=_opt(table, "noise_multiplier", float, where, None),
        target_epsilon=_opt(table, "target_epsilon", float, where, None),
    )


def _tiling(raw: Any, where: _Where) -> Tiling | None:
    if raw is None:
        return None
    table = _table(raw, "tiling", where)
    _check_keys(table, _TILING_KEYS, where, prefix="tiling.")
    return Tiling(
        tiles=_get(table, "tiles", int, where, prefix="tiling."),
        thumbnail=_get(table, "thumbnail", bool, where, prefix="tiling."),
    )


def _augmentation(raw: Any, where: _Where) -> Augmentation | None:
    if raw is None:
        return None
    table = _table(raw, "augmentation (a [stage.augmentation] table)", where)
    _check_keys(table, _AUGMENTATION_KEYS, where, prefix="augmentation.")
    given: dict[str, Any] = {}  # the keys the file gives; Augmentation's defaults for the rest
    for name in ("gamma", "gain", "offset"):
        if name not in table:
            continue
        value = _get(table, name, list, where, "augmentation.")
        if len(value) != 2 or not all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in value
        ):
            raise where.error(
                f"augmentation.{name} must be an array of two numbers [low, high], got {value!r}",
                f"augmentation.{name}",
                value,
            )
        given[name] = (
            _as_float(value[0], f"augmentation.{name}", where),
            _as_float(value[1], f"augmentation.{name}", where),
        )
    if "noise" in table:
        given["noise"] = _get(table, "noise", float, where, "augmentation.")
    probability = _get(table, "probability", float, where, prefix="augmentation.")
    return Augmentation(probability=probability, **given)


def _stage(raw: Any, index: int, source: str) -> Stage:
    where = _Where(source, f"stage #{index}")
    table = _table(raw, "[[stage]]", where)
    name = _get(table, "name", str, where)
    where = _Where(source, f"stage #{index} {name!r}")
    _check_keys(table, _STAGE_KEYS, where)
    if ("local_steps" in table) == ("epochs" in table):
        raise where.error(
            "give exactly one of local_steps and epochs, got "
            f"local_steps={table.get('local_steps')!r}, epochs={table.get('epochs')!r}",
            "local_steps/epochs",
            (table.get("local_steps"), table.get("epochs")),
        )
    kinds, weights = _data_mix(_need(table, "data", where), where)
    groups = _get(table, "trainable_groups", list, where)
    if not all(isinstance(g, str) for g in groups):
        raise where.error(
            f"trainable_groups must be an array of strings, got {groups!r}", "trainable_groups"
        )
    try:
        return Stage(
            name=name,
            trainable_groups=tuple(sorted(groups)),
            data_kinds=kinds,
            data_weights=weights,
            rounds=_get(table, "rounds", int, where),
            local_steps=_opt(table, "local_steps", int, where, 0),
            epochs=_opt(table, "epochs", int, where, 0),
            batch_size=_get(table, "batch_size", int, where),
            learning_rate=_get(table, "learning_rate", float, where),
            optimizer=_get(table, "optimizer", str, where),
            max_length=_get(table, "max_length", int, where),
            images_per_sample=_opt(table, "images_per_sample", int, where, 1),
            tiling=_tiling(table.get("tiling"), where),
            min_sites=_get(table, "min_sites", int, where),
            dp=_dp(_need(table, "dp", where, _DP_HINT), where),
            evaluate_every=_get(table, "evaluate_every", int, where),
            chat_template=_opt(table, "chat_template", str, where, "plain"),
            micro_batch_size=_opt(table, "micro_batch_size", int, where, None),
            activation_checkpointing=_opt(table, "activation_checkpointing", bool, where, False),
            server_learning_rate=_opt(table, "server_learning_rate", float, where, 1.0),
            server_momentum=_opt(table, "server_momentum", float, where, 0.0),
            augmentation=_augmentation(table.get("augmentation"), where),
        )
    except CurriculumFileError:
        raise
    except CurriculumError as exc:
        detail, field = exc.detail, exc.field
        if field in _FILE_FIELDS:
            detail = detail.replace(field, f"{_FILE_FIELDS[field]} ({field})", 1)
            field = _FILE_FIELDS[field]
        raise where.error(detail, field, exc.value) from exc


def _rewrap(exc: CurriculumError, source: str, stages: tuple[Stage, ...]) -> CurriculumError:
    """Prefix a curriculum-level error with the file and, if it has one, the stage's index."""
    index = next((i for i, s in enumerate(stages, 1) if s.name == exc.stage), None)
    section = f"stage #{index} {exc.stage!r}" if index else "[curriculum]"
    return _Where(source, section).error(exc.detail, exc.field, exc.value)


def parse_curriculum(doc: Mapping[str, Any], source: str = "<curriculum>") -> Curriculum:
    """A curriculum from a parsed TOML document; `source` names it in errors."""
    top = _Where(source, "top level")
    _check_keys(doc, _TOP_KEYS, top)
    schema = _get(doc, "schema", int, top)
    if schema != CURRICULUM_SCHEMA_VERSION:
        raise top.error(
            f"schema {schema!r} is not supported (this reader knows {CURRICULUM_SCHEMA_VERSION})",
            "schema",
            schema,
        )
    head_where = _Where(source, "[curriculum]")
    head = _table(_need(doc, "curriculum", top), "[curriculum]", head_where)
    _check_keys(head, _CURRICULUM_KEYS, head_where)
    raw_stages = _get(doc, "stage", list, top)
    stages = tuple(_stage(raw, i, source) for i, raw in enumerate(raw_stages, 1))
    try:
        curriculum = Curriculum(
            name=_get(head, "name", str, head_where),
            description=_opt(head, "description", str, head_where, ""),
            assumed_dataset_size=_opt(head, "assumed_dataset_size", int, head_where, None),
            stages=stages,
        )
        curriculum.noise_multipliers()  # a target eps that cannot be met fails here
    except CurriculumFileError:
        raise
    except CurriculumError as exc:
        raise _rewrap(exc, source, stages) from exc
    return curriculum


def loads_curriculum(text: str, source: str = "<string>") -> Curriculum:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CurriculumError(f"{source}: not valid TOML: {exc}") from exc
    return parse_curriculum(doc, source)


def load_curriculum(path: str | Path) -> Curriculum:
    """Parse and validate a curriculum file; CurriculumError names file, stage, field, value."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError as exc:
        raise CurriculumError(f"{path}: no such curriculum file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CurriculumError(f"{path}: cannot read the curriculum file: {exc}") from exc
    return loads_curriculum(text, str(path))


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def canonical_document(curriculum: Curriculum) -> dict[str, Any]:
    """The curriculum as plain JSON data; sets (groups, data mix) in a canonical order."""
    stages = []
    for stage in curriculum.stages:
        doc = _plain(stage)
        del doc["data_kinds"], doc["data_weights"]
        doc["data"] = {k: float(w) for k, w in stage.data_mix.items()}
        doc["trainable_groups"] = sorted(stage.trainable_groups)
        # Memory settings, the server step and momentum came later: left out at their defaults, so a
        # curriculum without them keeps the digest it was signed with.
        if doc["micro_batch_size"] is None:
            del doc["micro_batch_size"]
        if doc["activation_checkpointing"] is False:
            del doc["activation_checkpointing"]
        if doc["server_learning_rate"] == 1.0:
            del doc["server_learning_rate"]
        if doc["server_momentum"] == 0.0:
            del doc["server_momentum"]
        if doc["augmentation"] is None:
            del doc["augmentation"]
        stages.append(doc)
    return {
        "schema": CURRICULUM_SCHEMA_VERSION,
        "curriculum": {
            "name": curriculum.name,
            "description": curriculum.description,
            "assumed_dataset_size": curriculum.assumed_dataset_size,
        },
        "stages": stages,
    }


def canonical_bytes(curriculum: Curriculum) -> bytes:
    """Canonical JSON (sorted keys, no whitespace, floats by repr, ASCII) of the curriculum."""
    doc = canonical_document(curriculum)
    text = json.dumps(doc, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return text.encode("ascii")


def curriculum_digest(curriculum: Curriculum) -> str:
    """sha256 (hex) of `canonical_bytes`: what sites approve and the consortium signs."""
    return hashlib.sha256(canonical_bytes(curriculum)).hexdigest()


def curriculum_from_canonical(data: bytes, source: str = "canonical curriculum") -> Curriculum:
    """Parse `canonical_bytes` back (what travels to the sites), through the same validation as a
    file, and insist that it re-serializes to exactly the same bytes (so the digest a site checks
    is the digest of what it will run)."""
    try:
        doc = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CurriculumFileError(f"{source}: not canonical curriculum JSON ({exc})") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("stages"), list):
        raise CurriculumFileError(f"{source}: not canonical curriculum JSON (no stage list)")
    top = {k: v for k, v in doc.get("curriculum", {}).items() if v is not None}
    stages = []
    for raw in doc["stages"]:
        stage = {k: v for k, v in raw.items() if v is not None}
        if stage.get("epochs") == 0:
            stage.pop("epochs")
        elif stage.get("local_steps") == 0:
            stage.pop("local_steps")
        dp = stage.get("dp")
        stage["dp"] = "off" if dp is None else {k: v for k, v in dp.items() if v is not None}
        stages.append(stage)
    cur = parse_curriculum(
        {"schema": doc.get("schema"), "curriculum": top, "stage": stages}, source
    )
    if canonical_bytes(cur) != data:
        raise CurriculumFileError(f"{source}: does not re-serialize to the same canonical bytes")
    return cur
