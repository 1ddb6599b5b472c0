from __future__ import annotations

import sys
from pathlib import Path

# tests/deployment_fixture.py is a helper module, imported as `deployment_fixture`.
sys.path.insert(0, str(Path(__file__).parent))


import os  # noqa: E402
from collections.abc import Iterator  # noqa: E402

# Tests compare training against fp32 oracles: the CPU trains in fp32 unless a test asks for
# bf16 autocast itself (MEDFED_CPU_BF16, model.device). Processes the tests start inherit it.
os.environ.setdefault("MEDFED_CPU_BF16", "0")

import pytest  # noqa: E402


@pytest.fixture(scope="module")
def one_torch_thread() -> Iterator[None]:
    """One torch thread for a module's tests: the tiny model gains nothing from a second
    thread, and under load from other processes OpenMP threads that lose their core make each
    step 10-30x slower. Used with `pytestmark = pytest.mark.usefixtures("one_torch_thread")`."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
