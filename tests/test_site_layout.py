"""A hospital's own file layout, declared in its site.json: loaded as the standard layout is,
curated into the standard layout, and refused with the field named when it is malformed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from meddata import DatasetError, load_site
from meddata.site import site_layout
from simulation.synth import synthesize
from site_agent.curation import curate_site

MOVES = {
    "images": "pacs/png",
    "dicom": "pacs/dcm",
    "reports": "ris/notes",
    "vqa/vqa_rad_train.json": "qa/rad-train.json",
    "vqa/vqa_rad_test.json": "qa/rad-test.json",
    "slake/train.json": "qa/slake-train.json",
    "captions/train.jsonl": "text/captions.jsonl",
    "conversations/llava_med_train.json": "text/conversations.json",
}
LAYOUT = {
    "images": "pacs/png",
    "dicom": "pacs/dcm",
    "reports": "ris/notes",
    "vqa-rad": {"train": "qa/rad-train.json", "test": "qa/rad-test.json"},
    "slake": {"train": "qa/slake-train.json"},
    "captions": {"train": "text/captions.jsonl"},
    "llava-med": {"train": "text/conversations.json"},
}


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("layout")
    synthesize(root / "std", sites=3, seed=5, studies_per_site=8, ood=False)
    standard = root / "std" / "hospital-a"
    own = root / "own"
    shutil.copytree(standard, own)
    for old, new in MOVES.items():
        (own / new).parent.mkdir(parents=True, exist_ok=True)
        (own / old).rename(own / new)
    info = json.loads((own / "site.json").read_text())
    (own / "site.json").write_text(json.dumps({**info, "layout": LAYOUT}))
    return standard, own


def _counts(site: Path, split: str) -> tuple[int, int, int, tuple[str, ...]]:
    data = load_site(site, split)  # type: ignore[arg-type]
    return len(data.vqa), len(data.captions), len(data.conversations), data.sources


def test_own_layout_loads_like_the_standard_one(sites: tuple[Path, Path]) -> None:
    standard, own = sites
    assert _counts(own, "train") == _counts(standard, "train")
    # only VQA-RAD was given a test file: the others are found in their standard places
    assert _counts(own, "test") == _counts(standard, "test")
    assert all(s.image.parent == own / "pacs" / "png" for s in load_site(own, "test").vqa)
    (own / "slake" / "test.json").rename(own / "slake-test.json")
    try:
        assert "slake" not in load_site(own, "test").sources
    finally:
        (own / "slake-test.json").rename(own / "slake" / "test.json")


def test_curation_writes_the_standard_layout(sites: tuple[Path, Path], tmp_path: Path) -> None:
    standard, own = sites
    curate_site(own, tmp_path / "curated", b"k" * 32)
    assert _counts(tmp_path / "curated", "train") == _counts(standard, "train")
    assert "layout" not in json.loads((tmp_path / "curated" / "site.json").read_text())
    assert site_layout(tmp_path / "curated").directories["images"] == "images"
    assert len(list((tmp_path / "curated" / "reports").glob("*.txt"))) == len(
        list((own / "ris" / "notes").glob("*.txt"))
    )


@pytest.mark.parametrize(
    ("layout", "fragment"),
    [
        ({"images": "../elsewhere"}, "layout.images"),
        ({"images": "/abs"}, "layout.images"),
        ({"pictures": "x"}, "unknown entries ['pictures']"),
        ({"slake": {"val": "x.json"}}, "layout.slake"),
        ("images", "must be an object"),
    ],
)
def test_a_malformed_layout_is_refused_naming_the_field(
    tmp_path: Path, layout: object, fragment: str
) -> None:
    (tmp_path / "site.json").write_text(json.dumps({"name": "x", "layout": layout}))
    with pytest.raises(DatasetError, match="site.json") as info:
        site_layout(tmp_path)
    assert fragment in str(info.value)


def test_inspect_says_what_each_stage_finds(sites: tuple[Path, Path], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from medfed.cli import app

    _, own = sites
    res = CliRunner().invoke(app, ["site", "inspect", str(own), "--json"])
    assert res.exit_code == 0, res.output
    stages = {s["stage"]: s for s in json.loads(res.stdout)["stages"]}
    assert list(stages) == ["alignment", "long-context", "instruction"]
    assert all(s["study_units"] > 0 and s["refused"] is None for s in stages.values())
    # a site with captions only: the instruction stage (VQA, conversations) is refused for data
    bare = tmp_path / "bare"
    shutil.copytree(own, bare)
    for name in ("qa", "text/conversations.json"):
        target = bare / name
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    info = json.loads((bare / "site.json").read_text())
    for dataset in ("vqa-rad", "slake", "llava-med"):
        del info["layout"][dataset]
    (bare / "site.json").write_text(json.dumps(info))
    res = CliRunner().invoke(app, ["site", "inspect", str(bare), "--json"])
    stages = {s["stage"]: s for s in json.loads(res.stdout)["stages"]}
    assert stages["instruction"]["refused"] == "data"
    assert sorted(stages["instruction"]["missing_kinds"]) == ["conversation", "vqa"]
    assert stages["alignment"]["refused"] is None


def test_a_site_json_that_is_not_an_object_is_named(tmp_path: Path) -> None:
    from site_agent.settings import SiteSettingsError, training_sites

    site = tmp_path / "hospital-a"
    site.mkdir()
    (site / "site.json").write_text("[1]")
    with pytest.raises(DatasetError, match=r"site\.json.*must hold a JSON object, got list"):
        site_layout(site)
    with pytest.raises(SiteSettingsError, match=r"site\.json: must hold a JSON object"):
        training_sites(tmp_path)


@pytest.mark.parametrize(
    ("entry", "value", "named"),
    [("vqa-rad", {"train": "qa/rad-trian.json", "test": "qa/rad-test.json"},
      "layout.vqa-rad.train: no file qa/rad-trian.json"),
     ("images", "pacs/pngs", "layout.images: no directory pacs/pngs")],
)  # fmt: skip
def test_a_layout_entry_naming_nothing_is_refused_not_read_as_absent(
    sites: tuple[Path, Path], tmp_path: Path, entry: str, value: object, named: str
) -> None:
    """A mistyped path in site.json's layout names the entry and the path: read as a data set
    the site does not hold, it would leave a stage without data and say nothing."""
    from typer.testing import CliRunner

    from medfed.cli import app

    _, own = sites
    typo = tmp_path / "typo"
    shutil.copytree(own, typo)
    info = json.loads((typo / "site.json").read_text())
    info["layout"][entry] = value
    (typo / "site.json").write_text(json.dumps(info))
    with pytest.raises(DatasetError, match=named):
        load_site(typo, "train")
    res = CliRunner().invoke(app, ["site", "inspect", str(typo)])
    assert res.exit_code == 2 and named in res.output.replace("\n", "")
