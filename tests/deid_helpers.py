"""Test helper for tests/test_deid_fields.py and tests/test_deid_names.py (imported as
`deid_helpers`): whether the scrubber's spans cover a value."""

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
