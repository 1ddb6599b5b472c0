"""A second attack review of SecAgg+ after the hostile-site fixes: what a hostile site can do
with the shares it deals and the ciphertexts and keys it sends, and what a malicious
coordinator can do with sites that refused the round. Each was an attack that worked; each
test shows it fail against the real coordinator workflow and the sites' guard and mod."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import numpy as np
import pytest
from flwr.app import Context, Message
from flwr.clientapp.typing import ClientAppCallable, Mod
from flwr.common.secure_aggregation.crypto.symmetric_encryption import decrypt, encrypt
from flwr.common.secure_aggregation.secaggplus_constants import (
    RECORD_KEY_CONFIGS,
    RECORD_KEY_STATE,
    Key,
    Stage,
)
from flwr.common.secure_aggregation.secaggplus_utils import (
    share_keys_plaintext_concat,
    share_keys_plaintext_separate,
)
from test_hostile_site_secagg import ATTACKER, _stage_of, hostile
from test_privacy_attacks import _three_signed_sites_to_consistency
from test_secagg import _node_ids, mean_of, run
from test_secagg_identity import (
    CONSISTENCY,
    make_sites,
    on_grid,
    signed_by,
)

from protocols.secagg_identity import (
    CONSISTENCY_SIGNATURE_KEY,
    DROPPED_KEY,
    SIGNATURE_KEY,
    SITE_KEY_KEY,
    SURVIVORS_KEY,
    open_share,
    seal_share,
)
from protocols.secagg_secrets import split_secret
from site_agent.secagg_guard import SecAggRefused, secagg_policy_mod
from site_agent.secagg_mod import ROUND_STATE


def _rewrite_shares(
    victims: Callable[[int], bool],
    edit: Callable[[bytes, bytes, dict[str, Any]], tuple[bytes, bytes]],
) -> Callable[[Message, Context], None]:
    """Re-encrypt the attacker's share-keys ciphertext to each victim with its (seed share,
    mask-key share) passed through `edit`: what a site running its own split sends."""

    def go(reply: Message, ctxt: Context) -> None:
        state = dict(ctxt.state.config_records[RECORD_KEY_STATE])
        ss2 = dict(zip(cast(list[int], state["ss2_dict:K"]), cast(list[bytes], state["ss2_dict:V"]),
                       strict=True))  # fmt: skip
        round_key = cast(bytes, ctxt.state.config_records[ROUND_STATE]["round"])
        rec = reply.content.config_records[RECORD_KEY_CONFIGS]
        out = []
        for dst, ct in zip(cast(list[int], rec[Key.DESTINATION_LIST]),
                           cast(list[bytes], rec[Key.CIPHERTEXT_LIST]), strict=True):  # fmt: skip
            if victims(dst):
                src, d, b_share, sk_share = share_keys_plaintext_separate(
                    open_share(round_key, decrypt(ss2[dst], ct))
                )
                b_share, sk_share = edit(b_share, sk_share, state)
                plain = share_keys_plaintext_concat(src, d, b_share, sk_share)
                ct = encrypt(ss2[dst], seal_share(round_key, plain))
            out.append(ct)
        rec[Key.CIPHERTEXT_LIST] = out

    return go


def hostile_ctx(stage: str, edit: Callable[[Message, Context], None]) -> Mod:
    def mod(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
        this = _stage_of(msg)
        reply = call_next(msg, ctxt)
        if ctxt.node_config["partition-id"] == ATTACKER and this == stage and not reply.has_error():
            edit(reply, ctxt)
        return reply

    return mod


def test_a_junk_ciphertext_to_a_neighbour_costs_the_sender_not_the_neighbour(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The attacker puts junk in the ciphertext for one listed neighbour: that neighbour used
    to fail at masked vectors (out of the mean, counted as the failure). It now refuses that
    one share, keeps masking with the attacker (its pairwise mask needs no share), and the
    round's mean holds all four sites; the attacker's seed is rebuilt from the others."""
    nids, learn = _node_ids()
    victim = 2

    def junk(reply: Message) -> None:
        rec = reply.content.config_records[RECORD_KEY_CONFIGS]
        rec[Key.CIPHERTEXT_LIST] = [
            b"junk" if d == nids[victim] else c
            for d, c in zip(cast(list[int], rec[Key.DESTINATION_LIST]),
                            cast(list[bytes], rec[Key.CIPHERTEXT_LIST]), strict=True)
        ]  # fmt: skip

    with caplog.at_level(logging.WARNING, logger="medfed.site"):
        strategy, (summary,) = run(4, (), "inprocess", [learn, hostile("share_keys", junk)])
    assert summary.participants == 4 and summary.failures == 0
    assert mean_of(strategy, [0, 1, 2, 3])
    assert f"the share node {nids[ATTACKER]} sent is refused" in caplog.text


