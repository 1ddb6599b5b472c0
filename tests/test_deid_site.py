"""A hostile but realistic site directory: nothing identifying leaves curation (oracle: the PHI
values this test put in, searched for in every byte of the output, file names included)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import numpy as np
import pydicom
import pytest
from phi_corpus import BLIND_SEED, KINDS, V3_SEED, Document, corpus
from PIL import Image, PngImagePlugin

from simulation.synth import synthesize
from site_agent.curation import Pseudonymizer, curate_site, find_phi, scrub_text
from site_agent.curation.dates import parse_date, shift_days

SECRET = b"hostile-site-secret-0123456789"
NAME = ("John", "O'Neil-Smith")
MRN = "MRN448812"
PHI = ("O'Neil-Smith", "Neil-Smith", "John", "448812", "Núñez", "Springfield", "tEXt-secret")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, object]:
    root = tmp_path_factory.mktemp("hostile")
    summary = synthesize(root / "h", sites=1, studies_per_site=4, seed=3)
    src = root / "h" / summary.sites[0]
    first = sorted((src / "dicom").glob("*.dcm"))[0]
    ds = pydicom.dcmread(first)
    ds.PatientName = f"{NAME[1]}^{NAME[0]}"
    ds.PatientID = MRN
    ds.AcquisitionProtocolName = f"CHEST {NAME[1]}"  # LO the table keeps
    ds.PatientBirthDateInAlternativeCalendar = "5721-03-04"
    ds.PatientAlternativeCalendar = "HEBREW"
    ds.ExpiryDate = "20250304"  # a DA the table does not list
    # File name with the patient's name and MRN; the report of the same study likewise.
    bad = f"{NAME[1]}_{MRN}"
    ds.save_as(src / "dicom" / f"{bad}.dcm", enforce_file_format=True)
    (src / "reports" / f"{bad}.txt").write_text(
        "Pt john o'neil-smith seen at St. Mary's, Springfield, IL; call +44 20 7946 0958 "
        "from 10.2.33.4. Dr. Ana María Núñez read it on 04-Mar-61 and 2024-03-05T10:00.\n"
        "FINDINGS: small right pleural effusion.\n",
        encoding="utf-8",
    )
    us = pydicom.dcmread(sorted((src / "dicom").glob("*.dcm"))[1])
    us.Modality = "US"  # no BurnedInAnnotation attribute at all
    us.SOPInstanceUID = "2.25.4242"
    us.save_as(src / "dicom" / "us-study.dcm", enforce_file_format=True)
    # A PNG whose text chunk and name carry PHI, referenced by the datasets under that name.
    png = sorted((src / "images").glob("*.png"))[0]
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", f"Patient {NAME[0]} {NAME[1]} {MRN} tEXt-secret")
    pixels = np.asarray(Image.open(png))
    Image.open(png).save(src / "images" / f"{bad}.png", pnginfo=info)
    rows = json.loads((src / "vqa" / "vqa_rad_train.json").read_text())
    rows[0]["image_name"] = f"{bad}.png"
    rows[0]["patient_name"] = f"{NAME[0]} {NAME[1]}"
    rows[0]["location"] = "Springfield, IL"
    rows[0]["question"] = "Is Ana María Núñez's lesion on the left?"
    (src / "vqa" / "vqa_rad_train.json").write_text(json.dumps(rows), encoding="utf-8")
    # Links: one to a file outside the site, one to a directory outside it.
    outside = root / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"{NAME[1]} outside the site\n")
    os.symlink(outside / "secret.txt", src / "reports" / "linked.txt")
    os.symlink(outside, src / "images" / "linked-dir")
    dst = root / "out"
    report = curate_site(src, dst, SECRET)
    return src, dst, (report, pixels, bad)


def test_no_phi_in_any_output_byte_or_name(hostile: tuple[Path, Path, object]) -> None:
    _, dst, _ = hostile
    for path in dst.rglob("*"):
        assert not any(p.lower() in path.name.lower() for p in PHI), path.name
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".dcm":
                data = data.replace(bytes(pydicom.dcmread(path).PixelData), b"")
            text = data.decode("utf-8", "replace").lower()
            for value in PHI:
                assert value.lower() not in text, (value, path)


def test_refusals_and_rewrites(hostile: tuple[Path, Path, object]) -> None:
    src, dst, extra = hostile
    report, pixels, bad = extra  # type: ignore[misc]
    problems = "\n".join(report.problems)
    assert report.refused_paths == 2 and "reports/linked.txt: symbolic link" in problems
    assert "images/linked-dir: symbolic link to a directory" in problems
    assert report.skipped_burned_in == 1 and "us-study.dcm: modality US" in problems
    ids = Pseudonymizer(SECRET)
    new_png = dst / "images" / f"{ids.file_stem(bad)}.png"
    with Image.open(new_png) as img:
        assert not img.info and not img.text  # type: ignore[attr-defined]
        np.testing.assert_array_equal(np.asarray(img), pixels)
    rows = json.loads((dst / "vqa" / "vqa_rad_train.json").read_text())
    assert rows[0]["image_name"] == new_png.name
    assert rows[0]["patient_name"] == "[NAME] [NAME]" and "Springfield" not in rows[0]["location"]
    ds = pydicom.dcmread(dst / "dicom" / f"{ids.file_stem(bad)}.dcm")
    assert (
        "PatientBirthDateInAlternativeCalendar" not in ds and "PatientAlternativeCalendar" not in ds
    )
    assert "O'Neil" not in str(ds.AcquisitionProtocolName)
    offset = shift_days(SECRET, MRN)
    original = parse_date("2025-03-04")
    assert original is not None and ds.ExpiryDate == (
        original.fromordinal(original.toordinal() + offset).strftime("%Y%m%d")
    )
    text = (dst / "reports" / f"{ids.file_stem(bad)}.txt").read_text()
    assert "pleural effusion" in text and "2024-03-05" not in text
    shifted = parse_date("2024-03-05")
    assert shifted is not None
    assert shifted.fromordinal(shifted.toordinal() + offset).isoformat() + "T10:00" in text


def _measure(docs: list[Document]) -> tuple[float, float, float, float]:
    """(all-kinds recall, names recall, clinical precision, precision on eponym sentences),
    token by token against the corpus's own record of what it inserted, as the bench counts."""
    present = dict.fromkeys(KINDS, 0)
    removed = dict.fromkeys(KINDS, 0)
    clinical = kept = eponym = eponym_kept = 0
    for doc in docs:
        covered = [False] * len(doc.text)
        for span in find_phi(doc.text):
            covered[span.start : span.end] = [True] * (span.end - span.start)
        for start, end, kind in doc.phi:
            for m in re.finditer(r"\w+", doc.text[start:end]):
                present[kind] += 1
                removed[kind] += all(covered[start + m.start() : start + m.end()])
        eponyms = set(doc.eponym)
        for a, b in doc.clinical:
            untouched = not any(covered[a:b])
            clinical += 1
            kept += untouched
            if (a, b) in eponyms:
                eponym += 1
                eponym_kept += untouched
    assert eponym > 100 and present["NAME"] > 500
    return (
        sum(removed.values()) / sum(present.values()),
        removed["NAME"] / present["NAME"],
        kept / clinical,
        eponym_kept / eponym,
    )


