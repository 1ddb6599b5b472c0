"""Public pretraining data: determinism, balance, and answers checked against the pixels.

The oracle only reads pixels: the foreground is every pixel that differs from the
re-rendered background, split into 8-connected components. Scene metadata is used only to
locate the object a question is about, never to decide the answer.
"""

from __future__ import annotations

from collections import Counter, deque

import numpy as np
import numpy.typing as npt
import pytest

from model.public_data import (
    COLORS,
    IMAGE_SIZE,
    NUMBER_WORDS,
    SHAPES,
    PublicSample,
    generate_public,
    public_corpus,
    render_background,
    render_scene,
)

Mask = npt.NDArray[np.bool_]
Labels = npt.NDArray[np.int32]


@pytest.fixture(scope="module")
def samples() -> list[PublicSample]:
    return generate_public(2000, seed=0)


def _of_kind(samples: list[PublicSample], kind: str) -> list[PublicSample]:
    chosen = [s for s in samples if s.kind == kind]
    assert len(chosen) > 150, kind  # the oracle tests below must see many cases
    return chosen


def _pixels(sample: PublicSample) -> npt.NDArray[np.int16]:
    return np.asarray(sample.image, dtype=np.int16)


def _foreground(sample: PublicSample) -> Mask:
    bg = render_background(sample.scene.background).astype(np.int16)
    return np.any(_pixels(sample) != bg, axis=-1)


def _flood_label(mask: Mask) -> tuple[Labels, int]:
    labels = np.zeros(mask.shape, dtype=np.int32)
    n = 0
    for y0, x0 in zip(*np.nonzero(mask), strict=True):
        if labels[y0, x0]:
            continue
        n += 1
        labels[y0, x0] = n
        queue = deque([(int(y0), int(x0))])
        while queue:
            y, x = queue.popleft()
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    yy, xx = y + dy, x + dx
                    if (
                        0 <= yy < mask.shape[0]
                        and 0 <= xx < mask.shape[1]
                        and mask[yy, xx]
                        and not labels[yy, xx]
                    ):
                        labels[yy, xx] = n
                        queue.append((yy, xx))
    return labels, n


def _label(mask: Mask) -> tuple[Labels, int]:
    try:
        from scipy import ndimage
    except ImportError:
        return _flood_label(mask)
    labels, n = ndimage.label(mask, structure=np.ones((3, 3), dtype=bool))
    return labels.astype(np.int32), int(n)


def _classify(sample: PublicSample, component: Mask) -> str:
    """Shape of one component from pixels: spots are soft, others solid with a telltale fill."""
    colors = np.unique(_pixels(sample)[component], axis=0)
    if len(colors) > 3:
        return "spot"
    ys, xs = np.nonzero(component)
    fill = component.sum() / ((np.ptp(ys) + 1) * (np.ptp(xs) + 1))
    if fill > 0.9:
        return "square"
    return "circle" if fill > 0.56 else "triangle"


def _target_component(sample: PublicSample) -> Mask:
    """The component under the center of the (unique) object the question names."""
    (obj,) = [o for o in sample.scene.objects if f"the {o.shape}" in sample.question]
    labels, _ = _label(_foreground(sample))
    component: Mask = labels == labels[obj.cy, obj.cx]
    assert labels[obj.cy, obj.cx] > 0
    return component


def test_images_are_rgb_64x64(samples: list[PublicSample]) -> None:
    for s in samples[:200]:
        assert s.image.mode == "RGB"
        assert s.image.size == (IMAGE_SIZE, IMAGE_SIZE)
        assert s.answer == s.answer.lower() and s.answer.strip()


def test_same_seed_same_samples_other_seed_differs() -> None:
    a, b, c = generate_public(60, seed=7), generate_public(60, seed=7), generate_public(60, seed=8)
    assert [(s.question, s.answer, s.caption) for s in a] == [
        (s.question, s.answer, s.caption) for s in b
    ]
    assert all(np.array_equal(_pixels(x), _pixels(y)) for x, y in zip(a, b, strict=True))
    assert [s.question for s in a] != [s.question for s in c]
    assert not all(np.array_equal(_pixels(x), _pixels(y)) for x, y in zip(a, c, strict=True))


def test_scene_rerenders_to_the_image(samples: list[PublicSample]) -> None:
    for s in samples[:100]:
        assert np.array_equal(render_scene(s.scene), _pixels(s))


def test_negative_n_is_rejected() -> None:
    with pytest.raises(ValueError, match="n must be >= 0, got -1"):
        generate_public(-1, seed=0)
    assert generate_public(0, seed=0) == []


