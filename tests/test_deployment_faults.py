"""Faults on the Deployment Engine, with real processes on 127.0.0.1 (TLS SuperLink with SuperNode
authentication, three hospital SuperNodes, the consortium ledger in PostgreSQL):

- the coordinator (SuperLink and ServerApp) is killed with SIGKILL in round 2, once a site has
  spent on it; the SuperLink restarts on the same `--database` and the resubmitted run (`flwr
  run` with the same run config) continues at round 2: no round repeated or skipped, one ledger
  chain that verifies (coordinator signatures, the sites' receipts), and no site's spend
  under-counted: the killed try's spends reach the ledger with the sites' next results;
- one SuperNode is killed with SIGKILL in the middle of a SecAgg+ round (after key sharing,
  when the masked update is asked for): the round completes with the two other sites, the
  dropout is in the checkpoint's summary, the run store and the ledger, and the SuperNode,
  restarted, trains the next round; then, with one site stopped, a stage that needs three
  sites halts before its first round, naming why.

"Mid-round" is read from the SuperNode's own log (one line per message it receives), not
guessed with sleeps.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
from collections.abc import Iterator

import numpy as np
import pytest
from deployment_fixture import (
    CONN,
    CURRICULUM,
    ROOT,
    Federation,
    federation_up,
    sign_curriculum,
    wait_until,
)

from auditor.verify import verify_ledger
from coordinator.checkpoints import list_checkpoints, read_server_state, read_state
from coordinator.run_store import RunStore, sqlite_url
from coordinator.status import gather
from deploy.flwr_cli import online_nodes, start_run, wait_for_nodes, wait_for_run
from deploy.localnet import pids_matching
from ledger.receipts import read_receipts
from ledger.store import ConsortiumLedger
from protocols.accounting import epsilon_of
from protocols.keys import load_public_key
from protocols.ledger_entry import CoordinatorRoundEntry, ResumeEntry, SiteRoundEntry
from protocols.update_codec import state_digest
from site_agent.privacy import default_url, open_site_ledger
from site_agent.privacy.ledger import COUNTED

pytestmark = pytest.mark.slow


def _two_rounds(name: str, min_sites: int, evaluate_every: int) -> str:
    cur = CURRICULUM.replace('name = "deploy-check"', f'name = "{name}"')
    cur = cur.replace("rounds = 1", "rounds = 2").replace("local_steps = 2", "local_steps = 1")
    cur = cur.replace("min_sites = 3", f"min_sites = {min_sites}")
    return cur.replace("evaluate_every = 1", f"evaluate_every = {evaluate_every}")


# With server momentum: the resumed ServerApp must go on from round 1's velocity, which only
# the checkpoint holds.
RESUME = _two_rounds("deploy-resume", min_sites=3, evaluate_every=0).replace(
    "server_learning_rate = 1.5", "server_learning_rate = 1.5\nserver_momentum = 0.5"
)
DROPOUT = _two_rounds("deploy-dropout", min_sites=2, evaluate_every=0)


@pytest.fixture(scope="module")
def federation(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Federation]:
    # The hospitals accept a mean of two sites' updates (`min_survivors = 2`), so that a round
    # of three goes on without a site that dies mid-round: each survivor can then read the
    # other's (DP-noised) update from the mean. The default, 3, would halt that round instead.
    with federation_up(tmp_path_factory.mktemp("faults").resolve(), "medfed_faults",
                       min_survivors=2) as fed:  # fmt: skip
        yield fed


def _rounds(fed: Federation, run: str) -> list[CoordinatorRoundEntry]:
    with ConsortiumLedger(fed.database, migrate=False) as ledger:
        return [r.entry for r in ledger.entries(run) if isinstance(r.entry, CoordinatorRoundEntry)]


def _verify(fed: Federation, run: str) -> None:
    """The run's ledger chain verifies: hash chain, site and coordinator signatures, eps
    recomputed, participants, and every receipt a site holds names an entry still there."""
    held = [h for name, a in fed.agents.items() for h in read_receipts(default_url(a), name)]
    with ConsortiumLedger(fed.database, migrate=False) as ledger:
        result = verify_ledger(
            ledger, run, coordinator_key=load_public_key(fed.layout.public_signing),
            receipts=[h for h in held if h.receipt.run_id == run],
        )  # fmt: skip
    assert result.ok, [str(p) for p in result.problems]
    assert {h.holder for h in held if h.receipt.run_id == run} == set(fed.agents)


def _spends_are_all_logged(fed: Federation) -> None:
    """No site's spend is under-counted anywhere: each site's privacy ledger (what it counts
    against its cap) and the consortium ledger's entries of that site give the same eps."""
    with ConsortiumLedger(fed.database, migrate=False) as ledger:
        logged = [r.entry for r in ledger.entries() if isinstance(r.entry, SiteRoundEntry)]
    for name, agent in fed.agents.items():
        mine = [e for e in logged if e.site == name and e.status == "trained"]
        with open_site_ledger(agent) as site_ledger:
            counted = [e for e in site_ledger.entries() if e.status in COUNTED]
        assert len(counted) == len(mine), (name, [(e.run_id, e.global_round) for e in counted])
        site_eps = epsilon_of([e.mechanism for e in counted], mine[-1].delta, mine[-1].accountant)
        assert site_eps == pytest.approx(mine[-1].epsilon_after, rel=1e-9), name


