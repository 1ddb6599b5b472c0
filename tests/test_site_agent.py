"""A site's round without Flower: what it trains, and each reason it refuses."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import numpy as np
import pytest
from cryptography.hazmat.primitives import serialization

from model import attach_lora, load_base, trainable_state
from protocols import update_codec
from protocols.curriculum_file import canonical_bytes, load_curriculum
from protocols.keys import generate_signing_key
from protocols.round import FitInstruction
from protocols.signing import RunTerms, sign_manifest
from simulation.prepare import sign_curriculum, site_policy_text, write_site_policies
from simulation.synth import synthesize
from site_agent.agent import RoundRefused, run_round
from site_agent.settings import POLICY_FILE, SiteSettings, default_agent_dir

ROOT = Path(__file__).resolve().parents[1]
TINY = ROOT / "tests" / "data" / "tiny-curriculum.toml"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("site")
    data = tmp / "hospitals"
    synthesize(data, sites=1, studies_per_site=16, seed=0)
    base = ROOT / "model" / "assets" / "tiny-base"
    prepared = sign_curriculum(TINY, base, tmp / "consortium", run_id="t")
    write_site_policies(data, prepared)
    site = data / "hospital-a"
    settings = SiteSettings(site_dir=site, agent_dir=default_agent_dir(site), base_model=base)
    model, _tok, _preset = load_base(base)
    peft = attach_lora(model, prepared.curriculum.all_groups, r=8, seed=0)
    state = trainable_state(peft, prepared.curriculum.all_groups)
    return prepared, settings, state


def _instruction(prepared, state, stage: str = "instruction", curriculum=None) -> FitInstruction:
    cur = curriculum or prepared.curriculum
    return FitInstruction(
        run_id="t", stage=stage, global_round=1, lora_rank=8,
        layout_digest=update_codec.layout_digest(state), seed=0,
        curriculum=canonical_bytes(cur).decode(),
    )  # fmt: skip


def test_a_valid_round_trains_only_the_stage_groups(world) -> None:
    prepared, settings, state = world
    arrays, report = run_round(
        settings, _instruction(prepared, state, "alignment"), prepared.signed,
        update_codec.to_arrays(state),
    )  # fmt: skip
    assert report.refused == "" and report.num_examples > 0 and report.steps == 4
    projector = {k: v for k, v in state.items() if "multi_modal_projector" in k}
    delta = update_codec.from_arrays(arrays, projector)
    assert any(np.any(d) for d in delta.values())
    # curation ran first: the data set the site trained on is the de-identified copy
    assert (settings.curated_dir / "manifest.json").is_file()


def _refused(world, instr, signed=None) -> str:
    """The gate's refusal: raised before the site builds anything, with its generic code."""
    prepared, settings, state = world
    with pytest.raises(RoundRefused) as info:
        run_round(settings, instr, signed or prepared.signed, update_codec.to_arrays(state))
    return info.value.code


def test_a_tampered_curriculum_is_refused(world) -> None:
    prepared, _settings, state = world
    cur = prepared.curriculum
    stages = list(cur.stages)
    stages[2] = dataclasses.replace(stages[2], learning_rate=0.5)  # one changed value
    tampered = dataclasses.replace(cur, stages=tuple(stages))
    assert _refused(world, _instruction(prepared, state, curriculum=tampered)) == "signature"


def test_a_curriculum_signed_by_an_untrusted_key_is_refused(world) -> None:
    prepared, _settings, state = world
    terms = prepared.signed.terms
    other = sign_manifest(generate_signing_key(), prepared.curriculum, prepared.model_digest, terms)
    assert _refused(world, _instruction(prepared, state), other) == "signature"


def test_an_instruction_for_another_run_rank_or_after_expiry_is_refused(world) -> None:
    prepared, _settings, state = world
    instr = _instruction(prepared, state)
    assert _refused(world, dataclasses.replace(instr, run_id="other-run")) == "signature"
    assert _refused(world, dataclasses.replace(instr, lora_rank=4096)) == "signature"
    key = prepared.signature_file.parent / "keys" / "curriculum-signing.key"
    from protocols.keys import load_private_key

    expired = sign_manifest(
        load_private_key(key), prepared.curriculum, prepared.model_digest,
        RunTerms("t", 8, 1_000_000_000, 1_000_086_400),
    )  # fmt: skip
    assert _refused(world, instr, expired) == "signature"


