"""Ground truth of one synthetic study: modality and lesions, sampled before any pixel is drawn.

Sides are image halves as displayed (viewer's left), not patient laterality: every label, report
and question uses the same convention, so the task stays unambiguous for a model that only sees
pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np

IMAGE_SIZE = 128

Modality = Literal["xray", "ct", "mri", "pathology"]
Side = Literal["left", "right"]
MODALITIES: tuple[Modality, ...] = ("xray", "ct", "mri", "pathology")

SMALL_RADIUS = (6.0, 8.5)
LARGE_RADIUS = (10.5, 13.5)
# P(count = 1, 2, 3 | lesion present).
COUNT_PROBABILITIES = (0.5, 0.3, 0.2)
_MIDLINE_GAP = 2.0
_MAX_TRIES = 400
_ASPECT = (0.85, 1.15)
# Semi-axes are radius * sqrt(aspect) and radius / sqrt(aspect).
_MAX_STRETCH = math.sqrt(_ASPECT[1])


@dataclass(frozen=True)
class ModalitySpec:
    """Naming of one modality across the output formats."""

    answer: str  # VQA answer to "What imaging modality is this?"
    organ: str  # VQA-RAD image_organ
    body_part: str  # DICOM BodyPartExamined
    slake_modality: str
    slake_location: str
    region: str  # "left <region>" answers "Where is the abnormality?"
    # Where lesion centres may fall on the left half: ellipse (cx, cy, ax, ay) in px; the right
    # half uses its mirror image.
    lesion_area: tuple[float, float, float, float]


MODALITY_SPECS: dict[Modality, ModalitySpec] = {
    "xray": ModalitySpec("x-ray", "CHEST", "CHEST", "X-Ray", "Chest", "lung", (40, 64, 18, 40)),
    "ct": ModalitySpec("ct", "ABD", "ABDOMEN", "CT", "Abdomen", "abdomen", (40, 66, 18, 28)),
    "mri": ModalitySpec("mri", "HEAD", "HEAD", "MRI", "Brain", "hemisphere", (44, 64, 14, 34)),
    "pathology": ModalitySpec(
        "pathology", "BREAST", "BREAST", "Pathology", "Tissue", "field", (32, 64, 28, 50)
    ),
}

COUNT_WORDS = ("zero", "one", "two", "three")


@dataclass(frozen=True)
class Lesion:
    cx: float
    cy: float
    radius: float
    aspect: float  # ratio of the two semi-axes, near 1 for "roughly round"
    angle: float


@dataclass(frozen=True)
class Findings:
    modality: Modality
    lesions: tuple[Lesion, ...]
    side: Side | None
    large: bool | None

    def __post_init__(self) -> None:
        if len(self.lesions) > 3:
            raise ValueError(f"lesions: at most 3, got {len(self.lesions)}")
        if bool(self.lesions) != (self.side is not None) or bool(self.lesions) != (
            self.large is not None
        ):
            raise ValueError("side and large must be set exactly when lesions are present")

    @property
    def count(self) -> int:
        return len(self.lesions)

    @property
    def present(self) -> bool:
        return bool(self.lesions)

    @property
    def spec(self) -> ModalitySpec:
        return MODALITY_SPECS[self.modality]

    @property
    def location(self) -> str | None:
        return None if self.side is None else f"{self.side} {self.spec.region}"


def sample_findings(
    rng: np.random.Generator, modality: Modality, prevalence: float, large_fraction: float
) -> Findings:
    if rng.random() >= prevalence:
        return Findings(modality, (), None, None)
    count = int(rng.choice([1, 2, 3], p=COUNT_PROBABILITIES))
    side: Side = "left" if rng.random() < 0.5 else "right"
    large = bool(rng.random() < large_fraction)
    lesions = _place(rng, MODALITY_SPECS[modality], count, side, large)
    return Findings(modality, lesions, side, large)


def _place(
    rng: np.random.Generator, spec: ModalitySpec, count: int, side: Side, large: bool
) -> tuple[Lesion, ...]:
    """Rejection-sample non-overlapping lesions, so that the count is visible in the pixels."""
    lo, hi = LARGE_RADIUS if large else SMALL_RADIUS
    cx0, cy0, ax, ay = spec.lesion_area
    mid = IMAGE_SIZE / 2
    if side == "right":
        cx0 = IMAGE_SIZE - cx0
    placed: list[Lesion] = []
    tries = 0
    while len(placed) < count:
        tries += 1
        if tries > _MAX_TRIES:  # unlucky early picks can block the rest: start over
            placed, tries = [], 0
        radius = float(rng.uniform(lo, hi))
        x = float(rng.uniform(cx0 - ax, cx0 + ax))
        y = float(rng.uniform(cy0 - ay, cy0 + ay))
        if ((x - cx0) / ax) ** 2 + ((y - cy0) / ay) ** 2 > 1.0:
            continue
        reach = radius * _MAX_STRETCH + _MIDLINE_GAP
        on_side = x + reach <= mid if side == "left" else x - reach >= mid
        inside = reach <= x <= IMAGE_SIZE - reach and reach <= y <= IMAGE_SIZE - reach
        apart = all(
            math.hypot(x - o.cx, y - o.cy) >= _MAX_STRETCH * (radius + o.radius) + 3.0
            for o in placed
        )
        if on_side and inside and apart:
            aspect = float(rng.uniform(*_ASPECT))
            angle = float(rng.uniform(0.0, math.pi))
            placed.append(Lesion(x, y, radius, aspect, angle))
    return tuple(placed)
