"""Ledger entries: the canonical form pinned byte for byte, the hash chain, site signatures."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from protocols.ledger_entry import (
    ENTRY_TYPES,
    GENESIS_HASH,
    CoordinatorRoundEntry,
    LedgerEntry,
    LedgerEntryError,
    ResumeEntry,
    SiteRoundEntry,
    StageTransition,
    canonical_bytes,
    chain,
    entry_hash,
    parse_entry,
    sign_site_entry,
    signing_bytes,
    site_signature_valid,
)

SITE_FIELDS: dict[str, Any] = {
    "run_id": "run-1",
    "stage": "align",
    "global_round": 3,
    "site": "hospital-a",
    "dataset_digest": "ds-1",
    "noise_multiplier": 1.1,
    "sample_rate": 0.02,
    "steps": 40,
    "clipping_norm": 1.0,
    "delta": 1e-5,
    "accountant": "rdp",
    "epsilon_after": 1.2242250694029582,
    "epsilon_cap": 8.0,
    "status": "trained",
    "update_digest": "ab" * 32,
}
# Schema version 2, written out by hand: if this changes, every stored hash stops verifying.
SITE_CANONICAL = (
    '{"dataset_digest":"ds-1","entry_type":"site_round","epsilon_after":1.2242250694029582,'
    '"epsilon_cap":8.0,"global_round":3,"mechanism":{"accountant":"rdp","clipping_norm":1.0,'
    '"delta":1e-05,"noise_multiplier":1.1,"sample_rate":0.02,"steps":40},"prev_hash":"'
    + "0"
    * 64
    + '","privacy_unit":"study","randomness":"os-csprng","reason":null,"run_id":"run-1",'
    '"schema_version":2,"site":"hospital-a","stage":"align",'
    '"status":"trained","units":0,"update_digest":"' + "ab" * 32 + '"}'
)


def _site(**changes: Any) -> SiteRoundEntry:
    return SiteRoundEntry(**{**SITE_FIELDS, **changes})


def _coordinator(**changes: Any) -> CoordinatorRoundEntry:
    fields: dict[str, Any] = {
        "run_id": "run-1",
        "stage": "align",
        "global_round": 3,
        "participants": ("hospital-b", "hospital-a"),
        "dropouts": (),
        "refusals": ("hospital-c",),
        "aggregate_digest": "11" * 32,
        "curriculum_digest": "22" * 32,
        "checkpoint_digest": "33" * 32,
    }
    return CoordinatorRoundEntry(**{**fields, **changes})


def _examples() -> list[LedgerEntry]:
    return [
        StageTransition("run-1", None, "align", 1),
        _site(),
        _site(site="hospital-c", status="refused", update_digest=None, reason="cap"),
        _coordinator(),
        ResumeEntry("run-1", 3, "44" * 32),
        StageTransition("run-1", "align", "vqa", 4),
    ]


def test_canonical_bytes_and_hash_are_pinned_for_schema_version_2() -> None:
    entry = _site()
    assert canonical_bytes(entry) == SITE_CANONICAL.encode("ascii")
    assert entry_hash(entry) == hashlib.sha256(SITE_CANONICAL.encode()).hexdigest()
    assert entry.entry_hash == entry_hash(entry)


def test_numbers_are_normalised_so_equal_values_hash_alike() -> None:
    as_ints = _site(clipping_norm=1, epsilon_cap=8, noise_multiplier=1.1)
    assert entry_hash(as_ints) == entry_hash(_site())
    assert isinstance(as_ints.clipping_norm, float)
    swapped = _coordinator(participants=("hospital-a", "hospital-b"))
    assert entry_hash(swapped) == entry_hash(_coordinator())  # lists are kept sorted


@pytest.mark.parametrize("entry", _examples(), ids=lambda e: e.entry_type)
def test_every_entry_type_round_trips_through_its_canonical_form(entry: LedgerEntry) -> None:
    linked = dataclasses.replace(entry, prev_hash="9f" * 32)
    back = parse_entry(canonical_bytes(linked))
    assert back == linked and type(back) is type(linked)
    assert canonical_bytes(back) == canonical_bytes(linked)
    assert json.loads(canonical_bytes(linked))["schema_version"] == 2


def test_chain_links_each_entry_to_the_hash_of_the_one_before() -> None:
    linked = chain(_examples())
    assert linked[0].prev_hash == GENESIS_HASH
    for before, after in zip(linked, linked[1:], strict=False):
        assert after.prev_hash == hashlib.sha256(canonical_bytes(before)).hexdigest()
    # an edit anywhere changes that entry's hash, so the next link no longer matches
    site = linked[1]
    assert isinstance(site, SiteRoundEntry)
    edited = dataclasses.replace(site, steps=41)
    assert entry_hash(edited) != linked[2].prev_hash
    assert chain(_examples(), prev_hash="ab" * 32)[0].prev_hash == "ab" * 32


@pytest.mark.parametrize(
    ("build", "field", "value"),
    [
        (_site, "noise_multiplier", 0.0),
        (_site, "noise_multiplier", float("nan")),
        (_site, "sample_rate", 1.5),
        (_site, "steps", 0),
        (_site, "steps", True),
        (_site, "delta", 1.0),
        (_site, "accountant", "gdp"),
        (_site, "epsilon_after", float("inf")),
        (_site, "epsilon_after", 10**400),  # too large for a float
        (_site, "epsilon_cap", 0),
        (_site, "status", "maybe"),
        (_site, "update_digest", "not-hex"),
        (_site, "site", ""),
        (_site, "global_round", -1),
        (_site, "prev_hash", "0" * 63),
        (_coordinator, "participants", "hospital-a"),
        (_coordinator, "refusals", ("hospital-a",)),  # already a participant
        (_coordinator, "dropouts", ("x", "x")),
        (_coordinator, "aggregate_digest", "AB" * 32),
    ],
)
def test_a_bad_field_is_refused_with_its_name(build: Any, field: str, value: object) -> None:
    with pytest.raises(LedgerEntryError, match=repr(field)):
        build(**{field: value})


def test_a_refusal_needs_a_reason_and_no_update() -> None:
    with pytest.raises(LedgerEntryError, match="'reason'"):
        _site(status="refused", update_digest=None)
    with pytest.raises(LedgerEntryError, match="'update_digest'"):
        _site(status="refused", reason="cap")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(schema_version=1), "schema_version is not 2"),
        (lambda d: d.update(privacy_unit="example"), "privacy_unit"),
        (lambda d: d.update(randomness="coordinator-seed"), "randomness"),
        (lambda d: d.update(entry_type="gossip"), "unknown entry_type 'gossip'"),
        (lambda d: d.pop("site"), r"missing \['site'\]"),
        (lambda d: d.update(extra=1), r"unknown \['extra'\]"),
        (lambda d: d["mechanism"].pop("steps"), "'mechanism' must hold exactly"),
        (lambda d: d.update(steps=3), r"unknown \['steps'\]"),
        (lambda d: d["mechanism"].update(steps="40"), "'steps'"),
        (lambda d: d.update(epsilon_after=10**400), "'epsilon_after'"),
    ],
)
def test_parse_names_what_is_wrong(mutate: Any, message: str) -> None:
    doc = json.loads(canonical_bytes(_site()))
    mutate(doc)
    with pytest.raises(LedgerEntryError, match=message):
        parse_entry(json.dumps(doc), "row 7")
    with pytest.raises(LedgerEntryError, match="row 7: not JSON"):
        parse_entry(b"{", "row 7")


def test_site_signature_covers_the_content_but_not_the_chain_position() -> None:
    key = Ed25519PrivateKey.generate()
    entry = _site()
    signature = sign_site_entry(key, entry)
    public = key.public_key()
    assert site_signature_valid(public, entry, signature)
    assert site_signature_valid(public, dataclasses.replace(entry, prev_hash="12" * 32), signature)
    for name, value in (("epsilon_after", 1.0), ("noise_multiplier", 2.0), ("site", "x")):
        assert not site_signature_valid(public, _site(**{name: value}), signature), name
    assert not site_signature_valid(Ed25519PrivateKey.generate().public_key(), entry, signature)
    # domain-separated: a signature over the bare canonical bytes does not count
    bare = key.sign(signing_bytes(entry).split(b"\0", 1)[1])
    assert not site_signature_valid(public, entry, bare)
    with pytest.raises(LedgerEntryError, match="only site_round entries are signed"):
        signing_bytes(_coordinator())  # type: ignore[arg-type]


def test_the_registry_knows_every_entry_type() -> None:
    assert set(ENTRY_TYPES) == {"site_round", "coordinator_round", "stage_transition", "resume"}
