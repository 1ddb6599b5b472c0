"""Which node speaks for which site, as far as the coordinator can tell.

A round result names its site only in what the site sent: the `site` of its signed ledger entry,
or the `site` of an evaluation reply. A signature proves who wrote an entry, not who sent it: a
hostile site may relay another site's signed entry (read from the consortium ledger) as its own,
or answer an evaluation under another site's name. The coordinator therefore refuses an entry
already in the run's ledger (a relay of an earlier try of the round, or the entry sent twice),
binds each site name to one node, and refuses what would break the binding. Only an entry that
verifies under its site's registered key claims the site, so a forged one cannot shut the site
out by arriving first.

- within one round, a site name may come from one node only, and a node may name one site only;
  a second claim is refused (`SiteBinding` per round, first claim kept);
- across the rounds of one coordinator process, a site is bound to the first node whose signed
  entry for it went into the ledger (`ConsortiumLog.binding`), and that node to the site: a
  result from another node naming the site, or from the node naming another site, is refused.

The binding lives as long as the coordinator process. It is not rebuilt from checkpoints on a
resume, since a node that re-registered since has a new id: a site whose node re-registers
during a run (a SuperNode restart) is refused, named in the log, until the coordinator is
restarted. SecAgg+ set-up replies carry a signature by the site's ledger-signing key over its
keys (`protocols.secagg_identity`), a binding the relay cannot forge; `coordinator.secure_agg`
keeps those per node but does not pass them to the strategy.
"""

from __future__ import annotations


class SiteClaimError(ValueError):
    """A result from a node that may not speak for the site it names: the message names the
    node, the site and the node or entry it conflicts with."""


class SiteBinding:
    """One node per site and one site per node, first claim kept."""

    def __init__(self) -> None:
        self.node_sites: dict[int, str] = {}
        self.site_nodes: dict[str, int] = {}

    def conflict(self, node: int, site: str) -> str | None:
        """Why `node` may not speak for `site` under this binding (a phrase, the node its
        subject), or None where it may."""
        bound = self.site_nodes.get(site)
        if bound is not None and bound != node:
            return f"it names site {site!r}, which node {bound} speaks for"
        other = self.node_sites.get(node)
        if other is not None and other != site:
            return f"it names site {site!r}, but it speaks for site {other!r}"
        return None

    def check(self, node: int, site: str, where: str) -> None:
        """SiteClaimError, naming `where`, when `node` may not speak for `site`."""
        why = self.conflict(node, site)
        if why is not None:
            raise SiteClaimError(f"{where}: {why}")

    def claim(self, node: int, site: str, where: str) -> None:
        """Bind `node` and `site`; SiteClaimError, naming `where`, on a conflict."""
        self.check(node, site, where)
        self.node_sites[node] = site
        self.site_nodes[site] = node
