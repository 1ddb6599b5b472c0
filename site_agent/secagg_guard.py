"""A Flower mod in front of the SecAgg+ mod (`site_agent.secagg_mod`): the site takes part in
SecAgg+ only with the cohort and threshold its own policy accepts (`[secure_aggregation]`),
whatever the coordinator says.

Without it a coordinator could set up a round with threshold 1 or a cohort of one ("you are
alone") and receive the site's update unmasked. The guard checks each SecAgg+ stage before the
SecAgg+ mod acts on it:

- setup: sampled sites, share count and reconstruction threshold against the policy's minimums,
  and the threshold a majority of the shares (below it, neighbours told different stories about
  who survived would hand over both of one site's secrets between them);
- share keys: the public keys actually sent, its own included (the cohort it masks with);
- collect masked vectors: the encrypted shares received from the others, plus its own;
- unmask: the neighbours the coordinator says survived (its own included) must be at least
  the policy's threshold, whatever threshold the coordinator set up.

A refusal raises `SecAggRefused`; Flower reports the failure and the round goes on without the
site (a dropout), its update never masked or sent.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flwr.app import Context, Message
from flwr.app.message_type import MessageType
from flwr.clientapp.typing import ClientAppCallable, Mod
from flwr.common.secure_aggregation.secaggplus_constants import (
    RECORD_KEY_CONFIGS,
    Key,
    Stage,
)

from protocols.round import refusal_message
from site_agent.policy import SecureAggregationPolicy, load_policy
from site_agent.settings import resolve_site_settings

log = logging.getLogger("medfed.site")


class SecAggRefused(RuntimeError):
    """The coordinator's SecAgg+ set-up is weaker than the site's policy allows."""


def check_secagg_stage(policy: SecureAggregationPolicy, configs: Mapping[str, Any]) -> None:
    """Raise SecAggRefused when this SecAgg+ message asks for less than the policy's minimums."""
    stage = configs.get(Key.STAGE)
    problems: list[str] = []
    if stage == Stage.SETUP:
        sampled = int(configs.get(Key.SAMPLE_NUMBER, 0))
        shares = int(configs.get(Key.SHARE_NUMBER, 0))
        threshold = int(configs.get(Key.THRESHOLD, 0))
        if sampled < policy.min_cohort:
            problems.append(f"{sampled} sites sampled, secure_aggregation.min_cohort is "
                            f"{policy.min_cohort}")  # fmt: skip
        if shares < policy.min_cohort:
            problems.append(f"{shares} shares, secure_aggregation.min_cohort is "
                            f"{policy.min_cohort}")  # fmt: skip
        if threshold < policy.min_threshold:
            problems.append(f"threshold {threshold}, secure_aggregation.min_threshold is "
                            f"{policy.min_threshold}")  # fmt: skip
        if 2 * threshold <= shares:
            # Two disjoint sets of t neighbours could then each be asked for one of a site's
            # two secrets (told "it survived" and "it dropped" in separate messages): its
            # mask seed from one, its mask key from the other, and its update unmasked.
            problems.append(f"threshold {threshold} is not a majority of {shares} shares")
    elif stage == Stage.SHARE_KEYS:
        keys = len([k for k in configs if k != Key.STAGE])
        if keys < policy.min_cohort:
            problems.append(f"public keys of {keys} sites, secure_aggregation.min_cohort is "
                            f"{policy.min_cohort}")  # fmt: skip
    elif stage == Stage.COLLECT_MASKED_VECTORS:
        sources = len(configs.get(Key.SOURCE_LIST, [])) + 1  # the others' shares and its own
        if sources < policy.min_cohort:
            problems.append(f"shares from {sources} sites, secure_aggregation.min_cohort is "
                            f"{policy.min_cohort}")  # fmt: skip
    elif stage == Stage.UNMASK:
        active_nids = list(configs.get(Key.ACTIVE_NODE_ID_LIST, []))
        dead_nids = list(configs.get(Key.DEAD_NODE_ID_LIST, []))
        active = len(active_nids)
        if active < policy.min_threshold:
            problems.append(f"unmasking with {active} sites, secure_aggregation.min_threshold "
                            f"is {policy.min_threshold}")  # fmt: skip
        # A site both "active" and "dropped" would get its mask-seed share AND its mask-key
        # share from every neighbour: the coordinator could then remove both its masks and read
        # that one site's update. Flower's client stage sends whatever it is asked for.
        both = sorted(set(active_nids) & set(dead_nids))
        if both:
            problems.append(f"sites {both} listed both as surviving and as dropped")
        if len(set(active_nids)) != active or len(set(dead_nids)) != len(dead_nids):
            problems.append("a site listed twice")
    if problems:
        raise SecAggRefused(f"SecAgg+ {stage}: " + "; ".join(problems))


def secagg_policy_mod(data_root: Path | None = None) -> Mod:
    """The mod; `data_root` as for `make_client_app` (simulation only)."""

    def mod(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
        if msg.metadata.message_type == MessageType.TRAIN and msg.has_content():
            records = msg.content.config_records
            if RECORD_KEY_CONFIGS not in records:
                # A plain round (the coordinator's `secure-aggregation = false`): this app
                # sends its update only masked, so it refuses before any training, by code.
                log.warning("a training round without SecAgg+ refused: this site's update "
                            "leaves only masked by SecAgg+")  # fmt: skip
                raise SecAggRefused(refusal_message("plain (unmasked) training round", "policy"))
            else:
                settings = resolve_site_settings(ctxt, data_root=data_root)
                policy = load_policy(settings.policy_file)
                try:
                    check_secagg_stage(policy.secure_aggregation, records[RECORD_KEY_CONFIGS])
                except SecAggRefused as exc:
                    log.warning("site %s refuses SecAgg+: %s", policy.name, exc)
                    raise SecAggRefused(refusal_message("SecAgg+ set-up", "policy")) from None
        return call_next(msg, ctxt)

    return mod
