"""Evaluation releases against a hostile site's replies and in a site's own checks: what must
be a failure of one reply and not a crash of the coordinator, what one release can hold, what
`site check` prices, and a site that holds no held-out split."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from flwr.common import Code, EvaluateRes, Status
from test_audit_evaluation_spends import COUNTS, SITES
from test_hostile_site_records import _Consortium, _evaluate, _evaluating, _released, _reply


def test_a_deeply_nested_ledger_entry_in_an_evaluation_reply_is_a_failure_not_a_crash(
    tmp_path: Path,
) -> None:
    """A hostile site's evaluation reply whose ledger_entry is JSON nested 100,000 deep (json
    raises RecursionError, no ValueError) is that reply's failure: the ServerApp goes on, and
    hospital-b's honest reply and its spend are recorded."""
    consortium = _Consortium(tmp_path, SITES)
    strategy, log = _evaluating(consortium)
    evil = EvaluateRes(Status(Code.OK, ""), 0.0, 10, {
        "site": "hospital-a", **COUNTS, "ledger_entry": "[" * 100_000,
        "ledger_signature": "00" * 64,
    })  # fmt: skip
    honest = _reply(3, "hospital-b", 50, 25, consortium)
    summary, _ = _evaluate(strategy, [(SimpleNamespace(node_id=2), evil), honest])
    assert list(summary.per_site) == ["hospital-b"] and summary.failures == 1
    assert log.evaluation(summary) == ["hospital-b"]
    log.close()


def test_a_sites_own_signed_counts_are_bounded_by_what_one_release_can_hold(
    tmp_path: Path,
) -> None:
    """A site releases at most 256 questions plus noise of std about 8 a count: a hostile
    site's own signed release of 2**62 questions, all right, is refused, not made the
    consortium's figure."""
    consortium = _Consortium(tmp_path, SITES)
    strategy, log = _evaluating(consortium)
    huge = {"closed_n": 2**62, "closed_correct": 2**62, "open_n": 0, "open_exact": 0}
    evil = _reply(2, "hospital-a", 2**62, 2**62, consortium, _released("hospital-a", 1, huge))
    honest = _reply(3, "hospital-b", 50, 25, consortium)
    summary, accuracy = _evaluate(strategy, [evil, honest])
    assert summary.per_site.get("hospital-a") is None, summary.per_site
    assert summary.failures == 1 and list(summary.per_site) == ["hospital-b"]
    assert accuracy == pytest.approx(0.5)
    log.close()


def test_a_deeply_nested_ledger_entry_in_a_fit_reply_is_a_failure_not_a_crash(
    tmp_path: Path,
) -> None:
    """The same body in a fit reply's ledger entry is refused like any malformed entry."""
    from test_hostile_site_records import _fit, _strategy

    consortium = _Consortium(tmp_path, SITES)
    log = consortium.open()
    rounds: list = []
    strategy = _strategy(rounds)
    strategy.check_entry = log.check_entry
    evil = _fit(2, 1.0, 10, ledger_entry="[" * 100_000, ledger_signature="00" * 64)
    strategy.aggregate_fit(1, [evil, _fit(3, 2.0, 10)], [])
    assert len(rounds) == 1
    log.close()


def _lifetime_with_releases(policy, stages, n: int) -> float:  # type: ignore[no-untyped-def]
    """The site's eps after the curriculum as it runs: each round's training, then a release
    of evaluation counts at the stage's cadence (StageStrategy.configure_evaluate)."""
    from protocols.accounting import Mechanism, epsilon_of, evaluation_mechanism, poisson_rate
    from protocols.curriculum import stage_noise_multiplier

    p, e = policy.privacy, policy.egress
    release = evaluation_mechanism(
        e.evaluation_noise_multiplier, e.evaluation_questions_per_study, p.delta, p.accountant
    )
    history = []
    for st in stages:
        per_round = Mechanism(
            noise_multiplier=stage_noise_multiplier(st, n),
            sample_rate=poisson_rate(n, st.batch_size),
            steps=st.steps_per_round(n),
            clipping_norm=st.dp.clipping_norm,
            delta=p.delta,
            accountant=p.accountant,
        )
        for r in range(1, st.rounds + 1):
            history.append(per_round)
            if st.evaluate_every > 0 and (r % st.evaluate_every == 0 or r == st.rounds):
                history.append(release)
    return epsilon_of(history, p.delta, p.accountant)


