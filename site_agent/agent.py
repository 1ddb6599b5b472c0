"""One training round at a site, in the order the hospital's trust requires:

gate (policy, approved model, signed curriculum and run, stage allowed) -> model -> curated data
-> study units -> budget reserved -> train with the site's own randomness -> update.

The gate (`site_agent.gate`) runs before anything is allocated; an instruction it refuses gets
no reply but a generic reason code. Later refusals (data, budget) return a zero update with weight
0 and a code (the details go to the site's own log, never to the coordinator), so a refusing site
neither stalls the round nor moves the aggregate.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.exc import SQLAlchemyError
from transformers import PreTrainedTokenizerBase

from meddata import SiteData, load_site
from model import (
    ModelPreset,
    attach_lora,
    config_digest,
    load_base,
    load_trainable_state,
    pick_device,
    place,
    set_trainable_groups,
    trainable_state,
)
from protocols import update_codec
from protocols.accounting import PRIVACY_UNIT, epsilon_of
from protocols.curriculum import Stage
from protocols.keys import load_private_key
from protocols.ledger_entry import (
    MAX_INTERRUPTED,
    InterruptedSpend,
    SiteRoundEntry,
    SiteStatus,
    sign_site_entry,
)
from protocols.ledger_entry import canonical_bytes as canonical_entry
from protocols.round import FitInstruction, FitReport
from protocols.signing import SignedCurriculum
from site_agent.curation import curate_site
from site_agent.curation import verify_manifest as verify_data_manifest
from site_agent.dp import DPTrainingConfig, check_dp_tiling, train_local_dp, units_with_one_image
from site_agent.egress import EgressRefused, check_bytes, outgoing_report, reply_bytes
from site_agent.examples import Example, declared_kinds, site_studies, study_units
from site_agent.gate import RoundContext, RoundRefused, open_round
from site_agent.policy import load_policy
from site_agent.privacy import (
    LIFETIME_BUDGET,
    AccountingTooCostly,
    BudgetGate,
    Mechanism,
    PrivacyLedgerError,
    SpendContext,
    open_site_ledger,
)
from site_agent.randomness import RoundRandomness, round_randomness
from site_agent.settings import SiteSettings
from site_agent.trainer import ImageCache, LocalTrainingConfig, fitting_examples, train_local

log = logging.getLogger("medfed.site")
Arrays = list[npt.NDArray[np.float32]]
# Room for the report's metrics and signed ledger entry (with as many interrupted spends as
# it may report) beside the update, in the byte cap; the earlier signed entries the report
# sends again fill what is left of it (`with_resent`), never more.
METRICS_ALLOWANCE = 8192 + 512 * MAX_INTERRUPTED

__all__ = ["RoundRefused", "run_round"]


@dataclass
class ModelSession:
    """The base model with the curriculum's adapters, kept across rounds in one process."""

    model: torch.nn.Module
    tokenizer: PreTrainedTokenizerBase
    preset: ModelPreset
    config_digest: str


