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
  the policy's threshold, whatever threshold the coordinator set up; with `peer_keys`, the
  lists must also be the ones the site signed at the consistency stage, signed by at least
  the set-up's threshold of its neighbours, itself included, and by a majority of the
  consortium's hospitals (its peer keys and itself)
  (`protocols.secagg_identity.consistency_problems`): a coordinator that tells different
  sites different stories about who survived, to collect both of one site's secrets, is
  refused before any share is sent.

Every SecAgg+ message must be addressed to this node (`ctxt.node_id`, the SuperNode's own): the
node it is counts as a signer at unmask, never the address the coordinator writes. At set-up
the guard keeps the session's round key (`protocols.secagg_identity.ROUND_KEY`: the training
round and a nonce), and at masked vectors refuses a fit instruction for another round; the mod
seals the key into every share, so neighbours told different rounds share nothing.

The consistency stage (`protocols.secagg_identity.CONSISTENCY_STAGE`, MedFed's, between the
masked vectors and unmask) is the guard's own: it never reaches the SecAgg+ mod. The site signs
the round's survivor and dropout lists over the digest of the round's cohort (node ids, pk1s,
site keys: `protocols.secagg_identity.cohort_problems` checks its own and its neighbours'
entries against share keys and, with peer keys, every member against them) and the round key,
with its ledger-signing key, once per round key ever (`STORIES_FILE` in the agent directory;
asked again with other lists or another cohort, in this session or another, it refuses),
and only after it has sent its masked vector, and only lists that name it a survivor. It signs
whether or not its policy lists peer keys (its neighbours may check); only with peer keys does
it check the others' at unmask. What it needs for that is kept in the node state
(`GUARD_STATE`): the set-up's threshold, at share keys each neighbour's pk1 and site key, and
the lists, cohort and digest it signed.

At set-up it also signs the site's fresh SecAgg+ public keys in the reply with the site's
ledger-signing key (what the other hospitals list as its peer key).

A refusal raises `SecAggRefused`; Flower reports the failure and the round goes on without the
site (a dropout), its update never masked or sent.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from flwr.app import ConfigRecord, Context, Message, RecordDict
from flwr.app.message_type import MessageType
from flwr.clientapp.typing import ClientAppCallable, Mod
from flwr.common.secure_aggregation.secaggplus_constants import (
    RECORD_KEY_CONFIGS,
    RECORD_KEY_STATE,
    Key,
    Stage,
)
from flwr.compat.common import recorddict_compat as compat

from protocols.keys import KeyFileError, load_private_key, public_raw
from protocols.round import FitInstruction, contributes, refusal_message
from protocols.secagg_identity import (
    COHORT_NODES_KEY,
    COHORT_PK1S_KEY,
    COHORT_SITE_KEYS_KEY,
    CONSISTENCY_SIGNATURE_KEY,
    CONSISTENCY_STAGE,
    DROPPED_KEY,
    ROUND_KEY,
    SIGNATURE_KEY,
    SIGNATURES_KEY,
    SIGNERS_KEY,
    SITE_KEY_KEY,
    SURVIVORS_KEY,
    cohort_digest,
    cohort_problems,
    consistency_problems,
    neighbour_key_problems,
    round_id,
    round_of,
    sign_public_keys,
    sign_survivors,
    survivors_message,
)
from protocols.secagg_secrets import shares_and_threshold
from site_agent.agent_files import AgentFileUnreadable, update_json
from site_agent.policy import SecureAggregationPolicy, load_policy
from site_agent.settings import resolve_site_settings

log = logging.getLogger("medfed.site")

SIGNING_KEY_FILE = "ledger-signing.key"  # site_agent.agent.SIGNING_KEY's private key file
# The guard's own record in the node state, beside the SecAgg+ mod's (RECORD_KEY_STATE): the
# set-up's threshold; from share keys the neighbours' node ids, pk1s and site keys (b"" for an
# unsigned entry), in that order; the survivor and dropout lists it signed, and whether it did.
GUARD_STATE = "medfed_secagg_guard"


class SecAggRefused(RuntimeError):
    """The coordinator's SecAgg+ set-up is weaker than the site's policy allows."""