def _round_spends(fed: Federation, run: str, rnd: int) -> dict[str, list[str]]:
    """Each site's spends of round `rnd` of `run` in its own privacy ledger, by status."""
    out: dict[str, list[str]] = {}
    for name, agent in fed.agents.items():
        with open_site_ledger(agent, reader=True) as site_ledger:
            out[name] = [
                e.status
                for e in site_ledger.entries()
                if e.run_id == run and e.global_round == rnd and e.status in COUNTED
            ]
    return out


def test_coordinator_killed_mid_round_resumes_on_a_restarted_superlink(
    federation: Federation,
) -> None:
    fed = federation
    wait_for_nodes(CONN, 3, timeout=60, env=fed.env)
    curriculum = sign_curriculum(fed.tmp, fed.layout, RESUME)
    out = fed.tmp / "out"
    config = fed.run_config(out, curriculum)
    first = start_run(ROOT, CONN, config, env=fed.env)
    ckpts = out / "deploy-resume" / "checkpoints"
    serverapp = f"--runtime-api-address 127.0.0.1:{fed.port}"  # the SuperLink's SuperExec
    # Killed once a site has spent on round 2 (committed in its own ledger, the SecAgg+
    # round still waiting for the others' masked updates and the unmasking): that site's reply,
    # and those of any site still training, never reach the ledger.
    fed.wait_in_run(
        first, "a site's round-2 spend",
        lambda: "committed" in sum(_round_spends(fed, "deploy-resume", 2).values(), []),
        timeout=900,
    )  # fmt: skip
    # kill -9 the SuperLink, its SuperExec and the ServerApp (their own session) at once
    fed.kill("superlink")
    for pid in pids_matching(serverapp):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    assert [c.global_round for c in list_checkpoints(ckpts)] == [1]
    assert not (out / "deploy-resume" / "export").exists()
    # a site still training when the coordinator died commits its spend all the same
    wait_until(
        "no round-2 spend still reserved",
        lambda: "reserved" not in sum(_round_spends(fed, "deploy-resume", 2).values(), []),
        timeout=300, poll=1,
    )  # fmt: skip

    fed.start_superlink()  # the same --database: the registered nodes, the old run
    wait_for_nodes(CONN, 3, timeout=120, env=fed.env)
    second = start_run(ROOT, CONN, config, env=fed.env)  # resubmitted: the same run config
    status = wait_for_run(CONN, second, timeout=1200, env=fed.env)
    assert status.completed, f"{status}\n{fed.flwr_log(second)}"
    assert second != first

    one, two = list_checkpoints(ckpts)
    assert [one.global_round, two.global_round] == [1, 2]
    # round 2 moved the model by the server step times the velocity it kept, in float32
    v1, v2 = read_server_state(one), read_server_state(two)
    assert v1 and set(v1) == set(v2) and set(v1) <= set(read_state(one))
    s1, s2 = read_state(one), read_state(two)
    for name in v2:
        assert np.array_equal(s2[name], (s1[name] + np.float32(1.5) * v2[name]).astype(np.float32))
    # round 1's velocity is its mean update; round 2's is not (0.5 x round 1's was carried over
    # by the resumed ServerApp)
    assert state_digest(v1) == one.manifest["record"]["aggregate_digest"]
    assert state_digest(v2) != two.manifest["record"]["aggregate_digest"]
    store = RunStore(sqlite_url(out / "deploy-resume"))
    assert [r.global_round for r in store.rounds("deploy-resume")] == [1, 2]
    assert [e.global_round for e in store.events("deploy-resume", "resume")] == [1]
    with ConsortiumLedger(fed.database, migrate=False) as ledger:
        entries = [r.entry for r in ledger.entries("deploy-resume")]
    rounds = [e for e in entries if isinstance(e, CoordinatorRoundEntry)]
    assert [r.global_round for r in rounds] == [1, 2]  # none repeated, none skipped
    assert all(r.participants == tuple(sorted(fed.agents)) for r in rounds), rounds
    (resumed,) = [e for e in entries if isinstance(e, ResumeEntry)]
    assert resumed.from_round == 1
    # the resume entry sits between the two rounds: one chain across both ServerApps
    assert entries.index(rounds[0]) < entries.index(resumed) < entries.index(rounds[1])
    sites = [(e.site, e.global_round) for e in entries if isinstance(e, SiteRoundEntry)]
    # round 2 twice for each site that spent on the killed try (its ClientApp may have
    # trained on after the kill: the site's own ledger says): that spend's signed entry, sent
    # again with the resumed try's result, recorded before it
    spent = {s: len(v) for s, v in _round_spends(fed, "deploy-resume", 2).items()}
    assert max(spent.values()) == 2 and min(spent.values()) >= 1, spent
    expected = [(s, 1) for s in fed.agents] + [(s, 2) for s in fed.agents for _ in
                                                range(spent[s])]  # fmt: skip
    assert sorted(sites) == sorted(expected), spent
    _verify(fed, "deploy-resume")
    _spends_are_all_logged(fed)
    assert (out / "deploy-resume" / "export" / "adapter" / "adapter_config.json").is_file()


