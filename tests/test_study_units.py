"""A study with several images (a PA and a lateral view) is ONE privacy unit: DP-SGD samples and
clips one row for it, whichever of its images the row shows, so the eps the ledger records for a
study bounds the whole study. The study comes from the DICOM header (StudyInstanceUID, its own or
that of the DICOM file of the same name, through the curated copy's study map) or from a study
map the site writes for its rasters; an image with neither is a study of its own."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pydicom
import pytest
import torch
from typer.testing import CliRunner

from meddata import load_site
from meddata.errors import DatasetError
from meddata.samples import SiteData, VQASample
from meddata.site import STUDIES_FILE
from medfed.cli import app
from medfed.curricula import DEMO_CURRICULUM
from model import default_base_dir, load_base
from protocols.curriculum_file import load_curriculum
from simulation.synth import synthesize
from site_agent.curation import CurationError, curate_site
from site_agent.examples import examples_by_kind, shuffled_turns, site_studies, study_units
from site_agent.trainer import ImageCache, make_batch

SECRET = b"s" * 32


def _stage(name: str):  # type: ignore[no-untyped-def]
    return next(s for s in load_curriculum(DEMO_CURRICULUM).stages if s.name == name)


@pytest.fixture(scope="module")
def two_views(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, tuple[str, str]]:
    """A generated hospital in which two training studies' DICOM files carry one
    StudyInstanceUID (two views of one study), and its curated copy."""
    tmp = tmp_path_factory.mktemp("views")
    synthesize(tmp / "hospitals", sites=1, studies_per_site=10, seed=3)
    src = next(p for p in sorted((tmp / "hospitals").iterdir()) if p.is_dir())
    a, b = sorted(c.image.stem for c in load_site(src, "train").captions)[:2]
    uid = pydicom.dcmread(src / "dicom" / f"{a}.dcm").StudyInstanceUID
    ds = pydicom.dcmread(src / "dicom" / f"{b}.dcm")
    ds.StudyInstanceUID = uid
    ds.save_as(src / "dicom" / f"{b}.dcm", enforce_file_format=True)
    dst = tmp / "curated"
    curate_site(src, dst, SECRET)
    return src, dst, (a, b)


def _views(unit):  # type: ignore[no-untyped-def]
    return (unit, *unit.views)


def test_two_images_of_one_study_are_one_unit(
    two_views: tuple[Path, Path, tuple[str, str]],
) -> None:
    src, dst, _pair = two_views
    raw, data = load_site(src, "train"), load_site(dst, "train")
    studies = json.loads((dst / STUDIES_FILE).read_text())
    assert len(studies) == len(list((dst / "images").iterdir()))  # every image has its study
    assert len(set(studies.values())) == len(studies) - 1  # two of them share one
    stems = {s.image.stem for s in raw.vqa} | {c.image.stem for c in raw.captions}
    # the raw site pairs each PNG with its DICOM file as curation does: the same studies
    assert len(site_studies(raw)) == len(site_studies(data)) == len(stems) - 1
    for site in (src, dst):  # what `site inspect` tells the hospital, before and after curation
        res = CliRunner().invoke(app, ["site", "inspect", str(site), "--json"])
        assert res.exit_code == 0, res.output
        train = json.loads(res.stdout)["splits"]["train"]
        assert train["studies"] == len(stems) - 1 and train["studies_with_several_images"] == 1
    for name in ("alignment", "long-context", "instruction"):
        stage = _stage(name)
        units = study_units(data, stage, dst / "reports")
        assert len(units) == len({u.unit for u in units}) == len(site_studies(data))
        merged = [u for u in units if u.views]
        assert len(merged) == 1 and len(merged[0].views) == 1
        shown = [v.images for v in _views(merged[0])]
        assert all(len(i) == 1 for i in shown) and shown[0] != shown[1]
        assert all(data.study_of(i[0]) == merged[0].unit for i in shown)
        # each view holds exactly the turns about its own image, and the study's reports
        per_image = examples_by_kind(data, sorted(stage.data_kinds), dst / "reports")
        stems = {i[0].stem for i in shown}
        text = [(e.question, e.answer) for e in per_image.get("text", []) if e.unit in stems]
        assert len(text) == (2 if "text" in stage.data_kinds else 0)
        for view in _views(merged[0]):
            (image,) = view.images
            own = [(e.question, e.answer) for k in ("vqa", "caption", "conversation")
                   for e in per_image.get(k, []) if e.images[:1] == (image,)]  # fmt: skip
            if "conversation" in stage.data_kinds:  # a dialogue's turns are asked with history
                assert len(view.turns) >= len(text) + sum(
                    e.images[:1] == (image,) for e in per_image.get("vqa", [])
                )
            else:
                assert sorted(view.turns) == sorted(own + text)


def test_removing_the_two_view_study_removes_exactly_one_unit(
    two_views: tuple[Path, Path, tuple[str, str]],
) -> None:
    _src, dst, _pair = two_views
    data = load_site(dst, "train")
    stage = _stage("long-context")
    units = study_units(data, stage, dst / "reports")
    (merged,) = [u for u in units if u.views]
    gone = {i for v in _views(merged) for i in v.images}
    fewer = dataclasses.replace(
        data,
        vqa=[s for s in data.vqa if s.image not in gone],
        captions=[c for c in data.captions if c.image not in gone],
        conversations=[c for c in data.conversations if c.images[0] not in gone],
    )
    after = study_units(fewer, stage, dst / "reports")
    assert set(units) - set(after) == {merged} and set(after) <= set(units)


def test_a_two_view_study_is_one_row_showing_either_view(
    two_views: tuple[Path, Path, tuple[str, str]],
) -> None:
    _src, dst, _pair = two_views
    data = load_site(dst, "train")
    (merged,) = [u for u in study_units(data, _stage("instruction")) if u.views]
    drawn = [shuffled_turns(merged, np.random.default_rng(seed)) for seed in range(40)]
    assert all(len(d.images) == 1 and not d.views for d in drawn)
    assert {d.images for d in drawn} == {v.images for v in _views(merged)}
    _model, tokenizer, preset = load_base(default_base_dir())
    batch = make_batch([merged], tokenizer, preset, ImageCache(), 128, torch.device("cpu"),
                       turn_order=np.random.default_rng(0))  # fmt: skip
    assert batch["input_ids"].shape[0] == 1 and batch["pixel_values"].shape[0] == 1


def test_dicom_images_say_their_study_themselves(tmp_path: Path) -> None:
    """Without a study map, a DICOM image's own header groups it; a raster is its own study."""
    from pydicom.data import get_testdata_file

    ct = Path(str(get_testdata_file("CT_small.dcm")))
    pa, lateral, other = tmp_path / "pa.dcm", tmp_path / "lat.dcm", tmp_path / "other.dcm"
    for path, uid in ((pa, "1.2.3.4"), (lateral, "1.2.3.4"), (other, "1.2.3.5")):
        ds = pydicom.dcmread(ct)
        ds.StudyInstanceUID = uid
        ds.save_as(path, enforce_file_format=True)
    png = tmp_path / "lone.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n")
    data = SiteData([], [], [], ())
    assert data.study_of(pa) == data.study_of(lateral) != data.study_of(other)
    assert data.study_of(png) == "lone"
    rows = [VQASample(f"q{i}", image, f"question {i}?", "yes", "closed", "ct", "vqa-rad")
            for i, image in enumerate((pa, lateral, other, png))]  # fmt: skip
    units = study_units(dataclasses.replace(data, vqa=rows), _stage("instruction"))
    assert sorted(len(_views(u)) for u in units) == [1, 1, 2]


