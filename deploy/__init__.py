"""Deploying MedFed on real hosts: the consortium PKI (CA, SuperLink TLS certificate, node and
signing keys) and the site registry. See docs/DEPLOY.md."""

from deploy.bundle import SiteBundle
from deploy.keyfiles import PkiError, load_node_private_key, load_node_public_key
from deploy.layout import ConsortiumLayout, SiteLayout
from deploy.pki import (
    ConsortiumInit,
    SiteInit,
    SiteRecord,
    add_site,
    init_consortium,
    init_site,
    registered_sites,
)

__all__ = [
    "ConsortiumInit",
    "ConsortiumLayout",
    "PkiError",
    "SiteBundle",
    "SiteInit",
    "SiteLayout",
    "SiteRecord",
    "add_site",
    "init_consortium",
    "init_site",
    "load_node_private_key",
    "load_node_public_key",
    "registered_sites",
]
