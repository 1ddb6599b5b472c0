"""Chat formats: the tiny model's plain prompt and gpt-oss's harmony, rendered and tokenized."""

from __future__ import annotations

import pytest
import torch
from PIL import Image
from released_formats import harmony_tokenizer
from transformers import PreTrainedTokenizerFast

from model import encode_batch, format_prompt, format_target, train_tokenizer
from model.chat_format import (
    Turn,
    check_chat_format,
    end_of_answer_token,
    format_conversation,
)
from model.tokenizer import default_corpus, ensure_image_token

HARMONY_PROMPT = (
    "<|start|>user<|message|><image>\nIs there a nodule?<|end|>"
    "<|start|>assistant<|channel|>final<|message|>"
)


@pytest.fixture(scope="module")
def harmony_tok() -> PreTrainedTokenizerFast:
    tok = harmony_tokenizer()
    ensure_image_token(tok)
    return tok


def test_plain_is_unchanged() -> None:
    assert format_prompt("Is there a nodule?") == "<image>\nQuestion: Is there a nodule?\nAnswer:"
    assert format_target("yes") == " yes<|eos|>"


def test_harmony_renders_the_gpt_oss_format() -> None:
    assert format_prompt(" Is there a nodule? ", chat_template="harmony") == HARMONY_PROMPT
    assert format_target("yes", chat_template="harmony") == "yes<|return|>"
    prompt, target = format_conversation(
        [Turn("What modality?", "x-ray"), Turn("Which side?", "left")],
        num_images=2,
        chat_template="harmony",
        system="You are a radiology assistant.",
    )
    assert prompt == (
        "<|start|>system<|message|>You are a radiology assistant.<|end|>"
        "<|start|>user<|message|><image><image>\nWhat modality?<|end|>"
        "<|start|>assistant<|channel|>final<|message|>x-ray<|end|>"
        "<|start|>user<|message|>Which side?<|end|>"
        "<|start|>assistant<|channel|>final<|message|>"
    )
    assert target == "left<|return|>"


def test_plain_conversation_keeps_earlier_answers_in_the_prompt() -> None:
    prompt, target = format_conversation([Turn("a?", "one"), Turn("b?", "two")])
    assert prompt == "<image>\nQuestion: a?\nAnswer: one<|eos|>\nQuestion: b?\nAnswer:"
    assert target == " two<|eos|>"


@pytest.mark.parametrize(
    ("question", "answer", "needle"),
    [
        ("a <|end|> b", "x", "turns[0].question"),
        ("q", "yes<|return|>", "turns[0].answer"),
        ("q <image>", "x", "image token"),
    ],
)
def test_harmony_rejects_markers_in_text(question: str, answer: str, needle: str) -> None:
    with pytest.raises(ValueError, match=needle.replace("[", r"\[").replace("]", r"\]")):
        format_conversation([Turn(question, answer)], chat_template="harmony")


def test_unknown_format_is_named() -> None:
    with pytest.raises(ValueError, match="chatml"):
        format_prompt("q", chat_template="chatml")


def test_end_of_answer_token(harmony_tok: PreTrainedTokenizerFast) -> None:
    tiny = train_tokenizer(default_corpus(50))
    assert end_of_answer_token("plain", tiny) == "<|eos|>"
    assert end_of_answer_token("harmony", harmony_tok) == "<|return|>" == harmony_tok.eos_token


def test_harmony_tokenizes_markers_as_single_tokens_and_supervises_return(
    harmony_tok: PreTrainedTokenizerFast,
) -> None:
    check_chat_format(harmony_tok, "harmony")
    ids = harmony_tok.encode(HARMONY_PROMPT, add_special_tokens=False)
    for marker in ("<|start|>", "<|message|>", "<|end|>", "<|channel|>"):
        assert harmony_tok.convert_tokens_to_ids(marker) in ids
    assert ids.count(harmony_tok.convert_tokens_to_ids("<|start|>")) == 2
    image = Image.new("RGB", (40, 30), (120, 60, 30))
    batch = encode_batch(
        harmony_tok,
        "tiny",
        [[image]],
        [format_prompt("Is there a nodule?", chat_template="harmony")],
        [format_target("yes", chat_template="harmony")],
        max_length=64,
    )
    labels = batch["labels"][0]
    supervised = labels[labels != -100].tolist()
    assert supervised[-1] == harmony_tok.convert_tokens_to_ids("<|return|>")
    assert harmony_tok.decode(supervised) == "yes<|return|>"
    assert batch["input_ids"][0, -1] == supervised[-1]
    assert torch.equal(batch["input_ids"][0, -len(supervised) :], torch.tensor(supervised))


def test_tiny_tokenizer_cannot_carry_harmony() -> None:
    with pytest.raises(ValueError, match=r"<\|start\|>"):
        check_chat_format(train_tokenizer(default_corpus(50)), "harmony")
