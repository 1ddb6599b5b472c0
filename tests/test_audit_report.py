"""`medfed audit report`: what it gathers (pure), and the HTML as headless Chromium renders it.

The ledger is generated: 3 sites, 6 rounds over 3 stages, one refusal, one dropout, one resume.
Chromium is Debian's package (scripts/install-chromium.sh); without it the rendering test skips.
"""

from __future__ import annotations

import base64
import io
import json
import shutil
import sqlite3
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import typer
from PIL import Image
from typer.testing import CliRunner

from auditor.report_data import StageSpan, build_run_report
from auditor.verify import verify_rows
from ledger.store import LEDGER_FILE, ConsortiumLedger, default_url
from medfed.cmd_audit import register
from protocols.ledger_entry import StageTransition
from simulation.synthetic_ledger import SyntheticRun, write_synthetic_run

RUN = "synthetic-run"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1200,3000",
]

app = typer.Typer()
register(app)
runner = CliRunner()


@pytest.fixture(scope="module")
def ledger_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SyntheticRun]:
    directory = tmp_path_factory.mktemp("ledger")
    with ConsortiumLedger(default_url(directory)) as ledger:
        run = write_synthetic_run(ledger)
    return directory / LEDGER_FILE, run


def _report(db: Path, out: Path, *extra: str) -> tuple[int, str]:
    res = runner.invoke(
        app, ["audit", "report", "--db", f"sqlite:///{db}", "--out", str(out), *extra]
    )
    return res.exit_code, res.output


def test_report_data_gathers_rounds_stages_refusals_dropouts_and_eps(
    ledger_file: tuple[Path, SyntheticRun],
) -> None:
    path, run = ledger_file
    with ConsortiumLedger(f"sqlite:///{path}", migrate=False) as ledger:
        rows, sites = ledger.rows(), ledger.sites()
    report = build_run_report(rows, sites, verify_rows(rows, sites, RUN), RUN)
    assert report.verification.ok and report.entries == 27
    assert [r.global_round for r in report.rounds] == [1, 2, 3, 4, 5, 6]
    assert report.stages == (
        StageSpan("align", 1, 2),
        StageSpan("instruct", 3, 4),
        StageSpan("vqa", 5, 6),
    )
    by_round = {r.global_round: r for r in report.rounds}
    assert by_round[3].dropouts == ("hospital-b",)
    assert by_round[3].participants == ("hospital-a", "hospital-c")
    assert [site for site, _ in by_round[5].refusals] == ["hospital-c"]
    assert "site policy" in by_round[5].refusals[0][1]
    assert [t.to_stage for t in report.transitions] == ["align", "instruct", "vqa"]
    assert [r.from_round for r in report.resumes] == [4]
    assert report.curriculum_digests == (run.curriculum_digest,)
    assert report.head_hash == rows[-1].entry_hash
    assert len(report.eps) == 17  # 18 site-rounds less the dropout
    summary = {s.name: s for s in report.sites}
    assert summary["hospital-b"].rounds_trained == 5 and summary["hospital-c"].refusals == 1
    assert summary["hospital-a"].cap == 8.0
    last_a = [p for p in report.eps if p.site == "hospital-a"][-1]
    assert summary["hospital-a"].peak_eps == last_a.logged == pytest.approx(last_a.recomputed)
    refused = [p for p in report.eps if p.status == "refused"]
    assert (
        len(refused) == 1
        and refused[0].logged
        == [p.logged for p in report.eps if p.site == "hospital-c" and p.global_round == 4][0]
    )  # a refusal spends nothing


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.sources.append(dict(attrs).get("src") or "")


def _pixels(png: bytes) -> np.ndarray:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    return np.asarray(image.convert("L"), dtype=np.float64)


