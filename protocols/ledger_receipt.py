"""The coordinator's signature on the consortium ledger's chain, and the receipts sites keep of it.

The coordinator signs every entry it appends (stage transitions, rounds, resumes) over its place
in the chain: a domain tag, then `run_id`, `seq` and `entry_hash` (which covers `prev_hash`, so
the whole chain up to it). After each round the coordinator hands every site that chain head and
its signature: a **receipt**. The site verifies it under the coordinator key its policy trusts and
keeps it in its own database. A ledger cut short after the head a site holds, or rebuilt (without
one site's entry, say), no longer holds an entry with that hash at that place: `audit verify
--receipts` names it. The coordinator's key alone cannot take back a receipt a site already holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from protocols.hexdigest import is_hex64

COORDINATOR_DOMAIN = b"medfed-ledger-coordinator-head-v1\0"
CONFIG_PREFIX = "ledger-receipt-"


class ReceiptError(ValueError):
    """A receipt that is malformed: names the field and the value."""


def head_bytes(run_id: str, seq: int, entry_hash: str) -> bytes:
    """What the coordinator signs for the entry at `seq` of run `run_id`."""
    return COORDINATOR_DOMAIN + f"{run_id}\0{seq}\0{entry_hash}".encode()


def sign_head(key: Ed25519PrivateKey, run_id: str, seq: int, entry_hash: str) -> bytes:
    return key.sign(head_bytes(run_id, seq, entry_hash))


def head_signature_valid(
    key: Ed25519PublicKey, run_id: str, seq: int, entry_hash: str, signature: bytes
) -> bool:
    try:
        key.verify(signature, head_bytes(run_id, seq, entry_hash))
    except InvalidSignature:
        return False
    return True


@dataclass(frozen=True)
class Receipt:
    """The chain head after a round, as the coordinator signed it."""

    run_id: str
    seq: int
    global_round: int
    entry_hash: str
    signature: str  # hex, 64 bytes

    def __post_init__(self) -> None:
        if not isinstance(self.run_id, str) or not 0 < len(self.run_id) <= 128:
            raise ReceiptError(f"receipt run_id must be 1-128 characters, got {self.run_id!r}")
        for name in ("seq", "global_round"):
            value = getattr(self, name)
            if type(value) is not int or value < 0:
                raise ReceiptError(f"receipt {name} must be an int >= 0, got {value!r}")
        if not is_hex64(self.entry_hash):
            raise ReceiptError(f"receipt entry_hash must be 64 hex digits, got {self.entry_hash!r}")
        try:
            ok = len(bytes.fromhex(self.signature)) == 64
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ReceiptError(f"receipt signature must be 128 hex digits, got {self.signature!r}")

    def valid_under(self, key: Ed25519PublicKey) -> bool:
        return head_signature_valid(
            key, self.run_id, self.seq, self.entry_hash, bytes.fromhex(self.signature)
        )

    def to_config(self) -> dict[str, bool | bytes | float | int | str]:
        """Flat keys for a Flower config record (instruction or query)."""
        return {
            f"{CONFIG_PREFIX}run-id": self.run_id,
            f"{CONFIG_PREFIX}seq": self.seq,
            f"{CONFIG_PREFIX}round": self.global_round,
            f"{CONFIG_PREFIX}hash": self.entry_hash,
            f"{CONFIG_PREFIX}signature": self.signature,
        }

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Receipt | None:
        """The receipt in a config record, None when it carries none; ReceiptError if malformed."""
        if f"{CONFIG_PREFIX}hash" not in config:
            return None
        try:
            return cls(
                run_id=config[f"{CONFIG_PREFIX}run-id"],
                seq=config[f"{CONFIG_PREFIX}seq"],
                global_round=config[f"{CONFIG_PREFIX}round"],
                entry_hash=config[f"{CONFIG_PREFIX}hash"],
                signature=config[f"{CONFIG_PREFIX}signature"],
            )
        except KeyError as exc:
            raise ReceiptError(f"receipt lacks {exc.args[0]!r}") from None
