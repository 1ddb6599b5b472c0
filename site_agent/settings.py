"""Where a site agent finds its data, its own directory and its base model.

A deployed SuperNode names them with node config (`site-dir`, `agent-dir`, `base-model`); in
simulation the virtual node's partition id picks the site under the run's `data-root`. The agent
directory holds what the hospital owns: `policy.toml`, the curated data, the privacy ledger.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from flwr.app import Context

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
        if (p / "site.json").is_file()
        and not json.loads((p / "site.json").read_text()).get("evaluation_only", False)
    )


def resolve_site_settings(context: Context, data_root: Path | None = None) -> SiteSettings:
    node = context.node_config
    run = context.run_config
    base = str(node.get("base-model") or run.get("base-model") or "")
    if base:
        base_dir = Path(base)
    else:
        from model import default_base_dir  # lazily: it imports torch

        base_dir = default_base_dir()
    if "site-dir" in node:
        site_dir = Path(str(node["site-dir"]))
    else:
        root = Path(str(run["data-root"])) if "data-root" in run else data_root
        if root is None:
            raise SiteSettingsError("neither node config 'site-dir' nor run config 'data-root' set")
        sites = training_sites(root)
        pid = int(node.get("partition-id", 0))  # type: ignore[call-overload]
        if not 0 <= pid < len(sites):
            raise SiteSettingsError(
                f"partition-id {pid} has no site: {len(sites)} sites under {str(root)!r}"
            )
        site_dir = sites[pid]
    if not (site_dir / "site.json").is_file():
        raise SiteSettingsError(f"site directory {str(site_dir)!r} has no site.json")
    agent = Path(str(node["agent-dir"])) if "agent-dir" in node else default_agent_dir(site_dir)
    return SiteSettings(site_dir=site_dir, agent_dir=agent, base_model=base_dir)