@lru_cache(maxsize=1)
def model_session(base_dir: str, model_groups: tuple[str, ...], lora_rank: int) -> ModelSession:
    """Built only for an instruction the gate verified (its rank is the signed one)."""
    base, tokenizer, preset = load_base(Path(base_dir))
    digest = config_digest(base.config)
    peft_model = attach_lora(base, model_groups, r=lora_rank)
    place(peft_model, pick_device())
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
    the curated copy against its manifest. The manifest digest names the data a round used."""
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


def randomness_for(ctx: RoundContext) -> RoundRandomness:
    """The round's randomness as the site's policy says: the OS CSPRNG, or (tests only, chosen
    in the site's own policy) seeded from the run seed, site and round."""
    mode = ctx.policy.privacy.randomness
    if mode == "seeded-insecure":
        instr = ctx.instruction
        seed = round_seed(instr.seed, ctx.settings.site_dir.name, instr.global_round)
        return round_randomness("seeded-insecure", seed)
    return round_randomness("os-csprng")


def rounding_seed(settings: SiteSettings, instr: FitInstruction) -> npt.NDArray[np.uint32]:
    """Seed words for numpy's global generator, which SecAgg+'s stochastic rounding uses: fresh
    from the OS CSPRNG, or (insecure test mode, in the site's policy) per site and round."""
    if load_policy(settings.policy_file).privacy.randomness == "seeded-insecure":
        seed = round_seed(instr.seed, settings.site_dir.name, instr.global_round)
        return round_randomness("seeded-insecure", seed).rounding_seed
    return round_randomness("os-csprng").rounding_seed


def run_round(
    settings: SiteSettings, instr: FitInstruction, signed: SignedCurriculum, parameters: Arrays
) -> tuple[Arrays, FitReport]:
    """One round: returns the update (delta of the stage's groups) and the report. Raises
    RoundRefused when the gate refuses the instruction (nothing was allocated for it)."""
    ctx = open_round(settings, instr, signed)
    site_signing_key(settings.agent_dir)  # its entries must be signed by the registered key
    cur, stage, policy = ctx.curriculum, ctx.stage, ctx.policy
    sess = model_session(str(settings.base_model), cur.all_groups, instr.lora_rank)
    template = trainable_state(sess.model, stage.trainable_groups)
    try:
        size = reply_bytes(update_codec.to_arrays(template), {}) + METRICS_ALLOWANCE
        check_bytes(policy.egress, size, f"the update of stage {stage.name!r}")
    except EgressRefused as exc:
        raise RoundRefused("policy", str(exc)) from exc
    try:
        curated = curated_data(
            str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir)
        )
        # A DP stage's size check is on the declared (public) N, in the gate's policy reasons;
        # the count held is told only to the site's own log. A stage without DP (the policy
        # opted out of DP, so no eps protects anyone) is checked on the count itself. Either
        # counts every training study the site holds, whatever the stage asks, so a
        # coordinator cannot probe counts with max_length or kinds.
        held = len(site_studies(curated.train))
        reasons = policy.check_dataset_size(held)
        if reasons and stage.dp is None:
            raise RoundRefused("data", "; ".join(reasons))
        if reasons:
            log.warning(
                "site %s trains stage %r under DP on %d studies (fewer than "
                "training.min_dataset_size; eps follows privacy.accounted_studies, %s)",
                policy.name, stage.name, held, policy.privacy.accounted_studies,
            )  # fmt: skip
        declared = policy.privacy.accounted_studies
        if stage.dp is not None and declared is not None and held > declared:
            log.warning(
                "site %s holds %d training studies, more than privacy.accounted_studies %d: "
                "a DP step's rows, and so a round's time, follow the count held; declare at "
                "least the count", policy.name, held, declared,
            )  # fmt: skip
        # Refused for data only where the site holds no data set of the stage's kinds at all
        # (its layout's files, what `medfed site inspect` shows), never on what the studies
        # hold: a DP stage whose units all fall out (too long for max_length, say) runs on
        # none, its update the noise alone, so the reply says nothing about one study.
        offered = declared_kinds(curated.train, curated.reports_dir)
        if not offered & set(stage.data_kinds):
            raise RoundRefused(
                "data", f"this site holds no data set of the kinds {list(stage.data_kinds)}"
            )
        units = round_units(curated, stage, sess.tokenizer, sess.preset)
        if not units and stage.dp is None:  # no DP, no privacy to keep: say so plainly
            raise RoundRefused("data", f"no study has data of the kinds {stage.data_kinds}")
        if stage.dp is None and not stage.local_steps:  # epochs over the units held
            # (no DP, so no eps to keep: checked here, once the units are known)
            steps = stage.steps_per_round(len(units))
            how = f"steps a round (epochs {stage.epochs} over the units held)"
            too_much = policy.compute.check(stage, steps, how)
            if too_much:
                raise RoundRefused("policy", "; ".join(too_much))
        arrays, report = _train(sess, ctx, units, parameters, curated.dataset_digest)
        return arrays, with_resent(settings, instr, outgoing_report(policy.egress, report))
    except RoundRefused as exc:
        log.warning("site %s refuses round %d: %s", settings.name, instr.global_round, exc.detail)
        arrays, report = _refusal(template, exc.code)
        if exc.ledger is not None:
            report = dataclasses.replace(
                report, ledger_entry=exc.ledger[0], ledger_signature=exc.ledger[1]
            )
            report = with_resent(settings, instr, report)
        return arrays, report