def check_secagg_stage(
    policy: SecureAggregationPolicy,
    configs: Mapping[str, Any],
    *,
    node_id: int | None = None,
    site_key: bytes | None = None,
    round_key: bytes = b"",
) -> None:
    """Raise SecAggRefused when this SecAgg+ message asks for less than the policy's minimums;
    at share keys with `policy.peer_keys`, also when a neighbour's keys are not signed as
    `protocols.secagg_identity.neighbour_key_problems` requires (`node_id` and `site_key`, this
    site's node and raw ledger-signing public key, say which entry is its own; `round_key`, the
    session's round announced at set-up, which every signature must be for)."""
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
        # the mod reads each key as a node id: "7" and "07" would be two entries of one node
        odd = sorted(k for k in entries if not (k.isdigit() and str(int(k)) == k))
        if odd:
            problems.append(f"neighbour keys {odd} are not node ids as written by a node")
        keys = len({int(k) for k in entries if k.isdigit()})
        if keys < policy.min_cohort:
            problems.append(f"public keys of {keys} sites, secure_aggregation.min_cohort is "
                            f"{policy.min_cohort}")  # fmt: skip
        if policy.peer_keys:
            problems += _identity_problems(policy, entries, node_id, site_key, round_key)
    elif stage == Stage.COLLECT_MASKED_VECTORS:
        listed = list(configs.get(Key.SOURCE_LIST, []))
        if len(set(listed)) != len(listed):  # one neighbour counted twice, masked with once
            problems.append("a site listed twice among the sources")
        sources = len(set(listed)) + 1  # the others' shares and its own
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
        # The mean unmasked holds the updates of the survivors named (its own included): in
        # a mean of fewer than min_survivors, a survivor learns too much of this site's update.
        survivors = len(set(active_nids))
        if survivors < policy.min_survivors:
            floor = policy.min_survivors
            problems.append(f"a mean of {survivors} sites' updates, "
                            f"secure_aggregation.min_survivors is {floor}")  # fmt: skip
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
    round_key: bytes = b"",
) -> list[str]:
    if node_id is None or site_key is None:
        return ["no site identity to check the neighbours' signed keys against"]
    by_node: dict[int, Any] = {}
    for sid, entry in entries.items():
        if not str(sid).isdigit() or not isinstance(entry, list):
            return [f"a neighbour entry {sid!r} that is no node's list of keys"]
        by_node[int(sid)] = entry
    return neighbour_key_problems(by_node, node_id, site_key, policy.peer_keys, round_key)


def sign_setup_reply(reply: Message, key: Ed25519PrivateKey, round_key: bytes) -> None:
    """Add the signature over the reply's two SecAgg+ public keys for the session `round_key`,
    and the signer's raw public key, to the set-up reply (the coordinator relays them with the
    keys)."""
    configs = reply.content.config_records[RECORD_KEY_CONFIGS]
    pk1, pk2 = configs[Key.PUBLIC_KEY_1], configs[Key.PUBLIC_KEY_2]
    if not isinstance(pk1, bytes) or not isinstance(pk2, bytes):
        raise SecAggRefused("the SecAgg+ set-up reply holds no public keys to sign")
    signature, site_key = sign_public_keys(key, pk1, pk2, round_key)
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
        if msg.metadata.dst_node_id != ctxt.node_id:
            # the node it is counts as a signer at unmask: never the address the coordinator
            # writes on a message
            log.warning("site %s refuses SecAgg+: a %s message addressed to node %s, this "
                        "node is %s", policy.name, stage, msg.metadata.dst_node_id,
                        ctxt.node_id)  # fmt: skip
            raise SecAggRefused(refusal_message("SecAgg+ message for another node", "policy"))
        if stage == CONSISTENCY_STAGE:
            key = _signing_key(settings.agent_dir)
            return _consistency(msg, ctxt, configs, key, sa, policy.name, settings.agent_dir)
        if stage == Stage.COLLECT_MASKED_VECTORS:
            _remember_round(msg, ctxt, policy.name)
        signing = None
        if stage == Stage.SETUP or (stage == Stage.SHARE_KEYS and sa.peer_keys):
            signing = _signing_key(settings.agent_dir)
        site_key = public_raw(signing.public_key()) if signing is not None else None
        try:
            session = _guard_state(ctxt).get("round", b"") if stage == Stage.SHARE_KEYS else b""
            session = session if isinstance(session, bytes) else b""
            check_secagg_stage(sa, configs, node_id=ctxt.node_id, site_key=site_key,
                               round_key=session)  # fmt: skip
        except SecAggRefused as exc:
            log.warning("site %s refuses SecAgg+: %s", policy.name, exc)
            raise SecAggRefused(refusal_message("SecAgg+ set-up", "policy")) from None
        if stage == Stage.UNMASK and sa.peer_keys:
            problems = _unmask_problems(ctxt, configs, ctxt.node_id, sa.peer_keys,
                                        sa.min_survivors)  # fmt: skip
            if problems:
                log.warning("site %s refuses SecAgg+: SecAgg+ unmask: %s", policy.name,
                            "; ".join(problems))  # fmt: skip
                raise SecAggRefused(refusal_message("SecAgg+ unmask", "policy"))
        if stage == Stage.SHARE_KEYS and not sa.peer_keys:
            log.warning(
                "site %s: SecAgg+ neighbours are not authenticated (no secure_aggregation."
                "peer_keys): a malicious coordinator could stand in for them and unmask this "
                "site's update", policy.name,
            )  # fmt: skip
        reply = call_next(msg, ctxt)
        if reply.has_error():
            return reply
        if stage == Stage.SETUP:
            if signing is not None:
                round_key = configs.get(ROUND_KEY, b"")
                sign_setup_reply(reply, signing,
                                 round_key if isinstance(round_key, bytes) else b"")  # fmt: skip
            threshold = configs.get(Key.THRESHOLD, 0)
            shares = configs.get(Key.SHARE_NUMBER, 0)
            ctxt.state.config_records[GUARD_STATE] = ConfigRecord(  # a fresh round's
                {"threshold": threshold if isinstance(threshold, int) else 0, "signed": False,
                 "shares": shares if isinstance(shares, int) else 0,
                 "round": configs.get(ROUND_KEY, b"")}
            )  # fmt: skip
        elif stage == Stage.SHARE_KEYS:
            _remember_neighbours(ctxt, configs)
        elif stage == Stage.COLLECT_MASKED_VECTORS:
            # A refusal goes out masked with weight 0: this site put nothing in the sum, and
            # signs no survivor list naming it a survivor (a coordinator could pad with it).
            counts = reply.content.metric_records.get("fitres.num_examples")
            weight = counts.get("num_examples") if counts is not None else None
            _guard_state(ctxt)["contributed"] = contributes(weight)
        return reply

    return mod


