"""Synthetic hospitals in real file formats: DICOM, PNG, reports, VQA-RAD, SLAKE, LLaVA-Med."""

from simulation.synth.generate import SynthSummary, default_workers, site_profiles, synthesize
from simulation.synth.profiles import OOD_SITE_NAME, SiteProfile, default_profile, ood_profile

__all__ = [
    "OOD_SITE_NAME",
    "SiteProfile",
    "SynthSummary",
    "default_profile",
    "default_workers",
    "ood_profile",
    "site_profiles",
    "synthesize",
]
