"""Scanner jitter: training images as another scanner would have stored them.

Sites differ in their scanners' intensity response (gain, offset, noise, saturation), and a
hospital the model never saw has its own. Loaded images are already standardised per image
(`meddata.images.standardize`: a median filter on grey images, then a 1st-99th percentile
window), which takes out a scanner's gain, offset and most pixel noise but not what it loses: the
bright end clipped, the dark end crushed. A
stage's `augmentation` (`protocols.curriculum.Augmentation`) puts each training image, with
some probability, through a random such scanner:

    x -> window(clip(g * x^gamma + o + N(0, s^2)))

on the standardised image in [0, 1] at the model's input size, with gamma drawn log-uniformly,
g, o and s uniformly, per image, then the same percentile window a loaded image gets. The
response curve x^gamma keeps the order of intensities (a lesion stays brighter than the tissue
around it) while it moves the tissue towards either end, as a harsher scanner does. It acts on
one study's image at a time, inside the per-study computation DP-SGD clips, so it changes no
privacy accounting; under DP its randomness is the site's own (the round's turn-order stream
from the operating system), never the coordinator's seed.
"""

from __future__ import annotations

import numpy as np
import torch

from model.prompting import CLIP_MEAN, CLIP_STD
from protocols.curriculum import Augmentation

WINDOW = (0.01, 0.99)  # the percentiles of meddata.images.window_image


def window(x: torch.Tensor, low: float = WINDOW[0], high: float = WINDOW[1]) -> torch.Tensor:
    """Each image of (N, C, H, W) in [0, 1] mapped linearly from its own [low, high] quantiles
    over all its channels onto [0, 1], clipped; a flat image stays as it is."""
    flat = x.flatten(1)
    q = torch.quantile(flat, torch.tensor([low, high], dtype=flat.dtype), dim=1)
    lo, hi = q[0].view(-1, 1, 1, 1), q[1].view(-1, 1, 1, 1)
    flat_image = hi <= lo
    span = torch.where(flat_image, torch.ones_like(hi), hi - lo)
    out = ((x - lo) / span).clamp(0.0, 1.0)
    return torch.where(flat_image, x, out)


def jitter_pixels(
    pixel_values: torch.Tensor, aug: Augmentation, rng: np.random.Generator
) -> torch.Tensor:
    """`pixel_values` (N, 3, H, W), CLIP-normalised as the model's image transform leaves them,
    with each image through a random scanner with probability `aug.probability`; the others
    unchanged. Draws from `rng` only. The input itself is returned when no image is chosen;
    otherwise a new tensor of the same dtype and device (the input is never changed)."""
    n = pixel_values.shape[0]
    chosen = rng.random(n) < aug.probability
    if n == 0 or not chosen.any():
        return pixel_values
    idx = torch.from_numpy(np.flatnonzero(chosen))
    mean = torch.tensor(CLIP_MEAN, dtype=torch.float32).view(1, 3, 1, 1)
    std = torch.tensor(CLIP_STD, dtype=torch.float32).view(1, 3, 1, 1)
    picked = pixel_values[idx.to(pixel_values.device)].detach().float().cpu()
    x = (picked * std + mean).clamp(0.0, 1.0)
    k = x.shape[0]

    def uniform(bounds: tuple[float, float]) -> torch.Tensor:
        return torch.from_numpy(rng.uniform(bounds[0], bounds[1], size=k).astype(np.float32))

    log_gamma = np.log(np.asarray(aug.gamma))
    gamma = torch.from_numpy(np.exp(rng.uniform(log_gamma[0], log_gamma[1], size=k))).float()
    g = uniform(aug.gain).view(-1, 1, 1, 1)
    o = uniform(aug.offset).view(-1, 1, 1, 1)
    s = uniform((0.0, aug.noise)).view(-1, 1, 1, 1)
    noise = torch.from_numpy(rng.standard_normal(x.shape, dtype=np.float32))
    y = window((g * x.pow(gamma.view(-1, 1, 1, 1)) + o + s * noise).clamp(0.0, 1.0))
    out = pixel_values.clone()
    out[idx.to(out.device)] = ((y - mean) / std).to(out.dtype).to(out.device)
    return out
