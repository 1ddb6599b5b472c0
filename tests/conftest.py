from __future__ import annotations

import sys
from pathlib import Path

# tests/procs.py is a helper module, imported as `procs`.
sys.path.insert(0, str(Path(__file__).parent))
