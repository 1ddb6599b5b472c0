"""Dataset loaders: round trips over synthesised sites, and every malformed-input case."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pydicom
import pytest
from PIL import Image
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage

from meddata import (
    DatasetError,
    load_captions,
    load_image,
    load_llava_med,
    load_site,
    load_slake,
    load_vqa_rad,
)
from meddata.images import standardize, window_to_uint8
from simulation.synth import synthesize

SITES = ("hospital-a", "hospital-b", "hospital-c")


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    synthesize(out, sites=3, seed=1, studies_per_site=16)
    return out


def _write_json(path: Path, obj: Any) -> Path:
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


# ---------------------------------------------------------------- round trips


@pytest.mark.parametrize("split", ["train", "test"])
def test_load_site_round_trip(synth: Path, split: str) -> None:
    for site in SITES:
        site_dir = synth / site
        data = load_site(site_dir, split)  # type: ignore[arg-type]
        rad = json.loads((site_dir / "vqa" / f"vqa_rad_{split}.json").read_text())
        slake = json.loads((site_dir / "slake" / f"{split}.json").read_text())
        assert data.sources == ("vqa-rad", "slake", "captions", "llava-med")
        assert len(data.vqa) == len(rad) + len(slake)
        from_rad = [s for s in data.vqa if s.source == "vqa-rad"]
        for sample, raw in zip(from_rad, rad, strict=True):
            assert sample.qid == str(raw["qid"])
            assert (sample.question, sample.answer) == (raw["question"], raw["answer"])
            assert sample.answer_type == raw["answer_type"].lower()
            assert sample.image == (site_dir / "images" / raw["image_name"]).resolve()
        slake_modality = {r["img_name"]: r["modality"].lower() for r in slake}
        for sample in data.vqa:
            assert sample.image.is_file()
            assert sample.modality == slake_modality[sample.image.name]
        captions = (site_dir / "captions" / f"{split}.jsonl").read_text().splitlines()
        assert [c.caption for c in data.captions] == [json.loads(x)["caption"] for x in captions]
        convs = json.loads((site_dir / "conversations" / f"llava_med_{split}.json").read_text())
        assert len(data.conversations) == len(convs)
        for conv, raw in zip(data.conversations, convs, strict=True):
            assert conv.id == raw["id"]
            assert [p.name for p in conv.images] == [raw["image"]]
            assert len(conv.turns) == len(raw["conversations"]) // 2
            assert all("<image>" not in human for human, _ in conv.turns)
            assert conv.turns[0][0] == raw["conversations"][0]["value"].replace("<image>\n", "")


def test_load_site_with_some_files_and_with_none(synth: Path, tmp_path: Path) -> None:
    site = tmp_path / "partial"
    (site / "vqa").mkdir(parents=True)
    src = synth / "hospital-a"
    (site / "vqa" / "vqa_rad_train.json").write_bytes(
        (src / "vqa" / "vqa_rad_train.json").read_bytes()
    )
    (site / "images").symlink_to(src / "images")
    data = load_site(site, "train")
    assert data.sources == ("vqa-rad",) and data.vqa and not data.captions
    assert all(s.modality is None for s in data.vqa)  # no SLAKE to borrow modality from
    with pytest.raises(DatasetError, match="no test dataset files"):
        load_site(site, "test")
    with pytest.raises(DatasetError, match="not found"):
        load_site(tmp_path / "absent", "train")
    with pytest.raises(ValueError, match="split"):
        load_site(site, "validation")  # type: ignore[arg-type]


def test_slake_keeps_english_only(tmp_path: Path) -> None:
    Image.new("RGB", (4, 4)).save(tmp_path / "a.png")
    base = {"img_name": "a.png", "answer": "Yes", "answer_type": "CLOSED", "modality": "X-Ray"}
    records = [
        {**base, "qid": 1, "question": "Is there a lesion?", "q_lang": "en"},
        {**base, "qid": 2, "question": "有病变吗?", "q_lang": "zh"},
    ]
    samples = load_slake(_write_json(tmp_path / "s.json", records), tmp_path)
    assert [(s.qid, s.modality, s.answer) for s in samples] == [("1", "x-ray", "Yes")]


def test_numeric_answers_and_qids_are_text(tmp_path: Path) -> None:
    Image.new("RGB", (4, 4)).save(tmp_path / "a.png")
    rec = GOOD_RAD | {"qid": 5, "answer": 2, "answer_type": "open"}
    [sample] = load_vqa_rad(_write_json(tmp_path / "r.json", [rec]), tmp_path)
    assert (sample.qid, sample.answer, sample.answer_type) == ("5", "2", "open")


# ---------------------------------------------------------------- errors name file, record, field

GOOD_RAD = {
    "qid": 7,
    "image_name": "a.png",
    "question": "Is there a lesion?",
    "answer": "yes",
    "answer_type": "CLOSED",
}
GOOD_CONV = {
    "id": "c1",
    "image": "a.png",
    "conversations": [
        {"from": "human", "value": "<image>\nWhat is this?"},
        {"from": "gpt", "value": "A scan."},
    ],
}
Writer = Callable[[Path], Path]


def _text(name: str, content: str) -> Writer:
    def write(tmp: Path) -> Path:
        (tmp / name).write_text(content, encoding="utf-8")
        return tmp / name

    return write


def _json_file(name: str, obj: Any) -> Writer:
    return _text(name, json.dumps(obj))


def _rad(**change: Any) -> Writer:
    """Two VQA-RAD records; the second (record 1) carries the change (None removes a field)."""
    bad = {k: v for k, v in {**GOOD_RAD, **change}.items() if v is not None}
    return _json_file("vqa.json", [GOOD_RAD | {"qid": 1}, bad])


def _conv(**change: Any) -> Writer:
    bad = {k: v for k, v in {**GOOD_CONV, **change}.items() if v is not None}
    return _json_file("conv.json", [bad])


def _turns(*pairs: tuple[str, Any]) -> list[dict[str, Any]]:
    return [{"from": who, "value": value} for who, value in pairs]


ERROR_CASES = [
    pytest.param(
        _rad(answer=None),
        load_vqa_rad,
        ("vqa.json", "record 1", "qid 7", "'answer'", "missing"),
        id="missing-field",
    ),
    pytest.param(
        _rad(question=["x"]),
        load_vqa_rad,
        ("vqa.json", "record 1", "qid 7", "'question'", "list"),
        id="wrong-type",
    ),
    pytest.param(
        _rad(answer_type="MAYBE"),
        load_vqa_rad,
        ("record 1", "'answer_type'", "maybe"),
        id="bad-answer-type",
    ),
    pytest.param(_rad(qid=None), load_vqa_rad, ("record 1", "'qid'", "missing"), id="no-qid"),
    pytest.param(_rad(qid=1), load_vqa_rad, ("record 1", "qid 1", "duplicate"), id="dup-qid"),
    pytest.param(
        _rad(image_name="nope.png"),
        load_vqa_rad,
        ("vqa.json", "record 1", "'image_name'", "nope.png"),
        id="missing-image-file",
    ),
    pytest.param(
        _rad(image_name="../a.png"),
        load_vqa_rad,
        ("record 1", "'image_name'", "outside"),
        id="image-outside-dir",
    ),
    pytest.param(
        _text("vqa.json", '[{"qid": 1,'), load_vqa_rad, ("vqa.json", "invalid JSON"), id="bad-json"
    ),
    pytest.param(
        _json_file("vqa.json", {"qid": 1}), load_vqa_rad, ("vqa.json", "list"), id="not-a-list"
    ),
    pytest.param(
        _json_file("vqa.json", [GOOD_RAD, 3]),
        load_vqa_rad,
        ("record 1", "object"),
        id="record-not-object",
    ),
    pytest.param(
        lambda tmp: tmp / "absent.json",
        load_vqa_rad,
        ("absent.json", "not found"),
        id="missing-file",
    ),
    pytest.param(
        _json_file("s.json", [{"qid": 3, "img_name": "a.png"}]),
        load_slake,
        ("s.json", "record 0", "qid 3", "'q_lang'"),
        id="slake-no-q_lang",
    ),
    pytest.param(
        _text("c.jsonl", '{"image": "a.png", "caption": "ok"}\n{oops\n'),
        load_captions,
        ("c.jsonl", "line 2", "invalid JSON"),
        id="caption-bad-line",
    ),
    pytest.param(
        _text("c.jsonl", '{"image": "a.png"}\n'),
        load_captions,
        ("c.jsonl", "line 1", "'caption'", "missing"),
        id="caption-missing-field",
    ),
    pytest.param(
        _conv(conversations=_turns(("gpt", "x"), ("human", "y"))),
        load_llava_med,
        ("conv.json", "record 0", "'conversations[0].from'", "human"),
        id="conv-wrong-speaker",
    ),
    pytest.param(
        _conv(conversations=_turns(("human", "x"))),
        load_llava_med,
        ("record 0", "'conversations'", "pairs"),
        id="conv-odd-turns",
    ),
    pytest.param(
        _conv(conversations=_turns(("human", 1), ("gpt", "y"))),
        load_llava_med,
        ("'conversations[0].value'", "int"),
        id="conv-value-type",
    ),
    pytest.param(
        _conv(image=None),
        load_llava_med,
        ("record 0", "'image'", "<image>"),
        id="marker-without-image",
    ),
]


@pytest.mark.parametrize(("write", "loader", "fragments"), ERROR_CASES)
def test_dataset_errors_name_file_record_and_field(
    tmp_path: Path, write: Writer, loader: Callable[..., Any], fragments: tuple[str, ...]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    Image.new("RGB", (4, 4)).save(data / "a.png")
    Image.new("RGB", (4, 4)).save(tmp_path / "a.png")  # target of the "../a.png" escape
    with pytest.raises(DatasetError) as info:
        loader(write(data), data)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    assert isinstance(info.value, ValueError)


def test_conversation_without_image_is_text_only(tmp_path: Path) -> None:
    rec = {"id": 3, "conversations": _turns(("human", "Define CT."), ("gpt", "CT."))}
    [conv] = load_llava_med(_write_json(tmp_path / "c.json", [rec]), tmp_path)
    assert (conv.id, conv.images, conv.turns) == ("3", [], [("Define CT.", "CT.")])


# ---------------------------------------------------------------- images


@pytest.mark.parametrize(
    ("name", "size"), [("CT_small.dcm", (128, 128)), ("MR_small.dcm", (64, 64))]
)
def test_load_image_on_pydicom_samples(name: str, size: tuple[int, int]) -> None:
    img = load_image(Path(get_testdata_file(name)))  # type: ignore[arg-type]
    assert img.mode == "RGB" and img.size == size
    px = np.asarray(img)
    assert px[..., 0].tolist() == px[..., 2].tolist()  # grey replicated into RGB
    assert px.min() == 0 and px.max() == 255  # the percentile window spans the full range


def test_load_image_matches_png_for_synthetic_dicom(synth: Path) -> None:
    site = synth / "hospital-c"
    grey_seen = rgb_seen = False
    for path in sorted((site / "dicom").glob("*.dcm")):
        from_dicom = np.asarray(load_image(path), dtype=float)
        from_png = np.asarray(load_image(site / "images" / f"{path.stem}.png"), dtype=float)
        assert from_dicom.shape == from_png.shape == (128, 128, 3)
        if pydicom.dcmread(path, stop_before_pixels=True).Modality == "SM":
            np.testing.assert_array_equal(from_dicom, from_png)  # RGB passes through
            rgb_seen = True
        else:
            corr = np.corrcoef(from_dicom[..., 0].ravel(), from_png[..., 0].ravel())[0, 1]
            assert corr > 0.97
            grey_seen = True
    assert grey_seen and rgb_seen


def _grey_dicom(path: Path, pixels: np.ndarray, photometric: str, **attrs: Any) -> Path:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = SecondaryCaptureImageStorage
    ds.set_pixel_data(pixels, photometric, 12)
    for key, value in attrs.items():
        setattr(ds, key, value)
    ds.save_as(path, enforce_file_format=True)
    return path


def test_monochrome1_and_rescale_slope(tmp_path: Path) -> None:
    ramp = np.tile(np.arange(0, 4000, 40, dtype=np.uint16), (100, 1))  # brighter to the right
    mono2 = np.asarray(load_image(_grey_dicom(tmp_path / "m2.dcm", ramp, "MONOCHROME2")))
    mono1 = np.asarray(load_image(_grey_dicom(tmp_path / "m1.dcm", ramp, "MONOCHROME1")))
    negative = _grey_dicom(
        tmp_path / "neg.dcm", ramp, "MONOCHROME2", RescaleSlope=-2, RescaleIntercept=100
    )
    flipped = np.asarray(load_image(negative))
    assert mono2[0, -1, 0] == 255 and mono2[0, 0, 0] == 0
    np.testing.assert_array_equal(mono1, 255 - mono2)
    np.testing.assert_array_equal(flipped, 255 - mono2)


def test_sixteen_bit_png_is_windowed(tmp_path: Path) -> None:
    ramp = np.tile(np.arange(1000, 1100, dtype=np.uint16), (10, 1))
    Image.fromarray(ramp).save(tmp_path / "ramp.png")
    px = np.asarray(load_image(tmp_path / "ramp.png"))
    assert px.shape == (10, 100, 3) and px[0, 0, 0] == 0 and px[0, -1, 0] == 255


def _noisy_scan(noise: float) -> np.ndarray:
    """A 96 x 96 grey scan in [0, 1] with Gaussian scanner noise: dark field (0.1), tissue (0.4),
    and a bright 14 x 14 lesion (0.8; 2% of the pixels, so the window's 99th percentile lies in
    it and the tissue is not stretched over the whole range)."""
    scan = np.full((96, 96), 0.1)
    scan[16:80, 16:80] = 0.4
    scan[36:50, 46:60] = 0.8
    noisy = np.clip(scan + np.random.default_rng(0).normal(0.0, noise, scan.shape), 0.0, 1.0)
    grey = (noisy * 255).round().astype(np.uint8)
    return np.repeat(grey[..., None], 3, axis=-1)


def _lesion_contrast_to_noise(pixels: np.ndarray) -> float:
    grey = pixels[..., 0].astype(float)
    tissue = grey[20:36, 20:76]
    return float((grey[38:48, 48:58].mean() - tissue.mean()) / tissue.std())


@pytest.mark.parametrize("noise", [0.02, 0.05, 0.09])
def test_standardize_takes_the_noise_out_of_grey_images_and_keeps_the_lesion(noise: float) -> None:
    scan = _noisy_scan(noise)
    out = np.asarray(standardize(Image.fromarray(scan)))
    # Oracle: the median of 9 Gaussian samples has about sqrt(pi / 18) = 0.42 of their std, so
    # a lesion's contrast to the tissue's noise grows about 2.4 times; the window alone keeps it.
    gain = _lesion_contrast_to_noise(out) / _lesion_contrast_to_noise(window_to_uint8(scan))
    assert 2.0 < gain < 3.2, gain
    hot = scan.copy()
    hot[24, 24] = 255  # one hot pixel in the tissue is noise, not a finding
    assert np.asarray(standardize(Image.fromarray(hot)))[24, 24, 0] < out[38:48, 48:58, 0].min()


def test_load_image_gives_the_sites_and_evaluation_the_filtered_pixels(tmp_path: Path) -> None:
    scan = _noisy_scan(0.09)
    Image.fromarray(scan[..., 0]).save(tmp_path / "scan.png")  # a grey PNG, mode L
    loaded = np.asarray(load_image(tmp_path / "scan.png"))
    np.testing.assert_array_equal(loaded, np.asarray(standardize(Image.fromarray(scan))))
    assert not np.array_equal(loaded, window_to_uint8(scan))  # not the window alone


def test_standardize_leaves_colour_texture_unfiltered() -> None:
    rng = np.random.default_rng(2)
    stain = rng.integers(0, 256, (32, 32, 3), dtype=np.uint8)  # colour: the texture is the signal
    np.testing.assert_array_equal(
        np.asarray(standardize(Image.fromarray(stain))), window_to_uint8(stain)
    )


@pytest.mark.filterwarnings("ignore:End of file reached:UserWarning")
@pytest.mark.parametrize("kind", ["garbage", "truncated", "no pixels"])
def test_corrupt_dicom_names_the_file(tmp_path: Path, kind: str) -> None:
    source = Path(get_testdata_file("CT_small.dcm"))  # type: ignore[arg-type]
    path = tmp_path / f"{kind.replace(' ', '_')}.dcm"
    if kind == "garbage":
        path.write_bytes(b"\x00" * 128 + b"DICM" + b"\xff" * 64)
    elif kind == "truncated":
        path.write_bytes(source.read_bytes()[:-5000])
    else:
        ds = pydicom.dcmread(source)
        del ds.PixelData
        ds.save_as(path)
    with pytest.raises(DatasetError, match=path.name):
        load_image(path)


def test_missing_and_undecodable_raster(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="absent.png"):
        load_image(tmp_path / "absent.png")
    (tmp_path / "bad.png").write_bytes(b"not a png")
    with pytest.raises(DatasetError, match="bad.png"):
        load_image(tmp_path / "bad.png")


def _window_reference(values: np.ndarray, slope: float = 1.0, intercept: float = 0.0) -> np.ndarray:
    """The windowing as plain numpy computes it (np.percentile on float64, elementwise map)."""
    v = values.astype(np.float64)
    if slope != 1.0 or intercept != 0.0:
        v = v * slope + intercept
    lo, hi = np.percentile(v, [1.0, 99.0])
    if hi <= lo:
        hi = lo + 1.0
    return np.rint(np.clip((v - lo) / (hi - lo), 0.0, 1.0) * 255.0).astype(np.uint8)


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16, np.int16])
def test_windowing_integer_images_is_bitwise_numpys(dtype: Any) -> None:
    """The histogram and lookup-table path for integer images gives exactly what np.percentile
    and the elementwise float64 map give: on random images of many sizes and value ranges, flat
    ones, one pixel, with and without a DICOM rescale."""
    rng = np.random.default_rng(7)
    info = np.iinfo(dtype)
    cases = 0
    for size in (1, 2, 3, 7, 100, 101, 4097, 250 * 301):
        for span in (1, 2, 50, 255, 4095, 65535):
            low = max(info.min, -1024 if info.min < 0 else 0)
            high = min(info.max, low + span)
            values = rng.integers(low, high + 1, size=size, dtype=np.int64).astype(dtype)
            for slope, intercept in ((1.0, 0.0), (1.0, -1024.0), (0.37, 3.3), (2.5, -100.1)):
                got = window_to_uint8(values, slope=slope, intercept=intercept)
                want = _window_reference(values, slope, intercept)
                assert got.dtype == np.uint8 and np.array_equal(got, want), (size, span, slope)
                cases += 1
    skewed = np.zeros(10_000, dtype=dtype)
    skewed[-3:] = 9  # the 99th percentile inside the zeros, a spike above it
    assert np.array_equal(window_to_uint8(skewed), _window_reference(skewed))
    assert cases == 8 * 6 * 4


def test_standardised_images_are_unchanged_by_the_faster_paths(tmp_path: Path) -> None:
    """load_image of DICOM (rescaled CT, MONOCHROME2) and grey and colour rasters equals the
    plain-numpy windowing of the same image, after the median filter of all three bands."""
    from PIL import ImageFilter

    from meddata.images import MEDIAN_SIZE, dicom_to_rgb, is_grey

    def reference(image: Image.Image) -> np.ndarray:
        rgb = image.convert("RGB")
        if is_grey(np.asarray(rgb)):
            rgb = rgb.filter(ImageFilter.MedianFilter(MEDIAN_SIZE))
        return _window_reference(np.asarray(rgb))

    ct = pydicom.dcmread(str(get_testdata_file("CT_small.dcm")))
    rgb = dicom_to_rgb(ct)
    want = _window_reference(ct.pixel_array, float(ct.RescaleSlope), float(ct.RescaleIntercept))
    assert np.array_equal(rgb[..., 0], want)
    rng = np.random.default_rng(3)
    grey = Image.fromarray(rng.integers(0, 256, (90, 70), dtype=np.uint8)).convert("RGB")
    colour = Image.fromarray(rng.integers(0, 256, (90, 70, 3), dtype=np.uint8))
    for image in (grey, colour, Image.fromarray(rgb)):
        assert np.array_equal(np.asarray(standardize(image)), reference(image))


def test_the_median_filter_is_pils() -> None:
    """meddata's 3 x 3 median (a sorting network) gives PIL's MedianFilter bytes, edges included,
    on images from one pixel up, with few and with many grey levels."""
    from PIL import ImageFilter

    from meddata.images import MEDIAN_SIZE, median_filter

    rng = np.random.default_rng(11)
    for shape in [(1, 1), (1, 6), (6, 1), (2, 2), (3, 3), (7, 11), (64, 64), (129, 77)]:
        for levels in (2, 3, 256):
            grey = rng.integers(0, levels, shape, dtype=np.uint8)
            want = np.asarray(Image.fromarray(grey).filter(ImageFilter.MedianFilter(MEDIAN_SIZE)))
            assert np.array_equal(median_filter(grey), want), (shape, levels)
