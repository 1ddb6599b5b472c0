"""The shipped base checkpoint looks at its images: with another sample's image its loss on
held-out public scenes is clearly worse, and its greedy answers on held-out scenes beat chance for
the question kinds about what is where (spots, their half, count, size). A base that answered
from the text alone (gap ~0) left LoRA fine-tuning unable to learn lesion questions at all."""

from __future__ import annotations

import json
from typing import Any

import pytest

from model import default_base_dir, load_base
from model.base import RECIPE_FILE, BaseRecipe, ImageReliance, image_reliance, kind_accuracy

MIN_GAP = 0.3  # recipe.json: 0.251 with the right images, 0.889 with shuffled ones
# Greedy accuracy floors per question kind on held-out scenes, each above the kind's chance level
# (yes/no and left/right 0.5, counts 0.25) and a little under what the shipped base reaches
# (recipe.json "held_out_accuracy"). Not held: shape and colour names. "Is the spot on the
# <side> side?" is held since the tower learns each token's half (it was 0.46, chance, before).
MIN_ACCURACY = {
    "spot_exists": 0.83,  # 0.89
    "spot_large": 0.85,  # 0.92
    "spot_side_open": 0.88,  # 0.93
    "spot_side_closed": 0.88,  # 0.95
    "spot_count": 0.43,  # 0.49
    "count": 0.70,  # 0.76
    "which_side": 0.93,  # 1.00
    "is_left": 0.93,  # 0.99
    "large": 0.60,  # 0.66
}


@pytest.fixture(scope="module")
def base() -> tuple[Any, Any]:
    model, tokenizer, _ = load_base(default_base_dir())
    return model, tokenizer


@pytest.fixture(scope="module")
def reliance(base: tuple[Any, Any]) -> ImageReliance:
    return image_reliance(*base)


def test_shipped_base_answers_from_the_image(reliance: ImageReliance) -> None:
    assert reliance.gap >= MIN_GAP, reliance


def test_shipped_base_sees_generic_visual_facts(base: tuple[Any, Any]) -> None:
    accuracy = kind_accuracy(*base)
    low = {k: (accuracy[k], floor) for k, floor in MIN_ACCURACY.items() if accuracy[k] < floor}
    assert not low, low


def test_recipe_file_records_the_recipe_and_the_gap(reliance: ImageReliance) -> None:
    info = json.loads((default_base_dir() / RECIPE_FILE).read_text())
    assert info["recipe"] == BaseRecipe().__dict__  # shipped = what build-base makes by default
    held = info["held_out_loss"]
    assert held["own_images"] == pytest.approx(reliance.loss_own, abs=1e-3)
    assert held["shuffled_images"] == pytest.approx(reliance.loss_shuffled, abs=1e-3)
