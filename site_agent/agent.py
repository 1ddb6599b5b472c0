"""One training round at a site, in the order the hospital's trust requires:

policy -> approved model -> signed curriculum -> stage allowed -> curated data -> train -> update.

Every refusal returns a zero update with weight 0 and a generic reason code (the details go to the
site's own log, never to the coordinator), so a refusing site neither stalls the round nor moves the
aggregate.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from transformers import PreTrainedTokenizerBase

from meddata import SiteData, load_site
from model import (
    ModelPreset,
    attach_lora,
    config_digest,
    load_base,
    load_trainable_state,
    pick_device,
    set_trainable_groups,
    trainable_state,
)
from protocols import update_codec
from protocols.curriculum import Curriculum, CurriculumError, Stage
from protocols.curriculum_file import curriculum_from_canonical
from protocols.keys import load_private_key, write_key_pair
from protocols.ledger_entry import SiteRoundEntry, sign_site_entry
from protocols.ledger_entry import canonical_bytes as canonical_entry
from protocols.round import FitInstruction, FitReport
from protocols.signing import SignatureError, SignedCurriculum, verify_manifest
from site_agent.curation import curate_site
from site_agent.curation import verify_manifest as verify_data_manifest
from site_agent.dp import DPTrainingConfig, train_local_dp
from site_agent.examples import Example, stage_examples
from site_agent.policy import SitePolicy, load_policy
from site_agent.privacy import BudgetGate, Mechanism, SiteLedger, SpendContext, default_url
from site_agent.settings import SiteSettings
from site_agent.trainer import ImageCache, LocalTrainingConfig, fitting_examples, train_local

log = logging.getLogger("medfed.site")
Arrays = list[npt.NDArray[np.float32]]


class RoundRefused(Exception):
    """The site declines this round: `code` leaves the site, `detail` stays in its log."""

    def __init__(self, code: str, detail: str, ledger: tuple[str, str] | None = None) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
        self.ledger = ledger  # a signed consortium-ledger entry recording the refusal


@dataclass
class ModelSession:
    """The base model with the curriculum's adapters, kept across rounds in one process."""

    model: torch.nn.Module
    tokenizer: PreTrainedTokenizerBase
    preset: ModelPreset
    config_digest: str


@lru_cache(maxsize=1)
def model_session(base_dir: str, model_groups: tuple[str, ...], lora_rank: int) -> ModelSession:
    base, tokenizer, preset = load_base(Path(base_dir))
    digest = config_digest(base.config)
    peft_model = attach_lora(base, model_groups, r=lora_rank)
    peft_model.to(pick_device())
    return ModelSession(peft_model, tokenizer, preset, digest)


@dataclass(frozen=True)
class CuratedData:
    train: SiteData
    reports_dir: Path
    dataset_digest: str


def _curation_secret(agent_dir: Path) -> bytes:
    """The site's pseudonymization key: made once, kept 0600 in the agent directory."""
    path = agent_dir / "curation.secret"
    if not path.exists():
        agent_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
    return path.read_bytes()


@lru_cache(maxsize=4)
def curated_data(site_dir: str, curated_dir: str, agent_dir: str) -> CuratedData:
    """Curate the raw site directory once (de-identify, scrub, deduplicate); later rounds check
    the curated copy against its manifest. The manifest digest is the data set's identity."""
    dst = Path(curated_dir)
    if (dst / "manifest.json").is_file():
        digest = verify_data_manifest(dst)
    else:
        report = curate_site(Path(site_dir), dst, _curation_secret(Path(agent_dir)))
        digest = report.manifest_digest
        log.info("curated %s: %s", site_dir, report)
    return CuratedData(load_site(dst, "train"), dst / "reports", digest)


_IMAGES: dict[str, ImageCache] = {}


def _refusal(template: dict[str, npt.NDArray[np.float32]], code: str) -> tuple[Arrays, FitReport]:
    zeros = {k: np.zeros_like(v) for k, v in template.items()}
    report = FitReport(num_examples=0, steps=0, loss_before=0.0, loss_after=0.0, refused=code)
    return update_codec.to_arrays(zeros), report


