"""Synthetic hospitals: file formats, PHI, determinism, findings in the pixels, site differences."""

from __future__ import annotations

import hashlib
import json
import re
from collections import deque
from pathlib import Path
from typing import Any

import numpy as np
import pydicom
import pytest
from PIL import Image
from pydicom.uid import (
    ComputedRadiographyImageStorage,
    CTImageStorage,
    DigitalXRayImageStorageForPresentation,
    ExplicitVRLittleEndian,
    MRImageStorage,
    VLWholeSlideMicroscopyImageStorage,
)

from simulation.synth import SiteProfile, default_profile, ood_profile, synthesize
from simulation.synth.findings import (
    LARGE_RADIUS,
    MODALITIES,
    SMALL_RADIUS,
    Findings,
    sample_findings,
)
from simulation.synth.images import render

STUDIES = 48
SITES = ("hospital-a", "hospital-b", "hospital-c", "hospital-ood")
PHI_TAGS = (
    "PatientName",
    "PatientID",
    "PatientBirthDate",
    "PatientSex",
    "InstitutionName",
    "InstitutionAddress",
    "ReferringPhysicianName",
    "StudyDate",
    "AccessionNumber",
    "StudyInstanceUID",
    "SeriesInstanceUID",
    "SOPInstanceUID",
)
SOP_BY_MODALITY = {
    "CR": ComputedRadiographyImageStorage,
    "DX": DigitalXRayImageStorageForPresentation,
    "CT": CTImageStorage,
    "MR": MRImageStorage,
    "SM": VLWholeSlideMicroscopyImageStorage,
}
MODALITY_ANSWER = {"CR": "x-ray", "DX": "x-ray", "CT": "ct", "MR": "mri", "SM": "pathology"}
STREET_KINDS = "Avenue|Street|Lane|Road|Court|Drive|Way|Boulevard|Place|Terrace"
OPEN_VOCAB = {
    "x-ray", "ct", "mri", "pathology", "left", "right", "zero", "one", "two", "three",
    "left lung", "right lung", "left abdomen", "right abdomen", "left hemisphere",
    "right hemisphere", "left field", "right field",
}  # fmt: skip


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    synthesize(out, sites=3, seed=7, studies_per_site=STUDIES, test_fraction=0.25, ood=True)
    return out


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _labels(site_dir: Path) -> dict[str, dict[str, str]]:
    """Per image name: the VQA-RAD answers, keyed by question type (+ modality)."""
    out: dict[str, dict[str, str]] = {}
    for split in ("train", "test"):
        for r in _json(site_dir / "vqa" / f"vqa_rad_{split}.json"):
            d = out.setdefault(r["image_name"], {"split": split})
            if r["question_type"] == "PRES":
                d["present"] = r["answer"]
            elif r["question_type"] == "COUNT":
                d["count"] = r["answer"]
            elif r["question_type"] == "MODALITY":
                d["modality"] = r["answer"]
            elif r["question_type"] == "SIZE":
                d["large"] = r["answer"]
            elif r["answer"] in ("left", "right"):
                d["side"] = r["answer"]
    return out


# ---------------------------------------------------------------- arguments and profiles


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"sites": 0}, "sites"),
        ({"studies_per_site": 3}, "studies_per_site"),
        ({"test_fraction": 0.0}, "test_fraction"),
        ({"test_fraction": 1.0}, "test_fraction"),
        ({"test_fraction": -0.2}, "test_fraction"),
        ({"seed": -1}, "seed"),
    ],
)
def test_rejects_bad_arguments(tmp_path: Path, kwargs: dict[str, float], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        synthesize(tmp_path, **kwargs)  # type: ignore[arg-type]
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"modality_mix": (("xray", 1.0), ("sonar", 1.0))}, "modality_mix"),
        ({"modality_mix": (("xray", -1.0),)}, "modality_mix"),
        ({"modality_mix": ()}, "modality_mix"),
        ({"lesion_prevalence": 1.5}, "lesion_prevalence"),
        ({"gain": 0.0}, "gain"),
        ({"offset": 0.9}, "offset"),
        ({"noise_std": -0.1}, "noise_std"),
        ({"large_fraction": float("nan")}, "large_fraction"),
        ({"name": "Hospital A"}, "name"),
    ],
)
def test_site_profile_validation(change: dict[str, object], field: str) -> None:
    base: dict[str, object] = {
        "name": "x",
        "modality_mix": (("xray", 1.0),),
        "lesion_prevalence": 0.5,
    }
    with pytest.raises(ValueError, match=field):
        SiteProfile(**{**base, **change})  # type: ignore[arg-type]