def with_resent(settings: SiteSettings, instr: FitInstruction, report: FitReport) -> FitReport:
    """`report` (with a signed entry) carrying the signed entries the site's privacy ledger kept
    with its latest committed spends of this run (`trained` round results, `released`
    evaluation counts; this report's own left out): the latest MAX_RESENT, the newest first
    while the metrics stay within METRICS_ALLOWANCE. The entry's eps covers them, and a reply
    the coordinator never recorded (it was stopped mid-round or mid-evaluation, the reply was
    lost) left its spend out of the consortium ledger; the coordinator records those it lacks
    before the entry (`ConsortiumLog.round`) and skips the rest. A ledger that cannot be read
    sends none: the round's own result still leaves."""
    if not report.ledger_entry:
        return report
    try:
        with open_site_ledger(settings.agent_dir) as ledger:
            kept = ledger.to_send_again(instr.run_id, instr.global_round, report.ledger_entry)
    except (PrivacyLedgerError, SQLAlchemyError) as exc:
        log.warning("site %s sends no earlier signed entries with round %d: %s",
                    settings.name, instr.global_round, exc)  # fmt: skip
        return report
    out = report
    for pair in reversed(kept):
        candidate = dataclasses.replace(out, resent=(pair, *out.resent))
        if reply_bytes([], candidate.to_metrics()) > METRICS_ALLOWANCE:
            break
        out = candidate
    return out


def _train(
    sess: ModelSession,
    ctx: RoundContext,
    units: list[Example],
    parameters: Arrays,
    dataset_digest: str,
) -> tuple[Arrays, FitReport]:
    instr, stage, cur = ctx.instruction, ctx.stage, ctx.curriculum
    full = trainable_state(sess.model, cur.all_groups)
    if update_codec.layout_digest(full) != instr.layout_digest:
        raise update_codec.UpdateFormatError(
            "global state layout differs from this site's model (preset, groups or rank)"
        )
    global_state = update_codec.from_arrays(parameters, full, what="global state")
    load_trainable_state(sess.model, global_state)
    set_trainable_groups(sess.model, stage.trainable_groups)
    images = _IMAGES.setdefault(str(ctx.settings.curated_dir), ImageCache())
    rand = randomness_for(ctx)
    if stage.dp is None:  # only where the site's policy set require_dp = false
        seed = int(rand.sampling.integers(2**63 - 1))
        cfg = LocalTrainingConfig.for_stage(stage, len(units), seed)
        checkpointing = ctx.policy.compute.checkpointing(cfg.activation_checkpointing)
        cfg = dataclasses.replace(cfg, activation_checkpointing=checkpointing)
        report = train_local(
            sess.model, sess.tokenizer, sess.preset, units, cfg, pick_device(), images
        )
        log.warning("site %s trained stage %r WITHOUT DP (policy require_dp = false)",
                    ctx.policy.name, stage.name)  # fmt: skip
    else:
        update: list[Arrays] = []

        def seal(mechanism: Mechanism, epsilon: float, units_accounted: int,
                 interrupted: tuple[InterruptedSpend, ...]) -> tuple[str, str]:  # fmt: skip
            """The round's signed `trained` entry, for the update training just left."""
            after = trainable_state(sess.model, stage.trainable_groups)
            delta = update_codec.subtract(after, {k: global_state[k] for k in after})
            update.append(update_codec.to_arrays(delta))
            entry = round_entry(ctx, dataset_digest, mechanism, epsilon,
                                update_codec.state_digest(delta), None, units_accounted,
                                rand.mode, interrupted)  # fmt: skip
            return signed_entry(ctx.settings, entry)

        report = _train_private(sess, ctx, units, dataset_digest, images, rand, seal)
        return update[0], report
    after_state = trainable_state(sess.model, stage.trainable_groups)
    delta = update_codec.subtract(after_state, {k: global_state[k] for k in after_state})
    return update_codec.to_arrays(delta), report


SIGNING_KEY = "ledger-signing"


def site_signing_key(agent_dir: Path) -> Ed25519PrivateKey:
    """The site's Ed25519 key for its consortium-ledger entries, the one `medfed site init`
    made and the operator registered. A missing key is an error, never made up here: entries
    signed by an unregistered key would be dropped from the consortium ledger."""
    path = agent_dir / f"{SIGNING_KEY}.key"
    if not path.exists():
        raise RoundRefused(
            "policy",
            f"{path}: no ledger-signing key; create the site's keys with `medfed site init` in "
            "the agent directory (node config agent-dir)",
        )
    return load_private_key(path)


