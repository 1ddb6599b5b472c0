"""A small byte-level BPE tokenizer, trained offline, shared by every party of a federation.

The tokenizer is trained once (by the coordinator, on public text) and shipped with the model: a
site never retrains it, since token ids index the embedding rows that are trained jointly.

Padding is on the LEFT: prompts then end right before the first generated token, so the same
batch layout serves training (labels mark the target tokens) and batched greedy generation.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, processors, trainers
from transformers import PreTrainedTokenizerBase, PreTrainedTokenizerFast

PAD_TOKEN = "<|pad|>"
BOS_TOKEN = "<|bos|>"
EOS_TOKEN = "<|eos|>"
IMAGE_TOKEN = "<image>"
# Order fixes the ids: pad=0, bos=1, eos=2, <image>=3.
SPECIAL_TOKENS: tuple[str, ...] = (PAD_TOKEN, BOS_TOKEN, EOS_TOKEN, IMAGE_TOKEN)

# The 256 byte symbols plus the special tokens must fit, with room for some merges.
MIN_VOCAB_SIZE = 256 + len(SPECIAL_TOKENS) + 1


def train_tokenizer(corpus: Iterable[str], vocab_size: int = 512) -> PreTrainedTokenizerFast:
    """Train a byte-level BPE tokenizer on `corpus`; the same corpus gives the same tokenizer.

    Every byte is in the initial alphabet, so any text (hospital reports included) encodes without
    unknown tokens; the merges only decide how compact the encoding is. A BOS token is prepended
    to every sequence encoded with `add_special_tokens=True`.
    """
    if vocab_size < MIN_VOCAB_SIZE:
        raise ValueError(f"vocab_size={vocab_size} is below the minimum {MIN_VOCAB_SIZE}")
    texts = [t for t in corpus if t]
    if not texts:
        raise ValueError("corpus is empty: a tokenizer needs at least one non-empty text")

    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(texts, trainer=trainer, length=len(texts))
    bos_id = bpe.token_to_id(BOS_TOKEN)
    bpe.post_processor = processors.TemplateProcessing(
        single=f"{BOS_TOKEN} $A",
        pair=f"{BOS_TOKEN} $A $B",
        special_tokens=[(BOS_TOKEN, bos_id)],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        pad_token=PAD_TOKEN,
        bos_token=BOS_TOKEN,
        eos_token=EOS_TOKEN,
        extra_special_tokens={"image_token": IMAGE_TOKEN},
        padding_side="left",
        truncation_side="right",
        clean_up_tokenization_spaces=False,
    )


# ------------------------------------------------------------------ built-in corpus

_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ANSWERS = ("yes", "no", "left", "right", "both", "none", "normal", "abnormal")
_SIDES = ("left", "right", "bilateral", "upper", "lower", "middle", "central")
_ORGANS = (
    "lung", "heart", "liver", "kidney", "brain", "spine", "chest", "abdomen", "pelvis", "bone",
    "rib", "breast", "colon", "stomach", "bladder", "skull", "knee", "hand",
)  # fmt: skip
_FINDINGS = (
    "lesion", "nodule", "mass", "opacity", "effusion", "fracture", "pneumonia", "pneumothorax",
    "edema", "consolidation", "atelectasis", "cardiomegaly", "tumor", "cyst", "calcification",
    "infiltrate", "hemorrhage", "stone", "carcinoma", "metastasis",
)  # fmt: skip
_MODALITIES = (
    "x-ray", "ct", "mri", "ultrasound", "pet", "pathology", "histology", "mammography",
    "radiograph", "scan",
)  # fmt: skip
_PLANES = ("axial", "coronal", "sagittal", "frontal", "lateral")
_SHAPES = ("circle", "square", "triangle", "star", "cross", "ring", "dot", "line")
_COLORS = ("red", "green", "blue", "yellow", "black", "white", "gray", "orange", "purple")
_SIZES = ("small", "large", "tiny", "big", "bright", "dark", "round", "oval", "irregular")
_REPORT = (
    "Findings: {size} {finding} in the {side} {organ}.",
    "Impression: no acute {finding} of the {organ}.",
    "Impression: {side} {organ} {finding}, {size}.",
    "Technique: {plane} {modality} of the {organ}.",
    "The {organ} is unremarkable. No {finding} is seen.",
    "Comparison with the prior {modality} shows a stable {finding}.",
    "History: patient with suspected {finding}. The {modality} is {answer}.",
    "There are {number} {finding}s in the {side} {organ}.",
)
_QUESTIONS = (
    ("Is there a {finding} in the {organ}?", "{answer}"),
    ("What modality is this image?", "{modality}"),
    ("Which side is the {finding} on?", "{side}"),
    ("How many {shape}s are there?", "{number}"),
    ("What color is the {shape}?", "{color}"),
    ("What shape is shown?", "{shape}"),
    ("What organ is shown in this {modality}?", "{organ}"),
    ("Is this image normal?", "{answer}"),
    ("In which plane is this {modality} taken?", "{plane}"),
    ("Is the {finding} {size}?", "{answer}"),
)
_CAPTIONS = (
    "A {color} {shape} on a {color2} background.",
    "{number} {size} {shape}s, all {color}.",
    "A {plane} {modality} of the {organ} with a {size} {finding}.",
    "The picture shows a {size} {color} {shape} on the {side}.",
)


# Answer words that must tokenize compactly (first-word accuracy is how VQA is scored).
KEY_WORDS: tuple[str, ...] = (
    _NUMBERS + _ANSWERS + ("upper", "lower") + _COLORS + _SHAPES
    + ("x-ray", "ct", "mri", "ultrasound", "pathology", "axial", "coronal", "sagittal")
    + ("lung", "heart", "brain", "liver", "lesion", "nodule", "mass", "fracture", "effusion")
)  # fmt: skip
_KEY_WORD_REPEATS = 40


def _fields() -> Iterator[dict[str, str]]:
    """Endless deterministic stream of slot fillers; co-prime strides vary the combinations."""
    for i in itertools.count():
        yield {
            "number": _NUMBERS[i % len(_NUMBERS)],
            "answer": _ANSWERS[i % len(_ANSWERS)],
            "side": _SIDES[i % len(_SIDES)],
            "organ": _ORGANS[(i * 7) % len(_ORGANS)],
            "finding": _FINDINGS[(i * 3) % len(_FINDINGS)],
            "modality": _MODALITIES[(i * 3) % len(_MODALITIES)],
            "plane": _PLANES[i % len(_PLANES)],
            "shape": _SHAPES[(i * 5) % len(_SHAPES)],
            "color": _COLORS[(i * 2) % len(_COLORS)],
            "color2": _COLORS[(i * 4 + 1) % len(_COLORS)],
            "size": _SIZES[(i * 5) % len(_SIZES)],
        }


def default_corpus(num_sentences: int = 600) -> list[str]:
    """Generic English + clinical sentences built from word lists (no data files, no network).

    Covers question/answer phrasing ("Question: ... Answer: yes"), report language and simple
    shape/colour captions, so both public pretraining text and hospital VQA tokenize compactly.
    """
    if num_sentences < 1:
        raise ValueError(f"num_sentences={num_sentences} must be >= 1")
    words = (
        _NUMBERS + _ANSWERS + _SIDES + _ORGANS + _FINDINGS + _MODALITIES + _PLANES
        + _SHAPES + _COLORS + _SIZES
    )  # fmt: skip
    out: list[str] = [" ".join(words)]
    fields = _fields()
    templates = itertools.cycle(("report", "question", "caption"))
    while len(out) < num_sentences:
        f = next(fields)
        kind = next(templates)
        i = len(out)
        if kind == "report":
            out.append(_REPORT[i % len(_REPORT)].format(**f))
        elif kind == "question":
            question, answer = _QUESTIONS[i % len(_QUESTIONS)]
            out.append(f"Question: {question.format(**f)}\nAnswer: {answer.format(**f)}")
        else:
            out.append(_CAPTIONS[i % len(_CAPTIONS)].format(**f))
    # A glossary weighs the answer words up, so BPE spends its few merges on them.
    glossary = [f"Answer: {w}" for _ in range(_KEY_WORD_REPEATS) for w in KEY_WORDS]
    return out[:num_sentences] + glossary


def image_token_id(tokenizer: PreTrainedTokenizerBase) -> int:
    """Id of the `<image>` placeholder; ValueError unless the tokenizer has it as one token."""
    ids = tokenizer.encode(IMAGE_TOKEN, add_special_tokens=False)
    if len(ids) != 1 or ids[0] == tokenizer.unk_token_id:
        raise ValueError(f"tokenizer has no single {IMAGE_TOKEN!r} token (encodes to {ids})")
    return int(ids[0])


def ensure_image_token(tokenizer: PreTrainedTokenizerBase) -> bool:
    """Add `<image>` as a special token if missing (e.g. a stock gpt-oss tokenizer); True if added.

    Also gives the tokenizer a pad token (its eos) when it has none, since batches are padded.
    """
    added = False
    try:
        image_token_id(tokenizer)
    except ValueError:
        tokenizer.add_tokens([AddedToken(IMAGE_TOKEN, special=True, normalized=False)])
        added = True
    if tokenizer.pad_token is None:
        if tokenizer.eos_token is None:
            raise ValueError("tokenizer has neither a pad token nor an eos token to pad with")
        tokenizer.pad_token = tokenizer.eos_token
    return added
