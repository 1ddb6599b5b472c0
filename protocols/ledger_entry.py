"""Consortium privacy-ledger entries: a versioned canonical form and the hash chain over it.

Every entry of a run's chain carries `prev_hash`, the `entry_hash` of the entry before it in the
same run (the first entry carries GENESIS_HASH, 64 zeros), and hashes to

    entry_hash = sha256(canonical_bytes(entry))        # lowercase hex; covers prev_hash

where `canonical_bytes` is JSON with sorted keys, no whitespace, ASCII only, floats written by
`repr` (float fields are coerced to float at construction, so 1 and 1.0 hash alike) and NaN or
infinity refused. The document holds `schema_version` and `entry_type`, so a reader never guesses.

A site signs its `SiteRoundEntry` before it knows where the entry will land in the chain, so its
Ed25519 signature covers `signing_bytes(entry)`: a domain tag, then the canonical bytes of the
entry WITHOUT `prev_hash`. The chain protects the order, the signature the site's own words.

A site that was killed while training leaves a spend it reserved (and counts) but never reported.
Its next entry names each such spend in `interrupted` (oldest first), so that the spends the
entry's `epsilon_after` covers are all in the consortium ledger, under the site's signature. The
field is left out of the document when empty, so entries without interrupted spends keep the
form (and hash, and signature) they always had.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from protocols.accounting import ACCOUNTANTS
from protocols.hexdigest import is_hex64
from protocols.numbers import as_float

SCHEMA_VERSION = 2
GENESIS_HASH = "0" * 64
SIGNING_DOMAIN = b"medfed-ledger-site-entry-v1\0"
SiteStatus = Literal["trained", "refused", "released"]
SPENT: tuple[SiteStatus, ...] = ("trained", "released")  # the statuses whose mechanism is spent
PRIVACY_UNITS = ("study",)
RANDOMNESS = ("os-csprng", "seeded-insecure")
_MECHANISM = ("noise_multiplier", "sample_rate", "steps", "clipping_norm", "delta", "accountant")
MAX_INTERRUPTED = 64  # per entry; a site with more unreported refuses to train (its gate)
# The longest canonical entry: a site entry with MAX_INTERRUPTED spends is about 40 KB, a reason
# at most 2,000 characters.
MAX_ENTRY_BYTES = 256 * 1024


class LedgerEntryError(ValueError):
    """An entry that cannot be built or parsed: names the entry type, the field and the value."""


def _fail(where: str, name: str, value: object, want: str) -> LedgerEntryError:
    return LedgerEntryError(f"{where}: field {name!r} must be {want}, got {value!r}")


def _text(where: str, name: str, value: object, limit: int = 128) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= limit:
        raise _fail(where, name, value, f"a string of 1-{limit} characters")
    return value


def _hex64(where: str, name: str, value: object) -> str:
    if not is_hex64(value):
        raise _fail(where, name, value, "64 lowercase hex digits (sha256)")
    return value


def _int(where: str, name: str, value: object, minimum: int) -> int:
    if type(value) is not int or value < minimum:
        raise _fail(where, name, value, f"an int >= {minimum}")
    return value


def _float(where: str, name: str, value: object, low: float, high: float = math.inf) -> float:
    number = as_float(value)
    if number is None or not math.isfinite(number) or not low <= number <= high:
        raise _fail(where, name, value, f"a finite number in [{low}, {high}]")
    return number


def _names(where: str, name: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise _fail(where, name, value, "a list of site names")
    names = tuple(sorted(_text(where, name, v) for v in value))
    if len(set(names)) != len(names):
        raise _fail(where, name, value, "a list without duplicates")
    return names


@dataclass(frozen=True)
class _Entry:
    entry_type: ClassVar[str]
    prev_hash: str = field(default=GENESIS_HASH, kw_only=True)

    def _check_prev(self) -> None:
        _hex64(self.entry_type, "prev_hash", self.prev_hash)

    def _set(self, name: str, value: object) -> None:
        object.__setattr__(self, name, value)  # normalise a frozen field during __post_init__

    def content(self) -> dict[str, Any]:
        """The entry's fields as the canonical document holds them, without prev_hash."""
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        data.pop("prev_hash")
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}

    @property
    def entry_hash(self) -> str:
        return entry_hash(self)  # type: ignore[arg-type]


def _mechanism_fields(obj: Any, w: str) -> None:
    """Validate and normalise the DP-SGD fields `obj` holds (as SiteRoundEntry keeps them)."""
    _int(w, "steps", obj.steps, 1)
    for name, low, high in (
        ("noise_multiplier", 1e-12, math.inf),
        ("sample_rate", 1e-12, 1.0),
        ("clipping_norm", 1e-12, math.inf),
        ("delta", 1e-300, 1.0 - 1e-12),
    ):
        object.__setattr__(obj, name, _float(w, name, getattr(obj, name), low, high))
    if obj.accountant not in ACCOUNTANTS:
        raise _fail(w, "accountant", obj.accountant, f"one of {list(ACCOUNTANTS)}")


