"""The site agent's Flower ClientApp: receives the global state, trains the stage's groups locally,
and returns the update (the change of those groups) with aggregate metrics.

The legacy NumPyClient path is used because Flower's SecAgg+ mod only exists there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch
from flwr.app import Context
from flwr.client import Client, NumPyClient
from flwr.client.mod import secaggplus_mod
from flwr.clientapp import ClientApp
from flwr.common import Scalar
from transformers import PreTrainedTokenizerBase

from model import (
    ModelPreset,
    attach_lora,
    load_base,
    load_trainable_state,
    pick_device,
    set_trainable_groups,
    trainable_state,
)
from protocols import update_codec
from protocols.round import FitInstruction
from site_agent.data import SiteData, load_site
from site_agent.examples import build_examples
from site_agent.settings import SiteSettings, resolve_site_settings
from site_agent.trainer import ImageCache, LocalTrainingConfig, train_local


@dataclass
class ModelSession:
    """The base model with the curriculum's adapters attached, kept across rounds in one process."""

    model: torch.nn.Module
    tokenizer: PreTrainedTokenizerBase
    preset: ModelPreset
    model_groups: tuple[str, ...]
    lora_rank: int


@lru_cache(maxsize=1)
def _session(base_dir: str, model_groups: tuple[str, ...], lora_rank: int) -> ModelSession:
    base, tokenizer, preset = load_base(Path(base_dir))
    peft_model = attach_lora(base, model_groups, r=lora_rank)
    peft_model.to(pick_device())
    return ModelSession(peft_model, tokenizer, preset, model_groups, lora_rank)


@lru_cache(maxsize=4)
def _site_data(site_dir: str, split: str) -> SiteData:
    return load_site(Path(site_dir), split)  # type: ignore[arg-type]


_IMAGES: dict[str, ImageCache] = {}


class SiteClient(NumPyClient):
    """One site's training client for one message."""

    def __init__(self, settings: SiteSettings) -> None:
        self.settings = settings

    def fit(
        self, parameters: list[npt.NDArray[np.float32]], config: dict[str, Scalar]
    ) -> tuple[list[npt.NDArray[np.float32]], int, dict[str, Scalar]]:
        instr = FitInstruction.from_config(config)
        sess = _session(str(self.settings.base_model), instr.model_groups, instr.lora_rank)
        template = trainable_state(sess.model, instr.model_groups)
        if update_codec.layout_digest(template) != instr.layout_digest:
            raise update_codec.UpdateFormatError(
                "global state layout differs from this site's model (preset, groups or rank)"
            )
        global_state = update_codec.from_arrays(parameters, template, what="global state")
        load_trainable_state(sess.model, global_state)
        set_trainable_groups(sess.model, instr.trainable_groups)

        data = _site_data(str(self.settings.site_dir), "train")
        examples = build_examples(data, instr.data_kinds)
        images = _IMAGES.setdefault(str(self.settings.site_dir), ImageCache())
        cfg = LocalTrainingConfig(
            steps=instr.local_steps,
            batch_size=instr.batch_size,
            learning_rate=instr.learning_rate,
            max_length=instr.max_length,
            seed=_round_seed(instr.seed, self.settings.site_dir.name, instr.global_round),
        )
        report = train_local(
            sess.model, sess.tokenizer, sess.preset, examples, cfg, pick_device(), images
        )
        after = trainable_state(sess.model, instr.trainable_groups)
        before = {k: global_state[k] for k in after}
        delta = update_codec.subtract(after, before)
        # SecAgg+ rounds stochastically with the global numpy generator; seeding it per (site,
        # round) makes the masked aggregate reproducible, which crash-resume relies on.
        np.random.seed(cfg.seed)  # noqa: NPY002
        return update_codec.to_arrays(delta), report.num_examples, report.to_metrics()


def _round_seed(seed: int, site: str, global_round: int) -> int:
    """A per-(site, round) seed: reproducible runs, different sampling at every site and round."""
    digest = np.frombuffer(f"{seed}:{site}:{global_round}".encode(), dtype=np.uint8)
    return int(np.random.default_rng(digest).integers(0, 2**31 - 1))


def make_client_app(data_root: Path | None = None, secure_aggregation: bool = True) -> ClientApp:
    """A ClientApp; `data_root` stands in for the run config's `data-root` where the runtime
    passes none (Flower's run_simulation gives ClientApps an empty run config). With
    `secure_aggregation` (the default) the site only answers SecAgg+ training rounds: its update
    leaves masked, and a coordinator that asks for a plain update gets an error."""

    def client_fn(context: Context) -> Client:
        return SiteClient(resolve_site_settings(context, data_root=data_root)).to_client()

    return ClientApp(client_fn=client_fn, mods=[secaggplus_mod] if secure_aggregation else [])


app = make_client_app()
