"""Getting a simulated consortium ready: the operator's signing key, the signed curriculum, and
each simulated hospital's policy trusting that key and approving the model.

On real hosts these are separate people's steps (`medfed curriculum keygen/sign` by the operator,
a policy file written by each hospital); the demo and `medfed coordinator prepare` do them at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from model.digest import base_dir_digest
from protocols.curriculum import Curriculum
from protocols.curriculum_file import load_curriculum
from protocols.keys import load_private_key, write_key_pair
from protocols.signing import SignedCurriculum, sign_manifest
from site_agent.settings import POLICY_FILE, default_agent_dir, training_sites

KEY_NAME = "curriculum-signing"


@dataclass(frozen=True)
class PreparedRun:
    curriculum: Curriculum
    curriculum_file: Path
    signed: SignedCurriculum
    signature_file: Path
    public_key: Path
    model_digest: str


def model_digest_of(base_dir: Path) -> str:
    """The config digest of a saved MedFed model (model.digest.base_dir_digest)."""
    return base_dir_digest(base_dir)


def signing_key(consortium_dir: Path) -> tuple[Path, Path]:
    keys = consortium_dir / "keys"
    private, public = keys / f"{KEY_NAME}.key", keys / f"{KEY_NAME}.pub"
    if not private.exists():
        keys.mkdir(parents=True, exist_ok=True)
        private, public = write_key_pair(keys, KEY_NAME)
    return private, public


def sign_curriculum(curriculum_file: Path, base_dir: Path, consortium_dir: Path) -> PreparedRun:
    cur = load_curriculum(curriculum_file)
    private, public = signing_key(consortium_dir)
    digest = model_digest_of(base_dir)
    signed = sign_manifest(load_private_key(private), cur, digest)
    sig_file = consortium_dir / f"{cur.name}.sig.json"
    signed.save(sig_file)
    return PreparedRun(cur, curriculum_file.resolve(), signed, sig_file, public, digest)


def site_policy_text(
    name: str, coordinator_key: Path, model_digest: str, epsilon_cap: float, min_dataset_size: int
) -> str:
    return f"""# Site policy of {name}, written for a simulated consortium.
[site]
name = "{name}"

[privacy]
epsilon_cap = {epsilon_cap!r}
delta = 1e-5
accountant = "rdp"

[trust]
coordinator_keys = ["{coordinator_key.resolve()}"]
model_config_digests = ["{model_digest}"]

[training]
allowed_groups = ["projector", "lm.lora"]
min_dataset_size = {min_dataset_size}

[egress]
max_bytes_per_round = 67108864
metrics_may_leave = true
"""


def registry_dir(consortium_dir: Path) -> Path:
    """Where the operator keeps each site's ledger-signing key and declared eps cap."""
    return consortium_dir / "ledger-sites"


def write_site_policies(
    data_root: Path,
    prepared: PreparedRun,
    epsilon_caps: dict[str, float] | None = None,
    default_cap: float = 50.0,
    min_dataset_size: int = 8,
) -> list[Path]:
    """Enroll every training site: a policy in its agent directory (an existing one is kept: it
    is the hospital's, not the operator's), its ledger-signing key, and the operator's record of
    that key and the site's cap (for the consortium ledger)."""
    from coordinator.consortium_log import write_registration
    from site_agent.agent import site_signing_key
    from site_agent.policy import load_policy

    written = []
    for site in training_sites(data_root):
        agent = default_agent_dir(site)
        agent.mkdir(parents=True, exist_ok=True)
        path = agent / POLICY_FILE
        if not path.exists():
            cap = (epsilon_caps or {}).get(site.name, default_cap)
            path.write_text(
                site_policy_text(
                    site.name, prepared.public_key, prepared.model_digest, cap, min_dataset_size
                )
            )
            written.append(path)
        policy = load_policy(path)
        public = (
            site_signing_key(agent)
            .public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        write_registration(
            registry_dir(prepared.signature_file.parent), policy.name, public.decode("ascii"),
            policy.privacy.epsilon_cap,
        )  # fmt: skip
    return written
