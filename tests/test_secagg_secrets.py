"""SecAgg+ secrets (`protocols.secagg_secrets`): Shamir shares in GF(2**521 - 1) rebuild the
secret from any `threshold` of them and only then; malformed, too few, repeated or wrong shares
are refused with a ShareError naming the problem; the mask key's 48-byte scalar round-trips to
the same key (same public key, same ECDH agreement); and the site mod shares exactly these."""

from __future__ import annotations

import itertools
import os
import random

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from flwr.common.secure_aggregation.crypto.symmetric_encryption import (
    decrypt,
    generate_shared_key,
)
from flwr.common.secure_aggregation.secaggplus_utils import share_keys_plaintext_separate
from flwr.supercore.primitives.asymmetric import bytes_to_public_key, public_key_to_bytes

from protocols.secagg_secrets import (
    MASK_SEED_BYTES,
    PRIME,
    SCALAR_BYTES,
    SHARE_BYTES,
    ShareError,
    combine_secret,
    generate_mask_key,
    private_key_to_scalar,
    scalar_to_private_key,
    split_secret,
)

P384_ORDER = int(
    "39402006196394479212279040100143613805079739270465446667946905279627659399113263569398956308152294913554433653942643"
)


def _lagrange_at_zero(points: list[tuple[int, int]]) -> int:
    """An independent oracle: Lagrange interpolation at 0 over GF(PRIME) with Fermat inverses."""
    total = 0
    for j, (xj, yj) in enumerate(points):
        term = yj
        for m, (xm, _) in enumerate(points):
            if m != j:
                term = term * xm % PRIME * pow((xm - xj) % PRIME, PRIME - 2, PRIME) % PRIME
        total = (total + term) % PRIME
    return total


@pytest.mark.parametrize(("threshold", "num"), [(2, 3), (3, 4), (5, 7), (8, 11), (10, 15)])
@pytest.mark.parametrize("length", [MASK_SEED_BYTES, SCALAR_BYTES])
def test_any_threshold_shares_rebuild_the_secret(threshold: int, num: int, length: int) -> None:
    secret = b"\x00\x00" + os.urandom(length - 2)  # leading zero bytes must survive
    shares = split_secret(secret, threshold, num)
    assert len(shares) == num and all(len(s) == SHARE_BYTES for s in shares)
    assert [int.from_bytes(s[:4], "big") for s in shares] == list(range(1, num + 1))
    rnd = random.Random(threshold * 100 + num)
    subsets = list(itertools.combinations(range(num), threshold))
    for subset in rnd.sample(subsets, min(20, len(subsets))):
        picked = [shares[i] for i in rnd.sample(subset, len(subset))]  # any order
        assert combine_secret(picked, threshold, length) == secret
        points = [(int.from_bytes(s[:4], "big"), int.from_bytes(s[4:], "big")) for s in picked]
        # f(0) is the secret followed by its 16-byte check value
        assert _lagrange_at_zero(points) >> 128 == int.from_bytes(secret, "big")
    # every share at once: the extra ones are checked against the polynomial and agree
    assert combine_secret(shares, threshold, length) == secret


def test_fewer_than_threshold_shares_are_refused_and_each_split_is_fresh() -> None:
    secret = os.urandom(32)
    shares = split_secret(secret, 4, 6)
    with pytest.raises(ShareError, match="3 shares, 4 needed"):
        combine_secret(shares[:3], 4, 32)
    # fresh coefficients each split: the same secret never gives the same shares twice
    again = split_secret(secret, 4, 6)
    assert all(a != b for a, b in zip(shares, again, strict=True))


