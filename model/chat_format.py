"""Chat formats: how a question (with its images) and an answer become the model's text.

Two formats, the curriculum's `chat_template` values (protocols.curriculum.KNOWN_CHAT_TEMPLATES):

- "plain", the tiny model's:  `<image>\\nQuestion: Is there a nodule?\\nAnswer:` + ` yes<|eos|>`
  (the end of the answer is the tokenizer's own eos token);
- "harmony", gpt-oss's chat format (openai/harmony):

      <|start|>user<|message|><image>\\nIs there a nodule?<|end|>
      <|start|>assistant<|channel|>final<|message|>  +  yes<|return|>

  (without the line breaks). The answer ends with `<|return|>`, the token gpt-oss ends its final
  answer with (its generation eos, id 200002 in the released tokenizer); earlier assistant turns
  of a conversation end with `<|end|>`. An optional system message comes first.

The prompt ends exactly where the supervised target starts, so training and generation share it.
`check_chat_format` says whether a tokenizer can carry a format (every harmony marker one token).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from transformers import PreTrainedTokenizerBase

from model.tokenizer import EOS_TOKEN, IMAGE_TOKEN

PLAIN = "plain"
HARMONY = "harmony"
CHAT_FORMATS = (PLAIN, HARMONY)

START, MESSAGE, END, RETURN, CHANNEL = (
    "<|start|>",
    "<|message|>",
    "<|end|>",
    "<|return|>",
    "<|channel|>",
)
HARMONY_TOKENS = (START, MESSAGE, END, RETURN, CHANNEL)
FINAL_CHANNEL = "final"


@dataclass(frozen=True)
class Turn:
    """One exchange of a conversation; the last turn's answer is the supervised target."""

    question: str
    answer: str


def _check_format(chat_template: str) -> None:
    if chat_template not in CHAT_FORMATS:
        raise ValueError(f"chat_template={chat_template!r} must be one of {CHAT_FORMATS}")


def _check_text(text: str, what: str, chat_template: str) -> None:
    if IMAGE_TOKEN in text:
        raise ValueError(f"{what} contains the reserved image token {IMAGE_TOKEN!r}")
    if chat_template == HARMONY:
        for marker in HARMONY_TOKENS:
            if marker in text:
                raise ValueError(f"{what} contains the harmony marker {marker!r}")


def _harmony_message(role: str, content: str, channel: str | None = None) -> str:
    head = f"{START}{role}" + (f"{CHANNEL}{channel}" if channel else "")
    return f"{head}{MESSAGE}{content}"


def format_conversation(
    turns: Sequence[Turn],
    num_images: int = 1,
    chat_template: str = PLAIN,
    system: str | None = None,
    eos_token: str = EOS_TOKEN,
) -> tuple[str, str]:
    """(prompt, target) of a conversation: the images go with the first question; every turn
    but the last is in the prompt with its answer; the last answer is the target."""
    _check_format(chat_template)
    if not turns:
        raise ValueError("a conversation needs at least one turn")
    if num_images < 0:
        raise ValueError(f"num_images={num_images} must be >= 0")
    for i, turn in enumerate(turns):
        _check_text(turn.question, f"turns[{i}].question", chat_template)
        _check_text(turn.answer, f"turns[{i}].answer", chat_template)
    images = IMAGE_TOKEN * num_images
    if chat_template == PLAIN:
        if system is not None:
            raise ValueError("the plain format has no system message")
        parts = []
        for i, turn in enumerate(turns):
            parts.append(f"{images if i == 0 else ''}\nQuestion: {turn.question.strip()}\nAnswer:")
            if i < len(turns) - 1:
                parts.append(f" {turn.answer.strip()}{eos_token}")
        return "".join(parts), f" {turns[-1].answer.strip()}{eos_token}"
    out = []
    if system is not None:
        _check_text(system, "system", chat_template)
        out.append(_harmony_message("system", system.strip()) + END)
    for i, turn in enumerate(turns):
        content = (f"{images}\n" if i == 0 and images else "") + turn.question.strip()
        out.append(_harmony_message("user", content) + END)
        out.append(_harmony_message("assistant", "", channel=FINAL_CHANNEL))
        if i < len(turns) - 1:
            out[-1] += turn.answer.strip() + END
    return "".join(out), f"{turns[-1].answer.strip()}{RETURN}"


def end_of_answer_token(chat_template: str, tokenizer: PreTrainedTokenizerBase) -> str:
    """The token that ends a supervised answer (and generation): the tokenizer's eos for plain,
    `<|return|>` for harmony."""
    _check_format(chat_template)
    if chat_template == HARMONY:
        return RETURN
    if tokenizer.eos_token is None:
        raise ValueError("the tokenizer has no eos token to end an answer with")
    return str(tokenizer.eos_token)


def check_chat_format(tokenizer: PreTrainedTokenizerBase, chat_template: str) -> None:
    """ValueError naming every harmony marker the tokenizer does not encode as one token (the
    tiny tokenizer has none of them: its stages must use "plain")."""
    _check_format(chat_template)
    if chat_template != HARMONY:
        return
    missing = []
    for marker in HARMONY_TOKENS:
        ids = tokenizer.encode(marker, add_special_tokens=False)
        if len(ids) != 1 or ids[0] == tokenizer.unk_token_id:
            missing.append(marker)
    if missing:
        raise ValueError(
            f"chat_template 'harmony' needs the tokens {missing} as single tokens; this "
            "tokenizer splits them (use a gpt-oss tokenizer, or chat_template 'plain')"
        )
