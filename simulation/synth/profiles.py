"""Site profiles: what makes one synthetic hospital differ from another.

Sites differ in modality mix, lesion prevalence and the scanner's intensity response, so that a
model trained on one site alone generalises poorly to the others and federation has something to
gain. The profile carries no patient data and is safe to publish in ``site.json``.
"""

from __future__ import annotations

import math
import string
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from simulation.synth.findings import MODALITIES, Modality

OOD_SITE_NAME = "hospital-ood"

XRayCode = Literal["CR", "DX"]


@dataclass(frozen=True)
class SiteProfile:
    """How one site's studies are drawn and how its scanners distort the pixels.

    ``gain``, ``offset`` and ``noise_std`` act on intensities normalised to [0, 1] before they are
    quantised for storage: ``stored = clip(gain * x + offset + N(0, noise_std))``.
    """

    name: str
    modality_mix: tuple[tuple[Modality, float], ...]
    lesion_prevalence: float
    gain: float = 1.0
    offset: float = 0.0
    noise_std: float = 0.02
    large_fraction: float = 0.5
    xray_code: XRayCode = "DX"
    manufacturer: str = "MedFed Synthetic Imaging"
    evaluation_only: bool = False

    def __post_init__(self) -> None:
        if not self.name or any(
            c not in string.ascii_lowercase + string.digits + "-" for c in self.name
        ):
            raise ValueError(f"name must be lowercase letters, digits and '-', got {self.name!r}")
        if not self.modality_mix:
            raise ValueError("modality_mix must name at least one modality")
        seen: set[str] = set()
        for modality, weight in self.modality_mix:
            if modality not in MODALITIES:
                raise ValueError(f"modality_mix: unknown modality {modality!r}; use {MODALITIES}")
            if modality in seen:
                raise ValueError(f"modality_mix: {modality!r} listed twice")
            seen.add(modality)
            if not (math.isfinite(weight) and weight >= 0.0):
                raise ValueError(
                    f"modality_mix: weight for {modality!r} must be >= 0, got {weight}"
                )
        if sum(w for _, w in self.modality_mix) <= 0.0:
            raise ValueError("modality_mix: weights must not all be zero")
        _check_unit("lesion_prevalence", self.lesion_prevalence)
        _check_unit("large_fraction", self.large_fraction)
        if not (math.isfinite(self.gain) and self.gain > 0.0):
            raise ValueError(f"gain must be > 0, got {self.gain}")
        if not (math.isfinite(self.offset) and -0.5 <= self.offset <= 0.5):
            raise ValueError(f"offset must be in [-0.5, 0.5], got {self.offset}")
        if not (math.isfinite(self.noise_std) and 0.0 <= self.noise_std <= 0.5):
            raise ValueError(f"noise_std must be in [0, 0.5], got {self.noise_std}")
        if self.xray_code not in ("CR", "DX"):
            raise ValueError(f"xray_code must be 'CR' or 'DX', got {self.xray_code!r}")

    @property
    def modalities(self) -> tuple[Modality, ...]:
        return tuple(m for m, _ in self.modality_mix)

    @property
    def modality_probabilities(self) -> tuple[float, ...]:
        total = sum(w for _, w in self.modality_mix)
        return tuple(w / total for _, w in self.modality_mix)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["modality_mix"] = {m: w for m, w in self.modality_mix}
        return out


def _check_unit(field: str, value: float) -> None:
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise ValueError(f"{field} must be in [0, 1], got {value}")


def site_name(k: int) -> str:
    """``hospital-a`` for k=0, ..., ``hospital-z``, then ``hospital-aa`` (spreadsheet columns)."""
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    letters = ""
    n = k + 1
    while n > 0:
        n, rem = divmod(n - 1, 26)
        letters = string.ascii_lowercase[rem] + letters
    return f"hospital-{letters}"


# Three archetypes: an x-ray-heavy general hospital, a CT-heavy trauma centre, and a mixed
# academic centre that also digitises pathology slides.
_ARCHETYPES: tuple[SiteProfile, ...] = (
    SiteProfile(
        name="archetype-general",
        modality_mix=(("xray", 0.75), ("ct", 0.15), ("mri", 0.10)),
        lesion_prevalence=0.3,
        gain=0.85,
        offset=0.03,
        noise_std=0.02,
        xray_code="CR",
    ),
    SiteProfile(
        name="archetype-trauma",
        modality_mix=(("ct", 0.70), ("xray", 0.15), ("mri", 0.15)),
        lesion_prevalence=0.5,
        gain=1.10,
        offset=-0.04,
        noise_std=0.035,
        xray_code="DX",
    ),
    SiteProfile(
        name="archetype-academic",
        modality_mix=(("xray", 0.30), ("ct", 0.15), ("mri", 0.20), ("pathology", 0.35)),
        lesion_prevalence=0.7,
        gain=1.0,
        offset=0.06,
        noise_std=0.05,
        xray_code="DX",
    ),
)


def default_profile(k: int) -> SiteProfile:
    """Profile of the k-th training site; past three sites the archetypes repeat with drift."""
    base = _ARCHETYPES[k % len(_ARCHETYPES)]
    cycle = k // len(_ARCHETYPES)
    # Later cycles shift the scanner response a little so no two sites are identical.
    gain = base.gain * (1.0 + 0.04 * cycle * (-1) ** cycle)
    offset = max(-0.5, min(0.5, base.offset + 0.015 * cycle))
    return replace(base, name=site_name(k), gain=round(gain, 4), offset=round(offset, 4))


def ood_profile() -> SiteProfile:
    """A site never used for training: harsher scanner, MR/pathology-heavy case mix."""
    return SiteProfile(
        name=OOD_SITE_NAME,
        modality_mix=(("mri", 0.45), ("pathology", 0.40), ("xray", 0.10), ("ct", 0.05)),
        lesion_prevalence=0.5,
        gain=1.35,
        offset=0.12,
        noise_std=0.09,
        xray_code="CR",
        manufacturer="MedFed Synthetic Imaging (legacy fleet)",
        evaluation_only=True,
    )