def _split_mechanism(doc: dict[str, Any], where: str, kind: str) -> dict[str, Any]:
    """`doc` with its nested `mechanism` object flattened into it (the dataclass's fields)."""
    mechanism = doc.pop("mechanism", None)
    if not isinstance(mechanism, dict) or set(mechanism) != set(_MECHANISM):
        raise LedgerEntryError(f"{where}: 'mechanism' must hold exactly {list(_MECHANISM)}")
    if clash := sorted(set(doc) & set(mechanism)):
        raise LedgerEntryError(f"{where}: {kind} fields unknown {clash} (outside mechanism)")
    return {**doc, **mechanism}


@dataclass(frozen=True)
class InterruptedSpend:
    """A spend the site reserved for a round and never reported: the process training it was
    killed (or training failed) after the reservation. The site counts it, so it is reported in
    the site's next entry. `epsilon_after` is the site's eps once the reservation took effect."""

    run_id: str
    stage: str
    global_round: int
    dataset_digest: str
    noise_multiplier: float
    sample_rate: float
    steps: int
    clipping_norm: float
    delta: float
    accountant: str
    epsilon_after: float

    def __post_init__(self) -> None:
        w = "interrupted spend"
        for name in ("run_id", "stage", "dataset_digest"):
            _text(w, name, getattr(self, name))
        _int(w, "global_round", self.global_round, 0)
        _mechanism_fields(self, w)
        object.__setattr__(
            self, "epsilon_after", _float(w, "epsilon_after", self.epsilon_after, 0.0)
        )

    def content(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["mechanism"] = {name: data.pop(name) for name in _MECHANISM}
        return data

    def mechanism(self) -> dict[str, Any]:
        """The DP-SGD parameters, keyed as protocols.accounting.Mechanism takes them."""
        return {name: getattr(self, name) for name in _MECHANISM}

    @classmethod
    def parse(cls, doc: object, where: str) -> InterruptedSpend:
        if not isinstance(doc, dict):
            raise LedgerEntryError(f"{where}: an interrupted spend is an object, got {doc!r}")
        flat = _split_mechanism(dict(doc), where, "interrupted spend")
        names = {f.name for f in dataclasses.fields(cls)}
        if set(flat) != names:
            missing, extra = sorted(names - set(flat)), sorted(set(flat) - names)
            raise LedgerEntryError(
                f"{where}: interrupted spend fields missing {missing}, unknown {extra}"
            )
        try:
            return cls(**flat)
        except (LedgerEntryError, TypeError) as exc:
            raise LedgerEntryError(f"{where}: {exc}") from exc


@dataclass(frozen=True)
class SiteRoundEntry(_Entry):
    """A site's account of one round, signed with the site's key.

    eps is per `privacy_unit` (a study: one DP sample holds all of one study's text), over the
    site's lifetime budget; `units` is N, the number of units sampled from (sample_rate =
    1 / ceil(N / batch)); `randomness` says whether noise and sampling came from the site's OS
    CSPRNG or from the reproducible test mode its own policy chose. `dataset_digest` names the
    curated data the round used. A refusal spends nothing: `epsilon_after` is the eps before it,
    the mechanism is the one that was asked for, and `reason` says why. A trained entry names
    its update's digest. `interrupted` names the spends the site reserved before this entry and
    never reported (oldest first): `epsilon_after` covers them too.

    A `released` entry accounts federated evaluation counts the site released after the round
    (`site_agent.evaluate`): the mechanism is the Gaussian one that noised them
    (`protocols.accounting.evaluation_mechanism`), `units` 0 (how many test studies a site
    holds is not told), and `update_digest` the digest of the counts as released. It spends
    like a trained entry but is no participation in the round.
    """

    entry_type: ClassVar[str] = "site_round"
    run_id: str
    stage: str
    global_round: int
    site: str
    dataset_digest: str
    noise_multiplier: float
    sample_rate: float
    steps: int
    clipping_norm: float
    delta: float
    accountant: str
    epsilon_after: float
    epsilon_cap: float
    status: SiteStatus
    update_digest: str | None = None
    reason: str | None = None
    privacy_unit: str = "study"
    units: int = 0  # N; 0 on a refusal decided before the data were counted
    randomness: str = "os-csprng"
    interrupted: tuple[InterruptedSpend, ...] = ()

    def __post_init__(self) -> None:
        w = self.entry_type
        for name in ("run_id", "stage", "site", "dataset_digest"):
            _text(w, name, getattr(self, name))
        if self.privacy_unit not in PRIVACY_UNITS:
            raise _fail(w, "privacy_unit", self.privacy_unit, f"one of {list(PRIVACY_UNITS)}")
        if self.randomness not in RANDOMNESS:
            raise _fail(w, "randomness", self.randomness, f"one of {list(RANDOMNESS)}")
        _int(w, "units", self.units, 0)
        _int(w, "global_round", self.global_round, 0)
        _mechanism_fields(self, w)
        self._set("epsilon_after", _float(w, "epsilon_after", self.epsilon_after, 0.0))
        self._set("epsilon_cap", _float(w, "epsilon_cap", self.epsilon_cap, 1e-12))
        self._check_interrupted(w)
        if self.status in SPENT:
            _hex64(w, "update_digest", self.update_digest)
            if self.reason is not None:
                _text(w, "reason", self.reason, 2000)
        elif self.status == "refused":
            _text(w, "reason", self.reason, 2000)
            if self.update_digest is not None:
                raise _fail(w, "update_digest", self.update_digest, "None for a refusal")
        else:
            raise _fail(w, "status", self.status, "'trained', 'released' or 'refused'")
        self._check_prev()

    def _check_interrupted(self, w: str) -> None:
        value = self.interrupted
        if isinstance(value, str | bytes | InterruptedSpend) or not isinstance(value, Iterable):
            raise _fail(w, "interrupted", value, "a list of interrupted spends")
        spends = tuple(value)
        if len(spends) > MAX_INTERRUPTED:
            raise _fail(w, "interrupted", f"{len(spends)} spends", f"at most {MAX_INTERRUPTED}")
        for spend in spends:
            if not isinstance(spend, InterruptedSpend):
                raise _fail(w, "interrupted", spend, "an InterruptedSpend")
        self._set("interrupted", spends)

    def content(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        for name in ("prev_hash", "interrupted"):
            data.pop(name)
        data["mechanism"] = {name: data.pop(name) for name in _MECHANISM}
        if self.interrupted:  # absent when empty: older entries keep their canonical form
            data["interrupted"] = [spend.content() for spend in self.interrupted]
        return data

    def mechanism(self) -> dict[str, Any]:
        """The DP-SGD parameters, keyed as site_agent.privacy.Mechanism takes them."""
        return {name: getattr(self, name) for name in _MECHANISM}

    def spent_mechanisms(self) -> list[dict[str, Any]]:
        """What the entry adds to the site's history, in order: its interrupted spends, then
        its own mechanism when it trained or released counts (a refusal spends nothing)."""
        spent = [spend.mechanism() for spend in self.interrupted]
        return spent + [self.mechanism()] if self.status in SPENT else spent


@dataclass(frozen=True)
class CoordinatorRoundEntry(_Entry):
    """The coordinator's account of one aggregated round. Site-name lists are kept sorted."""

    entry_type: ClassVar[str] = "coordinator_round"
    run_id: str
    stage: str
    global_round: int
    participants: tuple[str, ...]
    dropouts: tuple[str, ...]
    refusals: tuple[str, ...]
    aggregate_digest: str
    curriculum_digest: str
    checkpoint_digest: str

    def __post_init__(self) -> None:
        w = self.entry_type
        _text(w, "run_id", self.run_id)
        _text(w, "stage", self.stage)
        _int(w, "global_round", self.global_round, 0)
        lists = {
            n: _names(w, n, getattr(self, n)) for n in ("participants", "dropouts", "refusals")
        }
        for name, names in lists.items():
            self._set(name, names)
        seen: dict[str, str] = {}
        for name, names in lists.items():
            for site in names:
                if site in seen:
                    raise _fail(w, name, site, f"a site not already listed in {seen[site]!r}")
                seen[site] = name
        for name in ("aggregate_digest", "curriculum_digest", "checkpoint_digest"):
            _hex64(w, name, getattr(self, name))
        self._check_prev()


@dataclass(frozen=True)
class StageTransition(_Entry):
    """The curriculum moves from one stage to the next (from_stage None: the run's first stage)."""

    entry_type: ClassVar[str] = "stage_transition"
    run_id: str
    from_stage: str | None
    to_stage: str
    global_round: int

    def __post_init__(self) -> None:
        w = self.entry_type
        _text(w, "run_id", self.run_id)
        if self.from_stage is not None:
            _text(w, "from_stage", self.from_stage)
        _text(w, "to_stage", self.to_stage)
        _int(w, "global_round", self.global_round, 0)
        self._check_prev()


@dataclass(frozen=True)
class ResumeEntry(_Entry):
    """The coordinator restarted and resumes after `from_round` from the named checkpoint."""

    entry_type: ClassVar[str] = "resume"
    run_id: str
    from_round: int
    checkpoint_digest: str

    def __post_init__(self) -> None:
        w = self.entry_type
        _text(w, "run_id", self.run_id)
        _int(w, "from_round", self.from_round, 0)
        _hex64(w, "checkpoint_digest", self.checkpoint_digest)
        self._check_prev()


LedgerEntry = SiteRoundEntry | CoordinatorRoundEntry | StageTransition | ResumeEntry
ENTRY_TYPES: dict[str, type[LedgerEntry]] = {
    cls.entry_type: cls
    for cls in (SiteRoundEntry, CoordinatorRoundEntry, StageTransition, ResumeEntry)
}


def _dumps(document: Mapping[str, Any]) -> bytes:
    text = json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    )
    return text.encode("ascii")


def _document(entry: LedgerEntry) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "entry_type": entry.entry_type, **entry.content()}


