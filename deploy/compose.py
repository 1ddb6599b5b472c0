"""The operator's one-shot steps in docker-compose.yml: `python -m deploy.compose register|run`.

`register` records every site bundle in the consortium's registry and registers its node key with
the SuperLink (once: the node id is kept beside the record). `run` signs the curriculum with the
consortium's key (once), waits for the sites, submits the Flower app and waits for the outcome;
it exits 0 only when the run completed, 1 when it failed, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from deploy.flwr_cli import (
    Connection,
    FlwrError,
    register_supernode,
    start_run,
    wait_for_nodes,
    wait_for_run,
)
from deploy.keyfiles import PkiError, write_atomic
from deploy.layout import ConsortiumLayout
from deploy.pki import add_site
from ledger.registry import registry_dir

CONNECTION = "consortium"


def _connection(args: argparse.Namespace) -> tuple[str, dict[str, str]]:
    layout = ConsortiumLayout(args.consortium)
    home = Path(os.environ.get("FLWR_HOME", Path.home() / ".flwr"))
    Connection(CONNECTION, args.superlink, layout.public_ca).write(home)
    return CONNECTION, dict(os.environ, FLWR_HOME=str(home))


def register(args: argparse.Namespace) -> int:
    bundles = sorted(Path(args.bundles).glob("*.json"))
    if not bundles:
        print(f"register: no site bundles (*.json) in {args.bundles}", file=sys.stderr)
        return 2
    conn, env = _connection(args)
    for bundle in bundles:
        record = add_site(args.consortium, bundle, epsilon_cap=args.epsilon_cap)
        node_id_file = record.record.with_suffix(".node-id")
        if node_id_file.exists():
            print(f"{record.bundle.name}: registered before ({node_id_file.read_text().strip()})")
            continue
        node_id = register_supernode(record.node_pub, conn, record.bundle.name, env)
        write_atomic(node_id_file, f"{node_id}\n".encode(), 0o644)
        print(f"{record.bundle.name}: registered as node {node_id}")
    return 0


def run(args: argparse.Namespace) -> int:
    from protocols.curriculum_file import load_curriculum
    from protocols.signing import RunTerms, sign_and_save

    cur = load_curriculum(args.curriculum)
    conn, env = _connection(args)
    layout = ConsortiumLayout(args.consortium)
    signature = args.runs / "signed" / f"{cur.name}.sig.json"
    if not signature.exists():
        from model import default_base_dir

        base = args.base_model or default_base_dir()
        terms = RunTerms.starting_now(args.run_id, args.lora_rank, args.valid_days)
        sign_and_save(cur, layout.signing_key, signature, terms=terms, base_dir=base)
    wait_for_nodes(conn, args.sites, timeout=args.wait_sites, env=env)
    config: dict[str, str | int | float | bool] = {
        "curriculum-file": str(Path(args.curriculum).resolve()),
        "signature-file": str(signature),
        "out-dir": str(args.runs / "out"),
        # Paths in the SuperLink's container, where the ServerApp runs (docker-compose.yml).
        "site-registry": str(registry_dir(args.consortium)),
        "coordinator-key": str(layout.signing_key),
    }
    if args.base_model:
        config["base-model"] = str(args.base_model)
    run_id = start_run(args.app, conn, config, env)
    print(f"run {run_id} submitted: {cur.name}", flush=True)
    status = wait_for_run(conn, run_id, timeout=args.timeout, env=env)
    print(json.dumps({"run-id": run_id, "status": status.status, "details": status.details}))
    return 0 if status.completed else 1


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m deploy.compose", description=__doc__)
    top.add_argument("--consortium", type=Path, required=True, help="the consortium directory")
    top.add_argument("--superlink", required=True, help="SuperLink address, host:port")
    sub = top.add_subparsers(dest="command", required=True)
    reg = sub.add_parser("register", help="add and register every site bundle in BUNDLES")
    reg.add_argument("bundles", type=Path)
    reg.add_argument("--epsilon-cap", type=float, default=8.0,
                     help="the eps cap each site declares (the compose policy's)")  # fmt: skip
    go = sub.add_parser("run", help="sign (once) and run a curriculum; wait for its outcome")
    go.add_argument("curriculum", type=Path)
    go.add_argument("--runs", type=Path, required=True, help="shared with the SuperLink")
    go.add_argument("--app", type=Path, default=Path(__file__).resolve().parents[1])
    go.add_argument("--sites", type=int, default=3, help="SuperNodes to wait for")
    go.add_argument("--wait-sites", type=float, default=600.0, help="seconds")
    go.add_argument("--timeout", type=float, default=24 * 3600.0, help="seconds for the run")
    go.add_argument("--base-model", type=Path, default=None)
    go.add_argument("--run-id", default="consortium-run", help="the run the signature names")
    go.add_argument("--lora-rank", type=int, default=8, help="signed LoRA rank")
    go.add_argument("--valid-days", type=float, default=30.0, help="signature validity")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from protocols.curriculum import CurriculumError
    from protocols.keys import KeyFileError

    try:
        return register(args) if args.command == "register" else run(args)
    except (PkiError, KeyFileError, CurriculumError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except FlwrError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
