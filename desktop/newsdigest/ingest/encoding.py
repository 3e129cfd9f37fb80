"""Bytes to text: encoding detection, binary sniffing, newline normalisation.

The order of tries matters and is deliberate:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) is authoritative;
2. NUL bytes mean UTF-16 without a BOM (when they fall on every other byte)
   or a binary file;
3. strict UTF-8 - by far the most common encoding, and one that almost never
   decodes by accident;
4. bytes that are *partly* valid UTF-8 are a corrupt UTF-8 file, refused
   rather than turned into mojibake;
5. cp1252 when the result reads like Western text (charset-normalizer often
   mistakes short cp1252 text for cp775 or cp1250);
6. charset-normalizer for everything else (cp1251, Greek, ...).
"""

from __future__ import annotations

import codecs
import re

from newsdigest.domain.errors import ImportFailed

#: Magic numbers of common binary formats, so the message can say what it is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel/ODF document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0/C1 control characters that do not occur in text (tab, newline, form
# feed and carriage return are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]")
# A valid multi-byte UTF-8 sequence (2 to 4 bytes).
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_WORD = re.compile(r"[^\W\d_]+")

#: How much of a file the binary/garbage checks look at (speed on big files).
_SNIFF_BYTES = 64 * 1024


def describe_binary(data: bytes) -> str | None:
    """What kind of binary file ``data`` is, or None if it does not look binary."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a text file's bytes; raise :class:`ImportFailed` for non-text.

    ``name`` is the file as the user gave it, used in messages.  The result
    has no BOM and only ``\\n`` newlines.
    """
    text = _decode(data, name)
    _check_text(text, name)
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` to ``\\n``; drop a BOM left at the start."""
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, name)
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        encoding = _utf16_without_bom(head)
        if encoding is None:
            raise ImportFailed(name, _binary_reason(data))
        return _strict(data, encoding, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if describe_binary(data):
            raise ImportFailed(name, _binary_reason(data)) from None
        if _UTF8_MULTI.search(data):
            raise ImportFailed(
                name,
                f"is not valid UTF-8 (bad byte 0x{data[exc.start]:02x} at position {exc.start})"
                " although parts of it are UTF-8; the file looks damaged",
            ) from None
    return _decode_legacy(data, name)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            name,
            f"is not valid {encoding.upper()} (bad data at byte {exc.start}); the file looks damaged",
        ) from None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'-be' when NULs sit on every other byte, as in mostly-ASCII UTF-16."""
    if len(head) < 4:
        return None
    even = head[0::2].count(0) / len(head[0::2])
    odd = head[1::2].count(0) / len(head[1::2])
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes, name: str) -> str:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_western(text[:_SNIFF_BYTES]):
        return text
    import charset_normalizer  # lazy: slow to import

    best = charset_normalizer.from_bytes(data[: 4 * _SNIFF_BYTES]).best()
    if best is None:
        raise ImportFailed(
            name, "is not text in any encoding this app can recognise (UTF-8, UTF-16, cp1252, ...)"
        )
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise ImportFailed(
            name, f"could not be decoded as {best.encoding} (detected encoding)"
        ) from None


def _looks_western(text: str) -> bool:
    """True when non-ASCII letters sit inside Latin words ("Café", "Zürich").

    Cyrillic or Greek text decoded as cp1252 gives words made only of
    accented letters ("Ïðåçèäåíò"); those mean the guess was wrong.
    """
    if _CONTROL.search(text):
        return False
    accented = [w for w in _WORD.findall(text) if not w.isascii()]
    if not accented:
        return True
    foreign = sum(1 for w in accented if len(w) >= 3 and not any(c.isascii() for c in w))
    return foreign <= 0.25 * len(accented)


def _check_text(text: str, name: str) -> None:
    """Refuse decoded text that is still mostly control characters."""
    sample = text[:_SNIFF_BYTES]
    if not sample:
        return
    bad = len(_CONTROL.findall(sample))
    if bad > max(2, len(sample) // 100):
        raise ImportFailed(name, "is a binary file, not text")


def _binary_reason(data: bytes) -> str:
    what = describe_binary(data)
    return f"is a binary file ({what}), not text" if what else "is a binary file, not text"
