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

import hashlib
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


def signed_message(pk1: bytes, pk2: bytes, round_key: bytes = b"") -> bytes:
    """What a site signs: its two SecAgg+ public keys and the session's round key (announced
    at set-up, `session_round`), each length-prefixed, under the domain tag. The round key
    makes a signed entry good for its own session only: relayed into a later one (a hostile
    neighbour replaying a site's entry it was sent), it no longer verifies."""
    return b"".join(
        (DOMAIN, *(len(part).to_bytes(4, "big") + part for part in (pk1, pk2, round_key)))
    )


def sign_public_keys(
    key: Ed25519PrivateKey, pk1: bytes, pk2: bytes, round_key: bytes = b""
) -> tuple[bytes, bytes]:
    """(signature, the signer's raw 32-byte public key) over the site's SecAgg+ public keys
    for the session `round_key`."""
    return key.sign(signed_message(pk1, pk2, round_key)), public_raw(key.public_key())


def verify_public_keys(
    site_key: bytes, pk1: bytes, pk2: bytes, signature: bytes, round_key: bytes = b""
) -> bool:
    """Whether `signature` is `site_key`'s (raw Ed25519) over this pair of public keys for the
    session `round_key`."""
    if len(site_key) != SITE_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(site_key).verify(
            signature, signed_message(pk1, pk2, round_key)
        )
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
    round_key: bytes = b"",
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
        elif not verify_public_keys(site_key, pk1, pk2, signature, round_key):
            problems.append(f"{who}'s signature over its public keys does not verify (for "
                            "this session's round)")  # fmt: skip
        elif site_key in used:
            problems.append(f"{who} is signed by the same site key as node {used[site_key]}")
        else:
            used[site_key] = nid
    return problems


# The consistency check before unmasking (Bell et al. 2020, SecAgg+'s round "consistency
# checks"). A coordinator that tells different sites different stories about who survived
# ("A survived" to some of A's neighbours, "A's neighbours dropped" to others) collects both
# A's mask seed and its neighbours' mask keys, and unmasks A alone. A story only a site's own
# neighbourhood agrees on is not enough: each site's neighbourhood, share count and threshold
# come from messages only the coordinator sees, so it can give each group of sites its own
# story, each signed by enough of that group. So the round has ONE story: after the masked
# vectors, the coordinator sends every surviving site that signed its keys at set-up the
# round's lists (CONSISTENCY_STAGE: SURVIVORS_KEY, DROPPED_KEY) and its whole cohort, every
# site that shared keys (COHORT_*_KEY: node id, pk1 and site key each); the site checks that
# the cohort holds its own and its neighbours' keys as it knows them, and signs, once a round,
# with its ledger-signing key:
#
#     signed message = b"medfed secagg+ survivors v2\0" + u32(#survivors) + u64 ids (sorted)
#                      + u32(#dropped) + u64 ids (sorted) + cohort digest (32 bytes)
#                      + u32(len round) + round (`round_id`: run id, NUL, global round)
#
# where the cohort digest (`cohort_digest`) hashes every (node id, pk1, site key) of the
# cohort, the signer's own fresh pk1 among them, and the round is the training round the site
# masks its update for (ROUND_KEY, announced at set-up, checked against the fit instruction it
# trains on, and sealed into every share it sends a neighbour, who refuses a share made for
# another round: the coordinator cannot tell two neighbours different rounds): a signature
# belongs to one round and one view of who is in it. A site signs one story per training
# round, ever (recorded in its agent directory, not in the SecAgg+ session: a coordinator that
# sets a site up again for the same round gets no second signature). The unmask message
# carries every signature (SIGNERS_KEY, node ids, and SIGNATURES_KEY, in the same order); a
# site whose policy lists peer keys reveals shares only when its unmask lists are the ones it
# signed (restricted to its neighbours), at least
# `threshold` of its neighbours signed them, and so did a majority of its consortium (its peer
# keys and itself), each a distinct hospital (`consistency_problems`). Each site signs one
# story a round and two majorities of one consortium share a hospital, so two stories cannot
# both be unmasked on: a coordinator that tells some sites "A survived" and others "A's
# neighbours dropped" gets no share from either group, unless hospitals colluding with it sign
# both (then as many as make up the difference of the two majorities).
CONSISTENCY_DOMAIN = b"medfed secagg+ survivors v2\0"
COHORT_DOMAIN = b"medfed secagg+ cohort v1\0"
CONSISTENCY_STAGE = "medfed_consistency"
SURVIVORS_KEY = "medfed_survivors"
DROPPED_KEY = "medfed_dropped"
COHORT_NODES_KEY = "medfed_cohort_nodes"  # in the consistency message: node ids ...
COHORT_PK1S_KEY = "medfed_cohort_pk1s"  # ... their pk1s ...
COHORT_SITE_KEYS_KEY = "medfed_cohort_site_keys"  # ... and site keys, in that order
DIGEST_BYTES = 32
CONSISTENCY_SIGNATURE_KEY = "medfed_survivors_signature"  # the site's reply
SIGNERS_KEY = "medfed_survivors_signers"  # in the unmask message: node ids ...
SIGNATURES_KEY = "medfed_survivors_signatures"  # ... and their signatures, in that order
NODE_ID_BYTES = 8  # Flower's node ids are unsigned 64-bit