def test_a_sites_own_study_map_groups_its_rasters_and_is_pseudonymised(tmp_path: Path) -> None:
    synthesize(tmp_path / "h", sites=1, studies_per_site=8, seed=4)
    src = next(p for p in sorted((tmp_path / "h").iterdir()) if p.is_dir())
    for dcm in (src / "dicom").iterdir():
        dcm.unlink()  # rasters only: nothing but the site's map says which images are a study
    a, b = sorted(c.image.name for c in load_site(src, "train").captions)[:2]
    alone = len(site_studies(load_site(src, "train")))
    (src / STUDIES_FILE).write_text(json.dumps({a: "ACC-0042 Smith", b: "ACC-0042 Smith"}))
    assert len(site_studies(load_site(src, "train"))) == alone - 1
    curate_site(src, tmp_path / "cur", SECRET)
    text = (tmp_path / "cur" / STUDIES_FILE).read_text()
    assert "ACC-0042" not in text and "Smith" not in text
    data = load_site(tmp_path / "cur", "train")
    merged = [u for u in study_units(data, _stage("instruction")) if u.views]
    assert len(merged) == 1

    # a study of the map with an image in each split is a leak, refused as one
    test_image = sorted(c.image.name for c in load_site(src, "test").captions)[0]
    (src / STUDIES_FILE).write_text(json.dumps({a: "ACC-1", test_image: "ACC-1"}))
    with pytest.raises(CurationError, match="more than one split.*ACC-1"):
        curate_site(src, tmp_path / "cur1", SECRET)
    (src / STUDIES_FILE).write_text(json.dumps({a: 7}))
    with pytest.raises(CurationError, match=f"{STUDIES_FILE}.*{a}"):
        curate_site(src, tmp_path / "cur2", SECRET)
    (src / STUDIES_FILE).write_text("[1, 2]")
    with pytest.raises(DatasetError, match=STUDIES_FILE):
        load_site(src, "train")


