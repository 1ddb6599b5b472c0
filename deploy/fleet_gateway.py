"""The hospitals' door to the SuperLink: a TLS reverse proxy that forwards the Fleet API only.

flwr 1.42's `flower-superlink` serves the Fleet API (SuperNodes), the Control API (`flwr run`,
`flwr supernode register`; no authentication in this version) and the runtime API (the
ServerApp's) on one HTTP port. The operator binds that port to 127.0.0.1 (or an operator-only
network) and publishes this gateway for the sites instead: it answers only the Fleet API calls a
SuperNode makes (`FLEET_PATHS`, the paths of `flwr.supernode.fleet_http_client.FleetHttpClient`,
all POST) and refuses everything else (Control, runtime, `/docs`, `/openapi.json`, `/health`)
with 403 and a message saying where such calls belong.

TLS on both legs: sites dial the gateway with the consortium's CA (`--root-certificates`), the
gateway presents the SuperLink's server certificate (its subjectAltName must name the gateway's
address), and dials the SuperLink over TLS too, verifying it against the same CA: the SuperLink
needs TLS anyway for SuperNode authentication, and loopback is then no weaker than the wire.
Bodies stream through in both directions; SuperNode authentication headers (`flwr-public-key`,
`flwr-signature`, `flwr-timestamp`) and the version headers pass unchanged, since the SuperLink
checks them itself.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import ssl
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from deploy.keyfiles import PkiError
from deploy.layout import ConsortiumLayout

LOG = logging.getLogger("medfed.gateway")

# What a SuperNode calls on the SuperLink (flwr 1.42, FleetHttpClient): nothing else.
FLEET_PATHS = frozenset(
    f"/v1/fleet/{name}"
    for name in (
        "register-node",
        "activate-node",
        "deactivate-node",
        "unregister-node",
        "send-node-heartbeat",
        "pull-messages",
        "push-messages",
        "get-run",
        "get-fab",
        "push-object",
        "pull-object",
        "confirm-message-received",
    )
)
FLEET_METHOD = "POST"
REFUSED_STATUS = 403
# Never forwarded: they describe one connection, not the request (RFC 9110 7.6.1), or name the
# gateway rather than the SuperLink.
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
    }
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class GatewayError(ValueError):
    """A gateway setting that cannot work; the message names the setting and the value."""


@dataclass(frozen=True)
class Address:
    host: str
    port: int

    @classmethod
    def parse(cls, text: str, where: str) -> Address:
        """`host:port` or `[v6]:port`."""
        host, sep, port_text = text.strip().rpartition(":")
        if not sep or not host or not port_text.isdigit():
            raise GatewayError(f"{where} {text!r}: expected HOST:PORT")
        port = int(port_text)
        if not 0 < port < 65536:
            raise GatewayError(f"{where} {text!r}: port {port} is not in 1..65535")
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
            try:
                ipaddress.IPv6Address(host)
            except ValueError as exc:
                raise GatewayError(f"{where} {text!r}: {host!r} is not an IPv6 address") from exc
        return cls(host, port)

    def url(self, scheme: str) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}"


@dataclass(frozen=True)
class GatewayConfig:
    """Where the gateway listens, the SuperLink it forwards to, and its TLS files."""

    listen: Address
    superlink: Address
    certfile: Path  # presented to the sites
    keyfile: Path
    superlink_ca: Path  # the CA the SuperLink's certificate is checked against
    upstream_timeout: float = 60.0

    def __post_init__(self) -> None:
        for name in ("certfile", "keyfile", "superlink_ca"):
            path = getattr(self, name)
            if not path.is_file():
                raise GatewayError(f"gateway {name}: {path} is not a file")
        if self.upstream_timeout <= 0:
            raise GatewayError(f"upstream_timeout {self.upstream_timeout}: must be > 0")

    @classmethod
    def from_consortium(cls, consortium: Path, listen: str, superlink: str) -> GatewayConfig:
        """The consortium's SuperLink certificate and CA (`superlink/`), as the SuperLink has."""
        layout = ConsortiumLayout(consortium)
        if not layout.server_cert.is_file():
            raise PkiError(f"{consortium}: no {layout.server_cert.name} in superlink/ (init it)")
        return cls(
            listen=Address.parse(listen, "--listen"),
            superlink=Address.parse(superlink, "--superlink"),
            certfile=layout.server_cert,
            keyfile=layout.server_key,
            superlink_ca=layout.superlink_ca,
        )

    def upstream_client(self) -> httpx.AsyncClient:
        """An HTTPS client to the SuperLink that trusts only the consortium's CA."""
        context = ssl.create_default_context(cafile=str(self.superlink_ca))
        return httpx.AsyncClient(
            base_url=self.superlink.url("https"),
            verify=context,
            timeout=httpx.Timeout(self.upstream_timeout, connect=10.0),
            follow_redirects=False,
        )


def is_forwarded(method: str, path: str) -> bool:
    return method == FLEET_METHOD and path in FLEET_PATHS