def test_default_profiles_differ_and_ood_is_harsher() -> None:
    profiles = [default_profile(k) for k in range(6)]
    assert [p.name for p in profiles[:3]] == ["hospital-a", "hospital-b", "hospital-c"]
    assert len({(p.gain, p.offset, p.noise_std) for p in profiles}) == 6
    assert [p.lesion_prevalence for p in profiles[:3]] == [0.3, 0.5, 0.7]
    ood = ood_profile()
    assert ood.name == "hospital-ood" and ood.evaluation_only
    assert ood.noise_std > max(p.noise_std for p in profiles)
    assert ood.offset > max(p.offset for p in profiles)
    assert ood.gain > max(p.gain for p in profiles)


def test_refuses_to_overwrite_and_reports_progress(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    summary = synthesize(
        tmp_path, sites=1, studies_per_site=4, progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(i, 4) for i in range(1, 5)]
    assert summary.sites == ["hospital-a"]
    assert summary.counts["hospital-a"]["studies"] == 4
    with pytest.raises(FileExistsError, match="hospital-a"):
        synthesize(tmp_path, sites=1, studies_per_site=4)


# ---------------------------------------------------------------- layout and formats


def test_layout_and_counts(synth: Path) -> None:
    assert sorted(p.name for p in synth.iterdir()) == list(SITES)
    for site in SITES:
        site_dir = synth / site
        info = _json(site_dir / "site.json")
        assert isinstance(info, dict)
        ids = sorted(p.stem for p in (site_dir / "dicom").glob("*.dcm"))
        assert len(ids) == STUDIES == info["counts"]["studies"]
        assert ids == sorted(p.stem for p in (site_dir / "images").glob("*.png"))
        assert ids == sorted(p.stem for p in (site_dir / "reports").glob("*.txt"))
        assert info["counts"]["test"] == round(STUDIES * 0.25)
        assert info["evaluation_only"] is (site == "hospital-ood")
        for split in ("train", "test"):
            rad = _json(site_dir / "vqa" / f"vqa_rad_{split}.json")
            assert isinstance(rad, list) and len(rad) == info["counts"][f"vqa_rad_{split}"]
        text = (site_dir / "site.json").read_text()
        # site.json is publishable: no patient or institution identifiers
        report = (site_dir / "reports" / f"{ids[0]}.txt").read_text()
        assert "Hospital" not in text and "Center" not in text
        assert re.search(r"\d{3}.555.01\d\d", report) and not re.search(r"555.01\d\d", text)


def test_dicom_files_are_valid_and_carry_phi(synth: Path) -> None:
    uids: set[str] = set()
    for site in SITES:
        labels = _labels(synth / site)
        for path in sorted((synth / site / "dicom").glob("*.dcm")):
            assert path.read_bytes()[128:132] == b"DICM"
            ds = pydicom.dcmread(path)
            assert ds.file_meta.TransferSyntaxUID == ExplicitVRLittleEndian
            assert ds.SOPClassUID == SOP_BY_MODALITY[ds.Modality]
            assert ds.file_meta.MediaStorageSOPInstanceUID == ds.SOPInstanceUID
            for tag in PHI_TAGS:
                assert str(ds.get(tag, "")).strip(), f"{path.name}: {tag} empty"
            assert re.fullmatch(r"\d{8}", ds.PatientID)
            assert ds.PatientSex in ("F", "M")
            assert MODALITY_ANSWER[ds.Modality] == labels[f"{path.stem}.png"]["modality"]
            pixels = ds.pixel_array
            if ds.Modality == "SM":
                assert (ds.PhotometricInterpretation, ds.SamplesPerPixel) == ("RGB", 3)
                assert pixels.shape == (128, 128, 3) and pixels.dtype == np.uint8
            else:
                assert (ds.PhotometricInterpretation, ds.SamplesPerPixel) == ("MONOCHROME2", 1)
                assert pixels.shape == (128, 128) and pixels.dtype == np.uint16
                assert ds.BitsStored == 12 and int(pixels.max()) <= 4095
            uids.update({ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID})
    assert len(uids) == 3 * STUDIES * len(SITES)


def test_png_is_the_dicom_image(synth: Path) -> None:
    site_dir = synth / "hospital-c"  # has every modality, pathology included
    for path in sorted((site_dir / "dicom").glob("*.dcm"))[:20]:
        stored = pydicom.dcmread(path).pixel_array
        png = np.asarray(Image.open(site_dir / "images" / f"{path.stem}.png"))
        expected = stored if stored.dtype == np.uint8 else (stored >> 4).astype(np.uint8)
        np.testing.assert_array_equal(png, expected)


def test_reports_hold_findings_and_phi(synth: Path) -> None:
    site_dir = synth / "hospital-b"
    labels = _labels(site_dir)
    for path in sorted((site_dir / "dicom").glob("*.dcm")):
        ds = pydicom.dcmread(path, stop_before_pixels=True)
        report = (site_dir / "reports" / f"{path.stem}.txt").read_text()
        flat = report.replace("-", "")
        assert ds.PatientName.family_name.lower() in report.lower()
        assert ds.PatientID in flat
        assert ds.ReferringPhysicianName.family_name in report
        assert re.search(r"[\w.]+@[\w-]+(\.[\w-]+)+", report)
        assert re.search(r"\(?\d{3}\)?[ .-]?555[ .-]?01\d\d", report)
        assert re.search(rf"\d+ [A-Z][a-z]+( [A-Z][a-z]+)* ({STREET_KINDS})", report)
        label = labels[f"{path.stem}.png"]
        if label["present"] == "yes":
            assert f"{label['count']} " in report.lower() and label["side"] in report
        else:
            assert "no " in report.lower() and " lesions in the" not in report


def test_vqa_and_slake_records(synth: Path) -> None:
    rad_keys = {"qid", "image_name", "image_organ", "question", "answer", "answer_type",
                "question_type", "phrase_type"}  # fmt: skip
    slake_keys = {"img_id", "img_name", "question", "answer", "q_lang", "location", "modality",
                  "answer_type", "base_type", "content_type", "triple", "qid"}  # fmt: skip
    for site in SITES:
        rad_q: set[str] = set()
        slake_q: set[str] = set()
        for split in ("train", "test"):
            rad = _json(synth / site / "vqa" / f"vqa_rad_{split}.json")
            slake = _json(synth / site / "slake" / f"{split}.json")
            assert isinstance(rad, list) and isinstance(slake, list)
            for r in rad:
                assert set(r) == rad_keys
                assert r["answer"] == r["answer"].lower()
                closed = r["answer"] in ("yes", "no")
                assert r["answer_type"] == ("CLOSED" if closed else "OPEN")
                assert closed or r["answer"] in OPEN_VOCAB
                assert r["image_organ"] in ("CHEST", "ABD", "HEAD", "BREAST")
                rad_q.add(r["question"])
            for r in slake:
                assert set(r) == slake_keys and r["q_lang"] == "en"
                assert r["triple"] == ["vhead", "_", "_"] and r["base_type"] == "vqa"
                slake_q.add(r["question"])
            qids = [r["qid"] for r in rad]
            assert len(set(qids)) == len(qids)
        # overlapping but not identical phrasing
        assert rad_q & slake_q and rad_q - slake_q and slake_q - rad_q


def test_split_is_by_study(synth: Path) -> None:
    for site in SITES:
        site_dir = synth / site
        names: dict[str, set[str]] = {}
        for split in ("train", "test"):
            names[split] = {
                r["image_name"] for r in _json(site_dir / "vqa" / f"vqa_rad_{split}.json")
            }
            for kind in (
                {r["img_name"] for r in _json(site_dir / "slake" / f"{split}.json")},
                {r["image"] for r in _json(site_dir / "conversations" / f"llava_med_{split}.json")},
                {
                    json.loads(line)["image"]
                    for line in (site_dir / "captions" / f"{split}.jsonl").read_text().splitlines()
                },
            ):
                assert kind == names[split]
        assert not names["train"] & names["test"]
        assert len(names["train"] | names["test"]) == STUDIES


def test_conversations_use_the_image_once(synth: Path) -> None:
    convs = _json(synth / "hospital-a" / "conversations" / "llava_med_train.json")
    assert isinstance(convs, list)
    for c in convs:
        turns = c["conversations"]
        assert [t["from"] for t in turns] == ["human", "gpt"] * (len(turns) // 2)
        assert len(turns) >= 6
        assert turns[0]["value"].startswith("<image>\n")
        assert sum("<image>" in t["value"] for t in turns) == 1


# ---------------------------------------------------------------- determinism


def _digests(root: Path, suffixes: tuple[str, ...]) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.suffix in suffixes
    }


def test_same_seed_same_bytes_different_seed_differs(tmp_path: Path) -> None:
    kwargs = {"sites": 2, "studies_per_site": 6, "ood": True}
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        synthesize(tmp_path / name, seed=seed, **kwargs)  # type: ignore[arg-type]
    every = (".json", ".jsonl", ".png", ".txt", ".dcm")
    first, second = _digests(tmp_path / "a", every), _digests(tmp_path / "b", every)
    assert len(first) == 3 * (6 * 3 + 9) and first == second
    other = _digests(tmp_path / "c", every)
    assert other.keys() == first.keys()
    changed = [k for k in first if first[k] != other[k] and not k.endswith("site.json")]
    assert len(changed) > 0.9 * (len(first) - 3)


def test_workers_write_the_same_bytes_and_count_every_study(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kwargs = {"sites": 2, "studies_per_site": 6, "ood": True, "seed": 3}
    synthesize(tmp_path / "one", **kwargs)  # type: ignore[arg-type]

    def not_here(*args: object) -> None:
        raise AssertionError("with workers, no hospital is written in this process")

    # The spawned workers import the module afresh: only this process's copy is broken.
    monkeypatch.setattr("simulation.synth.generate.synthesize_site", not_here)
    ticks: list[tuple[int, int]] = []
    summary = synthesize(
        tmp_path / "two", workers=2, progress=lambda d, t: ticks.append((d, t)), **kwargs
    )  # type: ignore[arg-type]
    every = (".json", ".jsonl", ".png", ".txt", ".dcm")
    one, two = _digests(tmp_path / "one", every), _digests(tmp_path / "two", every)
    assert len(one) == 3 * (6 * 3 + 9) and one == two
    assert summary.sites == ["hospital-a", "hospital-b", "hospital-ood"]
    assert ticks == [(k, 18) for k in range(1, 19)]


@pytest.mark.parametrize(
    ("sites", "studies", "cores", "expected"),
    [(4, 3000, 2, 2), (4, 3000, 16, 4), (4, 50, 16, 1), (1, 3000, 16, 1), (4, 3000, 1, 1)],
)
def test_default_workers(sites: int, studies: int, cores: int, expected: int) -> None:
    from simulation.synth import default_workers

    assert default_workers(sites, studies, cores) == expected


def test_a_failing_worker_raises(tmp_path: Path) -> None:
    # A dangling link passes the up-front check (it does not exist), and the worker writing
    # that hospital fails to make its directory.
    (tmp_path / "hospital-b").symlink_to(tmp_path / "nowhere" / "at-all")
    with pytest.raises(FileExistsError):
        synthesize(tmp_path, sites=2, studies_per_site=4, workers=2)
    with pytest.raises(ValueError, match="workers"):
        synthesize(tmp_path / "x", sites=2, studies_per_site=4, workers=0)


# ---------------------------------------------------------------- findings in the pixels


def _components(mask: np.ndarray) -> list[int]:
    """Sizes of 4-connected components (an independent oracle for the lesion count)."""
    seen = np.zeros_like(mask, dtype=bool)
    sizes = []
    for y, x in zip(*np.nonzero(mask), strict=True):
        if seen[y, x]:
            continue
        seen[y, x] = True
        queue, size = deque([(y, x)]), 0
        while queue:
            cy, cx = queue.popleft()
            size += 1
            for ny, nx in ((cy + 1, cx), (cy - 1, cx), (cy, cx + 1), (cy, cx - 1)):
                if (
                    0 <= ny < mask.shape[0]
                    and 0 <= nx < mask.shape[1]
                    and mask[ny, nx]
                    and not seen[ny, nx]
                ):
                    seen[ny, nx] = True
                    queue.append((ny, nx))
        sizes.append(size)
    return sizes


@pytest.mark.parametrize("modality", MODALITIES)
def test_rendered_lesions_match_findings(modality: str) -> None:
    rng = np.random.default_rng(11)
    for trial in range(25):
        findings = sample_findings(rng, modality, prevalence=1.0, large_fraction=0.5)  # type: ignore[arg-type]
        with_lesions = render(findings, np.random.default_rng(trial))
        without = render(Findings(findings.modality, (), None, None), np.random.default_rng(trial))
        diff = np.abs(with_lesions - without)
        if diff.ndim == 3:
            diff = diff.max(axis=-1)
        mask = diff > 0.05
        sizes = _components(mask)
        assert len(sizes) == findings.count
        cols = np.nonzero(mask)[1]
        assert (cols < 64).all() if findings.side == "left" else (cols >= 64).all()
        lo, hi = LARGE_RADIUS if findings.large else SMALL_RADIUS
        for size in sizes:
            assert lo - 1.5 <= np.sqrt(size / np.pi) <= hi + 1.5


def test_side_oracle_on_stored_images(synth: Path) -> None:
    """Left-minus-right mean brightness at 64x64 moves with the labelled lesion side."""
    diffs: dict[tuple[bool, str], list[float]] = {}
    for site in SITES:
        for name, label in _labels(synth / site).items():
            img = Image.open(synth / site / "images" / name).convert("L")
            small = np.asarray(img.resize((64, 64), Image.Resampling.BILINEAR), dtype=float)
            lr = small[:, :32].mean() - small[:, 32:].mean()
            dark = label["modality"] == "pathology"  # lesions are dark on H&E
            diffs.setdefault((dark, label.get("side", "none")), []).append(-lr if dark else lr)
    for dark in (False, True):
        left, none, right = (np.mean(diffs[(dark, s)]) for s in ("left", "none", "right"))
        assert left > none + 2.0 and right < none - 2.0, (dark, left, none, right)


# ---------------------------------------------------------------- sites differ


def test_sites_differ_in_case_mix_and_scanner(synth: Path) -> None:
    info = {s: _json(synth / s / "site.json") for s in SITES}
    mix = {s: info[s]["modalities"] for s in SITES}
    assert max(mix["hospital-a"], key=mix["hospital-a"].get) == "xray"
    assert max(mix["hospital-b"], key=mix["hospital-b"].get) == "ct"
    assert mix["hospital-c"]["pathology"] > 0 and "pathology" not in mix["hospital-a"]
    lesions = [info[s]["counts"]["with_lesions"] for s in SITES[:3]]
    assert lesions == sorted(lesions) and lesions[0] < lesions[2]
    # Air in the corners of grey images shows each scanner's offset, gain and noise.
    corner_mean, corner_std = {}, {}
    for site in SITES:
        corners = []
        for path in sorted((synth / site / "dicom").glob("*.dcm")):
            ds = pydicom.dcmread(path)
            if ds.Modality != "SM":
                px = ds.pixel_array.astype(float) / 4095
                corners.append(np.concatenate([px[:6, :6].ravel(), px[:6, -6:].ravel()]))
        values = np.concatenate(corners)
        corner_mean[site], corner_std[site] = values.mean(), values.std()
    means = sorted(corner_mean.values())
    assert min(np.diff(means)) > 0.02, corner_mean
    assert corner_std["hospital-ood"] > max(corner_std[s] for s in SITES[:3])
