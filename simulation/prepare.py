"""Getting a simulated consortium ready: the operator's signing key, the signed curriculum, and
each simulated hospital's policy trusting that key and approving the model.

On real hosts these are separate people's steps (`medfed curriculum keygen/sign` by the operator,
a policy file written by each hospital); the demo and `medfed coordinator prepare` do them at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import tomli_w
from cryptography.hazmat.primitives import serialization

from ledger.registry import registry_dir, write_registration
from protocols.curriculum import Curriculum
from protocols.curriculum_file import load_curriculum
from protocols.keys import write_key_pair
from protocols.signing import RunTerms, SignedCurriculum, sign_and_save
from site_agent.settings import POLICY_FILE, default_agent_dir, training_sites

KEY_NAME = "curriculum-signing"
DEFAULT_LORA_RANK = 8


@dataclass(frozen=True)
class PreparedRun:
    curriculum: Curriculum
    curriculum_file: Path
    signed: SignedCurriculum
    signature_file: Path
    public_key: Path
    model_digest: str


def signing_key(consortium_dir: Path) -> tuple[Path, Path]:
    keys = consortium_dir / "keys"
    private, public = keys / f"{KEY_NAME}.key", keys / f"{KEY_NAME}.pub"
    if not private.exists():
        keys.mkdir(parents=True, exist_ok=True)
        private, public = write_key_pair(keys, KEY_NAME)
    return private, public


def sign_curriculum(
    curriculum_file: Path,
    base_dir: Path,
    consortium_dir: Path,
    run_id: str,
    lora_rank: int = DEFAULT_LORA_RANK,
    valid_days: float = 30.0,
) -> PreparedRun:
    cur = load_curriculum(curriculum_file)
    private, public = signing_key(consortium_dir)
    terms = RunTerms.starting_now(run_id, lora_rank, valid_days)
    sig_file = consortium_dir / f"{cur.name}.sig.json"
    signed = sign_and_save(cur, private, sig_file, terms=terms, base_dir=base_dir)
    digest = signed.model_config_digest
    return PreparedRun(cur, curriculum_file.resolve(), signed, sig_file, public, digest)


# The training.min_dataset_size a simulated hospital's policy states unless told otherwise,
# and the delta it accounts at (with the RDP accountant).
MIN_DATASET_SIZE = 8
POLICY_DELTA = 1e-5


def site_policy_text(
    name: str,
    coordinator_key: Path,
    model_digest: str,
    epsilon_cap: float,
    min_dataset_size: int,
    randomness: str = "os-csprng",
    share_training_loss: bool = False,
    accounted_studies: int | None = None,
    peer_keys: tuple[str, ...] = (),
    min_survivors: int = 3,
) -> str:
    """A simulated hospital's policy file: eps per study over the site's lifetime, DP required,
    the OS CSPRNG (the reproducible "seeded-insecure" mode only when a test asks for it),
    `peer_keys` (the other hospitals' ledger-signing public keys, PEM) to authenticate its
    SecAgg+ neighbours, and the fewest sites' updates a mean it unmasks may hold
    (`min_survivors`; 2 lets a round of three sites go on when one drops out or refuses, and
    lets each of the other two read its update from that mean)."""
    doc = {
        "site": {"name": name},
        "privacy": {
            "epsilon_cap": float(epsilon_cap),
            "delta": POLICY_DELTA,
            "accountant": "rdp",
            "require_dp": True,
            "min_noise_multiplier": 0.5,
            "randomness": randomness,
            **({"accounted_studies": accounted_studies} if accounted_studies else {}),
        },
        "trust": {
            "coordinator_keys": [str(coordinator_key.resolve())],
            "model_config_digests": [model_digest],
        },
        "training": {
            "allowed_groups": ["vision.lora", "projector", "lm.lora"],
            "min_dataset_size": min_dataset_size,
        },
        "secure_aggregation": {
            "min_cohort": 3,
            "min_threshold": 2,
            "min_survivors": min_survivors,
            **({"peer_keys": list(peer_keys)} if peer_keys else {}),
        },
        "egress": {
            "max_bytes_per_round": 67108864,
            "metrics_may_leave": True,
            "share_training_loss": share_training_loss,
            "max_evaluations": 64,
        },
    }
    header = (
        f"# Site policy of {name}, written for a simulated consortium.\n"
        "# eps is per study (the privacy unit) over the site's lifetime, at delta.\n"
    )
    return header + tomli_w.dumps(doc)


def _declared_studies(site_dir: Path) -> int:
    """The count a simulated hospital declares for its privacy accounting: its training
    studies (a real hospital states it in its policy; the count itself never leaves)."""
    from meddata import load_site
    from site_agent.examples import site_studies

    return max(1, len(site_studies(load_site(site_dir, "train"))))


def write_site_policies(
    data_root: Path,
    prepared: PreparedRun,
    epsilon_caps: dict[str, float] | None = None,
    default_cap: float = 10.0,
    min_dataset_size: int = MIN_DATASET_SIZE,
    randomness: str = "os-csprng",
    share_training_loss: bool = False,
    min_survivors: int = 3,
) -> list[Path]:
    """Enroll every training site: its ledger-signing key, a policy in its agent directory (an
    existing one is kept: it is the hospital's, not the operator's) listing the other sites'
    ledger-signing keys as its SecAgg+ `peer_keys`, and the operator's record of that key and
    the site's cap (for the consortium ledger). Two passes: every site's key exists before any
    policy names the others'."""
    from site_agent.agent import SIGNING_KEY, site_signing_key
    from site_agent.policy import load_policy
    from site_agent.privacy import create_site_ledger

    sites = training_sites(data_root)
    public_pem: dict[str, str] = {}
    for site in sites:
        agent = default_agent_dir(site)
        agent.mkdir(parents=True, exist_ok=True)
        if not (agent / f"{SIGNING_KEY}.key").exists():  # what `medfed site init` makes
            write_key_pair(agent, SIGNING_KEY)
        public_pem[site.name] = (
            site_signing_key(agent)
            .public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode("ascii")
        )

    written = []
    for site in sites:
        agent = default_agent_dir(site)
        path = agent / POLICY_FILE
        if not path.exists():
            cap = (epsilon_caps or {}).get(site.name, default_cap)
            path.write_text(
                site_policy_text(
                    site.name,
                    prepared.public_key,
                    prepared.model_digest,
                    cap,
                    min_dataset_size,
                    randomness,
                    share_training_loss,
                    _declared_studies(site),
                    tuple(pem for name, pem in public_pem.items() if name != site.name),
                    min_survivors,
                )
            )
            written.append(path)
        policy = load_policy(path)
        create_site_ledger(agent)
        write_registration(
            registry_dir(prepared.signature_file.parent), policy.name, public_pem[site.name],
            policy.privacy.epsilon_cap,
        )  # fmt: skip
    return written