@pytest.mark.parametrize("kind", ["which_side", "is_left"])
def test_side_answer_matches_pixels(samples: list[PublicSample], kind: str) -> None:
    for s in _of_kind(samples, kind):
        stated = s.answer if kind == "which_side" else ("left" if s.answer == "yes" else "right")
        bg = render_background(s.scene.background).astype(np.int16)
        diff = np.abs(_pixels(s) - bg).mean(axis=(0, 2))  # (W,)
        left, right = diff[: IMAGE_SIZE // 2].mean(), diff[IMAGE_SIZE // 2 :].mean()
        assert (left > right) == (stated == "left"), s.question


def test_count_answer_matches_components(samples: list[PublicSample]) -> None:
    for s in _of_kind(samples, "count"):
        _, n = _label(_foreground(s))
        assert NUMBER_WORDS[n] == s.answer, s.question


def test_flood_fill_agrees_with_scipy(samples: list[PublicSample]) -> None:
    pytest.importorskip("scipy")
    for s in _of_kind(samples, "count")[:60]:
        mask = _foreground(s)
        assert _flood_label(mask)[1] == _label(mask)[1]


def test_shape_answer_matches_pixels(samples: list[PublicSample]) -> None:
    for s in _of_kind(samples, "shape"):
        labels, n = _label(_foreground(s))
        assert n == 1
        assert _classify(s, labels == 1) == s.answer, s.scene.objects


def test_exists_answer_matches_pixels(samples: list[PublicSample]) -> None:
    for s in _of_kind(samples, "exists"):
        (target,) = [shape for shape in SHAPES if f" {shape}" in s.question]
        labels, n = _label(_foreground(s))
        seen = {_classify(s, labels == i) for i in range(1, n + 1)}
        assert (target in seen) == (s.answer == "yes"), (s.question, seen)


def test_color_answer_matches_pixels(samples: list[PublicSample]) -> None:
    palette = np.asarray(list(COLORS.values()), dtype=np.int64)
    for s in _of_kind(samples, "color"):
        # an object's center pixel is its pure color, even for soft spots
        (obj,) = [o for o in s.scene.objects if f"the {o.shape}" in s.question]
        assert _foreground(s)[obj.cy, obj.cx]
        core = _pixels(s)[obj.cy, obj.cx].astype(np.int64)
        nearest = list(COLORS)[int(np.argmin(((palette - core) ** 2).sum(-1)))]
        assert nearest == s.answer, s.question


def test_large_answer_separates_areas_per_shape(samples: list[PublicSample]) -> None:
    areas: dict[tuple[str, str], list[int]] = {}
    for s in _of_kind(samples, "large"):
        (shape,) = [shape for shape in SHAPES if f"the {shape}" in s.question]
        areas.setdefault((shape, s.answer), []).append(int(_target_component(s).sum()))
    for shape in SHAPES:
        assert max(areas[(shape, "no")]) < min(areas[(shape, "yes")]), shape


def test_caption_counts_match_components(samples: list[PublicSample]) -> None:
    words = {"a": 1, **{w: i for i, w in enumerate(NUMBER_WORDS)}}
    for s in _of_kind(samples, "caption"):
        assert s.answer == s.caption
        _, n = _label(_foreground(s))
        if n == 0:
            assert s.caption.startswith("an empty ")
            continue
        items = s.caption.replace(",", " and").split(" on ")[0].split(" and ")
        assert sum(words[item.split()[0]] for item in items) == n, s.caption


def test_answers_are_balanced(samples: list[PublicSample]) -> None:
    counts = Counter(s.answer for s in samples)
    assert 0.4 <= counts["yes"] / (counts["yes"] + counts["no"]) <= 0.6
    assert 0.4 <= counts["left"] / (counts["left"] + counts["right"]) <= 0.6
    for word in NUMBER_WORDS:  # count answers near uniform (0.25 each)
        assert counts[word] / sum(counts[w] for w in NUMBER_WORDS) > 0.18, word


def test_corpus_covers_answer_vocabulary() -> None:
    lines = public_corpus(n=400, seed=1)
    assert len(lines) == 3 * 400
    assert lines == public_corpus(n=400, seed=1)
    vocab = set(" ".join(lines).replace(".", " ").replace("?", " ").lower().split())
    needed = {
        "yes",
        "no",
        "left",
        "right",
        *NUMBER_WORDS,
        *SHAPES,
        *COLORS,
        "how",
        "many",
        "which",
        "side",
        "what",
        "color",
        "is",
        "there",
        "large",
    }
    assert needed <= vocab, needed - vocab