def _ints(record: ConfigRecord, key: str) -> list[int] | None:
    """record[key] as a list of ints (absent: empty), or None when it is something else."""
    value = record.get(key, [])
    if not isinstance(value, list) or not all(type(v) is int for v in value):
        return None
    return [int(v) for v in value]


def _bytes(record: ConfigRecord, key: str) -> list[bytes] | None:
    """record[key] as a list of bytes (absent: empty), or None when it is something else."""
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, bytes) for v in value):
        return None
    return [bytes(v) for v in value if isinstance(v, bytes)]


def _guard_state(ctxt: Context) -> ConfigRecord:
    records = ctxt.state.config_records
    if GUARD_STATE not in records:
        records[GUARD_STATE] = ConfigRecord({"threshold": 0, "signed": False})
    return records[GUARD_STATE]


def _remember_neighbours(ctxt: Context, configs: ConfigRecord) -> None:
    """Keep each neighbour's pk1 and site key (as checked at share keys) for the unmask."""
    nids, pk1s, site_keys = [], [], []
    for sid, entry in configs.items():
        if sid == Key.STAGE or not str(sid).isdigit() or not isinstance(entry, list):
            continue
        nids.append(int(sid))
        pk1s.append(entry[0] if entry and isinstance(entry[0], bytes) else b"")
        site_keys.append(entry[3] if len(entry) == 4 and isinstance(entry[3], bytes) else b"")
    state = _guard_state(ctxt)
    state["neighbours"], state["pk1s"], state["site_keys"] = nids, pk1s, site_keys


def _cohort(configs: ConfigRecord) -> dict[int, tuple[bytes, bytes]] | None:
    """The consistency message's cohort, node id -> (pk1, site key); None when malformed."""
    nodes = _ints(configs, COHORT_NODES_KEY)
    pk1s, keys = _bytes(configs, COHORT_PK1S_KEY), _bytes(configs, COHORT_SITE_KEYS_KEY)
    if nodes is None or pk1s is None or keys is None or not len(nodes) == len(pk1s) == len(keys):
        return None
    if len(set(nodes)) != len(nodes):
        return None
    return {n: (pk1, key) for n, pk1, key in zip(nodes, pk1s, keys, strict=True)}


