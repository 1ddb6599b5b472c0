"""`medfed audit report`: one self-contained HTML page about a run, for a data-protection officer.

OUT/report.html carries its figures as base64 PNG data URIs and its own CSS, so it can be mailed
or archived as one file; OUT/verification.json holds the machine-readable verification result.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from auditor.report_data import RunReport, build_run_report
from auditor.report_plots import eps_figure, participation_figure, timeline_figure
from auditor.verify import VerifyResult, verify_rows
from ledger.receipts import HeldReceipt, SiteSpends
from ledger.store import ConsortiumLedger, LedgerStoreError
from protocols.accounting import DEFAULT_MAX_ACCOUNTANT_MB

REPORT_FILE = "report.html"
VERIFICATION_FILE = "verification.json"
CSS = """
body{font-family:DejaVu Sans,Arial,sans-serif;max-width:1100px;margin:24px auto;color:#212121}
h1{font-size:24px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:8px 0;font-size:13px}
td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eceff1}.ok{background:#e8f5e9;border:2px solid #2e7d32;padding:12px}
.fail{background:#ffebee;border:2px solid #c62828;padding:12px}.mono{font-family:monospace}
.note{color:#555;font-size:13px}img{max-width:100%;border:1px solid #ddd;margin:8px 0}
"""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    run_id: str
    verified: bool
    problems: int  # in the ledger's entries
    registry_problems: int = 0  # registered sites whose record does not hold together


def _img(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img alt="{escape(alt)}" src="data:image/png;base64,{data}">'


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _names(names: tuple[str, ...]) -> str:
    return escape(", ".join(names)) if names else "&mdash;"


def _coverage(v: VerifyResult) -> str:
    """What this verification could and could not check, in words."""
    coordinator = (
        "The coordinator's signature on each of its entries was checked."
        if v.coordinator_checked
        else "<b>Not checked:</b> the coordinator's signatures (no coordinator key was given)."
    )
    if v.site_ledgers:
        sites = (
            f"{v.receipts} receipt(s) and {v.site_spends} spend(s) held in "
            f"{v.site_ledgers} hospital(s)' own privacy ledgers were found in the ledger."
        )
    else:
        sites = (
            "<b>Not checked:</b> the hospitals' own privacy ledgers (none was given): without "
            "them, entries cut off the end of the ledger, or a hospital's entry left out and "
            "the hospital listed as a dropout, cannot be detected."
        )
    return f"<p>{coordinator} {sites}</p>"


def _verdict(report: RunReport) -> str:
    v = report.verification
    if v.ok:
        return (
            f'<div class="ok"><b>Verified.</b> {v.entries} entries, {v.sites} registered '
            "hospitals. Every site entry carries a "
            "valid signature of its hospital, no entry was changed, removed or reordered, the "
            "privacy loss each hospital logged matches the loss recomputed from its logged "
            "training and evaluation parameters, and no hospital went past its declared budget."
            f"{_coverage(v)}</div>"
        )
    rows = [[escape(p.where()), escape(p.check), escape(p.reason)] for p in v.problems]
    rows += [["site registry", "registry", escape(line)] for line in v.registry]
    registry = f" and {len(v.registry)} in the site registry" if v.registry else ""
    return (
        f'<div class="fail"><b>Verification FAILED:</b> {len(v.problems)} problem(s) in '
        f"{v.entries} entries{registry}. The entries "
        "below cannot be trusted as logged; the figures show what the ledger says, not what is "
        f"true.</div>{_table(['entry', 'check', 'problem'], rows)}"
    )


def _sites(report: RunReport) -> str:
    rows = []
    for s in report.sites:
        spent = "; ".join(f"{eps:.3f} ({d})" for d, eps in s.final_eps) or "0"
        share = f"{100 * s.peak_eps / s.cap:.0f}%" if s.cap == s.cap and s.cap > 0 else "?"
        added = "?" if s.evaluation_eps is None else f"{s.evaluation_eps:.3f}"
        rows.append(
            [
                escape(s.name),
                f"{s.cap:g}",
                escape(spent),
                share,
                str(s.rounds_trained),
                str(s.refusals),
                f"{s.evaluation_releases} (+{added} eps)" if s.evaluation_releases else "0",
                f'<span class="mono">{escape(s.key_fingerprint[:16])}</span>',
            ]
        )
    header = [
        "hospital", "eps cap (per study)", "eps spent (per study, lifetime)", "of cap",
        "rounds trained", "refusals", "evaluation releases (eps per study they added)", "key",
    ]  # fmt: skip
    return _table(header, rows)


def _interrupted(report: RunReport) -> str:
    """The spends of rounds killed mid-training, as the sites reported them in a later entry."""
    if not report.interrupted:
        return ""
    rows = [
        [
            escape(i.site),
            escape(i.run_id),
            escape(i.stage),
            str(i.global_round),
            str(i.reported_round),
            str(i.steps),
            f"{i.logged:.4f}",
            "?" if i.recomputed is None else f"{i.recomputed:.4f}",
        ]  # fmt: skip
        for i in report.interrupted
    ]
    header = [
        "hospital", "run", "stage", "round", "reported in round", "steps reserved",
        "eps per study logged", "eps per study recomputed",
    ]  # fmt: skip
    return (
        '<h2>Interrupted spends</h2><p class="note">Rounds a hospital reserved privacy budget '
        "for and was stopped in while training (its process killed): the spend counts in full, "
        "and the hospital reported it in its next signed entry.</p>" + _table(header, rows)
    )


def _rounds(report: RunReport) -> str:
    rows = [
        [
            str(r.global_round),
            escape(r.stage),
            _names(r.participants),
            _names(r.dropouts),
            escape("; ".join(f"{s}: {why}" for s, why in r.refusals)) or "&mdash;",
            f'<span class="mono">{escape(r.aggregate_digest[:12])}</span>',
        ]
        for r in sorted(report.rounds, key=lambda r: r.global_round)
    ]
    header = ["round", "stage", "trained", "dropped out", "refused (reason)", "aggregate"]
    return _table(header, rows)


def _curriculum(report: RunReport) -> str:
    digests = ", ".join(f'<span class="mono">{escape(d)}</span>' for d in report.curriculum_digests)
    events = [
        [
            str(t.global_round),
            f"stage {escape(t.from_stage or '(start)')} &rarr; {escape(t.to_stage)}",
        ]
        for t in report.transitions
    ] + [
        [
            str(r.from_round),
            f"coordinator resumed after round {r.from_round} from checkpoint "
            f'<span class="mono">{escape(r.checkpoint_digest[:12])}</span>',
        ]
        for r in report.resumes
    ]
    stages = " &rarr; ".join(
        f"{escape(s.stage)} (rounds {s.first_round}-{s.last_round})" for s in report.stages
    )
    return (
        f"<p>Signed curriculum digest: {digests or '&mdash;'}</p><p>Stages: {stages}</p>"
        + _table(["round", "event"], sorted(events, key=lambda e: int(e[0])))
    )


def render_html(report: RunReport, where: str) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Privacy audit: run {escape(report.run_id)}</title><style>{CSS}</style></head><body>
<h1>Privacy audit of federated training run &laquo;{escape(report.run_id)}&raquo;</h1>
<p class="note">Generated {now} from the consortium ledger at <span class="mono">{escape(where)}
</span>: {report.entries} entries; the last entry's hash is
<span class="mono">{escape(report.head_hash)}</span> (compare it with the value the consortium
published to be sure no entries were cut from the end).</p>
<h2>Verification</h2>{_verdict(report)}
<h2>What this means</h2><p>Hospitals trained a shared model without sending patient data.
Each hospital protects its patients with <i>differential privacy</i>: the privacy loss
<b>eps</b> (epsilon) measures how much the training could reveal about any one study (one
patient examination: its image, report and all its questions, the privacy unit; smaller is more
private), at a failure probability <b>delta</b>, whoever sees what the hospital sent, the
coordinator included. Loss accumulates over rounds, stages, runs and data refreshes; each
hospital declared a <b>cap</b> per study over its lifetime that it will never pass, and refuses
to train when a round would pass it. The accuracy counts a hospital releases when the
coordinator evaluates the shared model on its held-out studies are noised the same way and
spend the same budget (<i>evaluation releases</i>). A patient with several studies can lose up
to the sum. The auditor recomputed every hospital's loss from the training and evaluation
parameters it logged and signed.</p>
<h2>Privacy budget per hospital</h2>{_sites(report)}
{_interrupted(report)}
{
        _img(
            eps_figure(report),
            "privacy loss (eps per study, cumulative over each hospital's lifetime) per round "
            "for each hospital against its cap",
        )
    }
<p class="note">Lines: eps per study each hospital logged after each round (cumulative over its
lifetime); squares: after an evaluation release (the rise above the round's own point); crosses:
eps recomputed by the auditor; dashed red: the hospital's cap. Shaded bands are curriculum
stages.</p>
<h2>Participation per round</h2>
{_img(participation_figure(report), "sites that trained, refused or dropped out per round")}
{_rounds(report)}
<h2>Curriculum and stage timeline</h2>
{_img(timeline_figure(report), "curriculum stages over the global rounds")}
{_curriculum(report)}
<h2>Limits of this audit</h2><p class="note">The ledger proves what was logged and signed. It
cannot see spends a hospital made outside this consortium on the same data (those raise the
eps a hospital logs above the recomputed value and are flagged), and entries removed from the
very end of a run are detectable only against the published last-entry hash above. Signatures
are checked against the keys registered in the ledger: compare the key fingerprints in the
budget table with the ones each hospital published.</p>
</body></html>
"""


def write_report(
    ledger: ConsortiumLedger,
    out: Path,
    run_id: str | None = None,
    *,
    coordinator_key: Ed25519PublicKey | None = None,
    receipts: Sequence[HeldReceipt] = (),
    site_spends: Sequence[SiteSpends] = (),
    allow_seeded: bool = False,
    max_accountant_mb: float = DEFAULT_MAX_ACCOUNTANT_MB,
) -> ReportResult:
    """Verify the ledger (as `audit verify` does with the same inputs) and write
    OUT/report.html (and verification.json) about one run; the report says which checks the
    inputs allowed."""
    rows = ledger.rows()
    runs = list(dict.fromkeys(r.run_id for r in rows))
    if run_id is None:
        if not runs:
            raise LedgerStoreError(
                f"{ledger.where}: the ledger holds no run yet, nothing to report"
            )
        if len(runs) != 1:
            raise LedgerStoreError(
                f"{ledger.where}: holds {len(runs)} runs {runs}: pick one with --run"
            )
        run_id = runs[0]
    elif run_id not in runs:
        raise LedgerStoreError(f"{ledger.where}: no run {run_id!r} in the ledger (runs: {runs})")
    sites = ledger.sites()
    verification = verify_rows(
        rows, sites, run_id, coordinator_key=coordinator_key, receipts=receipts,
        site_spends=site_spends, allow_seeded=allow_seeded, max_accountant_mb=max_accountant_mb,
    )  # fmt: skip
    report = build_run_report(rows, sites, verification, run_id)
    out.mkdir(parents=True, exist_ok=True)
    path = out / REPORT_FILE
    path.write_text(render_html(report, ledger.where), encoding="utf-8")
    (out / VERIFICATION_FILE).write_text(
        json.dumps(verification.as_dict(), indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return ReportResult(
        path, run_id, verification.ok, len(verification.problems), len(verification.registry)
    )
