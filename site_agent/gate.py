"""The site's trust gate: the one layer every coordinator instruction passes through, for
training and for evaluation alike, before the site allocates anything (model, data, memory).

    policy -> approved model (by its config digest, read from the base directory alone)
           -> signed curriculum (signer, digests, run, LoRA rank, validity window)
           -> stage allowed by the policy (groups, DP required, noise floor, delta)

What passes comes out as a frozen `RoundContext`; what does not raises `RoundRefused`, whose
`code` is the only thing about it that may leave the site (the detail goes to the site's log).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from model.digest import base_dir_digest
from protocols.curriculum import Curriculum, CurriculumError, Stage
from protocols.curriculum_file import curriculum_from_canonical
from protocols.round import FitInstruction
from protocols.signing import (
    SignatureError,
    SignedCurriculum,
    verify_curriculum_digest,
    verify_signed,
)
from site_agent.policy import PolicyError, SitePolicy, load_policy
from site_agent.settings import SiteSettings

MAX_CURRICULUM_BYTES = 256 * 1024  # a curriculum is a few KiB; refuse before hashing more


class RoundRefused(Exception):
    """The site declines this round: `code` leaves the site, `detail` stays in its log."""

    def __init__(self, code: str, detail: str, ledger: tuple[str, str] | None = None) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
        self.ledger = ledger  # a signed consortium-ledger entry recording the refusal


@dataclass(frozen=True)
class RoundContext:
    """An instruction the site has verified against its own policy: safe to act on."""

    settings: SiteSettings
    policy: SitePolicy
    instruction: FitInstruction
    curriculum: Curriculum
    signed: SignedCurriculum
    stage: Stage
    model_digest: str


def open_round(
    settings: SiteSettings, instr: FitInstruction, signed: SignedCurriculum
) -> RoundContext:
    """Verify an instruction before anything is built for it; RoundRefused on any failure."""
    try:
        policy = load_policy(settings.policy_file)
    except PolicyError as exc:
        raise RoundRefused("policy", str(exc)) from exc
    try:
        model_digest = base_dir_digest(settings.base_model)
    except (OSError, ValueError) as exc:
        raise RoundRefused("policy", f"base model {settings.base_model}: {exc}") from exc
    if not policy.approves_model(model_digest):
        raise RoundRefused("policy", f"model configuration {model_digest} is not approved")
    raw = instr.curriculum.encode()
    if len(raw) > MAX_CURRICULUM_BYTES:
        raise RoundRefused(
            "signature", f"curriculum of {len(raw)} bytes, over {MAX_CURRICULUM_BYTES}"
        )
    try:
        # Signature and terms first, over the digest of the bytes as received: nothing unsigned
        # is parsed (parsing a target-eps stage runs a noise search).
        verify_signed(
            signed,
            model_digest,
            policy.coordinator_public_keys(),
            run_id=instr.run_id,
            lora_rank=instr.lora_rank,
        )
        verify_curriculum_digest(signed, hashlib.sha256(raw).hexdigest())
    except SignatureError as exc:
        raise RoundRefused("signature", str(exc)) from exc
    try:  # canonical bytes only: it re-serializes to exactly what was signed
        cur = curriculum_from_canonical(raw, "round instruction")
    except CurriculumError as exc:
        raise RoundRefused("signature", f"unreadable curriculum: {exc}") from exc
    stage = next((s for s in cur.stages if s.name == instr.stage), None)
    if stage is None:
        raise RoundRefused("policy", f"stage {instr.stage!r} is not in the signed curriculum")
    reasons = policy.check_stage(stage) + policy.compute.check_rank(instr.lora_rank)
    if stage.dp is not None and stage.dp.delta != policy.privacy.delta:
        reasons.append(
            f"stage delta {stage.dp.delta} differs from the site's delta {policy.privacy.delta}"
        )
    if reasons:
        raise RoundRefused("policy", "; ".join(reasons))
    return RoundContext(settings, policy, instr, cur, signed, stage, model_digest)
