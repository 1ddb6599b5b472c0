"""SecAgg+ secrets: Shamir sharing over a prime field, and the mask key as its raw scalar.

Both ends of MedFed's SecAgg+ (the site's `site_agent.secagg_mod`, which splits, and the
coordinator's `coordinator.secure_agg` workflow, which rebuilds) call these functions.

Why not Flower's `create_shares`/`combine_shares`. Flower 1.42 pads each secret to 16-byte
chunks and shares every chunk in pycryptodome's GF(2^128), whose multiplication is pure Python
(~1 ms per full product, 128 iterations that parse `bin()` strings); a 306-byte PEM private key
is 20 chunks, and rebuilding one 16-byte chunk from k shares costs k inversions and k full
products (~50 ms at k = 15), on a thread pool per call. Here a secret of up to 64 bytes is one
element of GF(p), p = 2**521 - 1 (a Mersenne prime), shared as the values at x = 1..k of a
polynomial of degree t-1 whose other t-1 coefficients are drawn uniformly from GF(p)
(`secrets.randbelow`): Shamir's scheme as published, with Python's integers (microseconds per
product). Any t shares determine the secret; any t-1 are uniform and independent of it
(information-theoretic, as in GF(2^128)).

Shares are checked, not trusted. What is shared is the secret followed by a 16-byte check value,
the first 16 bytes of SHA-256 over a label and the secret (so the shared element has at most
48 + 16 = 64 bytes). A share must be exactly SHARE_BYTES long, carry an index in 1..2**32-1 and a
value below p; indices must be distinct; at least `threshold` are needed; where more than
`threshold` arrive, every one beyond the first `threshold` must lie on the polynomial those
define; and the rebuilt element must be a secret of the expected length followed by its check
value. A wrong share therefore raises `ShareError` instead of yielding a wrong key that would
silently turn the aggregate into noise: a wrong share shifts the rebuilt element by its error
times a Lagrange coefficient (for consecutive indices a small integer, so a length check alone
would miss a flipped low bit), and the check value then matches with probability 2**-128 for
whoever does not know the secret. The check value is part of the shared element, so t-1 shares
still say nothing about the secret or it.

The mask key. The pairwise masks come from ECDH on P-384 (Flower's curve and PEM public keys,
unchanged). What is shared is the key's private scalar as 48 big-endian bytes
(`private_key_to_scalar`), not its 306-byte PKCS#8 PEM: one field element either way, but the
scalar is what the secret is, and `scalar_to_private_key` checks it is one.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from collections.abc import Sequence

from cryptography.hazmat.primitives.asymmetric import ec

PRIME = 2**521 - 1
_INDEX_BYTES = 4
_VALUE_BYTES = (PRIME.bit_length() + 7) // 8  # 66
SHARE_BYTES = _INDEX_BYTES + _VALUE_BYTES
_CHECK_BYTES = 16
_CHECK_LABEL = b"medfed secagg+ shamir check v1\x00"
MAX_SECRET_BYTES = 48  # + the check value: 64 bytes, 512 bits < 521, an element of GF(p)
MAX_SHARES = 2**32 - 1

MASK_SEED_BYTES = 32  # a site's private mask seed (Flower's size)
CURVE = ec.SECP384R1()
SCALAR_BYTES = (CURVE.key_size + 7) // 8  # 48
_CURVE_ORDER = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFC7634D81F4372DDF581A0DB248B0A77AECEC196ACCC52973  # noqa: E501


class ShareError(ValueError):
    """Shamir shares that are malformed, too few, or do not rebuild a secret consistently."""


def _check_value(secret: bytes) -> bytes:
    return hashlib.sha256(_CHECK_LABEL + secret).digest()[:_CHECK_BYTES]


def split_secret(secret: bytes, threshold: int, num_shares: int) -> list[bytes]:
    """`num_shares` shares of `secret` (at most 48 bytes), any `threshold` of which rebuild it.

    Share i (i = 1..num_shares) is i as 4 big-endian bytes, then f(i) as 66 big-endian bytes,
    where f(0) is the secret and its check value as one big-endian integer."""
    if not 2 <= threshold <= num_shares <= MAX_SHARES:
        raise ValueError(
            f"Shamir sharing needs 2 <= threshold <= num_shares <= {MAX_SHARES}, "
            f"got threshold {threshold}, num_shares {num_shares}"
        )
    if not 1 <= len(secret) <= MAX_SECRET_BYTES:
        raise ValueError(f"a shared secret has 1..{MAX_SECRET_BYTES} bytes, got {len(secret)}")
    # f(x) = secret + c_1 x + ... + c_{t-1} x^{t-1}, highest degree first for Horner's rule
    coeffs = [secrets.randbelow(PRIME) for _ in range(threshold - 1)]
    coeffs.append(int.from_bytes(secret + _check_value(secret), "big"))
    shares = []
    for x in range(1, num_shares + 1):
        y = 0
        for c in coeffs:
            y = (y * x + c) % PRIME
        shares.append(x.to_bytes(_INDEX_BYTES, "big") + y.to_bytes(_VALUE_BYTES, "big"))
    return shares


def _parse(shares: Sequence[bytes]) -> list[tuple[int, int]]:
    points: list[tuple[int, int]] = []
    seen: set[int] = set()
    for pos, share in enumerate(shares):
        if not isinstance(share, bytes) or len(share) != SHARE_BYTES:
            got = len(share) if isinstance(share, bytes) else type(share).__name__
            raise ShareError(f"share #{pos} must be {SHARE_BYTES} bytes, got {got}")
        x = int.from_bytes(share[:_INDEX_BYTES], "big")
        y = int.from_bytes(share[_INDEX_BYTES:], "big")
        if x == 0:
            raise ShareError(f"share #{pos} has index 0 (the secret's own point)")
        if y >= PRIME:
            raise ShareError(f"share #{pos} (index {x}) holds a value outside GF(2**521 - 1)")
        if x in seen:
            raise ShareError(f"share #{pos} repeats index {x}")
        seen.add(x)
        points.append((x, y))
    return points


def _interpolate(points: Sequence[tuple[int, int]], at: int) -> int:
    """f(at) for the polynomial of degree < len(points) through `points` (Lagrange)."""
    total = 0
    for j, (xj, yj) in enumerate(points):
        num = den = 1
        for m, (xm, _) in enumerate(points):
            if m != j:
                num = num * (at - xm) % PRIME
                den = den * (xj - xm) % PRIME
        total = (total + yj * num * pow(den, -1, PRIME)) % PRIME
    return total


def combine_secret(shares: Sequence[bytes], threshold: int, length: int) -> bytes:
    """The `length`-byte secret that `shares` (at least `threshold` of them) were split from.

    Raises ShareError when a share is malformed, repeated, inconsistent with the others, or the
    shares rebuild no `length`-byte secret."""
    if threshold < 2 or not 1 <= length <= MAX_SECRET_BYTES:
        raise ValueError(
            f"threshold must be >= 2 and length 1..{MAX_SECRET_BYTES}, got {threshold}, {length}"
        )
    points = _parse(shares)
    if len(points) < threshold:
        raise ShareError(f"{len(points)} shares, {threshold} needed to rebuild the secret")
    base, extra = points[:threshold], points[threshold:]
    for x, y in extra:
        if _interpolate(base, x) != y:
            raise ShareError(
                f"share with index {x} does not lie on the polynomial of the first {threshold} "
                "shares: a share is wrong or corrupted"
            )
    value = _interpolate(base, 0)
    total = length + _CHECK_BYTES
    encoded = value.to_bytes(total, "big") if value < 1 << (8 * total) else b""
    secret, check = encoded[:length], encoded[length:]
    if not encoded or check != _check_value(secret):
        raise ShareError(
            f"the shares rebuild no {length}-byte secret (its check value does not match): "
            "a share is wrong or corrupted"
        )
    return secret


def private_key_to_scalar(key: ec.EllipticCurvePrivateKey) -> bytes:
    """The P-384 private key's scalar as 48 big-endian bytes (what SecAgg+ shares of it)."""
    if key.curve.name != CURVE.name:
        raise ValueError(f"SecAgg+ mask keys are {CURVE.name}, got {key.curve.name}")
    return key.private_numbers().private_value.to_bytes(SCALAR_BYTES, "big")


