"""A Flower Grid that delivers every message to a ClientApp in this process.

The ServerApp's workflow and the ClientApp (mods included) run exactly as under Flower's
simulation engine, but without Ray and without the engine's reply polling: each message makes
the same protobuf round trip it makes on the wire (`message_to_proto` / `message_from_proto`,
so no object is shared between the two ends), the sites answer one after the other, and an
exception in a ClientApp comes back as an error reply, as the engine reports it. Used where the
protocol's own cost is measured (bench/secagg_overhead.py --engine inprocess) and where a
protocol test must not depend on a Ray cluster starting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from flwr.app import Context, Error, Message, RecordDict
from flwr.clientapp import ClientApp
from flwr.common.constant import SUPERLINK_NODE_ID, ErrorCode
from flwr.common.serde import message_from_proto, message_to_proto
from flwr.serverapp import Grid
from flwr.supercore.run import Run
from flwr.supercore.task_identity import TaskIdentity


class InProcessGrid(Grid):
    """Sites 0..n-1 (their `partition-id`), each with its own Context kept across messages."""

    def __init__(self, client_app: ClientApp, sites: int, run_id: int = 1) -> None:
        self._app = client_app
        # node ids as the simulation draws them: large, distinct, not in site order
        ids = np.random.default_rng(sites).choice(2**62, size=sites, replace=False) + 2
        self.contexts = {
            int(nid): Context(
                run_id=run_id,
                node_id=int(nid),
                node_config={"partition-id": pid, "num-partitions": sites},
                state=RecordDict(),
                run_config={},
            )
            for pid, nid in enumerate(ids)
        }
        self._run = Run.create_empty(run_id)

    def set_run(self, run: Run) -> None:
        self._run = run

    @property
    def run(self) -> Run:
        return self._run

    def create_message(
        self,
        content: RecordDict,
        message_type: str,
        dst_node_id: int,
        group_id: str,
        ttl: float | None = None,
    ) -> Message:
        return Message(content, dst_node_id, message_type, group_id=group_id, ttl=ttl)

    def get_node_ids(self) -> list[int]:
        return list(self.contexts)

    def push_messages(self, messages: Iterable[Message]) -> Iterable[str]:
        raise NotImplementedError("InProcessGrid delivers through send_and_receive only")

    def pull_messages(self, message_ids: Iterable[str]) -> Iterable[Message]:
        raise NotImplementedError("InProcessGrid delivers through send_and_receive only")

    def send_and_receive(
        self, messages: Iterable[Message], *, timeout: float | None = None
    ) -> list[Message]:
        replies = []
        for msg in messages:
            received = message_from_proto(message_to_proto(msg))
            try:
                reply = self._app(received, self.contexts[msg.metadata.dst_node_id])
            except Exception as exc:  # the engine turns a ClientApp's exception into a reply
                reply = Message(
                    Error(ErrorCode.CLIENT_APP_RAISED_EXCEPTION, f"{type(exc).__name__}: {exc}"),
                    reply_to=received,
                )
            replies.append(message_from_proto(message_to_proto(reply)))
        return replies


def run_in_process(
    main: Callable[[Grid, Context], None], client_app: ClientApp, sites: int
) -> InProcessGrid:
    """Run a ServerApp's main function against `sites` in-process sites; returns the grid."""
    TaskIdentity.run_id, TaskIdentity.node_id, TaskIdentity.task_id = 1, SUPERLINK_NODE_ID, 0
    grid = InProcessGrid(client_app, sites)
    context = Context(run_id=1, node_id=SUPERLINK_NODE_ID, node_config={}, state=RecordDict(),
                      run_config={})  # fmt: skip
    main(grid, context)
    return grid