def _remember_round(msg: Message, ctxt: Context, name: str) -> None:
    """Keep the training round this session masks (run id and global round of the fit
    instruction the masked-vectors message carries): what the site's survivor signature is
    bound to, and what it signs one story for."""
    try:
        config = compat.recorddict_to_fitins(msg.content, keep_input=True).config
        instr = FitInstruction.from_config(config)
    except (KeyError, TypeError, ValueError) as exc:
        log.warning("site %s refuses SecAgg+: the masked-vectors message holds no fit "
                    "instruction (%s)", name, exc)  # fmt: skip
        raise SecAggRefused(refusal_message("SecAgg+ masked vectors", "policy")) from None
    state = _guard_state(ctxt)
    announced = state.get("round")
    if not isinstance(announced, bytes) or round_of(announced) != round_id(
        instr.run_id, instr.global_round
    ):
        was = announced.decode(errors="replace") if isinstance(announced, bytes) else None
        log.warning("site %s refuses SecAgg+: it trains round %r of run %r, its SecAgg+ set-up "
                    "was for %r", name, instr.global_round, instr.run_id, was)  # fmt: skip
        raise SecAggRefused(refusal_message("SecAgg+ masked vectors", "policy"))


STORIES_FILE = "secagg-stories.json"  # in the agent directory: one story signed per round


def _claim_story(agent_dir: Path, round_key: bytes, story: bytes) -> bool:
    """Record that this site signs `story` (a digest of its lists and cohort) for the training
    round `round_key`, unless it signed another story for that round before, in any session
    (the file lives in the agent directory, under an exclusive lock, written atomically):
    whether it may sign."""
    key, value = round_key.hex(), story.hex()

    def sign_once(signed: dict[str, Any]) -> tuple[bool, bool]:
        if key in signed:
            return signed[key] == value, False  # the same story again (a retried message) is one
        signed[key] = value
        return True, True

    try:
        return update_json(agent_dir / STORIES_FILE, sign_once)
    except AgentFileUnreadable:
        return False  # unreadable: sign nothing rather than sign twice


def _neighbourhood_problems(state: ConfigRecord, cohort_size: int) -> list[str]:
    """The set-up's share count and threshold against the rule the coordinator's workflow
    sets them by (`protocols.secagg_secrets.shares_and_threshold`) for the cohort this site
    signs over: a coordinator that gives one site a small neighbourhood and a low threshold
    needs fewer colluding neighbours to rebuild its secrets."""
    if cohort_size < 3:
        return [f"a cohort of {cohort_size} sites (SecAgg+ needs at least 3)"]
    k, t = shares_and_threshold(cohort_size)
    shares, threshold = state.get("shares", 0), state.get("threshold", 0)
    if not isinstance(shares, int) or not isinstance(threshold, int):
        return ["its set-up's share count and threshold are not numbers"]
    if shares < k or threshold < t:
        return [f"its set-up's {shares} shares and threshold {threshold} are below the {k} and "
                f"{t} a cohort of {cohort_size} sites takes"]  # fmt: skip
    return []