def canonical_bytes(entry: LedgerEntry) -> bytes:
    """The bytes that are hashed (and stored): the whole entry, prev_hash included."""
    return _dumps({**_document(entry), "prev_hash": entry.prev_hash})


def entry_hash(entry: LedgerEntry) -> str:
    return hashlib.sha256(canonical_bytes(entry)).hexdigest()


def chain(entries: Iterable[LedgerEntry], prev_hash: str = GENESIS_HASH) -> list[LedgerEntry]:
    """Copies of `entries` linked in order: each one's prev_hash is the entry_hash before it."""
    _hex64("chain", "prev_hash", prev_hash)
    linked: list[LedgerEntry] = []
    for entry in entries:
        entry = dataclasses.replace(entry, prev_hash=prev_hash)
        linked.append(entry)
        prev_hash = entry_hash(entry)
    return linked


def signing_bytes(entry: SiteRoundEntry) -> bytes:
    """What a site signs: the domain tag, then the canonical entry without its chain position."""
    if not isinstance(entry, SiteRoundEntry):
        raise LedgerEntryError(f"only site_round entries are signed, not {type(entry).__name__}")
    return SIGNING_DOMAIN + _dumps(_document(entry))


def sign_site_entry(private_key: Ed25519PrivateKey, entry: SiteRoundEntry) -> bytes:
    return private_key.sign(signing_bytes(entry))


