"""Handing the sites the ledger's signed chain head (a receipt) at the end of a run or stage.

During a run the head after each round rides in the next instruction (training or evaluation);
after the last round there is no next instruction, so the coordinator asks every connected site
to take the final head with one legacy `get_properties` message (the site agent answers it by
verifying and keeping the receipt). A site that does not answer keeps the receipts it has.
"""

from __future__ import annotations

import logging

from flwr.app import Message
from flwr.common import GetPropertiesIns, MessageTypeLegacy
from flwr.compat.common import recorddict_compat as compat
from flwr.serverapp import Grid

from protocols.ledger_receipt import Receipt

log = logging.getLogger("medfed.coordinator")


def send_receipt(grid: Grid, receipt: Receipt, timeout: float = 120.0) -> int:
    """Send `receipt` to every connected site; the number that took it."""
    nodes = sorted(grid.get_node_ids())
    ins = GetPropertiesIns(config=dict(receipt.to_config()))
    content = compat.getpropertiesins_to_recorddict(ins)
    messages = [
        Message(
            content=content,
            message_type=MessageTypeLegacy.GET_PROPERTIES,
            dst_node_id=node,
            group_id=f"receipt-{receipt.seq}",
            ttl=timeout,
        )  # fmt: skip
        for node in nodes
    ]
    taken = 0
    for reply in grid.send_and_receive(messages, timeout=timeout):
        if reply.has_error():
            continue
        props = compat.recorddict_to_getpropertiesres(reply.content).properties
        taken += int(props.get("receipt") == 1)
    log.info(
        "ledger head #%d (round %d) receipted by %d of %d sites",
        receipt.seq, receipt.global_round, taken, len(nodes),
    )  # fmt: skip
    return taken
