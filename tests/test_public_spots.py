"""Spot scenes for the base's pretraining: determinism, balance, answers that follow the scene,
and spots that are really in the pixels (brighter than the ring around them in grey scenes)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from model.public_spots import HALF, NUMBER_WORDS, SPOT_KINDS, SpotSample, generate_spots


@pytest.fixture(scope="module")
def samples() -> list[SpotSample]:
    return generate_spots(1500, seed=0)


def test_same_seed_same_samples_other_seed_differs() -> None:
    a, b, c = generate_spots(20, 3), generate_spots(20, 3), generate_spots(20, 4)
    assert [s.question for s in a] == [s.question for s in b]
    pairs = zip(a, b, strict=True)
    assert all(np.array_equal(np.asarray(x.image), np.asarray(y.image)) for x, y in pairs)
    assert [s.question for s in a] != [s.question for s in c]


def test_kinds_and_answers_are_balanced(samples: list[SpotSample]) -> None:
    kinds = Counter(s.kind for s in samples)
    assert set(kinds) == set(SPOT_KINDS) and min(kinds.values()) > 200
    answers = Counter(s.answer for s in samples)
    assert 0.4 <= answers["yes"] / (answers["yes"] + answers["no"]) <= 0.6
    assert 0.4 <= answers["left"] / (answers["left"] + answers["right"]) <= 0.6
    assert all(answers[w] > 40 for w in NUMBER_WORDS)


def test_answers_follow_the_scene(samples: list[SpotSample]) -> None:
    for s in samples:
        spots = s.scene.spots
        assert len({spot.side for spot in spots}) <= 1  # one half per scene
        for spot in spots:  # wholly inside its half
            lo = 0 if spot.side == "left" else HALF
            assert lo <= spot.cx - spot.r and spot.cx + spot.r <= lo + HALF
        if s.kind == "spot_count":
            assert s.answer == NUMBER_WORDS[len(spots)]
        elif s.kind == "spot_exists":
            assert s.answer == ("yes" if spots else "no")
        elif s.kind == "spot_side_open":
            assert s.answer == spots[0].side
        elif s.kind == "spot_large":
            assert s.answer == ("yes" if spots[0].large else "no")


def test_grey_spots_are_brighter_than_their_surroundings(samples: list[SpotSample]) -> None:
    yy, xx = np.mgrid[0:64, 0:64] + 0.5
    checked = 0
    for s in samples:
        if s.scene.tinted:
            continue
        px = np.asarray(s.image, dtype=np.float64)[..., 0]
        for spot in s.scene.spots:
            d = np.hypot(xx - spot.cx, yy - spot.cy)
            core = px[d <= 0.4 * spot.r].mean()
            ring = px[(d >= spot.r + 0.5) & (d <= spot.r + 2.5)].mean()
            if core < 250:  # a saturated core can sit on a saturated band
                assert core > ring + 20, (s.question, spot)
                checked += 1
    assert checked > 500
