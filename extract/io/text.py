"""Bytes from a file -> clean article text: encoding detection, byte-order marks, invisible characters.

Scrapers produce text in whatever encoding the page had, with stray NUL bytes, zero-width and
bidirectional control characters, decomposed accents and the odd lone surrogate. What comes out of
`decode_bytes` + `clean_text` is NFC-normalised Unicode that spaCy, JSON and every output format accept,
with no invisible character inside a word (where it would hide a name from the entity recogniser).
"""

from __future__ import annotations

import codecs
import html
import re
import sys
import unicodedata
from functools import lru_cache

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte encodings of Western European text that detectors pick almost at random for short
# English text; Windows-1252 (a superset of Latin-1's printable range) is what such files almost always are.
_WESTERN = frozenset(
    {"cp1250", "cp1252", "latin_1", "iso8859_1", "iso8859_2", "iso8859_15", "mac_latin2", "mac_roman"}
)
# Above this share of control characters a decoded file is binary data, not text.
BINARY_CONTROL_SHARE = 0.05
LINE_BREAKS = "\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


class UndecodableText(ValueError):
    """The bytes are not text in any encoding geokg can recognise."""


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode a file's bytes: (text, guessed encoding), the encoding None unless it had to be guessed.

    A byte-order mark selects UTF-8/16/32 and is dropped; other non-UTF-8 text is decoded with the
    encoding charset-normalizer detects. Raises UndecodableText for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                name = encoding.removesuffix("-sig").upper()
                raise UndecodableText(f"starts with a {name} byte-order mark but is not {name}") from exc
            return _check_not_binary(text.lstrip("\ufeff")), None
    try:
        return _check_not_binary(data.decode("utf-8")), None
    except UnicodeDecodeError:
        pass
    encoding = _detect(data)
    if encoding is None:
        raise UndecodableText("not text: binary data or an unknown encoding")
    return _check_not_binary(data.decode(encoding, errors="replace")), encoding


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    encoding = codecs.lookup(best.encoding).name.replace("-", "_")
    if encoding in _WESTERN or best.encoding in _WESTERN:
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return best.encoding
        return "cp1252"
    return best.encoding


def _check_not_binary(text: str) -> str:
    if not text:
        return text
    sample = text[:100_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\x0c") + sample.count("\x7f")
    if controls > BINARY_CONTROL_SHARE * len(sample):
        raise UndecodableText("not text: binary data (control characters throughout)")
    return text


@lru_cache(maxsize=1)
def _invisible_pattern() -> re.Pattern[str]:
    """Format characters (zero-width, bidi controls, soft hyphen, BOM, tags) anywhere in Unicode."""
    ranges: list[str] = []
    start = previous = -2
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code)) != "Cf":
            continue
        if code != previous + 1:
            if start >= 0:
                ranges.append(_range(start, previous))
            start = code
        previous = code
    ranges.append(_range(start, previous))
    return re.compile("[" + "".join(ranges) + "]")


def _range(first: int, last: int) -> str:
    return re.escape(chr(first)) if first == last else f"{re.escape(chr(first))}-{re.escape(chr(last))}"


_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAK = re.compile(f"[{LINE_BREAKS[1:]}]")
# Carriage returns before a line feed ("\r\n", "\r\r\n" of archives converted twice) only end the line.
_CR_BEFORE_LF = re.compile(r"\r+\n")
_LONE_CR = re.compile(r"\r")
# A carriage return that an archive wrote out in caret notation ("said.^M"), as the two characters "^M".
_CARET_CR = re.compile(r"\^M(?![A-Za-z])")
# C0 and C1 controls other than tab, line feed and carriage return (line-like ones are handled first).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def clean_text(text: str) -> str:
    """Text that every later stage accepts and that prints as it reads.

    Lone surrogates become U+FFFD; other line separators (vertical tab, form feed, U+2028, ...) and a
    lone carriage return become line feeds, and a carriage return before a line feed goes (also one written
    "^M"), so that none reaches a sentence or a label; remaining control characters (NUL ...) become spaces;
    invisible format characters (zero-width space and joiners, bidi controls, soft hyphen, BOM) are
    removed; the result is NFC, so a decomposed "é" matches the gazetteer's.
    """
    text = _SURROGATE.sub("\ufffd", text)
    text = _invisible_pattern().sub("", text)  # first: "^\u200bM" would read as "^M" only once it goes
    text = _LINE_BREAK.sub("\n", text)
    text = _CARET_CR.sub("\r", text)
    text = _CR_BEFORE_LF.sub("\n", text)
    text = _LONE_CR.sub("\n", text)
    text = _CONTROL.sub(" ", text)
    return unicodedata.normalize("NFC", text)


# Only complete references, ending in ";": HTML5 also reads a few names without one ("&not", "&copy"),
# which in plain text are more often part of a word or a company name ("Barnes&noble") than markup.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_references(text: str) -> str:
    """Plain text as it reads: HTML character references that scrapers and feeds leave in it ("&mdash;",
    "&quot;", "&#8217;", "&amp;") become their characters, so that no name or entity is made of markup.
    Run it before `clean_text`, which removes what a reference may stand for but not belong in text."""
    return _CHARACTER_REFERENCE.sub(lambda match: html.unescape(match[0]), text)


def clean_line(text: str) -> str:
    """One line of clean text (titles, ids): whitespace runs, line breaks included, become one space."""
    return " ".join(clean_text(text).split())


def printable(text: str, limit: int = 300) -> str:
    """`text` safe to print on one terminal line: escapes for control, format and surrogate characters."""
    out = []
    for ch in text[:limit]:
        if ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape", "backslashreplace").decode("ascii"))
    if len(text) > limit:
        out.append(f"… ({len(text):,} characters)")
    return "".join(out)


def path_text(raw: str) -> str:
    """A file path as valid Unicode: bytes the file system name holds that are not UTF-8 become U+FFFD."""
    return raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# Latin letters that NFKD leaves whole (a stroke or a ligature, not a combining accent) and their usual
# ASCII spelling in English-language news: "Jarosław" is written "Jaroslaw", "Søren" "Soren".
_UNDECOMPOSED_LETTERS = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
        "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
        "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŀ": "l", "Ŀ": "L", "ĸ": "k",
    }
)  # fmt: skip


def strip_accents(text: str) -> str:
    """Text without diacritics, strokes or ligatures ("Kaczyński" -> "Kaczynski", "Jarosław" -> "Jaroslaw"),
    so that a name spelt with and without them gives one key and one id."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