def _verified_stage(
    policy: SitePolicy, cur: Curriculum, signed: SignedCurriculum, model_digest: str, name: str
) -> Stage:
    if not policy.approves_model(model_digest):
        raise RoundRefused("policy", f"model configuration {model_digest} is not approved")
    try:
        verify_manifest(signed, cur, model_digest, policy.coordinator_public_keys())
    except SignatureError as exc:
        raise RoundRefused("signature", str(exc)) from exc
    stage = next((s for s in cur.stages if s.name == name), None)
    if stage is None:
        raise RoundRefused("policy", f"stage {name!r} is not in the signed curriculum")
    reasons = policy.check_stage(stage)
    if reasons:
        raise RoundRefused("policy", "; ".join(reasons))
    return stage


def run_round(
    settings: SiteSettings, instr: FitInstruction, signed: SignedCurriculum, parameters: Arrays
) -> tuple[Arrays, FitReport]:
    """One round: returns the update (delta of the stage's groups) and the report."""
    try:
        cur = curriculum_from_canonical(instr.curriculum.encode(), "round instruction")
    except CurriculumError as exc:
        raise RoundRefused("signature", f"unreadable curriculum: {exc}") from exc
    sess = model_session(str(settings.base_model), cur.all_groups, instr.lora_rank)
    stage_groups = next((s.trainable_groups for s in cur.stages if s.name == instr.stage), ())
    template = trainable_state(sess.model, stage_groups or cur.all_groups)
    try:
        policy = load_policy(settings.policy_file)
        stage = _verified_stage(policy, cur, signed, sess.config_digest, instr.stage)
        curated = curated_data(
            str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir)
        )
        seed = round_seed(instr.seed, settings.site_dir.name, instr.global_round)
        examples = round_examples(curated, stage, seed, sess.tokenizer, sess.preset)
        reasons = policy.check_dataset_size(len(examples))
        if reasons:
            raise RoundRefused("data", "; ".join(reasons))
        return _train(
            sess,
            instr,
            stage,
            examples,
            parameters,
            settings,
            seed,
            cur,
            policy,
            curated.dataset_digest,
        )
    except RoundRefused as exc:
        log.warning(
            "site %s refuses round %d: %s", settings.site_dir.name, instr.global_round, exc.detail
        )
        arrays, report = _refusal(template, exc.code)
        if exc.ledger is not None:
            report = dataclasses.replace(
                report, ledger_entry=exc.ledger[0], ledger_signature=exc.ledger[1]
            )
        return arrays, report


def _train(
    sess: ModelSession,
    instr: FitInstruction,
    stage: Stage,
    examples: list[Example],
    parameters: Arrays,
    settings: SiteSettings,
    seed: int,
    cur: Curriculum,
    policy: SitePolicy,
    dataset_digest: str,
) -> tuple[Arrays, FitReport]:
    full = trainable_state(sess.model, cur.all_groups)
    if update_codec.layout_digest(full) != instr.layout_digest:
        raise update_codec.UpdateFormatError(
            "global state layout differs from this site's model (preset, groups or rank)"
        )
    global_state = update_codec.from_arrays(parameters, full, what="global state")
    load_trainable_state(sess.model, global_state)
    set_trainable_groups(sess.model, stage.trainable_groups)
    images = _IMAGES.setdefault(str(settings.curated_dir), ImageCache())
    if stage.dp is None:
        cfg = LocalTrainingConfig.for_stage(stage, len(examples), seed)
        report = train_local(
            sess.model, sess.tokenizer, sess.preset, examples, cfg, pick_device(), images
        )
    else:
        report, mechanism = _train_private(sess, instr, stage, examples, settings, seed, policy,
                                           dataset_digest, images)  # fmt: skip
    after_state = trainable_state(sess.model, stage.trainable_groups)
    delta = update_codec.subtract(after_state, {k: global_state[k] for k in after_state})
    if stage.dp is None:
        return update_codec.to_arrays(delta), report
    entry = _ledger_entry(policy, instr, stage, dataset_digest, mechanism, report.epsilon,
                          update_codec.state_digest(delta), None)  # fmt: skip
    body, signature = _signed_entry(settings, entry)
    report = dataclasses.replace(report, ledger_entry=body, ledger_signature=signature)
    return update_codec.to_arrays(delta), report


