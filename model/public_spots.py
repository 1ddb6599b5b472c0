"""Public-style "spot" scenes: soft spots on banded, textured backgrounds, for the base's vision.

The coloured-shape scenes of `model.public_data` teach the question/answer format and the answer
words; these teach the generic visual facts a pretrained vision tower brings to any image: is
there a spot, on which half, how many, is it large. Backgrounds are smooth noise with broad
intensity bands (ellipses brighter or darker than their surroundings) and grain, under a random
gain and offset; spots are soft discs brighter than what lies under them (grey scenes) or darker
(tinted scenes). No anatomy, no organ shapes, nothing drawn by the hospitals' renderer
(`simulation.synth`): the words are the generic ones a general-purpose model knows ("spot",
"blob", "mark", "lesion").

Every spot lies wholly inside one half of the image with at least `_MIN_GAP` pixels between
spots, small and large radii are disjoint ranges, and a spot's peak differs from the background
under it by at least `_MIN_PEAK` of the scene's intensity range, so the answers are in the pixels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

IMAGE_SIZE = 64
HALF = IMAGE_SIZE // 2
NUMBER_WORDS = ("zero", "one", "two", "three")
NOUNS = (("spot", "spots"), ("lesion", "lesions"), ("blob", "blobs"), ("mark", "marks"))
SPOT_KINDS = ("spot_exists", "spot_side_closed", "spot_side_open", "spot_count", "spot_large")
TEMPLATES: dict[str, tuple[str, ...]] = {
    "spot_exists": (
        "Is there a {one}?",
        "Is there a {one} in this image?",
        "Are there any {many}?",
        "Does the picture contain a {one}?",
        "Is there any {one}?",
    ),
    "spot_side_closed": (
        "Is the {one} on the {side} side?",
        "Is the {one} located on the {side}?",
        "Is the {one} on the {side} side of the image?",
    ),
    "spot_side_open": (
        "Which side is the {one} on?",
        "On which side is the {one}?",
        "Which side of the image is the {one} on?",
    ),
    "spot_count": (
        "How many {many} are there?",
        "How many {many} are seen?",
        "How many {many} are in the image?",
    ),
    "spot_large": (
        "Is the {one} large?",
        "Is the {one} big?",
        "Is the size of the {one} large?",
    ),
}
SMALL_RADII = (2.5, 4.0)  # px at 64 x 64; the gap keeps small and large apart
LARGE_RADII = (5.5, 7.5)
_MIN_GAP = 3.0
_MIN_PEAK = 0.22  # spot peak vs background, in units of the scene's [0, 1] intensity
_TINTED_P = 0.3
_MAX_TRIES = 400

_YY, _XX = np.mgrid[0:IMAGE_SIZE, 0:IMAGE_SIZE].astype(np.float64) + 0.5


@dataclass(frozen=True)
class Spot:
    cx: float
    cy: float
    r: float
    large: bool

    @property
    def side(self) -> str:
        return "left" if self.cx < HALF else "right"


@dataclass(frozen=True)
class SpotScene:
    spots: tuple[Spot, ...]
    tinted: bool

    @property
    def side(self) -> str | None:
        sides = {s.side for s in self.spots}
        return sides.pop() if len(sides) == 1 else None


@dataclass(frozen=True)
class SpotSample:
    image: Image.Image  # RGB, IMAGE_SIZE x IMAGE_SIZE
    question: str
    answer: str
    caption: str
    kind: str  # one of SPOT_KINDS
    scene: SpotScene


def _smooth(rng: np.random.Generator, cells: int) -> npt.NDArray[np.float64]:
    """Zero-mean, unit-std noise with features about IMAGE_SIZE / cells px wide."""
    coarse = rng.standard_normal((cells, cells)).astype(np.float32)
    fine = np.asarray(
        Image.fromarray(coarse).resize((IMAGE_SIZE, IMAGE_SIZE), Image.Resampling.BILINEAR),
        dtype=np.float64,
    )
    return (fine - fine.mean()) / max(float(fine.std()), 1e-6)


def _disc(cx: float, cy: float, ax: float, ay: float, edge: float) -> npt.NDArray[np.float64]:
    dist = np.sqrt(((_XX - cx) / ax) ** 2 + ((_YY - cy) / ay) ** 2)
    return np.clip((1.0 - dist) * min(ax, ay) / edge + 0.5, 0.0, 1.0)


def spot_profile(spot: Spot) -> npt.NDArray[np.float64]:
    """Coverage in [0, 1]: flat core, soft rim, exactly 0 beyond radius r."""
    d = np.sqrt((_XX - spot.cx) ** 2 + (_YY - spot.cy) ** 2) / spot.r
    return np.clip((1.0 - d) / 0.45, 0.0, 1.0) ** 0.8


def _background(rng: np.random.Generator) -> npt.NDArray[np.float64]:
    """(H, W) intensities around [0.1, 0.6]: a level, broad bands, smooth texture, grain."""
    img = np.full((IMAGE_SIZE, IMAGE_SIZE), rng.uniform(0.05, 0.35))
    for _ in range(int(rng.integers(0, 4))):
        (cx, cy), (ax, ay) = rng.uniform(8, 56, 2), rng.uniform(10, 40, 2)
        band = _disc(cx, cy, ax, ay, edge=rng.uniform(1, 6))
        img += rng.uniform(-0.15, 0.25) * band
    img += rng.uniform(0.0, 0.06) * _smooth(rng, int(rng.integers(4, 16)))
    if rng.random() < 0.5:  # stripes, like ribs or scan lines
        img += rng.uniform(0, 0.04) * np.sin(_YY * rng.uniform(0.2, 0.6) + rng.uniform(0, 6.3))
    return np.clip(img, 0.0, 0.62)


def render_spot_scene(scene: SpotScene, rng: np.random.Generator) -> npt.NDArray[np.uint8]:
    """(H, W, 3) uint8: background, spots, then a random gain, offset and noise."""
    img = _background(rng)
    for spot in scene.spots:
        img = img + rng.uniform(0.3, 0.4) * spot_profile(spot)  # (H, W)
    gain, offset = rng.uniform(0.7, 1.3), rng.uniform(-0.05, 0.15)
    img = np.clip(gain * img + offset + rng.normal(0.0, rng.uniform(0.0, 0.04), img.shape), 0, 1)
    if scene.tinted:  # stain-like colours: spots dark on a light tinted field
        paper = rng.uniform(0.7, 1.0, 3)
        ink = rng.uniform(0.1, 0.6, 3)
        rgb = paper * (1 - img[..., None]) + ink * img[..., None]  # (H, W, 3)
    else:
        rgb = np.repeat(img[..., None], 3, axis=-1)
    return np.rint(np.clip(rgb, 0, 1) * 255).astype(np.uint8)


def _place(rng: np.random.Generator, count: int, side: str, large: bool) -> tuple[Spot, ...]:
    lo, hi = LARGE_RADII if large else SMALL_RADII
    x0 = 0.0 if side == "left" else float(HALF)
    for _ in range(_MAX_TRIES):
        spots: list[Spot] = []
        for _ in range(count):
            r = float(rng.uniform(lo, hi))
            cx = float(rng.uniform(x0 + r + 1.5, x0 + HALF - r - 1.5))
            cy = float(rng.uniform(r + 1.5, IMAGE_SIZE - r - 1.5))
            if all(np.hypot(cx - o.cx, cy - o.cy) >= r + o.r + _MIN_GAP for o in spots):
                spots.append(Spot(cx, cy, r, large))
        if len(spots) == count:
            return tuple(spots)
    raise RuntimeError(f"could not place {count} spots")


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def _pick(rng: np.random.Generator, options: tuple[str, ...]) -> str:
    return options[int(rng.integers(len(options)))]


def caption_of(scene: SpotScene, one: str, many: str) -> str:
    n = len(scene.spots)
    if not n:
        return f"no {one} is seen."
    size = "large" if scene.spots[0].large else "small"
    noun = one if n == 1 else many
    return f"{NUMBER_WORDS[n]} {size} {noun} on the {scene.side} side."


# Each kind: (scene needs a spot, answer from the scene and the side asked about)
_ANSWERS: dict[str, tuple[bool, Callable[[SpotScene, str], str]]] = {
    "spot_exists": (False, lambda s, asked: _yes_no(bool(s.spots))),
    "spot_side_closed": (True, lambda s, asked: _yes_no(s.side == asked)),
    "spot_side_open": (True, lambda s, asked: str(s.side)),
    "spot_count": (False, lambda s, asked: NUMBER_WORDS[len(s.spots)]),
    "spot_large": (True, lambda s, asked: _yes_no(s.spots[0].large)),
}


def _draw(rng: np.random.Generator) -> SpotSample:
    kind = _pick(rng, SPOT_KINDS)
    needs_spot, answer_of = _ANSWERS[kind]
    if kind == "spot_count":
        count = int(rng.integers(0, 4))
    elif kind == "spot_exists":
        count = 0 if rng.random() < 0.5 else int(rng.integers(1, 4))
    else:
        count = int(rng.integers(1, 4)) if needs_spot else 0
    side = _pick(rng, ("left", "right"))
    spots = _place(rng, count, side, bool(rng.random() < 0.5)) if count else ()
    scene = SpotScene(spots, bool(rng.random() < _TINTED_P))
    one, many = NOUNS[int(rng.integers(len(NOUNS)))]
    asked = _pick(rng, ("left", "right"))
    question = _pick(rng, TEMPLATES[kind]).format(one=one, many=many, side=asked)
    image = Image.fromarray(render_spot_scene(scene, rng))
    return SpotSample(image, question, answer_of(scene, asked), caption_of(scene, one, many),
                      kind, scene)  # fmt: skip


def generate_spots(n: int, seed: int) -> list[SpotSample]:
    """``n`` samples, a pure function of ``(n, seed)``; kinds drawn uniformly from SPOT_KINDS."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    rng = np.random.default_rng([seed, 0x5907])
    return [_draw(rng) for _ in range(n)]
