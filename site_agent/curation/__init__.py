"""Site-side curation: DICOM de-identification, report PHI scrubbing, and curated copies of a site.

Runs inside the hospital before any training; nothing here sends anything anywhere.
"""

from site_agent.curation.curate import (
    CurationError,
    CurationOptions,
    CurationReport,
    curate_site,
)
from site_agent.curation.deid_dicom import (
    HeaderIdentifiers,
    Pseudonymizer,
    deidentify,
    header_identifiers,
)
from site_agent.curation.manifest import ManifestError, verify_manifest
from site_agent.curation.scrub_text import KnownIdentifiers, Span, find_phi, scrub_text

__all__ = [
    "CurationError",
    "CurationOptions",
    "CurationReport",
    "HeaderIdentifiers",
    "KnownIdentifiers",
    "ManifestError",
    "Pseudonymizer",
    "Span",
    "curate_site",
    "deidentify",
    "find_phi",
    "header_identifiers",
    "scrub_text",
    "verify_manifest",
]
