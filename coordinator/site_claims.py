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
- under SecAgg+, a node is the site whose registered ledger-signing key signed its set-up keys
  that round (`protocols.secagg_identity`, verified by `coordinator.secure_agg`): an entry
  naming another site is refused whichever node answers first, and a site whose SuperNode
  restarted under a new node id is that site again from its next round;
- `ConsortiumLog.binding` follows which node each site was in its latest round (rebound every
  round): it names dropouts, and an evaluation reply naming a site another node spoke for in
  the latest round is refused.

An evaluation reply's counts come with the site's signed `released` entry naming their digest
(`ConsortiumLog.check_release`), so a node answers under a site's name only with that site's
signature over the very counts, of this round, not yet in the ledger.

What remains: outside SecAgg+ (or for a site that signs no keys) the first node of a round to
send a site's verified entry keeps it, and a node the binding does not know may pass on, under
a site name no other node spoke for, that site's own signed counts of this evaluation where it
got hold of them before the coordinator did.
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

    def rebind(self, node: int, site: str) -> None:
        """Bind `node` and `site`, dropping what either was bound to before (a site's node
        restarted under a new id, a node id reused)."""
        old_node = self.site_nodes.pop(site, None)
        if old_node is not None:
            self.node_sites.pop(old_node, None)
        old_site = self.node_sites.pop(node, None)
        if old_site is not None:
            self.site_nodes.pop(old_site, None)
        self.node_sites[node] = site
        self.site_nodes[site] = node

    def claim(self, node: int, site: str, where: str) -> None:
        """Bind `node` and `site`; SiteClaimError, naming `where`, on a conflict."""
        self.check(node, site, where)
        self.node_sites[node] = site
        self.site_nodes[site] = node
