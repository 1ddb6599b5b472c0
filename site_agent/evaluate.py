"""Federated evaluation at a site: score the global model on the site's held-out split and return
four counts only (closed questions asked and answered right, open questions asked and answered
exactly; never predictions, questions or per-item results), under differential privacy.

The counts are about the site's test studies, on a model the coordinator chose: a coordinator
that crafts the model can make a count say whether one study's answer is "yes". So they leave
like a training round's update does, under the site's lifetime budget per study:

- the site draws which test studies are asked (at most MAX_ITEMS questions, at most
  `egress.evaluation_questions_per_study` a study, studies and questions drawn from the site's
  own randomness), so one study moves each (asked, right) pair by at most its questions;
- the four counts get Gaussian noise of std `egress.evaluation_noise_multiplier` times their L2
  sensitivity (`protocols.accounting.evaluation_mechanism`), drawn like DP-SGD's noise
  (`site_agent.randomness.SecureNoise`), then are rounded and clamped (right <= asked, none
  below 0), which changes no guarantee;
- that mechanism is reserved in the site's privacy ledger before the model reads a test study,
  against the same lifetime cap as training (`site_agent.privacy.BudgetGate`), and committed
  before the counts leave; the reply carries the site's signed `released` ledger entry, so the
  consortium ledger holds the spend and the auditor composes it. The site keeps that entry with
  the spend and sends it again with its next round results of the run (`site_agent.agent`):
  a coordinator stopped before it recorded the reply records it then.

The reply passes the same gate as training (`site_agent.gate.open_round`) before anything is
built, and counts leave only if the site's policy lets metrics leave at all, at most
`egress.max_evaluations` times over the site's lifetime (each reply is counted before it is
built). A refusal (policy, cap, budget) answers `withheld`, with the reason in the site's log.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np

from evaluation.generate import predict
from evaluation.items import EvalItem
from evaluation.scoring import EvalReport, score_items
from meddata import load_site
from model import load_trainable_state, make_processor, trainable_state
from protocols import update_codec
from protocols.accounting import AccountingTooCostly, epsilon_of, evaluation_mechanism
from protocols.round import (
    EVALUATION_COUNTS,
    MAX_EVALUATION_QUESTIONS,
    RESENT_KEY,
    FitInstruction,
    Scalar,
    evaluation_digest,
    resent_metric,
)
from protocols.signing import SignedCurriculum
from site_agent.agent import (
    Arrays,
    curated_data,
    model_session,
    randomness_for,
    round_entry,
    signed_entry,
)
from site_agent.egress import EgressRefused, count_evaluation
from site_agent.gate import open_round
from site_agent.privacy import (
    LIFETIME_BUDGET,
    BudgetGate,
    PrivacyLedgerError,
    SpendContext,
    open_site_ledger,
)
from site_agent.randomness import SecureNoise
from site_agent.settings import SiteSettings

log = logging.getLogger("medfed.site")
MAX_ITEMS = MAX_EVALUATION_QUESTIONS  # per evaluation: the questions asked, so its cost is bounded
MAX_NEW_TOKENS = 6  # an answer is a word or two


def _withheld(site: str, why: str) -> tuple[int, dict[str, Scalar]]:
    log.warning("site %s withholds its evaluation counts: %s", site, why)
    return 0, {"site": site, "withheld": 1}


def evaluate_round(
    settings: SiteSettings,
    instr: FitInstruction,
    signed: SignedCurriculum,
    parameters: Arrays,
    max_items: int = MAX_ITEMS,
) -> tuple[int, dict[str, Scalar]]:
    """(questions scored as released: noised, closed_n + open_n; the released counts and the
    signed ledger entry that accounts them) for the global model on the held-out split;
    (0, withheld) where the site's policy, its lifetime evaluation cap or its privacy budget
    refuses."""
    ctx = open_round(settings, instr, signed)
    policy = ctx.policy
    egress, privacy = policy.egress, policy.privacy
    if not egress.metrics_may_leave:
        return 0, {"site": policy.name, "withheld": 1}
    try:  # the cap checked here, the reply recorded once its budget is reserved (below)
        count_evaluation(settings.agent_dir, instr.run_id, egress, record=False)
    except EgressRefused as exc:
        return _withheld(policy.name, str(exc))
    per_study = egress.evaluation_questions_per_study
    mechanism = evaluation_mechanism(
        egress.evaluation_noise_multiplier, per_study, privacy.delta, privacy.accountant
    )
    per_round = privacy.max_epsilon_per_round
    if per_round is not None:
        try:
            eps_release = epsilon_of(
                [mechanism], privacy.delta, privacy.accountant, privacy.max_accountant_mb
            )
        except AccountingTooCostly as exc:
            return _withheld(policy.name, str(exc))
        if eps_release > per_round:
            return _withheld(
                policy.name,
                f"one release of evaluation counts costs eps {eps_release:.3f} per study, over "
                f"privacy.max_epsilon_per_round {per_round}; raise "
                "egress.evaluation_noise_multiplier",
            )
    sess = model_session(str(settings.base_model), ctx.curriculum.all_groups, instr.lora_rank)
    full = trainable_state(sess.model, ctx.curriculum.all_groups)
    if update_codec.layout_digest(full) != instr.layout_digest:
        raise update_codec.UpdateFormatError("global state layout differs from this site's model")
    load_trainable_state(sess.model, update_codec.from_arrays(parameters, full, what="global"))
    curated = curated_data(
        str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir)
    )
    try:
        ledger = open_site_ledger(settings.agent_dir)
    except PrivacyLedgerError as exc:
        return _withheld(policy.name, str(exc))
    rand = randomness_for(ctx)
    # which questions, drawn before anything is spent: a site whose held-out split cannot be
    # read fails here, its budget untouched (the draw reads the split's rows, not the model)
    items = drawn_items(Path(settings.curated_dir), max_items, per_study, rand.evaluation)
    with ledger:
        gate = BudgetGate(ledger, privacy.epsilon_cap, privacy.delta, privacy.accountant,
                          privacy.max_accountant_mb)  # fmt: skip
        where = SpendContext(instr.run_id, ctx.stage.name, instr.global_round,
                             curated.dataset_digest, kind="evaluation")  # fmt: skip
        try:
            # a withheld reply carries no signed entry, so its refusal claims no interrupted
            # spend: they go out with the site's next signed entry that leaves
            decision = gate.reserve_or_refuse(
                LIFETIME_BUDGET, mechanism, where, refusal_reports=False
            )
        except (PrivacyLedgerError, AccountingTooCostly) as exc:  # nothing was recorded
            return _withheld(policy.name, str(exc))
        interrupted = tuple(spend.interrupted_spend() for spend in decision.interrupted)
        if not decision.allowed or decision.entry_id is None:
            return _withheld(policy.name, decision.reason or "the privacy budget is spent")
        try:  # counted before anything is scored; a refusal now leaves the spend reserved
            count_evaluation(settings.agent_dir, instr.run_id, egress)
        except EgressRefused as exc:
            return _withheld(policy.name, str(exc))
        processor = make_processor(sess.preset, sess.tokenizer)
        report = score_items(items, private_answers(sess.model, processor, items))
        # as a training round's entry: the whole counted history with this release in it (its
        # reservation counts already; the gate just accounted it within the memory limit)
        epsilon = ledger.epsilon(LIFETIME_BUDGET, privacy.delta, privacy.accountant,
                                 privacy.max_accountant_mb)  # fmt: skip
        counts = noisy_counts(exact_counts(report),
                              mechanism.noise_multiplier * mechanism.clipping_norm,
                              SecureNoise(rand.noise, workers=1))  # fmt: skip
        entry = round_entry(ctx, curated.dataset_digest, mechanism, epsilon,
                            evaluation_digest(policy.name, counts), None, 0, rand.mode,
                            interrupted, released=True)  # fmt: skip
        body, signature = signed_entry(settings, entry)
        # committed with the signed entry, in one transaction: the site's next round results
        # send it again (site_agent.agent), so a coordinator stopped before it recorded this
        # reply still gets the spend into the consortium ledger
        ledger.commit(decision.entry_id, 1, signed=(body, signature))
        # and sends the run's latest signed spends again, as a round result does: a round result
        # lost on its way reaches the consortium ledger before this release, whose eps covers it
        resent = ledger.to_send_again(instr.run_id, instr.global_round, body)
    log.info("site %s releases evaluation counts of %d questions (eps %.3f per study over the "
             "site's lifetime after it)", policy.name, len(items), epsilon)  # fmt: skip
    metrics: dict[str, Scalar] = {"site": policy.name, **counts}
    metrics.update(ledger_entry=body, ledger_signature=signature)
    if resent:
        metrics[RESENT_KEY] = resent_metric(resent)
    # the reply's example count is the released one: the exact number of questions asked
    # would say how many test studies the site holds
    return counts["closed_n"] + counts["open_n"], metrics


def private_answers(model: Any, processor: Any, items: list[EvalItem]) -> dict[str, str]:
    """qid -> answer, one question at a time, a question that cannot be answered (its image
    unreadable, say) scored as a miss: each answer depends on its own question alone (in a
    batch, padding to the longest prompt moves the others' logits a little) and the reply's
    form never on which studies were drawn, so one study moves the counts by its own
    questions only."""
    answers: dict[str, str] = {}
    for item in items:
        try:
            answers.update(predict(model, processor, [item], batch_size=1,
                                   max_new_tokens=MAX_NEW_TOKENS))  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - any failure is a miss, told to the site's log
            log.warning("evaluation question %s not answered (scored as a miss): %s",
                        item.qid, exc)  # fmt: skip
            answers[item.qid] = ""
    return answers


def exact_counts(report: EvalReport) -> dict[str, int]:
    """The four counts of a scored report, before noise (they never leave as they are)."""
    open_items = [s for s in report.items if s.item.answer_type == "open"]
    return {
        "closed_n": report.overall.closed.n,
        "closed_correct": report.overall.closed.correct,
        "open_n": len(open_items),
        "open_exact": sum(s.correct for s in open_items),
    }


def noisy_counts(exact: dict[str, int], std: float, noise: SecureNoise) -> dict[str, int]:
    """`exact` plus Gaussian noise of std `std` on each count, rounded, and clamped so that no
    count is negative and no right count exceeds its asked count (post-processing)."""
    drawn = noise.values(std, len(EVALUATION_COUNTS))
    value = {
        k: int(round(exact[k] + float(e))) for k, e in zip(EVALUATION_COUNTS, drawn, strict=True)
    }
    out: dict[str, int] = {}
    for asked, right in (("closed_n", "closed_correct"), ("open_n", "open_exact")):
        out[asked] = max(0, value[asked])
        out[right] = min(out[asked], max(0, value[right]))
    return out


def drawn_items(
    curated_dir: Path, max_items: int, per_study: int, rng: np.random.Generator
) -> list[EvalItem]:
    """The questions this evaluation asks: the first max_items // per_study test studies of an
    order drawn from `rng`, at most `per_study` questions of each (drawn too). A study added to
    the split adds at most `per_study` questions and pushes out at most one other study's."""
    data = load_site(curated_dir, "test")
    by_study: dict[str, list[Any]] = {}
    for s in sorted(data.vqa, key=lambda s: (s.source, str(s.qid))):
        by_study.setdefault(data.study_of(s.image), []).append(s)
    studies = sorted(by_study)
    items: list[EvalItem] = []
    for i in rng.permutation(len(studies))[: max(1, max_items // per_study)]:
        questions = by_study[studies[int(i)]]
        take = rng.permutation(len(questions))[:per_study]
        items += [_item(questions[int(j)]) for j in sorted(take)]
    return items


def _item(s: Any) -> EvalItem:
    """A held-out VQA sample as the question evaluation asks."""
    return EvalItem(qid=f"{s.source}:{s.qid}", question=s.question, answer=s.answer,
                    answer_type=s.answer_type, image=s.image, modality=s.modality, options=None,
                    question_type=None)  # fmt: skip


def held_out_items(curated_dir: Path, max_items: int = MAX_ITEMS) -> list[EvalItem]:
    """The questions federated evaluation asks a site: the first `max_items` of its curated
    held-out split, by (source, qid)."""
    test = load_site(curated_dir, "test").vqa
    return [_item(s) for s in sorted(test, key=lambda s: (s.source, s.qid))[:max_items]]


def score_held_out(model: Any, processor: Any, items: list[EvalItem]) -> EvalReport:
    """`model`'s answers to `items` (greedy, MAX_NEW_TOKENS, `predict`'s batches), scored."""
    return score_items(items, predict(model, processor, items, max_new_tokens=MAX_NEW_TOKENS))