def test_a_stage_outside_the_policy_is_refused(world, tmp_path: Path) -> None:
    prepared, settings, state = world
    policy = settings.policy_file
    original = policy.read_text()
    try:
        policy.write_text(
            original.replace('"projector",\n    "lm.lora",', '"lm.lora",').replace(
                '["projector", "lm.lora"]', '["lm.lora"]'
            )
        )
        assert "projector" not in policy.read_text()
        assert _refused(world, _instruction(prepared, state, "alignment")) == "policy"
        policy.write_text(original.replace(prepared.model_digest, "0" * 64))
        assert _refused(world, _instruction(prepared, state)) == "policy"
    finally:
        policy.write_text(original)


def test_policy_text_written_for_simulated_sites_loads(world) -> None:
    from site_agent.policy import load_policy

    prepared, settings, _state = world
    assert (settings.agent_dir / POLICY_FILE).is_file()
    text = site_policy_text("x", prepared.public_key, prepared.model_digest, 3.0, 10)
    path = settings.agent_dir / "other.toml"
    path.write_text(text)
    policy = load_policy(path)
    assert policy.approves_model(prepared.model_digest) and policy.privacy.epsilon_cap == 3.0
    assert load_curriculum(TINY).name == prepared.curriculum.name


def test_evaluation_returns_counts_only_and_respects_the_policy(world) -> None:
    from protocols.ledger_entry import SiteRoundEntry, parse_entry
    from protocols.round import RESENT_KEY, resent_pairs
    from site_agent.evaluate import evaluate_round

    prepared, settings, state = world
    instr = _instruction(prepared, state)
    n, metrics = evaluate_round(
        settings, instr, prepared.signed, update_codec.to_arrays(state), max_items=12
    )
    counts = {"closed_n", "closed_correct", "open_n", "open_exact"}
    # the count the reply gives is the noised one: the exact number of questions asked (one
    # from each of this site's 4 test studies) would say how many test studies it holds
    assert n == metrics["closed_n"] + metrics["open_n"]  # type: ignore[operator]
    # and the site's earlier signed spends of the run, sent again, where it holds any
    assert set(metrics) - {RESENT_KEY} == {"site", "ledger_entry", "ledger_signature", *counts}
    for body, _signature in resent_pairs(metrics.get(RESENT_KEY, "[]")):
        again = parse_entry(body)
        assert isinstance(again, SiteRoundEntry) and again.site == "hospital-a"
        assert again.status in ("trained", "released") and body != metrics["ledger_entry"]
    assert all(isinstance(metrics[k], int) and metrics[k] >= 0 for k in counts)  # type: ignore[operator]
    assert metrics["closed_correct"] <= metrics["closed_n"]  # type: ignore[operator]
    assert metrics["open_exact"] <= metrics["open_n"]  # type: ignore[operator]
    policy = settings.policy_file
    original = policy.read_text()
    try:
        policy.write_text(original.replace("metrics_may_leave = true", "metrics_may_leave = false"))
        n, metrics = evaluate_round(settings, instr, prepared.signed, update_codec.to_arrays(state))
        assert n == 0 and metrics == {"site": "hospital-a", "withheld": 1}
    finally:
        policy.write_text(original)


def test_a_failing_round_sends_no_detail_to_the_coordinator(world, tmp_path: Path) -> None:
    from site_agent.client_app import SiteClient, SiteFailure

    prepared, settings, state = world
    # no policy where the agent looks: the underlying error names the path; what leaves must not
    broken = dataclasses.replace(settings, agent_dir=tmp_path / "secret-ward-7")
    config = {**_instruction(prepared, state).to_config(), **prepared.signed.to_config()}
    with pytest.raises(SiteFailure) as info:
        SiteClient(broken).fit(update_codec.to_arrays(state), config)
    message = str(info.value)
    assert "secret-ward-7" not in message and "hospital-a" not in message
    assert message == "training round refused at a site: policy"  # the generic code only


