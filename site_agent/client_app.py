"""The site agent's Flower ClientApp: a thin shell around site_agent.agent.run_round.

The legacy NumPyClient path is used because Flower's SecAgg+ mod only exists there.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import numpy.typing as npt
from flwr.app import Context, Error, Message
from flwr.client import Client, NumPyClient
from flwr.clientapp import ClientApp
from flwr.clientapp.typing import ClientAppCallable, Mod
from flwr.common import Scalar
from flwr.common.constant import ErrorCode

from protocols.round import FitInstruction, refusal_message
from protocols.signing import SignedCurriculum
from site_agent.receipts import accept_receipt, receipt_reply
from site_agent.secagg_guard import SecAggRefused, secagg_policy_mod
from site_agent.secagg_mod import SecAggMismatch, secaggplus_mask_mod
from site_agent.settings import SiteSettings, resolve_site_settings

log = logging.getLogger("medfed.site")


class SiteFailure(RuntimeError):
    """What the coordinator learns when a site's round fails: a generic reason. The exception
    that caused it (paths, file names, study ids...) stays in the site's own log."""


class _Refused(Exception):
    """The gate refused the instruction: only its generic code leaves the site."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@contextmanager
def _details_stay_here(what: str, site: str) -> Iterator[None]:
    try:
        yield
    except _Refused as exc:
        raise SiteFailure(refusal_message(what, exc.code)) from None
    except Exception:  # every failure: Flower would send str(exc) to the coordinator
        log.exception("site %s: %s failed", site, what)
        raise SiteFailure(f"{what} failed at a site; the details are in that site's log") from None


class SiteClient(NumPyClient):
    """One site's training client for one message."""

    def __init__(self, settings: SiteSettings) -> None:
        self.settings = settings

    def fit(
        self, parameters: list[npt.NDArray[np.float32]], config: dict[str, Scalar]
    ) -> tuple[list[npt.NDArray[np.float32]], int, dict[str, Scalar]]:
        # Imported here: a deployed SuperNode starts a ClientApp process for every message, and
        # SecAgg+'s key-exchange stages must not pay for importing torch and transformers.
        from site_agent.agent import RoundRefused, rounding_seed, run_round

        site = self.settings.name
        with _details_stay_here("training round", site):
            accept_receipt(self.settings, config)
            instr = FitInstruction.from_config(config)
            signed = SignedCurriculum.from_config(config)
            try:
                arrays, report = run_round(self.settings, instr, signed, parameters)
            except RoundRefused as exc:
                log.warning("site %s refuses round %d: %s", site, instr.global_round, exc.detail)
                raise _Refused(exc.code) from None
            rounding = rounding_seed(self.settings, instr)
        # SecAgg+ rounds stochastically with numpy's global generator: from the site's own
        # randomness (the OS CSPRNG; seeded per site and round only in the insecure test mode,
        # whose masked aggregate is then reproducible, as bitwise crash-resume tests need).
        np.random.seed(rounding)  # noqa: NPY002
        return arrays, report.num_examples, report.to_metrics()

    def evaluate(
        self, parameters: list[npt.NDArray[np.float32]], config: dict[str, Scalar]
    ) -> tuple[float, int, dict[str, Scalar]]:
        from site_agent.evaluate import evaluate_round
        from site_agent.gate import RoundRefused

        with _details_stay_here("evaluation", self.settings.name):
            accept_receipt(self.settings, config)
            instr = FitInstruction.from_config(config)
            signed = SignedCurriculum.from_config(config)
            try:
                n, metrics = evaluate_round(self.settings, instr, signed, parameters)
            except RoundRefused as exc:
                log.warning("site %s refuses evaluation: %s", self.settings.name,
                            exc.detail)  # fmt: skip
                raise _Refused(exc.code) from None
        return 0.0, n, metrics

    def get_properties(self, config: dict[str, Scalar]) -> dict[str, Scalar]:
        """The coordinator hands over the ledger's final signed head (a receipt); the site
        answers whether it kept it, with its latest signed spends of the run (`receipt_reply`)."""
        with _details_stay_here("ledger receipt", self.settings.name):
            return receipt_reply(self.settings, config)


# What a site answers by design, not by accident: its gate's refusals and failures (already in
# its log, the details kept here), and a SecAgg+ set-up its policy or its masking refuses.
_EXPECTED = (SiteFailure, SecAggRefused, SecAggMismatch)


def refusal_reply_mod(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
    """The outermost mod: an expected refusal goes back as the error reply Flower itself would
    send for it (the same code and reason text, which the coordinator reads the refusal code
    from), with one line in the site's log instead of Flower's traceback of a ClientApp that
    "raised an exception". Anything else is raised on, traceback and all."""
    try:
        return call_next(msg, ctxt)
    except _EXPECTED as exc:
        log.warning("node %d refuses the coordinator's %s message: %s", ctxt.node_id,
                    msg.metadata.message_type, exc)  # fmt: skip
        reason = str(type(exc)) + ":<'" + str(exc) + "'>"  # Flower's run_clientapp format
        return Message(Error(ErrorCode.CLIENT_APP_RAISED_EXCEPTION, reason), reply_to=msg)


def make_client_app(data_root: Path | None = None, secure_aggregation: bool = True) -> ClientApp:
    """A ClientApp; `data_root` stands in for the run config's `data-root` where the runtime
    passes none (Flower's run_simulation gives ClientApps an empty run config). With
    `secure_aggregation` (the default) the site only answers SecAgg+ training rounds: its update
    leaves masked, and a coordinator that asks for a plain update gets an error."""

    def client_fn(context: Context) -> Client:
        return SiteClient(resolve_site_settings(context, data_root=data_root)).to_client()

    mods: list[Mod] = [refusal_reply_mod]
    if secure_aggregation:
        mods += [secagg_policy_mod(data_root), secaggplus_mask_mod]
    return ClientApp(client_fn=client_fn, mods=mods)


app = make_client_app()
