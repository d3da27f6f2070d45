"""TLS (issue 7): certificates are always verified; a company's own CA is trusted only when its bundle
is given (``ca_bundle=`` or $MERCHANT_APP_CA_BUNDLE); plain http goes nowhere but this computer."""

from __future__ import annotations

import datetime as dt
import ipaddress

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from merchant_app.platform.client import CA_BUNDLE_ENV, InsecureURL, PlatformClient, Unreachable
from merchant_app.sandbox.server import SandboxConfig, SandboxServer

from .conftest import SEED


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_ca_and_server_cert(folder):
    """A self-signed CA and a certificate it signed for 127.0.0.1, as PEM files."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Test CA")).issuer_name(_name("Test CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name("127.0.0.1")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = {name: folder / f"{name}.pem" for name in ("ca", "cert", "key")}
    paths["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths["cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths["key"].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    return paths


@pytest.fixture
def https_sandbox(shop_db, tmp_path):
    pem = make_ca_and_server_cert(tmp_path)
    server = SandboxServer(SandboxConfig(db_url=shop_db, test_mode=True, seed=SEED))
    server._server = uvicorn.Server(uvicorn.Config(   # the same app, served over TLS on loopback
        server.app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=1,
        ssl_certfile=str(pem["cert"]), ssl_keyfile=str(pem["key"])))
    with server:
        yield f"https://127.0.0.1:{server.port}", pem["ca"]


def test_a_custom_ca_is_trusted_only_when_given(https_sandbox, monkeypatch):
    url, ca = https_sandbox
    monkeypatch.delenv(CA_BUNDLE_ENV, raising=False)
    refused = PlatformClient(url, max_attempts=1)
    with pytest.raises(Unreachable):
        refused.sign_in("owner", "demo")

    client = PlatformClient(url, ca_bundle=str(ca), max_attempts=1)
    client.sign_in("owner", "demo")
    assert client.me()["user"]["username"] == "owner"

    monkeypatch.setenv(CA_BUNDLE_ENV, str(ca))
    from_env = PlatformClient(url, max_attempts=1)
    from_env.sign_in("merchant", "demo")
    assert from_env.me()["user"]["role"] == "merchant"


def test_an_unreadable_bundle_is_an_error_not_a_fallback(tmp_path):
    bad = tmp_path / "bundle.pem"
    bad.write_text("not a certificate")
    with pytest.raises(InsecureURL):
        PlatformClient("https://shop.example.com", ca_bundle=str(bad))


@pytest.mark.parametrize("url", ["http://shop.example.com", "http://192.168.1.20:8765", "http://10.0.0.1"])
def test_plain_http_is_refused_but_to_loopback(url):
    with pytest.raises(InsecureURL):
        PlatformClient(url)
    PlatformClient("http://127.0.0.1:8765")
    PlatformClient("http://localhost:8765")
    PlatformClient("http://[::1]:8765")
