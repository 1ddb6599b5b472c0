"""Caption (JSONL) and LLaVA-Med conversation loaders."""

from __future__ import annotations

import re
from pathlib import Path

from meddata.records import Record, read_json_list, read_jsonl, resolve_image
from meddata.samples import CaptionSample, Conversation

IMAGE_MARKER = "<image>"
_MARKER_RE = re.compile(r"\s*<image>\s*")


def load_captions(jsonl_path: Path, image_dir: Path) -> list[CaptionSample]:
    """One {"image": name, "caption": text} object per line."""
    return [
        CaptionSample(image=r.image("image", Path(image_dir)), caption=r.nonempty_text("caption"))
        for r in read_jsonl(Path(jsonl_path))
    ]


def _images(record: Record, image_dir: Path) -> list[Path]:
    value = record.data.get("image")
    if value is None:
        return []
    names = value if isinstance(value, list) else [value]
    out = []
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise record.error("image", "expected an image name or a list of names")
        out.append(resolve_image(record, "image", name.strip(), image_dir))
    return out


def _turns(record: Record) -> tuple[list[tuple[str, str]], int]:
    """(human, gpt) pairs and how many image markers the human turns held."""
    messages = record.items("conversations")
    if not messages or len(messages) % 2:
        raise record.error("conversations", f"expected (human, gpt) pairs, got {len(messages)}")
    turns: list[tuple[str, str]] = []
    markers = 0
    texts: list[str] = []
    for i, message in enumerate(messages):
        field = f"conversations[{i}]"
        if not isinstance(message, dict):
            raise record.error(field, f"expected an object, got {type(message).__name__}")
        speaker, value = message.get("from"), message.get("value")
        expected = "human" if i % 2 == 0 else "gpt"
        if speaker != expected:
            raise record.error(f"{field}.from", f"expected {expected!r}, got {speaker!r}")
        if not isinstance(value, str):
            raise record.error(f"{field}.value", f"expected a string, got {type(value).__name__}")
        if expected == "human":
            markers += value.count(IMAGE_MARKER)
            value = _MARKER_RE.sub(" ", value).strip()
        texts.append(value)
        if expected == "gpt":
            turns.append((texts[-2], texts[-1]))
    return turns, markers


def load_llava_med(json_path: Path, image_dir: Path) -> list[Conversation]:
    """LLaVA-Med layout: a list of {id, image, conversations: [{from, value}, ...]}."""
    out = []
    for r in read_json_list(Path(json_path)):
        turns, markers = _turns(r)
        images = _images(r, Path(image_dir))
        if markers and not images:
            raise r.error("image", f"conversation uses {IMAGE_MARKER} but names no image")
        out.append(
            Conversation(id=r.nonempty_text("id", allow_number=True), images=images, turns=turns)
        )
    return out
