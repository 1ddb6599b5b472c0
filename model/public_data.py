"""Synthetic "public" VQA data used to pretrain the tiny base checkpoint.

It plays the role of the web-scale data a real pretrained model has seen: small colored
scenes with shapes and soft spots, deliberately unlike the hospitals' grayscale scans,
but sharing their question/answer format and answer words (yes/no, left/right, zero..three)
and the visual skills behind them (find a blob, tell its half, count).

Every object lies wholly inside one half of the image, objects never touch, and every object
color differs from the background under it by at least ``_MIN_CONTRAST``, so the answers are
recoverable from the pixels (the tests check this against a pixel oracle).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

IMAGE_SIZE = 64
HALF = IMAGE_SIZE // 2
SHAPES = ("circle", "square", "triangle", "spot")
PLURALS = {"circle": "circles", "square": "squares", "triangle": "triangles", "spot": "spots"}
COLORS: dict[str, tuple[int, int, int]] = {
    "red": (220, 40, 40),
    "green": (40, 180, 60),
    "blue": (40, 80, 220),
    "yellow": (235, 215, 40),
    "white": (245, 245, 245),
    "black": (15, 15, 15),
    "gray": (128, 128, 128),
}
ACHROMATIC = ("white", "black", "gray")
NUMBER_WORDS = ("zero", "one", "two", "three")
KINDS = ("exists", "is_left", "which_side", "count", "color", "shape", "large", "caption")
CAPTION_PROMPTS = ("Describe the image.", "What do you see?", "Describe this picture.")
TEMPLATES: dict[str, tuple[str, ...]] = {
    "exists": ("Is there a {shape}?", "Is there a {shape} in the image?", "Do you see a {shape}?"),
    "is_left": (
        "Is the {shape} on the left?",
        "Is the {shape} on the left side?",
        "Is the {shape} in the left half?",
    ),
    "which_side": (
        "Which side is the {shape} on?",
        "On which side is the {shape}?",
        "Is the {shape} on the left or the right?",
    ),
    "count": (
        "How many objects are there?",
        "How many objects are in the image?",
        "How many shapes can you see?",
    ),
    "color": (
        "What color is the {shape}?",
        "What is the color of the {shape}?",
        "Which color is the {shape}?",
    ),
    "shape": ("What shape is this?", "What shape is in the image?", "What is this object?"),
    "large": ("Is the {shape} large?", "Is the {shape} big?", "Is the {shape} a large one?"),
    "caption": CAPTION_PROMPTS,
}

SMALL_RADII = (4, 6)  # inclusive ranges; the gap keeps small and large apart in pixels
LARGE_RADII = (9, 12)
_MIN_GAP = 3  # pixels between object boxes, so objects stay separate connected components
_MIN_CONTRAST = 100.0  # L2 distance (0-255 RGB) between an object color and any pixel under it
_GRAY_SCENE_P = 0.25  # grayscale background + white/black/gray objects, closest to the scans
_MAX_TRIES = 200

Pixels = npt.NDArray[np.uint8]
_YY, _XX = np.mgrid[0:IMAGE_SIZE, 0:IMAGE_SIZE].astype(np.float32)
# bilinear upsampling of a 9x9 noise grid to the image size, for blotchy textures
_UP_POS = np.linspace(0.0, 8.0, IMAGE_SIZE, dtype=np.float32)
_UP_I0 = np.minimum(_UP_POS.astype(np.int64), 7)
_UP_W = (_UP_POS - _UP_I0)[:, None, None]


@dataclass(frozen=True)
class PlacedObject:
    shape: str
    color: str
    large: bool
    cx: int
    cy: int
    r: int

    @property
    def side(self) -> str:
        return "left" if self.cx < HALF else "right"

    @property
    def box(self) -> tuple[slice, slice]:
        r = self.r
        return slice(self.cy - r, self.cy + r + 1), slice(self.cx - r, self.cx + r + 1)


@dataclass(frozen=True)
class Background:
    kind: str  # "flat" | "gradient" | "texture"
    color_a: tuple[int, int, int]
    color_b: tuple[int, int, int]
    angle: float
    seed: int
    gray: bool


@dataclass(frozen=True)
class Scene:
    background: Background
    objects: tuple[PlacedObject, ...]


@dataclass(frozen=True)
class PublicSample:
    image: Image.Image  # RGB, IMAGE_SIZE x IMAGE_SIZE
    question: str
    answer: str  # lowercase; for caption prompts the caption itself
    caption: str
    kind: str  # one of KINDS
    scene: Scene  # ground truth, for oracles and debugging


@dataclass(frozen=True)
class _ObjSpec:
    shape: str
    color: str
    large: bool


@dataclass(frozen=True)
class _Plan:
    objects: tuple[_ObjSpec, ...]
    side: str | None  # all objects on this half, or each half drawn freely
    question: str
    answer: str | None  # None: the answer is the caption of the finished scene


def render_background(bg: Background) -> Pixels:
    """Pure function of ``bg``: the (H, W, 3) uint8 pixels before objects are drawn."""
    noise_rng = np.random.default_rng(bg.seed)
    channels = 1 if bg.gray else 3
    a = np.asarray(bg.color_a, dtype=np.float32)
    b = np.asarray(bg.color_b, dtype=np.float32)
    if bg.kind == "flat":
        t = np.zeros((IMAGE_SIZE, IMAGE_SIZE, 1), dtype=np.float32)
    elif bg.kind == "gradient":
        proj = np.cos(bg.angle) * _XX + np.sin(bg.angle) * _YY
        t = ((proj - proj.min()) / (proj.max() - proj.min()))[..., None]
    elif bg.kind == "texture":
        grid = noise_rng.standard_normal((9, 9, 1), dtype=np.float32)
        rows = grid[_UP_I0] * (1 - _UP_W) + grid[_UP_I0 + 1] * _UP_W  # (H, 9, 1)
        cols_w = _UP_W.reshape(1, IMAGE_SIZE, 1)
        up = rows[:, _UP_I0] * (1 - cols_w) + rows[:, _UP_I0 + 1] * cols_w  # (H, W, 1)
        t = np.clip(0.5 + 0.4 * up, 0.0, 1.0)
    else:
        raise ValueError(f"Background.kind must be flat, gradient or texture, got {bg.kind!r}")
    fine = noise_rng.random((IMAGE_SIZE, IMAGE_SIZE, channels), dtype=np.float32)
    pixels = a + (b - a) * t + 14.0 * (fine - 0.5)  # (H, W, 3); uniform grain, std ~4
    return np.clip(np.rint(pixels), 0, 255).astype(np.uint8)


def object_alpha(obj: PlacedObject) -> npt.NDArray[np.float32]:
    """Coverage in [0, 1] of ``obj`` over its box ``obj.box``."""
    ys, xs = obj.box
    dy, dx = _YY[ys, xs] - obj.cy, _XX[ys, xs] - obj.cx
    r = float(obj.r)
    if obj.shape == "circle":
        return (dx * dx + dy * dy <= r * r).astype(np.float32)
    if obj.shape == "square":
        return np.ones_like(dx)
    if obj.shape == "triangle":  # apex up, base on the box bottom
        return (np.abs(dx) <= (dy + r) / 2).astype(np.float32)
    if obj.shape == "spot":  # truncated gaussian that reaches 0 exactly at radius r
        g = np.exp(-(dx * dx + dy * dy) / (2 * (r / 2) ** 2))
        edge = np.exp(-2.0)
        return np.clip((g - edge) / (1 - edge), 0.0, 1.0).astype(np.float32)
    raise ValueError(f"PlacedObject.shape must be one of {SHAPES}, got {obj.shape!r}")


def render_scene(scene: Scene) -> Pixels:
    return _composite(render_background(scene.background), scene.objects)


def _composite(background: Pixels, objects: tuple[PlacedObject, ...]) -> Pixels:
    pixels = background.astype(np.float32)
    for obj in objects:
        alpha = object_alpha(obj)[..., None]  # (h, w, 1)
        color = np.asarray(COLORS[obj.color], dtype=np.float32)
        pixels[obj.box] = pixels[obj.box] * (1 - alpha) + color * alpha
    return np.clip(np.rint(pixels), 0, 255).astype(np.uint8)


def describe(scene: Scene) -> str:
    """Short lowercase caption: "two red circles on the left side." """
    if not scene.objects:
        bg = scene.background
        mean = (np.asarray(bg.color_a, np.float32) + np.asarray(bg.color_b, np.float32)) / 2
        if bg.kind == "flat":
            mean = np.asarray(bg.color_a, np.float32)
        name = min(COLORS, key=lambda c: float(np.sum((np.asarray(COLORS[c]) - mean) ** 2)))
        texture = {"flat": "", "gradient": "shaded ", "texture": "textured "}[bg.kind]
        return f"an empty {texture}{name} background."
    groups: dict[tuple[str, str], int] = {}
    for obj in scene.objects:
        groups[(obj.color, obj.shape)] = groups.get((obj.color, obj.shape), 0) + 1
    parts = [
        f"a {color} {shape}" if k == 1 else f"{NUMBER_WORDS[k]} {color} {PLURALS[shape]}"
        for (color, shape), k in groups.items()
    ]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    sides = {obj.side for obj in scene.objects}
    where = f"on the {sides.pop()} side" if len(sides) == 1 else "on both sides"
    return f"{listed} {where}."


def _pick(rng: np.random.Generator, options: tuple[str, ...] | list[str]) -> str:
    return str(options[int(rng.integers(len(options)))])


def _spec(
    rng: np.random.Generator, palette: tuple[str, ...], shape: str, large: bool | None = None
) -> _ObjSpec:
    size = bool(rng.random() < 0.5) if large is None else large
    return _ObjSpec(shape, _pick(rng, palette), size)


def _others(
    rng: np.random.Generator, palette: tuple[str, ...], k: int, exclude: str
) -> list[_ObjSpec]:
    return [_spec(rng, palette, _pick(rng, [s for s in SHAPES if s != exclude])) for _ in range(k)]


def _ask(kind: str, rng: np.random.Generator, shape: str = "") -> str:
    return _pick(rng, TEMPLATES[kind]).format(shape=shape)


# Each planner draws everything that fixes the answer from `arng` (replayed unchanged on a retry,
# so retries never bias the answer distribution) and the rest from `rng`.
_Planner = Callable[[np.random.Generator, np.random.Generator, tuple[str, ...]], _Plan]


def _plan_exists(
    arng: np.random.Generator, rng: np.random.Generator, pal: tuple[str, ...]
) -> _Plan:
    target, yes = _pick(arng, SHAPES), bool(arng.random() < 0.5)
    if yes:
        k = int(rng.integers(0, 3))
        objs = [_spec(rng, pal, target)] + [_spec(rng, pal, _pick(rng, SHAPES)) for _ in range(k)]
    else:
        objs = _others(rng, pal, int(rng.integers(0, 4)), target)
    return _Plan(tuple(objs), None, _ask("exists", rng, target), "yes" if yes else "no")


def _one_sided(
    arng: np.random.Generator, rng: np.random.Generator, pal: tuple[str, ...], kind: str
) -> _Plan:
    target, side = _pick(arng, SHAPES), _pick(arng, ("left", "right"))
    k = int(rng.integers(0, 3))
    # three objects in one half only fit when at most one is large
    objs = [_spec(rng, pal, target)] + _others(rng, pal, k, target)
    if k == 2:
        objs = [objs[0]] + [_ObjSpec(o.shape, o.color, False) for o in objs[1:]]
    answer = side if kind == "which_side" else ("yes" if side == "left" else "no")
    return _Plan(tuple(objs), side, _ask(kind, rng, target), answer)


def _plan_count(arng: np.random.Generator, rng: np.random.Generator, pal: tuple[str, ...]) -> _Plan:
    n = int(arng.integers(0, 4))
    objs = tuple(_spec(rng, pal, _pick(rng, SHAPES)) for _ in range(n))
    return _Plan(objs, None, _ask("count", rng), NUMBER_WORDS[n])


def _plan_color(arng: np.random.Generator, rng: np.random.Generator, pal: tuple[str, ...]) -> _Plan:
    target, color = _pick(arng, SHAPES), _pick(arng, pal)
    objs = [_ObjSpec(target, color, bool(rng.random() < 0.5))]
    objs += _others(rng, pal, int(rng.integers(0, 3)), target)
    return _Plan(tuple(objs), None, _ask("color", rng, target), color)


def _plan_shape(arng: np.random.Generator, rng: np.random.Generator, pal: tuple[str, ...]) -> _Plan:
    target = _pick(arng, SHAPES)
    return _Plan((_spec(rng, pal, target),), None, _ask("shape", rng), target)


def _plan_large(arng: np.random.Generator, rng: np.random.Generator, pal: tuple[str, ...]) -> _Plan:
    target, large = _pick(arng, SHAPES), bool(arng.random() < 0.5)
    objs = [_spec(rng, pal, target, large)] + _others(rng, pal, int(rng.integers(0, 3)), target)
    return _Plan(tuple(objs), None, _ask("large", rng, target), "yes" if large else "no")


def _plan_caption(
    arng: np.random.Generator, rng: np.random.Generator, pal: tuple[str, ...]
) -> _Plan:
    n = int(arng.integers(0, 4))
    if n and rng.random() < 0.5:  # uniform groups make captions like "two red circles"
        first = _spec(rng, pal, _pick(rng, SHAPES))
        objs = tuple(_ObjSpec(first.shape, first.color, bool(rng.random() < 0.5)) for _ in range(n))
        side: str | None = _pick(rng, ("left", "right")) if n < 3 else None
        return _Plan(objs, side, _ask("caption", rng), None)
    objs = tuple(_spec(rng, pal, _pick(rng, SHAPES)) for _ in range(n))
    return _Plan(objs, None, _ask("caption", rng), None)


_PLANNERS: dict[str, _Planner] = {
    "exists": _plan_exists,
    "is_left": lambda a, r, p: _one_sided(a, r, p, "is_left"),
    "which_side": lambda a, r, p: _one_sided(a, r, p, "which_side"),
    "count": _plan_count,
    "color": _plan_color,
    "shape": _plan_shape,
    "large": _plan_large,
    "caption": _plan_caption,
}


def _place(
    rng: np.random.Generator, specs: tuple[_ObjSpec, ...], side: str | None
) -> tuple[PlacedObject, ...] | None:
    placed: list[PlacedObject] = []
    for spec in specs:
        lo, hi = LARGE_RADII if spec.large else SMALL_RADII
        r = int(rng.integers(lo, hi + 1))
        for _ in range(30):
            half = side or _pick(rng, ("left", "right"))
            x0 = 0 if half == "left" else HALF
            cx = int(rng.integers(x0 + r + 1, x0 + HALF - r - 1))  # box stays inside its half
            cy = int(rng.integers(r + 1, IMAGE_SIZE - r - 1))
            if all(
                abs(cx - o.cx) >= r + o.r + _MIN_GAP or abs(cy - o.cy) >= r + o.r + _MIN_GAP
                for o in placed
            ):
                placed.append(PlacedObject(spec.shape, spec.color, spec.large, cx, cy, r))
                break
        else:
            return None
    return tuple(placed)


def _draw_background(rng: np.random.Generator, gray: bool) -> Background:
    def color() -> tuple[int, int, int]:
        if gray:
            level = int(rng.integers(0, 256))
            return level, level, level
        c = rng.integers(0, 256, 3)
        return int(c[0]), int(c[1]), int(c[2])

    kind = _pick(rng, ("flat", "gradient", "texture"))
    return Background(
        kind, color(), color(), float(rng.uniform(0, 2 * np.pi)), int(rng.integers(2**31)), gray
    )


def _endpoints_ok(bg: Background, objects: tuple[PlacedObject, ...]) -> bool:
    """Cheap necessary-ish check before rendering: both end colors are far from every object."""
    ends = np.asarray([bg.color_a, bg.color_b], dtype=np.float32)  # (2, 3)
    cols = np.asarray([COLORS[o.color] for o in objects], dtype=np.float32).reshape(-1, 1, 3)
    return bool(np.all(np.sqrt(((ends - cols) ** 2).sum(-1)) >= _MIN_CONTRAST + 10))


def _contrast_ok(bg: Pixels, objects: tuple[PlacedObject, ...]) -> bool:
    for obj in objects:
        under = bg[obj.box].astype(np.float32)  # (h, w, 3)
        dist = np.sqrt(((under - np.asarray(COLORS[obj.color], np.float32)) ** 2).sum(-1))
        if float(dist.min()) < _MIN_CONTRAST:
            return False
    return True


def _draw_sample(rng: np.random.Generator) -> PublicSample:
    kind = _pick(rng, KINDS)
    gray = bool(rng.random() < _GRAY_SCENE_P)
    palette = ACHROMATIC if gray else tuple(COLORS)
    answer_seed = int(rng.integers(2**31))
    for _ in range(_MAX_TRIES):
        plan = _PLANNERS[kind](np.random.default_rng(answer_seed), rng, palette)
        objects = _place(rng, plan.objects, plan.side)
        if objects is None:
            continue
        for _ in range(20):
            background = _draw_background(rng, gray)
            if not _endpoints_ok(background, objects):
                continue
            bg_pixels = render_background(background)
            if _contrast_ok(bg_pixels, objects):
                scene = Scene(background, objects)
                caption = describe(scene)
                image = Image.fromarray(_composite(bg_pixels, objects))
                answer = caption if plan.answer is None else plan.answer
                return PublicSample(image, plan.question, answer, caption, kind, scene)
    raise RuntimeError(f"could not draw a {kind!r} scene in {_MAX_TRIES} tries")


def generate_public(n: int, seed: int) -> list[PublicSample]:
    """``n`` samples, a pure function of ``(n, seed)``; kinds are drawn uniformly from KINDS."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    rng = np.random.default_rng(seed)
    return [_draw_sample(rng) for _ in range(n)]


def public_corpus(n: int = 2000, seed: int = 0) -> list[str]:
    """Text lines (each question, answer and caption) for tokenizer training."""
    lines: list[str] = []
    for sample in generate_public(n, seed):
        lines.extend((sample.question, sample.answer, sample.caption))
    return lines