def site_signature_valid(
    public_key: Ed25519PublicKey, entry: SiteRoundEntry, signature: bytes
) -> bool:
    try:
        public_key.verify(signature, signing_bytes(entry))
    except InvalidSignature:
        return False
    return True


def parse_entry(data: str | bytes, where: str = "ledger entry") -> LedgerEntry:
    """The entry a canonical document describes; LedgerEntryError naming `where` and the field.
    A document over MAX_ENTRY_BYTES, or nested deeper than JSON's parser goes, is refused the
    same way: a site's reply must not stop the coordinator."""
    if len(data) > MAX_ENTRY_BYTES:
        raise LedgerEntryError(
            f"{where}: {len(data):,} bytes, over the {MAX_ENTRY_BYTES:,} an entry may hold"
        )
    try:
        doc = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LedgerEntryError(f"{where}: not JSON ({exc})") from exc
    except RecursionError:
        raise LedgerEntryError(f"{where}: not JSON (nested too deep)") from None
    if not isinstance(doc, dict):
        raise LedgerEntryError(f"{where}: an entry is a JSON object, got {type(doc).__name__}")
    if doc.pop("schema_version", None) != SCHEMA_VERSION:
        raise LedgerEntryError(f"{where}: schema_version is not {SCHEMA_VERSION}")
    kind = doc.pop("entry_type", None)
    cls = ENTRY_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise LedgerEntryError(f"{where}: unknown entry_type {kind!r} (know {list(ENTRY_TYPES)})")
    if cls is SiteRoundEntry:
        doc = _split_mechanism(doc, where, "site_round")
        if "interrupted" in doc:
            spends = doc["interrupted"]
            if not isinstance(spends, list) or not spends:
                raise LedgerEntryError(
                    f"{where}: 'interrupted' must be a non-empty list (absent when none)"
                )
            doc["interrupted"] = tuple(
                InterruptedSpend.parse(s, f"{where}: interrupted[{i}]")
                for i, s in enumerate(spends)
            )
        else:
            doc["interrupted"] = ()
    names = {f.name for f in dataclasses.fields(cls)}
    if set(doc) != names:
        missing, extra = sorted(names - set(doc)), sorted(set(doc) - names)
        raise LedgerEntryError(f"{where}: {kind} fields missing {missing}, unknown {extra}")
    try:
        return cls(**doc)
    except (LedgerEntryError, TypeError) as exc:
        raise LedgerEntryError(f"{where}: {exc}") from exc
