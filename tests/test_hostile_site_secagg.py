"""One hostile site against an honest coordinator's SecAgg+ round: what it sends is checked.

Each test drives the real coordinator workflow (coordinator.secure_agg, through the in-process
grid) with honest sites and one site whose replies are rewritten by a mod outside its SecAgg+
mod (what a site running its own code can send). Each was an attack that worked: the site set
the mean to any value, outweighed everyone, stayed in the sum while recorded as refusing,
knocked an honest neighbour out with an extra ciphertext or junk keys, or ended the
ServerApp's run with a malformed reply. Now the coordinator refuses what no honest site sends,
names the site where it can, and the round goes on with the others or stops unused."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from flwr.app import Array, ArrayRecord, Context, Message, MetricRecord
from flwr.clientapp.typing import ClientAppCallable, Mod
from flwr.common.secure_aggregation.secaggplus_constants import RECORD_KEY_CONFIGS, Key
from test_secagg import _node_ids, mean_of, run
from test_secagg_identity import make_sites, on_grid

from coordinator import secure_agg
from protocols.secagg_masking import MASKED_RECORD, npy_bytes, npy_view
from site_agent.secagg_guard import secagg_policy_mod

R = secure_agg.SecAggSettings().quantization_range  # 2**22
ATTACKER = 0


def _stage_of(msg: Message) -> str | None:
    configs = msg.content.config_records.get(RECORD_KEY_CONFIGS)
    return configs.get(Key.STAGE) if configs else None  # type: ignore[return-value]


def hostile(stage: str, edit: Callable[[Message], None]) -> Mod:
    """Site ATTACKER's reply at `stage` is passed through `edit` (in place)."""

    def mod(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
        this = _stage_of(msg)  # the SecAgg+ mod pops the stage: read it first
        reply = call_next(msg, ctxt)
        if ctxt.node_config["partition-id"] == ATTACKER and this == stage:
            edit(reply)
        return reply

    return mod


def add_to_masked(weight: int, value: int) -> Callable[[Message], None]:
    """Add `weight` to the masked weight slot and `value` to every masked value (mod 2**32):
    masks are additive, so this adds exactly that to the unmasked sum."""

    def edit(reply: Message) -> None:
        record = reply.content.array_records[MASKED_RECORD]
        out = {}
        for i, (key, arr) in enumerate(record.items()):
            a = npy_view(arr.data).copy()
            a += np.uint32((weight if i == 0 else value) % 2**32)  # wraps mod 2**32
            out[key] = Array(dtype="uint32", shape=tuple(a.shape), stype="numpy.ndarray",
                             data=npy_bytes(a))  # fmt: skip
        reply.content.array_records[MASKED_RECORD] = ArrayRecord(out)

    return edit


def _untouched(strategy: object) -> bool:
    return all(not np.any(v) for v in strategy.global_state.values())  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("weight", "value", "why"),
    [
        # the mean would be ~3.0 in every value, six times the clipping range (0.5)
        (100 * R, 300 * R, "a site masked a weight other than its example count's"),
        # the attacker's own update, outweighing the honest ones a hundred times
        (99 * R, int(0.25 * 99 * R), "a site masked a weight other than its example count's"),
        # its weight as reported, its values far outside the quantization range
        (0, 50 * R, "a site masked values outside the quantization range"),
    ],
)
def test_a_sum_no_honest_sites_can_make_is_refused(
    weight: int, value: int, why: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The unmasked sum's weight must be what the sites' reported counts give and every value
    within what k quantized updates reach: a site that masked more stops the round unused."""
    with caplog.at_level(logging.ERROR, logger="medfed.coordinator"):
        strategy, summaries = run(
            3, (), "inprocess", [hostile("collect_masked_vectors", add_to_masked(weight, value))]
        )
    assert summaries == [] and _untouched(strategy)
    assert "the unmasked sum is refused" in caplog.text and why in caplog.text


def test_a_site_recorded_as_contributing_nothing_is_not_in_the_aggregate() -> None:
    """A site that tells the coordinator num_examples = 0 (recorded as a refusal, spending
    nothing) while masking its full update: its vector stays out of the sum, and it is unmasked
    out as a dropout; the mean is the two other sites'."""

    def zero_examples(reply: Message) -> None:
        reply.content.metric_records["fitres.num_examples"] = MetricRecord({"num_examples": 0})

    strategy, (summary,) = run(
        3, (), "inprocess", [hostile("collect_masked_vectors", zero_examples)]
    )
    assert summary.participants == 2 and summary.refusals == 1
    assert mean_of(strategy, [1, 2])


def test_an_extra_ciphertext_is_refused_and_the_victim_stays_in() -> None:
    """A site lists one junk ciphertext more, for a victim: Flower would forward it, and the
    victim, seeing a source twice, would fail. Now the sender's reply is refused (its keys
    were shared with no one yet, so it simply drops out) and the victim trains."""
    nids, learn = _node_ids()
    victim = 2

    def extra_for_victim(reply: Message) -> None:
        rec = reply.content.config_records[RECORD_KEY_CONFIGS]
        rec[Key.DESTINATION_LIST] = [*rec[Key.DESTINATION_LIST], nids[victim]]  # type: ignore[misc]
        rec[Key.CIPHERTEXT_LIST] = [*rec[Key.CIPHERTEXT_LIST], b"junk"]  # type: ignore[misc]

    strategy, (summary,) = run(4, (), "inprocess", [learn, hostile("share_keys", extra_for_victim)])
    assert summary.participants == 3 and summary.failures == 1
    survivors = [1, 2, 3]  # the victim's update in, the attacker's out
    assert mean_of(strategy, survivors)


def test_junk_public_keys_are_refused_at_set_up_and_the_round_goes_on() -> None:
    """A set-up reply whose pk2 is no key would be relayed to every neighbour, each of which
    would fail at share keys (with 4 sites the round was lost): now the sender alone is out."""

    def junk_key(reply: Message) -> None:
        reply.content.config_records[RECORD_KEY_CONFIGS][Key.PUBLIC_KEY_2] = b"not a key"

    strategy, (summary,) = run(4, (), "inprocess", [hostile("setup", junk_key)])
    assert summary.participants == 3 and summary.failures == 1
    assert mean_of(strategy, [1, 2, 3])


def _no_record(reply: Message) -> None:
    del reply.content.config_records[RECORD_KEY_CONFIGS]


def _uneven(key: str) -> Callable[[Message], None]:
    def edit(reply: Message) -> None:
        rec = reply.content.config_records[RECORD_KEY_CONFIGS]
        rec[key] = [*rec[key], 12345]  # type: ignore[misc]

    return edit


@pytest.mark.parametrize(
    ("stage", "edit", "participants"),
    [
        ("setup", _no_record, 3),
        ("share_keys", _no_record, 3),
        ("share_keys", _uneven(Key.DESTINATION_LIST), 3),
        # at unmask its masked vector is already in the sum: the other shares rebuild it
        ("unmask", _no_record, 4),
        ("unmask", _uneven(Key.NODE_ID_LIST), 4),
    ],
)
def test_a_malformed_reply_is_a_failure_of_its_site_not_of_the_run(
    stage: str, edit: Callable[[Message], None], participants: int
) -> None:
    """Flower's stages index a reply's record and zip its lists without a check: a reply
    without the record, or with lists of different lengths, ended the ServerApp's run. Now it
    is the sending site's failure, named, and the round completes."""
    strategy, (summary,) = run(4, (), "inprocess", [hostile(stage, edit)])
    assert summary.participants == participants and summary.failures == 1
    pids = list(range(4)) if participants == 4 else [1, 2, 3]
    assert mean_of(strategy, pids)


@pytest.mark.parametrize("min_survivors", [3, 2])
def test_a_mean_of_two_is_unmasked_only_where_the_sites_accept_it(
    tmp_path: Path, min_survivors: int, caplog: pytest.LogCaptureFixture
) -> None:
    """Three guarded hospitals, one dies after sharing its keys (or a hostile one has it fail,
    or refuses): the mean of the two others would give each of them the other's update. With
    the default policy (`min_survivors = 3`) the two refuse to reveal a share and the round
    gives no aggregate; a consortium whose policies accept two gets that mean."""
    data = tmp_path / "hospitals"
    make_sites(data, [1, 2, 3], [on_grid([0])] * 3, min_survivors=min_survivors)
    with caplog.at_level(logging.WARNING, logger="medfed.site"):
        strategy, summaries = run(3, (2,), "inprocess", [secagg_policy_mod(data)])
    if min_survivors == 3:
        assert summaries == [] and _untouched(strategy)
        assert "a mean of 2 sites' updates, secure_aggregation.min_survivors is 3" in caplog.text
        return
    (summary,) = summaries
    assert summary.participants == 2
    assert mean_of(strategy, [0, 1])


def test_a_result_the_strategy_refuses_leaves_its_update_out_of_the_mean() -> None:
    """A site whose fit report the strategy refuses (here a NaN loss) is a failure of the round;
    under SecAgg+ that is decided before its masked vector enters the sum, or its update would
    be in the mean with its site recorded as failed."""

    def nan_loss(reply: Message) -> None:
        metrics = reply.content.metric_records["fitres.metrics"]
        metrics["loss_after"] = float("nan")

    strategy, (summary,) = run(3, (), "inprocess", [hostile("collect_masked_vectors", nan_loss)])
    assert summary.participants == 2 and summary.failures == 1
    assert mean_of(strategy, [1, 2])


@pytest.mark.parametrize(
    ("shares", "threshold", "wrong"),
    [(3, 2, [1]), (7, 5, [1, 7]), (15, 10, [1, 2, 3, 4]), (15, 10, [4, 9, 15])],
)
def test_rebuild_secret_finds_the_wrong_shares_whoever_sent_them(
    shares: int, threshold: int, wrong: list[int]
) -> None:
    """Against the dealer's own secret: up to shares - threshold wrong shares (here from the
    lowest node ids, which an enumeration in id order would try first) are found and named;
    one more and no secret is rebuilt."""
    import secrets

    from protocols.secagg_secrets import PRIME, ShareError, split_secret

    def corrupt(share: bytes) -> bytes:  # off the polynomial by a random amount
        y = (int.from_bytes(share[4:], "big") + 1 + secrets.randbelow(PRIME - 1)) % PRIME
        return share[:4] + y.to_bytes(len(share) - 4, "big")

    secret = bytes(range(32))
    dealt = dict(zip(range(1, shares + 1), split_secret(secret, threshold, shares), strict=True))
    bad = {n: (corrupt(s) if n in wrong else s) for n, s in dealt.items()}
    assert secure_agg.rebuild_secret(bad, threshold, 32) == (secret, wrong)
    assert secure_agg.rebuild_secret(dealt, threshold, 32) == (secret, [])
    too_many = [n for n in range(1, shares + 1) if n not in wrong][
        : shares - threshold + 1 - len(wrong)
    ]
    worse = {n: (corrupt(s) if n in wrong + too_many else s) for n, s in dealt.items()}
    with pytest.raises(ShareError):
        secure_agg.rebuild_secret(worse, threshold, 32)


@pytest.mark.parametrize("guarded", [False, True])
def test_sites_that_refuse_still_hold_shares_so_the_round_goes_on(
    tmp_path: Path, guarded: bool
) -> None:
    """Five sites (5 shares, threshold 4), two refuse the round (weight 0): their vectors stay
    out of the sum, yet they hold their neighbours' shares and answer at unmask (listed as
    dropped), so the three that trained are unmasked. Counting the survivors alone lost the
    round (3 < 4). Guarded, with peer keys: the refusals sign the lists naming them dropped."""

    def refuse(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
        this = _stage_of(msg)
        reply = call_next(msg, ctxt)
        if ctxt.node_config["partition-id"] in (3, 4) and this == "collect_masked_vectors":
            reply.content.metric_records["fitres.num_examples"] = MetricRecord({"num_examples": 0})
        return reply

    mods: list[Mod] = [refuse]
    if guarded:
        data = tmp_path / "hospitals"
        make_sites(data, [1, 2, 3, 4, 5], [on_grid([0])] * 5)
        mods = [secagg_policy_mod(data), refuse]
    strategy, (summary,) = run(5, (), "inprocess", mods)
    assert (summary.participants, summary.refusals, summary.failures) == (3, 2, 0)
    assert mean_of(strategy, [0, 1, 2])


def test_a_round_stopped_at_unmask_reports_its_refusals_and_what_the_sites_trained(
    tmp_path: Path,
) -> None:
    """Three guarded hospitals (min_survivors 3); hospital-c refuses the round for budget, so
    the two that trained refuse to unmask a mean of two and the round stops. What the round
    collected still reaches the strategy: hospital-c's refusal by its code beside the
    refusals to unmask by theirs. Before, the round was recorded without hospital-c's code
    (its signed refusal, and the entries of the two that trained, were lost with it)."""
    from coordinator.strategy import RoundRecord

    def refuse(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
        this = _stage_of(msg)
        reply = call_next(msg, ctxt)
        if ctxt.node_config["partition-id"] == 2 and this == "collect_masked_vectors":
            reply.content.metric_records["fitres.num_examples"] = MetricRecord({"num_examples": 0})
            reply.content.config_records["fitres.metrics"]["refused"] = "budget"
        return reply

    data = tmp_path / "hospitals"
    make_sites(data, [1, 2, 3], [on_grid([0])] * 3)
    records: list[RoundRecord] = []
    strategy, summaries = run(3, (), "inprocess", [secagg_policy_mod(data), refuse])
    assert summaries == [] and _untouched(strategy)
    hook = strategy.on_round
    assert hook is not None
    strategy.on_round = lambda summary, state, record: (hook(summary, state, record),
                                                         records.append(record))  # fmt: skip
    strategy.finish()  # what the ServerApp does when the stage stops
    (summary,) = summaries
    assert summary.halted and summary.participants == 0
    # hospital-c's refusal by its code, and the two that trained refusing to unmask a mean of
    # two; hospital-c, holding shares, refused to unmask too, but a site is one refusal (it was
    # counted twice, "budget, policy x3" for three sites)
    assert sorted(records[0].refusal_codes) == ["budget", "policy", "policy"]
