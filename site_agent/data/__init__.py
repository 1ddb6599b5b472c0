"""Dataset loaders a hospital points at its own files: VQA-RAD, SLAKE, captions, LLaVA-Med."""

from site_agent.data.errors import DatasetError
from site_agent.data.images import load_image
from site_agent.data.samples import CaptionSample, Conversation, SiteData, VQASample
from site_agent.data.site import load_site
from site_agent.data.text import load_captions, load_llava_med
from site_agent.data.vqa import load_slake, load_vqa_rad

__all__ = [
    "CaptionSample",
    "Conversation",
    "DatasetError",
    "SiteData",
    "VQASample",
    "load_captions",
    "load_image",
    "load_llava_med",
    "load_site",
    "load_slake",
    "load_vqa_rad",
]