def refusal(method: str, path: str) -> Response:
    """403 with a `detail` the `flwr` CLI prints as it is."""
    if path.startswith("/v1/control/"):
        why = (
            "the Control API (run submission, node registration) is served only on the "
            "SuperLink's operator address, never through the sites' gateway"
        )
    else:
        why = "this gateway forwards only the Fleet API calls a SuperNode makes"
    detail = f"MedFed fleet gateway refused {method} {path}: {why}"
    return Response(
        json.dumps({"detail": detail}),
        status_code=REFUSED_STATUS,
        media_type="application/json",
    )


def _forward_headers(request: Request) -> list[tuple[str, str]]:
    replaced = _HOP_BY_HOP | {"x-forwarded-for", "x-forwarded-proto"}
    headers = [(k, v) for k, v in request.headers.items() if k.lower() not in replaced]
    client = request.client.host if request.client else ""
    prior = request.headers.get("x-forwarded-for")
    headers.append(("x-forwarded-for", f"{prior}, {client}" if prior else client))
    headers.append(("x-forwarded-proto", request.url.scheme))
    return headers


class FleetGateway:
    """An ASGI application: refuse what is not Fleet, stream the rest to the SuperLink.

    `transport` replaces the network leg to the SuperLink (an `httpx.ASGITransport` around
    Flower's own SuperLink app, in tests)."""

    def __init__(
        self, config: GatewayConfig, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.config = config
        self._transport = transport
        self._client: httpx.AsyncClient | None = None

    def _open(self) -> httpx.AsyncClient:
        if self._client is None:
            if self._transport is None:
                self._client = self.config.upstream_client()
            else:
                self._client = httpx.AsyncClient(
                    base_url=self.config.superlink.url("https"), transport=self._transport
                )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":  # websockets: nothing of Flower's uses them
            return
        request = Request(scope, receive)
        response = await self.handle(request)
        await response(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._open()
                LOG.info(
                    "forwarding the Fleet API to %s (%d paths); refusing everything else",
                    self.config.superlink.url("https"),
                    len(FLEET_PATHS),
                )
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def handle(self, request: Request) -> Response:
        method, path = request.method, request.url.path
        peer = request.client.host if request.client else "?"
        if not is_forwarded(method, path):
            LOG.warning("refused %s %s from %s", method, path, peer)
            return refusal(method, path)
        client = self._open()
        upstream_request = client.build_request(
            method,
            path,
            params=request.url.query,
            headers=_forward_headers(request),
            content=request.stream(),
        )
        try:
            upstream = await client.send(upstream_request, stream=True)
        except httpx.ConnectError as exc:
            LOG.error("SuperLink %s unreachable: %s", self.config.superlink.url("https"), exc)
            return _unavailable(503, "the SuperLink is not reachable from the gateway")
        except httpx.TimeoutException:
            LOG.error("SuperLink timed out on %s %s", method, path)
            return _unavailable(504, "the SuperLink did not answer in time")
        except httpx.TransportError as exc:
            LOG.error("SuperLink transport error on %s %s: %s", method, path, exc)
            return _unavailable(502, "the connection to the SuperLink failed")
        LOG.info("forwarded %s %s from %s: %d", method, path, peer, upstream.status_code)
        headers = {k: v for k, v in upstream.headers.multi_items() if k.lower() not in _HOP_BY_HOP}
        return StreamingResponse(
            upstream.aiter_raw(),
            status_code=upstream.status_code,
            headers=headers,
            background=BackgroundTask(upstream.aclose),
        )


def _unavailable(status: int, why: str) -> Response:
    body = json.dumps({"detail": f"MedFed fleet gateway: {why}"})
    return Response(body, status_code=status, media_type="application/json")


def serve(config: GatewayConfig, log_level: str = "info") -> None:
    """Run the gateway until interrupted (uvicorn, TLS with the configured certificate)."""
    import uvicorn

    logging.basicConfig(
        level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per call is ours
    uvicorn.run(
        FleetGateway(config),
        host=config.listen.host,
        port=config.listen.port,
        ssl_certfile=str(config.certfile),
        ssl_keyfile=str(config.keyfile),
        log_level=log_level,
        access_log=False,
        lifespan="on",
    )


def main(argv: list[str] | None = None) -> int:
    """`python -m deploy.fleet_gateway`: the same as `medfed consortium gateway`, without the
    medfed command's imports (torch), so that a gateway container starts in a second."""
    import argparse
    import sys

    top = argparse.ArgumentParser(prog="python -m deploy.fleet_gateway", description=__doc__)
    top.add_argument("consortium", type=Path, help="the consortium directory (its superlink/)")
    top.add_argument("--listen", default="0.0.0.0:9092", help="HOST:PORT the sites dial")
    top.add_argument("--superlink", default="127.0.0.1:9093", help="HOST:PORT of the SuperLink")
    top.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    args = top.parse_args(argv)
    try:
        config = GatewayConfig.from_consortium(args.consortium, args.listen, args.superlink)
    except (PkiError, GatewayError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    serve(config, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
