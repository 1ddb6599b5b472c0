"""`medfed curriculum ...`: validate, show, sign and verify curriculum files; make signing keys.

Exit codes as for every medfed command: 0 success, 2 bad input or a refused verification (the
message names what and where).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from medfed.console import JsonOpt, console, emit_json
from medfed.console import fail as _fail
from protocols.curriculum import Curriculum, CurriculumError
from protocols.curriculum_file import curriculum_digest, load_curriculum
from protocols.hexdigest import is_hex64
from protocols.keys import (
    KeyFileError,
    fingerprint,
    load_public_key,
    write_key_pair,
)
from protocols.signing import (
    RunTerms,
    SignatureError,
    SignedCurriculum,
    sign_and_save,
    verify_manifest,
)

FileArg = Annotated[Path, typer.Argument(help="A curriculum file (TOML, schema 1).")]
ModelDigestOpt = Annotated[
    str | None, typer.Option("--model-digest", help="The model configuration digest (hex).")
]
PresetOpt = Annotated[
    str | None,
    typer.Option(help="Take the model digest from a shipped base checkpoint (only: tiny)."),
]
PassphraseEnvOpt = Annotated[
    str | None,
    typer.Option(help="Name of an environment variable holding the private key's passphrase."),
]


def _passphrase(env_name: str | None) -> str | None:
    if env_name is None:
        return None
    value = os.environ.get(env_name)
    if not value:
        raise _fail(f"--passphrase-env: environment variable {env_name!r} is unset or empty")
    return value


def _model_digest(model_digest: str | None, preset: str | None, required: bool) -> str | None:
    """The digest given with --model-digest, or the tiny base checkpoint's (--preset tiny)."""
    if model_digest is not None and preset is not None:
        raise _fail("give one of --model-digest and --preset, not both")
    if model_digest is not None:
        digest = model_digest.strip().lower()
        if not is_hex64(digest):
            raise _fail(f"--model-digest {model_digest!r} is not a sha256 hex digest")
        return digest
    if preset is None:
        if required:
            raise _fail("give the model: --model-digest HEX or --preset tiny")
        return None
    if preset != "tiny":
        raise _fail(
            f"--preset {preset!r}: only 'tiny' ships a base checkpoint (its digest depends on "
            "the tokenizer); for other models give --model-digest"
        )
    from model import default_base_dir
    from model.digest import base_dir_digest

    return base_dir_digest(default_base_dir())


def _load(path: Path) -> Curriculum:
    try:
        return load_curriculum(path)
    except CurriculumError as exc:
        raise _fail(str(exc)) from exc


def validate(file: FileArg, json_out: JsonOpt = False) -> None:
    """Parse and check a curriculum file (exit 0 valid, 2 invalid, naming the field)."""
    try:
        cur = load_curriculum(file)
    except CurriculumError as exc:
        if json_out:
            emit_json({"file": str(file), "valid": False, "error": str(exc), "field": exc.field})
        raise _fail(str(exc)) from exc
    digest = curriculum_digest(cur)
    if json_out:
        emit_json(
            {
                "file": str(file),
                "valid": True,
                "name": cur.name,
                "digest": digest,
                "stages": [s.name for s in cur.stages],
                "total_rounds": cur.total_rounds,
                "noise_multipliers": cur.noise_multipliers(),
            }
        )
    else:
        console.print(f"{file}: valid curriculum {cur.name!r}, {len(cur.stages)} stage(s)")
        console.print(f"digest {digest}")


def show(file: FileArg) -> None:
    """A table of the curriculum's stages."""
    from rich.console import Console
    from rich.table import Table

    cur = _load(file)
    sigmas = cur.noise_multipliers()
    table = Table(title=f"{cur.name}: {cur.description}".rstrip(": "), caption=str(file))
    for col in ("#", "stage", "trains", "data", "context", "images", "rounds x local",
                "optimizer", "batch", "sites", "DP", "eval"):  # fmt: skip
        table.add_column(col)
    for i, s in enumerate(cur.stages, 1):
        tiles = ""
        if s.tiling is not None:
            thumb = " + thumb" if s.tiling.thumbnail else ""
            tiles = f" ({s.tiling.tiles} tiles{thumb})"
        local = f"{s.local_steps} steps" if s.local_steps else f"{s.epochs} epochs"
        dp = "off"
        if s.dp is not None:
            target = f", eps {s.dp.target_epsilon:g} per study" if s.dp.target_epsilon else ""
            dp = f"sigma {sigmas[s.name]:.2f}{target}, C {s.dp.clipping_norm:g}"
            dp += f", delta {s.dp.delta:g}"
        table.add_row(
            str(i),
            s.name,
            ", ".join(s.trainable_groups),
            ", ".join(f"{k} {w:g}" for k, w in s.data_mix.items()),
            f"{s.max_length} ({s.chat_template})",
            f"{s.images_per_sample}{tiles}"
            + (f", jitter p {s.augmentation.probability:g}" if s.augmentation else ""),
            f"{s.rounds} x {local}",
            f"{s.optimizer} {s.learning_rate:g}"
            + (f", server x{s.server_learning_rate:g}" if s.server_learning_rate != 1 else "")
            + (f", momentum {s.server_momentum:g}" if s.server_momentum else ""),
            str(s.batch_size),
            f">= {s.min_sites}",
            dp,
            f"every {s.evaluate_every}" if s.evaluate_every else "never",
        )
    out = Console()
    out.print(table)
    out.print(f"digest {curriculum_digest(cur)}")