SIGNING_KEY = "ledger-signing"


def site_signing_key(agent_dir: Path) -> Ed25519PrivateKey:
    """The site's Ed25519 key for its consortium-ledger entries (made once if missing)."""
    path = agent_dir / f"{SIGNING_KEY}.key"
    if not path.exists():
        write_key_pair(agent_dir, SIGNING_KEY)
    return load_private_key(path)


def _signed_entry(settings: SiteSettings, entry: SiteRoundEntry) -> tuple[str, str]:
    signature = sign_site_entry(site_signing_key(settings.agent_dir), entry)
    return canonical_entry(entry).decode("ascii"), signature.hex()


def _ledger_entry(
    policy: SitePolicy, instr: FitInstruction, stage: Stage, dataset_digest: str,
    mechanism: Mechanism, epsilon_after: float, update_digest: str | None, reason: str | None,
) -> SiteRoundEntry:  # fmt: skip
    return SiteRoundEntry(
        run_id=instr.run_id, stage=stage.name, global_round=instr.global_round,
        site=policy.name, dataset_digest=dataset_digest, **dataclasses.asdict(mechanism),
        epsilon_after=epsilon_after, epsilon_cap=policy.privacy.epsilon_cap,
        status="trained" if update_digest else "refused", update_digest=update_digest,
        reason=reason,
    )  # fmt: skip


def _train_private(
    sess: ModelSession,
    instr: FitInstruction,
    stage: Stage,
    examples: list[Example],
    settings: SiteSettings,
    seed: int,
    policy: SitePolicy,
    dataset_digest: str,
    images: ImageCache,
) -> tuple[FitReport, Mechanism]:
    """DP-SGD under the site's lifetime budget: the spend is reserved in the site's ledger (its
    own committed transaction) before any data is touched, so a crash can only over-count. A
    refusal for budget still returns a signed ledger entry saying so."""
    privacy = policy.privacy
    if stage.dp is not None and stage.dp.delta != privacy.delta:
        raise RoundRefused(
            "policy", f"stage delta {stage.dp.delta} differs from the site's delta {privacy.delta}"
        )
    cfg = DPTrainingConfig.for_stage(stage, len(examples), seed, accountant=privacy.accountant)
    mechanism = cfg.mechanism(len(examples))
    with SiteLedger(default_url(settings.agent_dir)) as ledger:
        gate = BudgetGate(ledger, privacy.epsilon_cap, privacy.delta, privacy.accountant)
        context = SpendContext(instr.run_id, stage.name, instr.global_round)
        decision = gate.reserve_or_refuse(dataset_digest, mechanism, context)
        if not decision.allowed or decision.entry_id is None:
            entry = _ledger_entry(
                policy,
                instr,
                stage,
                dataset_digest,
                mechanism,
                decision.eps_before,
                None,
                "privacy budget cap reached",
            )
            raise RoundRefused("budget", decision.reason or "the privacy budget is spent",
                               _signed_entry(settings, entry))  # fmt: skip
        result = train_local_dp(sess.model, sess.tokenizer, sess.preset, examples, cfg,
                                pick_device(), images)  # fmt: skip
        ledger.commit(decision.entry_id, result.mechanism.steps)
        epsilon = ledger.epsilon(dataset_digest, privacy.delta, privacy.accountant)
    return dataclasses.replace(result.report, epsilon=epsilon), result.mechanism


def round_examples(
    curated: CuratedData,
    stage: Stage,
    seed: int,
    tokenizer: PreTrainedTokenizerBase,
    preset: ModelPreset,
) -> list[Example]:
    """The stage's example mix for one round (`seed` from `round_seed`), less those too long for
    the stage's max_length: what the site trains on."""
    return fitting_examples(
        stage_examples(curated.train, stage, seed, curated.reports_dir),
        tokenizer, preset, stage.max_length, stage.tiling,
    )  # fmt: skip


def round_seed(seed: int, site: str, global_round: int) -> int:
    """A per-(site, round) seed: reproducible runs, different sampling at every site and round."""
    digest = np.frombuffer(f"{seed}:{site}:{global_round}".encode(), dtype=np.uint8)
    return int(np.random.default_rng(digest).integers(0, 2**31 - 1))
