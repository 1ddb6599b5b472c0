"""SecAgg+ masking arithmetic against oracles: the mask is the AES-128-CTR keystream of the
HKDF-derived key (checked block by block with AES-ECB), both ends expand the same mask from the
same seed, pairwise masks cancel in the sum, a dropped site's masks are removed exactly, and the
dequantized mean equals Flower's own dequantization and the plaintext weighted mean within the
stated bound."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Mapping

import numpy as np
import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flwr.app import Array, ArrayRecord, ConfigRecord, Context, Message, RecordDict
from flwr.app.message.message import make_message
from flwr.app.message_type import MessageType
from flwr.app.metadata import Metadata
from flwr.client.mod.secure_aggregation.secaggplus_mod import SecAggPlusState
from flwr.common import bytes_to_ndarray, ndarray_to_bytes
from flwr.common.secure_aggregation.quantization import dequantize
from flwr.common.secure_aggregation.secaggplus_constants import RECORD_KEY_CONFIGS, Key, Stage
from flwr.compat.common import recorddict_compat as compat
from flwr.supercore.primitives.asymmetric import public_key_to_bytes

import protocols.secagg_masking as masking
from coordinator.secure_agg import SecAggSettings, error_bound
from protocols.secagg_identity import ROUND_KEY, round_id
from protocols.secagg_masking import (
    CHUNK,
    MASK_PRG,
    MASK_PRG_KEY,
    MASKED_RECORD,
    SEGMENT,
    add_mask_sum,
    aggregation_weight,
    apply_masks,
    check_modulus,
    dequantize_mean,
    mask,
    mask_key,
    mask_sum,
    masked_arrays,
    masked_record,
    masked_update,
    npy_bytes,
    npy_view,
    quantize_weighted,
    quantized_weight,
    split_flat,
    unmask_sum,
)
from protocols.secagg_secrets import generate_mask_key, private_key_to_scalar
from site_agent.secagg_mod import SecAggMismatch, secaggplus_mask_mod

SETTINGS = SecAggSettings()
R = SETTINGS.quantization_range
C = SETTINGS.clipping_range


def test_mask_is_the_aes_ctr_keystream_of_the_derived_key() -> None:
    seed = bytes(range(32))
    got = mask(seed, 12)
    ecb = Cipher(algorithms.AES(mask_key(seed)), modes.ECB()).encryptor()
    # CTR block i = AES_k(nonce + i), big-endian 128-bit counter from a zero nonce
    blocks = b"".join(ecb.update(i.to_bytes(16, "big")) for i in range(3))
    assert np.array_equal(got, np.frombuffer(blocks, dtype="<u4"))
    assert len(mask_key(seed)) == 16 and mask_key(seed) != mask_key(seed[:-1] + b"\x00")


def test_masks_applied_block_by_block_are_the_whole_keystreams() -> None:
    """apply_masks walks the vector in CHUNK-value blocks, every mask per block: the result must
    be the vector plus/minus each seed's whole keystream (one ECB-counter oracle per seed), also
    across block boundaries and in a short last block."""
    size = 2 * CHUNK + 5
    seeds = [(os.urandom(32), 1), (os.urandom(32), -1), (os.urandom(32), 1)]
    vec = np.random.default_rng(3).integers(0, 2**32, size, dtype=np.uint32)
    expected = _masked_by_oracle(vec, seeds)
    apply_masks(vec, seeds)
    assert np.array_equal(vec, expected)


def _masked_by_oracle(vec: np.ndarray, seeds: list[tuple[bytes, int]]) -> np.ndarray:
    """vec plus/minus each seed's whole keystream, from AES-ECB over the counter blocks."""
    expected = vec.astype(np.int64)
    for seed, sign in seeds:
        ecb = Cipher(algorithms.AES(mask_key(seed)), modes.ECB()).encryptor()
        blocks = ecb.update(b"".join(i.to_bytes(16, "big") for i in range(-(-vec.size // 4))))
        expected += sign * np.frombuffer(blocks, dtype="<u4", count=vec.size).astype(np.int64)
    return (expected % 2**32).astype(np.uint32)


def test_masks_split_across_segments_and_threads_are_the_whole_keystreams(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Segments start their keystream at their own CTR counter: over two segment boundaries and a
    short last segment, masks applied on one thread and on several equal the ECB oracle."""
    size = 2 * SEGMENT + 7
    seeds = [(os.urandom(32), 1), (os.urandom(32), -1)]
    start = np.random.default_rng(5).integers(0, 2**32, size, dtype=np.uint32)
    expected = _masked_by_oracle(start, seeds)
    for n in (1, 3):
        monkeypatch.setattr(masking, "threads", lambda n=n: n)
        vec = start.copy()
        apply_masks(vec, seeds)
        assert np.array_equal(vec, expected), n


def test_quantization_depends_on_the_generator_not_on_the_number_of_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Value j's rounding noise is word j of one AES-CTR keystream under a key from the
    generator, whichever segment or thread computes it, so the same seed gives the same vector on
    one core or many (a reproducible run stays reproducible on another machine); arrays that
    straddle segment boundaries land at their offsets."""
    arrays = [
        np.random.default_rng(1).normal(0, 0.1, SEGMENT - 3).astype(np.float32),
        np.random.default_rng(2).normal(0, 0.1, SEGMENT + 10).astype(np.float32),
        np.array([0.25], np.float32),
    ]
    q = quantized_weight(700, 1024.0, R)
    got = {}
    for n in (1, 4):
        monkeypatch.setattr(masking, "threads", lambda n=n: n)
        got[n] = quantize_weighted(arrays, q, C, R, np.random.default_rng(9))
    assert np.array_equal(got[1], got[4])
    flat = np.concatenate(arrays).astype(np.float64)
    exact = (flat * (q / R) + C) * R / (2 * C)
    # every value rounded down or up from its own exact position, never another array's
    assert np.all((got[1][1:] == np.floor(exact)) | (got[1][1:] == np.floor(exact) + 1))
    # the oracle: value j's rounding noise is word j of the AES-128-CTR keystream under the
    # generator's first 16 bytes, read as u = word * 2**-32
    key = np.random.default_rng(9).bytes(16)
    stream = (
        Cipher(algorithms.AES(key), modes.CTR(bytes(16))).encryptor().update(bytes(4 * flat.size))
    )
    u = np.frombuffer(stream, dtype="<u4").astype(np.float64) * 2.0**-32
    a = (q / R) * (R / (2 * C))
    oracle = np.floor(np.clip(flat * a + C * R / (2 * C) + u, 0, R))
    assert np.array_equal(got[1][1:], oracle.astype(np.uint32))
    assert not np.array_equal(got[1], quantize_weighted(arrays, q, C, R, np.random.default_rng(8)))


def test_same_seed_same_mask_other_seed_other_mask_and_uniform() -> None:
    seed = os.urandom(32)
    a, b = mask(seed, 200_003), mask(seed, 200_003)
    assert np.array_equal(a, b)
    # a prefix of a longer mask: the arrays of an update can be split anywhere
    assert np.array_equal(mask(seed, 1000), a[:1000])
    other = mask(os.urandom(32), 200_003)
    assert np.mean(a == other) < 1e-3
    # uniform over uint32: each top-byte bucket within 5% of 1/256 and mean near 2**31
    buckets = np.bincount(a >> 24, minlength=256) / a.size
    assert np.all(np.abs(buckets - 1 / 256) < 0.05 / 256 * 8)
    assert abs(a.mean() / 2**32 - 0.5) < 0.01
    with pytest.raises(ValueError, match="at least 16 bytes"):
        mask(b"short", 4)


def _ring(n: int) -> dict[int, dict[int, bytes]]:
    """Pairwise seeds of a complete graph of n sites: seeds[i][j] == seeds[j][i]."""
    seeds: dict[int, dict[int, bytes]] = {i: {} for i in range(n)}
    for i in range(n):
        for j in range(i + 1, n):
            seeds[i][j] = seeds[j][i] = os.urandom(44)
    return seeds


def _site_arrays(pid: int) -> list[np.ndarray]:
    rng = np.random.default_rng(pid)
    return [
        (rng.standard_normal((3, 5)) * 1e-2).astype(np.float32),
        (rng.standard_normal(7) * 1e-2).astype(np.float32),
    ]


EXAMPLES = [120, 300, 75, 250, 1000]


@pytest.mark.parametrize("modulus", [2**32, 2**30])
@pytest.mark.parametrize("dropped", [(), (2,), (1, 3)])
def test_masks_cancel_and_dropped_sites_are_unmasked_exactly(
    modulus: int, dropped: tuple[int, ...]
) -> None:
    n = len(EXAMPLES)
    seeds = _ring(n)
    private = {i: os.urandom(32) for i in range(n)}
    rng = np.random.default_rng(7)
    quantized = {
        i: quantize_weighted(_site_arrays(i), quantized_weight(EXAMPLES[i], 1024.0, R), C, R, rng)
        for i in range(n)
    }
    uploads = {
        i: masked_update(
            quantized[i],
            private[i],
            [(seeds[i][j], 1 if i > j else -1) for j in seeds[i]],
            modulus,
        )
        for i in range(n)
        if i not in dropped
    }
    for vec in uploads.values():  # what leaves a site: full-range noise, not the update
        assert vec.dtype == np.uint32 and vec.max() < modulus
        assert np.mean(vec >= R) > 0.5
    total = np.zeros_like(quantized[0])
    for vec in uploads.values():
        total += vec  # uint32: wraps modulo 2**32
    alive = sorted(uploads)
    plain = unmask_sum(
        total,
        [private[i] for i in alive],
        [(seeds[d][j], 1 if j > d else -1) for d in dropped for j in alive],
        modulus,
    )
    # the oracle: the exact integer sum of the survivors' quantized vectors, modulo the modulus
    oracle = sum(quantized[i].astype(np.int64) for i in alive) % modulus
    assert np.array_equal(plain.astype(np.int64), oracle)


def test_dequantized_mean_matches_flower_and_the_plaintext_mean_within_bound() -> None:
    n = len(EXAMPLES)
    rng = np.random.default_rng(3)
    plain = np.zeros(1 + 15 + 7, np.uint32)
    for i in range(n):
        plain += quantize_weighted(
            _site_arrays(i), quantized_weight(EXAMPLES[i], 1024.0, R), C, R, rng
        )
    total_q, mean = dequantize_mean(plain, n, C, R)
    assert total_q == sum(quantized_weight(e, 1024.0, R) for e in EXAMPLES)
    # Flower's server arithmetic on the same integers (unmask_stage after factor_extract)
    (flower,) = dequantize([plain[1:].astype(np.int64)], C, R)
    flower = (flower - (n - 1) * C) * (R / total_q)
    np.testing.assert_allclose(mean, flower, rtol=0, atol=1e-12)
    weights = [min(e, 1024) / 1024 for e in EXAMPLES]
    expected = sum(
        w * np.concatenate([a.ravel() for a in _site_arrays(i)]).astype(np.float64)
        for i, w in enumerate(weights)
    ) / sum(weights)
    err = np.max(np.abs(mean - expected))
    bound = error_bound(SETTINGS, EXAMPLES)
    assert 0 < err <= bound + 1e-9, (err, bound)
    a, b = split_flat(mean, [(3, 5), (7,)])
    assert a.shape == (3, 5) and b.shape == (7,) and b[0] == mean[15]


@pytest.mark.parametrize(
    "examples",
    [
        [400_000, 400_000, 400_000],  # the weights' sum past 2**32 once quantized, uncapped
        [5_000, 500, 20_000],  # a large site's values past clipping_range * max_weight / n
    ],
)
def test_a_site_over_max_weight_weighs_max_weight_and_the_sum_stays_exact(
    examples: list[int],
) -> None:
    """A site of more examples than max_weight weighs max_weight (the plaintext mean's rule,
    `aggregation_weight`): the masked sum's weights cannot wrap modulo 2**32 however large the
    sites, and a large site's update keeps the whole clipping range."""
    rng = np.random.default_rng(5)
    updates = [np.full(11, v, np.float32) for v in (0.3, -0.2, 0.45)]
    plain = np.zeros(12, np.uint32)
    for x, n in zip(updates, examples, strict=True):
        plain += quantize_weighted([x], quantized_weight(n, 1024.0, R), C, R, rng)
    total_q, mean = dequantize_mean(plain, len(examples), C, R)
    weights = [aggregation_weight(n, 1024.0) for n in examples]
    assert total_q == sum(quantized_weight(n, 1024.0, R) for n in examples) <= len(examples) * R
    expected = sum(w * x.astype(np.float64) for w, x in zip(weights, updates, strict=True))
    expected /= sum(weights)
    assert np.max(np.abs(mean - expected)) <= error_bound(SETTINGS, examples) + 1e-9


def test_stochastic_rounding_is_unbiased_and_clips() -> None:
    rng = np.random.default_rng(11)
    q = quantized_weight(512, 1024.0, R)  # weight 1/2
    x = np.full(200_000, 0.123456789, np.float32)
    got = quantize_weighted([x, np.array([5.0, -5.0], np.float32)], q, C, R, rng)
    assert got[0] == q
    exact = (float(np.float32(0.123456789)) * 0.5 + C) * R / (2 * C)
    values = got[1:-2].astype(np.float64)
    assert set(np.unique(values)) == {np.floor(exact), np.floor(exact) + 1}
    assert abs(values.mean() - exact) < 0.01  # unbiased: E[Q] = exact
    assert got[-2] == R and got[-1] == 0  # clipped to +-clipping_range


def test_modulus_must_be_a_power_of_two_up_to_2_32() -> None:
    check_modulus(2**32)
    for bad in (2**33, 3 * 2**20, 1):
        with pytest.raises(ValueError, match="power of two"):
            check_modulus(bad)


def _setup_message(configs: Mapping[str, object]) -> Message:
    record = ConfigRecord({Key.STAGE: Stage.SETUP, **configs})  # type: ignore[dict-item]
    metadata = Metadata(
        run_id=1, message_id="m1", src_node_id=0, dst_node_id=7, reply_to_message_id="",
        group_id="1", created_at=time.time(), ttl=3600.0, message_type=MessageType.TRAIN,
    )  # fmt: skip
    return make_message(metadata, RecordDict({RECORD_KEY_CONFIGS: record}))


SETUP = {
    Key.SAMPLE_NUMBER: 3,
    Key.SHARE_NUMBER: 3,
    Key.THRESHOLD: 2,
    Key.CLIPPING_RANGE: C,
    Key.TARGET_RANGE: R,
    Key.MOD_RANGE: 2**32,
    Key.MAX_WEIGHT: 1024.0,
}


def _context() -> Context:
    return Context(run_id=1, node_id=7, node_config={}, state=RecordDict(), run_config={})


def test_site_refuses_a_setup_that_does_not_name_its_mask_prg() -> None:
    def never(msg: Message, ctxt: Context) -> Message:
        raise AssertionError("the set-up stage never calls the ClientApp")

    # Flower's own workflow sends no PRG name: its numpy masks would not cancel against ours
    with pytest.raises(SecAggMismatch, match="mask PRG None"):
        secaggplus_mask_mod(_setup_message(SETUP), _context(), never)
    with pytest.raises(SecAggMismatch, match="mask PRG 'numpy'"):
        secaggplus_mask_mod(_setup_message({**SETUP, MASK_PRG_KEY: "numpy"}), _context(), never)
    # nor a training round: a session bound to no round could be re-run for a second story
    with pytest.raises(SecAggMismatch, match="names no training round"):
        secaggplus_mask_mod(_setup_message({**SETUP, MASK_PRG_KEY: MASK_PRG}), _context(), never)
    reply = secaggplus_mask_mod(
        _setup_message({**SETUP, MASK_PRG_KEY: MASK_PRG, ROUND_KEY: round_id("run", 1)}),
        _context(), never,
    )  # fmt: skip
    keys = reply.content.config_records[RECORD_KEY_CONFIGS]
    assert set(keys) == {Key.PUBLIC_KEY_1, Key.PUBLIC_KEY_2}


def test_masking_in_place_gives_the_same_upload_in_the_same_buffer() -> None:
    quantized = np.random.default_rng(4).integers(0, R, 1000, dtype=np.uint32)
    pairwise = [(os.urandom(32), 1), (os.urandom(32), -1)]
    private = os.urandom(32)
    copied = masked_update(quantized, private, pairwise, 2**30)
    assert not np.array_equal(copied, quantized)  # the input was left alone
    same = masked_update(quantized, private, pairwise, 2**30, in_place=True)
    assert same is quantized and np.array_equal(same, copied)


@pytest.mark.parametrize(
    "arr",
    [
        np.arange(10, dtype=np.uint32),
        np.zeros((3, 5), np.float32),
        np.asfortranarray(np.arange(12.0).reshape(3, 4)),
        np.arange(20, dtype=np.int64)[::2],  # not contiguous
        np.zeros(0, np.uint32),
        np.zeros((0, 3), np.float32),
        np.array(5, np.int64),
    ],
)
def test_npy_bytes_and_view_match_flowers_np_save_and_load(arr: np.ndarray) -> None:
    """The masked vector travels in Flower's .npy encoding: written byte for byte as np.save
    writes it, read back as np.load reads it (without their copies)."""
    assert npy_bytes(arr) == ndarray_to_bytes(arr)
    view = npy_view(ndarray_to_bytes(arr))
    oracle = bytes_to_ndarray(ndarray_to_bytes(arr))
    assert view.dtype == oracle.dtype and view.shape == oracle.shape
    assert np.array_equal(view, oracle) and not view.flags.writeable


def test_npy_view_refuses_malformed_or_pickled_data() -> None:
    good = ndarray_to_bytes(np.arange(8, dtype=np.uint32))
    for bad, why in [
        (good[:-4], "holds 28 bytes, its header says 32"),
        (good + b"\x00" * 4, "holds 36 bytes"),
        (b"not an array at all", "magic"),
    ]:
        with pytest.raises(ValueError, match=why):
            npy_view(bad)
    pickled = io.BytesIO()
    np.save(pickled, np.array([{"a": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(ValueError, match="object arrays"):
        npy_view(pickled.getvalue())


def _masked_content(arrays: list[np.ndarray], **override: object) -> RecordDict:
    record = ArrayRecord(
        {
            str(i): Array(
                dtype=str(override.get("dtype", a.dtype)),
                shape=tuple(override.get("shape", a.shape)),  # type: ignore[call-overload]
                stype="numpy.ndarray",
                data=npy_bytes(a),
            )
            for i, a in enumerate(arrays)
        }
    )
    return RecordDict({MASKED_RECORD: record})


def test_the_masked_record_a_site_writes_is_the_one_the_coordinator_reads() -> None:
    weight_and_update = np.arange(1 + 6 + 4, dtype=np.uint32) * np.uint32(2**28 + 3)
    record = masked_record(weight_and_update, [(1,), (2, 3), (4,)])
    assert list(record) == ["0", "1", "2"]
    got = masked_arrays(RecordDict({MASKED_RECORD: record}))
    assert [a.shape for a in got] == [(1,), (2, 3), (4,)]
    assert all(a.dtype == np.uint32 for a in got)
    assert np.array_equal(np.concatenate([a.ravel() for a in got]), weight_and_update)
    # the bytes on the wire are what Flower's own encoder writes
    assert record["1"].data == ndarray_to_bytes(weight_and_update[1:7].reshape(2, 3))
    with pytest.raises(ValueError, match="do not fill"):
        masked_record(weight_and_update, [(1,), (2, 3)])


def test_the_coordinator_reads_a_masked_vector_or_says_what_is_wrong_with_it() -> None:
    parts = [np.array([7], np.uint32), np.arange(6, dtype=np.uint32).reshape(2, 3)]
    got = masked_arrays(_masked_content(parts))
    assert [a.shape for a in got] == [(1,), (2, 3)] and np.array_equal(got[1], parts[1])
    with pytest.raises(ValueError, match="has no 'secaggplus_masked' record"):
        masked_arrays(RecordDict())
    swapped = _masked_content(parts)
    record = swapped.array_records[MASKED_RECORD]
    swapped.array_records[MASKED_RECORD] = ArrayRecord({"1": record["1"], "0": record["0"]})
    with pytest.raises(ValueError, match="keys are"):
        masked_arrays(swapped)
    with pytest.raises(ValueError, match="says float32"):
        masked_arrays(_masked_content(parts, dtype="float32"))
    with pytest.raises(ValueError, match="holds uint32"):
        masked_arrays(_masked_content(parts, shape=(9,)))


@pytest.mark.parametrize("modulus", [2**32, 2**30])
def test_masks_expanded_for_a_longer_vector_mask_a_shorter_one_as_masked_update_does(
    modulus: int,
) -> None:
    # the site expands its masks before training, over the global state's length; the update
    # it then masks may be shorter (a stage trains a part of the state)
    private = os.urandom(32)
    pairwise = [(os.urandom(44), 1), (os.urandom(44), -1), (os.urandom(44), 1)]
    bound = 2 * SEGMENT + 3
    masks = mask_sum(bound, private, pairwise)
    for size in (1, CHUNK + 1, SEGMENT + 5, bound):  # across a block's and a segment's end
        quantized = np.random.default_rng(size).integers(0, R, size, dtype=np.uint32)
        oracle = masked_update(quantized, private, pairwise, modulus)
        same = add_mask_sum(quantized, masks, modulus)
        assert same is quantized and np.array_equal(same, oracle)
    with pytest.raises(ValueError, match="masks over 10 values cannot mask a vector of 11"):
        add_mask_sum(np.zeros(11, np.uint32), mask_sum(10, private, pairwise), modulus)


def _collect_state(nid: int, neighbours: list[int]) -> SecAggPlusState:
    """A site's SecAgg+ state after share keys: its sk1, its neighbours' pk1, its private seed."""
    state = SecAggPlusState()
    state.nid, state.threshold, state.share_num = nid, 2, len(neighbours) + 1
    state.clipping_range, state.target_range, state.mod_range = C, R, 2**32
    state.max_weight = 1024.0
    state.sk1 = private_key_to_scalar(generate_mask_key())
    state.public_keys_dict = {
        src: (public_key_to_bytes(generate_mask_key().public_key()), b"pk2") for src in neighbours
    }
    state.rd_seed = os.urandom(32)
    return state


@pytest.mark.parametrize("bound_extra", [0, 1000, -1, None, "int8"])
def test_the_site_uploads_the_same_masked_vector_whether_its_masks_were_expanded_ahead(
    bound_extra: int | str | None,
) -> None:
    from flwr.common import FitIns, Parameters

    from site_agent.secagg_mod import (
        _collect_masked_vectors,
        _expand_masks_ahead,
        _MasksAhead,
        _neighbours,
    )

    state = _collect_state(5, [2, 9])
    # the shares' ciphertexts are junk: each is refused alone, the site still masks with both
    configs = ConfigRecord({Key.CIPHERTEXT_LIST: [b"x", b"y"], Key.SOURCE_LIST: [2, 9]})
    update = _site_arrays(3)
    size = sum(a.size for a in update)

    neighbours = _neighbours(state, [2, 9])

    def upload(ahead: _MasksAhead | None) -> np.ndarray:
        np.random.seed(11)  # noqa: NPY002 - the quantizer's rounding noise, the same each time
        _, record = _collect_masked_vectors(
            state, configs, [2, 9], 120, update, b"round", neighbours, ahead
        )
        arrays = masked_arrays(RecordDict({MASKED_RECORD: record}))
        return np.concatenate([np.ravel(a) for a in arrays])

    expanded_after = upload(None)
    if bound_extra is None:  # a message whose parameters cannot be read: masks after training
        junk = Array(dtype="<f4", shape=(3,), stype="numpy.ndarray", data=b"junk")
        content = RecordDict({"fitins.parameters": ArrayRecord({"0": junk})})
    else:  # the global state the message carries, longer or shorter than the update
        # (int8: four times as many values as float32 bytes; the site expands nothing ahead
        # for a message whose masks would take more memory than its parameters)
        extra, dtype = (bound_extra, np.float32) if isinstance(bound_extra, int) else (0, np.int8)
        params = Parameters([npy_bytes(np.zeros(size + extra, dtype))], "numpy.ndarray")
        content = compat.fitins_to_recorddict(FitIns(params, {}), keep_input=True)
    ahead = _expand_masks_ahead(state.rd_seed, state.sk1, neighbours, content)
    assert (ahead is None) == (bound_extra is None or bound_extra == "int8")
    assert np.array_equal(upload(ahead), expanded_after)
    # and the masks are there: the upload is not the plain quantized vector
    np.random.seed(11)  # noqa: NPY002
    rng = np.random.default_rng(int.from_bytes(np.random.bytes(32), "little"))  # noqa: NPY002
    plain = quantize_weighted(update, quantized_weight(120, 1024.0, R), C, R, rng)
    assert plain.size == expanded_after.size and not np.array_equal(plain, expanded_after)
