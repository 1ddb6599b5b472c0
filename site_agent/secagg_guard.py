"""A Flower mod in front of the SecAgg+ mod (`site_agent.secagg_mod`): the site takes part in
SecAgg+ only with the cohort and threshold its own policy accepts (`[secure_aggregation]`),
whatever the coordinator says.

Without it a coordinator could set up a round with threshold 1 or a cohort of one ("you are
alone") and receive the site's update unmasked. The guard checks each SecAgg+ stage before the
SecAgg+ mod acts on it:

- setup: sampled sites, share count and reconstruction threshold against the policy's minimums,
  and the threshold a majority of the shares (below it, neighbours told different stories about
  who survived would hand over both of one site's secrets between them);
- share keys: the public keys actually sent, its own included (the cohort it masks with); with
  `peer_keys` in the policy, each neighbour's keys signed by a different one of those hospitals'
  keys and its own entry by its own (`protocols.secagg_identity`): a coordinator that relays key
  pairs it made itself, or one real peer's keys twice, is refused before any share is made;
- collect masked vectors: the encrypted shares received from the others, plus its own;
- unmask: the neighbours the coordinator says survived (its own included) must be at least
  the policy's threshold, whatever threshold the coordinator set up.

At set-up it also signs the site's fresh SecAgg+ public keys in the reply with the site's
ledger-signing key (what the other hospitals list as its peer key).

A refusal raises `SecAggRefused`; Flower reports the failure and the round goes on without the
site (a dropout), its update never masked or sent.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from flwr.app import ConfigRecord, Context, Message
from flwr.app.message_type import MessageType
from flwr.clientapp.typing import ClientAppCallable, Mod
from flwr.common.secure_aggregation.secaggplus_constants import (
    RECORD_KEY_CONFIGS,
    Key,
    Stage,
)

from protocols.keys import KeyFileError, load_private_key, public_raw
from protocols.round import refusal_message
from protocols.secagg_identity import (
    SIGNATURE_KEY,
    SITE_KEY_KEY,
    neighbour_key_problems,
    sign_public_keys,
)
from site_agent.policy import SecureAggregationPolicy, load_policy
from site_agent.settings import resolve_site_settings

log = logging.getLogger("medfed.site")

SIGNING_KEY_FILE = "ledger-signing.key"  # site_agent.agent.SIGNING_KEY's private key file


class SecAggRefused(RuntimeError):
    """The coordinator's SecAgg+ set-up is weaker than the site's policy allows."""


def check_secagg_stage(
    policy: SecureAggregationPolicy,
    configs: Mapping[str, Any],
    *,
    node_id: int | None = None,
    site_key: bytes | None = None,
) -> None:
    """Raise SecAggRefused when this SecAgg+ message asks for less than the policy's minimums;
    at share keys with `policy.peer_keys`, also when a neighbour's keys are not signed as
    `protocols.secagg_identity.neighbour_key_problems` requires (`node_id` and `site_key`, this
    site's node and raw ledger-signing public key, say which entry is its own)."""
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
        entries = {k: v for k, v in configs.items() if k != Key.STAGE}
        keys = len(entries)
        if keys < policy.min_cohort:
            problems.append(f"public keys of {keys} sites, secure_aggregation.min_cohort is "
                            f"{policy.min_cohort}")  # fmt: skip
        if policy.peer_keys:
            problems += _identity_problems(policy, entries, node_id, site_key)
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


def _identity_problems(
    policy: SecureAggregationPolicy,
    entries: Mapping[str, Any],
    node_id: int | None,
    site_key: bytes | None,
) -> list[str]:
    if node_id is None or site_key is None:
        return ["no site identity to check the neighbours' signed keys against"]
    by_node: dict[int, Any] = {}
    for sid, entry in entries.items():
        if not str(sid).isdigit() or not isinstance(entry, list):
            return [f"a neighbour entry {sid!r} that is no node's list of keys"]
        by_node[int(sid)] = entry
    return neighbour_key_problems(by_node, node_id, site_key, policy.peer_keys)


def sign_setup_reply(reply: Message, key: Ed25519PrivateKey) -> None:
    """Add the signature over the reply's two SecAgg+ public keys, and the signer's raw public
    key, to the set-up reply (the coordinator relays them with the keys)."""
    configs = reply.content.config_records[RECORD_KEY_CONFIGS]
    pk1, pk2 = configs[Key.PUBLIC_KEY_1], configs[Key.PUBLIC_KEY_2]
    if not isinstance(pk1, bytes) or not isinstance(pk2, bytes):
        raise SecAggRefused("the SecAgg+ set-up reply holds no public keys to sign")
    signature, site_key = sign_public_keys(key, pk1, pk2)
    configs[SIGNATURE_KEY] = signature
    configs[SITE_KEY_KEY] = site_key


def _signing_key(agent_dir: Path) -> Ed25519PrivateKey:
    """The site's ledger-signing key, the one `site_agent.agent.site_signing_key` loads (read
    here by its file name: that module imports torch, and a deployed SuperNode runs each SecAgg+
    stage in a fresh process that must stay light)."""
    try:
        return load_private_key(agent_dir / SIGNING_KEY_FILE)
    except KeyFileError as exc:
        log.warning("site cannot sign its SecAgg+ keys (make them with `medfed site init`): %s",
                    exc)  # fmt: skip
        raise SecAggRefused(refusal_message("SecAgg+ set-up", "policy")) from None


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
                return _guarded(msg, ctxt, call_next, records[RECORD_KEY_CONFIGS])
        return call_next(msg, ctxt)

    def _guarded(
        msg: Message, ctxt: Context, call_next: ClientAppCallable, configs: ConfigRecord
    ) -> Message:
        settings = resolve_site_settings(ctxt, data_root=data_root)
        policy = load_policy(settings.policy_file)
        sa = policy.secure_aggregation
        stage = configs.get(Key.STAGE)
        signing = None
        if stage == Stage.SETUP or (stage == Stage.SHARE_KEYS and sa.peer_keys):
            signing = _signing_key(settings.agent_dir)
        site_key = public_raw(signing.public_key()) if signing is not None else None
        try:
            check_secagg_stage(sa, configs, node_id=msg.metadata.dst_node_id, site_key=site_key)
        except SecAggRefused as exc:
            log.warning("site %s refuses SecAgg+: %s", policy.name, exc)
            raise SecAggRefused(refusal_message("SecAgg+ set-up", "policy")) from None
        if stage == Stage.SHARE_KEYS and not sa.peer_keys:
            log.warning(
                "site %s: SecAgg+ neighbours are not authenticated (no secure_aggregation."
                "peer_keys): a malicious coordinator could stand in for them and unmask this "
                "site's update", policy.name,
            )  # fmt: skip
        reply = call_next(msg, ctxt)
        if stage == Stage.SETUP and signing is not None and not reply.has_error():
            sign_setup_reply(reply, signing)
        return reply

    return mod
