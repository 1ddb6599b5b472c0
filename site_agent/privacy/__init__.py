"""The site's privacy budget: pure eps accounting, the durable ledger of spends, the budget gate."""

from protocols.accounting import (
    ACCOUNTANTS,
    AccountantName,
    Mechanism,
    PrivacyAccountingError,
    epsilon_of,
    noise_for_target,
    project,
)
from site_agent.privacy.gate import BudgetGate, Decision
from site_agent.privacy.ledger import (
    PrivacyLedgerError,
    SiteLedger,
    SpendContext,
    SpendEntry,
    default_url,
)

__all__ = [
    "ACCOUNTANTS",
    "AccountantName",
    "BudgetGate",
    "Decision",
    "Mechanism",
    "PrivacyAccountingError",
    "PrivacyLedgerError",
    "SiteLedger",
    "SpendContext",
    "SpendEntry",
    "default_url",
    "epsilon_of",
    "noise_for_target",
    "project",
]
