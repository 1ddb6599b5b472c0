"""MXFP4 expert weights of the released gpt-oss checkpoints, dequantized.

gpt-oss stores each MoE projection `P` (gate_up_proj, down_proj) of a layer as two tensors:

    P_blocks  uint8 (experts, out_features, in_features / 32, 16)   two FP4 (E2M1) codes a byte,
                                                                    the low nibble first
    P_scales  uint8 (experts, out_features, in_features / 32)       one E8M0 exponent per block of
                                                                    32 values, biased by 127

value = FP4_VALUES[code] * 2 ** (scale - 127). transformers keeps the weight the other way round
(experts, in_features, out_features), so the dequantized tensor is transposed. The arithmetic is
transformers' own (`integrations.mxfp4.convert_moe_packed_tensors`, CPU-safe); this module checks
the shapes and dtypes first, so a malformed checkpoint fails with the tensor's name, not an assert.
"""

from __future__ import annotations

import torch
from transformers.integrations.mxfp4 import FP4_VALUES, convert_moe_packed_tensors

BLOCKS_SUFFIX = "_blocks"
SCALES_SUFFIX = "_scales"
VALUES_PER_BLOCK = 32  # 16 bytes of two 4-bit codes
SCALE_BIAS = 127

__all__ = ["BLOCKS_SUFFIX", "FP4_VALUES", "SCALES_SUFFIX", "dequantize_mxfp4", "is_mxfp4_name"]


def is_mxfp4_name(name: str) -> bool:
    return name.endswith(BLOCKS_SUFFIX) or name.endswith(SCALES_SUFFIX)


def dequantize_mxfp4(
    blocks: torch.Tensor, scales: torch.Tensor, name: str, dtype: torch.dtype = torch.bfloat16
) -> torch.Tensor:
    """(experts, out, in / 32, 16) blocks + (experts, out, in / 32) scales -> (experts, in, out)."""
    if blocks.dtype != torch.uint8 or scales.dtype != torch.uint8:
        raise ValueError(
            f"{name}: MXFP4 blocks and scales must be uint8, got {blocks.dtype} / {scales.dtype}"
        )
    if blocks.dim() != 4 or blocks.shape[-1] != VALUES_PER_BLOCK // 2:
        raise ValueError(
            f"{name}{BLOCKS_SUFFIX}: shape {tuple(blocks.shape)} is not "
            f"(experts, out_features, blocks, {VALUES_PER_BLOCK // 2})"
        )
    if tuple(scales.shape) != tuple(blocks.shape[:-1]):
        raise ValueError(
            f"{name}{SCALES_SUFFIX}: shape {tuple(scales.shape)} does not match the blocks' "
            f"{tuple(blocks.shape[:-1])}"
        )
    return convert_moe_packed_tensors(blocks, scales, dtype=dtype)
