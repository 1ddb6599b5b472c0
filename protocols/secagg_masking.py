"""SecAgg+ masking arithmetic: quantize a site's weighted update, mask it, unmask the sum.

Both ends of MedFed's SecAgg+ (the site's `site_agent.secagg_mod` and the coordinator's
`coordinator.secure_agg` workflow) call these pure functions; Flower's protocol messages, keys,
Shamir shares and neighbourhoods are unchanged. What differs from Flower 1.42's own
`secaggplus_mod` is how a mask is expanded from its seed and how the vector is held:

- Mask PRG. Flower folds the 32-byte seed into a 32-bit integer (XOR of 4-byte words) and draws
  the mask from numpy's Mersenne Twister: 2**32 possible masks per seed, and about 0.1 s per
  8M-value mask. Here the seed goes through HKDF-SHA256 (its own `info` label) to a 128-bit
  AES key and the mask is the AES-128-CTR keystream (zero nonce; a key is used for one mask of
  one round: the seeds and the ECDH key pairs are fresh every round) read as little-endian
  uint32: a cryptographic PRG from `cryptography` (OpenSSL, AES-NI), ~3 ms per 8M values.
  128 bits is the protocol's level already: the shares of every seed and mask key travel under
  Fernet (AES-128-CBC, HMAC-SHA256), so AES-256 for the masks bought no security the protocol
  has, and cost a third more AES time (4.1 against 3.0 ms per 8M values on one core).
- The vector is one flat uint32 array, the site's quantized weight first, then every array of
  the update in order; uint32 addition wraps modulo 2**32, so sums and masks are exact modulo
  any power-of-two modulus up to 2**32 and no int64 copy is ever made.

Wire layout (the same as Flower's): a list of arrays, the first of shape (1,) holding the
quantized weight q = round(min(n, max_weight)/max_weight * quantization_range), then the update's
arrays in their shapes, every value in [0, modulus).
"""

from __future__ import annotations

import io
import math
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import numpy as np
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from numpy.typing import NDArray

if TYPE_CHECKING:  # Flower is imported where a record is built or read
    from flwr.app import ArrayRecord, RecordDict

# Announced by the coordinator at set-up and checked by the site: both ends must expand masks
# the same way, or the unmasked sum is noise.
MASK_PRG = "hkdf-sha256/aes-128-ctr/u32le/v2"
MASK_PRG_KEY = "medfed_mask_prg"  # its key in the set-up stage's config record
# The reply's ArrayRecord that carries a site's masked vector (its weight first, then the update's
# arrays, each an Array in the .npy encoding, keys "0", "1", ...). An ArrayRecord rather than
# Flower's list of bytes in the config record: the same bytes, one copy fewer at each end of the
# wire, and Flower moves Arrays as the large objects they are.
MASKED_RECORD = "secaggplus_masked"
_HKDF_INFO = b"medfed secagg+ mask " + MASK_PRG.encode()
_ZERO_NONCE = bytes(16)
MAX_MODULUS = 2**32
# The most a site's example count weighs in a round's mean (`aggregation_weight`), by default.
DEFAULT_MAX_WEIGHT = 1024.0

U32 = NDArray[np.uint32]
# AES-128: the protocol's security level (see the module docstring).
MASK_KEY_BYTES = 16


def check_modulus(modulus: int) -> None:
    if not (2 <= modulus <= MAX_MODULUS) or modulus & (modulus - 1):
        raise ValueError(f"SecAgg+ modulus_range must be a power of two <= 2**32, got {modulus}")


def mask_key(seed: bytes) -> bytes:
    """The AES-128 key a mask seed stands for (HKDF-SHA256, MedFed's own label)."""
    if len(seed) < 16:
        raise ValueError(f"a SecAgg+ mask seed needs at least 16 bytes, got {len(seed)}")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=MASK_KEY_BYTES, salt=None, info=_HKDF_INFO)
    return hkdf.derive(seed)


