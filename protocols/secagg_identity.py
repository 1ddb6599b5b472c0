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


# The consistency check before unmasking (Bell et al. 2020, SecAgg+'s round "consistency
# checks"). A coordinator that tells different sites different stories about who survived
# ("A survived" to some of A's neighbours, "A's neighbours dropped" to others) collects both
# A's mask seed and its neighbours' mask keys, and unmasks A alone. So after the masked
# vectors, the coordinator sends every surviving site that signed its keys at set-up the
# round's lists (CONSISTENCY_STAGE: SURVIVORS_KEY, DROPPED_KEY); the site signs them, once a
# round, with its ledger-signing key:
#
#     signed message = b"medfed secagg+ survivors v1\0" + u32(#survivors) + u64 ids (sorted)
#                      + u32(#dropped) + u64 ids (sorted) + u32(len pk1) + pk1
#
# (pk1, the site's fresh SecAgg+ mask public key of this round: a signature cannot be replayed
# into another round). The unmask message carries every signature (SIGNERS_KEY, node ids, and
# SIGNATURES_KEY, in the same order); a site whose policy lists peer keys reveals shares only
# when its unmask lists are the ones it signed (restricted to its neighbours) and at least
# `threshold` of its neighbours, itself included, signed those same lists over the pk1 they
# sent at share keys (`consistency_problems`). With 2t > shares (the guard's set-up check),
# two sets of t signers in one neighbourhood share a site, which signs one pair of lists only.
CONSISTENCY_DOMAIN = b"medfed secagg+ survivors v1\0"
CONSISTENCY_STAGE = "medfed_consistency"
SURVIVORS_KEY = "medfed_survivors"
DROPPED_KEY = "medfed_dropped"
CONSISTENCY_SIGNATURE_KEY = "medfed_survivors_signature"  # the site's reply
SIGNERS_KEY = "medfed_survivors_signers"  # in the unmask message: node ids ...
SIGNATURES_KEY = "medfed_survivors_signatures"  # ... and their signatures, in that order
NODE_ID_BYTES = 8  # Flower's node ids are unsigned 64-bit


def _ids(nids: Collection[int]) -> bytes:
    ordered = sorted(nids)
    return len(ordered).to_bytes(4, "big") + b"".join(
        nid.to_bytes(NODE_ID_BYTES, "big") for nid in ordered
    )


def survivors_message(active: Collection[int], dead: Collection[int], pk1: bytes) -> bytes:
    """What a site signs at the consistency stage (raises OverflowError for an id that is no
    unsigned 64-bit integer)."""
    return b"".join((CONSISTENCY_DOMAIN, _ids(active), _ids(dead), len(pk1).to_bytes(4, "big"),
                     pk1))  # fmt: skip


def sign_survivors(
    key: Ed25519PrivateKey, active: Collection[int], dead: Collection[int], pk1: bytes
) -> bytes:
    """The site's signature over the round's survivor and dropout lists and its own pk1."""
    return key.sign(survivors_message(active, dead, pk1))


def verify_survivors(
    site_key: bytes, active: Collection[int], dead: Collection[int], pk1: bytes, signature: bytes
) -> bool:
    """Whether `signature` is `site_key`'s over these lists and that site's pk1."""
    if len(site_key) != SITE_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        message = survivors_message(active, dead, pk1)
        Ed25519PublicKey.from_public_bytes(site_key).verify(signature, message)
    except (InvalidSignature, ValueError, OverflowError):
        return False
    return True


def consistency_problems(
    signed: tuple[Sequence[int], Sequence[int]] | None,
    unmask: tuple[Sequence[int], Sequence[int]],
    neighbours: Mapping[int, tuple[bytes, bytes]],
    own_node: int,
    signatures: Mapping[int, bytes],
    threshold: int,
) -> list[str]:
    """Why a site must not reveal its shares at unmask; empty when it may.

    `signed`: the (survivors, dropped) lists this site signed at the consistency stage (None:
    it signed none); `unmask`: the lists of the unmask message, which name only its neighbours;
    `neighbours`: node id -> (pk1, site key) as relayed and checked at share keys, its own
    entry included; `signatures`: node id -> survivor signature from the unmask message. The
    unmask lists must be the signed ones restricted to its neighbours, and at least
    `threshold` neighbours must have signed the same lists: the site itself (it signed them)
    and each other neighbour whose signature verifies under its site key over its own pk1."""
    if signed is None:
        return ["this site signed no survivor lists this round (no consistency stage)"]
    active, dead = set(signed[0]), set(signed[1])
    near = set(neighbours)
    got_active, got_dead = set(unmask[0]), set(unmask[1])
    problems: list[str] = []
    if got_active != active & near or got_dead & near != dead & near or not got_dead <= dead:
        problems.append("its unmask lists are not the survivor lists it signed")
    signers = 1  # itself: it signed these lists
    for nid in sorted(near - {own_node}):
        pk1, site_key = neighbours[nid]
        sig = signatures.get(nid)
        if sig is not None and verify_survivors(site_key, active, dead, pk1, sig):
            signers += 1
    if signers < threshold:
        problems.append(f"{signers} of its neighbours (itself included) signed the survivor "
                        f"lists it signed, threshold {threshold}")  # fmt: skip
    return problems
