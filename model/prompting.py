"""The prompt format, shared by training and generation, and batch encoding for the model.

A sample is `format_prompt(question)` followed by `format_target(answer)`:

    <image>\\nQuestion: Is there a nodule?\\nAnswer: yes<|eos|>

Prompt and target are tokenized separately and concatenated, so a training sequence holds
exactly the prompt ids that generation is later given, and the target ids generation must
produce. Only target ids are supervised (labels -100 on BOS, prompt, image and pad positions).
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Sequence

import numpy as np
import torch
from PIL import Image
from transformers import CLIPImageProcessorPil, LlavaProcessor, PreTrainedTokenizerBase

from model.chat_format import PLAIN, Turn, format_conversation
from model.presets import CLIP_ADDITIONAL_TOKENS, ModelPreset, get_preset
from model.tokenizer import EOS_TOKEN, IMAGE_TOKEN, image_token_id

IGNORE_INDEX = -100
# Token ids of the answer and follow-up strings a tokenizer has encoded (training batches repeat
# the same few thousand strings every step), with the vocabulary size they were encoded at:
# dropped with the tokenizer, cleared when tokens are added or when large.
_TEXT_IDS: weakref.WeakKeyDictionary[
    PreTrainedTokenizerBase, tuple[int, dict[str, tuple[int, ...]]]
] = weakref.WeakKeyDictionary()
TEXT_IDS_LIMIT = 200_000
# OpenAI CLIP normalisation, as the vision tower was (or would be) pretrained with.
CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)


@functools.lru_cache(maxsize=65536)  # training formats the same turns every step
def format_prompt(question: str, num_images: int = 1, chat_template: str = PLAIN) -> str:
    """`num_images` image placeholders, then the question, ending where the answer starts
    (model.chat_format: "plain" or gpt-oss's "harmony")."""
    prompt, _ = format_conversation([Turn(question, "")], num_images, chat_template)
    return prompt


@functools.lru_cache(maxsize=65536)  # training formats the same turns every step
def format_followup(question: str, chat_template: str = PLAIN) -> str:
    """A later turn of the same conversation about the same images: no image placeholder (the
    images came with the first question), ending where its supervised answer starts."""
    prompt, _ = format_conversation([Turn(question, "")], 0, chat_template)
    return prompt


@functools.lru_cache(maxsize=65536)  # training formats the same turns every step
def format_target(answer: str, eos_token: str = EOS_TOKEN, chat_template: str = PLAIN) -> str:
    """The supervised continuation: " answer<eos>" (plain) or "answer<|return|>" (harmony)."""
    _, target = format_conversation([Turn("q", answer)], 0, chat_template, eos_token=eos_token)
    return target


def image_transform(preset: str | ModelPreset) -> CLIPImageProcessorPil:
    """Resize to image_size x image_size (no crop: a lesion at the border must stay), CLIP norm.

    The PIL backend needs no torchvision.
    """
    p = get_preset(preset)
    square = {"height": p.image_size, "width": p.image_size}
    return CLIPImageProcessorPil(
        size=square,
        crop_size=square,
        do_center_crop=False,
        image_mean=list(CLIP_MEAN),
        image_std=list(CLIP_STD),
    )


def _cached_ids(
    tokenizer: PreTrainedTokenizerBase, known: dict[str, tuple[int, ...]], text: str, special: bool
) -> list[int]:
    """`text`'s token ids (with the tokenizer's special tokens when `special`), encoded once: a
    text's ids do not depend on where it stands."""
    key = ("\x01" if special else "\x00") + text
    ids = known.get(key)
    if ids is None:
        ids = known[key] = tuple(tokenizer(text, add_special_tokens=special)["input_ids"])
    return list(ids)


def image_pixels(preset: str | ModelPreset, image: Image.Image) -> np.ndarray:
    """One image through `image_transform(preset)`: the (3, H, W) float32 array a batch holds
    for it (what `encode_batch` takes as `pixels`)."""
    out = image_transform(preset)(images=[image.convert("RGB")])["pixel_values"][0]
    return np.asarray(out, dtype=np.float32)


def make_processor(preset: str | ModelPreset, tokenizer: PreTrainedTokenizerBase) -> LlavaProcessor:
    """The transformers processor for this model; saved with exports so they work standalone."""
    p = get_preset(preset)
    return LlavaProcessor(
        image_processor=image_transform(p),
        tokenizer=tokenizer,
        patch_size=p.patch_size,
        vision_feature_select_strategy=p.vision_feature_select_strategy,
        num_additional_image_tokens=CLIP_ADDITIONAL_TOKENS,
        image_token=IMAGE_TOKEN,
    )


def _check_batch(
    images: Sequence[Sequence[Image.Image]] | Sequence[Sequence[np.ndarray]],
    prompts: Sequence[str],
    targets: Sequence[str] | None,
) -> None:
    if len(images) != len(prompts):
        raise ValueError(f"len(images)={len(images)} != len(prompts)={len(prompts)}")
    if targets is not None and len(targets) != len(prompts):
        raise ValueError(f"len(targets)={len(targets)} != len(prompts)={len(prompts)}")
    if not prompts:
        raise ValueError("empty batch: prompts is empty")
    for i, (imgs, prompt) in enumerate(zip(images, prompts, strict=True)):
        if prompt.count(IMAGE_TOKEN) != len(imgs):
            raise ValueError(
                f"prompts[{i}] has {prompt.count(IMAGE_TOKEN)} {IMAGE_TOKEN!r} placeholders "
                f"but images[{i}] has {len(imgs)} images"
            )
    if targets is not None:
        for i, target in enumerate(targets):
            if IMAGE_TOKEN in target:
                raise ValueError(f"targets[{i}] contains the reserved image token {IMAGE_TOKEN!r}")


def encode_batch(
    tokenizer: PreTrainedTokenizerBase,
    preset: str | ModelPreset,
    images: Sequence[Sequence[Image.Image]] | None,
    prompts: Sequence[str],
    targets: Sequence[str] | None,
    max_length: int,
    followups: Sequence[Sequence[tuple[str, str]]] | None = None,
    pixels: Sequence[Sequence[np.ndarray]] | None = None,
    pad_to: int = 0,
) -> dict[str, torch.Tensor]:
    """Tokenize a batch for training (targets given) or generation (targets None).

    `pixels`, when given, are the images already through `image_transform(preset)` (one
    (3, H, W) array per image, e.g. from a cache: a site's images recur every step), and
    `images` may be None; the batch is then the one the processor would make from the images,
    without processing them again.

    `followups` (training only) continue each sample as a conversation about the same images:
    per sample, (format_followup(question), format_target(answer)) pairs appended after its
    target, every answer supervised. Whole turns that do not fit within max_length are left out.

    `prompts` are `format_prompt(...)` strings (one `<image>` per image of the sample) and
    `targets` are `format_target(...)` strings (leading space and EOS included).

    Returns input_ids and attention_mask (B, T), left padded to the longest sequence (or to
    `pad_to` tokens, if longer: a DP step's width then says nothing of its units' lengths);
    pixel_values (sum of images, 3, H, W); and, when targets are given, labels (B, T) equal to
    input_ids on target positions and -100 elsewhere.

    Truncation never touches the prompt (its image tokens included): a target that does not fit
    is cut on the right; a prompt that leaves no room for one target token raises ValueError.
    """
    p = get_preset(preset)
    given = images if images is not None else pixels
    if given is None:
        raise ValueError("encode_batch needs images or their pixels")
    _check_batch(given, prompts, targets)
    counts = [len(imgs) for imgs in given]
    if max_length < 1:
        raise ValueError(f"max_length={max_length} must be >= 1")
    if tokenizer.pad_token_id is None:
        raise ValueError("tokenizer.pad_token_id is None: batches need a pad token")

    vocabulary, known = _TEXT_IDS.get(tokenizer, (-1, {}))
    if vocabulary != len(tokenizer) or len(known) > TEXT_IDS_LIMIT:
        known = {}
        _TEXT_IDS[tokenizer] = (len(tokenizer), known)

    prompt_ids: list[list[int]]
    if pixels is None:
        assert images is not None
        processor = make_processor(p, tokenizer)
        flat = [img.convert("RGB") for imgs in images for img in imgs]
        encoded = processor(text=list(prompts), images=flat or None, padding=False)
        prompt_ids = [list(ids) for ids in encoded["input_ids"]]
        arrays = list(encoded["pixel_values"]) if flat else []
    else:  # the images already through `image_transform`: only the text is encoded here
        if counts != [len(px) for px in pixels]:
            raise ValueError("pixels must hold one array per image of each sample")
        expanded = [t.replace(IMAGE_TOKEN, IMAGE_TOKEN * p.image_seq_length) for t in prompts]
        prompt_ids = [_cached_ids(tokenizer, known, text, special=True) for text in expanded]
        arrays = [px for sample in pixels for px in sample]
    if arrays:
        pixel_values = torch.from_numpy(np.stack(arrays).astype(np.float32))
    else:
        pixel_values = torch.zeros((0, 3, p.image_size, p.image_size), dtype=torch.float32)

    img_id = image_token_id(tokenizer)
    for i, ids in enumerate(prompt_ids):
        expected = counts[i] * p.image_seq_length
        if ids.count(img_id) != expected:
            raise ValueError(
                f"prompts[{i}] encodes {ids.count(img_id)} image tokens, not {expected}"
            )

    if followups is not None and (targets is None or len(followups) != len(prompts)):
        raise ValueError("followups need targets and one list of turns per prompt")

    def ids_of(text: str) -> list[int]:
        return _cached_ids(tokenizer, known, text, special=False)

    target_ids: list[list[int]] = [[] for _ in prompts]
    if targets is not None:
        target_ids = [ids_of(t) for t in targets]
    need = 1 if targets is not None else 0
    # Each sample as (token ids, supervised?) segments: prompt, target, then whole later turns.
    segments: list[list[tuple[list[int], bool]]] = []
    for i, ids in enumerate(prompt_ids):
        if len(ids) + need > max_length:
            raise ValueError(
                f"prompts[{i}] is {len(ids)} tokens ({counts[i]} images x "
                f"{p.image_seq_length} image tokens) and leaves no room for the target within "
                f"max_length={max_length}"
            )
        target = target_ids[i][: max_length - len(ids)]
        parts, used = [(ids, False), (target, True)], len(ids) + len(target)
        for question, answer in followups[i] if followups is not None else ():
            q, a = ids_of(question), ids_of(answer)
            if used + len(q) + len(a) > max_length:
                break
            parts += [(q, False), (a, True)]
            used += len(q) + len(a)
        segments.append(parts)

    width = max(pad_to, *(sum(len(ids) for ids, _ in parts) for parts in segments))
    batch = len(prompt_ids)
    pad = int(tokenizer.pad_token_id)
    input_ids = torch.full((batch, width), pad, dtype=torch.long)  # (B, T)
    attention_mask = torch.zeros((batch, width), dtype=torch.long)
    labels = torch.full((batch, width), IGNORE_INDEX, dtype=torch.long)
    for i, parts in enumerate(segments):
        seq = [t for ids, _ in parts for t in ids]
        pos = width - len(seq)  # left padding
        input_ids[i, pos:] = torch.tensor(seq, dtype=torch.long)
        attention_mask[i, pos:] = 1
        for ids, supervised in parts:
            if supervised and ids:
                labels[i, pos : pos + len(ids)] = torch.tensor(ids, dtype=torch.long)
            pos += len(ids)

    out = {"input_ids": input_ids, "attention_mask": attention_mask, "pixel_values": pixel_values}
    if targets is not None:
        out["labels"] = labels
    return out