def _groups(site: Path) -> list[list[str]]:
    """Each unit of the site's instruction stage as the sorted questions of all its views."""
    units = study_units(load_site(site, "train"), _stage("instruction"))
    return sorted(sorted(q for v in _views(u) for q, _ in v.turns) for u in units)


def _ct(path: Path, study: str, instance: str, **attrs: str) -> None:
    from pydicom.data import get_testdata_file

    ds = pydicom.dcmread(Path(str(get_testdata_file("CT_small.dcm"))))
    ds.StudyInstanceUID, ds.SOPInstanceUID = study, instance
    for key, value in attrs.items():
        setattr(ds, key, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)


def _vqa_site(src: Path, images: list[str]) -> None:
    rows = [{"qid": i, "image_name": rel, "question": f"q{i}?", "answer": "no",
             "answer_type": "CLOSED"} for i, rel in enumerate(images)]  # fmt: skip
    (src / "vqa").mkdir(parents=True, exist_ok=True)
    (src / "vqa" / "vqa_rad_train.json").write_text(json.dumps(rows))


def _png(path: Path) -> None:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.full((16, 16), 90, dtype=np.uint8)).save(path)


@pytest.mark.parametrize(
    "case", ["own header over its sibling", "same stem in two folders", "skipped sibling",
             "a raster mapped to a UID"],
)  # fmt: skip
def test_curation_groups_studies_as_the_source_site_does(tmp_path: Path, case: str) -> None:
    """One rule (`SiteData.study_of`) for the raw site, which `site inspect` shows the hospital,
    and the curated copy that trains: curation may not split a study nor join two."""
    src = tmp_path / "site"
    x, y = "1.2.826.0.1.9.1", "1.2.826.0.1.9.2"
    if case == "own header over its sibling":  # a.dcm says study y; dicom/a.dcm says x
        _ct(src / "images" / "a.dcm", y, "1.9.11")
        _ct(src / "dicom" / "a.dcm", x, "1.9.12")
        _ct(src / "images" / "b.dcm", y, "1.9.13")
        _vqa_site(src, ["a.dcm", "b.dcm"])
        expected = [["q0?", "q1?"]]
    elif case == "same stem in two folders":  # SLAKE-like: a/img, b/img, c/other
        _ct(src / "images" / "a" / "img.dcm", x, "1.9.11")
        _ct(src / "images" / "b" / "img.dcm", y, "1.9.12")
        _ct(src / "images" / "c" / "other.dcm", y, "1.9.13")
        _vqa_site(src, ["a/img.dcm", "b/img.dcm", "c/other.dcm"])
        expected = [["q0?"], ["q1?", "q2?"]]
    elif case == "skipped sibling":  # dicom/b.dcm's pixels are cut short: skipped as corrupt,
        _png(src / "images" / "a.png")  # its PNG still in the study its header names
        _png(src / "images" / "b.png")
        _ct(src / "dicom" / "a.dcm", x, "1.9.11")
        _ct(src / "dicom" / "b.dcm", x, "1.9.12")
        cut = pydicom.dcmread(src / "dicom" / "b.dcm")
        cut.PixelData = cut.PixelData[:100]
        cut.save_as(src / "dicom" / "b.dcm", enforce_file_format=True)
        _vqa_site(src, ["a.png", "b.png"])
        expected = [["q0?", "q1?"]]
    else:  # b.png has no DICOM; the site maps it to a.dcm's StudyInstanceUID
        _png(src / "images" / "a.png")
        _png(src / "images" / "b.png")
        _ct(src / "dicom" / "a.dcm", x, "1.9.11")
        (src / STUDIES_FILE).write_text(json.dumps({"b.png": x}))
        _vqa_site(src, ["a.png", "b.png"])
        expected = [["q0?", "q1?"]]
    assert _groups(src) == expected
    report = curate_site(src, tmp_path / "curated", SECRET)
    assert _groups(tmp_path / "curated") == expected, report.problems
    assert report.skipped_corrupt == (case == "skipped sibling")


