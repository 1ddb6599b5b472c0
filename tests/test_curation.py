"""Curation: DICOM de-identification, report scrubbing, curated site copies, the CLI."""

from __future__ import annotations

import hashlib
import hmac
import importlib
import json
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pydicom
import pytest
import typer
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.uid import UID
from typer.testing import CliRunner

from meddata import load_site
from medfed.cmd_site import register
from simulation.synth import synthesize
from simulation.synth.phi import format_date, format_mrn, format_phone
from site_agent.curation import (
    CurationError,
    CurationOptions,
    CurationReport,
    KnownIdentifiers,
    ManifestError,
    Pseudonymizer,
    curate_site,
    deidentify,
    scrub_text,
    verify_manifest,
)
from site_agent.curation.annex_e import Action, basic_profile
from site_agent.curation.scrub_text import Span, find_phi

SECRET = b"site-secret-for-tests-0123456789"
IDS = Pseudonymizer(SECRET)
SAMPLES = ("CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "rtdose.dcm", "JPEG2000.dcm")


@dataclass(frozen=True)
class Curated:
    src: Path
    dst: Path
    report: CurationReport
    sibling: str  # same study and series as another file, different pixels


def _expected_uid(secret: bytes, uid: str) -> str:
    """Independent oracle for the keyed UID: HMAC-SHA256 -> UUIDv8 -> 2.25.<int>."""
    mac = hmac.new(secret, b"uid\x00" + uid.encode(), hashlib.sha256).digest()
    value = int.from_bytes(mac[:16], "big")
    value = (value & ~(0xF << 76)) | (0x8 << 76)
    value = (value & ~(0x3 << 62)) | (0x2 << 62)
    return f"2.25.{value}"


def _add_edge_cases(site: Path) -> str:
    dicoms = sorted((site / "dicom").glob("*.dcm"))
    first = pydicom.dcmread(dicoms[0])
    # Same pixels, new instance UID: an exact duplicate image to be removed.
    first.SOPInstanceUID = first.file_meta.MediaStorageSOPInstanceUID = UID("2.25.1234567")
    first.save_as(site / "dicom" / "zz-duplicate.dcm", enforce_file_format=True)
    # Same study and series, other pixels, a private tag: kept, with the study's UIDs mapped
    # exactly as in the first file.
    sibling = pydicom.dcmread(dicoms[0])
    sibling.SOPInstanceUID = sibling.file_meta.MediaStorageSOPInstanceUID = UID("2.25.7654321")
    sibling.PixelData = np.ascontiguousarray(sibling.pixel_array[::-1]).tobytes()
    block = sibling.private_block(0x0009, "ACME 1.0", create=True)
    block.add_new(0x01, "LO", f"note on {sibling.PatientName.family_name}")
    sibling.save_as(site / "dicom" / "zz-sibling.dcm", enforce_file_format=True)
    burned = pydicom.dcmread(dicoms[1])
    burned.BurnedInAnnotation = "YES"
    burned.SOPInstanceUID = burned.file_meta.MediaStorageSOPInstanceUID = UID("2.25.99")
    burned.PixelData = np.ascontiguousarray(burned.pixel_array.T).tobytes()
    burned.save_as(site / "dicom" / "zz-burned.dcm", enforce_file_format=True)
    data = dicoms[2].read_bytes()
    (site / "dicom" / "zz-truncated.dcm").write_bytes(data[: len(data) - 1000])
    (site / "dicom" / "zz-notes.dcm").write_text("not an image, just notes\n")
    return "zz-sibling.dcm"


@pytest.fixture(scope="module")
def curated(tmp_path_factory: pytest.TempPathFactory) -> Curated:
    root = tmp_path_factory.mktemp("curation")
    summary = synthesize(root / "hospitals", sites=1, studies_per_site=12, seed=0)
    src = root / "hospitals" / summary.sites[0]
    sibling = _add_edge_cases(src)
    dst = root / "curated" / src.name
    return Curated(src, dst, curate_site(src, dst, SECRET), sibling)


def test_counts(curated: Curated) -> None:
    r = curated.report
    assert (r.dicom_read, r.dicom_deidentified, r.duplicates_removed) == (14, 13, 1)
    assert (r.skipped_corrupt, r.skipped_not_dicom, r.skipped_burned_in) == (1, 1, 1)
    assert (r.reports_scrubbed, r.images_copied, r.dataset_files) == (12, 12, 8)
    problems = "\n".join(r.problems)
    assert "zz-truncated.dcm" in problems and "zz-notes.dcm" in problems
    assert not (curated.dst / "dicom" / f"{IDS.file_stem('zz-duplicate')}.dcm").exists()
    assert not list(curated.dst.rglob("zz-*")) and not list(curated.dst.rglob("hospital-*"))
    assert len(list((curated.dst / "dicom").iterdir())) == 13


def _phi_strings(src: Path) -> set[str]:
    """Every identifying value the generator put in the headers, in the spellings reports use."""
    values: set[str] = set()
    for path in sorted((src / "dicom").glob("hospital-*.dcm")):
        values |= _phi_of(pydicom.dcmread(path))
    return values


def _phi_of(ds: Dataset) -> set[str]:
    values: set[str] = set()
    for keyword in ("PatientName", "ReferringPhysicianName", "NameOfPhysiciansReadingStudy"):
        pn = ds[keyword].value
        values |= {str(pn), pn.family_name, pn.given_name}
    mrn = str(ds.PatientID)
    values |= {format_mrn(mrn, i) for i in range(3)} | {str(ds.AccessionNumber)}
    birth = datetime.strptime(ds.PatientBirthDate, "%Y%m%d").date()
    study = datetime.strptime(ds.StudyDate, "%Y%m%d").date()
    values |= {ds.PatientBirthDate} | {format_date(d, i) for d in (birth, study) for i in range(5)}
    phone = str(ds.PatientTelephoneNumbers)
    values |= {phone} | {format_phone(phone, i) for i in range(4)}
    for keyword in ("InstitutionName", "InstitutionAddress", "PatientAddress"):
        values.add(str(ds[keyword].value))
    values |= {part.strip() for part in str(ds.PatientAddress).split(",")}
    return {v for v in values if len(v) >= 3}


def _without_pixels(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".dcm":
        pixels = bytes(pydicom.dcmread(path).PixelData)
        data = data.replace(pixels, b"")
    return data


def test_no_phi_anywhere_in_the_output(curated: Curated) -> None:
    phi = _phi_strings(curated.src)
    assert len(phi) > 100
    outputs = [p for p in curated.dst.rglob("*") if p.is_file()]
    for path in outputs:
        binary = path.suffix == ".png"
        data = path.read_bytes() if binary else _without_pixels(path)
        text = data.decode("latin-1").lower()
        for value in phi:
            if binary and len(value) < 8:  # short strings occur by chance in compressed bytes
                continue
            pattern = r"(?<![a-z0-9])" + re.escape(value.lower()) + r"(?![a-z0-9])"
            assert not re.search(pattern, text), f"{value!r} left in {path}"


def _source(curated: Curated, out: Path) -> Path:
    """The source file a curated file came from (its name is a keyed pseudonym of the source's)."""
    top = out.parent.name
    by_stem = {IDS.file_stem(p.stem): p for p in (curated.src / top).iterdir()}
    return by_stem[out.stem]


def test_pixels_identical_and_headers_marked(curated: Curated) -> None:
    for out in sorted((curated.dst / "dicom").glob("*.dcm")):
        original, cleaned = pydicom.dcmread(_source(curated, out)), pydicom.dcmread(out)
        np.testing.assert_array_equal(original.pixel_array, cleaned.pixel_array)
        assert cleaned.PatientIdentityRemoved == "YES"
        code = cleaned.DeidentificationMethodCodeSequence[0]
        assert (code.CodeValue, code.CodingSchemeDesignator) == ("113100", "DCM")
        assert not any(e.tag.is_private for e in cleaned.iterall())
        assert cleaned.PatientName == "" and "PatientAddress" not in cleaned
        assert "InstitutionAddress" not in cleaned and cleaned.PatientBirthDate == ""


def test_uids_replaced_consistently(curated: Curated) -> None:
    mapping: dict[str, str] = {}
    outputs = sorted((curated.dst / "dicom").glob("*.dcm"))
    for out in outputs:
        original, cleaned = pydicom.dcmread(_source(curated, out)), pydicom.dcmread(out)
        for keyword in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID"):
            old, new = str(original[keyword].value), str(cleaned[keyword].value)
            assert new == _expected_uid(SECRET, old) and new.startswith("2.25.")
            assert pydicom.uid.UID(new).is_valid and mapping.setdefault(old, new) == new
        assert cleaned.file_meta.MediaStorageSOPInstanceUID == cleaned.SOPInstanceUID
        assert cleaned.SOPClassUID == original.SOPClassUID  # class UIDs are not identifying
    sibling_name = IDS.file_stem(Path(curated.sibling).stem) + ".dcm"
    sibling = pydicom.dcmread(curated.dst / "dicom" / sibling_name)
    studies = [pydicom.dcmread(p).StudyInstanceUID for p in outputs]
    assert studies.count(sibling.StudyInstanceUID) == 2  # the sibling kept its study link
    assert len({pydicom.dcmread(p).SOPInstanceUID for p in outputs}) == len(outputs)


CLINICAL = ("lesion", "lesions", "left", "right", "lungs", "opacity", "clear", "impression")


def test_reports_keep_clinical_words(curated: Curated) -> None:
    for out in sorted((curated.dst / "reports").glob("*.txt")):
        before = _source(curated, out).read_text().lower()
        after = out.read_text().lower()
        for word in CLINICAL:
            pattern = rf"\b{word}\b"
            assert len(re.findall(pattern, after)) == len(re.findall(pattern, before)), word
        assert "[name]" in after and "[phone]" in after
        # Dates are shifted (ISO form), not masked: the same offset for the whole report.
        assert re.search(r"\b(?:19|20)\d\d-\d\d-\d\d\b", after), after


def test_curated_site_loads_with_the_same_samples(curated: Curated) -> None:
    for split in ("train", "test"):
        a, b = load_site(curated.src, split), load_site(curated.dst, split)
        assert [(s.qid, s.question, s.answer) for s in a.vqa] == [
            (s.qid, s.question, s.answer) for s in b.vqa
        ]
        assert [c.caption for c in a.captions] == [c.caption for c in b.captions]
        assert [c.turns for c in a.conversations] == [c.turns for c in b.conversations]


def test_manifest(curated: Curated, tmp_path: Path) -> None:
    manifest_text = (curated.dst / "manifest.json").read_text()
    files = json.loads(manifest_text)["files"]
    outputs = {p.relative_to(curated.dst).as_posix() for p in curated.dst.rglob("*") if p.is_file()}
    assert set(files) == outputs - {"manifest.json"}
    for removed in ("zz-duplicate", "zz-truncated", "zz-notes", "zz-burned"):
        assert removed not in manifest_text
    assert verify_manifest(curated.dst) == curated.report.manifest_digest
    # Same input and secret: the same data set identity; another secret: another one.
    again = curate_site(curated.src, tmp_path / "again", SECRET)
    other = curate_site(curated.src, tmp_path / "other", b"another-secret-0123456789")
    assert again.manifest_digest == curated.report.manifest_digest
    assert other.manifest_digest != curated.report.manifest_digest
    report = next((tmp_path / "again" / "reports").glob("*.txt"))
    report.write_text(report.read_text() + "tampered\n")
    with pytest.raises(ManifestError, match=report.name):
        verify_manifest(tmp_path / "again")


def test_bad_input(curated: Curated, tmp_path: Path) -> None:
    with pytest.raises(CurationError, match="not found"):
        curate_site(tmp_path / "absent", tmp_path / "out", SECRET)
    with pytest.raises(CurationError, match="not an empty directory"):
        curate_site(curated.src, curated.dst, SECRET)
    with pytest.raises(CurationError, match="at least 16 bytes"):
        curate_site(curated.src, tmp_path / "out", b"short")
    with pytest.raises(CurationError, match="outside the source"):
        curate_site(curated.src, curated.src / "curated", SECRET)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", SAMPLES)
def test_pydicom_samples(name: str, tmp_path: Path) -> None:
    path = get_testdata_file(name)
    assert path is not None
    original = pydicom.dcmread(path)
    ds = pydicom.dcmread(path)
    deidentify(ds, Pseudonymizer(SECRET))
    for keyword in ("PatientName", "PatientID", "PatientBirthDate", "InstitutionName"):
        if original.get(keyword):
            assert ds.get(keyword) != original.get(keyword), keyword
    assert not any(e.tag.is_private for e in ds.iterall())
    ds.save_as(tmp_path / name, enforce_file_format=True)
    written = pydicom.dcmread(tmp_path / name)
    if "PixelData" in original:
        assert bytes(written.PixelData) == bytes(original.PixelData)
        np.testing.assert_array_equal(written.pixel_array, original.pixel_array)
    assert str(written.SOPInstanceUID) == _expected_uid(SECRET, str(original.SOPInstanceUID))


def test_annex_e_table_and_nested_sequences() -> None:
    table = basic_profile()
    assert len(table) > 600

    def tag(keyword: str) -> int:
        found = pydicom.datadict.tag_for_keyword(keyword)
        assert found is not None
        return found

    assert table.action_for(tag("PatientName")) is Action.EMPTY
    assert table.action_for(tag("PatientAddress")) is Action.REMOVE
    assert table.action_for(tag("StudyInstanceUID")) is Action.UID
    assert table.action_for(0x60023000) is Action.REMOVE  # overlay data, any 60xx group
    assert table.action_for(0x60004000) is Action.REMOVE  # overlay comments
    assert table.action_for(0x50020010) is Action.REMOVE  # curves
    assert table.action_for(tag("Rows")) is None  # kept

    ds = Dataset()
    ds.add_new(0x60003000, "OW", b"\x00\x01")
    ds.add_new(0x60004000, "LT", "overlay by Jane Doe")
    ref = Dataset()
    ref.ReferencedSOPInstanceUID = "1.2.3.4"
    ds.ReferencedImageSequence = [ref]
    inner = Dataset()
    inner.PatientName = "Doe^Jane"
    inner.EvaluatorName = "Roe^Richard"  # a person name the table does not list
    inner.TextValue = "Discussed with Dr. Jane Doe on 03/04/2021."
    ds.AnatomicRegionSequence = [inner]  # not in the table: kept and cleaned inside
    summary = deidentify(ds, Pseudonymizer(SECRET))
    assert 0x60003000 not in ds and 0x60004000 not in ds
    assert ds.ReferencedImageSequence[0].ReferencedSOPInstanceUID == _expected_uid(
        SECRET, "1.2.3.4"
    )
    assert ds.AnatomicRegionSequence[0].PatientName == ""
    assert ds.AnatomicRegionSequence[0].EvaluatorName == ""
    assert "Jane" not in ds.AnatomicRegionSequence[0].TextValue
    assert summary.texts_scrubbed == 1


SCRUB_CASES = [
    # (text, PHI that must go, words that must stay)
    ("Patient: John Q. Public, DOB 01/02/1933.", ["John", "Public", "01/02/1933"], ["DOB"]),
    ("Seen by Dr. Maria Lopez on March 3, 2021.", ["Maria", "Lopez", "March 3, 2021"], ["Seen"]),
    ("MRN: 12-345678; accession A123456789.", ["345678", "A123456789"], ["accession"]),
    ("Call (617) 555-0199 or +1 508 555 0100.", ["555-0199", "508 555 0100"], ["Call"]),
    ("Lives at 12 Harbor Street, Riverton, WY 82501.", ["Harbor", "Riverton", "82501"], ["Lives"]),
    ("Mail jane.doe@example.org, see https://x.example/p?id=3.", ["jane.doe", "x.example"], []),
    # e-mail addresses written out against harvesting
    ("Write to ajak.ayuel at gmail dot com today.", ["ajak", "ayuel", "gmail dot com"], ["today"]),
    ("Reply: k.otieno (at) mail (dot) co (dot) ke", ["otieno", "(at) mail (dot) co"], ["Reply"]),
    ("Mail sirisenaw[at]yahoo.fr or RAZAF AT sltnet DOT lk", ["sirisenaw", "RAZAF", "DOT lk"], []),
    ("Seen at noon; a dot sign at the apex.", [], ["Seen at noon", "dot sign at the apex"]),
    ("A 93-year-old man with a 2 cm lesion.", ["93"], ["man", "2 cm", "lesion"]),
    ("A 45-year-old woman; left lung clear.", [], ["45-year-old", "left lung clear"]),
    ("Study at St. Brigid Regional Medical Center on 2020-05-01.", ["Brigid", "2020-05-01"], []),
]


@pytest.mark.parametrize(("text", "gone", "kept"), SCRUB_CASES)
def test_scrub_text_without_known_identifiers(text: str, gone: list[str], kept: list[str]) -> None:
    out = scrub_text(text)
    assert all(value not in out for value in gone), out
    assert all(value in out for value in kept), out


def test_scrub_text_with_header_names() -> None:
    known = KnownIdentifiers(names=frozenset({"Okafor", "Hana"}), patient_ids=frozenset({"44120"}))
    text = "hana okafor was told, file 44120 then."
    # No context word: the safe list takes both names (no English words), five digits an ID.
    assert scrub_text(text) == "[NAME] [NAME] was told, file [ID] then."
    out = scrub_text(text, known)
    assert out == "[NAME] [NAME] was told, file [MRN] then."
    # Header values match across accents and case.
    accented = KnownIdentifiers(names=frozenset({"Núñez"}))
    assert scrub_text("seen by nunez", accented, guess_names=False) == "seen by [NAME]"


def test_a_short_text_s_cached_spans_never_carry_one_study_s_identifiers_to_another() -> None:
    """Short texts (dataset fields) keep what the patterns found in them; the identifiers of the
    study being scrubbed are matched afresh every time, whichever study came first."""
    text = "See page 2 of the form."
    page = KnownIdentifiers(names=frozenset({"Page"}))
    other = KnownIdentifiers(names=frozenset({"Okafor"}))
    assert scrub_text(text, other) == text
    assert scrub_text(text, page) == "See [NAME] 2 of the form."
    assert scrub_text(text, other) == text
    assert scrub_text(text) == text
    long = text + " " + "No acute findings. " * 12  # a report-length text takes the same path
    assert len(long) > 200
    assert scrub_text(long, page).startswith("See [NAME] 2 of the form.")
    assert scrub_text(long).startswith(text)


def test_curation_leaves_no_site_text_or_identifier_in_the_scrubber_s_caches(
    curated: Curated, tmp_path: Path
) -> None:
    """The scrubber caches short texts and known identifiers while a site curates; once
    curation ends they are gone, so a long-lived site process keeps no PHI in them."""
    module = importlib.import_module("site_agent.curation.scrub_text")  # the package's
    # `scrub_text` is the function of that name

    scrub_text("Seen by Okafor.", KnownIdentifiers(names=frozenset({"Okafor"})))
    assert module._short_text_spans.cache_info().currsize > 0
    curate_site(curated.src, tmp_path / "again", SECRET)
    caches = (module._short_text_spans, module._known_patterns, module._short_names_pattern)
    assert [c.cache_info().currsize for c in caches] == [0, 0, 0]


def test_cli_curate(curated: Curated, tmp_path: Path) -> None:
    app = typer.Typer()
    register(app)
    secret = tmp_path / "secret"
    secret.write_text(SECRET.decode() + "\n")
    runner = CliRunner()
    dst = tmp_path / "cli"
    result = runner.invoke(
        app, ["curate", str(curated.src), str(dst), "--secret-file", str(secret), "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["manifest_digest"] == curated.report.manifest_digest  # newline stripped
    busy = runner.invoke(app, ["curate", str(curated.src), str(dst), "--secret-file", str(secret)])
    assert busy.exit_code == 2 and "not an empty directory" in busy.output
    secret.write_text("short")
    short = runner.invoke(
        app, ["curate", str(curated.src), str(tmp_path / "x"), "--secret-file", str(secret)]
    )
    assert short.exit_code == 2 and "at least 16" in short.output


def test_report_recall_from_rules_alone(tmp_path: Path) -> None:
    """Without header identifiers, the rules alone remove every PHI value of 60 reports."""
    summary = synthesize(tmp_path, sites=1, studies_per_site=60, seed=7)
    src = tmp_path / summary.sites[0]
    for path in sorted((src / "reports").glob("*.txt")):
        phi = _phi_of(pydicom.dcmread(src / "dicom" / f"{path.stem}.dcm"))
        out = scrub_text(path.read_text()).lower()
        leaked = [
            v for v in phi if re.search(rf"(?<![a-z0-9]){re.escape(v.lower())}(?![a-z0-9])", out)
        ]
        assert not leaked, f"{path.name}: {leaked}"
        assert "findings:" in out and "impression:" in out


def test_curate_real_samples_and_dicom_among_images(tmp_path: Path) -> None:
    src = tmp_path / "site"
    (src / "dicom").mkdir(parents=True)
    (src / "images").mkdir()
    for name in ("CT_small.dcm", "JPEG2000.dcm", "rtplan.dcm"):
        shutil.copyfile(str(get_testdata_file(name)), src / "dicom" / name)
    shutil.copyfile(str(get_testdata_file("MR_small.dcm")), src / "images" / "MR_small.dcm")
    report = curate_site(src, tmp_path / "out", SECRET)
    # JPEG2000.dcm is a secondary capture: refused unless the site allows it with a pixel check.
    assert (report.dicom_read, report.dicom_deidentified, report.skipped_corrupt) == (4, 3, 0)
    assert report.skipped_burned_in == 1 and "JPEG2000.dcm: modality SC" in "\n".join(
        report.problems
    )
    seen: list[str] = []
    options = CurationOptions(
        allow_burned_in_modalities=frozenset({"SC"}),
        pixel_check=lambda ds: seen.append(str(ds.SOPClassUID)) is None,
    )
    allowed = curate_site(src, tmp_path / "allowed", SECRET, options=options)
    assert (allowed.dicom_deidentified, allowed.skipped_burned_in, len(seen)) == (4, 0, 1)
    cleaned = pydicom.dcmread(tmp_path / "out" / "images" / f"{IDS.file_stem('MR_small')}.dcm")
    assert cleaned.PatientName == "" and cleaned.PatientIdentityRemoved == "YES"
    for path in (tmp_path / "out").rglob("*.dcm"):
        assert b"CompressedSamples" not in path.read_bytes()


def test_train_and_test_sharing_a_study_are_refused(tmp_path: Path) -> None:
    """A test row on an image of a training study is a leak: curation stops and names both."""
    summary = synthesize(tmp_path / "h", sites=1, studies_per_site=6, seed=5)
    src = tmp_path / "h" / summary.sites[0]
    train = json.loads((src / "vqa" / "vqa_rad_train.json").read_text())
    test_path = src / "slake" / "test.json"
    rows = json.loads(test_path.read_text())
    image = train[0]["image_name"]
    rows.append(rows[0] | {"img_name": image})  # a SLAKE test question on a VQA-RAD train image
    test_path.write_text(json.dumps(rows))
    uid = str(pydicom.dcmread(src / "dicom" / f"{Path(image).stem}.dcm").StudyInstanceUID)
    with pytest.raises(CurationError) as err:
        curate_site(src, tmp_path / "out", SECRET)
    message = str(err.value)
    assert f"study {uid}" in message and "more than one split" in message
    assert "slake/test.json" in message and "vqa/vqa_rad_train.json" in message
    assert not (tmp_path / "out").exists()  # nothing half-written
    rows.pop()
    test_path.write_text(json.dumps(rows))
    assert curate_site(src, tmp_path / "out", SECRET).dataset_files == 8
    # the same training image named in a list, as LLaVA-Med rows may name their images
    conversations = src / "conversations" / "llava_med_test.json"
    talks = json.loads(conversations.read_text())
    talks[0]["image"] = [image]
    conversations.write_text(json.dumps(talks))
    with pytest.raises(CurationError, match="more than one split"):
        curate_site(src, tmp_path / "out2", SECRET)


def test_rows_of_an_image_that_curation_skipped_are_left_out(tmp_path: Path) -> None:
    """One corrupt image must not stop the site: the curated copy holds no row that asks about
    an image it does not hold (named alone or in a list), and loads; the rows of every other
    image are all kept, a file beside a good image with the same stem notwithstanding."""
    summary = synthesize(tmp_path / "h", sites=1, studies_per_site=8, seed=6)
    src = tmp_path / "h" / summary.sites[0]
    conversations = src / "conversations" / "llava_med_train.json"
    rows = json.loads(conversations.read_text())
    listed, broken = [src / "images" / r["image"] for r in rows[:2]]  # two training studies
    assert listed != broken
    sidecar = next(p for p in sorted((src / "images").glob("*.png")) if p not in (listed, broken))
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))  # a PNG signature, then nothing
    sidecar.with_suffix(".txt").write_text("annotation notes")  # skipped; its PNG is good
    named = [r for r in rows if r["image"] == listed.name]
    assert named
    for row in named:  # the same image named in a list, as LLaVA-Med rows may
        row["image"] = [listed.name, broken.name]
    conversations.write_text(json.dumps(rows))
    gone = {broken.name, listed.name}

    def asks(data: Any) -> list[bool]:
        return (
            [any(p.name in gone for p in c.images) for c in data.conversations]
            + [s.image.name == broken.name for s in data.vqa]
            + [c.image.name == broken.name for c in data.captions]
        )

    def rows(data: Any) -> int:
        return len(data.vqa) + len(data.conversations) + len(data.captions)

    held = {split: load_site(src, split) for split in ("train", "test")}
    expected = {split: sum(asks(held[split])) for split in held}
    assert sum(expected.values()) > len(named)  # the broken image's own rows, too
    report = curate_site(src, tmp_path / "out", SECRET)
    assert report.images_skipped == 2 and report.dataset_rows_dropped == sum(expected.values())
    assert any("left out" in p for p in report.problems)
    for split in ("train", "test"):
        kept = load_site(tmp_path / "out", split)  # raises on a row whose image is missing
        assert rows(kept) == rows(held[split]) - expected[split]


def test_long_runs_of_address_characters_do_not_stall_scrubbing() -> None:
    """A hang guard, not a speed target: a report holding a 50,000-character run such as
    "a.a.a..." took 273 s to scrub, because the bare-domain and e-mail patterns tried a match
    from every character of the run (quadratic); each now starts only where a run starts. The
    four texts below take a few seconds together on two cores; the bound leaves a wide margin."""
    import time

    scrub_text("warm the word lists up first")
    texts = ["a." * 25_000, "a@" * 25_000, "x" * 50_000 + "(at)", "ab.cd-" * 8_000]
    started = time.monotonic()
    for text in texts:
        scrub_text(text, guess_names=False)
    assert time.monotonic() - started < 60
    # the same addresses as before where a run of labels or address characters starts
    assert (
        scrub_text("see www.a.b.example.com or foo..example.org; mail x.y@z.org").count("[URL]")
        == 2
    )
    assert "x.y@z.org" not in scrub_text("mail x.y@z.org")


def test_long_runs_of_names_hyphens_and_capitals_do_not_stall_scrubbing() -> None:
    """Hang guards, not speed targets, like the one above; the times are of 8,000 characters
    before the fix (two cores, shared): "Aa-Aa-..." 29 s and "A-A-..." 50 s (a capitalised word
    read from each capital of the run to its end, in some forty patterns), "A A A ..." 8 s (a run
    of number chunks asked of whole at each step, and the spelled-out name read to the run's end
    from each letter), "-----" 2 s and "a-1a-1..." 1 s (the
    five-digit identifier scanned from each hyphen to the run's end), and "Aa Hospital Aa
    Hospital ... Aa Hospi" 27-117 s (the name rules' passes, one per word a name spread). Each is
    linear now, and the lot takes seconds; the bound leaves a wide margin."""
    import time

    from site_agent.curation import find_phi

    scrub_text("warm the word lists up first")
    texts = [
        "Aa-" * 2_700,
        "A-" * 4_000,
        "A " * 6_000,
        "-" * 20_000,
        "a-1" * 4_000,
        "Aa Hospital " * 700 + "Aa Hospi",
        "Aa\u0301" * 3_000,  # a caret name tried from each letter after a combining mark
    ]
    started = time.monotonic()
    for text in texts:
        find_phi(text, tag=False)
    assert time.monotonic() - started < 60
    # the same spans as before on what these patterns and rules are for
    assert "Bahnhofstraße" not in scrub_text("lives at Bahnhofstraße 9, 12345 Rostock")
    assert "AC-713914" not in scrub_text("ref AC-713914 noted", guess_names=False)
    assert "Burns" not in scrub_text("Seen with Ali W. Burns and Read, Destiny today.")


def test_a_table_s_rows_are_read_under_their_own_header_and_many_headers_do_not_stall() -> None:
    """Each header line read every line after it as its row, so a text of many header-like lines
    ("name,age" again and again, or a table pasted twice) was quadratic (about 230 s for 50,000
    characters); a header's rows now end at the next header with the same separator, which also
    stops the first table's columns from masking the second header's own words."""
    import time

    text = (
        "Bed | Patient | Age | Consultant\n3 | SARMENTO FILOMENO | 100 | Annaýew\n"
        "Bed | Patient | Age | Consultant\n4 | OGULBIKE GYLYJOWA | 108 | Berdi\n"
    )
    out = scrub_text(text, guess_names=False)
    assert out.count("Bed | Patient | Age | Consultant") == 2  # both headers kept whole
    for value in ("SARMENTO", "FILOMENO", "100", "Annaýew", "OGULBIKE", "108", "Berdi"):
        assert value not in out, out
    scrub_text("warm the word lists up first")
    started = time.monotonic()
    for many in ("name,age\n" * 5_000, "Name|Age|MRN\n" * 3_500):
        scrub_text(many, guess_names=False)
    assert time.monotonic() - started < 60  # a hang guard: seconds now


def _short_names_by_pairs(text: str, known: KnownIdentifiers, spans: list[Span]) -> list[Span]:
    """The oracle: the two-letter known name parts as first written, each found part checked
    against every name found (quadratic, so only for short texts)."""
    import re

    from site_agent.curation.scrub_text import _SHORT_TITLE, _short_names_pattern, fold

    pattern = _short_names_pattern(known)
    assert pattern is not None
    found = list(pattern.finditer(fold(text)))
    names = [(s.start, s.end) for s in spans if s.label == "NAME"]
    names += [(m.start(), m.end()) for m in found]
    out = []
    for m in found:
        beside = any(
            re.fullmatch(r",?[ ^]+", text[end : m.start()] or "x")
            or re.fullmatch(r",?[ ^]+", text[m.end() : start] or "x")
            for start, end in names
        )
        if _SHORT_TITLE.search(text[max(0, m.start() - 12) : m.start()]) or beside:
            out.append(Span(m.start(), m.end(), "NAME"))
    return out


def test_two_letter_known_names_match_the_pairwise_oracle_and_stay_linear() -> None:
    """Two-letter known name parts ("Do", "Li") are kept beside a name found by a search over
    the names' sorted ends and starts; the first version checked every part found against every
    name ("Li do " x 2,700, 16,000 characters, took 20 s on two cores; quadratic). The search
    gives the same spans as that pairwise check on 400 random texts of such parts, commas,
    carets, spaces and other words."""
    import random
    import time

    from site_agent.curation.scrub_text import _short_name_spans, fold

    known = KnownIdentifiers(names=frozenset({"Do", "Li", "Rasmussen"}))
    rng = random.Random(11)
    pieces = ["Li", "do", "DO", "Rasmussen", "the", "Dr. ", "Mr ", ",", "^", " ", "  ", ", ", "x"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        names = [Span(m.start(), m.end(), "NAME") for m in re.finditer("Rasmussen", text)]
        names += [Span(0, 2, "DATE")] if len(text) > 2 else []
        got = list(_short_name_spans(text, fold(text), known, names))
        assert got == _short_names_by_pairs(text, known, names), text
    started = time.monotonic()
    find_phi("Li do " * 8_400, known, tag=False)  # 50,400 characters
    assert time.monotonic() - started < 60  # a hang guard: about a second now


def test_a_long_run_of_name_particles_does_not_stall_scrubbing() -> None:
    """ "du du du ... Smith": each particle walked the run to its end and flagged it again
    (about 50 s for 50,000 characters); the run's end is now found once from the right."""
    import time

    started = time.monotonic()
    spans = find_phi("du " * 16_000 + "Smith", tag=False)
    assert time.monotonic() - started < 60  # a hang guard: a few seconds now
    assert len(spans) == 16_001 and {s.label for s in spans} == {"NAME"}  # each word flagged
    assert spans[-1].end == 48_005  # the name after the run too
    out = scrub_text("Seen by van der Berg and de la Cruz today.")
    assert "Berg" not in out and "Cruz" not in out and "today" in out


def test_keys_before_long_space_runs_hex_runs_and_repeated_cues_do_not_stall() -> None:
    """Hang guards found by a search for slow inputs (times before the fixes, two cores, shared):
    "::" then hex letters then "g" was exponential in the letters (28 of them: 12 s; 40 would
    take hours), the gap between a key and its value was tried at every split of a long space
    run ("Patient" + 4,000 spaces: 8.5 s; "immatriculation" + 2,000 spaces: 23 s, cubic), "["
    and 32,000 colons 7 s, "pcp " x 8,000 8 s (a role cue searched the text from its start),
    "addr " x 6,400 6 s (each address key scanned to the text's end), "x, 12345 Aaa" x 1,300
    11 s (each address walked the rest of its line). Each takes about a second now."""
    import time

    scrub_text("warm the word lists up first")
    texts = [
        "::" + "a" * 40 + "g",
        "Patient" + " " * 4_000 + "1",
        "immatriculation" + " " * 2_000 + "1",
        "MRN" + " " * 8_000 + "a",
        "[" + ":" * 32_000,
        "pcp " * 8_000,
        "addr " * 6_400,
        "x, 12345 Aaa" * 1_300,
        "CAR " * 12_500,
    ]
    started = time.monotonic()
    for text in texts:
        find_phi(text, tag=False)
    assert time.monotonic() - started < 60
    # the same spans as before where a key's value follows
    out = scrub_text("from fe80::1a2b:3c4d%eth0 and [2001:db8::1]:443 today")
    assert out.count("[IP]") == 2 and "eth0" not in out and "443" not in out, out
    assert "4417" not in scrub_text("MRN:    4417 0932 1")
