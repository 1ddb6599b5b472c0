"""Hospital-pinned ClientApp code: a site runs only the app bundles (FABs) its policy approves.

A SuperNode runs the ClientApp of whatever bundle the run's submitter sent. Flower's own check
(`--trusted-entities`) needs a licence verification from the Hub, so it does nothing offline.
Here the SuperNode runs with `--isolation process` and the site starts `medfed site clientapp`
next to it, in place of `flower-superexec`: it is Flower's SuperExec, except that every ClientApp
task is started through this module's `clientapp` entry point, which

1. pulls the task's input (message, context, run, FAB bytes) from the SuperNode's runtime API,
2. computes the sha256 of the FAB bytes it received (never trusting the hash the SuperNode names),
3. refuses the task, before the bundle is unpacked or any of its code imported, unless that digest
   is in the site policy's `[trust] app_digests` (the policy is read afresh for every task), and
4. otherwise hands over to Flower's own `flwr-clientapp` runner, unchanged.

A refused task ends like a ClientApp that raised: the coordinator gets an error reply (the digest,
nothing about the site), and the site's log says which bundle was refused.

The digest of a bundle is `medfed app digest DIR|FAB` (the FAB `flwr build` writes, or the project
directory `flwr run` would bundle: the same bytes, the build is deterministic).
"""

from __future__ import annotations

import hashlib
import os
import shlex
import stat
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

POLICY_ENV = "MEDFED_SITE_POLICY"
# The project's packages, which an app bundle carries its own copies of.
_BUNDLE_PACKAGES = frozenset({
    "model", "protocols", "meddata", "ledger", "coordinator", "site_agent", "auditor",
    "evaluation", "deploy", "simulation", "medfed",
})  # fmt: skip


class BundleRefused(PermissionError):
    """The app bundle's digest is not in the site policy's approved list."""


def fab_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def app_digest(path: Path | str) -> str:
    """sha256 of a FAB file, or of the FAB that `flwr run`/`flwr build` makes from a project
    directory."""
    path = Path(path)
    if path.is_dir():
        from flwr.cli.build import build_fab_from_disk

        return fab_digest(build_fab_from_disk(path))
    return fab_digest(path.read_bytes())


def approved_digests(policy_file: Path | str) -> frozenset[str]:
    """The policy's approved bundle digests; a policy that does not load approves nothing."""
    from site_agent.policy import load_policy

    return frozenset(load_policy(policy_file).trust.app_digests)


def check_bundle(content: bytes, policy_file: Path | str) -> str:
    """The bundle's digest if the policy approves it; BundleRefused otherwise."""
    digest = fab_digest(content)
    before = set(sys.modules)
    try:
        approved = approved_digests(policy_file)
    except Exception as exc:  # noqa: BLE001 (any unreadable policy refuses)
        raise BundleRefused(f"app bundle {digest} refused: site policy unreadable ({exc})") from exc
    finally:
        # The approved bundle's own modules (site_agent, protocols) must be the ones it loads,
        # not the checker's copies left in the module cache.
        for name in set(sys.modules) - before:
            if name.split(".")[0] in _BUNDLE_PACKAGES and name != __name__:
                del sys.modules[name]
    if digest not in approved:
        raise BundleRefused(f"app bundle {digest} is not approved by the site policy")
    return digest


def run_pinned_clientapp(policy_file: Path | str, argv: Sequence[str]) -> None:
    """Flower's `flwr-clientapp` (same arguments), with the bundle check in front of the FAB's
    installation: Flower's runner calls `install_from_fab(fab.content, ...)` right after pulling
    the task input and before loading the ClientApp, so the check sees exactly the bytes whose
    code would run."""
    from logging import ERROR, INFO

    import flwr.supernode.runtime.run_clientapp as runner
    from flwr.supercore import log
    from flwr.supernode.cli.flwr_clientapp import flwr_clientapp

    install = runner.install_from_fab

    def checked_install(fab_file: Any, *args: Any, **kwargs: Any) -> Any:
        content = fab_file if isinstance(fab_file, bytes) else Path(fab_file).read_bytes()
        try:
            digest = check_bundle(content, policy_file)
        except BundleRefused as exc:
            log(ERROR, "[medfed] %s (policy %s)", exc, policy_file)
            raise
        log(INFO, "[medfed] app bundle %s approved by the site policy", digest)
        return install(fab_file, *args, **kwargs)

    runner.install_from_fab = checked_install  # type: ignore[assignment]
    sys.argv = ["flwr-clientapp", *argv]
    flwr_clientapp()


def _launcher_script(policy_file: Path, directory: Path) -> Path:
    """An executable that starts this module's `clientapp` entry point with the same Python and
    this package's tree first on the import path (the bundle must not provide the checker)."""
    root = Path(__file__).resolve().parents[1]
    script = directory / "medfed-pinned-clientapp"
    env = f"PYTHONPATH={shlex.quote(str(root))}${{PYTHONPATH:+:$PYTHONPATH}}"
    script.write_text(
        "#!/bin/sh\n"
        f"{env} exec {shlex.quote(sys.executable)} -m site_agent.pinned_app clientapp "
        f'--policy {shlex.quote(str(policy_file))} "$@"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def run_pinned_superexec(policy_file: Path | str, argv: Sequence[str]) -> None:
    """Flower's `flower-superexec` (same arguments) that starts ClientApp tasks through the
    pinned runner instead of `flwr-clientapp`."""
    from flwr.supercore.cli.flower_superexec import flower_superexec
    from flwr.supercore.constant import TASK_TYPE_TO_COMMAND, TaskType

    policy_file = Path(policy_file).resolve()
    if not policy_file.is_file():
        raise SystemExit(f"site policy not found: {policy_file}")
    with tempfile.TemporaryDirectory(prefix="medfed-clientapp-") as tmp:
        TASK_TYPE_TO_COMMAND[TaskType.CLIENT_APP] = str(_launcher_script(policy_file, Path(tmp)))
        sys.argv = ["flower-superexec", *argv]
        flower_superexec()


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m site_agent.pinned_app (superexec|clientapp) --policy FILE [Flower's args]`."""
    args = list(sys.argv[1:] if argv is None else argv)
    usage = "usage: python -m site_agent.pinned_app superexec|clientapp --policy FILE [ARGS...]"
    if len(args) < 3 or args[0] not in ("superexec", "clientapp") or args[1] != "--policy":
        policy = os.environ.get(POLICY_ENV)
        if len(args) >= 1 and args[0] in ("superexec", "clientapp") and policy:
            args = [args[0], "--policy", policy, *args[1:]]
        else:
            raise SystemExit(usage)
    mode, _, policy_file, *rest = args
    if mode == "superexec":
        run_pinned_superexec(policy_file, rest)
    else:
        run_pinned_clientapp(policy_file, rest)


if __name__ == "__main__":
    main()