def scalar_to_private_key(scalar: bytes) -> ec.EllipticCurvePrivateKey:
    """The P-384 private key whose scalar `scalar` holds (48 big-endian bytes, in 1..n-1)."""
    if len(scalar) != SCALAR_BYTES:
        raise ValueError(
            f"a {CURVE.name} private scalar is {SCALAR_BYTES} bytes, got {len(scalar)}"
        )
    value = int.from_bytes(scalar, "big")
    if not 1 <= value < _CURVE_ORDER:
        raise ValueError(f"not a {CURVE.name} private scalar: outside 1..n-1")
    return ec.derive_private_key(value, CURVE)


def generate_mask_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(CURVE)


# Neighbours per site (its own share included) per doubling of the consortium: k grows as
# c * log2(n), so the masking work of a site, k pairwise masks over its update, grows
# logarithmically instead of linearly in the number of sites.
SHARES_PER_LOG2 = 2.0
MIN_SHARES = 3


def shares_and_threshold(num_sites: int) -> tuple[int, int]:
    """(num_shares k, reconstruction_threshold t) for a round of `num_sites` sites.

    k = min(n, max(3, ceil(2 * log2 n))), made odd below n (Flower's ring of neighbours takes
    k // 2 on each side, so it rounds an even k up anyway); t = ceil(2k / 3), below k.
    What that buys (Bell et al. 2020, SecAgg+): a site's masks are only recoverable from t of
    the k shares of its neighbourhood, the site's own among them (a surviving site reveals its
    own seed share at unmask), so a coordinator learns a site's update only with t - 1 of that
    site's neighbours colluding; and a round still completes when up to k - t (a third) of any
    site's neighbours drop out after key sharing. The coordinator's workflow sets (k, t) by this
    rule, and a site's guard refuses a session whose (k, t) is below it for the cohort the site
    signs over (site_agent.secagg_guard). Flower 1.42 builds the neighbourhoods as a ring over
    the sampled nodes' order, not the random graph of the paper; collusion of a contiguous run
    of t - 1 sites beside one is the worst case.
    """
    if num_sites < 3:
        raise ValueError(f"SecAgg+ needs at least 3 sites, got {num_sites}")
    k = min(num_sites, max(MIN_SHARES, math.ceil(SHARES_PER_LOG2 * math.log2(num_sites))))
    if k < num_sites and k % 2 == 0:
        k += 1
    threshold = min(k - 1, max(2, math.ceil(2 * k / 3)))
    return k, threshold
