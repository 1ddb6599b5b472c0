"""Handing the sites the ledger's signed chain head (a receipt) at the end of a run or stage.

During a run the head after each round rides in the next instruction (training or evaluation);
after the last round there is no next instruction, so the coordinator asks every connected site
to take the final head with one legacy `get_properties` message (the site agent answers it by
verifying and keeping the receipt). A site that does not answer keeps the receipts it has.

A site that kept the receipt answers with the signed entries of its latest spends of the run
(`site_agent.receipts.receipt_reply`): the coordinator records those the ledger lacks
(`ConsortiumLog.record_resent`), as it does with a round result's, so a spend whose reply was
lost in the run's last round still reaches the ledger.
"""

from __future__ import annotations

import logging

from flwr.app import Message
from flwr.common import GetPropertiesIns, MessageTypeLegacy
from flwr.compat.common import recorddict_compat as compat
from flwr.serverapp import Grid

from coordinator.strategy import with_signature_bytes
from protocols.ledger_receipt import Receipt
from protocols.round import RESENT_KEY, RoundMessageError, resent_pairs

Resent = tuple[tuple[str, bytes], ...]

log = logging.getLogger("medfed.coordinator")


def send_receipt(
    grid: Grid, receipt: Receipt, timeout: float = 120.0
) -> tuple[int, dict[int, Resent]]:
    """Send `receipt` to every connected site: the number that took it, and the signed entries
    each node sent back with it (node id -> (entry, signature) pairs), malformed ones left out
    and named in the log."""
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
    resent: dict[int, Resent] = {}
    for reply in grid.send_and_receive(messages, timeout=timeout):
        if reply.has_error():
            continue
        props = compat.recorddict_to_getpropertiesres(reply.content).properties
        taken += int(props.get("receipt") == 1)
        node = reply.metadata.src_node_id
        if RESENT_KEY in props:
            try:
                pairs = resent_pairs(props[RESENT_KEY])
            except RoundMessageError as exc:
                log.warning("node %d's signed entries sent with its receipt are left out: %s",
                            node, exc)  # fmt: skip
                continue
            resent[node] = with_signature_bytes(pairs, f"receipt answer of node {node}")
    log.info(
        "ledger head #%d (round %d) receipted by %d of %d sites",
        receipt.seq, receipt.global_round, taken, len(nodes),
    )  # fmt: skip
    return taken, resent