def test_a_wrong_share_is_refused_not_rebuilt_into_a_wrong_secret() -> None:
    secret = os.urandom(SCALAR_BYTES)
    shares = split_secret(secret, 4, 6)
    bad = bytearray(shares[2])
    bad[-1] ^= 1
    # with more shares than the threshold, the wrong one disagrees with the polynomial
    with pytest.raises(ShareError, match="does not lie on the polynomial"):
        combine_secret([*shares[:2], bytes(bad), *shares[3:]], 4, SCALAR_BYTES)
    with pytest.raises(ShareError, match="index 3 does not lie"):
        combine_secret([*shares[:2], *shares[3:], bytes(bad)], 4, SCALAR_BYTES)
    # with exactly the threshold, a flipped low bit shifts the rebuilt value by a small integer
    # (the Lagrange coefficient): the check value catches it
    with pytest.raises(ShareError, match="rebuild no 48-byte secret .its check value"):
        combine_secret([*shares[:2], bytes(bad), shares[3]], 4, SCALAR_BYTES)
    for pos in (4, 40, SHARE_BYTES - 1):  # any byte of any of the threshold shares
        for i in range(4):
            wrong = bytearray(shares[i])
            wrong[pos] ^= 0x80
            picked = [bytes(wrong) if j == i else shares[j] for j in range(4)]
            with pytest.raises(ShareError):
                combine_secret(picked, 4, SCALAR_BYTES)
    # the right shares asked for the wrong length
    with pytest.raises(ShareError, match="rebuild no 32-byte secret"):
        combine_secret(shares[:4], 4, 32)
    # shares of another secret mixed in
    foreign = split_secret(os.urandom(SCALAR_BYTES), 4, 6)
    with pytest.raises(ShareError):
        combine_secret([*shares[:3], *foreign[3:]], 4, SCALAR_BYTES)


def test_malformed_shares_are_refused_with_what_is_wrong() -> None:
    shares = split_secret(os.urandom(32), 3, 5)
    with pytest.raises(ShareError, match=f"share #1 must be {SHARE_BYTES} bytes, got 69"):
        combine_secret([shares[0], shares[1][:-1], shares[2]], 3, 32)
    with pytest.raises(ShareError, match="share #2 must be 70 bytes, got 90"):
        combine_secret([shares[0], shares[1], shares[2] + bytes(20)], 3, 32)
    with pytest.raises(ShareError, match="share #1 repeats index 1"):
        combine_secret([shares[0], shares[0], shares[2]], 3, 32)
    zero_index = bytes(4) + shares[1][4:]
    with pytest.raises(ShareError, match="share #0 has index 0"):
        combine_secret([zero_index, shares[1], shares[2]], 3, 32)
    too_big = shares[1][:4] + PRIME.to_bytes(66, "big")
    with pytest.raises(ShareError, match=r"share #1 \(index 2\) holds a value outside"):
        combine_secret([shares[0], too_big, shares[2]], 3, 32)
    with pytest.raises(ShareError, match="share #0 must be 70 bytes, got str"):
        combine_secret(["x" * 70, shares[1], shares[2]], 3, 32)  # type: ignore[list-item]


def test_split_refuses_bad_parameters() -> None:
    with pytest.raises(ValueError, match="threshold 1, num_shares 3"):
        split_secret(os.urandom(32), 1, 3)
    with pytest.raises(ValueError, match="threshold 4, num_shares 3"):
        split_secret(os.urandom(32), 4, 3)
    with pytest.raises(ValueError, match="1..48 bytes, got 49"):
        split_secret(os.urandom(49), 2, 3)
    with pytest.raises(ValueError, match="1..48 bytes, got 0"):
        split_secret(b"", 2, 3)


def test_mask_key_scalar_round_trips_to_the_same_key() -> None:
    key = generate_mask_key()
    scalar = private_key_to_scalar(key)
    assert len(scalar) == SCALAR_BYTES == 48
    back = scalar_to_private_key(scalar)
    assert back.private_numbers() == key.private_numbers()
    assert public_key_to_bytes(back.public_key()) == public_key_to_bytes(key.public_key())
    peer = generate_mask_key()
    assert generate_shared_key(back, peer.public_key()) == generate_shared_key(
        key, peer.public_key()
    )
    # through Shamir, as the coordinator rebuilds a dropped site's key
    shares = split_secret(scalar, 5, 7)
    rebuilt = scalar_to_private_key(combine_secret(shares[2:], 5, SCALAR_BYTES))
    assert rebuilt.private_numbers() == key.private_numbers()


def test_a_wrong_scalar_is_refused() -> None:
    key = generate_mask_key()
    with pytest.raises(ValueError, match="is 48 bytes, got 47"):
        scalar_to_private_key(private_key_to_scalar(key)[1:])
    with pytest.raises(ValueError, match="outside 1..n-1"):
        scalar_to_private_key(bytes(48))
    with pytest.raises(ValueError, match="outside 1..n-1"):
        scalar_to_private_key(P384_ORDER.to_bytes(48, "big"))
    assert scalar_to_private_key((P384_ORDER - 1).to_bytes(48, "big")) is not None
    with pytest.raises(ValueError, match="mask keys are secp384r1, got secp256r1"):
        private_key_to_scalar(ec.generate_private_key(ec.SECP256R1()))


