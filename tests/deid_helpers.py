"""Test helpers for the de-identification tests (imported as `deid_helpers`): the spans found,
and whether they cover a value."""

from __future__ import annotations

import re

from site_agent.curation import find_phi


def covered(text: str, value: str) -> bool:
    """Every word of ``value`` (where it first occurs in ``text``) lies in a span found."""
    spans = find_phi(text)
    base = text.index(value)
    return all(
        any(s.start <= base + m.start() and base + m.end() <= s.end for s in spans)
        for m in re.finditer(r"\w+", value)
    )


def found(text: str) -> list[tuple[str, str]]:
    """(text, label) of every span the scrubber finds in ``text``."""
    return [(text[s.start : s.end], s.label) for s in find_phi(text)]
