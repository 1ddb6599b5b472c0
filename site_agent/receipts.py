"""The site's side of the ledger receipts (protocols.ledger_receipt): a chain head the
coordinator signed comes with an instruction or on its own; the site keeps it in its own
database only when it verifies under a coordinator key the site's policy trusts. A receipt that
does not verify is logged here and dropped: it is no evidence of anything.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from ledger.receipts import record_receipt
from protocols.keys import fingerprint
from protocols.ledger_receipt import Receipt, ReceiptError
from site_agent.policy import PolicyError, load_policy
from site_agent.privacy.ledger import LEDGER_FILE, default_url
from site_agent.settings import SiteSettings

log = logging.getLogger("medfed.site")


def accept_receipt(settings: SiteSettings, config: Mapping[str, Any]) -> bool:
    """Verify and keep the receipt in `config`, if it carries one; whether one was kept."""
    site = settings.name
    try:
        receipt = Receipt.from_config(config)
    except ReceiptError as exc:
        log.warning("site %s: malformed ledger receipt dropped: %s", site, exc)
        return False
    if receipt is None:
        return False
    if not (settings.agent_dir / LEDGER_FILE).is_file():
        log.warning("site %s: no privacy ledger in %s to keep the receipt in", site,
                    settings.agent_dir)  # fmt: skip
        return False
    try:
        keys = load_policy(settings.policy_file).coordinator_public_keys()
    except PolicyError as exc:
        log.warning("site %s: ledger receipt not checked: %s", site, exc)
        return False
    signer = next((k for k in keys if receipt.valid_under(k)), None)
    if signer is None:
        log.warning("site %s: ledger receipt for entry #%d of run %r is not signed by a "
                    "coordinator key this site trusts: dropped", site, receipt.seq,
                    receipt.run_id)  # fmt: skip
        return False
    record_receipt(default_url(settings.agent_dir), receipt, fingerprint(signer))
    return True