def signed_entry(settings: SiteSettings, entry: SiteRoundEntry) -> tuple[str, str]:
    signature = sign_site_entry(site_signing_key(settings.agent_dir), entry)
    return canonical_entry(entry).decode("ascii"), signature.hex()


def round_entry(
    ctx: RoundContext, dataset_digest: str, mechanism: Mechanism, epsilon_after: float,
    update_digest: str | None, reason: str | None, units: int, randomness: str,
    interrupted: tuple[InterruptedSpend, ...] = (), *, released: bool = False,
) -> SiteRoundEntry:  # fmt: skip
    """The round's signed-entry body: trained (an update digest), refused (none), or, with
    `released`, the evaluation counts released after the round (`update_digest` theirs)."""
    instr, policy = ctx.instruction, ctx.policy
    status: SiteStatus = "released" if released else "trained" if update_digest else "refused"
    return SiteRoundEntry(
        run_id=instr.run_id, stage=ctx.stage.name, global_round=instr.global_round,
        site=policy.name, dataset_digest=dataset_digest, **dataclasses.asdict(mechanism),
        epsilon_after=epsilon_after, epsilon_cap=policy.privacy.epsilon_cap,
        status=status, update_digest=update_digest,
        reason=reason, privacy_unit=PRIVACY_UNIT, units=units, randomness=randomness,
        interrupted=interrupted,
    )  # fmt: skip


def _train_private(
    sess: ModelSession,
    ctx: RoundContext,
    units: list[Example],
    dataset_digest: str,
    images: ImageCache,
    rand: RoundRandomness,
    seal: Callable[[Mechanism, float, int, tuple[InterruptedSpend, ...]], tuple[str, str]],
) -> FitReport:
    """DP-SGD under the site's lifetime budget: the spend is reserved in the site's ledger (its
    own committed transaction) before any data is touched, so a crash can only over-count. A
    refusal for budget still returns a signed ledger entry saying so. Either entry reports the
    spends earlier rounds reserved and never reported (killed mid-training), which the
    reservation claimed: the entry's eps covers them, so the consortium ledger must hold them.
    After training, `seal` signs the round's entry, and the spend is committed with it in one
    transaction: the site sends it again with its next results (`with_resent`), so a reply
    that never reaches the coordinator leaves no spend out of the consortium ledger. A crash
    before that commit leaves the reservation, reported as interrupted."""
    privacy, stage, instr = ctx.policy.privacy, ctx.stage, ctx.instruction
    accounted = privacy.accounted_studies
    if accounted is None:  # the gate refuses DP stages without it; kept for the type checker
        raise RoundRefused("policy", "privacy.accounted_studies is not set")
    # Everything accounted (rate, steps, noise) follows from the declared N, never the count.
    cfg = DPTrainingConfig.for_stage(stage, accounted, 0, accountant=privacy.accountant)
    # As this site computes it (its own micro-batches and activation checkpointing): the same
    # mechanism and update, in the memory the site has.
    compute = ctx.policy.compute
    for note in compute.notes(stage):
        log.warning("site %s: %s", ctx.policy.name, note)
    cfg = dataclasses.replace(
        cfg,
        micro_batch_size=compute.micro_batch(cfg.micro_batch_size),
        activation_checkpointing=compute.checkpointing(cfg.activation_checkpointing),
    )
    reasons = ctx.policy.check_noise(stage, cfg.noise_multiplier)
    if reasons:
        raise RoundRefused("policy", "; ".join(reasons))
    try:
        check_dp_tiling(cfg)  # the stage's own settings, before anything is reserved
    except ValueError as exc:
        raise RoundRefused("policy", str(exc)) from exc
    units = units_with_one_image(units, cfg)  # unit by unit, never a refusal
    mechanism = cfg.mechanism(accounted)
    per_round = privacy.max_epsilon_per_round
    if per_round is not None:
        try:
            eps_round = epsilon_of(
                [mechanism], privacy.delta, privacy.accountant, privacy.max_accountant_mb
            )
        except AccountingTooCostly as exc:
            raise _too_costly(stage, mechanism, exc) from exc
        if eps_round > per_round:
            raise RoundRefused(
                "policy",
                f"one round of stage {stage.name!r} costs eps {eps_round:.3f} per study, over "
                f"privacy.max_epsilon_per_round {per_round}",
            )
    try:
        ledger = open_site_ledger(ctx.settings.agent_dir)
    except PrivacyLedgerError as exc:
        raise RoundRefused("budget", str(exc)) from exc
    with ledger:
        gate = BudgetGate(ledger, privacy.epsilon_cap, privacy.delta, privacy.accountant,
                          privacy.max_accountant_mb)  # fmt: skip
        context = SpendContext(instr.run_id, stage.name, instr.global_round, dataset_digest)
        try:
            decision = gate.reserve_or_refuse(LIFETIME_BUDGET, mechanism, context)
        except PrivacyLedgerError as exc:
            raise RoundRefused("budget", str(exc)) from exc
        except AccountingTooCostly as exc:  # raised before the gate's transaction recorded it
            raise _too_costly(stage, mechanism, exc, "after the site's lifetime spends") from exc
        interrupted = tuple(spend.interrupted_spend() for spend in decision.interrupted)
        if interrupted:
            log.warning(
                "site %s reports %d interrupted spend(s) (reserved, never reported) in round %d",
                ctx.policy.name, len(interrupted), instr.global_round,
            )  # fmt: skip
        if not decision.allowed or decision.entry_id is None:
            entry = round_entry(ctx, dataset_digest, mechanism, decision.eps_before, None,
                                  "privacy budget cap reached", accounted, rand.mode,
                                  interrupted)  # fmt: skip
            raise RoundRefused("budget", decision.reason or "the privacy budget is spent",
                               signed_entry(ctx.settings, entry))  # fmt: skip
        result = train_local_dp(sess.model, sess.tokenizer, sess.preset, units, cfg,
                                pick_device(), images, randomness=rand,
                                accounted_units=accounted,
                                measure_loss=ctx.policy.egress.share_training_loss)  # fmt: skip
        # the whole counted history, this round's reservation in it (committing it changes no
        # mechanism: fewer steps keep the reserved number, more refuse the commit)
        epsilon = ledger.epsilon(LIFETIME_BUDGET, privacy.delta, privacy.accountant,
                                 privacy.max_accountant_mb)  # fmt: skip
        body, signature = seal(result.mechanism, epsilon, accounted, interrupted)
        ledger.commit(decision.entry_id, result.mechanism.steps, signed=(body, signature))
    # The count of studies stays here: the weight that leaves is the declared N.
    return dataclasses.replace(result.report, epsilon=epsilon, num_examples=accounted,
                               ledger_entry=body, ledger_signature=signature)  # fmt: skip


