"""`medfed site check` and `medfed site curate`: the hospital's policy check and data curation.

``register`` adds both commands to the `site` group; the heavy imports happen inside them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from medfed.console import JsonOpt, console, emit_json, progress_bar
from medfed.console import fail as _fail

if TYPE_CHECKING:
    pass

MIN_SECRET_BYTES = 16


def site_check(
    policy: Annotated[Path, typer.Argument(help="The site's policy file (TOML).")],
    curriculum: Annotated[
        Path, typer.Argument(help="Curriculum file (TOML), e.g. curricula/demo.toml.")
    ],
    dataset_size: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Studies (the privacy unit: one DP sample each) to price the stages at (default: "
            "the policy's privacy.accounted_studies, then the curriculum's assumed_dataset_size); "
            "sets each stage's sample rate and so its eps.",
        ),
    ] = None,
    agent_dir: Annotated[
        Path | None,
        typer.Option(
            "--agent-dir",
            help="The site's agent directory: what its privacy ledger (privacy.sqlite) has "
            "spent comes first (default: the policy's own directory, where it holds a ledger).",
        ),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Validate the site's policy and say, stage by stage, whether the site would train it and
    what eps each stage would cost per study (the privacy unit), with the same sampling rate the
    site's training and budget gate use, after what the site's lifetime ledger has spent
    already: the document an ethics board signs. A stage without DP is refused unless the
    policy sets require_dp = false.
    Exits 1 when any stage is refused (policy or budget), 2 when an input is invalid (with
    --json, an object naming the input and the error)."""
    from sqlalchemy.exc import SQLAlchemyError

    from site_agent.policy import PolicyError, load_policy, site_check_report
    from site_agent.privacy import LIFETIME_BUDGET, PrivacyLedgerError, open_site_ledger
    from site_agent.privacy.ledger import LEDGER_FILE

    def invalid(what: str, file: Path, exc: Exception) -> typer.Exit:
        if json_out:
            emit_json({"accepted": False, "invalid": what, "file": str(file), "error": str(exc)})
        return _fail(str(exc))

    try:
        loaded = load_policy(policy)
    except PolicyError as exc:
        raise invalid("policy", policy, exc) from exc
    from protocols.curriculum import CurriculumError
    from protocols.curriculum_file import load_curriculum

    ledger_dir = agent_dir or (policy.parent if (policy.parent / LEDGER_FILE).is_file() else None)
    spent = []
    if ledger_dir is not None:
        try:
            with open_site_ledger(ledger_dir, reader=True) as ledger:
                spent = ledger.history(LIFETIME_BUDGET)
        except PrivacyLedgerError as exc:
            raise invalid("agent-dir", ledger_dir / LEDGER_FILE, exc) from exc
        except SQLAlchemyError as exc:  # not a database, or damaged outside MedFed
            detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            damaged = ValueError(
                f"{ledger_dir / LEDGER_FILE}: cannot read the site's privacy ledger: damaged or "
                f"not a MedFed site ledger ({detail})"
            )
            raise invalid("agent-dir", ledger_dir / LEDGER_FILE, damaged) from exc
    try:
        cur = load_curriculum(curriculum)
        size = dataset_size or loaded.privacy.accounted_studies or cur.assumed_dataset_size
        report = site_check_report(loaded, cur.stages, size, spent)
    except (CurriculumError, OSError, ValueError) as exc:
        raise invalid("curriculum", curriculum, exc) from exc
    report["ledger"] = str(ledger_dir / LEDGER_FILE) if ledger_dir is not None else None
    if json_out:
        emit_json(report)
    else:
        console.print(
            f"site {report['site']}: eps cap {report['epsilon_cap']} per {report['privacy_unit']} "
            f"over the site's lifetime, delta {report['delta']}, accountant "
            f"{report['accountant']}; N = {report['dataset_size'] or 'not given'} "
            f"{report['privacy_unit'].replace('y', 'ie')}s"
        )
        if report["ledger"] is None:
            console.print("spent so far: not read (no --agent-dir, no ledger beside the policy)")
        elif report["epsilon_spent"] is None:
            console.print(f"spent so far: not computed: {report['epsilon_spent_error']}",
                          highlight=False, soft_wrap=True)  # fmt: skip
        else:
            console.print(
                f"spent so far: eps {report['epsilon_spent']:.3f} per study in "
                f"{report['spends']} spend(s) ({report['ledger']}); the totals below add to it",
                highlight=False, soft_wrap=True,
            )  # fmt: skip
        for row in report["stages"]:
            verdict = "[green]accepted[/]" if row["accepted"] else "[red]refused[/]"
            groups = ", ".join(row["trainable_groups"])
            cost = ""
            if row.get("eps_after") is not None:
                cost = (
                    f", eps per study {row['eps_stage']:.3f} (total after: "
                    f"{row['eps_after']:.3f}; q {row['sample_rate']:.4f}, {row['steps']} steps"
                    + (f", {row['evaluations']} evaluation release(s)"
                       if row.get("evaluations") else "")
                    + ")"
                )  # fmt: skip
            elif row.get("dp") is False:
                cost = ", no DP: no finite privacy guarantee"
            console.print(f"stage {row['stage']} ({groups}): {verdict}{cost}")
            for reason in row["reasons"]:
                console.print(f"  - {reason}")
            for note in row["notes"]:
                console.print(f"  [yellow]note:[/] {note}")
    if not report["accepted"]:
        raise typer.Exit(1)


