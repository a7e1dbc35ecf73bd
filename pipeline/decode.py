"""Turn the bytes of a fetched page into text, whatever encoding it claims.

Order: byte-order mark; valid UTF-8 (a strong signal even when the page claims another
encoding); the encoding declared in the HTTP header or the page; charset_normalizer's guess.
Binary bodies are refused with a reason instead of being decoded into noise.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

_BINARY_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "executable",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


class DecodeError(ValueError):
    """The body is not text that can be read as HTML."""


def _looks_binary(body: bytes) -> str | None:
    for magic, kind in _BINARY_MAGIC.items():
        if body.startswith(magic):
            return kind
    sample = body[:8192].replace(b"\x00", b"")
    if not sample:
        return "only NUL bytes" if body else None
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if control / len(sample) > 0.1:
        return "binary data"
    return None


def _valid_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_body(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used); raise DecodeError for empty or binary bodies."""
    if not body.strip():
        raise DecodeError("empty body")
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace").replace("\x00", ""), name
    kind = _looks_binary(body)
    if kind:
        raise DecodeError(f"not HTML ({kind})")
    body = body.replace(b"\x00", b"")
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _valid_encoding(http_content_type_encoding(content_type or "")) or \
        _valid_encoding(html_body_declared_encoding(body[:4096]))
    if declared and declared not in ("utf-8", "ascii"):
        try:
            return body.decode(declared), declared
        except UnicodeDecodeError:
            pass
    guess = from_bytes(body[:200_000]).best()
    if guess is not None and guess.encoding:
        return body.decode(guess.encoding, errors="replace"), guess.encoding
    return body.decode("utf-8", errors="replace"), "utf-8"
