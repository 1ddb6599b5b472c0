"""Running the coordinator and the sites together on this machine (Flower Simulation Engine)."""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path

from flwr.simulation import run_simulation

from coordinator.server_app import RunObserver, make_server_app
from coordinator.settings import CoordinatorSettings, SettingsError
from site_agent.client_app import make_client_app


def quiet_frameworks() -> None:
    """Flower, Ray and transformers log every step; MedFed shows its own progress instead."""
    from transformers.utils import logging as hf_logging

    for name in ("flwr", "ray"):
        logging.getLogger(name).setLevel(logging.ERROR)
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    # Ray warns that a future version stops overriding device variables for CPU-only actors.
    os.environ.setdefault("RAY_ACCEL_ENV_VAR_OVERRIDE_ON_ZERO", "0")
    warnings.filterwarnings("ignore", category=FutureWarning, module=r"(ray|transformers|peft)\.")


def run_simulated(settings: CoordinatorSettings, observer: RunObserver | None = None) -> None:
    """Run (or resume: the checkpoints in settings.out_dir decide) a federation whose sites are
    the training sites under settings.data_root, one virtual SuperNode each."""
    if settings.data_root is None:
        raise SettingsError("a simulated run needs data_root (where the simulated sites live)")
    run_simulation(
        server_app=make_server_app(settings, observer),
        client_app=make_client_app(
            data_root=Path(settings.data_root).resolve(),
            secure_aggregation=settings.secagg.enabled,
        ),
        num_supernodes=settings.num_sites,
        backend_config={
            "client_resources": {"num_cpus": 1, "num_gpus": 0.0},
            "init_args": {"logging_level": logging.ERROR, "log_to_driver": False},
        },
    )
