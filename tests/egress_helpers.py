"""Test helpers for tests/test_egress.py: a Flower mod that records every reply a site sends, the
PHI and study text gathered from the raw synthetic sites, and a checker over recorded replies.

The recorder runs inside the simulation's Ray actors, so it writes what it sees to files: one JSON
document per reply (record names, keys, scalar values, array names/shapes/dtypes) with every bytes
payload (array data, SecAgg+ byte strings) beside it in a `.bin` file, named in the JSON with its
length and sha256.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pydicom
from flwr.app import (
    Array,
    ArrayRecord,
    ConfigRecord,
    Context,
    Error,
    Message,
    MetricRecord,
    RecordDict,
)

from simulation.synth.phi import format_date, format_mrn, format_phone

Mod = Callable[[Message, Context, Callable[[Message, Context], Message]], Message]

# Bytes payloads are searched only for needles of at least this many characters: shorter ones
# would match masked (uniformly random) SecAgg+ vectors by chance.
MIN_BYTES_NEEDLE = 6
# Words (name parts) of 4-5 letters are searched in string values only, as whole words.
MIN_TEXT_WORD = 4


# ---------------------------------------------------------------------------------------------
# Recording (runs in the ClientApp's process)


def _encode(value: Any, out: Path, stem: str, blobs: list[int]) -> Any:
    """A JSON-able, tagged form of a record value; bytes go to `<stem>-<n>.bin` under `out`."""
    if isinstance(value, bool):
        return {"t": "bool", "v": value}
    if isinstance(value, int):
        return {"t": "int", "v": value}
    if isinstance(value, float):
        return {"t": "float", "v": value}
    if isinstance(value, str):
        return {"t": "str", "v": value}
    if isinstance(value, bytes):
        name = f"{stem}-{len(blobs)}.bin"
        blobs.append(len(value))
        (out / name).write_bytes(value)
        return {
            "t": "bytes",
            "file": name,
            "len": len(value),
            "sha256": hashlib.sha256(value).hexdigest(),
        }
    if isinstance(value, list):
        return {"t": "list", "v": [_encode(v, out, stem, blobs) for v in value]}
    if isinstance(value, Array):
        enc = _encode(value.data, out, stem, blobs)
        enc.update(t="array", dtype=value.dtype, shape=list(value.shape), stype=value.stype)
        return enc
    return {"t": "other", "type": type(value).__name__, "v": repr(value)}


def serialize_reply(reply: Message, out: Path, labels: dict[str, Any]) -> Path:
    """Write one outgoing message (its content or its error) under `out`."""
    if reply.has_error():
        return serialize_content(None, reply.error, out, labels)
    return serialize_content(reply.content, None, out, labels)


def serialize_content(
    content: RecordDict | None, error: Error | None, out: Path, labels: dict[str, Any]
) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    stem = uuid.uuid4().hex
    blobs: list[int] = []
    records: list[dict[str, Any]] = []
    doc: dict[str, Any] = {"labels": labels, "error": None, "records": records}
    if error is not None:
        doc["error"] = {"code": error.code, "reason": str(error.reason)}
    if content is not None:
        groups: list[tuple[str, dict[str, Any]]] = [
            ("array", dict(content.array_records)),
            ("config", dict(content.config_records)),
            ("metric", dict(content.metric_records)),
        ]
        for kind, group in groups:
            for name, record in group.items():
                items = {k: _encode(v, out, stem, blobs) for k, v in record.items()}
                records.append({"kind": kind, "name": name, "items": items})
    path = out / f"{stem}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(doc, indent=1, sort_keys=True))
    tmp.rename(path)
    return path


def recording_mod(out_dir: Path) -> Mod:
    """A Flower mod that records every reply the rest of the ClientApp (the mods after it and the
    client) produces. Place it first in `mods` so that it sees the message that actually leaves.
    The incoming message's SecAgg+ stage and training stage/round are kept as labels only."""
    out = Path(out_dir)

    def recorder(
        msg: Message, ctxt: Context, call_next: Callable[[Message, Context], Message]
    ) -> Message:
        labels: dict[str, Any] = {
            "partition_id": int(ctxt.node_config.get("partition-id", -1)),  # type: ignore[call-overload]
            "message_type": msg.metadata.message_type,
        }
        if not msg.has_error():
            secagg = msg.content.config_records.get("secaggplus_configs")
            if secagg is not None and "stage" in secagg:
                labels["secagg_stage"] = secagg["stage"]
            fit = msg.content.config_records.get("fitins.config")
            if fit is not None:
                labels["stage"] = fit.get("stage")
                labels["global_round"] = fit.get("global_round")
        try:
            reply = call_next(msg, ctxt)
        except Exception as exc:
            # Flower's runtime answers a raising ClientApp with an error message whose reason is
            # `str(type(exc)) + ":<'" + str(exc) + "'>"`: record that reply as well.
            serialize_content(None, Error(code=-1, reason=f"{type(exc)}:<'{exc}'>"), out, labels)
            raise
        serialize_reply(reply, out, labels)
        return reply

    return recorder


