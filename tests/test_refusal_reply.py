"""A site's expected refusals leave as the error reply Flower itself sends for an exception (the
same code and reason text, from which the coordinator reads the refusal code), logged in one
line at the site instead of Flower's "ClientApp raised an exception" traceback."""

from __future__ import annotations

import time

import pytest
from flwr.app import Context, Message, RecordDict
from flwr.app.message.message import make_message
from flwr.app.message_type import MessageType
from flwr.app.metadata import Metadata
from flwr.common.constant import ErrorCode

from protocols.round import refusal_code_in, refusal_message
from site_agent.client_app import SiteFailure, make_client_app, refusal_reply_mod
from site_agent.secagg_guard import SecAggRefused


def _message() -> Message:
    metadata = Metadata(
        run_id=1, message_id="m1", src_node_id=0, dst_node_id=7, reply_to_message_id="",
        group_id="1", created_at=time.time(), ttl=3600.0, message_type=MessageType.TRAIN,
    )  # fmt: skip
    return make_message(metadata, RecordDict())


CONTEXT = Context(run_id=1, node_id=7, node_config={}, state=RecordDict(), run_config={})


@pytest.mark.parametrize(
    "exc",
    [
        SiteFailure(refusal_message("training round", "budget")),
        SecAggRefused(refusal_message("SecAgg+ set-up", "policy")),
    ],
)
def test_an_expected_refusal_is_flowers_error_reply_without_a_traceback(
    exc: Exception, caplog: pytest.LogCaptureFixture
) -> None:
    msg = _message()

    def refuse(m: Message, c: Context) -> Message:
        raise exc

    reply = refusal_reply_mod(msg, CONTEXT, refuse)
    assert reply.has_error() and reply.error.code == ErrorCode.CLIENT_APP_RAISED_EXCEPTION
    # the oracle: flwr.supernode.runtime.run_clientapp's reason for the same exception
    assert reply.error.reason == str(type(exc)) + ":<'" + str(exc) + "'>"
    assert refusal_code_in(reply.error.reason) in ("budget", "policy")
    assert reply.metadata.reply_to_message_id == "m1" and reply.metadata.dst_node_id == 0
    assert str(exc) in caplog.text and "node 7 refuses" in caplog.text
    assert all(r.exc_info is None for r in caplog.records)  # one line, no traceback


def test_anything_else_is_raised_on_and_the_mod_is_outermost() -> None:
    def crash(m: Message, c: Context) -> Message:
        raise ZeroDivisionError("a bug keeps its traceback")

    with pytest.raises(ZeroDivisionError):
        refusal_reply_mod(_message(), CONTEXT, crash)
    for secure in (True, False):  # it also answers for the SecAgg+ guard and mask mod inside it
        assert make_client_app(secure_aggregation=secure)._mods[0] is refusal_reply_mod
