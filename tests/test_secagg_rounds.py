"""A site signs one survivor story per training round, whatever the SecAgg+ session, and counts
itself as the node it is, never the address on a message. Two attacks of a malicious coordinator
on the consistency check (every hospital honest, each listing all the others as peers), each a
way to get two stories past a majority of the consortium, and so one site's update unmasked:

- set up some hospitals again for the same round: a fresh session used to be free to sign a
  second story (the session's state was the only record of the first);
- address a site's unmask message to a neighbour's node id: the site counted that neighbour
  as a signer of its own story.

The layout (after tests/test_privacy_attacks.py::test_one_story_per_neighbourhood_unmasks_no_site):
X masks with d1 and d2 alone (its sources pruned); story 1 "X, d1, d2 survived" is for X, d1,
d2; story 2 "d1, d2 dropped" for r1, r2 (who hold X's seed shares) and e1-e3 (d1's and d2's
mask keys); free hospitals f1-f3 sign whichever story is short of a majority."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from flwr.common.secure_aggregation.secaggplus_constants import Key, Stage
from test_privacy_attacks import _three_signed_sites_to_consistency
from test_secagg_identity import (
    CONSISTENCY,
    SETUP,
    cohort_of,
    keyed_neighbourhoods,
    make_sites,
    on_grid,
    signed_by,
)

from protocols.secagg_identity import CONSISTENCY_SIGNATURE_KEY, DROPPED_KEY, SURVIVORS_KEY
from protocols.secagg_masking import masked_arrays
from site_agent.secagg_guard import STORIES_FILE, SecAggRefused

X, D1, D2, R1, R2, E1, E2, E3, F1, F2, F3 = 11, 21, 22, 31, 32, 41, 42, 43, 51, 52, 53
REAL = [X, D1, D2, R1, R2, E1, E2, E3]
FREE = [F1, F2, F3]
NEAR = {X: [X, D1, D2, R1, R2], D1: [D1, X, E1, E2, E3], D2: [D2, X, E1, E2, E3],
        R1: [R1, R2, X], R2: [R2, R1, X], E1: [E1, E2, E3, D1, D2],
        E2: [E2, E1, E3, D1, D2], E3: [E3, E1, E2, D1, D2],
        **{f: FREE for f in FREE}}  # fmt: skip
SHAPE = {n: (5, 3) for n in REAL} | {R1: (3, 2), R2: (3, 2)} | {f: (3, 2) for f in FREE}
SOURCES = {X: [D1, D2], R1: [R2, X], R2: [R1, X], D1: [X, E1, E2, E3], D2: [X, E1, E2, E3],
           E1: [E2, E3, D1, D2], E2: [E1, E3, D1, D2], E3: [E1, E2, D1, D2],
           **{f: [g for g in FREE if g != f] for f in FREE}}  # fmt: skip
STORY_1 = ([X, D1, D2, *FREE], [])
STORY_2 = ([X, R1, R2, E1, E2, E3, *FREE], [D1, D2])


def _session(sites: dict[int, Any], nodes: list[int], entries: dict[int, list[Any]]) -> None:
    """Set-up, share keys (each told its NEAR), masked vectors (each told its SOURCES) for
    `nodes`; fills `entries` with their signed key entries."""
    for n in nodes:
        k, t = SHAPE[n]
        rec = sites[n].configs(sites[n].send(
            SETUP | {Key.SAMPLE_NUMBER: 11, Key.SHARE_NUMBER: k, Key.THRESHOLD: t}))  # fmt: skip
        entries[n] = [rec[Key.PUBLIC_KEY_1], rec[Key.PUBLIC_KEY_2], rec["medfed_pk_signature"],
                      rec["medfed_site_key"]]  # fmt: skip
    forward: dict[int, dict[int, bytes]] = {n: {} for n in nodes}
    for n in nodes:
        rec = sites[n].configs(sites[n].send(
            {Key.STAGE: Stage.SHARE_KEYS, **{str(m): entries[m] for m in NEAR[n]}}))  # fmt: skip
        for dst, ct in zip(rec[Key.DESTINATION_LIST], rec[Key.CIPHERTEXT_LIST], strict=True):
            forward[int(dst)][n] = ct  # type: ignore[call-overload]
    for n in nodes:
        cts = [forward[n][m] for m in SOURCES[n]]
        collect = {Key.STAGE: Stage.COLLECT_MASKED_VECTORS, Key.SOURCE_LIST: SOURCES[n],
                   Key.CIPHERTEXT_LIST: cts}  # fmt: skip
        masked_arrays(sites[n].send(collect))


def _sign(site: Any, story: tuple[list[int], list[int]], cohort: dict[int, list[Any]]) -> bytes:
    rec = site.configs(site.send(CONSISTENCY | {SURVIVORS_KEY: story[0], DROPPED_KEY: story[1]}
                                 | cohort_of(cohort)))  # fmt: skip
    return bytes(rec[CONSISTENCY_SIGNATURE_KEY])


def _unmask(site: Any, story: tuple[list[int], list[int]], sigs: dict[int, bytes]) -> Any:
    near = NEAR[site.nid]
    return site.send({Key.STAGE: Stage.UNMASK,
                      Key.ACTIVE_NODE_ID_LIST: [m for m in story[0] if m in near],
                      Key.DEAD_NODE_ID_LIST: [m for m in story[1] if m in near],
                      **signed_by(sigs)})  # fmt: skip


@pytest.fixture
def small_neighbourhoods(monkeypatch: pytest.MonkeyPatch) -> None:
    """Set aside the guard's floor on a session's share count and threshold (the layouts here
    give sites neighbourhoods of 3 to 5 in a cohort of 11), so that the check under test is
    what stops the attack."""
    from site_agent import secagg_guard

    monkeypatch.setattr(secagg_guard, "shares_and_threshold", lambda n: (3, 2))


@pytest.mark.usefixtures("small_neighbourhoods")
@pytest.mark.parametrize("second_round", [1, 2], ids=["same-round", "another-round"])
def test_a_hospital_set_up_again_signs_no_second_story_for_the_round(
    tmp_path: Path, second_round: int, caplog: pytest.LogCaptureFixture
) -> None:
    """f1-f3 sign story 1 in a first session, then are set up again: for the same training
    round they refuse to sign story 2 (the agent directory remembers the round); for another
    round they sign, but over that round, which the revealers of round 1 do not count, so
    story 2 stays 5 of 11 and no revealer hands over a share."""
    nids = REAL + FREE
    rng = np.random.default_rng(3)
    ks = {n: rng.integers(0, 2**22, 16) for n in nids}
    sites = {s.nid: s for s in make_sites(tmp_path, nids, [on_grid(list(ks[n])) for n in nids])}
    real: dict[int, list[Any]] = {}
    _session(sites, REAL, real)
    first: dict[int, list[Any]] = {}
    _session(sites, FREE, first)
    sigs_1 = {n: _sign(sites[n], STORY_1, {**real, **first}) for n in [X, D1, D2, *FREE]}
    assert len(sigs_1) == 6  # a majority of 11: X may reveal on story 1
    for f in FREE:
        sites[f].global_round = second_round
    again: dict[int, list[Any]] = {}
    _session(sites, FREE, again)
    sigs_2 = {n: _sign(sites[n], STORY_2, {**real, **again}) for n in [R1, R2, E1, E2, E3]}
    for f in FREE:
        if second_round == 1:
            caplog.clear()
            with pytest.raises(SecAggRefused):
                _sign(sites[f], STORY_2, {**real, **again})
            assert "signed other survivor lists for this training round already" in caplog.text
        else:
            sigs_2[f] = _sign(sites[f], STORY_2, {**real, **again})
    for n in (R1, R2, E1, E2, E3):  # story 2's revealers: X's seed, d1's and d2's mask keys
        caplog.clear()
        with pytest.raises(SecAggRefused):
            _unmask(sites[n], STORY_2, sigs_2)
        assert "5 of the consortium's 11 hospitals" in caplog.text, caplog.text
    assert (tmp_path / f"hospital-{chr(ord('a') + nids.index(F1))}.agent" / STORIES_FILE).is_file()


def test_a_message_addressed_to_another_node_is_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """b alone signed "c dropped" (threshold 2): addressed honestly, b refuses to unmask;
    addressed as node 11 (a), b used to count a as a second signer and hand over a's seed
    share and c's mask-key share. A SecAgg+ message for another node is refused at any stage."""
    (a, b, c), _, cohort = _three_signed_sites_to_consistency(tmp_path, peers=True)
    story = {SURVIVORS_KEY: [11, 22], DROPPED_KEY: [33]}
    sig_b = bytes(b.configs(b.send(CONSISTENCY | story | cohort))[CONSISTENCY_SIGNATURE_KEY])
    unmask = {Key.STAGE: Stage.UNMASK, Key.ACTIVE_NODE_ID_LIST: [11, 22],
              Key.DEAD_NODE_ID_LIST: [33], **signed_by({b.nid: sig_b})}  # fmt: skip
    for to, why in ((b.nid, "not a majority"), (a.nid, "addressed to node 11, this node is 22")):
        caplog.clear()
        with pytest.raises(SecAggRefused):
            b.send(unmask, to=to)
        assert why in caplog.text, caplog.text
    with pytest.raises(SecAggRefused):
        c.send(CONSISTENCY | story | cohort, to=a.nid)
    assert "addressed to node 11, this node is 33" in caplog.text


