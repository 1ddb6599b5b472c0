"""SecAgg+ public keys signed by the sites' ledger-signing keys (protocols.secagg_identity): the
signed message, the neighbour check on every kind of bad entry, and honest rounds through the
site's guard and mod (stage by stage, and with the coordinator's workflow in process) that
still sum exactly. The malicious coordinator's attempts are in tests/test_privacy_attacks.py.

`make_sites` and `Site` are imported by that file too."""

from __future__ import annotations

import json
import logging
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import tomli_w
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from flwr.app import ConfigRecord, Context, Message, RecordDict
from flwr.app.message.message import make_message
from flwr.app.message_type import MessageType
from flwr.app.metadata import Metadata
from flwr.common import Code, FitIns, FitRes, Status, ndarrays_to_parameters
from flwr.common.secure_aggregation.secaggplus_constants import RECORD_KEY_CONFIGS, Key, Stage
from flwr.compat.common import recorddict_compat as compat

from protocols.keys import load_private_key, public_raw, write_key_pair
from protocols.round import FitInstruction
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
    neighbour_key_problems,
    round_id,
    session_round,
    sign_public_keys,
    sign_survivors,
    signed_message,
    survivors_message,
    verify_public_keys,
    verify_survivors,
)
from protocols.secagg_masking import MASK_PRG, MASK_PRG_KEY, masked_arrays, unmask_sum
from protocols.secagg_secrets import MASK_SEED_BYTES, combine_secret
from simulation.prepare import site_policy_text
from site_agent import secagg_guard
from site_agent.policy import PolicyError, load_policy
from site_agent.secagg_guard import secagg_policy_mod
from site_agent.secagg_mod import secaggplus_mask_mod

CLIP, TARGET = 0.5, 2**22
SETUP = {Key.STAGE: Stage.SETUP, Key.SAMPLE_NUMBER: 3, Key.SHARE_NUMBER: 3, Key.THRESHOLD: 2,
         Key.CLIPPING_RANGE: CLIP, Key.TARGET_RANGE: TARGET, Key.MOD_RANGE: 2**32,
         Key.MAX_WEIGHT: 1024.0, MASK_PRG_KEY: MASK_PRG}  # fmt: skip

CONSISTENCY = {Key.STAGE: CONSISTENCY_STAGE}


def cohort_of(entries: Mapping[int, Sequence[Any]]) -> dict[str, object]:
    """The consistency message's cohort from the signed entries [pk1, pk2, signature, site
    key] the coordinator relayed at share keys, node id -> entry."""
    nodes = sorted(entries)
    return {COHORT_NODES_KEY: nodes, COHORT_PK1S_KEY: [entries[n][0] for n in nodes],
            COHORT_SITE_KEYS_KEY: [entries[n][3] for n in nodes]}  # fmt: skip


def digest_of(entries: Mapping[int, Sequence[Any]]) -> bytes:
    return cohort_digest({n: (bytes(e[0]), bytes(e[3])) for n, e in entries.items()})


def signed_by(sigs: dict[int, bytes]) -> dict[str, object]:
    """The unmask message's survivor signatures (node ids, signatures in that order)."""
    return {SIGNERS_KEY: list(sigs), SIGNATURES_KEY: list(sigs.values())}