# ---------------------------------------------------------------------------------------------
# Reading recorded replies


@dataclass
class Value:
    """One leaf value of a recorded reply: where it sits, its type tag, and its content."""

    path: str
    tag: str  # bool | int | float | str | bytes | array | other
    value: Any  # the scalar, the string, or the bytes (read from the .bin file)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reply:
    source: str
    labels: dict[str, Any]
    error: dict[str, Any] | None
    records: list[dict[str, Any]]
    root: Path

    def record(self, kind: str, name: str) -> dict[str, Any] | None:
        for rec in self.records:
            if rec["kind"] == kind and rec["name"] == name:
                return rec["items"]
        return None

    def leaves(self) -> Iterator[Value]:
        if self.error is not None:
            yield Value("error.reason", "str", self.error["reason"])
        for rec in self.records:
            yield Value(f"{rec['kind']}:{rec['name']}#name", "str", rec["name"])
            for key, enc in rec["items"].items():
                yield Value(f"{rec['kind']}:{rec['name']}.{key}#key", "str", key)
                yield from self._walk(f"{rec['kind']}:{rec['name']}.{key}", enc)

    def _walk(self, path: str, enc: dict[str, Any]) -> Iterator[Value]:
        tag = enc["t"]
        if tag == "list":
            for i, item in enumerate(enc["v"]):
                yield from self._walk(f"{path}[{i}]", item)
        elif tag in ("bytes", "array"):
            data = (self.root / enc["file"]).read_bytes()
            assert len(data) == enc["len"], path
            assert hashlib.sha256(data).hexdigest() == enc["sha256"], path
            yield Value(path, tag, data, enc)
        else:
            yield Value(path, tag, enc["v"], enc)


def load_replies(out_dir: Path) -> list[Reply]:
    replies = []
    for path in sorted(Path(out_dir).glob("*.json")):
        doc = json.loads(path.read_text())
        replies.append(Reply(path.name, doc["labels"], doc["error"], doc["records"], path.parent))
    return replies


# ---------------------------------------------------------------------------------------------
# What must not leave: PHI from the raw DICOM headers and reports, study ids, file names, text


@dataclass
class Needles:
    """Labelled strings that must not occur in any reply."""

    terms: dict[str, str] = field(default_factory=dict)  # term -> label

    def add(self, label: str, term: object) -> None:
        text = str(term).strip().strip(".,;:()")
        if len(text) >= MIN_TEXT_WORD:
            self.terms.setdefault(text, label)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+1 )?\(?(\d{3})\)?[ .-]?(\d{3})[ .-](\d{4})\b")
_MRN = re.compile(r"(?:MRN:?\s*|medical record number\s+)(MRN)?([0-9][0-9-]{5,})")
_ACCESSION = re.compile(r"accession:?\s+(A\d{9})", re.IGNORECASE)
_TEXT_LINE = re.compile(r"^(?:FINDINGS|IMPRESSION): (.+)$", re.MULTILINE)


def _dicom_date(value: str) -> date | None:
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except (ValueError, IndexError):
        return None


def _add_person(needles: Needles, label: str, dicom_name: object) -> None:
    raw = str(dicom_name)
    needles.add(label, raw)
    parts = [p for p in raw.split("^") if p and p != "Dr."]
    for part in parts:
        needles.add(f"{label} part", part)  # single letters (middle initials) are dropped
    if len(parts) >= 2:
        family, given = parts[0], parts[1]
        needles.add(label, f"{given} {family}")
        needles.add(label, f"{family}, {given}")


def _add_phone(needles: Needles, label: str, digits: str) -> None:
    needles.add(label, digits)
    for style in range(4):
        needles.add(label, format_phone(digits, style))


