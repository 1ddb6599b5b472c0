"""Signing keys and signed curricula: round trips, every tamper case refused with its reason."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed448 import Ed448PrivateKey
from typer.testing import CliRunner

from medfed.cmd_curriculum import register
from protocols.curriculum_file import curriculum_digest, load_curriculum
from protocols.keys import (
    KeyFileError,
    fingerprint,
    generate_signing_key,
    load_private_key,
    load_public_key,
    save_private_key,
    save_public_key,
    write_key_pair,
)
from protocols.signing import (
    RunTerms,
    SignatureError,
    SignedCurriculum,
    manifest_digest,
    sign_manifest,
    verify_manifest,
)

DEMO = Path(__file__).resolve().parents[1] / "curricula" / "demo.toml"
MODEL = "ab" * 32
OTHER_MODEL = "cd" * 32
NOW = 1_800_000_000
TERMS = RunTerms("run-1", 8, NOW - 60, NOW + 86400)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_sign_verify_round_trip_and_serialisations(tmp_path: Path) -> None:
    key = generate_signing_key()
    cur = load_curriculum(DEMO)
    signed = sign_manifest(key, cur, MODEL, TERMS)
    assert signed.curriculum_digest == curriculum_digest(cur)
    assert signed.signer == fingerprint(key.public_key()) and len(signed.signature) == 64
    verify_manifest(
        signed, cur, MODEL, [generate_signing_key().public_key(), key.public_key()], now=NOW
    )
    # The signature is over the domain-tagged digest pair, with the signer's raw key.
    digest = manifest_digest(signed.curriculum_digest, MODEL, TERMS)
    key.public_key().verify(signed.signature, digest)
    path = signed.save(tmp_path / "demo.sig.json")
    assert SignedCurriculum.load(path) == signed
    config = signed.to_config()
    assert all(isinstance(v, str | int) for v in config.values())
    assert SignedCurriculum.from_config(config) == signed


def _flip_bit(signed: SignedCurriculum) -> SignedCurriculum:
    sig = bytearray(signed.signature)
    sig[17] ^= 0x01
    return dataclasses.replace(signed, signature=bytes(sig))


TAMPER: list[tuple[str, Callable[[SignedCurriculum], SignedCurriculum], str, str, str]] = [
    # (case, change to the signature, file edit (old -> new, first match), model digest, reason)
    ("one byte of the file", lambda s: s, "rounds = 1|rounds = 3", MODEL, "curriculum changed"),
    ("another model", lambda s: s, "", OTHER_MODEL, "model config digest mismatch"),
    ("flipped signature bit", _flip_bit, "", MODEL, "bad signature"),
    ("another run", lambda s: dataclasses.replace(s, run_id="run-2"), "", MODEL, "bad signature"),
    ("another rank", lambda s: dataclasses.replace(s, lora_rank=512), "", MODEL, "bad signature"),
    (
        "window stretched",
        lambda s: dataclasses.replace(s, not_after=s.not_after + 10**6),
        "",
        MODEL,
        "bad signature",
    ),
    (
        "claimed model digest edited",
        lambda s: dataclasses.replace(s, model_config_digest=OTHER_MODEL),
        "",
        OTHER_MODEL,
        "bad signature",
    ),
    (
        "claimed curriculum digest edited",
        lambda s: dataclasses.replace(s, curriculum_digest="00" * 32),
        "",
        MODEL,
        "bad signature",
    ),
]


@pytest.mark.parametrize(
    ("change", "edit", "model", "reason"), [t[1:] for t in TAMPER], ids=[t[0] for t in TAMPER]
)
def test_tampering_is_refused_with_its_reason(
    tmp_path: Path,
    change: Callable[[SignedCurriculum], SignedCurriculum],
    edit: str,
    model: str,
    reason: str,
) -> None:
    key = generate_signing_key()
    file = tmp_path / "c.toml"
    text = DEMO.read_text()
    file.write_text(text)
    signed = change(sign_manifest(key, load_curriculum(file), MODEL, TERMS))
    if edit:
        old, new = edit.split("|")
        changed = text.replace(old, new, 1)
        assert sum(a != b for a, b in zip(text, changed, strict=True)) == 1
        file.write_text(changed)
    with pytest.raises(SignatureError, match=reason):
        verify_manifest(signed, load_curriculum(file), model, [key.public_key()], now=NOW)


def test_run_rank_and_window_are_bound() -> None:
    """A signature names one run, one LoRA rank and a window: an instruction for another run,
    another rank, or outside the window (an old signed run replayed later) is refused."""
    key = generate_signing_key()
    cur = load_curriculum(DEMO)
    signed = sign_manifest(key, cur, MODEL, TERMS)
    keys = [key.public_key()]
    verify_manifest(signed, cur, MODEL, keys, run_id="run-1", lora_rank=8, now=NOW)
    with pytest.raises(SignatureError, match="run 'run-2' is not the run 'run-1'"):
        verify_manifest(signed, cur, MODEL, keys, run_id="run-2", now=NOW)
    with pytest.raises(SignatureError, match="LoRA rank 64 is not the signed rank 8"):
        verify_manifest(signed, cur, MODEL, keys, lora_rank=64, now=NOW)
    for late_or_early in (NOW + 2 * 86400, NOW - 3600):
        with pytest.raises(SignatureError, match="outside the signed validity window"):
            verify_manifest(signed, cur, MODEL, keys, now=late_or_early)
    with pytest.raises(SignatureError, match="lora_rank must be in"):
        RunTerms("run-1", 100_000, NOW, NOW + 1)
    with pytest.raises(SignatureError, match="not_after .* must be later"):
        RunTerms("run-1", 8, NOW, NOW)


def test_untrusted_signer_is_refused() -> None:
    cur = load_curriculum(DEMO)
    signed = sign_manifest(generate_signing_key(), cur, MODEL, TERMS)
    with pytest.raises(SignatureError, match="unknown signer .* not among the 1 trusted"):
        verify_manifest(signed, cur, MODEL, [generate_signing_key().public_key()], now=NOW)
    with pytest.raises(SignatureError, match="unknown signer"):
        verify_manifest(signed, cur, MODEL, [], now=NOW)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("signature", "zz", "'signature' is not hex"),
        ("signer", "AB" * 32, "signer must be 64 lowercase hex"),
        ("curriculum_digest", 7, "'curriculum_digest' must be a string"),
        ("format", "other", "not a medfed-curriculum-signature v2"),
        ("lora_rank", "8", "'lora_rank' must be an integer"),
        ("run_id", "../x", "run_id must be"),
    ],
)
def test_malformed_signature_files_are_refused(field: str, value: object, message: str) -> None:
    data: dict[str, object] = dict(
        sign_manifest(generate_signing_key(), load_curriculum(DEMO), MODEL, TERMS).to_dict()
    )
    data[field] = value
    with pytest.raises(SignatureError, match=message):
        SignedCurriculum.from_json(json.dumps(data), "x.sig.json")


def test_private_key_file_is_0600_even_under_an_open_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        private, public = write_key_pair(tmp_path / "keys", passphrase="correct horse")
    finally:
        os.umask(old)
    assert _mode(private) == 0o600 and _mode(public) == 0o644
    assert b"ENCRYPTED PRIVATE KEY" in private.read_bytes()
    key = load_private_key(private, "correct horse")
    assert fingerprint(key) == fingerprint(load_public_key(public))
    assert not list(private.parent.glob(".*.tmp"))
    with pytest.raises(KeyFileError, match="refusing to overwrite"):
        write_key_pair(tmp_path / "keys")


def _rsa_like(tmp_path: Path) -> Path:
    other = Ed448PrivateKey.generate()
    path = tmp_path / "ed448.key"
    path.write_bytes(
        other.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return path


def test_key_loading_errors_say_what_is_wrong(tmp_path: Path) -> None:
    key = generate_signing_key()
    locked = save_private_key(key, tmp_path / "locked.key", "s3cret")
    plain = save_private_key(key, tmp_path / "plain.key")
    public = save_public_key(key.public_key(), tmp_path / "k.pub")
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: load_private_key(locked, "wrong"), "wrong passphrase"),
        (lambda: load_private_key(locked), "is encrypted: give its passphrase"),
        (lambda: load_private_key(plain, "s3cret"), "is not encrypted"),
        (lambda: load_private_key(tmp_path / "nope.key"), "no private key file"),
        (lambda: load_private_key(_rsa_like(tmp_path)), "Ed448PrivateKey, not an Ed25519"),
        (lambda: load_private_key(public), "not a PEM private key"),
        (lambda: load_public_key(plain), "holds a private key"),
        (lambda: load_private_key(plain, ""), "empty passphrase"),
    ]
    for call, message in cases:
        with pytest.raises(KeyFileError, match=message):
            call()
    assert fingerprint(load_private_key(plain)) == fingerprint(key)


def _cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """Test root."""

    register(app)
    return app


def test_cli_keygen_sign_verify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner, app = CliRunner(), _cli()
    monkeypatch.setenv("MEDFED_TEST_PASS", "pass phrase")
    keys = tmp_path / "keys"
    res = runner.invoke(
        app, ["curriculum", "keygen", "--out", str(keys), "--passphrase-env", "MEDFED_TEST_PASS"]
    )
    assert res.exit_code == 0, res.output
    private, public = keys / "curriculum-signing.key", keys / "curriculum-signing.pub"
    assert _mode(private) == 0o600
    sig = tmp_path / "demo.sig.json"
    sign = ["curriculum", "sign", str(DEMO), "--key", str(private), "--out", str(sig)]
    res = runner.invoke(
        app, [*sign, "--model-digest", MODEL, "--passphrase-env", "MEDFED_TEST_PASS"]
    )
    assert res.exit_code == 0, res.output
    verify = ["curriculum", "verify", str(DEMO), str(sig), "--trusted", str(public), "--json"]
    res = runner.invoke(app, [*verify, "--model-digest", MODEL])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["model_checked"] is True
    payload = json.loads(res.stdout)
    assert payload["run_id"] and payload["lora_rank"] >= 1 and len(payload["signer"]) == 64
    res = runner.invoke(app, [*verify[:-1], "--model-digest", MODEL])  # text: what it covers
    assert res.exit_code == 0 and payload["signer"] in res.output.replace("\n", "")
    assert f"for run {payload['run_id']!r}, LoRA rank {payload['lora_rank']}" in res.output
    # a signature that does not verify is a failed check (1); an unreadable input, bad input (2)
    res = runner.invoke(app, [*verify, "--model-digest", OTHER_MODEL])
    assert res.exit_code == 1 and "model config digest mismatch" in res.output
    other_key = write_key_pair(tmp_path / "other")[1]
    res = runner.invoke(app, [*verify[:4], "--trusted", str(other_key), "--model-digest", MODEL])
    assert res.exit_code == 1 and "unknown signer" in res.output
    res = runner.invoke(app, [*verify[:3], str(tmp_path / "missing.sig.json"), *verify[4:]])
    assert res.exit_code == 2
    res = runner.invoke(app, [*sign, "--model-digest", MODEL])  # no passphrase for a locked key
    assert res.exit_code == 2 and "is encrypted" in res.output
    res = runner.invoke(
        app, [*sign, "--model-digest", "xyz", "--passphrase-env", "MEDFED_TEST_PASS"]
    )
    assert res.exit_code == 2 and "not a sha256 hex digest" in res.output


@pytest.mark.parametrize(
    ("not_before", "not_after", "field"),
    [(NOW, 10**20, "not_after"), (-(10**15), NOW, "not_before")],
)
def test_a_signature_whose_window_is_no_date_is_refused_by_name(
    tmp_path: Path,
    not_before: int,
    not_after: int,
    field: str,
) -> None:
    """A validity window that cannot be a date (not_after 10**20), correctly signed by a
    trusted key, verified and then crashed `curriculum verify` with an OverflowError where it
    printed the window: the run terms now bound both times, so the file is refused, exit 2."""
    key_file, public = write_key_pair(tmp_path / "keys")
    key, cur = load_private_key(key_file), load_curriculum(DEMO)
    doc = sign_manifest(key, cur, MODEL, TERMS).to_dict()
    # the terms a forger's (or a buggy signer's) file could carry, correctly signed
    terms = RunTerms.__new__(RunTerms)
    for name, value in {"run_id": "run-1", "lora_rank": 8, "not_before": not_before,
                        "not_after": not_after}.items():  # fmt: skip
        object.__setattr__(terms, name, value)
        doc[name] = value
    doc["signature"] = key.sign(manifest_digest(curriculum_digest(cur), MODEL, terms)).hex()
    sig = tmp_path / "far.sig.json"
    sig.write_text(json.dumps(doc))
    with pytest.raises(SignatureError, match=f"{field} must be a Unix time in"):
        SignedCurriculum.load(sig)
    res = CliRunner().invoke(
        _cli(), ["curriculum", "verify", str(DEMO), str(sig), "--trusted", str(public)]
    )
    assert res.exit_code == 2, res.output
    assert f"{sig}: {field} must be a Unix time in [0, 253402300799]" in " ".join(
        res.output.split()
    )


def test_cli_preset_tiny_uses_the_shipped_base_config(tmp_path: Path) -> None:
    from model import config_digest, default_base_dir, load_base

    runner, app = CliRunner(), _cli()
    keys = tmp_path / "keys"
    assert runner.invoke(app, ["curriculum", "keygen", "--out", str(keys)]).exit_code == 0
    sig = tmp_path / "demo.sig.json"
    res = runner.invoke(
        app,
        ["curriculum", "sign", str(DEMO), "--key", str(keys / "curriculum-signing.key"),
         "--preset", "tiny", "--out", str(sig)],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    base, _, _ = load_base(default_base_dir())
    assert SignedCurriculum.load(sig).model_config_digest == config_digest(base.config)


def test_a_private_key_other_users_can_read_loads_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    private, _public = write_key_pair(tmp_path)
    with caplog.at_level("WARNING", logger="protocols.keys"):
        load_private_key(private)
    assert not caplog.records  # written 0600: nothing to say
    os.chmod(private, 0o644)
    with caplog.at_level("WARNING", logger="protocols.keys"):
        load_private_key(private)
    (record,) = caplog.records
    assert "readable by other users (mode 0644)" in record.getMessage()
    assert f"chmod 600 {private}" in record.getMessage()
