"""A synthetic, internally consistent consortium ledger: for tests, demos and trying the tools.

It plays a coordinator and its sites honestly: each site keeps its own history, computes eps
with the same accounting a real site agent uses, signs its entries with its own fresh key, and
the coordinator appends them followed by its round entry. One site refuses one round (site
policy) and one site drops out of one round before training (so it spends nothing there).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ledger.store import ConsortiumLedger
from protocols.accounting import Mechanism, epsilon_of
from protocols.ledger_entry import (
    CoordinatorRoundEntry,
    ResumeEntry,
    SiteRoundEntry,
    StageTransition,
    sign_site_entry,
)

DELTA = 1e-5


def _digest(*parts: object) -> str:
    return hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()


@dataclass(frozen=True)
class SyntheticPlan:
    run_id: str = "synthetic-run"
    sites: tuple[str, ...] = ("hospital-a", "hospital-b", "hospital-c")
    caps: tuple[float, ...] = (8.0, 6.0, 10.0)
    noise: tuple[float, ...] = (1.1, 1.3, 0.9)
    stages: tuple[str, ...] = ("align", "instruct", "vqa")
    rounds_per_stage: int = 2
    steps: tuple[int, ...] = (40, 60, 80)  # per stage
    sample_rate: float = 0.02
    refusal: tuple[str, int] | None = ("hospital-c", 5)
    dropout: tuple[str, int] | None = ("hospital-b", 3)
    resume_after: int | None = 4

    def __post_init__(self) -> None:
        if not len(self.sites) == len(self.caps) == len(self.noise):
            raise ValueError("synthetic plan: sites, caps and noise need one value per site")
        if len(self.steps) != len(self.stages) or self.rounds_per_stage < 1:
            raise ValueError("synthetic plan: one steps value per stage, rounds_per_stage >= 1")


@dataclass
class SyntheticRun:
    plan: SyntheticPlan
    keys: dict[str, Ed25519PrivateKey]
    datasets: dict[str, str]
    curriculum_digest: str
    history: dict[str, list[Mechanism]] = field(default_factory=dict)


def _public_pem(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _site_entry(
    run: SyntheticRun, site: str, stage: str, rnd: int, refused: bool
) -> SiteRoundEntry:
    plan = run.plan
    i = plan.sites.index(site)
    mech = Mechanism(
        noise_multiplier=plan.noise[i],
        sample_rate=plan.sample_rate,
        steps=plan.steps[plan.stages.index(stage)],
        clipping_norm=1.0,
        delta=DELTA,
    )
    history = run.history.setdefault(site, [])
    if not refused:
        history.append(mech)
    return SiteRoundEntry(
        run_id=plan.run_id,
        stage=stage,
        global_round=rnd,
        site=site,
        dataset_digest=run.datasets[site],
        noise_multiplier=mech.noise_multiplier,
        sample_rate=mech.sample_rate,
        steps=mech.steps,
        clipping_norm=mech.clipping_norm,
        delta=mech.delta,
        accountant=mech.accountant,
        epsilon_after=epsilon_of(history, DELTA, "rdp"),
        epsilon_cap=plan.caps[i],
        status="refused" if refused else "trained",
        update_digest=None if refused else _digest("update", site, rnd),
        reason="site policy: outside the site's approved training window" if refused else None,
    )


def write_synthetic_run(
    ledger: ConsortiumLedger, plan: SyntheticPlan | None = None
) -> SyntheticRun:
    """Register the plan's sites (fresh keys) and append its whole run to `ledger`."""
    plan = plan or SyntheticPlan()
    run = SyntheticRun(
        plan=plan,
        keys={site: Ed25519PrivateKey.generate() for site in plan.sites},
        datasets={site: _digest("dataset", site) for site in plan.sites},
        curriculum_digest=_digest("curriculum", *plan.stages),
    )
    for site, cap in zip(plan.sites, plan.caps, strict=True):
        ledger.register_site(site, _public_pem(run.keys[site]), cap)
    rnd = 0
    previous: str | None = None
    for stage in plan.stages:
        for _ in range(plan.rounds_per_stage):
            rnd += 1
            if stage != previous:
                ledger.append(StageTransition(plan.run_id, previous, stage, rnd))
                previous = stage
            _round(ledger, run, stage, rnd)
            if rnd == plan.resume_after:
                ledger.append(ResumeEntry(plan.run_id, rnd, _digest("checkpoint", rnd)))
    return run


def _round(ledger: ConsortiumLedger, run: SyntheticRun, stage: str, rnd: int) -> None:
    plan = run.plan
    trained: list[str] = []
    refused: list[str] = []
    dropped: list[str] = []
    for site in plan.sites:
        if (site, rnd) == plan.dropout:
            dropped.append(site)
            continue
        is_refusal = (site, rnd) == plan.refusal
        entry = _site_entry(run, site, stage, rnd, is_refusal)
        ledger.append(entry, sign_site_entry(run.keys[site], entry))
        (refused if is_refusal else trained).append(site)
    ledger.append(
        CoordinatorRoundEntry(
            run_id=plan.run_id,
            stage=stage,
            global_round=rnd,
            participants=tuple(trained),
            dropouts=tuple(dropped),
            refusals=tuple(refused),
            aggregate_digest=_digest("aggregate", rnd),
            curriculum_digest=run.curriculum_digest,
            checkpoint_digest=_digest("checkpoint", rnd),
        )
    )