def _ids(nids: Collection[int]) -> bytes:
    ordered = sorted(nids)
    return len(ordered).to_bytes(4, "big") + b"".join(
        nid.to_bytes(NODE_ID_BYTES, "big") for nid in ordered
    )


def cohort_digest(cohort: Mapping[int, tuple[bytes, bytes]]) -> bytes:
    """SHA-256 of the round's cohort, node id -> (pk1, site key), in node order, each field
    length-prefixed (raises OverflowError for an id that is no unsigned 64-bit integer)."""
    h = hashlib.sha256(COHORT_DOMAIN)
    h.update(len(cohort).to_bytes(4, "big"))
    for nid in sorted(cohort):
        pk1, site_key = cohort[nid]
        h.update(nid.to_bytes(NODE_ID_BYTES, "big"))
        for field in (pk1, site_key):
            h.update(len(field).to_bytes(4, "big") + field)
    return h.digest()


ROUND_KEY = "medfed_round"  # in the set-up message: the training round the session masks
SHARE_DOMAIN = b"medfed secagg+ share v1\0"


def seal_share(round_key: bytes, plaintext: bytes) -> bytes:
    """A neighbour's share plaintext with the round it was made for in front (encrypted with
    it, so the coordinator can neither read nor change it)."""
    return b"".join((SHARE_DOMAIN, len(round_key).to_bytes(4, "big"), round_key, plaintext))


def open_share(round_key: bytes, sealed: bytes) -> bytes:
    """The share plaintext `seal_share` wrapped; ValueError when it was made for another round
    (the coordinator told the two neighbours different rounds) or is malformed."""
    head = len(SHARE_DOMAIN)
    if not sealed.startswith(SHARE_DOMAIN) or len(sealed) < head + 4:
        raise ValueError("a share without its round")
    n = int.from_bytes(sealed[head : head + 4], "big")
    theirs = sealed[head + 4 : head + 4 + n]
    if theirs != round_key:
        raise ValueError(
            f"a share made for round {theirs.decode(errors='replace')!r}, this site's is "
            f"{round_key.decode(errors='replace')!r}"
        )
    return sealed[head + 4 + n :]


def round_id(run_id: str, global_round: int) -> bytes:
    """A training round: the run and its global round, as the fit instruction names them."""
    return f"{run_id}\0{global_round}".encode()


def session_round(run_id: str, global_round: int, nonce: bytes) -> bytes:
    """The round key of one SecAgg+ session (ROUND_KEY): the training round it masks and the
    coordinator's nonce for this session, so that a round retried after a crash is a new key
    (a site signs one story per key, ever)."""
    return round_id(run_id, global_round) + b"\0" + nonce.hex().encode()


def round_of(session: bytes) -> bytes:
    """The training round (`round_id`) of a session's round key (`session_round`)."""
    return session.rsplit(b"\0", 1)[0]


def survivors_message(
    active: Collection[int], dead: Collection[int], digest: bytes, round_key: bytes
) -> bytes:
    """What a site signs at the consistency stage: the lists, the cohort's digest and the
    round (`round_id`) (raises OverflowError for an id that is no unsigned 64-bit integer,
    ValueError for a digest that is not 32 bytes)."""
    if len(digest) != DIGEST_BYTES:
        raise ValueError(f"a cohort digest has {DIGEST_BYTES} bytes, got {len(digest)}")
    return b"".join((CONSISTENCY_DOMAIN, _ids(active), _ids(dead), digest,
                     len(round_key).to_bytes(4, "big"), round_key))  # fmt: skip


def sign_survivors(
    key: Ed25519PrivateKey,
    active: Collection[int],
    dead: Collection[int],
    digest: bytes,
    round_key: bytes,
) -> bytes:
    """The site's signature over the round's survivor and dropout lists, its cohort and the
    training round."""
    return key.sign(survivors_message(active, dead, digest, round_key))


def verify_survivors(
    site_key: bytes,
    active: Collection[int],
    dead: Collection[int],
    digest: bytes,
    round_key: bytes,
    signature: bytes,
) -> bool:
    """Whether `signature` is `site_key`'s over these lists, this cohort digest and round."""
    if len(site_key) != SITE_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        message = survivors_message(active, dead, digest, round_key)
        Ed25519PublicKey.from_public_bytes(site_key).verify(signature, message)
    except (InvalidSignature, ValueError, OverflowError):
        return False
    return True


