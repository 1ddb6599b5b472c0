"""Where a site agent finds its data, its own directory and its base model.

A deployed SuperNode names them with node config (`site-dir`, `agent-dir`, `base-model`); in
simulation the virtual node's partition id picks the site under the run's `data-root`. The agent
directory holds what the hospital owns: `policy.toml`, the curated data, the privacy ledger.

Only a simulation's virtual node (whose node config has `num-partitions`, as Flower's Simulation
Engine and MedFed's in-process grid give it) takes its site from the run config: a run config is
written by whoever submits the run, and on a SuperNode without `site-dir` it could otherwise
point the agent at any directory on the hospital's host holding a `site.json`, with the policy
and ledger that lie beside it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flwr.app import Context

from protocols.config_reader import ConfigReader, ErrorFactory

POLICY_FILE = "policy.toml"


class SiteSettingsError(ValueError):
    """The agent cannot locate its site directory, agent directory or base model."""


@dataclass(frozen=True)
class SiteSettings:
    site_dir: Path
    agent_dir: Path
    base_model: Path

    @property
    def policy_file(self) -> Path:
        return self.agent_dir / POLICY_FILE

    @property
    def curated_dir(self) -> Path:
        return self.agent_dir / "curated"

    @property
    def name(self) -> str:
        """The site's name for its logs: its policy's `[site] name` (what the consortium and
        the ledger call it), else its data directory's name (no policy, or one unreadable:
        the round says why elsewhere)."""
        try:
            with self.policy_file.open("rb") as f:
                name = tomllib.load(f).get("site", {}).get("name")
        except (OSError, tomllib.TOMLDecodeError, AttributeError):
            name = None
        return name if isinstance(name, str) and name else self.site_dir.name


def default_agent_dir(site_dir: Path) -> Path:
    """`<site>.agent` beside the raw site directory."""
    return site_dir.with_name(site_dir.name + ".agent")


def training_sites(data_root: Path) -> list[Path]:
    """Site directories under a data root (those with a site.json), except evaluation-only ones."""
    if not data_root.is_dir():
        raise SiteSettingsError(f"data root {str(data_root)!r} is not a directory")
    return sorted(
        p
        for p in data_root.iterdir()
        if (p / "site.json").is_file() and not site_info(p / "site.json").get("evaluation_only")
    )


def site_info(site_json: Path) -> dict[str, Any]:
    """A site.json's object (meddata.site.site_info); SiteSettingsError naming the file."""
    from meddata import DatasetError
    from meddata.site import site_info as read

    try:
        return read(site_json)
    except DatasetError as exc:
        raise SiteSettingsError(str(exc)) from exc


def _config_error(config: str) -> ErrorFactory:
    def error(field_path: str, value: Any, problem: str) -> SiteSettingsError:
        return SiteSettingsError(f"{config} {field_path!r}: {problem} (got {value!r})")

    return error


def resolve_site_settings(context: Context, data_root: Path | None = None) -> SiteSettings:
    node = ConfigReader(context.node_config, error=_config_error("node config"))
    run = ConfigReader(context.run_config, error=_config_error("run config"))
    # The base model is the hospital's choice (node config), never the run submitter's: a run
    # config could point the site at any approved-config directory on its host.
    base = node.optional("base-model", str)
    if base:
        base_dir = Path(base)
    else:
        from model import default_base_dir  # lazily: it imports torch

        base_dir = default_base_dir()
    site = node.optional("site-dir", str)
    if site is not None:
        site_dir = Path(site)
    else:
        if "num-partitions" not in context.node_config:
            raise SiteSettingsError(
                "node config 'site-dir' is not set: a SuperNode names its site's data with "
                "--node-config \"site-dir='...' agent-dir='...'\" (the run config's 'data-root' "
                "is read only by a simulation's virtual nodes)"
            )
        run_root = run.optional("data-root", str)
        root = Path(run_root) if run_root is not None else data_root
        if root is None:
            raise SiteSettingsError("neither node config 'site-dir' nor run config 'data-root' set")
        sites = training_sites(root)
        pid: int = node.get("partition-id", int, 0)
        if not 0 <= pid < len(sites):
            raise SiteSettingsError(
                f"partition-id {pid} has no site: {len(sites)} sites under {str(root)!r}"
            )
        site_dir = sites[pid]
    if not (site_dir / "site.json").is_file():
        raise SiteSettingsError(f"site directory {str(site_dir)!r} has no site.json")
    agent_dir = node.optional("agent-dir", str)
    agent = Path(agent_dir) if agent_dir is not None else default_agent_dir(site_dir)
    return SiteSettings(site_dir=site_dir, agent_dir=agent, base_model=base_dir)