def _consistency(
    msg: Message,
    ctxt: Context,
    configs: ConfigRecord,
    key: Ed25519PrivateKey,
    policy: SecureAggregationPolicy,
    name: str,
    agent_dir: Path,
) -> Message:
    """The consistency stage: sign the round's survivor and dropout lists over its cohort, or
    refuse (lists or cohort malformed, not naming this site a survivor, a cohort without this
    site's or its neighbours' keys as it knows them or, with peer keys, with another member
    than the consortium's hospitals, asked before its masked vector went out, or other lists
    than it signed already this round)."""
    got_active, got_dead = _ints(configs, SURVIVORS_KEY), _ints(configs, DROPPED_KEY)
    nid = ctxt.node_id
    mod_state = ctxt.state.config_records.get(RECORD_KEY_STATE)
    state = _guard_state(ctxt)
    problems: list[str] = []
    if got_active is None or got_dead is None:
        problems.append("the survivor lists are not lists of node ids")
    active, dead = sorted(got_active or []), sorted(got_dead or [])
    if len(set(active)) != len(active) or len(set(dead)) != len(dead) or set(active) & set(dead):
        problems.append("a site listed twice, or both as surviving and as dropped")
    if state.get("contributed") is False:
        # it refused the round (its masked vector holds weight 0): it is a dropout that holds
        # its neighbours' shares, never a survivor a coordinator could pad a mean with
        if nid not in dead:
            problems.append(f"it refused the round (its masked vector holds weight 0), but its "
                            f"own node {nid} is not listed as dropped")  # fmt: skip
    elif nid not in active:
        problems.append(f"its own node {nid} is not listed as surviving")
    if mod_state is None or mod_state.get("current_stage") != Stage.COLLECT_MASKED_VECTORS:
        problems.append("asked before it sent its masked vector")
    nids = _ints(state, "neighbours") or []
    neighbours = dict(zip(nids, zip(_bytes(state, "pk1s") or [], _bytes(state, "site_keys") or [],
                                    strict=False), strict=False))  # fmt: skip
    pk1 = neighbours.get(nid, (b"", b""))[0]
    if not pk1:
        problems.append("it holds no public key of this round")
    own_key = public_raw(key.public_key())
    cohort = _cohort(configs)
    digest = b""
    if cohort is None:
        problems.append("the cohort is not three lists of one length (node ids, pk1s, keys)")
    else:
        problems += cohort_problems(cohort, nid, pk1, own_key, neighbours, policy.peer_keys,
                                    (active, dead))  # fmt: skip
        problems += _neighbourhood_problems(state, len(cohort))
        try:
            digest = cohort_digest(cohort)
        except OverflowError:
            problems.append("a cohort node id is no unsigned 64-bit integer")
    round_key = state.get("round")
    if not isinstance(round_key, bytes) or not round_key:
        problems.append("it masked no training round in this session")
    if state.get("signed") and (
        _ints(state, "active"),
        _ints(state, "dead"),
        state.get("digest"),
    ) != (active, dead, digest):
        problems.append("it signed other survivor lists this round")
    if not problems and isinstance(round_key, bytes):
        story = hashlib.sha256(survivors_message(active, dead, digest, round_key)).digest()
        if not _claim_story(agent_dir, round_key, story):
            problems.append("it signed other survivor lists for this training round already "
                            f"(round {round_key.decode(errors='replace')!r})")  # fmt: skip
    if problems:
        log.warning("site %s refuses SecAgg+: SecAgg+ %s: %s", name, CONSISTENCY_STAGE,
                    "; ".join(problems))  # fmt: skip
        raise SecAggRefused(refusal_message("SecAgg+ consistency check", "policy"))
    assert cohort is not None
    state["active"], state["dead"], state["signed"] = active, dead, True
    state["digest"], state["own_key"] = digest, own_key
    state["cohort_nodes"] = list(cohort)
    state["cohort_keys"] = [key for _, key in cohort.values()]
    assert isinstance(round_key, bytes)
    signature = sign_survivors(key, active, dead, digest, round_key)
    reply = ConfigRecord({CONSISTENCY_SIGNATURE_KEY: signature})
    return Message(RecordDict({RECORD_KEY_CONFIGS: reply}), reply_to=msg)


def _unmask_problems(
    ctxt: Context,
    configs: ConfigRecord,
    nid: int,
    peer_keys: tuple[bytes, ...],
    min_survivors: int = 2,
) -> list[str]:
    """Why the unmask must be refused (policy with peer keys): see `consistency_problems`."""
    state = _guard_state(ctxt)
    signed_active, signed_dead = _ints(state, "active"), _ints(state, "dead")
    digest, own_key, round_key = state.get("digest"), state.get("own_key"), state.get("round")
    signed = None
    if (
        state.get("signed") and signed_active is not None and signed_dead is not None
        and isinstance(digest, bytes) and isinstance(own_key, bytes)
        and isinstance(round_key, bytes)
    ):  # fmt: skip
        signed = (signed_active, signed_dead)
    cohort = dict(zip(_ints(state, "cohort_nodes") or [], _bytes(state, "cohort_keys") or [],
                      strict=False))  # fmt: skip
    signers, sigs = _ints(configs, SIGNERS_KEY), _bytes(configs, SIGNATURES_KEY)
    if signers is None or sigs is None or len(signers) != len(sigs):
        return ["the survivor signatures are malformed"]
    unmask = (_ints(configs, Key.ACTIVE_NODE_ID_LIST) or [],
              _ints(configs, Key.DEAD_NODE_ID_LIST) or [])  # fmt: skip
    threshold = state.get("threshold", 0)
    return consistency_problems(
        signed, unmask, _ints(state, "neighbours") or [], nid, cohort,
        digest if isinstance(digest, bytes) else b"",
        round_key if isinstance(round_key, bytes) else b"", dict(zip(signers, sigs, strict=True)),
        threshold if isinstance(threshold, int) else 0,
        {*peer_keys, *([own_key] if isinstance(own_key, bytes) else [])}, min_survivors,
    )  # fmt: skip
