"""Pixel rendering: anatomy-like backgrounds, lesions that are visible at 64x64, scanner response.

Everything is rendered in float intensities in [0, 1]; the scanner profile is applied afterwards
so that identical anatomy looks different from site to site, as it does across vendors.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image

from simulation.synth.findings import IMAGE_SIZE, Findings, Lesion, Modality
from simulation.synth.profiles import SiteProfile

FloatImage = np.ndarray  # (H, W) grey or (H, W, 3) RGB, float64 in [0, 1]

GREY_BITS = 12
GREY_MAX = (1 << GREY_BITS) - 1

_YY, _XX = np.mgrid[0:IMAGE_SIZE, 0:IMAGE_SIZE].astype(np.float64) + 0.5


def ellipse(
    cx: float, cy: float, ax: float, ay: float, angle: float = 0.0, edge: float = 1.0
) -> np.ndarray:
    """Anti-aliased filled ellipse: 1 inside, 0 outside, a ramp ``edge`` px wide at the border."""
    dx, dy = _XX - cx, _YY - cy
    c, s = np.cos(angle), np.sin(angle)
    u, v = (c * dx + s * dy) / ax, (-s * dx + c * dy) / ay
    dist = np.sqrt(u * u + v * v)
    return np.clip((1.0 - dist) * min(ax, ay) / edge + 0.5, 0.0, 1.0)


def smooth_noise(rng: np.random.Generator, cells: int) -> np.ndarray:
    """Zero-mean, unit-std noise with features about IMAGE_SIZE / cells px wide."""
    coarse = rng.standard_normal((cells, cells)).astype(np.float32)
    fine = np.asarray(
        Image.fromarray(coarse).resize((IMAGE_SIZE, IMAGE_SIZE), Image.Resampling.BICUBIC),
        dtype=np.float64,
    )
    std = fine.std()
    return (fine - fine.mean()) / (std if std > 0 else 1.0)


def lesion_mask(lesion: Lesion) -> np.ndarray:
    root = np.sqrt(lesion.aspect)
    return ellipse(
        lesion.cx, lesion.cy, lesion.radius * root, lesion.radius / root, lesion.angle, edge=2.0
    )


def _chest_xray(rng: np.random.Generator) -> FloatImage:
    jx, jy = rng.uniform(-2, 2, size=2)
    body = ellipse(64 + jx, 72 + jy, 62, 70, edge=4.0)
    lungs = np.maximum(
        ellipse(40 + jx, 64 + jy, 23, 44, edge=3.0), ellipse(88 + jx, 64 + jy, 23, 44, edge=3.0)
    )
    ribs = 0.5 + 0.5 * np.sin(_YY * 0.42 + rng.uniform(0, 2 * np.pi))
    spine = ellipse(64 + jx, 72 + jy, 8, 60, edge=2.0)
    img = 0.05 + 0.50 * body - 0.30 * lungs + 0.04 * ribs * lungs + 0.10 * spine
    return img + 0.03 * smooth_noise(rng, 14) * body


def _ct_abdomen(rng: np.random.Generator) -> FloatImage:
    jx, jy = rng.uniform(-2, 2, size=2)
    body = ellipse(64 + jx, 66 + jy, 56, 44, edge=1.5)
    inner = ellipse(64 + jx, 66 + jy, 51, 39, edge=1.5)
    img = 0.02 + 0.30 * body + 0.08 * inner
    img += 0.08 * ellipse(42 + jx, 58 + jy, 22, 18, edge=2.0)  # liver
    img += 0.06 * ellipse(92 + jx, 54 + jy, 9, 12, edge=2.0)  # spleen
    img += 0.05 * ellipse(44 + jx, 88 + jy, 5, 9, angle=0.4, edge=1.5)  # kidneys
    img += 0.05 * ellipse(84 + jx, 88 + jy, 5, 9, angle=-0.4, edge=1.5)
    img += 0.30 * ellipse(64 + jx, 99 + jy, 10, 5, edge=1.0)  # vertebral body
    img += 0.25 * ellipse(64 + jx, 106 + jy, 3, 5, edge=1.0)  # spinous process
    img += 0.10 * ellipse(64 + jx, 88 + jy, 3, 3, edge=1.0)  # aorta
    return img + 0.025 * smooth_noise(rng, 20) * body


def _mr_head(rng: np.random.Generator) -> FloatImage:
    jx, jy = rng.uniform(-2, 2, size=2)
    scalp = ellipse(64 + jx, 64 + jy, 47, 57, edge=1.5)
    skull = ellipse(64 + jx, 64 + jy, 44, 54, edge=1.5)
    brain = ellipse(64 + jx, 64 + jy, 41, 51, edge=1.5)
    img = 0.02 + 0.50 * scalp - 0.45 * skull + 0.40 * brain
    img -= 0.25 * ellipse(58 + jx, 60 + jy, 4, 12, angle=0.2, edge=1.5)  # ventricles
    img -= 0.25 * ellipse(70 + jx, 60 + jy, 4, 12, angle=-0.2, edge=1.5)
    return img + 0.05 * smooth_noise(rng, 24) * brain


_STAIN_BACKGROUND = np.array([0.95, 0.94, 0.96])
_STAIN_STROMA = np.array([0.90, 0.60, 0.75])
_STAIN_NUCLEUS = np.array([0.42, 0.25, 0.58])
_STAIN_TUMOUR = np.array([0.28, 0.13, 0.40])


def _pathology(rng: np.random.Generator) -> FloatImage:
    tissue = np.clip((smooth_noise(rng, 6) + 1.8) * 2.0, 0.0, 1.0)[..., None]
    texture = 0.04 * smooth_noise(rng, 32)[..., None]
    img = _STAIN_BACKGROUND * (1 - tissue) + (_STAIN_STROMA + texture) * tissue
    # Scattered nuclei: tiny enough to vanish at 64x64, unlike the lesions.
    dots = np.zeros((IMAGE_SIZE, IMAGE_SIZE))
    n = int(rng.integers(150, 260))
    ys, xs = rng.integers(0, IMAGE_SIZE, size=(2, n))
    dots[ys, xs] = 1.0
    dots = np.maximum(dots, 0.6 * np.roll(dots, 1, axis=1)) * tissue[..., 0]
    return img * (1 - dots[..., None]) + _STAIN_NUCLEUS * dots[..., None]


_BACKGROUNDS: dict[Modality, Callable[[np.random.Generator], FloatImage]] = {
    "xray": _chest_xray,
    "ct": _ct_abdomen,
    "mri": _mr_head,
    "pathology": _pathology,
}


def render(findings: Findings, rng: np.random.Generator) -> FloatImage:
    """Ideal image of the findings, before any scanner effect: (H, W) or (H, W, 3) in [0, 1]."""
    img = _BACKGROUNDS[findings.modality](rng)
    for lesion in findings.lesions:
        mask = lesion_mask(lesion)
        if img.ndim == 3:
            # Dense tumour cells stain dark purple on H&E.
            alpha = 0.85 * mask[..., None]
            img = img * (1 - alpha) + _STAIN_TUMOUR * alpha
        else:
            img = img + float(rng.uniform(0.28, 0.38)) * mask
    return np.clip(img, 0.0, 1.0)


def apply_scanner(img: FloatImage, profile: SiteProfile, rng: np.random.Generator) -> np.ndarray:
    """Stored pixels: 12-bit values in uint16 for grey images, uint8 for RGB."""
    noisy = profile.gain * img + profile.offset + rng.normal(0.0, profile.noise_std, img.shape)
    noisy = np.clip(noisy, 0.0, 1.0)
    if img.ndim == 3:
        return np.rint(noisy * 255).astype(np.uint8)
    return np.rint(noisy * GREY_MAX).astype(np.uint16)


def to_png8(stored: np.ndarray) -> np.ndarray:
    """8-bit view of the stored pixels with a fixed mapping, so site differences survive."""
    if stored.dtype == np.uint8:
        return stored
    return (stored >> (GREY_BITS - 8)).astype(np.uint8)