def _pem(key: Ed25519PrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


@dataclass
class Site:
    """One hospital as the coordinator meets it: its guard in front of its SecAgg+ mod."""

    name: str
    nid: int
    ctxt: Context
    key: Ed25519PrivateKey  # its ledger-signing key (the one its peers list)
    update: np.ndarray
    examples: int = 1024
    global_round: int = 1  # the training round its masked-vectors message instructs

    def send(self, configs: dict[str, object], *, to: int | None = None) -> RecordDict:
        """The guard's and mod's reply to one SecAgg+ message (addressed to `to`, by default
        this site's node); the masked-vectors message carries a fit instruction for
        `global_round`, as the coordinator's workflow sends it."""
        meta = Metadata(run_id=1, message_id="", src_node_id=1,
                        dst_node_id=self.nid if to is None else to, reply_to_message_id="",
                        group_id="1", created_at=0.0, ttl=60.0,
                        message_type=MessageType.TRAIN)  # fmt: skip
        content = RecordDict()
        if configs.get(Key.STAGE) == Stage.SETUP and ROUND_KEY not in configs:
            configs = {**configs, ROUND_KEY: session_round("run", self.global_round, b"s")}
        if configs.get(Key.STAGE) == Stage.COLLECT_MASKED_VECTORS:
            instr = FitInstruction("run", "stage", self.global_round, 8, "0" * 64, 0, "{}")
            fitins = FitIns(ndarrays_to_parameters([self.update]), dict(instr.to_config()))
            content = compat.fitins_to_recorddict(fitins, keep_input=True)
        content.config_records[RECORD_KEY_CONFIGS] = ConfigRecord(dict(configs))
        msg = make_message(meta, content)

        def fit(m: Message, _c: Context) -> Message:
            params = ndarrays_to_parameters([self.update])
            res = FitRes(Status(Code.OK, ""), params, self.examples, {})
            return Message(compat.fitres_to_recorddict(res, keep_input=True), reply_to=m)

        def mod(m: Message, c: Context) -> Message:
            return secaggplus_mask_mod(m, c, fit)

        return secagg_policy_mod()(msg, self.ctxt, mod).content

    def configs(self, reply: RecordDict) -> ConfigRecord:
        return reply.config_records[RECORD_KEY_CONFIGS]


def make_sites(
    root: Path,
    nids: list[int],
    updates: list[np.ndarray],
    *,
    peers: Callable[[int], list[int]] | None = None,
    min_survivors: int = 3,
) -> list[Site]:
    """One site per node id under `root`: site.json, its ledger-signing key, a policy whose
    `peer_keys` are the keys of `peers(i)` (default: every other site; [] leaves it out) and
    whose `min_survivors` is the one given."""
    coordinator = root / "consortium"
    coordinator.mkdir(parents=True, exist_ok=True)
    _, coord_pub = write_key_pair(coordinator, "curriculum-signing")
    names = [f"hospital-{chr(ord('a') + i)}" for i in range(len(nids))]
    for name in names:
        (root / name).mkdir()
        (root / name / "site.json").write_text(json.dumps({"name": name}))
        write_key_pair(root / f"{name}.agent", "ledger-signing")
    keys = [load_private_key(root / f"{n}.agent" / secagg_guard.SIGNING_KEY_FILE) for n in names]
    sites = []
    for i, (name, nid) in enumerate(zip(names, nids, strict=True)):
        listed = peers(i) if peers is not None else [j for j in range(len(nids)) if j != i]
        agent = root / f"{name}.agent"
        (agent / "policy.toml").write_text(
            site_policy_text(name, coord_pub, "0" * 64, 10.0, 8,
                             peer_keys=tuple(_pem(keys[j]) for j in listed),
                             min_survivors=min_survivors)
        )  # fmt: skip
        node = {"site-dir": str(root / name), "agent-dir": str(agent)}
        ctxt = Context(run_id=1, node_id=nid, node_config=node, state=RecordDict(), run_config={})
        sites.append(Site(name, nid, ctxt, keys[i], updates[i]))
    return sites


def keyed_neighbourhoods(
    sites: Mapping[int, Site],
    shape: Mapping[int, tuple[int, int]],
    near: Mapping[int, Sequence[int]],
    sampled: int,
) -> tuple[dict[int, list[Any]], dict[int, dict[int, bytes]]]:
    """Set each site up with its own (share count, threshold) from `shape` (a coordinator's
    per-site story) and send it the signed keys of its neighbourhood `near[n]` alone; (each
    node's signed key entry, destination -> source -> the ciphertext that source sent it)."""
    entries: dict[int, list[Any]] = {}
    for n, s in sites.items():
        k, t = shape[n]
        rec = s.configs(s.send(SETUP | {Key.SAMPLE_NUMBER: sampled, Key.SHARE_NUMBER: k,
                                        Key.THRESHOLD: t}))  # fmt: skip
        entries[n] = [rec[Key.PUBLIC_KEY_1], rec[Key.PUBLIC_KEY_2], rec["medfed_pk_signature"],
                      rec["medfed_site_key"]]  # fmt: skip
    forward: dict[int, dict[int, bytes]] = {n: {} for n in sites}
    for n, s in sites.items():
        rec = s.configs(s.send({Key.STAGE: Stage.SHARE_KEYS,
                                **{str(m): entries[m] for m in near[n]}}))  # fmt: skip
        for dst, ct in zip(rec[Key.DESTINATION_LIST], rec[Key.CIPHERTEXT_LIST], strict=True):
            forward[int(dst)][n] = ct  # type: ignore[call-overload]
    return entries, forward


def on_grid(ks: list[int]) -> np.ndarray:
    """An update whose values lie on the quantizer's grid (x = k * 2C/T - C): with the site's
    weight at max_weight it quantizes to exactly `ks`, whatever the rounding noise."""
    return ((np.asarray(ks, np.float64) - TARGET / 2) * (2 * CLIP / TARGET)).astype(np.float32)


def test_the_signed_message_is_domain_separated_and_unambiguous() -> None:
    key = Ed25519PrivateKey.generate()
    sig, site_key = sign_public_keys(key, b"pk-one", b"pk-two")
    assert site_key == public_raw(key.public_key()) and len(sig) == 64
    assert verify_public_keys(site_key, b"pk-one", b"pk-two", sig)
    # the same bytes split differently, swapped keys, another key, a flipped bit: all fail
    assert signed_message(b"pk-one", b"pk-two") != signed_message(b"pk-on", b"epk-two")
    assert not verify_public_keys(site_key, b"pk-on", b"epk-two", sig)
    assert not verify_public_keys(site_key, b"pk-two", b"pk-one", sig)
    other = public_raw(Ed25519PrivateKey.generate().public_key())
    assert not verify_public_keys(other, b"pk-one", b"pk-two", sig)
    assert not verify_public_keys(site_key, b"pk-one", b"pk-two", bytes([sig[0] ^ 1]) + sig[1:])
    assert not verify_public_keys(site_key[:31], b"pk-one", b"pk-two", sig)
    # the domain tag: a signature over the bare keys is not one over the SecAgg+ message
    assert not verify_public_keys(site_key, b"pk-one", b"pk-two", key.sign(b"pk-onepk-two"))


def test_the_survivor_lists_message_binds_both_lists_the_cohort_and_the_round() -> None:
    key = Ed25519PrivateKey.generate()
    site_key = public_raw(key.public_key())
    cohort = {1: (b"pk1 of 1", site_key), 2: (b"pk1 of 2", b"k" * 32), 3: (b"pk1 of 3", b"m" * 32)}
    digest, rnd = cohort_digest(cohort), round_id("run-1", 4)
    sig = sign_survivors(key, [3, 1, 2], [9], digest, rnd)
    assert verify_survivors(site_key, [1, 2, 3], [9], digest, rnd, sig)  # sorted: no story
    # a site moved from one list to the other, another cohort (another round's pk1, another
    # member, another member's key), another training round, another signer, no domain
    assert survivors_message([1, 2], [3, 9], digest, rnd) != survivors_message(
        [1, 2, 3], [9], digest, rnd
    )
    assert not verify_survivors(site_key, [1, 2], [3, 9], digest, rnd, sig)
    assert not verify_survivors(site_key, [1, 2, 3], [], digest, rnd, sig)
    for other_cohort in (
        cohort | {1: (b"another round's pk1", site_key)},
        cohort | {4: (b"pk1 of 4", b"n" * 32)},
        cohort | {3: (b"pk1 of 3", b"n" * 32)},
    ):
        assert not verify_survivors(site_key, [1, 2, 3], [9], cohort_digest(other_cohort), rnd, sig)
    for other_round in (round_id("run-1", 5), round_id("run-2", 4), round_id("run-1", 40)):
        assert not verify_survivors(site_key, [1, 2, 3], [9], digest, other_round, sig)
    assert cohort_digest(dict(reversed(cohort.items()))) == digest  # the node order, not the map's
    other = public_raw(Ed25519PrivateKey.generate().public_key())
    assert not verify_survivors(other, [1, 2, 3], [9], digest, rnd, sig)
    assert not verify_survivors(site_key, [-1], [9], digest, rnd, sig)  # no such node id: False
    assert not verify_survivors(site_key, [1, 2, 3], [9], digest[:31], rnd, sig)
    bare = key.sign(
        survivors_message([1, 2, 3], [9], digest, rnd)[len(b"medfed secagg+ survivors v2\0") :]
    )
    assert not verify_survivors(site_key, [1, 2, 3], [9], digest, rnd, bare)


def _entry(key: Ed25519PrivateKey, pk1: bytes, pk2: bytes) -> list[bytes]:
    return [pk1, pk2, *sign_public_keys(key, pk1, pk2)]


def test_the_neighbour_check_refuses_each_kind_of_bad_entry() -> None:
    me, p1, p2, stranger = (Ed25519PrivateKey.generate() for _ in range(4))
    own, k1, k2 = (public_raw(k.public_key()) for k in (me, p1, p2))
    peers = {k1, k2}
    honest = {7: _entry(me, b"a1", b"a2"), 8: _entry(p1, b"b1", b"b2"), 9: _entry(p2, b"c1", b"c2")}
    assert neighbour_key_problems(honest, 7, own, peers) == []
    forged = [b"c1", b"c2", bytes(64), k2]
    cases = {
        "carries no signature": {**honest, 9: [b"c1", b"c2"]},
        "not in secure_aggregation.peer_keys": {**honest, 9: _entry(stranger, b"c1", b"c2")},
        "does not verify": {**honest, 9: forged},
        "same site key as node 8": {**honest, 9: _entry(p1, b"c1", b"c2")},
        "its own entry carries no signature": {**honest, 7: [b"a1", b"a2"]},
        "names another site key": {**honest, 7: _entry(p2, b"a1", b"a2")},
        "own node 7 is not among": {k: v for k, v in honest.items() if k != 7},
    }
    for why, entries in cases.items():
        problems = neighbour_key_problems(entries, 7, own, peers)
        assert len(problems) == 1 and why in problems[0], (why, problems)
    # a peer list that also names this site's own key: its key still signs one entry only
    twice = {**honest, 9: _entry(me, b"c1", b"c2")}
    assert "same site key as node 7" in neighbour_key_problems(twice, 7, own, peers | {own})[0]


def test_peer_keys_are_read_like_coordinator_keys_and_checked(tmp_path: Path) -> None:
    sites = make_sites(tmp_path, [11, 22, 33], [on_grid([0])] * 3)
    policy = load_policy(tmp_path / "hospital-a.agent" / "policy.toml")
    assert policy.secure_aggregation.peer_keys == tuple(
        public_raw(s.key.public_key()) for s in sites[1:]
    )
    # a path relative to the policy file, as trust.coordinator_keys takes it
    doc = tomllib.loads((tmp_path / "hospital-a.agent" / "policy.toml").read_text())
    (tmp_path / "hospital-a.agent" / "b.pub").write_text(_pem(sites[1].key))
    doc["secure_aggregation"]["peer_keys"] = ["hospital-a.agent/b.pub"]
    (tmp_path / "p.toml").write_text(tomli_w.dumps(doc))
    assert load_policy(tmp_path / "p.toml").secure_aggregation.peer_keys == (
        public_raw(sites[1].key.public_key()),
    )
    for keys, why in [
        (["hospital-a.agent/b.pub"] * 2, r"peer_keys\[1\]: is listed twice"),
        (["nowhere.pub"], r"peer_keys\[0\]: cannot read"),
        ([str(tmp_path / "consortium" / "curriculum-signing.key")], "holds a private key"),
    ]:
        doc["secure_aggregation"]["peer_keys"] = keys
        (tmp_path / "p.toml").write_text(tomli_w.dumps(doc))
        with pytest.raises(PolicyError, match=why):
            load_policy(tmp_path / "p.toml")


def test_the_guard_reads_the_key_site_agent_signs_its_ledger_with() -> None:
    from site_agent.agent import SIGNING_KEY

    assert f"{SIGNING_KEY}.key" == secagg_guard.SIGNING_KEY_FILE


def test_an_honest_round_with_signed_keys_sums_exactly(tmp_path: Path) -> None:
    """Three sites through guard and mod, every stage, with peer_keys set: each set-up reply
    is signed by its site's ledger key, the relayed signed entries are accepted, and the
    unmasked sum is exactly the sum of the three quantized updates (weight and values)."""
    nids = [11, 22, 33]
    rng = np.random.default_rng(5)
    ks = [rng.integers(0, TARGET, 40) for _ in nids]
    sites = make_sites(tmp_path, nids, [on_grid(list(k)) for k in ks])

    entries = {}
    for site in sites:
        rec = site.configs(site.send(SETUP))
        pk1, pk2 = rec[Key.PUBLIC_KEY_1], rec[Key.PUBLIC_KEY_2]
        sig, site_key = rec[SIGNATURE_KEY], rec[SITE_KEY_KEY]
        assert site_key == public_raw(site.key.public_key())
        session = session_round("run", site.global_round, b"s")  # what its set-up announced
        assert verify_public_keys(site_key, pk1, pk2, sig, session)  # type: ignore[arg-type]
        assert not verify_public_keys(site_key, pk1, pk2, sig)  # type: ignore[arg-type]
        entries[site.nid] = [pk1, pk2, sig, site_key]

    forward: dict[int, list[tuple[int, bytes]]] = {n: [] for n in nids}
    for site in sites:
        rec = site.configs(site.send({Key.STAGE: Stage.SHARE_KEYS,
                                      **{str(n): entries[n] for n in nids}}))  # fmt: skip
        for dst, ct in zip(rec[Key.DESTINATION_LIST], rec[Key.CIPHERTEXT_LIST], strict=True):
            forward[int(dst)].append((site.nid, ct))  # type: ignore[call-overload]

    total = np.zeros(1 + 40, np.uint32)
    for site in sites:
        content = site.send({Key.STAGE: Stage.COLLECT_MASKED_VECTORS,
                             Key.SOURCE_LIST: [s for s, _ in forward[site.nid]],
                             Key.CIPHERTEXT_LIST: [c for _, c in forward[site.nid]]})  # fmt: skip
        total += np.concatenate([a.ravel() for a in masked_arrays(content)])

    # the consistency check: each site signs the survivor lists over the round's cohort
    sigs = {}
    for site in sites:
        rec = site.configs(site.send(CONSISTENCY | {SURVIVORS_KEY: nids, DROPPED_KEY: []}
                                     | cohort_of(entries)))  # fmt: skip
        sig = rec[CONSISTENCY_SIGNATURE_KEY]
        assert verify_survivors(entries[site.nid][3], nids, [], digest_of(entries),  # type: ignore[arg-type]
                                session_round("run", 1, b"s"), sig)  # type: ignore[arg-type]  # fmt: skip
        sigs[site.nid] = sig

    shares: dict[int, list[bytes]] = {n: [] for n in nids}
    for site in sites:
        rec = site.configs(site.send({Key.STAGE: Stage.UNMASK, Key.ACTIVE_NODE_ID_LIST: nids,
                                      Key.DEAD_NODE_ID_LIST: [], **signed_by(sigs)}))  # fmt: skip
        for owner, share in zip(rec[Key.NODE_ID_LIST], rec[Key.SHARE_LIST], strict=True):
            shares[int(owner)].append(share)  # type: ignore[call-overload,arg-type]
    seeds = [combine_secret(shares[n], 2, MASK_SEED_BYTES) for n in nids]
    plain = unmask_sum(total, seeds, [], 2**32)
    expected = np.concatenate([[3 * TARGET], np.sum(ks, axis=0)]).astype(np.uint32)
    assert np.array_equal(plain, expected)


def test_secagg_through_the_workflow_with_signed_keys(tmp_path: Path) -> None:
    """The coordinator's own workflow (MedFedSecAggPlus, in process) relays each site's
    signature and key with its public keys: three sites whose policies list each other's keys
    all take part, and the aggregate is the plaintext weighted mean within the bound."""
    from test_secagg import EXAMPLES, plaintext_mean, run

    from coordinator.secure_agg import SecAggSettings, error_bound

    data = tmp_path / "hospitals"
    make_sites(data, [1, 2, 3], [on_grid([0])] * 3)
    strategy, summaries = run(3, (), "inprocess", mods=[secagg_policy_mod(data)])
    assert len(summaries) == 1 and summaries[0].participants == 3, summaries
    bound = error_bound(SecAggSettings(), EXAMPLES[:3])
    for name, want in plaintext_mean([0, 1, 2]).items():
        err = np.max(np.abs(strategy.global_state[name].astype(np.float64) - want))
        assert err <= bound + 1e-7, (name, err, bound)  # + float32 storage, as test_secagg


@pytest.mark.parametrize("listed", [[1], []])
def test_a_round_with_an_unlisted_neighbour_loses_the_sites_that_check(
    tmp_path: Path, listed: list[int], caplog: pytest.LogCaptureFixture
) -> None:
    """hospital-a lists only hospital-b (or nobody: then it checks nothing, warns, and takes
    part); with hospital-c unlisted, a refuses at share keys and the three-site round cannot
    finish (b and c are then a cohort of two, under their min_cohort)."""
    from test_secagg import run

    data = tmp_path / "hospitals"
    make_sites(data, [1, 2, 3], [on_grid([0])] * 3,
               peers=lambda i: listed if i == 0 else [j for j in range(3) if j != i])  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="medfed.site"):
        _strategy, summaries = run(3, (), "inprocess", mods=[secagg_policy_mod(data)])
    refused = "hospital-a refuses SecAgg+: SecAgg+ share_keys: neighbour"
    if listed:
        assert summaries == []
        assert refused in caplog.text and "not in secure_aggregation.peer_keys" in caplog.text
    else:
        assert len(summaries) == 1 and summaries[0].participants == 3
        assert "hospital-a: SecAgg+ neighbours are not authenticated" in caplog.text
        assert refused not in caplog.text