def _add_mrn(needles: Needles, mrn: str) -> None:
    for style in range(3):
        needles.add("MRN", format_mrn(mrn, style))


def _add_date(needles: Needles, label: str, when: date) -> None:
    needles.add(label, when.strftime("%Y%m%d"))
    for style in range(5):
        needles.add(label, format_date(when, style))


def _add_address(needles: Needles, label: str, one_line: str) -> None:
    needles.add(label, one_line)
    needles.add(f"{label} street", one_line.split(",")[0])


def header_phi(site_dir: Path, needles: Needles) -> int:
    """Identifying DICOM attributes of every instance of a raw site; returns instances read."""
    count = 0
    for path in sorted((site_dir / "dicom").glob("*.dcm")):
        ds = pydicom.dcmread(path, stop_before_pixels=True)
        count += 1
        _add_person(needles, "patient name", ds.PatientName)
        _add_mrn(needles, str(ds.PatientID))
        birth = _dicom_date(str(ds.PatientBirthDate))
        assert birth is not None, path
        _add_date(needles, "birth date", birth)
        study = _dicom_date(str(ds.StudyDate))
        if study is not None:
            _add_date(needles, "study date", study)
        _add_address(needles, "patient address", str(ds.PatientAddress))
        _add_phone(needles, "patient phone", str(ds.PatientTelephoneNumbers))
        needles.add("institution name", ds.InstitutionName)
        needles.add("issuer of patient id", ds.IssuerOfPatientID)
        _add_address(needles, "institution address", str(ds.InstitutionAddress))
        _add_person(needles, "referring physician", ds.ReferringPhysicianName)
        _add_person(needles, "reading physician", ds.NameOfPhysiciansReadingStudy)
        needles.add("accession number", ds.AccessionNumber)
        for uid in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID"):
            needles.add(uid, ds.get(uid))
    return count


