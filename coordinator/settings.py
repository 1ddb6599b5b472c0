"""The coordinator's run settings: parsed once from Flower's run config (or built by the demo),
and saved as `run.json` in the run directory so that a crashed run resumes with exactly them."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coordinator.ledger_url import LedgerUrlError, refuse_password
from coordinator.secure_agg import SecAggSettings
from model import default_base_dir
from protocols.config_reader import ConfigReader
from protocols.curriculum import Curriculum
from protocols.curriculum_file import (
    canonical_bytes,
    curriculum_digest,
    curriculum_from_canonical,
    load_curriculum,
)
from protocols.signing import SignatureError, SignedCurriculum, verify_curriculum_digest

RUN_FILE = "run.json"


class SettingsError(ValueError):
    """A run-config value that is missing or of the wrong kind."""


@dataclass(frozen=True)
class CoordinatorSettings:
    out_dir: Path
    base_model: Path
    curriculum: Curriculum
    signed: SignedCurriculum
    num_sites: int
    seed: int = 0
    secagg: SecAggSettings = SecAggSettings()
    data_root: Path | None = None  # simulation only: where the simulated sites live
    ledger_url: str | None = None  # consortium ledger; default: SQLite in the run directory
    site_registry: Path | None = None  # sites' ledger-signing keys and caps (*.ledger.json)
    # The coordinator's Ed25519 key: it signs every entry it appends to the consortium ledger
    # and so every receipt the sites keep (protocols.ledger_receipt).
    coordinator_key: Path | None = None

    def __post_init__(self) -> None:
        if self.num_sites < 1:
            raise SettingsError(f"num_sites must be >= 1, got {self.num_sites}")
        if self.secagg.enabled and self.num_sites < 3:
            raise SettingsError(
                f"secure aggregation needs at least 3 sites, got {self.num_sites}; "
                "add sites or turn it off explicitly (secure-aggregation = false)"
            )

    @property
    def run_id(self) -> str:
        """The run the consortium signed the curriculum for: one name across resubmissions."""
        return self.signed.run_id

    @property
    def lora_rank(self) -> int:
        """The LoRA rank the consortium signed: every site checks it before building a model."""
        return self.signed.lora_rank

    @property
    def curriculum_json(self) -> str:
        return canonical_bytes(self.curriculum).decode("ascii")

    def save(self) -> Path:
        """Write run.json atomically (temp name, fsync, rename)."""
        doc = {
            "base_model": str(self.base_model),
            "curriculum": self.curriculum_json,
            "signed": self.signed.to_dict(),
            "num_sites": self.num_sites,
            "seed": self.seed,
            "secagg": {k: getattr(self.secagg, k) for k in SecAggSettings.__dataclass_fields__},
            "data_root": str(self.data_root) if self.data_root else None,
            "ledger_url": self.ledger_url,
            "site_registry": str(self.site_registry) if self.site_registry else None,
            "coordinator_key": str(self.coordinator_key) if self.coordinator_key else None,
        }
        self.out_dir.mkdir(parents=True, exist_ok=True)
        path = self.out_dir / RUN_FILE
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w") as fh:
            json.dump(doc, fh, indent=2, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        return path

    @classmethod
    def load(cls, run_dir: Path) -> CoordinatorSettings:
        path = run_dir / RUN_FILE
        if not path.is_file():
            raise SettingsError(f"{run_dir}: no {RUN_FILE}, so this is not a MedFed run directory")

        def unreadable(field_path: str, value: Any, problem: str) -> SettingsError:
            return SettingsError(f"{path}: unreadable run settings ({field_path}: {problem})")

        try:
            doc = json.loads(path.read_text())
            if not isinstance(doc, dict):
                raise SettingsError(f"{path}: unreadable run settings (not a JSON object)")
            r = ConfigReader(doc, error=unreadable)
            data_root, registry = r.optional("data_root", str), r.optional("site_registry", str)
            key = doc.get("coordinator_key")
            return cls(
                out_dir=run_dir,
                base_model=Path(r.get("base_model", str)),
                curriculum=curriculum_from_canonical(r.get("curriculum", str).encode(), str(path)),
                signed=SignedCurriculum.from_dict(r.get("signed", dict)),
                num_sites=r.get("num_sites", int),
                seed=r.get("seed", int),
                secagg=SecAggSettings(**r.get("secagg", dict)),
                data_root=Path(data_root) if data_root else None,
                ledger_url=r.optional("ledger_url", str),
                site_registry=Path(registry) if registry else None,
                coordinator_key=Path(key) if isinstance(key, str) and key else None,
            )
        except SettingsError:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise SettingsError(f"{path}: unreadable run settings ({exc})") from exc


def _run_config_error(field_path: str, value: Any, problem: str) -> SettingsError:
    return SettingsError(f"run config: {field_path}: {problem} (got {value!r})")


def settings_from_run_config(cfg: Mapping[str, Any], num_sites: int) -> CoordinatorSettings:
    """Settings for `flwr run`: the curriculum file and its signature from the run config. The
    run directory is named by the signed run id (not Flower's run id, new at every submission),
    so a resubmitted run finds its checkpoints and continues."""
    r = ConfigReader(cfg, error=_run_config_error)
    cur_file = Path(r.get("curriculum-file", str))
    sig_file = Path(r.get("signature-file", str))
    for what, p in (("curriculum-file", cur_file), ("signature-file", sig_file)):
        if not p.is_file():
            raise SettingsError(f"run config {what}: no file at {p}")
    base = r.optional("base-model", str)
    registry = r.optional("site-registry", str)
    key = r.optional("coordinator-key", str)
    if registry and not Path(registry).is_dir():
        raise SettingsError(f"run config site-registry: no directory at {registry}")
    if key and not Path(key).is_file():
        raise SettingsError(f"run config coordinator-key: no key file at {key}")
    ledger_url = r.optional("ledger-url", str) or None
    if ledger_url:
        try:
            refuse_password(ledger_url, "run config ledger-url")
        except LedgerUrlError as exc:
            raise SettingsError(str(exc)) from None
    timeout = r.get("secagg-timeout", float, 300.0)
    if timeout <= 0:
        raise _run_config_error("secagg-timeout", timeout, "must be > 0 (seconds)")
    signed = SignedCurriculum.load(sig_file)
    curriculum = load_curriculum(cur_file)
    try:  # every site would refuse it, as "signature": say so before any site is asked
        verify_curriculum_digest(signed, curriculum_digest(curriculum), curriculum.name)
    except SignatureError as exc:
        raise SettingsError(f"run config curriculum-file {cur_file}: {exc} ({sig_file})") from None
    return CoordinatorSettings(
        out_dir=Path(r.get("out-dir", str)) / signed.run_id,
        base_model=Path(base) if base else default_base_dir(),
        curriculum=curriculum,
        signed=signed,
        num_sites=num_sites,
        seed=r.get("seed", int),
        secagg=SecAggSettings(enabled=r.get("secure-aggregation", bool, True), timeout=timeout),
        ledger_url=ledger_url,
        site_registry=Path(registry) if registry else None,
        coordinator_key=Path(key) if key else None,
    )