def test_site_check_prices_the_evaluation_releases_the_curriculum_asks_for() -> None:
    """medgpt-oss asks for 14 evaluations (evaluate_every 5, 5, 2), each a spend of the site's
    lifetime budget: `medfed site check` prices them with the training (at N=20000 and the
    stages' delta 1e-6, 5.30 as the run spends it, not training's 3.18 alone), so a site with
    cap 4 is told the curriculum does not fit instead of being refused in its last stage."""
    import dataclasses

    from protocols.curriculum_file import load_curriculum
    from site_agent.policy import load_policy, site_check_report

    cur = load_curriculum("curricula/medgpt-oss.toml")
    policy = load_policy("examples/site-policy.toml")
    policy = dataclasses.replace(
        policy,
        privacy=dataclasses.replace(
            policy.privacy, epsilon_cap=4.0, delta=1e-6, accounted_studies=20000
        ),
    )
    real = _lifetime_with_releases(policy, cur.stages, 20000)
    report = site_check_report(policy, cur.stages, 20000)
    projected = report["stages"][-1]["eps_after"]
    assert real > policy.privacy.epsilon_cap
    assert projected == pytest.approx(real, rel=1e-6), (projected, real)
    assert [row["evaluations"] for row in report["stages"]] == [2, 2, 10]
    assert not report["accepted"], (projected, real)


@pytest.fixture(scope="module")
def train_only_site(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """tests/test_site_agent.py's one synthetic hospital, curated (by one evaluation), then
    left without a held-out split: a hospital that holds training data only."""
    from test_site_agent import _instruction, world

    from medfed.demo import holds_held_out
    from protocols import update_codec
    from site_agent.evaluate import evaluate_round

    prepared, settings, state = world.__wrapped__(tmp_path_factory)
    instr = _instruction(prepared, state)
    arrays = update_codec.to_arrays(state)
    evaluate_round(settings, instr, prepared.signed, arrays, max_items=4)  # curates the site
    curated = Path(settings.curated_dir)
    tests = [p for p in curated.rglob("*") if p.is_file() and "test" in p.name]
    assert tests, list(curated.rglob("*"))
    site_dir = Path(settings.site_dir)
    assert holds_held_out(site_dir.parent, site_dir.name)  # before its split goes
    for p in tests:
        p.unlink()
    return prepared, settings, instr, arrays


def test_an_evaluation_that_cannot_read_a_test_split_charges_no_budget(train_only_site) -> None:  # type: ignore[no-untyped-def]
    """A site with no held-out split (training data only): the evaluation fails before any
    spend is reserved (the questions are drawn first), so no budget goes to a release that
    never reads a study."""
    from site_agent.evaluate import evaluate_round
    from site_agent.privacy import LIFETIME_BUDGET, open_site_ledger

    prepared, settings, instr, arrays = train_only_site
    with open_site_ledger(settings.agent_dir, reader=True) as ledger:
        before = len(ledger.entries(LIFETIME_BUDGET))
    with pytest.raises(Exception, match="no test dataset files"):
        evaluate_round(settings, instr, prepared.signed, arrays, max_items=4)
    with open_site_ledger(settings.agent_dir, reader=True) as ledger:
        new = ledger.entries(LIFETIME_BUDGET)[before:]
    assert new == []


def test_the_demo_summary_scores_only_sites_that_hold_a_held_out_split(train_only_site) -> None:  # type: ignore[no-untyped-def]
    """The demo scores the majority answer, the base and the export on the training sites'
    held-out splits: a training site without one (`--sites-from`) is left out of those
    figures, not an error after the whole federation ran."""
    from medfed.demo import holds_held_out

    _prepared, settings, _instr, _arrays = train_only_site
    site_dir = Path(settings.site_dir)
    assert not holds_held_out(site_dir.parent, site_dir.name)