def test_neighbours_told_different_rounds_share_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The round a session masks is announced at set-up, sealed into every share a site sends
    its neighbours, and checked against the fit instruction it trains on: a coordinator that
    tells one neighbour another round (to get its signature counted in another story) has its
    shares refused by the others (each keeps no share of its secrets, and goes on), and a site
    whose instruction names another round than its set-up refuses to train under it. With peer
    keys, its signed set-up keys (signed for its own session) are refused at share keys
    already; the sealed shares are what stops the story for sites without them."""
    from flwr.common.secure_aggregation.secaggplus_constants import RECORD_KEY_STATE, Key, Stage

    nids = [11, 22, 33]
    signed = make_sites(tmp_path / "signed", nids, [on_grid([5, 6])] * 3)
    signed[0].global_round = 2
    entries = {}
    for site in signed:
        rec = site.configs(site.send(SETUP))
        entries[str(site.nid)] = [rec[Key.PUBLIC_KEY_1], rec[Key.PUBLIC_KEY_2],
                                  rec["medfed_pk_signature"], rec["medfed_site_key"]]  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="medfed.site"), pytest.raises(SecAggRefused):
        signed[1].send({Key.STAGE: Stage.SHARE_KEYS, **entries})
    assert "neighbour 11's signature over its public keys does not verify (for this session's " \
           "round)" in caplog.text  # fmt: skip
    caplog.clear()

    sites = make_sites(tmp_path / "bare", nids, [on_grid([5, 6])] * 3, peers=lambda _i: [])
    a, b, c = sites
    a.global_round = 2  # the coordinator's story for a
    entries = {}
    for site in sites:
        rec = site.configs(site.send(SETUP))
        entries[str(site.nid)] = [rec[Key.PUBLIC_KEY_1], rec[Key.PUBLIC_KEY_2]]
    forward: dict[int, list[tuple[int, bytes]]] = {n: [] for n in nids}
    for site in sites:
        rec = site.configs(site.send({Key.STAGE: Stage.SHARE_KEYS, **entries}))
        for dst, ct in zip(rec[Key.DESTINATION_LIST], rec[Key.CIPHERTEXT_LIST], strict=True):
            forward[int(dst)].append((site.nid, ct))  # type: ignore[call-overload]

    def collect(site: Any) -> Any:
        return site.send({Key.STAGE: Stage.COLLECT_MASKED_VECTORS,
                          Key.SOURCE_LIST: [s for s, _ in forward[site.nid]],
                          Key.CIPHERTEXT_LIST: [ct for _, ct in forward[site.nid]]})  # fmt: skip

    with caplog.at_level(logging.WARNING, logger="medfed.site"):
        collect(b)  # a's share, sealed for round 2, at b (round 1): refused, alone
    assert re.search(r"the share node 11 sent is refused \(from node 11: a share made for "
                     r"round 'run\\x002", caplog.text), caplog.text  # fmt: skip
    held = b.ctxt.state.config_records[RECORD_KEY_STATE]
    assert 11 not in list(held["rd_seed_share_dict:K"])  # type: ignore[arg-type]
    assert 11 not in list(held["sk1_share_dict:K"])  # type: ignore[arg-type]
    assert 33 in list(held["rd_seed_share_dict:K"])  # type: ignore[arg-type]
    c.global_round = 2  # c set up for round 1, now instructed to train round 2
    with pytest.raises(SecAggRefused):
        collect(c)


def test_a_round_retried_in_a_new_session_is_signed_again(tmp_path: Path) -> None:
    """A coordinator that crashed mid-round retries it after resuming: its new session has a
    new nonce in the round key, so the sites sign that session's story (the round is not stuck
    behind the story they signed before the crash); the same key twice is refused."""
    from flwr.common.secure_aggregation.secaggplus_constants import Key, Stage

    from protocols.secagg_identity import ROUND_KEY, session_round

    nids = [11, 22, 33]
    sites = make_sites(tmp_path, nids, [on_grid([5, 6])] * 3)

    def session(nonce: bytes) -> dict[int, list[Any]]:
        entries: dict[int, list[Any]] = {}
        for site in sites:
            rec = site.configs(site.send(SETUP | {ROUND_KEY: session_round("run", 1, nonce)}))
            entries[site.nid] = [rec[Key.PUBLIC_KEY_1], rec[Key.PUBLIC_KEY_2],
                                 rec["medfed_pk_signature"], rec["medfed_site_key"]]  # fmt: skip
        forward: dict[int, list[tuple[int, bytes]]] = {n: [] for n in nids}
        for site in sites:
            rec = site.configs(site.send({Key.STAGE: Stage.SHARE_KEYS,
                                          **{str(n): e for n, e in entries.items()}}))  # fmt: skip
            for dst, ct in zip(rec[Key.DESTINATION_LIST], rec[Key.CIPHERTEXT_LIST], strict=True):
                forward[int(dst)].append((site.nid, ct))  # type: ignore[call-overload]
        for site in sites:
            site.send({Key.STAGE: Stage.COLLECT_MASKED_VECTORS,
                       Key.SOURCE_LIST: [s for s, _ in forward[site.nid]],
                       Key.CIPHERTEXT_LIST: [ct for _, ct in forward[site.nid]]})  # fmt: skip
        return entries

    first = session(b"before the crash")
    _sign(sites[0], ([11, 22, 33], []), first)
    retried = session(b"after the resume")
    assert _sign(sites[0], ([11, 33], [22]), retried)  # another story, in another session
    replayed = session(b"after the resume")  # the same key once more: no second story
    with pytest.raises(SecAggRefused):
        _sign(sites[0], ([11, 22, 33], []), replayed)


def test_a_neighbourhood_below_the_rule_for_the_cohort_is_refused(tmp_path: Path) -> None:
    """One colluder was enough: the coordinator gave victim X the neighbourhood {X, C, Y}
    (3 shares, threshold 2, within the policy's floor), X masked with C and Y only, and the one
    story "Y dropped" (signed by a majority) had X reveal its own seed share and Y's mask-key
    share, C the same: X's seed and every pairwise mask rebuilt with C alone. Each site now
    holds its set-up to the coordinator's own rule for the cohort it signs over (7 sites: 7
    shares, threshold 5): X refuses to sign, and so does every site set up that small."""
    from flwr.common.secure_aggregation.secaggplus_constants import Key, Stage

    from protocols.secagg_secrets import shares_and_threshold

    x, c, y, a1, a2, a3, a4 = 11, 12, 13, 21, 22, 23, 24
    nids = [x, c, y, a1, a2, a3, a4]
    near = {
        x: [x, c, y],
        c: [c, x, y],
        y: [y, x, c],
        **{a: [a1, a2, a3, a4] for a in (a1, a2, a3, a4)},
    }
    shape = {n: (3, 2) for n in (x, c, y)} | {a: (4, 3) for a in (a1, a2, a3, a4)}
    sources = {
        x: [c, y],
        c: [x, y],
        y: [x, c],
        **{a: [b for b in near[a] if b != a] for a in near if a > 20},
    }
    sites = {s.nid: s for s in make_sites(tmp_path, nids, [on_grid([5, 6])] * len(nids))}
    # each site is set up with its own (k, t) and hears of its own neighbourhood only
    entries, forward = keyed_neighbourhoods(sites, shape, near, sampled=7)
    for n, s in sites.items():
        cts = [forward[n][m] for m in sources[n]]
        s.send({Key.STAGE: Stage.COLLECT_MASKED_VECTORS, Key.SOURCE_LIST: sources[n],
                Key.CIPHERTEXT_LIST: cts})  # fmt: skip
    story = ([x, c, a1, a2, a3, a4], [y])
    assert shares_and_threshold(7) == (7, 5)
    for n in (x, a1):
        with pytest.raises(SecAggRefused):
            _sign(sites[n], story, entries)
