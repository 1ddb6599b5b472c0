"""Where the shipped tiny base checkpoint lives, without importing torch: a site's SecAgg+
key-exchange processes and the checks that only need the path stay light."""

from __future__ import annotations

import json
from importlib import metadata, resources
from pathlib import Path

BASE_ASSET = "tiny-base"


class BaseModelMissing(FileNotFoundError):
    """The base checkpoint is not where it should be."""


def asset_candidates(package: str, *parts: str) -> list[Path]:
    """Where a file or directory shipped inside ``package`` (``parts`` below it) can be: inside
    the imported package, else in the installed distribution. A Flower app bundle (FAB) carries
    code but no binary files, so a package imported from a FAB has its JSON files without its
    weights; the installed distribution (the code the site pinned) has both."""
    here = Path(str(resources.files(package).joinpath(*parts)))
    out = [here]
    try:
        dist = metadata.distribution("medfed")
    except metadata.PackageNotFoundError:
        return out
    rel = "/".join((*package.split("."), *parts))
    out.append(Path(str(dist.locate_file(rel))))
    direct = dist.read_text("direct_url.json")
    if direct:  # an editable install points at its source tree
        url = json.loads(direct).get("url", "")
        if url.startswith("file://"):
            out.append(Path(url[len("file://") :]) / rel)
    return out


def default_base_dir() -> Path:
    """The shipped tiny base checkpoint."""
    candidates = asset_candidates("model", "assets", BASE_ASSET)
    for path in candidates:
        if (path / "medfed.json").is_file() and (path / "base" / "model.safetensors").is_file():
            return path
    raise BaseModelMissing(
        f"no base checkpoint with weights at {candidates[0]}: rebuild it with "
        f"`medfed model build-base --out {candidates[0]}`"
    )