def sign(
    file: FileArg,
    key: Annotated[Path, typer.Option(help="The Ed25519 private key (PEM).")],
    model_digest: ModelDigestOpt = None,
    preset: PresetOpt = None,
    out: Annotated[
        Path | None,
        typer.Option(
            help="Signature file (default: the curriculum file with .sig.json in place of its "
            "suffix, e.g. demo.sig.json)."
        ),
    ] = None,
    passphrase_env: PassphraseEnvOpt = None,
    run_id: Annotated[
        str, typer.Option(help="The run this signature is for: sites refuse any other run.")
    ] = "run",
    lora_rank: Annotated[
        int, typer.Option(help="LoRA rank of the run's adapters (sites refuse another rank).")
    ] = 8,
    valid_days: Annotated[
        float, typer.Option(help="Days the signature stays valid from now; sites refuse later.")
    ] = 30.0,
    json_out: JsonOpt = False,
) -> None:
    """Sign a curriculum together with the model configuration, the run, the LoRA rank and a
    validity window it is approved for."""
    cur = _load(file)
    digest = _model_digest(model_digest, preset, required=True)
    if digest is None:  # unreachable: required=True fails first
        raise _fail("give the model: --model-digest HEX or --preset tiny")
    passphrase = _passphrase(passphrase_env)
    path = out or file.with_suffix(".sig.json")
    try:
        terms = RunTerms.starting_now(run_id, lora_rank, valid_days)
        signed = sign_and_save(
            cur, key, path, terms=terms, model_digest=digest, passphrase=passphrase
        )
    except (KeyFileError, SignatureError) as exc:
        raise _fail(str(exc)) from exc
    if json_out:
        emit_json({"signature": str(path), **signed.to_dict()})
    else:
        console.print(f"signed {cur.name!r} for model {digest[:16]}... -> {path}")


def verify(
    file: FileArg,
    sig: Annotated[Path, typer.Argument(help="The signature file (.sig.json).")],
    trusted: Annotated[
        list[Path], typer.Option(help="A trusted public key (PEM); repeat for several.")
    ],
    model_digest: ModelDigestOpt = None,
    preset: PresetOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Check that a trusted key signed this curriculum (and, if given, for this model), and
    show what the signature covers (signer, run id, LoRA rank, validity window). Exit 0 when it
    verifies, 1 when it does not (unknown signer, curriculum or model changed since signing), 2
    when an input cannot be read (a key file, the signature file)."""
    cur = _load(file)
    digest = _model_digest(model_digest, preset, required=False)
    try:
        keys = [load_public_key(p) for p in trusted]
        signed = SignedCurriculum.load(sig)
    except (KeyFileError, SignatureError) as exc:
        raise _fail(str(exc)) from exc
    try:
        verify_manifest(signed, cur, digest or signed.model_config_digest, keys)
    except SignatureError as exc:
        if json_out:
            emit_json({"file": str(file), "signature": str(sig), "valid": False, "error": str(exc)})
        raise _fail(str(exc), code=1) from exc
    covers = {
        "signer": signed.signer,
        "run_id": signed.run_id,
        "lora_rank": signed.lora_rank,
        "not_before": signed.not_before,
        "not_after": signed.not_after,
        "curriculum_digest": signed.curriculum_digest,
        "model_config_digest": signed.model_config_digest,
    }
    if json_out:
        emit_json({"file": str(file), "signature": str(sig), "valid": True, **covers,
                   "model_checked": digest is not None})  # fmt: skip
        return
    window = " to ".join(
        datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M UTC")
        for t in (signed.not_before, signed.not_after)
    )
    console.print(f"valid: {cur.name!r} signed by {signed.signer}", soft_wrap=True)
    console.print(
        f"  for run {signed.run_id!r}, LoRA rank {signed.lora_rank}, valid {window}",
        highlight=False, soft_wrap=True,
    )  # fmt: skip
    if digest is None:
        console.print(
            f"[yellow]model digest NOT checked[/] (signed for {signed.model_config_digest}); "
            "give --model-digest or --preset to check it"
        )


def keygen(
    out: Annotated[Path, typer.Option(help="Directory for NAME.key (0600) and NAME.pub.")],
    name: Annotated[str, typer.Option(help="File name stem of the pair.")] = "curriculum-signing",
    passphrase_env: PassphraseEnvOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Generate an Ed25519 curriculum-signing key pair."""
    try:
        private, public = write_key_pair(out, name, _passphrase(passphrase_env))
    except KeyFileError as exc:
        raise _fail(str(exc)) from exc
    fp = fingerprint(load_public_key(public))
    if json_out:
        emit_json({"private_key": str(private), "public_key": str(public), "fingerprint": fp})
        return
    console.print(f"private key {private} (mode 0600), public key {public}\nfingerprint {fp}")
    if passphrase_env is None:
        console.print("[yellow]the private key is NOT encrypted[/]: use --passphrase-env")


def register(app: typer.Typer) -> None:
    """Add the `curriculum` command group to `app`."""
    group = typer.Typer(
        help="Operator and sites: validate, show, sign and verify curriculum files.",
        no_args_is_help=True,
    )
    group.command("validate")(validate)
    group.command("show")(show)
    group.command("sign")(sign)
    group.command("verify")(verify)
    group.command("keygen")(keygen)
    app.add_typer(group, name="curriculum")
