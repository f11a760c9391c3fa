"""Ed25519 keys and signatures for data updates: making key pairs, signing, and checking a
signature against the trusted public keys.

The cryptography is the `cryptography` package's; nothing here implements any of it. A private
key is only ever read by `sign` (the `pack build` command); the application itself reads public
keys only. Trusted keys are the project's, shipped in the package, and any `*.pub` file in the
organisation's key folder (`locations.trusted_keys_folder()`). No Qt, no SQL.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sco_desktop.core.infra import locations

PUBLIC_SUFFIX = ".pub"
PRIVATE_SUFFIX = ".key"
PROJECT_KEY_NAME = "sco-desktop"
"""The file stem of the project's public key in resources/keys/."""
MAX_KEY_FILE_BYTES = 4096
SIGNATURE_FORMAT = "sco-desktop-ed25519"


class SigningError(Exception):
    """A key or signature cannot be used; the message says why in one line."""


@dataclass(frozen=True)
class TrustedKey:
    name: str
    key_id: str
    origin: str
    """"project" (shipped in the package) or "organisation" (the user data folder)."""
    public_key: Ed25519PublicKey

    def describe(self) -> str:
        return f"{self.name} ({self.origin} key {self.key_id})"


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short fingerprint: the first 16 hex digits of the SHA-256 of the raw public key."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def generate_key_pair(folder: Path, name: str) -> tuple[Path, Path]:
    """Writes `name.key` (private, owner-only) and `name.pub` in `folder`; never overwrites."""
    private_path = folder / f"{name}{PRIVATE_SUFFIX}"
    public_path = folder / f"{name}{PUBLIC_SUFFIX}"
    for path in (private_path, public_path):
        if path.exists():
            raise SigningError(f"{path} already exists; choose another --out or --name")
    private_key = Ed25519PrivateKey.generate()
    private_pem = private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Created owner-only from the start: the private key is never readable by others.
        handle = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "wb") as stream:
            stream.write(private_pem)
        public_path.write_bytes(public_pem)
    except OSError as error:
        raise SigningError(f"cannot write the key pair in {folder}: {error.strerror}") from None
    return private_path, public_path


def _read_key_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise SigningError(f"{path} is too large to be a key file")
        return path.read_bytes()
    except OSError as error:
        raise SigningError(f"cannot read the key {path}: {error.strerror}") from None


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(_read_key_file(path), password=None)
    except (ValueError, TypeError):
        raise SigningError(f"{path} is not an unencrypted Ed25519 private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError(f"{path} is not an Ed25519 private key")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(_read_key_file(path))
    except (ValueError, TypeError):
        raise SigningError(f"{path} is not an Ed25519 public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise SigningError(f"{path} is not an Ed25519 public key")
    return key


def project_key_path() -> Path:
    return locations.resources_folder() / "keys" / f"{PROJECT_KEY_NAME}{PUBLIC_SUFFIX}"


def trusted_keys() -> tuple[list[TrustedKey], list[str]]:
    """(the keys a data update may be signed with, one line per key file that was skipped)."""
    keys = [_trusted(project_key_path(), "project")]
    problems: list[str] = []
    folder = locations.trusted_keys_folder()
    for path in sorted(folder.glob(f"*{PUBLIC_SUFFIX}")) if folder.is_dir() else []:
        try:
            keys.append(_trusted(path, "organisation"))
        except SigningError as error:
            problems.append(str(error))
    return keys, problems


def _trusted(path: Path, origin: str) -> TrustedKey:
    public_key = load_public_key(path)
    return TrustedKey(path.stem, key_id(public_key), origin, public_key)


def sign(private_key: Ed25519PrivateKey, message: bytes) -> bytes:
    """The signature file's bytes for `message`: which key signed, and the signature."""
    return _signature_file(key_id(private_key.public_key()), private_key.sign(message))


def _signature_file(signer: str, signature: bytes) -> bytes:
    document = {
        "format": SIGNATURE_FORMAT,
        "key_id": signer,
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return json.dumps(document, indent=2).encode("utf-8") + b"\n"


def verify(message: bytes, signature_file: bytes, keys: list[TrustedKey]) -> TrustedKey:
    """The trusted key whose signature `signature_file` holds over `message`, or SigningError."""
    try:
        document = json.loads(signature_file.decode("utf-8"))
        wanted = document["key_id"]
        signature = base64.b64decode(document["signature"], validate=True)
        if document.get("format") != SIGNATURE_FORMAT or not isinstance(wanted, str):
            raise ValueError
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise SigningError("the signature file is not a signature") from None
    # Only the exact bytes `sign` writes: no byte of the file can change unnoticed.
    if signature_file != _signature_file(wanted, signature):
        raise SigningError("the signature file has been changed")
    key = next((k for k in keys if k.key_id == wanted), None)
    if key is None:
        raise SigningError(f"signed by an unknown key ({wanted}); it is not a trusted key")
    try:
        key.public_key.verify(signature, message)
    except InvalidSignature:
        raise SigningError(
            f"the signature does not match the manifest (changed after signing, or not signed"
            f" by {key.name})"
        ) from None
    return key
