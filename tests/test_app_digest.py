"""The site policy's `[trust] app_digests`, `medfed app digest`, and the pinned runner's check."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from test_policy import _sections, _write
from typer.testing import CliRunner

from medfed.cli import app
from site_agent.pinned_app import BundleRefused, app_digest, check_bundle
from site_agent.policy import PolicyError, load_policy

ROOT = Path(__file__).resolve().parents[1]


def test_app_digests_are_optional_and_validated(tmp_path: Path) -> None:
    assert load_policy(_write(tmp_path / "a.toml", _sections())).trust.app_digests == ()
    ok = "AB" * 32
    policy = load_policy(_write(tmp_path / "b.toml", _sections(trust={"app_digests": f'["{ok}"]'})))
    assert policy.trust.app_digests == (ok.lower(),)
    with pytest.raises(PolicyError, match=r"trust\.app_digests\[0\]"):
        load_policy(_write(tmp_path / "c.toml", _sections(trust={"app_digests": '["abc"]'})))


def test_check_bundle_approves_only_listed_digests(tmp_path: Path) -> None:
    fab = b"a bundle"
    digest = hashlib.sha256(fab).hexdigest()
    listed = _write(tmp_path / "p.toml", _sections(trust={"app_digests": f'["{digest}"]'}))
    assert check_bundle(fab, listed) == digest
    with pytest.raises(BundleRefused, match="not approved"):
        check_bundle(b"another bundle", listed)
    with pytest.raises(BundleRefused, match="not approved"):  # empty list: nothing approved
        check_bundle(fab, _write(tmp_path / "e.toml", _sections()))
    with pytest.raises(BundleRefused, match="unreadable"):
        check_bundle(fab, tmp_path / "missing.toml")


def test_digest_of_a_directory_is_the_fab_flwr_builds(tmp_path: Path) -> None:
    from flwr.cli.build import build_fab_from_disk

    expected = hashlib.sha256(build_fab_from_disk(ROOT)).hexdigest()
    assert app_digest(ROOT) == expected
    fab = tmp_path / "app.fab"
    fab.write_bytes(build_fab_from_disk(ROOT))
    assert app_digest(fab) == expected
    result = CliRunner().invoke(app, ["app", "digest", str(fab)])
    assert result.exit_code == 0 and result.stdout.strip() == expected, result.output
