"""The consortium PKI: certificates a real TLS handshake accepts (and another CA's it refuses),
node keys in the only format Flower takes, bundles that carry nothing private, safe key files,
and the `medfed consortium` / `medfed site init` commands."""

from __future__ import annotations

import ipaddress
import json
import socket
import ssl
import stat
import subprocess
import threading
from pathlib import Path

import pytest
import typer
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import ExtendedKeyUsageOID
from typer.testing import CliRunner

from deploy import (
    PkiError,
    SiteBundle,
    add_site,
    init_consortium,
    init_site,
    load_node_private_key,
    load_node_public_key,
    registered_sites,
)
from medfed.cmd_consortium import register_consortium, register_site_init
from protocols.keys import fingerprint, load_private_key, load_public_key


def _cert(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


@pytest.fixture(scope="module")
def consortium(tmp_path_factory: pytest.TempPathFactory):
    return init_consortium(tmp_path_factory.mktemp("pki") / "c", hosts=["superlink", "10.1.2.3"])


def test_ca_and_server_certificate_have_the_extensions_tls_needs(consortium) -> None:
    lay = consortium.layout
    ca, server = _cert(lay.public_ca), _cert(lay.server_cert)
    ca.verify_directly_issued_by(ca)
    server.verify_directly_issued_by(ca)
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is True
    usage = ca.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and not usage.digital_signature
    assert server.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    eku = server.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.SERVER_AUTH]
    san = server.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["localhost", "superlink"]
    assert san.get_values_for_type(x509.IPAddress) == [
        ipaddress.ip_address("127.0.0.1"),
        ipaddress.ip_address("10.1.2.3"),
    ]
    key = serialization.load_pem_private_key(lay.server_key.read_bytes(), password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp384r1"
    assert b"BEGIN PRIVATE KEY" in lay.server_key.read_bytes()  # PKCS8
    assert key.public_key() == server.public_key()
    assert lay.superlink_ca.read_bytes() == lay.public_ca.read_bytes() == lay.ca_cert.read_bytes()
    assert not (lay.root / "superlink" / "ca.key").exists()  # the SuperLink never sees the CA key


def _handshake(lay, cafile: Path, server_hostname: str) -> str:
    """A real TLS 1.3 handshake on loopback: the server with the SuperLink's cert, the client
    trusting `cafile`; returns the peer's common name, or raises ssl.SSLError."""
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(lay.server_cert, lay.server_key)
    client_ctx = ssl.create_default_context(cafile=str(cafile))
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        try:
            with server_ctx.wrap_socket(conn, server_side=True) as tls:
                tls.recv(1)
        except (ssl.SSLError, OSError):
            pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with (
            socket.create_connection(("127.0.0.1", port), timeout=10) as raw,
            client_ctx.wrap_socket(raw, server_hostname=server_hostname) as tls,
        ):
            peer = tls.getpeercert()
            tls.sendall(b"x")
            if not peer:
                raise ssl.SSLError("no peer certificate")
            subject = {str(attr[0]): str(attr[1]) for rdn in peer["subject"] for attr in rdn}
            return subject["commonName"]
    finally:
        thread.join(10)
        listener.close()


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "superlink", "10.1.2.3"])
def test_a_tls_client_trusting_the_ca_accepts_the_superlink(consortium, host: str) -> None:
    assert _handshake(consortium.layout, consortium.layout.public_ca, host) == "MedFed SuperLink"


def test_tls_refuses_another_ca_and_an_unlisted_host(consortium, tmp_path: Path) -> None:
    other = init_consortium(tmp_path / "other").layout
    with pytest.raises(ssl.SSLCertVerificationError, match="unable to get local issuer"):
        _handshake(consortium.layout, other.public_ca, "localhost")
    with pytest.raises(ssl.SSLCertVerificationError, match="mismatch"):
        _handshake(consortium.layout, consortium.layout.public_ca, "elsewhere.example.org")


def test_private_keys_are_0600_and_the_signing_key_is_ed25519(consortium) -> None:
    lay = consortium.layout
    for path in (lay.ca_key, lay.server_key, lay.signing_key):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in ("ca", "superlink", "coordinator"):
        assert stat.S_IMODE((lay.root / folder).stat().st_mode) == 0o700
    key = load_private_key(lay.signing_key)
    assert fingerprint(load_public_key(lay.public_signing)) == fingerprint(key)
    assert consortium.signing_fingerprint == fingerprint(key)
    manifest = json.loads(lay.manifest.read_text())
    assert manifest["ca_fingerprint"] == consortium.ca_fingerprint
    assert not list(lay.root.rglob(".*.tmp"))