def test_a_dealer_of_a_wrong_share_is_named_beside_the_neighbour_that_returned_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Shares are not verifiable: a share off the polynomial may have been altered by its
    sender or dealt wrong by its owner. The attacker deals neighbour 1 a wrong share of its
    own mask seed: the log no longer names the honest neighbour alone but both, and the
    round's mean is right."""
    nids, learn = _node_ids()
    victim = 1

    def flip_seed_share(b: bytes, sk: bytes, _state: dict[str, Any]) -> tuple[bytes, bytes]:
        return b[:-1] + bytes([b[-1] ^ 1]), sk

    mod = hostile_ctx("share_keys", _rewrite_shares(lambda d: d == nids[victim], flip_seed_share))
    with caplog.at_level(logging.ERROR, logger="medfed.coordinator"):
        strategy, (summary,) = run(3, (), "inprocess", [learn, mod])
    assert (
        f"node {nids[victim]} sent it wrong, or node {nids[ATTACKER]} dealt it wrong" in caplog.text
    )
    assert summary.participants == 3 and mean_of(strategy, [0, 1, 2])


def test_a_dealt_mask_key_that_is_not_its_own_stops_the_round_naming_the_dealer(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The attacker deals consistent shares of a mask key that is no P-384 scalar, then drops
    out: rebuilding it ended the ServerApp's run (ValueError). Now the rebuilt key is checked
    against the pk1 the dealer sent: the round stops, unused, the dealer named."""
    polynomial: list[list[bytes]] = []

    def bogus_sk1(b: bytes, sk: bytes, state: dict[str, Any]) -> tuple[bytes, bytes]:
        if not polynomial:  # one polynomial for every neighbour: the shares agree
            polynomial.append(split_secret(b"\xff" * 48, int(state["threshold"]),
                                           int(state["share_num"])))  # fmt: skip
        return b, next(s for s in polynomial[0] if s[:4] == sk[:4])

    def die(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
        if ctxt.node_config["partition-id"] == ATTACKER and _stage_of(msg) == (
            "collect_masked_vectors"
        ):
            raise RuntimeError("the attacker drops after share keys")
        return call_next(msg, ctxt)

    nids, learn = _node_ids()
    mod = hostile_ctx("share_keys", _rewrite_shares(lambda d: True, bogus_sk1))
    with caplog.at_level(logging.ERROR, logger="medfed.coordinator"):
        strategy, summaries = run(4, (), "inprocess", [learn, die, mod])
    assert summaries == [] and all(not np.any(v) for v in strategy.global_state.values())
    assert f"node {nids[ATTACKER]} dealt its neighbours wrong shares" in caplog.text


def _unsupported_curve_pem() -> bytes:
    def tlv(tag: int, value: bytes) -> bytes:
        return bytes([tag, len(value)]) + value

    alg = tlv(0x30, tlv(6, bytes.fromhex("2a8648ce3d0201"))  # id-ecPublicKey
              + tlv(6, bytes.fromhex("2b24030308020101")))  # brainpoolP160r1  # fmt: skip
    spki = tlv(0x30, alg + tlv(3, b"\x00\x04" + b"\x01" * 40))
    return (
        b"-----BEGIN PUBLIC KEY-----\n" + base64.encodebytes(spki) + b"-----END PUBLIC KEY-----\n"
    )


def test_a_set_up_key_on_a_curve_cryptography_cannot_load_is_its_senders_failure() -> None:
    """A pk1 on an unknown curve raised UnsupportedAlgorithm out of the ServerApp's run; it is
    now the sender's failure at set-up, and the round goes on with the others."""

    def odd_key(reply: Message) -> None:
        reply.content.config_records[RECORD_KEY_CONFIGS][Key.PUBLIC_KEY_1] = (
            _unsupported_curve_pem()
        )

    strategy, (summary,) = run(4, (), "inprocess", [hostile("setup", odd_key)])
    assert summary.participants == 3 and summary.failures == 1
    assert mean_of(strategy, [1, 2, 3])


def test_a_replayed_signed_set_up_entry_is_the_replayers_failure(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The attacker sends hospital-b's signed set-up keys of an earlier round as its own: every
    guarded neighbour saw b's site key twice and refused the round. The signature now covers
    the session's round key, so the replay no longer verifies: the coordinator drops the
    attacker at set-up and the three honest hospitals' round goes on."""
    data = tmp_path / "hospitals"
    make_sites(data, [1, 2, 3, 4], [on_grid([0])] * 4)
    seen: dict[str, bytes] = {}

    def spy(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
        this = _stage_of(msg)
        reply = call_next(msg, ctxt)
        if ctxt.node_config["partition-id"] == 1 and this == "setup" and not reply.has_error():
            rec = reply.content.config_records[RECORD_KEY_CONFIGS]
            for key in (Key.PUBLIC_KEY_1, Key.PUBLIC_KEY_2, SIGNATURE_KEY, SITE_KEY_KEY):
                seen[key] = cast(bytes, rec[key])
        return reply

    _, first = run(4, (), "inprocess", [spy, secagg_policy_mod(data)])
    assert len(first) == 1 and first[0].participants == 4 and seen  # an honest round

    def replay(reply: Message) -> None:  # hospital-b's entry of the last round
        rec = reply.content.config_records[RECORD_KEY_CONFIGS]
        for key, value in seen.items():
            rec[key] = value

    with caplog.at_level(logging.WARNING):
        strategy, (summary,) = run(
            4, (), "inprocess", [hostile("setup", replay), secagg_policy_mod(data)]
        )
    assert summary.participants == 3 and summary.failures == 1
    assert "its signature over its SecAgg+ keys does not verify" in caplog.text
    assert "refuses SecAgg+" not in caplog.text


def test_sites_that_refused_pad_no_mean_a_malicious_coordinator_unmasks(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Hospitals b and c refuse the round (their masked vectors hold weight 0). A malicious
    coordinator lists them as survivors, so that "a mean of 3" meets min_survivors and every
    site reveals its shares: the "mean" was hospital-a's update alone. A site that refused now
    signs no list naming it a survivor, and hospital-a, whose list only it signed, reveals
    nothing."""
    sites, nids, cohort = _three_signed_sites_to_consistency(
        tmp_path, peers=True, min_survivors=3, refusing=(1, 2)
    )
    story = {SURVIVORS_KEY: nids, DROPPED_KEY: []}
    sigs = {}
    with caplog.at_level(logging.WARNING, logger="medfed.site"):
        for site in sites[1:]:
            with pytest.raises(SecAggRefused):
                site.send(CONSISTENCY | story | cohort)
        assert "it refused the round (its masked vector holds weight 0), but its own node" \
               in caplog.text  # fmt: skip
        sigs[11] = sites[0].configs(sites[0].send(CONSISTENCY | story | cohort))[
            CONSISTENCY_SIGNATURE_KEY
        ]
        caplog.clear()
        with pytest.raises(SecAggRefused):
            sites[0].send({Key.STAGE: Stage.UNMASK, Key.ACTIVE_NODE_ID_LIST: nids,
                           Key.DEAD_NODE_ID_LIST: [], **signed_by(sigs)})  # fmt: skip
    assert "1 of the survivors listed signed the lists it signed, " \
           "secure_aggregation.min_survivors is 3" in caplog.text  # fmt: skip