def test_each_view_of_a_study_is_trimmed_to_the_stage_s_length() -> None:
    """A study whose second image's only question does not fit max_length: that view is
    dropped (so no batch fails on it after the spend is reserved), the study trains the other;
    a study none of whose views fits is left out."""
    from site_agent.trainer import fitting_examples

    pa, lateral, lone = Path("/s/pa.dcm"), Path("/s/lat.dcm"), Path("/s/lone.dcm")
    long_q = "Describe " + "the left lower lobe opacity and " * 60 + "?"
    rows = [VQASample("0", pa, "Is there a lesion?", "no", "closed", "ct", "vqa-rad"),
            VQASample("1", lateral, long_q, "yes", "closed", "ct", "vqa-rad"),
            VQASample("2", lone, long_q, "yes", "closed", "ct", "vqa-rad")]  # fmt: skip
    data = SiteData(rows, [], [], ("vqa-rad",), studies={pa: "S", lateral: "S"})
    units = study_units(data, _stage("instruction"))
    assert sorted(len(_views(u)) for u in units) == [1, 2]
    _model, tokenizer, preset = load_base(default_base_dir())
    (kept,) = fitting_examples(units, tokenizer, preset, preset.image_seq_length + 64)
    assert kept.images == (pa,) and not kept.views and kept.unit == "study S"
    # the other way round: the first view does not fit, the second is kept in its place
    study = next(u for u in units if u.views)
    swapped = dataclasses.replace(study.views[0], views=(dataclasses.replace(study, views=()),))
    (kept,) = fitting_examples([swapped], tokenizer, preset, preset.image_seq_length + 64)
    assert kept.images == (pa,) and not kept.views


def test_site_inspect_lists_study_map_entries_that_name_no_image(tmp_path: Path) -> None:
    synthesize(tmp_path / "h", sites=1, studies_per_site=6, seed=5)
    src = next(p for p in sorted((tmp_path / "h").iterdir()) if p.is_dir())
    a = sorted(c.image.name for c in load_site(src, "train").captions)[0]
    (src / STUDIES_FILE).write_text(json.dumps({a: "ACC-9", "typo/" + a: "ACC-9"}))
    res = CliRunner().invoke(app, ["site", "inspect", str(src), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["study_map_entries_naming_no_image"] == ["typo/" + a]
    res = CliRunner().invoke(app, ["site", "inspect", str(src)])
    assert res.exit_code == 0 and "1 entries of studies.json name no image" in res.output
    report = curate_site(src, tmp_path / "cur", SECRET)  # curation's report says it too
    (line,) = [p for p in report.problems if p.startswith(STUDIES_FILE)]
    assert "1 entries name no image" in line and line.endswith(": typo/" + a)


@pytest.mark.parametrize("refusal", ["Modality US", "BurnedInAnnotation YES"])
def test_the_raster_export_of_a_dicom_refused_for_burned_in_text(
    tmp_path: Path, refusal: str
) -> None:
    """A PNG exported from a DICOM whose header says identifiers are burned into its pixels
    shows the same pixels: it is refused with it, and the rows that ask about it are left out.
    One from a DICOM refused for its modality's risk (an ultrasound) is kept, and the report
    names it to be checked. The other study's image is kept either way."""
    src = tmp_path / "site"
    _png(src / "images" / "a.png")
    _png(src / "images" / "us.png")
    _ct(src / "dicom" / "a.dcm", "1.2.1", "1.9.11")
    key, value = refusal.split()
    _ct(src / "dicom" / "us.dcm", "1.2.2", "1.9.12", **{key: value})
    _vqa_site(src, ["a.png", "us.png"])
    report = curate_site(src, tmp_path / "curated", SECRET)
    said = [p for p in report.problems if "images/us.png" in p and "dicom/us.dcm" in p]
    if key == "BurnedInAnnotation":
        assert report.skipped_burned_in == 2 and report.images_copied == 1 and said
        assert report.dataset_rows_dropped == 1 and _groups(tmp_path / "curated") == [["q0?"]]
    else:
        assert report.skipped_burned_in == 1 and report.images_copied == 2
        assert said and "check this image" in said[0]
        assert _groups(tmp_path / "curated") == [["q0?"], ["q1?"]]


@pytest.mark.parametrize(
    ("dicom", "raster"),
    [("dicom/us.DCM", "us.png"), ("dicom/us", "us.png"), ("dicom/us.dcm", "us.dcm.png"),
     ("images/us.dcm", "us.png"), ("dicom/P1/us.dcm", "p1/us.png")],
)  # fmt: skip
def test_a_burned_in_dicom_takes_its_raster_however_the_export_is_named(
    tmp_path: Path, dicom: str, raster: str
) -> None:
    """The pairing of a raster with the DICOM it was exported from survives an upper-case or
    missing suffix, an export named "us.dcm.png", a DICOM kept among the images, and a folder
    whose case differs: a raster of a DICOM whose header says text is burned in never gets
    through."""
    src = tmp_path / "site"
    _png(src / "images" / "a.png")
    _png(src / "images" / raster)
    _ct(src / "dicom" / "a.dcm", "1.2.1", "1.9.11")
    _ct(src / dicom, "1.2.2", "1.9.12", BurnedInAnnotation="YES")
    _vqa_site(src, ["a.png", raster])
    report = curate_site(src, tmp_path / "curated", SECRET)
    assert report.skipped_burned_in == 2 and report.images_copied == 1, report.problems
    assert _groups(tmp_path / "curated") == [["q0?"]]
