"""The masked SecAgg+ upload, at the size the protocol needs: 4 bytes a value, not 8.

Flower 1.42's `secaggplus_mod` sends the masked, quantized update as int64 arrays although every
value is reduced modulo `modulus_range` (2**32 by default): half of each value is zero bytes. The
server sums the arrays it receives with numpy `+` and then reduces modulo 2**32 with a bit mask,
so uint32 arrays give the same result (uint32 addition wraps modulo 2**32).

`compact_masked_upload` is a client mod placed before (outside) `secaggplus_mod`; it rewrites the
masked vector of the "collect masked vectors" reply as uint32, value for value, and leaves every
other message alone. An array with a value outside uint32 (a modulus above 2**32) is sent as it
was: the rewrite never changes a value.
"""

from __future__ import annotations

from typing import cast

import numpy as np
from flwr.app import Context, Message
from flwr.clientapp.typing import ClientAppCallable
from flwr.common import bytes_to_ndarray, ndarray_to_bytes
from flwr.common.secure_aggregation.secaggplus_constants import RECORD_KEY_CONFIGS, Key

_UINT32_MAX = int(np.iinfo(np.uint32).max)


def compact_masked_vector(arrays: list[bytes]) -> list[bytes]:
    """Each serialized integer array as uint32 when all its values fit, else unchanged."""
    out = []
    for raw in arrays:
        arr = bytes_to_ndarray(raw)
        if (
            arr.dtype.kind in "iu"
            and arr.dtype.itemsize > 4
            and (arr.size == 0 or (int(arr.min()) >= 0 and int(arr.max()) <= _UINT32_MAX))
        ):
            raw = ndarray_to_bytes(arr.astype(np.uint32))
        out.append(raw)
    return out


def compact_masked_upload(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
    reply = call_next(msg, ctxt)
    if reply.has_error():
        return reply
    configs = reply.content.config_records.get(RECORD_KEY_CONFIGS)
    if configs is not None and Key.MASKED_PARAMETERS in configs:
        masked = cast(list[bytes], configs[Key.MASKED_PARAMETERS])
        configs[Key.MASKED_PARAMETERS] = compact_masked_vector(masked)
    return reply