def report_phi(site_dir: Path, needles: Needles) -> int:
    """Phone numbers, e-mails, MRNs and accession numbers written in the free-text reports (and
    the reports' findings/impression sentences); returns the number of values found."""
    found = 0
    for path in sorted((site_dir / "reports").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for email in _EMAIL.findall(text):
            needles.add("e-mail", email)
            found += 1
        for a, b, c in _PHONE.findall(text):
            _add_phone(needles, "report phone", a + b + c)
            found += 1
        for _, mrn in _MRN.findall(text):
            _add_mrn(needles, mrn.replace("-", ""))
            found += 1
        for accession in _ACCESSION.findall(text):
            needles.add("accession number", accession)
            found += 1
        for sentence in _TEXT_LINE.findall(text):
            needles.add("report text", sentence)
    return found


def study_text(site_dir: Path, needles: Needles) -> list[str]:
    """Study ids, file names, questions, answers, captions and conversation turns of a raw
    site; returns the study ids."""
    ids = sorted(p.stem for p in (site_dir / "dicom").glob("*.dcm"))
    for study in ids:
        needles.add("study id", study)
        for ext in ("dcm", "png", "txt"):
            needles.add("file name", f"{study}.{ext}")
    for path in sorted((site_dir / "captions").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            needles.add("caption", json.loads(line)["caption"])
    for path in [*(site_dir / "vqa").glob("*.json"), *(site_dir / "slake").glob("*.json")]:
        for rec in json.loads(path.read_text(encoding="utf-8")):
            needles.add("question", rec["question"])
            if len(str(rec["answer"])) >= MIN_BYTES_NEEDLE:
                needles.add("answer", rec["answer"])
    for path in (site_dir / "conversations").glob("*.json"):
        for rec in json.loads(path.read_text(encoding="utf-8")):
            for turn in rec["conversations"]:
                needles.add("conversation", str(turn["value"]).replace("<image>\n", ""))
    return ids


# ---------------------------------------------------------------------------------------------
# The checker

# Printable ASCII runs: any ASCII needle of >= 6 characters lies inside one of them.
_PRINTABLE_RUN = re.compile(rb"[\t\n\r\x20-\x7e]{%d,}" % MIN_BYTES_NEEDLE)
_STUDY_ID = re.compile(r"hospital-[a-z0-9]+-\d{4}")
_FILE_NAME = re.compile(r"[\w-]+\.(?:dcm|png|jpe?g|txt|jsonl|json|safetensors|npy)\b", re.I)
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_DICOM_MAGIC = b"DICM\x02\x00"


@dataclass
class Finding:
    source: str
    path: str
    label: str
    term: str


class Checker:
    """Searches every string value (case-insensitively; words under 6 letters as whole words)
    and every bytes payload (needles of >= 6 characters, as written, upper- and lower-cased) of
    a reply for the needles, study-id and file-name patterns and image file signatures."""

    def __init__(self, needles: Needles, forbidden_paths: list[str]) -> None:
        self.needles = needles
        self.long = {t.lower(): lab for t, lab in needles.terms.items() if len(t) >= 6}
        words = sorted(
            (t for t in needles.terms if len(t) < 6), key=len, reverse=True
        )  # short terms: whole words only
        self.word_label = {w.lower(): needles.terms[w] for w in words}
        self.words = (
            re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
            if words
            else None
        )
        self.paths = [p for p in forbidden_paths if len(p) >= MIN_BYTES_NEEDLE]
        assert all(t.isascii() for t in self.long), "non-ASCII needle: extend the bytes search"

    def _text(self, source: str, path: str, text: str) -> list[Finding]:
        out: list[Finding] = []
        low = text.lower()
        for term, label in self.long.items():
            if term in low:
                out.append(Finding(source, path, label, term))
        if self.words is not None:
            for m in self.words.finditer(text):
                out.append(Finding(source, path, self.word_label[m.group(1).lower()], m.group(1)))
        for m in _STUDY_ID.finditer(text):
            out.append(Finding(source, path, "study id pattern", m.group(0)))
        for m in _FILE_NAME.finditer(text):
            out.append(Finding(source, path, "file name pattern", m.group(0)))
        for p in self.paths:
            if p.lower() in low:
                out.append(Finding(source, path, "site path", p))
        return out

    def _bytes(self, source: str, path: str, data: bytes) -> list[Finding]:
        out: list[Finding] = []
        runs = b"\0".join(_PRINTABLE_RUN.findall(data)).decode("ascii")
        if runs:
            low = runs.lower()  # covers the needles as written, upper- and lower-cased
            for term, label in self.long.items():
                if term in low:
                    out.append(Finding(source, path, f"{label} (bytes)", term))
            for m in _STUDY_ID.finditer(runs):
                out.append(Finding(source, path, "study id pattern (bytes)", m.group(0)))
            for p in self.paths:
                if p.lower() in low:
                    out.append(Finding(source, path, "site path (bytes)", p))
        for magic, what in ((_PNG_MAGIC, "PNG signature"), (_DICOM_MAGIC, "DICOM signature")):
            if magic in data:
                out.append(Finding(source, path, what, repr(magic)))
        return out

    def scan(self, reply: Reply) -> list[Finding]:
        out: list[Finding] = []
        for leaf in reply.leaves():
            if leaf.tag == "str":
                out += self._text(reply.source, leaf.path, leaf.value)
                out += self._bytes(reply.source, leaf.path, leaf.value.encode("utf-8"))
            elif leaf.tag in ("bytes", "array"):
                out += self._bytes(reply.source, leaf.path, leaf.value)
            elif leaf.tag == "other":
                out.append(Finding(reply.source, leaf.path, "unexpected value type", leaf.value))
        return out


def fabricated_content(patient_name: str, study_id: str) -> RecordDict:
    """An outgoing message as a leaking site would send it: a patient name in a metric string and
    a study id's file name inside a bytes payload (between random bytes) and an array."""
    from flwr.common import ndarray_to_bytes

    rng = np.random.default_rng(0)
    noise = rng.integers(0, 256, size=4096, dtype=np.uint8).tobytes()
    blob = noise[:1000] + f"{study_id}.png".encode() + noise[1000:]
    content = RecordDict()
    content.config_records["fitres.metrics"] = ConfigRecord(
        {"num_examples": 3, "refused": "", "note": f"trained on {patient_name}'s study"}
    )
    content.config_records["secaggplus_configs"] = ConfigRecord({"masked_params": [blob]})
    content.metric_records["fitres.num_examples"] = MetricRecord({"num_examples": 3})
    content.array_records["fitres.parameters"] = ArrayRecord(
        {"0": Array(np.frombuffer(ndarray_to_bytes(np.zeros(4)) + blob, dtype=np.uint8))}
    )
    return content
