"""Federated evaluation at a site: score the global model on the site's held-out split and return
counts only (never predictions, questions or per-item results).

It passes the same gate as training (`site_agent.gate.open_round`) before anything is built, and
counts leave only if the site's policy lets metrics leave at all, at most
`egress.max_evaluations` times per run (each reply is counted before it is built)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evaluation.generate import predict
from evaluation.items import EvalItem
from evaluation.scoring import EvalReport, score_items
from meddata import load_site
from model import load_trainable_state, make_processor, trainable_state
from protocols import update_codec
from protocols.round import FitInstruction, Scalar
from protocols.signing import SignedCurriculum
from site_agent.agent import Arrays, curated_data, model_session
from site_agent.egress import EgressRefused, count_evaluation
from site_agent.gate import open_round
from site_agent.settings import SiteSettings

MAX_ITEMS = 256  # per site: about 90 closed questions each, so the figure is not one draw of a few
MAX_NEW_TOKENS = 6  # an answer is a word or two


def evaluate_round(
    settings: SiteSettings,
    instr: FitInstruction,
    signed: SignedCurriculum,
    parameters: Arrays,
    max_items: int = MAX_ITEMS,
) -> tuple[int, dict[str, Scalar]]:
    """(number of items scored, aggregate counts) for the global model on the held-out split."""
    ctx = open_round(settings, instr, signed)
    policy = ctx.policy
    if not policy.egress.metrics_may_leave:
        return 0, {"site": policy.name, "withheld": 1}
    try:
        count_evaluation(settings.agent_dir, instr.run_id, policy.egress)
    except EgressRefused:
        return 0, {"site": policy.name, "withheld": 1}
    sess = model_session(str(settings.base_model), ctx.curriculum.all_groups, instr.lora_rank)
    full = trainable_state(sess.model, ctx.curriculum.all_groups)
    if update_codec.layout_digest(full) != instr.layout_digest:
        raise update_codec.UpdateFormatError("global state layout differs from this site's model")
    load_trainable_state(sess.model, update_codec.from_arrays(parameters, full, what="global"))
    curated = curated_data(
        str(settings.site_dir), str(settings.curated_dir), str(settings.agent_dir)
    )
    del curated  # curation must have run: evaluation reads the de-identified copy too
    items = held_out_items(Path(settings.curated_dir), max_items)
    report = score_held_out(sess.model, make_processor(sess.preset, sess.tokenizer), items)
    open_items = [s for s in report.items if s.item.answer_type == "open"]
    metrics: dict[str, Scalar] = {
        "site": policy.name,
        "closed_n": report.overall.closed.n,
        "closed_correct": report.overall.closed.correct,
        "open_n": len(open_items),
        "open_exact": sum(s.correct for s in open_items),
    }
    return len(items), metrics


def held_out_items(curated_dir: Path, max_items: int = MAX_ITEMS) -> list[EvalItem]:
    """The questions federated evaluation asks a site: the first `max_items` of its curated
    held-out split, by (source, qid)."""
    test = load_site(curated_dir, "test").vqa
    return [
        EvalItem(qid=f"{s.source}:{s.qid}", question=s.question, answer=s.answer,
                 answer_type=s.answer_type, image=s.image, modality=s.modality, options=None,
                 question_type=None)
        for s in sorted(test, key=lambda s: (s.source, s.qid))[:max_items]
    ]  # fmt: skip


def score_held_out(model: Any, processor: Any, items: list[EvalItem]) -> EvalReport:
    """`model`'s answers to `items` (greedy, MAX_NEW_TOKENS, `predict`'s batches), scored."""
    return score_items(items, predict(model, processor, items, max_new_tokens=MAX_NEW_TOKENS))
