"""The site's side of the ledger receipts (protocols.ledger_receipt): a chain head the
coordinator signed comes with an instruction or on its own; the site keeps it in its own
database only when it verifies under a coordinator key the site's policy trusts. A receipt that
does not verify is logged here and dropped: it is no evidence of anything.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from ledger.receipts import read_receipts, record_receipt
from protocols.keys import fingerprint
from protocols.ledger_receipt import Receipt, ReceiptError
from protocols.round import RESENT_KEY, resent_metric
from site_agent.policy import PolicyError, load_policy
from site_agent.privacy.ledger import LEDGER_FILE, PrivacyLedgerError, default_url, open_site_ledger
from site_agent.settings import SiteSettings

log = logging.getLogger("medfed.site")


def accept_receipt(settings: SiteSettings, config: Mapping[str, Any]) -> bool:
    """Verify and keep the receipt in `config`, if it carries one; whether one was kept."""
    return _kept_receipt(settings, config) is not None


def _kept_receipt(settings: SiteSettings, config: Mapping[str, Any]) -> Receipt | None:
    """The receipt in `config`, verified and kept; None where it carries none or it was
    dropped (the reason logged)."""
    site = settings.name
    try:
        receipt = Receipt.from_config(config)
    except ReceiptError as exc:
        log.warning("site %s: malformed ledger receipt dropped: %s", site, exc)
        return None
    if receipt is None:
        return None
    if not (settings.agent_dir / LEDGER_FILE).is_file():
        log.warning("site %s: no privacy ledger in %s to keep the receipt in", site,
                    settings.agent_dir)  # fmt: skip
        return None
    try:
        keys = load_policy(settings.policy_file).coordinator_public_keys()
    except PolicyError as exc:
        log.warning("site %s: ledger receipt not checked: %s", site, exc)
        return None
    signer = next((k for k in keys if receipt.valid_under(k)), None)
    if signer is None:
        log.warning("site %s: ledger receipt for entry #%d of run %r is not signed by a "
                    "coordinator key this site trusts: dropped", site, receipt.seq,
                    receipt.run_id)  # fmt: skip
        return None
    record_receipt(default_url(settings.agent_dir), receipt, fingerprint(signer))
    return receipt


def receipt_reply(settings: SiteSettings, config: Mapping[str, Any]) -> dict[str, Any]:
    """The site's answer to the coordinator's receipt message at the end of a run (or of a
    halted stage): whether it kept the receipt and, when it did, the signed entries of its
    latest committed spends of the receipt's run (RESENT_KEY, at most MAX_RESENT, oldest
    first), where every receipt of that run it holds comes from the same coordinator key. A
    round result sends them again with the next reply; after the run's last round there is
    none, so a spend whose reply was lost there (or the release of the last evaluation's
    counts) reaches the consortium ledger from this answer. A ledger that cannot be read sends
    none."""
    receipt = _kept_receipt(settings, config)
    reply: dict[str, Any] = {"receipt": int(receipt is not None)}
    if receipt is None:
        return reply
    try:
        # every receipt of the run the site holds from one coordinator key: another coordinator
        # the site also trusts gets nothing of a run that is not its own
        signers = {
            held.coordinator_key
            for held in read_receipts(default_url(settings.agent_dir), settings.name)
            if held.receipt.run_id == receipt.run_id
        }
        if len(signers) != 1:
            log.warning("site %s sends no signed entries with its receipt of run %r: the run's "
                        "receipts come from %d coordinator keys", settings.name,
                        receipt.run_id, len(signers))  # fmt: skip
            return reply
        with open_site_ledger(settings.agent_dir) as ledger:
            # the latest, whatever round the receipt names (its round is not under the
            # coordinator's signature): a replayed receipt cannot reach further back
            pairs = ledger.to_send_again(receipt.run_id, None)
    except (PrivacyLedgerError, SQLAlchemyError) as exc:
        log.warning("site %s sends no signed entries with its receipt: %s", settings.name, exc)
        return reply
    if pairs:
        reply[RESENT_KEY] = resent_metric(pairs)
    return reply