def test_recall_and_precision_on_the_generated_corpus() -> None:
    """Floors a little under what bench/deid_recall.py measures (bench/README.md) on its
    development rows (the older held-out and final lists have been tuned on since), so a
    regression on either fails. The blind lists (held out until 2026-11-30, development data
    since) and the v3 lists (held out until the third round) too; the later lists are scored by
    the bench (its development rows, and its held-out row, which no test looks at)."""
    docs = corpus(1200, seed=11)
    recall, names, precision, eponyms = _measure(docs[:600])
    assert recall >= 0.995 and names >= 0.995, (recall, names)
    assert precision >= 0.99 and eponyms >= 0.99, (precision, eponyms)
    recall, names, precision, eponyms = _measure([d for d in docs if d.held_out_names])
    assert recall >= 0.995 and names >= 0.99, (recall, names)
    recall, names, precision, eponyms = _measure(corpus(300, seed=11, final=True))
    assert recall >= 0.995 and names >= 0.985, (recall, names)
    assert precision >= 0.96 and eponyms >= 0.85, (precision, eponyms)
    recall, names, precision, eponyms = _measure(corpus(300, BLIND_SEED, blind=True))
    assert recall >= 0.998 and names >= 0.995, (recall, names)
    assert precision >= 0.995 and eponyms >= 0.99, (precision, eponyms)
    recall, names, precision, eponyms = _measure(corpus(300, V3_SEED, v3=True))
    assert recall >= 0.97 and names >= 0.945, (recall, names)
    assert precision >= 0.97 and eponyms >= 0.93, (precision, eponyms)


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("Seen with Rose White at bedside.", ["Rose", "White"], ["Seen", "bedside"]),
        ("rose white was told of the results.", ["rose", "white"], ["told", "results"]),
        ("The patient was told of the results.", [], ["patient", "told"]),
        ("Pt van houten seen today.", ["van", "houten"], ["today"]),
        ("Message left for Iris O'Brien.", ["Iris", "O'Brien"], ["Message"]),
        ("cc Park, Hill and W. Young, MD.", ["Park", "Hill", "W", "Young"], []),
        ("Is Ana María Núñez's lesion on the left?", ["Ana", "María", "Núñez's"], ["lesion"]),
        ("Known Hodgkin lymphoma; Parkinson disease; Baker cyst.", [], ["Hodgkin", "Parkinson"]),
        ("Salter-Harris II fracture; the circle of Willis is patent.", [], ["Willis", "Salter"]),
        ("Patient takes Plavix, Zoloft and Norvasc.", [], ["Plavix", "Zoloft", "Norvasc"]),
        ("Dr. Parkinson reviewed the Baker cyst.", ["Parkinson"], ["Baker"]),
    ],
)
def test_name_rules(text: str, names: list[str], kept: list[str]) -> None:
    out = scrub_text(text)
    for name in names:
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", out), (name, out)
    for word in kept:
        assert word in out, (word, out)