def _too_costly(
    stage: Stage, mechanism: Mechanism, exc: AccountingTooCostly, where: str = "alone"
) -> RoundRefused:
    """The refusal of a round whose eps would take the accountant more memory than the site's
    policy allows: the stage's values are the coordinator's, the grid they ask is not."""
    return RoundRefused(
        "policy",
        f"stage {stage.name!r}: accounting one round ({mechanism.steps} steps at sample rate "
        f"{mechanism.sample_rate:.6g}, noise multiplier {mechanism.noise_multiplier:.6g}) "
        f"{where}: {exc} (privacy.max_accountant_mb); nothing is reserved",
    )


def round_units(
    curated: CuratedData,
    stage: Stage,
    tokenizer: PreTrainedTokenizerBase,
    preset: ModelPreset,
) -> list[Example]:
    """The stage's privacy units (one sample per study), less those whose first turn does not
    fit the stage's max_length: what the site trains on. The same in every round: the data
    set a round samples from depends on the site's data alone."""
    return fitting_examples(
        study_units(curated.train, stage, curated.reports_dir),
        tokenizer, preset, stage.max_length, stage.tiling,
    )  # fmt: skip


def round_seed(seed: int, site: str, global_round: int) -> int:
    """A per-(site, round) seed from values the coordinator knows: for the insecure,
    reproducible randomness mode of tests and benchmarks only (`randomness_for`)."""
    digest = np.frombuffer(f"{seed}:{site}:{global_round}".encode(), dtype=np.uint8)
    return int(np.random.default_rng(digest).integers(0, 2**31 - 1))