def cohort_problems(
    cohort: Mapping[int, tuple[bytes, bytes]],
    own_node: int,
    own_pk1: bytes,
    own_key: bytes,
    neighbours: Mapping[int, tuple[bytes, bytes]],
    peer_keys: Collection[bytes],
    lists: tuple[Collection[int], Collection[int]],
) -> list[str]:
    """Why a site must not sign the round's lists over this cohort; empty when it may.

    The cohort must hold the site's own node with its pk1 of this round and its own key, every
    signed neighbour (node id -> (pk1, site key) as checked at share keys; an unsigned one, site
    key b"", is not matched) with the same keys, and every node the lists name; with
    `peer_keys`, each other member's site key must be a peer's, and no key two members'."""
    problems: list[str] = []
    if cohort.get(own_node) != (own_pk1, own_key):
        problems.append("the cohort does not hold this site's own keys of this round")
    changed = sorted(n for n, (pk1, key) in neighbours.items()
                     if key and n != own_node and cohort.get(n) != (pk1, key))  # fmt: skip
    if changed:
        problems.append(f"the cohort holds other keys than share keys did for neighbours {changed}")
    unknown = sorted((set(lists[0]) | set(lists[1])) - set(cohort))
    if unknown:
        problems.append(f"the lists name nodes {unknown[:5]} that are not in the cohort")
    if peer_keys:
        keys = [key for n, (_, key) in cohort.items() if n != own_node]
        if any(key not in peer_keys for key in keys):
            problems.append("a cohort member's key is not in secure_aggregation.peer_keys")
        if len(set(keys)) != len(keys) or own_key in keys:
            problems.append("one site key stands for two cohort members")
    return problems


def consistency_problems(
    signed: tuple[Sequence[int], Sequence[int]] | None,
    unmask: tuple[Sequence[int], Sequence[int]],
    neighbours: Collection[int],
    own_node: int,
    cohort: Mapping[int, bytes],
    digest: bytes,
    round_key: bytes,
    signatures: Mapping[int, bytes],
    threshold: int,
    consortium: Collection[bytes],
    min_survivors: int = 2,
) -> list[str]:
    """Why a site must not reveal its shares at unmask; empty when it may.

    `signed`: the (survivors, dropped) lists this site signed at the consistency stage (None:
    it signed none), over the cohort `digest`; `unmask`: the lists of the unmask message, which
    name only its neighbours (`neighbours`, node ids, its own included); `cohort`: node id ->
    site key of the cohort it signed over; `signatures`: node id -> survivor signature from the
    unmask message; `consortium`: the site keys of its peers and its own. The unmask lists must
    be the signed ones restricted to its neighbours; at least `threshold` neighbours, and more
    than half of the consortium (distinct keys), must have signed the same lists over the same
    cohort: the site itself (it signed them) and each member whose signature verifies under its
    site key. And at least `min_survivors` of the survivors listed must be among those signers:
    a site that refused the round (its masked vector holds weight 0) signs no list naming it a
    survivor, so a coordinator cannot pad the mean it unmasks with sites that put nothing in."""
    if signed is None:
        return ["this site signed no survivor lists this round (no consistency stage)"]
    active, dead = set(signed[0]), set(signed[1])
    near = set(neighbours)
    got_active, got_dead = set(unmask[0]), set(unmask[1])
    problems: list[str] = []
    if got_active != active & near or got_dead & near != dead & near or not got_dead <= dead:
        problems.append("its unmask lists are not the survivor lists it signed")
    agreed = {own_node}  # itself: it signed these lists
    for nid, key in cohort.items():
        sig = signatures.get(nid)
        if (
            nid != own_node
            and sig is not None
            and verify_survivors(key, active, dead, digest, round_key, sig)
        ):
            agreed.add(nid)
    in_reach = len(agreed & near)
    if in_reach < threshold:
        problems.append(f"{in_reach} of its neighbours (itself included) signed the survivor "
                        f"lists it signed, threshold {threshold}")  # fmt: skip
    vouched = len(agreed & active)
    if vouched < min_survivors:
        problems.append(f"{vouched} of the survivors listed signed the lists it signed, "
                        f"secure_aggregation.min_survivors is {min_survivors}")  # fmt: skip
    hospitals = {cohort[nid] for nid in agreed if cohort.get(nid) in consortium}
    if 2 * len(hospitals) <= len(consortium):
        problems.append(f"{len(hospitals)} of the consortium's {len(consortium)} hospitals "
                        "(itself included) signed the lists it signed: not a majority")  # fmt: skip
    return problems