def test_a_round_failing_after_its_reservation_is_reported_by_the_next(
    world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Training raises after the spend was reserved (as a killed process leaves it): the next
    round's signed entry reports the spend, and the auditor recomputes the site's own eps."""
    import shutil

    from auditor.verify import verify_ledger
    from ledger.store import ConsortiumLedger
    from ledger.store import default_url as consortium_url
    from protocols.accounting import epsilon_of
    from protocols.keys import load_private_key
    from protocols.ledger_entry import SiteRoundEntry, parse_entry
    from site_agent import agent
    from site_agent.policy import load_policy
    from site_agent.privacy import LIFETIME_BUDGET, create_site_ledger, open_site_ledger

    prepared, settings, state = world
    mine = dataclasses.replace(settings, agent_dir=tmp_path / "agent")
    shutil.copytree(settings.agent_dir, mine.agent_dir)
    (mine.agent_dir / "privacy.sqlite").unlink()  # a fresh lifetime budget for this site copy
    create_site_ledger(mine.agent_dir)
    policy_file = mine.policy_file  # a cap that leaves room for both rounds
    text = policy_file.read_text()
    policy_file.write_text(re.sub(r"(?m)^epsilon_cap = .*$", "epsilon_cap = 1000.0", text, count=1))
    assert "epsilon_cap = 1000.0" in policy_file.read_text()

    def killed(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed while training")

    instr = _instruction(prepared, state, "alignment")
    with monkeypatch.context() as patch:
        patch.setattr(agent, "train_local_dp", killed)
        with pytest.raises(RuntimeError, match="killed while training"):
            run_round(mine, instr, prepared.signed, update_codec.to_arrays(state))
    nxt = dataclasses.replace(instr, global_round=2)
    _arrays, report = run_round(mine, nxt, prepared.signed, update_codec.to_arrays(state))
    entry = parse_entry(report.ledger_entry)
    assert isinstance(entry, SiteRoundEntry) and entry.status == "trained", entry
    (spend,) = entry.interrupted
    assert (spend.run_id, spend.global_round, spend.stage) == ("t", 1, "alignment")
    assert spend.dataset_digest == entry.dataset_digest  # the curated data it reserved for
    policy = load_policy(mine.policy_file)
    with open_site_ledger(mine.agent_dir) as ledger:
        history = ledger.history(LIFETIME_BUDGET)
        site_eps = ledger.epsilon(LIFETIME_BUDGET, policy.privacy.delta, "rdp")
    assert len(history) == 2 and spend.mechanism() == dataclasses.asdict(history[0])
    assert entry.epsilon_after == site_eps == epsilon_of(history, policy.privacy.delta, "rdp")

    key = load_private_key(mine.agent_dir / "ledger-signing.key").public_key()
    pem = key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (tmp_path / "consortium").mkdir()
    with ConsortiumLedger(consortium_url(tmp_path / "consortium")) as ledger:
        ledger.register_site(entry.site, pem, policy.privacy.epsilon_cap)
        ledger.append(entry, bytes.fromhex(report.ledger_signature))
        result = verify_ledger(ledger)
    assert result.ok, [str(p) for p in result.problems]
    assert [p.interrupted for p in result.interrupted] == [spend]
    assert result.points[-1].recomputed == pytest.approx(site_eps, rel=1e-9)


def test_a_site_logs_under_its_policy_name_not_its_data_directory(tmp_path: Path) -> None:
    """A deployed site's data sits in a directory such as /srv/medfed/data: its logs name it
    as its policy (and the consortium's ledger) does, and the directory only without one."""
    settings = SiteSettings(site_dir=tmp_path / "data", agent_dir=tmp_path / "agent",
                            base_model=tmp_path / "base")  # fmt: skip
    assert settings.name == "data"  # no policy yet
    settings.agent_dir.mkdir()
    settings.policy_file.write_text('[site]\nname = "hospital-a"\n')
    assert settings.name == "hospital-a"
    settings.policy_file.write_text("[site\n")  # unreadable: the round says why elsewhere
    assert settings.name == "data"


def _fresh_site(world, tmp_path: Path) -> SiteSettings:  # type: ignore[no-untyped-def]
    """A copy of the world's site with its own agent directory, a fresh lifetime budget and a
    cap that leaves room for several rounds."""
    import shutil

    from site_agent.privacy import create_site_ledger

    _prepared, settings, _state = world
    mine = dataclasses.replace(settings, agent_dir=tmp_path / "agent")
    shutil.copytree(settings.agent_dir, mine.agent_dir)
    (mine.agent_dir / "privacy.sqlite").unlink()
    create_site_ledger(mine.agent_dir)
    text = mine.policy_file.read_text()
    mine.policy_file.write_text(
        re.sub(r"(?m)^epsilon_cap = .*$", "epsilon_cap = 1000.0", text, count=1)
    )
    return mine


def _logged(mine: SiteSettings, tmp_path: Path, rounds: list[tuple[int, list]], end=None,  # type: ignore[no-untyped-def]
            signing_key=None):  # fmt: skip
    """The coordinator's log of `rounds` ((global round, [report, ...]) each, every report a
    result of this one site, as ConsortiumLog.round writes them), audited with the site's own
    privacy ledger; the run's site entries as (round, status) in ledger order, and the
    verification. `end(log)`, where given, runs after the rounds; with `signing_key` the log
    signs its entries (and so has a head to send as a receipt)."""
    from auditor.verify import verify_ledger
    from coordinator.consortium_log import ConsortiumLog
    from coordinator.strategy import RoundRecord, RoundSummary, SiteLedgerEntry
    from ledger.receipts import read_site_ledgers
    from ledger.store import default_url as consortium_url
    from protocols.keys import load_private_key
    from protocols.ledger_entry import SiteRoundEntry
    from site_agent.policy import load_policy

    key = load_private_key(mine.agent_dir / "ledger-signing.key").public_key()
    pem = key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    policy = load_policy(mine.policy_file)
    (tmp_path / "consortium").mkdir(parents=True)
    log = ConsortiumLog(consortium_url(tmp_path / "consortium"), "t", "c" * 64,
                        signing_key=signing_key)  # fmt: skip
    log.ledger.register_site(policy.name, pem, policy.privacy.epsilon_cap)
    for rnd, reports in rounds:
        items = tuple(
            SiteLedgerEntry(r.ledger_entry, bytes.fromhex(r.ledger_signature), 11,
                            resent=tuple((b, bytes.fromhex(s)) for b, s in r.resent))
            for r in reports
        )  # fmt: skip
        trained = sum(not r.refused for r in reports)
        summary = RoundSummary("alignment", rnd, rnd, 1, trained, len(reports) - trained, 0, (),
                               10, 1.0, 1.0, 0.1)  # fmt: skip
        log.round(summary, RoundRecord(items, "f" * 64), "d" * 64)
    if end is not None:
        end(log)
    rows = [r.entry for r in log.ledger.entries("t") if isinstance(r.entry, SiteRoundEntry)]
    _, spends = read_site_ledgers([mine.agent_dir.parent])
    result = verify_ledger(log.ledger, site_spends=spends)
    log.close()
    return [(e.global_round, e.status) for e in rows], result


def test_a_round_whose_reply_was_lost_reaches_the_ledger_with_the_next(
    world, tmp_path: Path
) -> None:
    """Round 1's reply never reaches the coordinator (stopped mid-round, or the reply lost): the
    site spent and signed it all the same. The resumed run asks round 1 again and then round 2;
    each reply sends the run's earlier signed spends again, so the consortium ledger records the
    lost one before the entry whose eps covers it, once, and the audit finds every spend the
    site's own ledger holds. Without the entries sent again the audit fails, at the eps and at
    the site's spends."""
    prepared, _settings, state = world
    mine = _fresh_site(world, tmp_path)
    instr = _instruction(prepared, state, "alignment")
    params = update_codec.to_arrays(state)
    _, lost = run_round(mine, instr, prepared.signed, params)  # never recorded
    _, retry = run_round(mine, instr, prepared.signed, params)  # the resumed run's try
    _, second = run_round(mine, dataclasses.replace(instr, global_round=2), prepared.signed,
                          params)  # fmt: skip
    assert lost.resent == () and lost.ledger_entry != retry.ledger_entry
    assert retry.resent == ((lost.ledger_entry, lost.ledger_signature),)
    assert second.resent == (
        (lost.ledger_entry, lost.ledger_signature), (retry.ledger_entry, retry.ledger_signature),
    )  # fmt: skip
    kinds, result = _logged(mine, tmp_path / "with", [(1, [retry]), (2, [second])])
    assert kinds == [(1, "trained"), (1, "trained"), (2, "trained")]
    assert result.ok, [str(p) for p in result.problems]
    assert result.site_spends == 3

    bare = [dataclasses.replace(r, resent=()) for r in (retry, second)]
    kinds, result = _logged(mine, tmp_path / "without", [(1, bare[:1]), (2, bare[1:])])
    assert kinds == [(1, "trained"), (2, "trained")]
    checks = sorted({p.check for p in result.problems})
    assert checks == ["epsilon", "spends"], [str(p) for p in result.problems]


def test_a_reply_lost_in_the_runs_last_round_reaches_the_ledger_with_the_receipt(
    world, tmp_path: Path
) -> None:
    """The run's last round's reply never reaches the coordinator, and no later round carries
    it. At the end of the run the coordinator sends its receipt; the site answers with its
    latest signed spends and the coordinator records the one its ledger lacks, once. Without
    that the audit with the site's own ledger names the spend as missing."""
    from coordinator.receipts import Resent
    from protocols.keys import load_private_key
    from protocols.ledger_entry import SiteRoundEntry, parse_entry
    from protocols.round import RESENT_KEY, resent_pairs
    from site_agent.client_app import SiteClient

    prepared, _settings, state = world
    mine = _fresh_site(world, tmp_path)
    instr = _instruction(prepared, state, "alignment")
    params = update_codec.to_arrays(state)
    _, first = run_round(mine, instr, prepared.signed, params)
    _, lost = run_round(mine, dataclasses.replace(instr, global_round=2), prepared.signed,
                        params)  # fmt: skip
    key = load_private_key(prepared.signature_file.parent / "keys" / "curriculum-signing.key")
    answers: list[Resent] = []

    def receipts(log) -> None:  # type: ignore[no-untyped-def]
        assert log.head is not None and log.head.global_round == 2
        props = SiteClient(mine).get_properties(dict(log.head.to_config()))
        # what leaves with the receipt: whether it was kept, and this site's own signed spends
        assert set(props) == {"receipt", RESENT_KEY} and props["receipt"] == 1
        sent = tuple((b, bytes.fromhex(sig)) for b, sig in resent_pairs(props[RESENT_KEY]))
        for body, _sig in sent:
            entry = parse_entry(body)
            assert isinstance(entry, SiteRoundEntry) and entry.site == "hospital-a"
            assert entry.run_id == "t" and entry.status in ("trained", "released")
        answers.append(sent)
        assert log.record_resent({11: sent}) == (0 if answers[1:] else 1)

    def twice(log) -> None:  # type: ignore[no-untyped-def]
        receipts(log)
        receipts(log)  # a second answer records nothing again

    # round 2 is logged without the site's result (its reply lost: a dropout)
    kinds, result = _logged(
        mine, tmp_path / "with", [(1, [first]), (2, [])], end=twice, signing_key=key
    )
    assert [body for body, _ in answers[0]] == [first.ledger_entry, lost.ledger_entry]
    assert kinds == [(1, "trained"), (2, "trained")]
    assert result.ok, [str(p) for p in result.problems]
    assert result.site_spends == 2

    kinds, result = _logged(mine, tmp_path / "without", [(1, [first]), (2, [])])
    assert kinds == [(1, "trained")]
    (problem,) = result.problems
    assert problem.check == "spends" and problem.row.global_round == 2

    # another coordinator the site also trusts signs a receipt of this run: it gets nothing
    from protocols.keys import write_key_pair
    from protocols.ledger_receipt import Receipt, sign_head

    other_key_file, other_pub = write_key_pair(tmp_path / "other", "coordinator")
    text = mine.policy_file.read_text()
    mine.policy_file.write_text(
        text.replace("coordinator_keys = [\n", f'coordinator_keys = [\n    "{other_pub}",\n', 1)
    )
    other = load_private_key(other_key_file)
    head = "ab" * 32
    forged = Receipt("t", 99, 2, head, sign_head(other, "t", 99, head).hex())
    props = SiteClient(mine).get_properties(dict(forged.to_config()))
    assert props == {"receipt": 1}  # kept (a trusted key signed it), and no entries with it


def test_a_lost_last_round_reaches_the_ledger_with_the_evaluation_after_it(
    world, tmp_path: Path
) -> None:
    """The run's last round's reply is lost, and the site then releases its evaluation counts
    after that round: the evaluation reply sends the lost spend again, and the coordinator
    records it before the release (whose eps covers it), so the ledger holds the site's spends
    in the site's own order and the audit holds. Without it the release's eps is above what the
    ledger holds before it, and the site's spend is missing."""
    from coordinator.strategy import EvalSummary, SiteLedgerEntry
    from protocols.round import RESENT_KEY, resent_pairs
    from site_agent.evaluate import evaluate_round

    prepared, _settings, state = world
    mine = _fresh_site(world, tmp_path)
    instr = _instruction(prepared, state, "alignment")
    params = update_codec.to_arrays(state)
    _, first = run_round(mine, instr, prepared.signed, params)
    last = dataclasses.replace(instr, global_round=2)
    _, lost = run_round(mine, last, prepared.signed, params)
    _n, metrics = evaluate_round(mine, last, prepared.signed, params, max_items=4)
    sent = resent_pairs(metrics[RESENT_KEY])
    assert [body for body, _ in sent] == [first.ledger_entry, lost.ledger_entry]

    def evaluated(resent: bool):  # type: ignore[no-untyped-def]
        def end(log) -> None:  # type: ignore[no-untyped-def]
            item = SiteLedgerEntry(
                str(metrics["ledger_entry"]), bytes.fromhex(str(metrics["ledger_signature"])), 11,
                resent=tuple((b, bytes.fromhex(sig)) for b, sig in sent) if resent else (),
            )  # fmt: skip
            log.evaluation(EvalSummary("alignment", 2, {}, {}, 0, (item,)))

        return end

    rounds = [(1, [first]), (2, [])]  # round 2 logged without the site (its reply lost)
    kinds, result = _logged(mine, tmp_path / "with", rounds, end=evaluated(True))
    assert kinds == [(1, "trained"), (2, "trained"), (2, "released")]
    assert result.ok, [str(p) for p in result.problems]
    assert result.site_spends == 3

    kinds, result = _logged(mine, tmp_path / "without", rounds, end=evaluated(False))
    assert kinds == [(1, "trained"), (2, "released")]
    checks = sorted({p.check for p in result.problems})
    assert checks == ["epsilon", "spends"], [str(p) for p in result.problems]


def test_a_lost_round_sent_with_a_refusal_of_its_retry_audits(world, tmp_path: Path) -> None:
    """The resumed run's try of round 1 is refused for budget (the site lowered its cap); the
    refusal's signed entry sends the lost try's spend again, and the coordinator's listing of
    the site as refused stands beside the site's trained entry of the round."""
    prepared, _settings, state = world
    mine = _fresh_site(world, tmp_path)
    instr = _instruction(prepared, state, "alignment")
    params = update_codec.to_arrays(state)
    _, lost = run_round(mine, instr, prepared.signed, params)
    text = mine.policy_file.read_text()
    mine.policy_file.write_text(re.sub(r"(?m)^epsilon_cap = .*$", "epsilon_cap = 0.001", text))
    _, refused = run_round(mine, instr, prepared.signed, params)
    assert refused.refused == "budget" and refused.ledger_entry
    assert refused.resent == ((lost.ledger_entry, lost.ledger_signature),)
    mine.policy_file.write_text(text)
    kinds, result = _logged(mine, tmp_path, [(1, [refused])])
    assert kinds == [(1, "trained"), (1, "refused")]
    assert result.ok, [str(p) for p in result.problems]
    assert result.site_spends == 1


def test_a_round_whose_entry_cannot_be_signed_stays_reserved_and_is_reported(
    world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signing fails after training (the key unreadable, say): the spend is never committed
    without a signed entry to send; it stays reserved, and the next round reports it."""
    from protocols.ledger_entry import SiteRoundEntry, parse_entry
    from site_agent import agent
    from site_agent.privacy import open_site_ledger

    prepared, _settings, state = world
    mine = _fresh_site(world, tmp_path)
    instr = _instruction(prepared, state, "alignment")
    params = update_codec.to_arrays(state)

    def unsigned(*args: object, **kwargs: object) -> None:
        raise RoundRefused("policy", "no ledger-signing key")

    with monkeypatch.context() as patch:
        patch.setattr(agent, "signed_entry", unsigned)
        _, report = run_round(mine, instr, prepared.signed, params)
    assert report.refused == "policy" and not report.ledger_entry
    with open_site_ledger(mine.agent_dir) as ledger:
        assert [e.status for e in ledger.entries()] == ["reserved"]
    _, nxt = run_round(mine, dataclasses.replace(instr, global_round=2), prepared.signed, params)
    entry = parse_entry(nxt.ledger_entry)
    assert isinstance(entry, SiteRoundEntry) and len(entry.interrupted) == 1
    assert nxt.resent == ()  # nothing committed before it
