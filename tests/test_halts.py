"""A stage with fewer than `min_sites` training sites halts: the run is recorded as halted (never
completed), the message names the stage, round and reasons, no checkpoint is written for the
halted round, and a SecAgg+ round in which every site refused (all weights 0) does not divide by
zero. Unit cases of the reason, and one real simulated federation in which every site's budget
is too small for the first round.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from coordinator.checkpoints import list_checkpoints
from coordinator.run_store import RunStore, sqlite_url
from coordinator.server_app import RunObserver
from coordinator.settings import CoordinatorSettings
from coordinator.status import gather
from coordinator.strategy import RoundSummary, StageHalted, halt_reason
from ledger.store import ConsortiumLedger
from model import default_base_dir
from protocols.ledger_entry import CoordinatorRoundEntry, SiteRoundEntry
from simulation.prepare import PreparedRun, registry_dir, sign_curriculum, write_site_policies
from simulation.simulate import quiet_frameworks, run_simulated
from simulation.synth import synthesize

ROOT = Path(__file__).resolve().parents[1]
DP = ROOT / "tests" / "data" / "dp-curriculum.toml"


def _settings(tmp_path: Path, run_id: str, data: Path) -> tuple[PreparedRun, CoordinatorSettings]:
    """A run of the DP test curriculum, signed for `run_id`, over the sites under `data`."""
    prepared = sign_curriculum(DP, default_base_dir(), tmp_path / "consortium", run_id)
    return prepared, CoordinatorSettings(
        out_dir=tmp_path / run_id, base_model=default_base_dir(), curriculum=prepared.curriculum,
        signed=prepared.signed, num_sites=3, seed=0, data_root=data,
        site_registry=registry_dir(tmp_path / "consortium"),
    )  # fmt: skip


def _summary(participants: int, **kw: object) -> RoundSummary:
    fields: dict[str, object] = dict(
        stage="align", stage_round=2, global_round=5, sampled=3, participants=participants,
        refusals=0, failures=0, dropped_nodes=(), num_examples=10 * participants,
        loss_before=1.0, loss_after=0.9, seconds=1.0,
    )  # fmt: skip
    fields.update(kw)
    return RoundSummary(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("participants", "extra", "expect"),
    [
        (3, {}, None),
        (2, {}, None),
        (
            1,
            {"refusals": 2},
            "1 of 3 sampled sites trained, the stage needs min_sites = 2; 2 refused",
        ),
        (0, {"halted": True, "dropped_nodes": (7, 9)}, "could not unmask"),
        (1, {"failures": 1, "dropped_nodes": (4,)}, "1 failed; dropped nodes 4"),
    ],
)
def test_halt_reason_names_stage_round_and_why(
    participants: int, extra: dict[str, object], expect: str | None
) -> None:
    reason = halt_reason(_summary(participants, **extra), min_sites=2)
    if expect is None:
        assert reason is None
    else:
        assert reason is not None and expect in reason
        assert reason.startswith("stage 'align' halted at round 5 (stage round 2): ")


class Recorder(RunObserver):
    def __init__(self) -> None:
        self.halts: list[str] = []

    def on_halt(self, reason: str) -> None:
        self.halts.append(reason)


@pytest.mark.slow
def test_a_round_where_every_site_refuses_halts_the_run(tmp_path: Path) -> None:
    quiet_frameworks()
    data = tmp_path / "hospitals"
    synthesize(data, sites=3, studies_per_site=24, seed=0)
    prepared, settings = _settings(tmp_path, "halt", data)
    write_site_policies(data, prepared, default_cap=0.01)  # no round fits any site's budget
    out = settings.out_dir
    recorder = Recorder()
    logging.getLogger("medfed.coordinator").setLevel(logging.INFO)
    with pytest.raises(StageHalted):  # Flower then marks a deployed run finished:failed
        run_simulated(settings, recorder)
    assert len(recorder.halts) == 1, recorder.halts
    reason = recorder.halts[0]
    assert "stage 'alignment' halted at round 1" in reason, reason
    assert "0 of 3 sampled sites trained" in reason and "3 refused" in reason, reason
    row = RunStore(sqlite_url(out)).run("halt")
    assert row is not None and row.status == "halted"
    assert list_checkpoints(out / "checkpoints") == []  # a resume retries the round
    with ConsortiumLedger(f"sqlite:///{out / 'consortium-ledger.sqlite'}", migrate=False) as led:
        entries = [r.entry for r in led.entries("halt")]
    sites = [e for e in entries if isinstance(e, SiteRoundEntry)]
    assert sorted(e.status for e in sites) == ["refused"] * 3
    (round_entry,) = [e for e in entries if isinstance(e, CoordinatorRoundEntry)]
    assert round_entry.participants == () and len(round_entry.refusals) == 3
    view = gather(out)  # what `medfed coordinator status RUN_DIR` shows the operator
    assert view.status == "halted" and view.halt == reason
    assert {s.last_outcome for s in view.sites.values()} == {"refused"}
    assert all(s.reason == "privacy budget cap reached" for s in view.sites.values())


@pytest.mark.slow
def test_sites_refusing_at_their_gate_halt_the_round_with_their_code(tmp_path: Path) -> None:
    """Every site refuses the round at its gate (the curriculum sent is not the one signed):
    the refusal is the ClientApp's error inside a SecAgg+ stage, so no aggregate is made. The
    halt names the refusals and their code, not only SecAgg+ failing to unmask."""
    import dataclasses

    quiet_frameworks()
    data = tmp_path / "hospitals"
    synthesize(data, sites=3, studies_per_site=24, seed=0)
    prepared, settings = _settings(tmp_path, "gate", data)
    write_site_policies(data, prepared)
    stages = list(settings.curriculum.stages)
    stages[0] = dataclasses.replace(stages[0], rounds=stages[0].rounds + 1)  # after signing
    settings = dataclasses.replace(
        settings, curriculum=dataclasses.replace(settings.curriculum, stages=tuple(stages))
    )
    recorder = Recorder()
    with pytest.raises(StageHalted):
        run_simulated(settings, recorder)
    (reason,) = recorder.halts
    assert "0 of 3 sampled sites trained" in reason and "3 refused (signature x3" in reason
    assert "could not unmask" not in reason


def test_a_run_that_fails_outside_a_round_is_recorded_failed_not_left_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any error after the run is started (here: the base model cannot be read) ends it as
    "failed" in the run store, with the error, and is raised again; `status` shows it."""
    from typing import Any, cast

    from coordinator import server_app
    from coordinator.status import outcome_line

    _prepared, settings = _settings(tmp_path, "broken", tmp_path)
    out = settings.out_dir

    def unreadable(path: Any) -> Any:
        raise OSError(f"{path}: input/output error")

    monkeypatch.setattr(server_app, "load_base", unreadable)
    with pytest.raises(OSError, match="input/output error"):
        server_app.run_federation(cast(Any, None), cast(Any, None), settings, RunObserver())
    store = RunStore(sqlite_url(out))
    row = store.run("broken")
    assert row is not None and row.status == "failed"
    (event,) = store.events("broken", "failure")
    assert (
        event.detail["error"].startswith("OSError: ")
        and "input/output error" in event.detail["error"]
    )
    view = gather(out)
    assert view.status == "failed" and view.halt is not None and "input/output" in view.halt
    assert "did not complete (failed)" in outcome_line(view, 1.0)
    assert "input/output error" in outcome_line(view, 1.0)
