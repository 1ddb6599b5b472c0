"""What leaves a site, checked on the wire: a real 3-site federation (Flower simulation, SecAgg+,
the DP test curriculum) in which every site's ClientApp has a recording mod OUTERMOST, so that it
sees each reply exactly as it leaves (after SecAgg+ masking). Over every recorded reply:

- no PHI from the raw sites' DICOM headers and reports (names and their parts, MRNs, birth and
  study dates, addresses, phones, e-mails, institutions, physicians, accession numbers, UIDs), no
  study ids or file names, no question, answer, caption, conversation or report text, no image
  file signatures: string values are searched case-insensitively (words of 4-5 letters as whole
  words), bytes payloads for every needle of >= 6 characters (shorter ones would match the masked
  random vectors by chance);
- no plaintext update: every ArrayRecord that leaves is empty except the collect stage's masked
  vector (`secaggplus_masked`), which has exactly the shapes of the stage's trainable update
  (nothing larger is sent) and holds integers spread over the whole modulus;
- metrics are FitReport's fields and SecAgg+ protocol keys, all scalars (no per-sample values);
- the signed ledger entries hold exactly SiteRoundEntry's fields and verify.

A negative control runs the same recorder serialization and checker over a fabricated leaking
message.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from egress_helpers import (
    Checker,
    Needles,
    Reply,
    fabricated_content,
    header_phi,
    load_replies,
    recording_mod,
    report_phi,
    serialize_content,
    study_text,
)
from flwr.app import Context, Error
from flwr.client import Client
from flwr.clientapp import ClientApp
from flwr.common import bytes_to_ndarray
from flwr.simulation import run_simulation

from coordinator.run_store import RunStore, sqlite_url
from coordinator.secure_agg import SecAggSettings
from coordinator.server_app import make_server_app
from coordinator.settings import CoordinatorSettings
from ledger.store import default_url as ledger_url
from model import attach_lora, default_base_dir, load_base, trainable_state
from protocols.keys import load_private_key
from protocols.ledger_entry import SiteRoundEntry, parse_entry, site_signature_valid
from protocols.round import RESENT_KEY, FitReport
from protocols.secagg_masking import MASKED_RECORD
from simulation.prepare import registry_dir, sign_curriculum, write_site_policies
from simulation.simulate import quiet_frameworks
from simulation.synth import synthesize
from site_agent.agent import SIGNING_KEY
from site_agent.client_app import SiteClient
from site_agent.secagg_mod import secaggplus_mask_mod
from site_agent.settings import default_agent_dir, resolve_site_settings, training_sites

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
DP = ROOT / "tests" / "data" / "dp-curriculum.toml"
SITES = 3
SECAGG_KEYS = {
    "setup": {"pk1", "pk2"},
    "share_keys": {"dsts", "ctxts"},
    "collect_masked_vectors": set(),  # the masked vector travels in its own ArrayRecord
    "unmask": {"nids", "shares"},
}
# FitReport's fields as metrics: its earlier releases travel, when there are any, as one
# string under RESENT_KEY (signed ledger entries, no per-sample value)
REPORT_FIELDS = {f.name for f in dataclasses.fields(FitReport)} - {"resent"}
# A reply's bytes outside the masked update: keys, encrypted shares, signatures.
SMALL_PAYLOAD = 4096


@dataclass(frozen=True)
class RawSites:
    data: Path
    needles: Needles
    study_ids: dict[str, list[str]]
    dicom_count: int
    report_values: int


@dataclass(frozen=True)
class Federation:
    raw: RawSites
    settings: CoordinatorSettings
    replies: list[Reply]
    sites: list[str]  # by partition id


@pytest.fixture(scope="module")
def raw_sites(tmp_path_factory: pytest.TempPathFactory) -> RawSites:
    data = tmp_path_factory.mktemp("egress") / "hospitals"
    synthesize(data, sites=SITES, studies_per_site=16, seed=0)
    needles = Needles()
    ids: dict[str, list[str]] = {}
    dicoms = values = 0
    for site in training_sites(data):  # the raw directories, before any curation
        dicoms += header_phi(site, needles)
        values += report_phi(site, needles)
        ids[site.name] = study_text(site, needles)
    return RawSites(data, needles, ids, dicoms, values)


@pytest.fixture(scope="module")
def federation(raw_sites: RawSites) -> Federation:
    quiet_frameworks()
    tmp = raw_sites.data.parent
    prepared = sign_curriculum(DP, default_base_dir(), tmp / "consortium", run_id="egress")
    write_site_policies(raw_sites.data, prepared, default_cap=50.0)
    settings = CoordinatorSettings(
        out_dir=tmp / "run", base_model=default_base_dir(),
        curriculum=prepared.curriculum, signed=prepared.signed, num_sites=SITES, seed=0,
        data_root=raw_sites.data, site_registry=registry_dir(tmp / "consortium"),
        ledger_url=ledger_url(tmp), secagg=SecAggSettings(enabled=True),
    )  # fmt: skip
    recorded = tmp / "recorded"
    data_root = raw_sites.data.resolve()

    def client_fn(context: Context) -> Client:  # as site_agent.client_app.make_client_app
        return SiteClient(resolve_site_settings(context, data_root=data_root)).to_client()

    run_simulation(
        server_app=make_server_app(settings),
        client_app=ClientApp(
            client_fn=client_fn, mods=[recording_mod(recorded), secaggplus_mask_mod]
        ),
        num_supernodes=SITES,
        backend_config={
            "client_resources": {"num_cpus": 1, "num_gpus": 0.0},
            "init_args": {"logging_level": 40, "log_to_driver": False},
        },
    )
    sites = [p.name for p in training_sites(raw_sites.data)]
    return Federation(raw_sites, settings, load_replies(recorded), sites)


def _rounds(settings: CoordinatorSettings) -> int:
    return sum(stage.rounds for stage in settings.curriculum.stages)


def _collect(fed: Federation) -> list[Reply]:
    return [r for r in fed.replies if r.labels.get("secagg_stage") == "collect_masked_vectors"]


def test_the_recorder_saw_every_reply_of_a_completed_run(federation: Federation) -> None:
    fed = federation
    rounds = RunStore(sqlite_url(fed.settings.out_dir)).rounds(fed.settings.run_id)
    assert [r.participants for r in rounds] == [SITES] * _rounds(fed.settings)
    # every site answers the four SecAgg+ stages of every round, and nothing else
    assert len(fed.replies) == SITES * 4 * _rounds(fed.settings)
    assert all(r.error is None for r in fed.replies), [r.error for r in fed.replies]
    assert {r.labels["message_type"] for r in fed.replies} == {"train"}
    for stage in SECAGG_KEYS:
        got = sorted(
            (r.labels["partition_id"], r.labels.get("global_round"))
            for r in fed.replies
            if r.labels.get("secagg_stage") == stage
        )
        assert len(got) == SITES * _rounds(fed.settings), (stage, got)
    trained = sorted((r.labels["partition_id"], r.labels["global_round"]) for r in _collect(fed))
    assert trained == [(p, g) for p in range(SITES) for g in range(1, _rounds(fed.settings) + 1)]


def test_no_phi_study_ids_file_names_or_text_leave(federation: Federation) -> None:
    fed, raw = federation, federation.raw
    # the needles are really there: 16 studies x 3 sites, names, contacts, ids, text
    labels = set(raw.needles.terms.values())
    assert raw.dicom_count == SITES * 16
    assert raw.report_values >= SITES * 16
    for label in ("patient name", "patient name part", "birth date", "MRN", "patient address",
                  "patient phone", "report phone", "e-mail", "institution name",
                  "institution address", "referring physician", "reading physician",
                  "accession number", "study id", "file name", "question", "caption",
                  "conversation", "report text", "StudyInstanceUID"):  # fmt: skip
        assert label in labels, label
    assert sum(len(v) for v in raw.study_ids.values()) == SITES * 16
    checker = Checker(raw.needles, [str(raw.data.resolve()), str(raw.data.parent)])
    findings = [f for reply in fed.replies for f in checker.scan(reply)]
    assert findings == [], findings[:20]


def _stage_layouts(settings: CoordinatorSettings) -> dict[str, list[tuple[int, ...]]]:
    """Per stage, the shapes of its trainable update in the codec's (sorted-name) order, on the
    tiny base with every group of the curriculum attached at the run's LoRA rank (as the
    coordinator builds it)."""
    base, _tok, _preset = load_base(settings.base_model)
    cur = settings.curriculum
    model = attach_lora(base, cur.all_groups, r=settings.lora_rank)
    out = {}
    for stage in cur.stages:
        state = trainable_state(model, stage.trainable_groups)
        out[stage.name] = [tuple(state[k].shape) for k in sorted(state)]
    return out


def test_only_the_masked_update_of_the_stage_size_leaves(federation: Federation) -> None:
    fed = federation
    layouts = _stage_layouts(fed.settings)
    sizes = {name: sum(math.prod(s) for s in shapes) for name, shapes in layouts.items()}
    largest = max(sizes.values())
    assert fed.settings.lora_rank == 8 and len(set(sizes.values())) == len(sizes)
    quantization = fed.settings.secagg.quantization_range
    for reply in fed.replies:
        # the plaintext update never leaves: SecAgg+ empties the ArrayRecord it came in
        for rec in reply.records:
            if rec["kind"] == "array" and rec["name"] != MASKED_RECORD:
                assert rec["items"] == {}, (reply.source, rec["name"], list(rec["items"]))
        masked = reply.record("array", MASKED_RECORD)
        small = [
            leaf
            for leaf in reply.leaves()
            if leaf.tag in ("bytes", "array", "str")
            and not leaf.path.startswith(f"array:{MASKED_RECORD}.")
        ]
        for leaf in small:
            assert len(leaf.value) <= SMALL_PAYLOAD, (reply.source, leaf.path, len(leaf.value))
        if reply.labels.get("secagg_stage") != "collect_masked_vectors":
            assert masked is None, reply.source
            continue
        assert masked is not None, reply.source
        stage = reply.labels["stage"]
        prefix = f"array:{MASKED_RECORD}."
        found = {
            int(leaf.path[len(prefix) :]): bytes_to_ndarray(leaf.value)
            for leaf in reply.leaves()
            if leaf.path.startswith(prefix) and leaf.tag == "array"
        }
        arrays = [found[i] for i in range(len(found))]  # the recording keeps keys sorted as text
        # SecAgg+ sends the site's quantized weight first (one value), then the update's arrays
        weight, update = arrays[0], arrays[1:]
        assert weight.shape == (1,), (reply.source, weight.shape)
        assert [a.shape for a in update] == layouts[stage], (reply.source, stage)
        assert sum(a.size for a in update) == sizes[stage] <= largest
        # masked: integers spread over the whole modulus, far beyond the quantized update's range
        flat = np.concatenate([a.ravel() for a in update])
        assert np.issubdtype(flat.dtype, np.integer) and flat.min() >= 0
        assert (flat >= quantization).mean() > 0.9, (reply.source, stage)


def test_metrics_are_report_fields_and_secagg_keys_all_scalars(federation: Federation) -> None:
    fed = federation
    allowed = {
        ("config", "fitres.metrics"),
        ("config", "fitres.status"),
        ("config", "secaggplus_configs"),
        ("metric", "fitres.num_examples"),
        ("array", "fitres.parameters"),
        ("array", MASKED_RECORD),
    }
    for reply in fed.replies:
        names = {(rec["kind"], rec["name"]) for rec in reply.records}
        assert names <= allowed, (reply.source, names - allowed)
        stage = reply.labels["secagg_stage"]
        assert set(reply.record("config", "secaggplus_configs") or {}) == SECAGG_KEYS[stage]
        for rec in reply.records:
            for key, enc in rec["items"].items():
                if rec["name"] in ("secaggplus_configs", MASKED_RECORD):
                    continue
                # one scalar per key: no lists, so no per-sample values
                assert enc["t"] in ("bool", "int", "float", "str"), (rec["name"], key, enc["t"])
        for leaf in reply.leaves():
            if leaf.tag == "float":
                assert math.isfinite(leaf.value), (reply.source, leaf.path)
        secagg = reply.record("config", "secaggplus_configs") or {}
        for key, enc in secagg.items():
            if key in ("pk1", "pk2"):  # the site's two public keys for this round
                assert enc["t"] == "bytes" and enc["len"] <= 256, key
                continue
            assert enc["t"] == "list", key
            kinds = {item["t"] for item in enc["v"]}
            if key in ("dsts", "nids"):
                assert kinds <= {"int"} and len(enc["v"]) <= SITES
            elif key in ("ctxts", "shares"):
                assert kinds <= {"bytes"} and len(enc["v"]) <= SITES
        if stage != "collect_masked_vectors":
            assert [rec["name"] for rec in reply.records] == ["secaggplus_configs"]
            continue
        masked = reply.record("array", MASKED_RECORD) or {}
        assert sorted(masked, key=int) == [str(i) for i in range(len(masked))] and len(masked) > 1
        assert {enc["dtype"] for enc in masked.values()} == {"uint32"}
        metrics = reply.record("config", "fitres.metrics")
        assert metrics is not None and set(metrics) <= REPORT_FIELDS | {RESENT_KEY}, reply.source
        # what sites send today: the whole FitReport, and from a site's second round on its
        # earlier signed spends again (the run's latest, each an entry the ledger signed)
        assert set(metrics) - {RESENT_KEY} == REPORT_FIELDS
        values = {k: enc["v"] for k, enc in metrics.items()}
        report = FitReport.from_metrics(values)
        assert type(report.num_examples) is int and report.num_examples > 0  # a count
        assert report.refused == ""
        for body, signature in report.resent:  # the site's own earlier spends, signed
            earlier = parse_entry(body)
            assert isinstance(earlier, SiteRoundEntry) and earlier.status == "trained", body
            assert _HEX.fullmatch(signature) and body != report.ledger_entry
        count = reply.record("metric", "fitres.num_examples")
        assert count is not None and set(count) == {"num_examples"}
        assert count["num_examples"]["v"] == report.num_examples
        status = reply.record("config", "fitres.status")
        assert status is not None and {k: e["v"] for k, e in status.items()} == {
            "code": 0,
            "message": "Success",
        }


_HEX = re.compile(r"[0-9a-f]+")


def test_ledger_entries_hold_only_their_fields(federation: Federation) -> None:
    fed = federation
    stages = {s.name for s in fed.settings.curriculum.stages}
    expected: set[str] | None = None
    for reply in _collect(fed):
        metrics = reply.record("config", "fitres.metrics")
        assert metrics is not None
        body, signature = metrics["ledger_entry"]["v"], metrics["ledger_signature"]["v"]
        entry = parse_entry(body, reply.source)  # exactly SiteRoundEntry's fields, or it raises
        assert isinstance(entry, SiteRoundEntry)
        doc = json.loads(body)
        flat = {k for k in doc if k != "mechanism"} | set(doc["mechanism"])
        names = {f.name for f in dataclasses.fields(SiteRoundEntry)}
        # `interrupted` (spends a killed round left) is in the document only when not empty;
        # no round of this run was interrupted
        assert "interrupted" not in doc and entry.interrupted == ()
        assert flat - {"schema_version", "entry_type"} == names - {"interrupted"}
        assert set(doc["mechanism"]) == set(entry.mechanism())
        expected = expected or set(doc)
        assert set(doc) == expected
        # every string field is an identifier the consortium already knows, or a digest
        site = fed.sites[reply.labels["partition_id"]]
        assert entry.site == site and entry.run_id == fed.settings.run_id
        assert entry.stage == reply.labels["stage"] and entry.stage in stages
        assert entry.global_round == reply.labels["global_round"]
        assert entry.status == "trained" and entry.reason is None
        assert entry.accountant == "rdp" and entry.entry_type == "site_round"
        assert _HEX.fullmatch(entry.dataset_digest) and len(entry.dataset_digest) == 64
        assert entry.update_digest is not None and _HEX.fullmatch(entry.update_digest)
        assert _HEX.fullmatch(signature) and len(signature) == 128
        key = load_private_key(default_agent_dir(fed.raw.data / site) / f"{SIGNING_KEY}.key")
        assert site_signature_valid(key.public_key(), entry, bytes.fromhex(signature))


def test_the_checker_reports_a_planted_name_and_study_id(
    raw_sites: RawSites, tmp_path: Path
) -> None:
    """Negative control: the same serialization and checker find a leak when there is one."""
    needles = raw_sites.needles
    name = next(t for t, label in needles.terms.items() if label == "patient name" and " " in t)
    site, ids = next(iter(raw_sites.study_ids.items()))
    leaking = fabricated_content(name, ids[3])
    serialize_content(leaking, None, tmp_path, {"secagg_stage": "fabricated"})
    serialize_content(
        fabricated_content("nobody", "nothing"), None, tmp_path, {"secagg_stage": "clean"}
    )
    replies = {r.labels["secagg_stage"]: r for r in load_replies(tmp_path)}
    checker = Checker(needles, [str(raw_sites.data)])
    assert checker.scan(replies["clean"]) == []
    findings = checker.scan(replies["fabricated"])
    found = {(f.label, f.term.lower()) for f in findings}
    assert ("patient name", name.lower()) in found, findings
    for part in name.split():  # parts of the name are reported too
        if len(part) >= 4:
            assert any(term == part.lower() for _label, term in found), (part, findings)
    # the study id, in the bytes payload and in the array's raw bytes
    id_hits = [f for f in findings if f.term.lower() in (ids[3], f"{ids[3]}.png")]
    assert {f.path.split(".")[0] for f in id_hits} >= {
        "config:secaggplus_configs",
        "array:fitres",
    }, findings
    assert any(f.label.startswith("study id") for f in id_hits)
    assert any(f.label.startswith("file name") for f in id_hits)
    assert site in ids[3]
    # an error reply (a ClientApp exception's text, which Flower forwards) naming a curated file
    reason = f"<class 'ManifestError'>:<'1 file(s) differ, first 'dicom/{ids[5]}.dcm''>"
    serialize_content(None, Error(code=-1, reason=reason), tmp_path, {"secagg_stage": "error"})
    errors = {r.labels["secagg_stage"]: r for r in load_replies(tmp_path)}["error"]
    found = {(f.path, f.term) for f in checker.scan(errors)}
    assert ("error.reason", ids[5]) in found and ("error.reason", f"{ids[5]}.dcm") in found
