"""Dataset loaders a hospital points at its own files: VQA-RAD, SLAKE, captions, LLaVA-Med."""

from meddata.errors import DatasetError
from meddata.images import load_image
from meddata.samples import CaptionSample, Conversation, SiteData, VQASample
from meddata.site import load_site
from meddata.text import load_captions, load_llava_med
from meddata.vqa import load_slake, load_vqa_rad

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