def test_init_refuses_to_overwrite_keys_unless_forced(consortium, tmp_path: Path) -> None:
    first = init_consortium(tmp_path / "c")
    before = {p: p.read_bytes() for p in (tmp_path / "c").rglob("*") if p.is_file()}
    with pytest.raises(PkiError, match=r"ca\.key exists"):
        init_consortium(tmp_path / "c")
    assert before == {p: p.read_bytes() for p in (tmp_path / "c").rglob("*") if p.is_file()}
    again = init_consortium(tmp_path / "c", force=True)
    assert again.ca_fingerprint != first.ca_fingerprint
    assert again.signing_fingerprint != first.signing_fingerprint


@pytest.mark.parametrize("host", ["bad_host!", "", "-lead.example", "a" * 64 + ".org", "x..y"])
def test_a_bad_host_is_refused_before_anything_is_written(tmp_path: Path, host: str) -> None:
    with pytest.raises(PkiError, match="not an IP address or a DNS name"):
        init_consortium(tmp_path / "c", hosts=[host])
    assert not (tmp_path / "c").exists()


def test_site_node_key_is_openssh_p384_and_matches_ssh_keygen(tmp_path: Path) -> None:
    site = init_site("hospital-a", tmp_path / "a")
    lay = site.layout
    assert lay.node_key.read_bytes().startswith(b"-----BEGIN OPENSSH PRIVATE KEY-----")
    key = load_node_private_key(lay.node_key)
    assert key.curve.name == "secp384r1"
    assert load_node_public_key(lay.node_pub) == key.public_key()
    assert lay.node_pub.read_text().startswith("ecdsa-sha2-nistp384 AAAA")
    for path in (lay.node_key, lay.signing_key):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(lay.root.stat().st_mode) == 0o700
    out = subprocess.run(
        ["ssh-keygen", "-lf", str(lay.node_pub)], capture_output=True, text=True, check=True
    )
    assert out.stdout.split()[1] == site.bundle.node_key_fingerprint
    assert fingerprint(load_private_key(lay.signing_key)) == site.bundle.signing_key_fingerprint


def test_the_bundle_holds_public_keys_only(tmp_path: Path) -> None:
    site = init_site("hospital-a", tmp_path / "a")
    text = site.layout.bundle.read_text()
    assert "PRIVATE" not in text
    assert SiteBundle.load(site.layout.bundle) == site.bundle
    assert set(json.loads(text)) == {
        "name", "node_public_key", "node_key_fingerprint", "signing_public_key",
        "signing_key_fingerprint", "schema",
    }  # fmt: skip
    with pytest.raises(PkiError, match="exists: refusing to overwrite"):
        init_site("hospital-a", tmp_path / "a")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no node private key file"),
        (b"garbage", "not a private key"),
        ("pkcs8", "PKCS8/PEM key"),
        ("ed25519-openssh", "Ed25519PrivateKey"),
        (b"-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n",
         "corrupt OpenSSH private key"),
    ],
)  # fmt: skip
def test_bad_node_keys_are_refused_naming_the_file(
    tmp_path: Path, content: bytes | str | None, message: str
) -> None:
    path = tmp_path / "node.key"
    ed = Ed25519PrivateKey.generate()
    p384 = ec.generate_private_key(ec.SECP384R1())
    none = serialization.NoEncryption()
    if content == "pkcs8":
        content = p384.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, none
        )
    elif content == "ed25519-openssh":
        content = ed.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, none
        )
    if isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(PkiError, match=message) as err:
        load_node_private_key(path)
    assert str(path) in str(err.value)


def _bundle_file(path: Path, base: SiteBundle, **changes: object) -> Path:
    path.write_text(json.dumps({**base.as_dict(), **changes}))
    return path