def test_prepared_sites_list_each_others_ledger_keys_as_peers(tmp_path: Path) -> None:
    """`write_site_policies` (demo, baselines, tests) gives every simulated hospital the other
    hospitals' ledger-signing keys, and only theirs, as its SecAgg+ peer keys."""
    from model import default_base_dir
    from simulation.prepare import sign_curriculum, write_site_policies
    from simulation.synth import synthesize
    from site_agent.settings import default_agent_dir, training_sites

    data = tmp_path / "hospitals"
    synthesize(data, sites=3, studies_per_site=4, seed=2)
    tiny = Path(__file__).resolve().parent / "data" / "tiny-curriculum.toml"
    prepared = sign_curriculum(tiny, default_base_dir(), tmp_path / "consortium", run_id="p")
    write_site_policies(data, prepared)
    sites = training_sites(data)
    keys = {
        s.name: public_raw(
            load_private_key(default_agent_dir(s) / secagg_guard.SIGNING_KEY_FILE).public_key()
        )
        for s in sites
    }
    assert len(set(keys.values())) == len(sites) == 3
    for site in sites:
        policy = load_policy(default_agent_dir(site) / "policy.toml")
        others = {k for name, k in keys.items() if name != site.name}
        assert set(policy.secure_aggregation.peer_keys) == others