def _read_secret(secret_file: Path | None) -> bytes:
    if secret_file is None:
        console.print(
            "[yellow]note:[/] no --secret-file: using a one-off random secret, so UIDs and "
            "patient pseudonyms will differ from any other run"
        )
        return os.urandom(32)
    try:
        data = secret_file.read_bytes()
    except OSError as exc:
        raise _fail(f"--secret-file {secret_file}: cannot read: {exc}") from exc
    if data.isascii():  # a text secret (`openssl rand -hex 32 > F`): drop the newline
        data = data.strip()
    if len(data) < MIN_SECRET_BYTES:
        raise _fail(
            f"--secret-file {secret_file}: {len(data)} bytes; at least {MIN_SECRET_BYTES} needed"
        )
    return data


def site_curate(
    src: Annotated[Path, typer.Argument(help="Site directory to curate (left unchanged).")],
    dst: Annotated[Path, typer.Argument(help="Where to write the curated copy (new or empty).")],
    secret_file: Annotated[
        Path | None,
        typer.Option(help="The site's secret for keyed UIDs and pseudonyms (keep it on site)."),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """De-identify a site's data into DST in the standard layout (site.json's own layout is
    read, the copy has none): DICOM by the PS3.15 Annex E Basic Profile, reports and dataset
    text PHI-scrubbed, DICOM files with the same pixel data as another removed, and a
    manifest whose digest names the curated data set. Files curation cannot read are skipped
    and listed (with the dataset rows that ask about a skipped image). Exits 1 when nothing at
    all was curated (no DICOM, image, report or dataset file), 2 on bad input."""
    from site_agent.curation import CurationError, curate_site

    secret = _read_secret(secret_file)
    try:
        with progress_bar("curating", total=1, enabled=not json_out) as progress:
            task = progress.task_ids[0]
            report = curate_site(
                src,
                dst,
                secret,
                progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
    except CurationError as exc:
        raise _fail(str(exc)) from exc
    nothing = not (
        report.dicom_deidentified or report.images_copied or report.reports_scrubbed
        or report.dataset_files
    )  # fmt: skip
    if json_out:
        emit_json({"src": str(src), "dst": str(dst), **report.as_dict()})
    else:
        for key, value in report.as_dict().items():
            if key != "problems":
                console.print(f"{key}: {value}")
        for problem in report.problems:
            console.print(f"  skipped {problem}")
    if nothing:
        shutil.rmtree(dst, ignore_errors=True)  # empty but for its manifest: not a data set
        raise _fail(
            f"nothing curated: {src} holds no DICOM, image, report or dataset file curation "
            f"reads (see the skipped files above, and `medfed site inspect`); {dst} not kept",
            code=1,
        )


def site_ledger(
    agent_dir: Annotated[
        Path, typer.Argument(help="The site's agent directory (policy.toml, privacy.sqlite).")
    ],
    json_out: JsonOpt = False,
) -> None:
    """What the site's own privacy ledger says: eps spent per study over the site's lifetime
    (recomputed from every recorded round, at the policy's delta and accountant) against the
    policy's cap, the rounds trained and refused, the last one, and the last chain-head receipt
    the coordinator signed, and every interrupted spend (reserved by a round killed while it
    trained: counted, and reported in the site's next entry). It reads without the write
    lock, so it answers while the agent is in a round; it writes only to upgrade a ledger an
    earlier MedFed release made (as the agent would) or to roll back a write an agent killed
    mid-round left unfinished (as SQLite does on its next open). Exits 2 when the ledger or the
    policy is missing."""
    from sqlalchemy.exc import SQLAlchemyError

    from ledger.db import is_read_only_error
    from ledger.receipts import read_receipts
    from site_agent.policy import PolicyError, load_policy
    from site_agent.privacy import (
        LIFETIME_BUDGET,
        PrivacyAccountingError,
        PrivacyLedgerError,
        open_site_ledger,
    )
    from site_agent.privacy.ledger import LEDGER_FILE, interrupted
    from site_agent.settings import POLICY_FILE

    try:
        policy = load_policy(agent_dir / POLICY_FILE)
        with open_site_ledger(agent_dir, reader=True) as ledger:
            entries = ledger.entries(LIFETIME_BUDGET)
            privacy = policy.privacy
            eps = ledger.epsilon(LIFETIME_BUDGET, privacy.delta, privacy.accountant,
                                 privacy.max_accountant_mb)  # fmt: skip
    except (PolicyError, PrivacyLedgerError) as exc:
        raise _fail(str(exc)) from exc
    except PrivacyAccountingError as exc:
        raise _fail(f"{agent_dir / LEDGER_FILE}: {exc} (privacy.max_accountant_mb)") from exc
    except SQLAlchemyError as exc:  # busy, not a database, or damaged outside MedFed
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        journal = agent_dir / f"{LEDGER_FILE}-journal"
        if is_read_only_error(exc) and journal.exists():
            raise _fail(
                f"{agent_dir / LEDGER_FILE}: an agent stopped in the middle of a write, and "
                f"rolling it back ({journal.name}) needs write access to the agent directory: "
                "run this as the agent's user, or start the agent, which rolls it back"
            ) from exc
        raise _fail(
            f"{agent_dir / LEDGER_FILE}: cannot read the site's privacy ledger ({detail}). If "
            "the agent is in a round, try again when it is idle. If the file is damaged, stop "
            "the agent until it is mended: a backup restored forgets every spend recorded after "
            "it was taken, so restore one only if no round ran since"
        ) from exc
    receipts = read_receipts(f"sqlite:///{(agent_dir / LEDGER_FILE).resolve()}", policy.name)
    counts = {
        k: sum(1 for e in entries if e.status == k and e.kind == "training")
        for k in ("committed", "refused")
    }
    released = sum(1 for e in entries if e.status == "committed" and e.kind == "evaluation")
    last = entries[-1] if entries else None
    cut = interrupted(entries)
    payload = {
        "site": policy.name,
        "epsilon_per_study": eps,
        "epsilon_cap": policy.privacy.epsilon_cap,
        "delta": policy.privacy.delta,
        "accountant": policy.privacy.accountant,
        "rounds_trained": counts["committed"],
        "rounds_refused": counts["refused"],
        "evaluations_released": released,
        "last_round": None if last is None else {
            "run": last.run_id, "stage": last.stage, "round": last.global_round,
            "status": last.status, "kind": last.kind, "reason": last.reason,
            "at": last.created_at.isoformat(),
        },
        "interrupted": [
            {"run": e.run_id, "stage": e.stage, "round": e.global_round,
             "steps": e.mechanism.steps, "epsilon_after": e.epsilon_after,
             "reported": reported, "at": e.created_at.isoformat()}
            for e, reported in cut
        ],
        "receipts": len(receipts),
        "last_receipt": None if not receipts else {
            "run": receipts[-1].receipt.run_id, "round": receipts[-1].receipt.global_round,
            "entry_hash": receipts[-1].receipt.entry_hash,
        },
    }  # fmt: skip
    if json_out:
        emit_json(payload)
        return
    console.print(
        f"site {policy.name}: eps per study {eps:.3f} of cap {policy.privacy.epsilon_cap:g} "
        f"over the site's lifetime (delta {policy.privacy.delta:g}, "
        f"{policy.privacy.accountant}); {counts['committed']} rounds trained, "
        f"{counts['refused']} refused, {released} evaluation releases (noised counts, each "
        "a spend)",
        highlight=False, soft_wrap=True,
    )  # fmt: skip
    if last is not None:
        why = f" ({last.reason})" if last.reason else ""
        console.print(
            f"last: run {last.run_id}, stage {last.stage}, round {last.global_round}"
            f"{' (evaluation)' if last.kind == 'evaluation' else ''}: "
            f"{last.status}{why}, {last.created_at:%Y-%m-%d %H:%M} UTC",
            highlight=False, soft_wrap=True,
        )  # fmt: skip
    for e, reported in cut:
        state = (
            "reported in the site's next ledger entry"
            if reported
            else "not reported yet (the next round's entry reports it)"
        )
        console.print(
            f"interrupted: run {e.run_id}, stage {e.stage}, round {e.global_round}, "
            f"{e.mechanism.steps} steps reserved (eps per study over the data set's lifetime "
            f"after it {e.epsilon_after:.3f}), never "
            f"committed; counted, {state}",
            highlight=False, soft_wrap=True,
        )  # fmt: skip
    if receipts:
        r = receipts[-1].receipt
        console.print(
            f"receipts: {len(receipts)}; last: run {r.run_id}, round {r.global_round}, "
            f"chain head {r.entry_hash[:16]}",
            highlight=False, soft_wrap=True,
        )  # fmt: skip
    else:
        console.print("receipts: none yet")


def register(site_app: typer.Typer) -> None:
    """Add `check`, `curate` and `ledger` to the `site` command group."""
    site_app.command("check")(site_check)
    site_app.command("curate")(site_curate)
    site_app.command("ledger")(site_ledger)
