"""The sites' gateway in front of Flower's own SuperLink application (in process, through httpx's
ASGI transport): Fleet calls reach the SuperLink with their authentication headers intact, every
other path is refused before it reaches it, and the forwarded paths are exactly the ones a
SuperNode uses. The slow test with real processes (SuperNodes dialling the gateway) is
tests/test_deployment.py."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from pathlib import Path

import httpx
import pytest
from flwr.proto.fleet_pb2 import RegisterNodeFleetRequest, RegisterNodeFleetResponse
from flwr.proto.run_pb2 import GetRunRequest
from flwr.supercore.primitives.asymmetric import generate_key_pairs, public_key_to_bytes
from flwr.supercore.protobuf.client import ProtobufRequestContext
from flwr.superlink.main import create_app
from flwr.superlink.routers.fleet.router import router as fleet_router
from flwr.supernode import fleet_http_client
from flwr.supernode.node_auth_http_interceptor import NodeAuthHttpInterceptor
from typer.testing import CliRunner

from deploy import init_consortium
from deploy.fleet_gateway import (
    FLEET_PATHS,
    Address,
    FleetGateway,
    GatewayConfig,
    GatewayError,
    is_forwarded,
)
from medfed.cli import app as medfed_app

PROTOBUF = {"content-type": "application/protobuf", "accept": "application/protobuf"}


@pytest.fixture(scope="module")
def consortium(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return init_consortium(tmp_path_factory.mktemp("gw") / "consortium").layout.root


class Link:
    """Flower's SuperLink app (in-memory state) behind the gateway; both reachable in process."""

    def __init__(self, consortium: Path) -> None:
        self.flwr = create_app()
        config = GatewayConfig.from_consortium(consortium, "127.0.0.1:9092", "127.0.0.1:9093")
        self.gateway = FleetGateway(config, transport=httpx.ASGITransport(app=self.flwr))

    def via_gateway(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.gateway), base_url="https://gw"
        )

    def direct(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.flwr), base_url="https://sl"
        )


@pytest.fixture(scope="module")
def link(consortium: Path) -> Link:
    return Link(consortium)


def registration() -> tuple[dict[str, str], bytes, bytes]:
    """A RegisterNode call as a SuperNode sends it (Flower's own interceptor signs the headers):
    its headers, its body and the node's public key."""
    key, public = generate_key_pairs()
    public_bytes = public_key_to_bytes(public)
    body = RegisterNodeFleetRequest(public_key=public_bytes).SerializeToString()
    url = "https://gw/v1/fleet/register-node"
    request = httpx.Request("POST", url, content=body, headers=PROTOBUF)
    context = ProtobufRequestContext("RegisterNode", RegisterNodeFleetRequest(), request)
    NodeAuthHttpInterceptor(key, public).intercept(context, lambda ctx: httpx.Response(200))
    return dict(request.headers), body, public_bytes


def test_forwarded_paths_are_exactly_what_a_supernode_calls() -> None:
    source = inspect.getsource(fleet_http_client)
    client_paths = set(re.findall(r'path="(/v1/fleet/[a-z-]+)"', source))
    router_paths = {route.path for route in fleet_router.routes}  # type: ignore[attr-defined]
    assert client_paths == FLEET_PATHS == router_paths
    assert is_forwarded("POST", "/v1/fleet/pull-messages")
    assert not is_forwarded("GET", "/v1/fleet/pull-messages")
    assert not is_forwarded("POST", "/v1/fleet/pull-messages/")
    assert not is_forwarded("POST", "/v1/control/start-run")


def test_a_supernode_registers_through_the_gateway(link: Link) -> None:
    """The signed identity headers and the protobuf body reach the SuperLink unchanged: it
    accepts the signature and answers the node id it stored for that public key."""

    headers, body, public = registration()

    async def go() -> tuple[httpx.Response, httpx.Response]:
        async with link.via_gateway() as gw:
            ok = await gw.post("/v1/fleet/register-node", content=body, headers=headers)
            unsigned = {k: v for k, v in headers.items() if k != "flwr-signature"}
            bad = await gw.post("/v1/fleet/register-node", content=body, headers=unsigned)
        return ok, bad

    ok, bad = asyncio.run(go())
    assert ok.status_code == 200, ok.text
    answer = RegisterNodeFleetResponse.FromString(ok.content)
    stored = link.flwr.state.linkstate_factory.state().get_node_id_by_public_key(public)
    assert stored is not None and answer.node_id == stored
    assert bad.status_code == 401  # the SuperLink's own check, not the gateway's


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/v1/control/start-run"),
        ("POST", "/v1/control/list-runs"),
        ("POST", "/v1/control/register-node"),
        ("POST", "/v1/runtime/pull-messages"),
        ("POST", "/v1/runtime/acquire-task"),
        ("GET", "/docs"),
        ("GET", "/openapi.json"),
        ("GET", "/health"),
        ("GET", "/v1/fleet/get-run"),
        ("POST", "/v1/fleet/../control/start-run"),
        ("POST", "/v1/fleet%2F..%2Fcontrol/start-run"),
    ],
)
def test_everything_else_is_refused_before_the_superlink(
    link: Link, method: str, path: str
) -> None:
    body = GetRunRequest(run_id=1).SerializeToString()

    async def go() -> tuple[httpx.Response, httpx.Response]:
        async with link.via_gateway() as gw, link.direct() as sl:
            refused = await gw.request(method, path, content=body, headers=PROTOBUF)
            direct = await sl.post("/v1/control/list-runs", content=b"", headers=PROTOBUF)
        return refused, direct

    refused, direct = asyncio.run(go())
    assert refused.status_code == 403
    detail = json.loads(refused.text)["detail"]
    assert detail.startswith("MedFed fleet gateway refused"), detail
    if path.startswith("/v1/control/"):
        assert "operator address" in detail
    assert direct.status_code == 200  # the same SuperLink answers its operator


def test_an_unreachable_superlink_is_503_with_a_reason(consortium: Path) -> None:
    # Nothing listens on port 1 of the loopback.
    config = GatewayConfig.from_consortium(consortium, "127.0.0.1:9092", "127.0.0.1:1")
    gateway = FleetGateway(config)

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=gateway)
        async with httpx.AsyncClient(transport=transport, base_url="https://gw") as gw:
            try:
                return await gw.post("/v1/fleet/pull-messages", content=b"", headers=PROTOBUF)
            finally:
                await gateway.aclose()

    answer = asyncio.run(go())
    assert answer.status_code == 503
    assert "not reachable" in answer.json()["detail"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0.0.0.0:9092", Address("0.0.0.0", 9092)), ("[::1]:9093", Address("::1", 9093))],
)
def test_addresses_parse(text: str, expected: Address) -> None:
    assert Address.parse(text, "--listen") == expected


@pytest.mark.parametrize(
    ("text", "complaint"),
    [("9092", "HOST:PORT"), ("host:0", "1..65535"), ("[nope]:1", "IPv6"), (":80", "HOST:PORT")],
)
def test_bad_addresses_are_named(text: str, complaint: str) -> None:
    with pytest.raises(GatewayError, match=re.escape(complaint)) as err:
        Address.parse(text, "--listen")
    assert "--listen" in str(err.value)


def test_the_command_refuses_a_directory_without_certificates(tmp_path: Path) -> None:
    result = CliRunner().invoke(medfed_app, ["consortium", "gateway", str(tmp_path)])
    assert result.exit_code == 2
    assert "server.pem" in result.output and str(tmp_path) in result.output
