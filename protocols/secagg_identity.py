"""SecAgg+ public keys bound to the sites that made them: the signed entry and its checks.

SecAgg+ (Bell et al. 2020) is secure against a malicious server only if the public keys it
relays at "share keys" are authenticated: otherwise the coordinator answers a site with key pairs
it made itself as that site's "neighbours", decrypts the Shamir shares the site encrypts to them
and removes every mask. Here each site signs its fresh pair of SecAgg+ public keys at set-up with
its Ed25519 ledger-signing key (the one the operator registered and the other hospitals list in
their policy's `secure_aggregation.peer_keys`):

    signed message = b"medfed secagg+ public keys v1\\0" + u32(len pk1) + pk1 + u32(len pk2) + pk2

(u32 big-endian, so no two key pairs share a message). The set-up reply carries the signature
and the raw 32-byte public key beside Flower's two public keys; the coordinator relays each
neighbour's entry as [pk1, pk2, signature, site key] at "share keys", and a site whose policy
lists peer keys checks every entry (`neighbour_key_problems`) before it makes any share.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from protocols.keys import public_raw

DOMAIN = b"medfed secagg+ public keys v1\0"
# The set-up reply's extra config keys (beside Flower's Key.PUBLIC_KEY_1 / PUBLIC_KEY_2).
SIGNATURE_KEY = "medfed_pk_signature"
SITE_KEY_KEY = "medfed_site_key"
SIGNATURE_BYTES = 64
SITE_KEY_BYTES = 32


def signed_message(pk1: bytes, pk2: bytes) -> bytes:
    """What a site signs: its two SecAgg+ public keys, length-prefixed, under the domain tag."""
    return b"".join((DOMAIN, len(pk1).to_bytes(4, "big"), pk1, len(pk2).to_bytes(4, "big"), pk2))


def sign_public_keys(key: Ed25519PrivateKey, pk1: bytes, pk2: bytes) -> tuple[bytes, bytes]:
    """(signature, the signer's raw 32-byte public key) over the site's SecAgg+ public keys."""
    return key.sign(signed_message(pk1, pk2)), public_raw(key.public_key())


def verify_public_keys(site_key: bytes, pk1: bytes, pk2: bytes, signature: bytes) -> bool:
    """Whether `signature` is `site_key`'s (raw Ed25519) over this pair of public keys."""
    if len(site_key) != SITE_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(site_key).verify(signature, signed_message(pk1, pk2))
    except (InvalidSignature, ValueError):
        return False
    return True


def signed_entry(entry: Sequence[object]) -> tuple[bytes, bytes, bytes, bytes] | None:
    """A relayed neighbour entry as (pk1, pk2, signature, site key), or None when it is not four
    byte strings (an unsigned [pk1, pk2] entry, or something malformed)."""
    items = [item for item in entry if isinstance(item, bytes)]
    if len(entry) != 4 or len(items) != 4:
        return None
    return items[0], items[1], items[2], items[3]


def neighbour_key_problems(
    entries: Mapping[int, Sequence[object]],
    own_node: int,
    own_key: bytes,
    peer_keys: Collection[bytes],
) -> list[str]:
    """Why a site must not share its secrets with these neighbours; empty when it may.

    Every entry needs a valid signature over its own public keys: the site's own entry by its
    own key (`own_key`), every other by a key in `peer_keys`, and no key may sign two entries
    (one colluding hospital, or the coordinator replaying one real peer, cannot stand in for
    several neighbours). Whether the own entry holds this round's keys is the SecAgg+ mod's
    check (it keeps them)."""
    problems: list[str] = []
    used: dict[bytes, int] = {}
    own_first = sorted(entries, key=lambda nid: (nid != own_node, nid))
    if own_node not in entries:
        problems.append(f"its own node {own_node} is not among the neighbours")
    for nid in own_first:
        parsed = signed_entry(entries[nid])
        who = "its own entry" if nid == own_node else f"neighbour {nid}"
        if parsed is None:
            problems.append(f"{who} carries no signature over its public keys")
            continue
        pk1, pk2, signature, site_key = parsed
        if nid == own_node and site_key != own_key:
            problems.append(f"{who} names another site key than this site's")
        elif nid != own_node and site_key not in peer_keys:
            problems.append(f"{who} is signed by a key not in secure_aggregation.peer_keys")
        elif not verify_public_keys(site_key, pk1, pk2, signature):
            problems.append(f"{who}'s signature over its public keys does not verify")
        elif site_key in used:
            problems.append(f"{who} is signed by the same site key as node {used[site_key]}")
        else:
            used[site_key] = nid
    return problems