def _received(log: str) -> int:
    return len(re.findall(r"Receiving: train message", log))


def test_a_supernode_killed_mid_secagg_round_drops_out_and_rejoins(
    federation: Federation,
) -> None:
    fed = federation
    wait_for_nodes(CONN, 3, timeout=120, env=fed.env)
    curriculum = sign_curriculum(fed.tmp, fed.layout, DROPOUT)
    victim = list(fed.agents)[-1]
    victim_id = fed.node_id(victim)
    seen = len(fed.log(victim))
    out = fed.tmp / "out"
    # The killed site's replies never come: the round goes on without it when the SuperLink
    # reports the node gone (heartbeats, within about 60 s) or when this SecAgg+ timeout ends
    # the exchange, whichever is first; 300 s leaves the two live sites' one training step
    # room on a machine that runs other tests beside this one.
    config = {**fed.run_config(out, curriculum), "secagg-timeout": 300.0}
    run_id = start_run(ROOT, CONN, config, env=fed.env)
    # SecAgg+ sends each site four train messages a round: setup, share keys, collect masked
    # vectors (the training), unmask. At the third the site has shared its key shares with
    # the others and not yet trained: kill it there.
    fed.wait_in_run(
        run_id, f"{victim}'s third SecAgg+ message",
        lambda: _received(fed.log(victim)[seen:]) >= 3, timeout=900,
    )  # fmt: skip
    fed.kill(victim)
    with open_site_ledger(fed.agents[victim]) as site_ledger:  # killed before it spent
        assert [e for e in site_ledger.entries() if e.run_id == "deploy-dropout"] == []
    # Flower sees a node gone once its heartbeats stop (at most 2 x 30 s); only then does the
    # SuperLink let the same node connect again.
    wait_until(
        f"{victim} offline",
        lambda: victim_id not in online_nodes(CONN, fed.env),
        timeout=120,
        poll=2,
    )
    fed.start_site(victim)
    status = wait_for_run(CONN, run_id, timeout=1800, env=fed.env)
    assert status.completed, f"{status}\n{fed.flwr_log(run_id)}"

    run_dir = out / "deploy-dropout"
    ckpts = list_checkpoints(run_dir / "checkpoints")
    assert [c.global_round for c in ckpts] == [1, 2]
    first, second = (c.manifest["summary"] for c in ckpts)
    assert first["sampled"] == 3 and first["participants"] == 2, first
    assert first["dropped_nodes"] == [victim_id], first
    assert second["participants"] == 3 and second["dropped_nodes"] == [], second  # rejoined
    rows = RunStore(sqlite_url(run_dir)).rounds("deploy-dropout")
    assert [r.dropped_nodes for r in rows] == [[victim_id], []]
    survivors = tuple(sorted(set(fed.agents) - {victim}))
    r1, r2 = _rounds(fed, "deploy-dropout")
    assert r1.participants == survivors and r1.dropouts == (f"node-{victim_id}",), r1
    assert r2.participants == tuple(sorted(fed.agents)) and r2.dropouts == (), r2
    view = gather(run_dir, fed.database)  # `coordinator status`: node named, site back
    assert view.dropped_nodes == {f"node-{victim_id}": 1}, view.as_dict()
    assert (view.sites[victim].last_round, view.sites[victim].last_outcome) == (2, "trained")
    _verify(fed, "deploy-dropout")
    _spends_are_all_logged(fed)


def test_a_stage_needing_more_sites_than_are_online_halts_before_its_first_round(
    federation: Federation,
) -> None:
    fed = federation
    wait_for_nodes(CONN, 3, timeout=120, env=fed.env)
    needs_four = CURRICULUM.replace('name = "deploy-check"', 'name = "deploy-halt"')
    curriculum = sign_curriculum(
        fed.tmp, fed.layout, needs_four.replace("min_sites = 3", "min_sites = 4")
    )
    out = fed.tmp / "out"
    run_id = start_run(ROOT, CONN, fed.run_config(out, curriculum), env=fed.env)
    status = wait_for_run(CONN, run_id, timeout=600, env=fed.env)
    assert status.status == "finished:failed", status
    view = gather(out / "deploy-halt", fed.database)  # `medfed coordinator status`
    expected = (
        "stage 'instruction' halted before round 1: 3 sites connected, the stage needs "
        "min_sites = 4"
    )
    assert view.status == "halted" and view.halt == expected, view.as_dict()
    assert list_checkpoints(out / "deploy-halt" / "checkpoints") == []
