"""A deployed SuperNode starts a fresh ClientApp process for every message, and SecAgg+ sends a
site four a round (set-up, key shares, masked update, unmask) plus the receipt: only the masked
update trains. The other processes must not import torch, transformers, peft or opacus (about
9 s of CPU each on two cores), so the ClientApp's modules and the site's settings stay light;
so does the command line, whose commands import the model only when they use it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import model

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("torch", "transformers", "peft", "opacus")

_PROBE = """
import json, sys
from pathlib import Path
from flwr.app import Context, RecordDict
import site_agent.client_app, site_agent.secagg_guard, site_agent.secagg_mod, site_agent.receipts
from site_agent.settings import resolve_site_settings

site = Path(sys.argv[1])
ctx = Context(run_id=1, node_id=1, node_config={"site-dir": str(site)}, state=RecordDict(),
              run_config={})
settings = resolve_site_settings(ctx)
print(json.dumps({"base": str(settings.base_model),
                  "heavy": [m for m in sys.argv[2:] if m in sys.modules]}))
"""


def test_a_site_s_key_exchange_process_imports_no_model_library(tmp_path: Path) -> None:
    site = tmp_path / "hospital-a"
    site.mkdir()
    (site / "site.json").write_text(json.dumps({"name": "hospital-a"}))
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(site), *HEAVY],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["heavy"] == [], seen
    assert Path(seen["base"]) == model.default_base_dir()  # the shipped base, found lightly


def test_the_public_names_and_their_owners_are_the_same_list() -> None:
    assert sorted(model.__all__) == sorted(model._OWNER)


@pytest.mark.parametrize("name", model.__all__)
def test_every_public_model_name_resolves_to_its_owner(name: str) -> None:
    value = getattr(model, name)
    owner = sys.modules[model._OWNER[name]]
    assert getattr(owner, name) is value


def test_an_unknown_model_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'not_a_name'"):
        model.not_a_name  # noqa: B018


def test_the_command_line_starts_without_a_model_library() -> None:
    """`medfed --help`, `medfed app digest`, `medfed audit verify`... start in about 2 s, not 11."""
    probe = "import sys, medfed.cli; print([m for m in sys.argv[1:] if m in sys.modules])"
    out = subprocess.run(
        [sys.executable, "-c", probe, *HEAVY],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert out.stdout.strip().splitlines()[-1] == "[]"