def test_site_mod_shares_its_seed_and_scalar_with_these_shares() -> None:
    """Three sites through the mod's set-up and share-keys stages: each neighbour's encrypted
    pair of shares decrypts, comes from the right site, and with the site's own pair any
    threshold of them rebuild that site's seed and mask key (the one its public key is of)."""
    from flwr.app import ConfigRecord, Context, RecordDict
    from flwr.app.message.message import make_message
    from flwr.app.message_type import MessageType
    from flwr.app.metadata import Metadata
    from flwr.client.mod.secure_aggregation.secaggplus_mod import SecAggPlusState
    from flwr.common.secure_aggregation.secaggplus_constants import (
        RECORD_KEY_CONFIGS,
        RECORD_KEY_STATE,
        Key,
        Stage,
    )

    from protocols.secagg_identity import ROUND_KEY, open_share, session_round
    from protocols.secagg_masking import MASK_PRG, MASK_PRG_KEY
    from site_agent.secagg_mod import secaggplus_mask_mod

    def message(nid: int, configs: dict) -> object:  # type: ignore[type-arg]
        meta = Metadata(run_id=1, message_id="", src_node_id=1, dst_node_id=nid,
                        reply_to_message_id="", group_id="1", created_at=0.0, ttl=60.0,
                        message_type=MessageType.TRAIN)  # fmt: skip
        return make_message(meta, RecordDict({RECORD_KEY_CONFIGS: ConfigRecord(configs)}))

    def never(msg: object, ctxt: object) -> object:
        raise AssertionError("key stages never call the ClientApp")

    nids = [11, 22, 33]
    ctxts = {n: Context(run_id=1, node_id=n, node_config={}, state=RecordDict(), run_config={})
             for n in nids}  # fmt: skip
    setup = {Key.STAGE: Stage.SETUP, Key.SAMPLE_NUMBER: 3, Key.SHARE_NUMBER: 3,
             Key.THRESHOLD: 2, Key.CLIPPING_RANGE: 0.5, Key.TARGET_RANGE: 2**22,
             Key.MOD_RANGE: 2**32, Key.MAX_WEIGHT: 1024.0, MASK_PRG_KEY: MASK_PRG,
             ROUND_KEY: session_round("run", 1, b"n")}  # fmt: skip
    pks = {}
    for n in nids:
        reply = secaggplus_mask_mod(message(n, dict(setup)), ctxts[n], never)  # type: ignore[arg-type]
        rec = reply.content.config_records[RECORD_KEY_CONFIGS]
        pks[n] = [rec[Key.PUBLIC_KEY_1], rec[Key.PUBLIC_KEY_2]]
    cts: dict[int, dict[int, bytes]] = {n: {} for n in nids}
    for n in nids:
        cfg = {Key.STAGE: Stage.SHARE_KEYS, **{str(m): pks[m] for m in nids}}
        reply = secaggplus_mask_mod(message(n, cfg), ctxts[n], never)  # type: ignore[arg-type]
        rec = reply.content.config_records[RECORD_KEY_CONFIGS]
        for dst, ct in zip(rec[Key.DESTINATION_LIST], rec[Key.CIPHERTEXT_LIST], strict=True):
            cts[int(dst)][n] = ct  # type: ignore[call-overload]
    states = {n: SecAggPlusState(**ctxts[n].state.config_records[RECORD_KEY_STATE]) for n in nids}
    for owner in nids:
        st = states[owner]
        assert len(st.sk1) == SCALAR_BYTES and len(st.rd_seed) == MASK_SEED_BYTES
        seed_shares = [st.rd_seed_share_dict[owner]]
        key_shares = [st.sk1_share_dict[owner]]
        for holder in nids:
            if holder == owner:
                continue
            sealed = decrypt(states[holder].ss2_dict[owner], cts[holder][owner])
            plain = open_share(session_round("run", 1, b"n"), sealed)  # made for this round
            src, dst, b_share, sk_share = share_keys_plaintext_separate(plain)
            assert (src, dst) == (owner, holder)
            seed_shares.append(b_share)
            key_shares.append(sk_share)
        assert combine_secret(seed_shares, 2, MASK_SEED_BYTES) == st.rd_seed
        assert combine_secret(seed_shares[1:], 2, MASK_SEED_BYTES) == st.rd_seed
        sk1 = scalar_to_private_key(combine_secret(key_shares[::-1], 2, SCALAR_BYTES))
        assert public_key_to_bytes(sk1.public_key()) == pks[owner][0]
        assert bytes_to_public_key(pks[owner][0]) is not None
