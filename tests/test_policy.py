"""Site policy: parsing, field-level errors, the checks it answers, and `medfed site check`."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import typer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from typer.testing import CliRunner

from medfed.cmd_site import register
from protocols.curriculum import DPSettings, Stage, Tiling, demo_curriculum
from site_agent.policy import (
    ComputePolicy,
    PolicyError,
    PrivacyPolicy,
    SitePolicy,
    load_policy,
    site_check_report,
)

ROOT = Path(__file__).resolve().parents[1]
DIGEST = "ab" * 32
DELETE = object()


def _pem(public_key: object) -> str:
    return public_key.public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def _sections(**overrides: dict[str, object]) -> dict[str, dict[str, object]]:
    base: dict[str, dict[str, object]] = {
        "site": {"name": '"hospital-a"'},
        "privacy": {
            "epsilon_cap": "8.0",
            "delta": "1e-5",
            "accountant": '"rdp"',
            "accounted_studies": "1000",
        },  # fmt: skip
        "trust": {"coordinator_keys": "[]", "model_config_digests": f'["{DIGEST}"]'},
        "training": {"allowed_groups": '["projector", "lm.lora"]', "min_dataset_size": "10"},
        "egress": {"max_bytes_per_round": "1048576", "metrics_may_leave": "true"},
    }
    for section, values in overrides.items():
        table = base.setdefault(section, {})
        for key, literal in values.items():
            if literal is DELETE:
                table.pop(key, None)
            else:
                table[key] = literal
    return base


def _write(path: Path, sections: dict[str, dict[str, object]]) -> Path:
    lines = []
    for name, table in sections.items():
        if table is DELETE:
            continue
        lines.append(f"[{name}]")
        lines += [f"{key} = {literal}" for key, literal in table.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def coordinator_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def test_valid_policy_with_pem_string_and_relative_key_file(
    tmp_path: Path, coordinator_key: Ed25519PrivateKey
) -> None:
    other = Ed25519PrivateKey.generate()
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "coord.pem").write_text(_pem(other.public_key()))
    pem_literal = '"""' + _pem(coordinator_key.public_key()) + '"""'
    keys = f'[{pem_literal}, "keys/coord.pem"]'
    policy = load_policy(_write(tmp_path / "p.toml", _sections(trust={"coordinator_keys": keys})))
    raw = coordinator_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    assert policy.name == "hospital-a" and policy.privacy.accountant == "rdp"
    assert policy.trusts_key(raw)
    assert policy.trusts_key(_pem(other.public_key()).encode())
    assert not policy.trusts_key(
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    assert not policy.trusts_key(b"not a key")
    # The loaded keys verify what the coordinator signed.
    signature = coordinator_key.sign(b"curriculum")
    policy.coordinator_public_keys()[0].verify(signature, b"curriculum")
    assert policy.approves_model(DIGEST.upper()) and not policy.approves_model("cd" * 32)


def test_accountant_defaults_to_rdp(tmp_path: Path) -> None:
    path = _write(tmp_path / "p.toml", _sections(privacy={"accountant": DELETE}))
    assert load_policy(path).privacy.accountant == "rdp"
    assert load_policy(path).privacy.max_accountant_mb == 1024  # secure by default: bounded
    example = load_policy(ROOT / "examples" / "site-policy.toml")
    assert example.privacy.max_accountant_mb == 1024


def _ec_key_file(tmp_path: Path) -> str:
    key = ec.generate_private_key(ec.SECP256R1()).public_key()
    (tmp_path / "ec.pem").write_text(_pem(key))
    return '["ec.pem"]'


BAD_FIELDS = [
    # (section, key, TOML literal, field path named, problem named)
    ("privacy", "epsilon_cap", "0", "privacy.epsilon_cap", "must be > 0"),
    ("privacy", "epsilon_cap", "-1.5", "privacy.epsilon_cap", "must be > 0"),
    ("privacy", "epsilon_cap", "nan", "privacy.epsilon_cap", "must be > 0"),
    ("privacy", "epsilon_cap", '"8"', "privacy.epsilon_cap", "must be a number"),
    ("privacy", "epsilon_cap", "true", "privacy.epsilon_cap", "must be a number"),
    ("privacy", "delta", "0.01", "privacy.delta", "must be in (0, 0.01)"),
    ("privacy", "delta", "0", "privacy.delta", "must be in (0, 0.01)"),
    ("privacy", "delta", DELETE, "privacy.delta", "required"),
    ("privacy", "accountant", '"gdp"', "privacy.accountant", "must be one of"),
    ("privacy", "epsilon_cpa", "8.0", "privacy.epsilon_cpa", "unknown key"),
    ("privacy", "max_accountant_mb", "0", "privacy.max_accountant_mb", "must be > 0"),
    ("privacy", "max_accountant_mb", "inf", "privacy.max_accountant_mb", "must be > 0"),
    ("privacy", "max_accountant_mb", '"1GB"', "privacy.max_accountant_mb", "must be a number"),
    ("site", "name", '""', "site.name", "must not be empty"),
    ("site", "name", DELETE, "site.name", "required"),
    ("trust", "model_config_digests", '["abc"]', "trust.model_config_digests[0]", "64 hex"),
    ("trust", "model_config_digests", f'"{DIGEST}"', "trust.model_config_digests", "a list"),
    ("trust", "coordinator_keys", '["nope.pem"]', "trust.coordinator_keys[0]", "cannot read"),
    ("trust", "coordinator_keys", "[42]", "trust.coordinator_keys[0]", "must be a string"),
    (
        "trust",
        "coordinator_keys",
        '["-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----"]',
        "trust.coordinator_keys[0]",
        "not a PEM public key",
    ),
    ("trust", "coordinator_keys", "EC", "trust.coordinator_keys[0]", "not Ed25519"),
    (
        "training",
        "allowed_groups",
        '["projector", "decoder"]',
        "training.allowed_groups[1]",
        "must be one of",
    ),
    ("training", "min_dataset_size", "0", "training.min_dataset_size", "must be >= 1"),
    ("training", "min_dataset_size", "1.5", "training.min_dataset_size", "an integer"),
    ("egress", "max_bytes_per_round", "0", "egress.max_bytes_per_round", "must be > 0"),
    ("egress", "metrics_may_leave", '"yes"', "egress.metrics_may_leave", "a boolean"),
    ("egress", "metrics_may_leave", "1", "egress.metrics_may_leave", "a boolean"),
    (
        "egress",
        "evaluation_noise_multiplier",
        "0.1",
        "egress.evaluation_noise_multiplier",
        "must be a finite number >= 0.5 (the counts leave under DP)",
    ),
    (
        "egress",
        "evaluation_noise_multiplier",
        "nan",
        "egress.evaluation_noise_multiplier",
        "must be a finite number >= 0.5",
    ),
    (
        "egress",
        "evaluation_questions_per_study",
        "0",
        "egress.evaluation_questions_per_study",
        "must be in 1..64",
    ),
    ("extras", "anything", "1", "extras", "unknown table or key"),
    (
        "secure_aggregation",
        "min_survivors",
        "1",
        "secure_aggregation.min_survivors",
        "must be >= 2 and <= min_cohort 3",
    ),  # fmt: skip
    (
        "secure_aggregation",
        "min_survivors",
        "4",
        "secure_aggregation.min_survivors",
        "must be >= 2 and <= min_cohort 3",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("section", "key", "literal", "field", "problem"), BAD_FIELDS)
def test_bad_field_is_named_with_file_and_value(
    tmp_path: Path, section: str, key: str, literal: object, field: str, problem: str
) -> None:
    if literal == "EC":
        literal = _ec_key_file(tmp_path)
    path = _write(tmp_path / "policy.toml", _sections(**{section: {key: literal}}))
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    err = info.value
    assert err.file == path and err.field == field
    message = str(err)
    assert str(path) in message and f"{field}:" in message and problem in message
    if literal is not DELETE and section != "extras" and literal not in ("EC",):
        assert "(got " in message


def test_missing_table_is_named(tmp_path: Path) -> None:
    sections = _sections()
    del sections["egress"]
    with pytest.raises(PolicyError, match=r"\[egress\]: must be a TOML table"):
        load_policy(_write(tmp_path / "p.toml", sections))


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="policy file not found"):
        load_policy(tmp_path / "absent.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[privacy\nepsilon_cap = 1\n")
    with pytest.raises(PolicyError, match=r"broken\.toml: invalid TOML"):
        load_policy(broken)


def test_constructed_in_code_is_validated_too() -> None:
    with pytest.raises(PolicyError, match=r"privacy\.delta: must be in"):
        PrivacyPolicy(epsilon_cap=1.0, delta=0.5)


def _stage(name: str, groups: tuple[str, ...], dp: bool = True) -> Stage:
    settings = DPSettings(clipping_norm=1.0, delta=1e-5, noise_multiplier=1.0) if dp else None
    return Stage(
        name, groups, ("vqa",), rounds=1, local_steps=1, batch_size=1, learning_rate=0.1,
        dp=settings,
    )  # fmt: skip


def _policy(tmp_path: Path, groups: str = '["projector", "lm.lora"]') -> SitePolicy:
    path = _write(tmp_path / "p.toml", _sections(training={"allowed_groups": groups}))
    return load_policy(path)


def test_check_stage_refuses_groups_not_allowed(tmp_path: Path) -> None:
    policy = _policy(tmp_path)
    assert policy.check_stage(_stage("align", ("projector",))) == []
    reasons = policy.check_stage(_stage("vision", ("projector", "vision.lora")))
    assert len(reasons) == 1 and "'vision.lora'" in reasons[0] and "'vision'" in reasons[0]
    assert policy.check_dataset_size(10) == [] and "fewer than" in policy.check_dataset_size(9)[0]


def test_a_dp_stage_needs_the_declared_number_of_studies(tmp_path: Path) -> None:
    """The sampling rate must not depend on the private count: without a declared N, no DP."""
    path = _write(tmp_path / "p.toml", _sections(privacy={"accounted_studies": DELETE}))
    policy = load_policy(path)
    assert policy.privacy.accounted_studies is None
    (reason,) = policy.check_stage(_stage("align", ("projector",)))
    assert "privacy.accounted_studies" in reason
    bad = _write(tmp_path / "b.toml", _sections(privacy={"accounted_studies": "0"}))
    with pytest.raises(PolicyError, match=r"privacy\.accounted_studies: must be >= 1"):
        load_policy(bad)


def test_compute_bounds_refuse_a_stage_that_asks_more(tmp_path: Path) -> None:
    """Each bound refuses the stage field it bounds, naming it; unset bounds refuse nothing."""
    assert _policy(tmp_path).compute == ComputePolicy()
    path = _write(tmp_path / "c.toml", _sections(compute={
        "max_length": "128", "max_batch_size": "64", "max_steps_per_round": "20",
        "max_image_inputs": "5",
    }))  # fmt: skip
    policy = load_policy(path)
    within = dataclasses.replace(
        _stage("s", ("projector",)), max_length=128, batch_size=64, local_steps=20
    )
    assert policy.check_stage(within) == []
    asks = {
        "max_length": {"max_length": 129},
        "max_batch_size": {"batch_size": 65},
        "max_steps_per_round": {"local_steps": 21},
        "max_image_inputs": {"tiling": Tiling(tiles=6), "trainable_groups": ("lm.lora",)},
    }
    for bound, fields in asks.items():
        (reason,) = policy.check_stage(dataclasses.replace(within, **fields))
        assert f"over compute.{bound}" in reason and "'s'" in reason, reason
    (reason,) = policy.check_stage(dataclasses.replace(within, tiling=Tiling(tiles=6),
                                                       trainable_groups=("lm.lora",)))  # fmt: skip
    assert "image inputs (images_per_sample x (tiling.tiles + thumbnail)) = 7" in reason
    # An epoch stage under DP counts its steps on the declared N (1000 studies, public):
    # ceil(epochs * 1000 / 64) = 16 a round for one epoch, 32 for two.
    assert policy.check_stage(dataclasses.replace(within, local_steps=0, epochs=1)) == []
    (reason,) = policy.check_stage(dataclasses.replace(within, local_steps=0, epochs=2))
    assert "privacy.accounted_studies 1000" in reason and "= 32, over compute" in reason
    bad = _write(tmp_path / "b.toml", _sections(compute={"max_length": "0"}))
    with pytest.raises(PolicyError, match=r"compute\.max_length: must be >= 1"):
        load_policy(bad)
    typo = _write(tmp_path / "t.toml", _sections(compute={"max_lenght": "64"}))
    with pytest.raises(PolicyError, match="max_lenght"):
        load_policy(typo)


def test_the_site_sets_the_passes_of_a_dp_step_and_checkpointing_whatever_the_stage_asks(
    tmp_path: Path,
) -> None:
    """Where the site's policy sets a micro-batch or checkpointing, that is what it computes,
    whether the stage asks for more or less: a coordinator's micro-batch of 1 (a pass per study)
    or checkpointing (a second forward pass) would otherwise set how long each round takes."""
    small = ComputePolicy(micro_batch_size=16, activation_checkpointing=True)
    assert [small.micro_batch(asked) for asked in (None, 64, 16, 8, 1)] == [16] * 5
    assert [ComputePolicy().micro_batch(asked) for asked in (None, 64, 1)] == [None, 64, 1]
    assert small.checkpointing(False) and small.checkpointing(True)
    off = ComputePolicy(activation_checkpointing=False)
    assert not off.checkpointing(True) and not off.checkpointing(False)
    assert ComputePolicy().checkpointing(True) and not ComputePolicy().checkpointing(False)
    assert small.check_rank(8) == [] and ComputePolicy(max_lora_rank=4).check_rank(8) == [
        "the signed LoRA rank 8 is over compute.max_lora_rank 4"
    ]
    # The file: absent is the stage's choice, false and true the site's.
    for text, expected in (("", None), ("false", False), ("true", True)):
        fields = {"activation_checkpointing": text} if text else {"micro_batch_size": "4"}
        path = _write(tmp_path / f"c{text}.toml", _sections(compute=fields))
        assert load_policy(path).compute.activation_checkpointing is expected
    bad = _write(tmp_path / "bad.toml", _sections(compute={"activation_checkpointing": '"no"'}))
    with pytest.raises(PolicyError, match=r"compute\.activation_checkpointing: must be"):
        load_policy(bad)


def test_site_check_report(tmp_path: Path) -> None:
    policy = _policy(tmp_path)
    stages = [_stage("align", ("projector",)), _stage("vision", ("vision.lora",))]
    report = site_check_report(policy, stages)
    assert report["site"] == "hospital-a" and report["accepted"] is False
    assert [(s["stage"], s["accepted"]) for s in report["stages"]] == [
        ("align", True),
        ("vision", False),
    ]
    assert report["stages"][1]["reasons"] and report["stages"][0]["reasons"] == []
    assert all("eps" not in s for s in report["stages"])  # privacy cost comes later
    json.dumps(report)  # JSON-ready


def test_example_policy_is_valid() -> None:
    policy = load_policy(ROOT / "examples" / "site-policy.toml")
    assert policy.trust.coordinator_keys == ()  # trusts no coordinator until one is added
    assert all(policy.check_stage(s) == [] for s in demo_curriculum().stages)
    assert len(policy.trust.model_config_digests) == 1


def _app() -> typer.Typer:
    site_app = typer.Typer()
    register(site_app)
    return site_app


def test_cli_check(tmp_path: Path) -> None:
    runner = CliRunner()
    demo = str(ROOT / "curricula" / "demo.toml")
    ok = runner.invoke(
        _app(), ["check", str(ROOT / "examples" / "site-policy.toml"), demo, "--json"]
    )
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["accepted"] is True

    narrow = _write(tmp_path / "narrow.toml", _sections(training={"allowed_groups": '["lm.lora"]'}))
    refused = runner.invoke(_app(), ["check", str(narrow), demo])
    assert refused.exit_code == 1 and "refused" in refused.output and "projector" in refused.output

    bad = _write(tmp_path / "bad.toml", _sections(privacy={"delta": "0.5"}))
    invalid = runner.invoke(_app(), ["check", str(bad), demo])
    assert invalid.exit_code == 2 and "privacy.delta" in invalid.output

    missing = runner.invoke(_app(), ["check", str(narrow), str(tmp_path / "c.toml")])
    assert missing.exit_code == 2 and "c.toml" in missing.output


def test_site_check_prices_each_dp_stage_with_opacus() -> None:
    from opacus.accountants import RDPAccountant

    from protocols.curriculum_file import load_curriculum

    policy = load_policy(ROOT / "examples" / "site-policy.toml")
    cur = load_curriculum(ROOT / "curricula" / "demo.toml")
    report = site_check_report(policy, cur.stages, dataset_size=300)
    first, *_rest, last = report["stages"]
    # oracle: Opacus's own accountant over the alignment stage's steps
    acc = RDPAccountant()
    stage = cur.stages[0]
    assert stage.dp is not None and stage.dp.noise_multiplier is not None
    steps = stage.local_steps * stage.rounds
    # the rate Opacus's DPDataLoader samples at, and the site trains at: 1 / batches per epoch
    from torch.utils.data import DataLoader

    rate = 1 / len(DataLoader(range(300), batch_size=stage.batch_size))
    assert first["sample_rate"] == rate != stage.batch_size / 300
    acc.history = [(stage.dp.noise_multiplier, rate, steps)]
    assert first["eps_stage"] == pytest.approx(acc.get_epsilon(delta=1e-5))
    assert first["eps_after"] <= last["eps_after"] < sum(r["eps_stage"] for r in report["stages"])
    assert report["accepted"] is (last["eps_after"] <= policy.privacy.epsilon_cap)
    # a cap below the curriculum's total refuses the stage that would pass it, naming the eps
    tight = dataclasses.replace(
        policy, privacy=dataclasses.replace(policy.privacy, epsilon_cap=first["eps_after"] + 0.01)
    )
    rows = site_check_report(tight, cur.stages, dataset_size=300)["stages"]
    assert rows[0]["accepted"] and not rows[1]["accepted"]
    assert "over the cap" in rows[1]["reasons"][0]


def test_a_policy_saved_in_another_encoding_is_named_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[site]\nname = "hôpital"\n'.encode("latin-1"))
    with pytest.raises(PolicyError, match=r"latin1\.toml: not UTF-8 text \(byte 16\)"):
        load_policy(path)


def test_a_stage_whose_batch_exceeds_the_studies_is_priced_as_the_site_trains_it(
    tmp_path: Path,
) -> None:
    """A batch over N: with a fixed noise the site trains it at rate 1 (every study, every
    step), and `site check` prices it so; a target-eps stage has no noise to resolve and is
    refused (at the declared N, and where priced at any N), the other stages still priced."""
    policy = _policy(tmp_path)  # privacy.accounted_studies = 1000
    fixed = dataclasses.replace(_stage("fixed", ("projector",)), batch_size=1001)
    target = dataclasses.replace(
        fixed, name="target", dp=DPSettings(clipping_norm=1.0, delta=1e-5, target_epsilon=1.0)
    )
    small = dataclasses.replace(_stage("small", ("projector",)), batch_size=10)
    assert policy.check_stage(fixed) == []
    (reason,) = policy.check_stage(target)
    assert "batch_size 1001 exceeds privacy.accounted_studies 1000" in reason
    report = site_check_report(policy, [fixed, target, small], dataset_size=500)
    rows = {r["stage"]: r for r in report["stages"]}
    assert rows["fixed"]["accepted"] and rows["fixed"]["sample_rate"] == 1.0
    assert not rows["target"]["accepted"] and rows["target"]["eps_after"] is None
    assert any("cannot be resolved" in r for r in rows["target"]["reasons"])
    assert rows["small"]["accepted"] and rows["small"]["eps_after"] > rows["fixed"]["eps_after"]


def test_cli_check_json_names_an_invalid_input(tmp_path: Path) -> None:
    """With --json, an invalid policy or curriculum still prints one JSON object (and exits 2),
    so a script reading stdout learns which input and why."""
    runner = CliRunner()
    demo = str(ROOT / "curricula" / "demo.toml")
    bad = _write(tmp_path / "bad.toml", _sections(privacy={"delta": "0.5"}))
    result = runner.invoke(_app(), ["check", str(bad), demo, "--json"])
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert (doc["accepted"], doc["invalid"], doc["file"]) == (False, "policy", str(bad))
    assert "privacy.delta" in doc["error"]
    policy = str(ROOT / "examples" / "site-policy.toml")
    missing = str(tmp_path / "c.toml")
    result = runner.invoke(_app(), ["check", policy, missing, "--json"])
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert (doc["invalid"], doc["file"]) == ("curriculum", missing) and "c.toml" in doc["error"]


def test_site_check_notes_checkpointing_the_policy_turns_off(tmp_path: Path) -> None:
    """A policy's `activation_checkpointing = false` (an older example's line meant "do not
    add it") turns off checkpointing a stage asks for: `site check` says so beside the stage,
    as a note (it is the site's choice, not a refusal), and the JSON carries it."""
    import dataclasses

    asks = dataclasses.replace(_stage("long", ("lm.lora",)), activation_checkpointing=True)
    plain = _stage("short", ("lm.lora",))
    for text, noted in (("false", True), ("true", False), ("", False)):
        fields = {"activation_checkpointing": text} if text else {"micro_batch_size": "4"}
        policy = load_policy(_write(tmp_path / f"p{text}.toml", _sections(compute=fields)))
        report = site_check_report(policy, [asks, plain])
        assert [bool(r["notes"]) for r in report["stages"]] == [noted, False], text
        assert report["accepted"] is True
    off = _write(tmp_path / "off.toml", _sections(compute={"activation_checkpointing": "false"}))
    medgpt = str(ROOT / "curricula" / "medgpt-oss.toml")
    shown = CliRunner().invoke(_app(), ["check", str(off), medgpt])
    assert "asks for activation checkpointing" in shown.output.replace("\n", " ")


def test_site_check_adds_the_curriculum_to_what_the_ledger_spent(tmp_path: Path) -> None:
    """A site that trained before prices the next curriculum on top of its lifetime ledger
    (found beside the policy in its agent directory, or named with --agent-dir): the totals
    start where the ledger is, and a curriculum that fitted a fresh site is refused when the
    ledger leaves too little of the cap."""
    from protocols.accounting import Mechanism, epsilon_of
    from site_agent.privacy import LIFETIME_BUDGET, SiteLedger, SpendContext, create_site_ledger

    runner = CliRunner()
    demo = str(ROOT / "curricula" / "demo.toml")
    agent = tmp_path / "agent"
    create_site_ledger(agent)
    policy = agent / "policy.toml"
    policy.write_text((ROOT / "examples" / "site-policy.toml").read_text())
    fresh = json.loads(runner.invoke(_app(), ["check", str(policy), demo, "--json"]).stdout)
    assert fresh["spends"] == 0 and fresh["epsilon_spent"] == 0.0 and fresh["accepted"]
    assert fresh["ledger"] == str(agent / "privacy.sqlite")
    spend = Mechanism(1.0, 0.05, 400, 1.0, fresh["delta"], fresh["accountant"])
    with SiteLedger(f"sqlite:///{agent / 'privacy.sqlite'}") as ledger:
        ledger.commit(ledger.reserve(LIFETIME_BUDGET, spend, SpendContext("old", "s", 1)), 400)
    before = epsilon_of([spend], fresh["delta"], fresh["accountant"])
    res = runner.invoke(_app(), ["check", str(policy), demo, "--json"])
    after = json.loads(res.stdout)
    assert after["spends"] == 1 and after["epsilon_spent"] == pytest.approx(before)
    first = next(s for s in after["stages"] if s.get("eps_after") is not None)
    was = next(s for s in fresh["stages"] if s["stage"] == first["stage"])
    assert first["eps_after"] > was["eps_after"] and first["eps_after"] > before
    # eps 7.42 spent of the cap 8: the curriculum a fresh site could train is now refused
    assert after["stages"][-1]["eps_after"] > after["epsilon_cap"] > before
    assert res.exit_code == 1 and not after["accepted"]
    assert any("over the cap" in r for s in after["stages"] for r in s["reasons"])
    moved = tmp_path / "elsewhere.toml"  # a policy outside the agent directory: --agent-dir
    moved.write_text(policy.read_text())
    alone = json.loads(runner.invoke(_app(), ["check", str(moved), demo, "--json"]).stdout)
    assert alone["ledger"] is None and alone["spends"] == 0
    named = runner.invoke(_app(), ["check", str(moved), demo, "--agent-dir", str(agent)])
    assert "spent so far: eps" in named.output and "1 spend(s)" in named.output


def test_site_check_names_a_stage_too_costly_to_account_without_computing_it(
    tmp_path: Path,
) -> None:
    """A curriculum is the coordinator's: a stage of 100,000 steps at sample rate 1 would have
    the PRV accountant allocate terabytes. `site check` refuses it, naming its steps, rate and
    the policy's limit, in a fraction of a second, and prices the other stages without it (the
    site refuses it, so it spends nothing). A ledger too costly to account is said too."""
    import time

    from protocols.accounting import Mechanism

    path = _write(tmp_path / "p.toml", _sections(privacy={"accountant": '"prv"'}))
    policy = load_policy(path)
    small = _stage("small", ("projector",))
    greedy = dataclasses.replace(_stage("greedy", ("projector",)), local_steps=100_000,
                                 batch_size=1000)  # fmt: skip
    t0 = time.perf_counter()
    report = site_check_report(policy, [greedy, small], dataset_size=1000)
    assert time.perf_counter() - t0 < 5.0
    rows = {r["stage"]: r for r in report["stages"]}
    assert not report["accepted"] and not rows["greedy"]["accepted"]
    assert rows["greedy"]["eps_after"] is None
    (reason,) = rows["greedy"]["reasons"]
    assert "'greedy' (100000 steps at sample rate 1)" in reason
    assert "over the limit of 1024 MB (privacy.max_accountant_mb)" in reason
    assert rows["small"]["accepted"]
    assert rows["small"]["eps_after"] == pytest.approx(rows["small"]["eps_stage"])
    spent = [Mechanism(1.0, 1.0, 100_000, 1.0, 1e-5, "prv")]
    report = site_check_report(policy, [small], dataset_size=1000, spent=spent)
    assert report["epsilon_spent"] is None and not report["accepted"]
    error = report["epsilon_spent_error"]
    assert "the site's spends: eps of 1 distinct mechanism(s), 100,000 steps" in error
    assert "privacy.max_accountant_mb" in report["stages"][0]["reasons"][0]
