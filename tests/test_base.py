"""The shipped base checkpoint looks at its images: with another sample's image its loss on
held-out public scenes is clearly worse. A base that answered from the text alone (gap ~0) left
LoRA fine-tuning unable to learn lesion questions at all."""

from __future__ import annotations

import json

import pytest

from model import default_base_dir, load_base
from model.base import RECIPE_FILE, BaseRecipe, ImageReliance, image_reliance

MIN_GAP = 0.02  # the shipped base: 0.450 own images vs 0.495 shuffled


@pytest.fixture(scope="module")
def reliance() -> ImageReliance:
    model, tokenizer, _ = load_base(default_base_dir())
    return image_reliance(model, tokenizer)


def test_shipped_base_answers_from_the_image(reliance: ImageReliance) -> None:
    assert reliance.gap >= MIN_GAP, reliance


def test_recipe_file_records_the_recipe_and_the_gap(reliance: ImageReliance) -> None:
    info = json.loads((default_base_dir() / RECIPE_FILE).read_text())
    assert info["recipe"] == BaseRecipe().__dict__  # shipped = what build-base makes by default
    held = info["held_out_loss"]
    assert held["own_images"] == pytest.approx(reliance.loss_own, abs=1e-3)
    assert held["shuffled_images"] == pytest.approx(reliance.loss_shuffled, abs=1e-3)