def mask(seed: bytes, size: int) -> U32:
    """`size` uint32 mask values from `seed` (the keystream; reduce modulo the modulus later)."""
    out = np.zeros(size, dtype=np.uint32)
    apply_masks(out, [(seed, 1)])
    return out


# Values per block: both ends walk the vector in 1 MiB blocks and, within a block, add every
# mask's piece before moving on, so each pass after the first reads the block from cache instead
# of streaming the whole 32 MB vector from memory once per mask (the vector is touched once, not
# once per neighbour); each mask's keystream continues across blocks (one CTR encryptor a seed).
CHUNK = 1 << 18
# Values per segment: the vector is cut into fixed 4 MiB segments (a whole number of blocks and of
# AES blocks) that the machine's cores work on at once. AES-CTR starts a segment's keystream at its
# own counter (value index / 4), so a mask, and quantization's rounding noise (one keystream per
# call, word j for value j), are the same however the work is split: the result for a given
# generator never depends on the number of cores.
SEGMENT = 1 << 20
# At most this many threads (AES-NI and numpy's element-wise loops release the GIL); beyond a few
# cores the work is bound by memory bandwidth.
MAX_THREADS = 8

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def threads() -> int:
    """Threads for the masking arithmetic: the cores this process may use, at most MAX_THREADS."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_THREADS, cores))


def _segments(size: int) -> list[tuple[int, int]]:
    return [(start, min(size, start + SEGMENT)) for start in range(0, size, SEGMENT)]


def _each(work: Callable[[tuple[int, int]], None], segments: list[tuple[int, int]]) -> None:
    """work(segment) for every segment, on a shared thread pool when there is more than one."""
    global _pool
    n = threads()
    if n == 1 or len(segments) == 1:
        for segment in segments:
            work(segment)
        return
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=n, thread_name_prefix="secagg-mask")
        pool = _pool
    for _ in pool.map(work, segments):  # re-raises the first error of any segment
        pass


class MaskingStopped(RuntimeError):
    """An expansion whose `stop` event was set before it finished (its vector is incomplete)."""


def apply_masks(
    vec: U32, seeds: Iterable[tuple[bytes, int]], stop: threading.Event | None = None
) -> None:
    """vec += sign * mask(seed) for each (seed, sign), in place, modulo 2**32; sign is +1 or -1.
    `stop`: set by another thread, it ends the work at the next block (MaskingStopped)."""
    keys = []
    for seed, sign in seeds:
        if sign not in (1, -1):
            raise ValueError(f"mask sign must be +1 or -1, got {sign}")
        keys.append((mask_key(seed), sign > 0))
    if not keys or vec.size == 0:
        return
    if not vec.flags.c_contiguous:
        raise ValueError("masks are applied to a contiguous flat vector")
    flat = vec.reshape(-1)

    def work(segment: tuple[int, int]) -> None:
        start, end = segment
        # CTR block i of a mask covers values 4i..4i+3; SEGMENT is a multiple of 4
        counter = (start // 4).to_bytes(16, "big")
        streams = [
            (Cipher(algorithms.AES(key), modes.CTR(counter)).encryptor(), add) for key, add in keys
        ]
        chunk = min(CHUNK, end - start)
        zeros = memoryview(bytes(4 * chunk))
        buf = bytearray(4 * chunk + 15)  # cryptography wants room for one more block
        for block in range(start, end, chunk):
            if stop is not None and stop.is_set():
                raise MaskingStopped("mask expansion stopped")
            part = flat[block : min(end, block + chunk)]
            n = part.size
            stream = np.frombuffer(buf, dtype="<u4", count=n)
            for encryptor, add in streams:
                # Encrypting zeros writes the keystream itself, into one reused buffer.
                encryptor.update_into(zeros[: 4 * n], buf)
                if add:
                    np.add(part, stream, out=part)
                else:
                    np.subtract(part, stream, out=part)

    _each(work, _segments(flat.size))


def aggregation_weight(num_examples: int, max_weight: float) -> float:
    """A site's weight in the round's mean, with or without SecAgg+: its example count, capped
    at `max_weight`. The cap keeps a masked sum's weights under the modulus (k sites of
    quantization_range each, however large the sites), keeps a large site's update inside
    the clipping range, and bounds what one site can claim for its own update."""
    return float(min(num_examples, max_weight))


def quantized_weight(num_examples: int, max_weight: float, quantization_range: int) -> int:
    """The site's weight as quantized in its masked vector:
    round(min(n, max_weight) / max_weight * quantization_range), at most quantization_range."""
    return round(aggregation_weight(num_examples, max_weight) / max_weight * quantization_range)


def quantize_weighted(
    arrays: Sequence[np.ndarray],
    q_weight: int,
    clipping_range: float,
    quantization_range: int,
    rng: np.random.Generator,
) -> U32:
    """[q_weight, Q(x * q_weight / quantization_range) ...] as one flat uint32 vector.

    Q is Flower's stochastic quantizer: clip to +-clipping_range, shift, scale to
    [0, quantization_range], round down or up with probability equal to the fraction (unbiased).
    Computed as floor(clip(x*a + b + u, 0, T)) with u uniform in [0, 1) -- the same
    distribution as clipping first and rounding after, for integer T -- in float64, whose 52-bit
    mantissa resolves the fraction to about 2**-30 at T = 2**22 (a bias under 2**-30 of a
    step). u is a uint32 of an AES-128-CTR keystream times 2**-32, under a key drawn from `rng`
    (the site's own randomness): several times faster than numpy's generator, and as
    unpredictable as `rng` is (the key has `rng`'s entropy, no more);
    value j's u is keystream word j whichever thread computes it.
    """
    if quantization_range >= MAX_MODULUS:
        raise ValueError(f"quantization_range must be < 2**32, got {quantization_range}")
    scale = quantization_range / (2 * clipping_range)
    a = (q_weight / quantization_range) * scale
    b = clipping_range * scale
    flats = [np.ravel(arr) for arr in arrays]
    starts = np.cumsum([0, *(f.size for f in flats)]).tolist()
    size = starts[-1]
    out = np.empty(size + 1, dtype=np.uint32)
    out[0] = q_weight
    noise_key = rng.bytes(MASK_KEY_BYTES)

    def work(segment: tuple[int, int]) -> None:
        counter = (segment[0] // 4).to_bytes(16, "big")  # keystream word j is value j's noise
        noise = Cipher(algorithms.AES(noise_key), modes.CTR(counter)).encryptor()
        chunk = min(CHUNK, segment[1] - segment[0])
        tmp = np.empty(chunk, dtype=np.float64)
        uniform = np.empty(chunk, dtype=np.float64)
        zeros = memoryview(bytes(4 * chunk))
        buf = bytearray(4 * chunk + 15)
        for flat, first in zip(flats, starts, strict=False):  # the arrays this segment overlaps
            lo, hi = max(segment[0], first), min(segment[1], first + flat.size)
            for start in range(lo, hi, CHUNK):  # in blocks of CHUNK values: passes read cache
                piece = flat[start - first : min(hi, start + CHUNK) - first]
                n = piece.size
                x, u = tmp[:n], uniform[:n]
                np.multiply(piece, a, out=x, dtype=np.float64)  # in float64, not the input dtype
                x += b
                noise.update_into(zeros[: 4 * n], buf)
                np.multiply(np.frombuffer(buf, dtype="<u4", count=n), 2.0**-32, out=u)
                x += u
                np.clip(x, 0.0, float(quantization_range), out=x)
                out[1 + start : 1 + start + n] = x  # truncation of x >= 0: the floor

    _each(work, _segments(size))
    return out


def masked_update(
    quantized: U32,
    private_seed: bytes,
    pairwise: Iterable[tuple[bytes, int]],
    modulus: int,
    *,
    in_place: bool = False,
) -> U32:
    """The vector a site uploads: quantized + private mask + signed pairwise masks, mod modulus.

    `pairwise` holds (shared seed, +1 or -1) per neighbour: +1 where the site's node id is the
    larger of the pair, so each pair's masks cancel in the sum. `in_place`: mask `quantized`
    itself (the caller has no further use for the plain vector) instead of a copy."""
    check_modulus(modulus)
    vec = quantized if in_place else quantized.copy()
    apply_masks(vec, [(private_seed, 1), *pairwise])
    if modulus < MAX_MODULUS:
        np.bitwise_and(vec, np.uint32(modulus - 1), out=vec)
    return vec


def mask_sum(
    size: int,
    private_seed: bytes,
    pairwise: Iterable[tuple[bytes, int]],
    stop: threading.Event | None = None,
) -> U32:
    """A site's masks alone over `size` values: private mask + signed pairwise masks, mod 2**32.

    Each mask is its seed's CTR keystream, word j for value j, so value j of this sum is the
    same for every size > j: masks expanded ahead of training for an upper bound on the
    update's length serve the shorter update training returns (`add_mask_sum`), bit for bit
    what `masked_update` gives. `stop`: as `apply_masks`."""
    out = np.zeros(size, dtype=np.uint32)
    apply_masks(out, [(private_seed, 1), *pairwise], stop)
    return out


def add_mask_sum(quantized: U32, masks: U32, modulus: int) -> U32:
    """`quantized` + the first len(quantized) values of `masks` (`mask_sum`), mod modulus, in
    place: the vector a site uploads, as `masked_update` computes it from the seeds."""
    check_modulus(modulus)
    if quantized.ndim != 1 or masks.ndim != 1 or masks.size < quantized.size:
        raise ValueError(f"masks over {masks.size} values cannot mask a vector of {quantized.size}")

    def work(segment: tuple[int, int]) -> None:
        start, stop = segment
        part = quantized[start:stop]
        np.add(part, masks[start:stop], out=part)
        if modulus < MAX_MODULUS:
            np.bitwise_and(part, np.uint32(modulus - 1), out=part)

    _each(work, _segments(quantized.size))
    return quantized


def unmask_sum(
    masked_sum: U32,
    private_seeds: Iterable[bytes],
    dropped_pairwise: Iterable[tuple[bytes, int]],
    modulus: int,
) -> U32:
    """The plain sum of the surviving sites' quantized vectors, in place of `masked_sum`.

    `private_seeds`: the reconstructed private seed of every site whose vector is in the sum.
    `dropped_pairwise`: for each site that dropped after sharing keys and each of its neighbours
    in the sum, (their shared seed, the sign the neighbour added it with)."""
    check_modulus(modulus)
    apply_masks(masked_sum, [(s, -1) for s in private_seeds])
    # The neighbour added `sign * mask`; take it away again.
    apply_masks(masked_sum, [(s, -sign) for s, sign in dropped_pairwise])
    if modulus < MAX_MODULUS:
        np.bitwise_and(masked_sum, np.uint32(modulus - 1), out=masked_sum)
    return masked_sum


def dequantize_mean(
    plain_sum: U32,
    num_sites: int,
    clipping_range: float,
    quantization_range: int,
) -> tuple[int, np.ndarray]:
    """(summed quantized weight, the weighted mean as float64) from the unmasked sum.

    Each site contributed q_i and Q(x_i * q_i / R) with Q(v) ~ (v + c) * R / 2c; summed over k
    sites: sum_q and sum_i (x_i q_i / R + c) * R / 2c. So mean = (S * 2c/R - k*c) * R / sum_q."""
    total_q = int(plain_sum[0])
    if total_q <= 0:
        raise ValueError("the unmasked sum of the sites' weights is 0: nothing to average")
    values = plain_sum[1:].astype(np.float64)
    values *= 2 * clipping_range / quantization_range
    values -= num_sites * clipping_range
    values *= quantization_range / total_q
    return total_q, values


def npy_bytes(arr: np.ndarray) -> bytes:
    """`arr` in the .npy format, byte for byte what Flower's `ndarray_to_bytes` (np.save) writes,
    with one copy of the data instead of np.save's three (buffer, getvalue, the caller's list)."""
    if arr.dtype.hasobject:
        raise ValueError("object arrays are not sent")
    if not (arr.flags.c_contiguous or arr.flags.f_contiguous):
        arr = np.ascontiguousarray(arr)
    head = io.BytesIO()
    np.lib.format.write_array_header_1_0(head, np.lib.format.header_data_from_array_1_0(arr))
    # a Fortran-ordered array is written in its memory order, as np.save writes it
    memory = arr if arr.flags.c_contiguous else arr.T
    return b"".join((head.getvalue(), memory.reshape(-1).view(np.uint8).data))


def npy_view(data: bytes) -> np.ndarray:
    """A read-only array over `data` in the .npy format (no copy, no pickle); what Flower's
    `bytes_to_ndarray` (np.load) returns, minus the copy. Malformed data raises ValueError."""
    head = io.BytesIO(data[:4096] if len(data) > 4096 else data)
    version = np.lib.format.read_magic(head)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(head)
    elif version == (2, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(head)
    else:
        raise ValueError(f"unsupported .npy version {version}")
    if dtype.hasobject:
        raise ValueError("object arrays are not accepted")
    count = math.prod(shape)
    offset = head.tell()
    if len(data) != offset + count * dtype.itemsize:
        raise ValueError(
            f".npy data holds {len(data) - offset} bytes, its header says {count * dtype.itemsize}"
        )
    flat = np.frombuffer(data, dtype=dtype, count=count, offset=offset)
    return flat.reshape(shape, order="F" if fortran else "C")


def split_flat(flat: np.ndarray, shapes: Sequence[tuple[int, ...]]) -> list[np.ndarray]:
    """Views of `flat` in the given shapes, in order; their sizes must add up to flat.size."""
    sizes = [math.prod(s) for s in shapes]
    if sum(sizes) != flat.size:
        raise ValueError(f"{flat.size} values do not fill shapes {list(shapes)}")
    out, start = [], 0
    for shape, n in zip(shapes, sizes, strict=True):
        out.append(flat[start : start + n].reshape(shape))
        start += n
    return out


def masked_record(vec: U32, shapes: Sequence[tuple[int, ...]]) -> ArrayRecord:
    """The `MASKED_RECORD` a site's reply carries: the masked flat vector cut into `shapes` (the
    weight's (1,) first, then the update's), keys "0".."n-1", each Array's data its .npy bytes.
    The one writer of the wire layout that `masked_arrays` reads."""
    from flwr.app import Array, ArrayRecord

    return ArrayRecord(
        {
            str(i): Array(
                dtype=str(a.dtype), shape=tuple(a.shape), stype="numpy.ndarray", data=npy_bytes(a)
            )
            for i, a in enumerate(split_flat(vec, shapes))
        }
    )


def masked_arrays(content: RecordDict) -> list[np.ndarray]:
    """A collect-stage reply's masked vector (`MASKED_RECORD`, keys "0".."n-1") as read-only
    arrays over its .npy bytes; ValueError names what is wrong with a malformed one."""
    record = content.array_records.get(MASKED_RECORD)
    if record is None:
        raise ValueError(f"the reply has no {MASKED_RECORD!r} record")
    if list(record) != [str(i) for i in range(len(record))]:
        raise ValueError(f"{MASKED_RECORD!r} keys are {list(record)[:5]}, not 0..{len(record) - 1}")
    arrays = []
    for key, arr in record.items():
        view = npy_view(arr.data)
        if (str(view.dtype), tuple(view.shape)) != (arr.dtype, tuple(arr.shape)):
            raise ValueError(
                f"array {key} says {arr.dtype}{list(arr.shape)}, "
                f"holds {view.dtype}{list(view.shape)}"
            )
        arrays.append(view)
    return arrays