def test_add_site_registers_the_bundle_for_flwr_supernode_register(tmp_path: Path) -> None:
    lay = init_consortium(tmp_path / "c").layout
    site = init_site("hospital-a", tmp_path / "a")
    record = add_site(lay.root, site.layout.bundle)
    assert record.node_pub == lay.sites / "hospital-a.pub"
    assert record.node_pub.read_text() == site.layout.node_pub.read_text()
    assert registered_sites(lay.root) == {"hospital-a": site.bundle}
    assert add_site(lay.root, site.layout.bundle).unchanged  # the same bundle twice: no-op
    other_keys = init_site("hospital-a", tmp_path / "a2")
    with pytest.raises(PkiError, match="registered with other keys"):
        add_site(lay.root, other_keys.layout.bundle)
    assert not add_site(lay.root, other_keys.layout.bundle, force=True).unchanged
    assert registered_sites(lay.root)["hospital-a"] == other_keys.bundle
    twin = other_keys.bundle.as_dict() | {"name": "hospital-b"}
    (tmp_path / "twin.json").write_text(json.dumps(twin))
    with pytest.raises(PkiError, match="already registered for site 'hospital-a'"):
        add_site(lay.root, tmp_path / "twin.json")


def test_add_site_refuses_bad_bundles(tmp_path: Path) -> None:
    lay = init_consortium(tmp_path / "c").layout
    other = init_site("x", tmp_path / "x").bundle
    secret = ec.generate_private_key(ec.SECP384R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption(),
    )
    cases: dict[str, dict[str, object]] = {
        "does not match node_public_key": {"node_public_key": other.node_public_key},
        "does not match signing_public_key": {"signing_public_key": other.signing_public_key},
        "holds a private key": {"node_public_key": secret.decode()},
        "unknown field": {"node_private_key": "x"},
        "site name 'Bad Name'": {"name": "Bad Name"},
        "schema 2 is not 1": {"schema": 2},
    }
    base = init_site("h", tmp_path / "h").bundle
    for i, (message, change) in enumerate(cases.items()):
        with pytest.raises(PkiError, match=message):
            add_site(lay.root, _bundle_file(tmp_path / f"bad-{i}.json", base, **change))
    (tmp_path / "broken.json").write_text("{not json")
    with pytest.raises(PkiError, match=r"broken\.json: not a JSON site bundle"):
        add_site(lay.root, tmp_path / "broken.json")
    with pytest.raises(PkiError, match="not a consortium directory"):
        add_site(tmp_path / "nowhere", _bundle_file(tmp_path / "good.json", base))
    assert registered_sites(lay.root) == {}


@pytest.fixture
def cli() -> typer.Typer:
    app, site = typer.Typer(), typer.Typer()
    app.add_typer(site, name="site")
    register_consortium(app)
    register_site_init(site)
    return app


def test_cli_init_site_init_and_add_site(cli: typer.Typer, tmp_path: Path) -> None:
    runner = CliRunner()
    c, s = str(tmp_path / "c"), str(tmp_path / "s")
    res = runner.invoke(cli, ["consortium", "init", c, "--host", "superlink", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["hosts"] == ["localhost", "127.0.0.1", "superlink"]
    res = runner.invoke(cli, ["site", "init", "hospital-a", s, "--json"])
    assert res.exit_code == 0, res.output
    bundle = json.loads(res.stdout)["bundle"]
    res = runner.invoke(cli, ["consortium", "add-site", c, bundle, "--json"])
    assert res.exit_code == 0, res.output
    info = json.loads(res.stdout)
    assert info["name"] == "hospital-a" and info["unchanged"] is False
    assert info["register"].startswith(f"flwr supernode register {tmp_path}/c/sites/hospital-a.pub")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["consortium", "init", "{tmp}/c", "--host", "no way"], "--host 'no way'"),
        (["consortium", "init", "{tmp}/exists"], "ca.key exists"),
        (["consortium", "add-site", "{tmp}/exists", "{tmp}/missing.json"], "missing.json"),
        (["site", "init", "Hospital A", "{tmp}/s"], "site name 'Hospital A'"),
    ],
)
def test_cli_bad_input_exits_2_naming_what(
    cli: typer.Typer, tmp_path: Path, args: list[str], message: str
) -> None:
    init_consortium(tmp_path / "exists")
    runner = CliRunner()
    res = runner.invoke(cli, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert res.exit_code == 2, res.output
    assert message in res.output.replace("\n", "")