def test_webp_image_is_reencoded_without_its_metadata(tmp_path: Path) -> None:
    """A WebP image (with EXIF naming the patient) is curated like a PNG: its pixels alone, as
    PNG under a pseudonym, and the dataset row that names it follows."""
    summary = synthesize(tmp_path / "h", sites=1, studies_per_site=4, seed=5)
    src = tmp_path / "h" / summary.sites[0]
    png = sorted((src / "images").glob("*.png"))[0]
    with Image.open(png) as img:
        pixels = np.asarray(img.convert("RGB"))
        exif = Image.Exif()
        exif[0x010E] = f"Patient {NAME[0]} {NAME[1]} {MRN}"  # ImageDescription
        img.convert("RGB").save(src / "images" / "scan.webp", lossless=True, exif=exif)
    rows = json.loads((src / "vqa" / "vqa_rad_train.json").read_text())
    rows[0]["image_name"] = "scan.webp"
    (src / "vqa" / "vqa_rad_train.json").write_text(json.dumps(rows), encoding="utf-8")
    report = curate_site(src, tmp_path / "out", SECRET)
    assert not any("scan.webp" in p for p in report.problems), report.problems
    new = tmp_path / "out" / "images" / f"{Pseudonymizer(SECRET).file_stem('scan')}.png"
    with Image.open(new) as img:
        assert img.format == "PNG" and not img.info
        np.testing.assert_array_equal(np.asarray(img.convert("RGB")), pixels)
    out_rows = json.loads((tmp_path / "out" / "vqa" / "vqa_rad_train.json").read_text())
    assert new.name in {r["image_name"] for r in out_rows}
    assert MRN.encode() not in new.read_bytes()