@pytest.mark.parametrize(
    ("num_sites", "crash_pids", "silent", "at"),
    [(6, (1, 2), -1, CONSISTENCY_STAGE), (4, (), 3, CONSISTENCY_STAGE),
     (5, (), 2, Stage.SETUP), (5, (), 2, Stage.SHARE_KEYS)],
)  # fmt: skip
def test_the_workflow_checks_survivor_lists_with_dropouts(
    tmp_path: Path, num_sites: int, crash_pids: tuple[int, ...], silent: int, at: str
) -> None:
    """The consistency stage in the coordinator's workflow, sites with peer keys: two sites
    that drop before their masked vectors (on the dropout list every site signs), one site
    that does not answer the consistency stage (not counted; its vector is in the sum and the
    others' signatures reach the threshold), or one that drops at set-up or share keys (no
    neighbour holds its shares or masked with it: it is on no list): the round unmasks the
    mean of the survivors."""
    from flwr.clientapp.typing import ClientAppCallable
    from test_secagg import EXAMPLES, plaintext_mean, run

    from coordinator.secure_agg import SecAggSettings, error_bound

    def mute(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
        configs = msg.content.config_records.get(RECORD_KEY_CONFIGS) if msg.has_content() else None
        stage = configs.get(Key.STAGE) if configs is not None else None
        if stage == at and ctxt.node_config["partition-id"] == silent:
            raise RuntimeError("no answer")
        return call_next(msg, ctxt)

    data = tmp_path / "hospitals"
    make_sites(data, list(range(1, num_sites + 1)), [on_grid([0])] * num_sites)
    strategy, summaries = run(
        num_sites, crash_pids, "inprocess", mods=[mute, secagg_policy_mod(data)]
    )
    gone = (*crash_pids, *((silent,) if at != CONSISTENCY_STAGE else ()))
    pids = [p for p in range(num_sites) if p not in gone]
    assert len(summaries) == 1 and summaries[0].participants == len(pids), summaries
    bound = error_bound(SecAggSettings(), [EXAMPLES[p] for p in pids])
    for name, want in plaintext_mean(pids).items():
        err = np.max(np.abs(strategy.global_state[name].astype(np.float64) - want))
        assert err <= bound + 1e-7, (name, err, bound)
