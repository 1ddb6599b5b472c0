"""The site's privacy budget: pure eps accounting, the durable ledger of spends, the budget gate."""

from protocols.accounting import (
    ACCOUNTANTS,
    AccountantName,
    AccountingTooCostly,
    Mechanism,
    PrivacyAccountingError,
    epsilon_of,
    noise_for_target,
    project,
)
from site_agent.privacy.gate import BudgetGate, Decision
from site_agent.privacy.ledger import (
    LIFETIME_BUDGET,
    PrivacyLedgerError,
    SiteLedger,
    SpendContext,
    SpendEntry,
    create_site_ledger,
    default_url,
    open_site_ledger,
)

__all__ = [
    "ACCOUNTANTS",
    "AccountantName",
    "AccountingTooCostly",
    "BudgetGate",
    "Decision",
    "LIFETIME_BUDGET",
    "Mechanism",
    "PrivacyAccountingError",
    "PrivacyLedgerError",
    "SiteLedger",
    "SpendContext",
    "SpendEntry",
    "create_site_ledger",
    "default_url",
    "epsilon_of",
    "noise_for_target",
    "open_site_ledger",
    "project",
]
