"""The consortium's TLS certificates: an EC P-384 CA and the SuperLink's server certificate.

Pure functions over `cryptography` objects (no files): the CA signs certificates only
(basicConstraints CA=true, pathlen 0, keyUsage keyCertSign + cRLSign); the server certificate
names every address the SuperNodes and the operator's CLI dial (subjectAltName), is for TLS
servers only (extendedKeyUsage serverAuth) and cannot sign certificates itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from deploy.keyfiles import PkiError

CURVE = ec.SECP384R1()
DEFAULT_HOSTS = ("localhost", "127.0.0.1")
CA_DAYS = 3650
SERVER_DAYS = 825  # what public CAs allowed for server certificates; renew with a new init
_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")

GeneralName = x509.DNSName | x509.IPAddress


@dataclass(frozen=True)
class IssuedCert:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate


def parse_host(host: str) -> GeneralName:
    """One subjectAltName entry: an IP address, or a DNS name (optionally `*.` wildcard)."""
    text = host.strip()
    try:
        return x509.IPAddress(ipaddress.ip_address(text))
    except ValueError:
        pass
    name = text[2:] if text.startswith("*.") else text
    labels = name.rstrip(".").split(".")
    if not name or len(name) > 253 or not all(_LABEL.fullmatch(label) for label in labels):
        raise PkiError(f"--host {host!r}: not an IP address or a DNS name")
    return x509.DNSName(text.rstrip(".").lower())


def san_entries(hosts: Iterable[str]) -> list[GeneralName]:
    """DEFAULT_HOSTS first, then the given hosts, without duplicates, in order."""
    seen: list[GeneralName] = []
    for host in (*DEFAULT_HOSTS, *hosts):
        entry = parse_host(host)
        if entry not in seen:
            seen.append(entry)
    return seen


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def make_ca(common_name: str = "MedFed consortium CA") -> IssuedCert:
    key = ec.generate_private_key(CURVE)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "MedFed consortium"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    start = _now() - dt.timedelta(minutes=5)  # tolerate small clock skew between hosts
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_ca_key_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA384())
    )
    return IssuedCert(key, cert)


def _ca_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=False,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )


def _server_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,  # ECDHE-ECDSA: the server signs the handshake
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def make_server_cert(
    ca: IssuedCert, hosts: Sequence[str], common_name: str = "MedFed SuperLink"
) -> IssuedCert:
    """The SuperLink's certificate, signed by `ca`, valid for DEFAULT_HOSTS plus `hosts`."""
    names = san_entries(hosts)
    key = ec.generate_private_key(CURVE)
    start = _now() - dt.timedelta(minutes=5)
    ca_ski = ca.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=SERVER_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_server_key_usage(), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
        .sign(ca.key, hashes.SHA384())
    )
    return IssuedCert(key, cert)


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    """PKCS8 PEM, unencrypted: the SuperLink reads its key without a passphrase prompt."""
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def cert_fingerprint(cert: x509.Certificate) -> str:
    """sha256 (hex) of the DER certificate, as `openssl x509 -fingerprint -sha256` shows it."""
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def cert_hosts(cert: x509.Certificate) -> list[str]:
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    return [str(entry.value) for entry in san]


def load_certificate(data: bytes, where: str) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(data)
    except ValueError as exc:
        raise PkiError(f"{where}: not a PEM certificate ({exc})") from exc