@pytest.mark.skipif(
    CHROMIUM is None, reason="chromium not found: run scripts/install-chromium.sh to render"
)
def test_report_renders_in_headless_chromium(
    ledger_file: tuple[Path, SyntheticRun], tmp_path: Path
) -> None:
    code, output = _report(ledger_file[0], tmp_path / "out")
    assert code == 0, output
    html_path = tmp_path / "out" / "report.html"
    html = html_path.read_text(encoding="utf-8")
    for text in ("Verified.", "hospital-a", "hospital-c: site policy", "instruct", "resumed after"):
        assert text in html, text
    parser = _Images()
    parser.feed(html)
    assert len(parser.sources) == 3
    for src in parser.sources:
        prefix = "data:image/png;base64,"
        assert src.startswith(prefix)
        pixels = _pixels(base64.b64decode(src[len(prefix) :]))
        assert pixels.shape[0] > 100 and pixels.shape[1] > 400
        assert pixels.std() > 10.0  # a drawn figure, not a blank canvas
    shot = tmp_path / "shot.png"
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'chromium'}",
            f"--screenshot={shot}",
            html_path.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        cwd=tmp_path,
    )
    page = _pixels(shot.read_bytes())
    assert page.shape == (3000, 1200)
    inked = (page < 200).mean()
    assert 0.02 < inked < 0.9, inked  # text and figures drawn on a mostly light page
    assert page[:600].std() > 10.0  # the title, verdict and tables are at the top


def _tampered_report(
    ledger_file: tuple[Path, SyntheticRun], tmp_path: Path, table: str, sql: str, *args: object
) -> tuple[str, dict[str, Any]]:
    """The report (HTML, verification.json) on a copy of the ledger changed past its trigger."""
    db = tmp_path / LEDGER_FILE
    shutil.copy(ledger_file[0], db)
    con = sqlite3.connect(db)
    con.execute(f"DROP TRIGGER {table}_no_update")
    con.execute(sql, args)
    con.commit()
    con.close()
    code, output = _report(db, tmp_path / "out", "--json")
    assert code == 0, output
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    return html, json.loads((tmp_path / "out" / "verification.json").read_text())


def test_a_tampered_ledger_is_reported_as_failed(
    ledger_file: tuple[Path, SyntheticRun], tmp_path: Path
) -> None:
    html, verification = _tampered_report(
        ledger_file, tmp_path, "consortium_ledger",
        "UPDATE consortium_ledger SET signature = ? WHERE seq = 1", "00" * 64,
    )  # fmt: skip
    assert "Verification FAILED" in html
    assert "entry #1 (site_round, site &#x27;hospital-a&#x27;, round 1)" in html
    assert verification["ok"] is False
    assert {p["check"] for p in verification["problems"]} == {"signature", "participants"}


def test_an_altered_site_registration_is_listed_in_the_report(
    ledger_file: tuple[Path, SyntheticRun], tmp_path: Path
) -> None:
    html, verification = _tampered_report(
        ledger_file, tmp_path, "consortium_sites",
        "UPDATE consortium_sites SET key_fingerprint = 'zz' WHERE name = 'hospital-a'",
    )  # fmt: skip
    assert "Verification FAILED" in html and "1 in the site registry" in html
    assert "registered fingerprint &#x27;zz&#x27; is not its key" in html
    assert verification["ok"] is False and len(verification["registry"]) == 1


def test_a_ledger_of_several_runs_needs_run(
    ledger_file: tuple[Path, SyntheticRun], tmp_path: Path
) -> None:
    db = tmp_path / LEDGER_FILE
    shutil.copy(ledger_file[0], db)
    with ConsortiumLedger(f"sqlite:///{db}") as ledger:
        ledger.append(StageTransition("second-run", None, "align", 1))
    code, output = _report(db, tmp_path / "out")
    assert code == 2 and "holds 2 runs" in output and "--run" in output
    code, output = _report(db, tmp_path / "out", "--run", "second-run")
    assert code == 0 and (tmp_path / "out" / "report.html").is_file()
