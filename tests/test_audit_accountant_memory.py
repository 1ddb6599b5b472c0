"""The auditor recomputes each eps within the memory it is given (`--max-accountant-mb`, the
PRV accountant's grid), as a site does under its policy's `max_accountant_mb`: a history that
needs more is named as one that cannot be recomputed, and says which option gives it more."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import typer
from test_hostile_site_records import MECHANISM, _Consortium, _entry, _summary
from typer.testing import CliRunner

from auditor.verify import verify_ledger
from coordinator.strategy import RoundRecord
from medfed.cmd_audit import register
from protocols.accounting import accounting_cost, epsilon_of

PRV = dataclasses.replace(MECHANISM, accountant="prv")
app = typer.Typer()
register(app)


def test_a_prv_history_is_recomputed_within_the_memory_the_auditor_is_given(
    tmp_path: Path,
) -> None:
    consortium = _Consortium(tmp_path, ("hospital-a", "hospital-b"))
    log = consortium.open()
    for rnd in (1, 2):
        eps = epsilon_of([PRV] * rnd, 1e-5, "prv")
        entry = dataclasses.replace(_entry("hospital-a", rnd, eps), accountant="prv")
        log.round(_summary(rnd), RoundRecord((consortium.sent(entry, 11),), "f" * 64), "d" * 64)
    assert accounting_cost([PRV] * 2, 1e-5, "prv").megabytes > 1  # the oracle: over 1 MB
    result = verify_ledger(log.ledger)
    assert result.ok, [str(p) for p in result.problems]
    tight = verify_ledger(log.ledger, max_accountant_mb=1)
    assert not tight.ok and {p.row.global_round for p in tight.problems} == {1, 2}
    for problem in tight.problems:
        assert "cannot recompute" in problem.reason and "over the limit of 1 MB" in problem.reason
        assert "--max-accountant-mb" in problem.reason
    log.close()

    runner = CliRunner()
    verify = ["audit", "verify", "--db", consortium.url]
    res = runner.invoke(app, [*verify, "--max-accountant-mb", "1"])
    assert res.exit_code == 1 and "--max-accountant-mb" in res.output
    assert runner.invoke(app, verify).exit_code == 0
    assert runner.invoke(app, [*verify, "--max-accountant-mb", "0.5"]).exit_code == 2
