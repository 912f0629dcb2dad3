"""Plain-text archive layout -> prose: hard-wrapped lines and names in brackets.

Wire archives, e-mail and other fixed-width plain text break lines at a set width, in the middle of
sentences. geokg reads a line break as the end of a paragraph (headlines, datelines, captions and
interview turns are lines of their own, and no sentence runs across one), so a wrapped story would reach
the parser as fragments. When a text is wrapped, its soft breaks become spaces, one character for one, so
every offset into the text still points at the same words; breaks that end a paragraph (a blank line, an
indented or listed line after it, a short line that ends a sentence) stay.

Wire archives also set company names and stock symbols in angle brackets ("<Exco International Plc>",
"Pan Am Corp <PNN>"), which the parser reads as words of their own. The brackets go, and so does a symbol
in brackets after a name: it names nothing the name does not. (Offsets refer to the article's text as read,
after this.)
"""

from __future__ import annotations

import re
from statistics import quantiles

from geokg.extract.io.archive_case import (
    apostrophes_from_quotes,
    headline_in_ordinary_case,
    lower_after_abbreviations,
)

# A text is wrapped when enough of its line breaks fall inside a sentence: after a word, figure, comma or
# hyphen and before a lower-case word or a figure, where no paragraph can end.
MIN_MID_SENTENCE_BREAKS = 3
MIN_MID_SENTENCE_SHARE = 0.3
# Wrapped lines are short: nine in ten lines inside a paragraph are at most this long.
MAX_WRAP_WIDTH = 100
# A line well short of the wrap width that ends a sentence ends its paragraph, also where the next one
# is not indented ("... said.\nThe company ...").
SHORT_LINE_SHARE = 0.6

_ENDS_IN_WORD = re.compile(r"[\w,;%)-]$")
_STARTS_LOWER = re.compile(r"[a-z0-9(]")
_ENDS_SENTENCE = re.compile(r"[.!?:\"'”’)]$")
# "U.S.", "U.K.": capitals with stops that end a line.
_ENDS_IN_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}$")
_LIST_ITEM = re.compile(r"(?:[-*•–—]|\d{1,2}[.)])\s")
# "<PNN>", "<BAC.N>", "<0019.HK>", "<RDSa.AS>": a stock symbol in brackets (capitals or figures, a share
# class in one lower-case letter, an exchange after a dot); "<All Nippon Airways>": a name in brackets.
_BRACKETED_SYMBOL = re.compile(r"\s{0,3}<(?:[A-Z0-9]{1,8}|[A-Z0-9]{2,7}[a-z])(?:\.[A-Z]{1,3}){0,2}>")
# A symbol follows its name: a capitalised word or a figure, with a name's abbreviation's full stop ("Co.
# <HMC.T>", "N.V. <PHG.AS>") or "'s", or a closing bracket. After a lower-case word ("sold to <IBM>") the
# bracketed capitals are the name itself.
_NAME_BEFORE_SYMBOL = re.compile(r"(?:(?<![\w.'&-])[A-Z0-9][\w&'.-]*|\))$")
_BRACKETED_NAME = re.compile(r"<([A-Z0-9][^<>@/\n]{0,80}?)>")


def _inner_breaks(lines: list[str]) -> list[int]:
    """Indices i of the breaks between line i and line i + 1 where both lines hold words."""
    return [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]


def _mid_sentence(before: str, after: str) -> bool:
    return bool(_ENDS_IN_WORD.search(before.rstrip()) and _STARTS_LOWER.match(after))


def _wrap_width(lines: list[str], breaks: list[int]) -> int | None:
    """The width the text is wrapped at, or None when it is not wrapped."""
    mid = sum(_mid_sentence(lines[i], lines[i + 1]) for i in breaks)
    if mid < MIN_MID_SENTENCE_BREAKS or mid < MIN_MID_SENTENCE_SHARE * len(breaks):
        return None
    lengths = [len(lines[i].strip()) for i in breaks]
    width = round(quantiles(lengths, n=10)[-1]) if len(lengths) > 1 else lengths[0]
    return width if width <= MAX_WRAP_WIDTH else None


def _soft(lines: list[str], i: int, width: int, first: int) -> bool:
    """Is the break after line i a wrap inside a paragraph?"""
    before, after = lines[i].rstrip(), lines[i + 1]
    if after[:1].isspace() or _LIST_ITEM.match(after):
        return False
    if i == first:  # a headline on the first line keeps its own line unless a sentence runs on
        return _mid_sentence(before, after)
    if after[:1].islower() and _ENDS_IN_ABBREVIATION.search(before):
        # a short first line of a story whose dateline was cut ("Britain will resist U.S.\npressure and ..."):
        # its stop is the abbreviation's, and the next line goes on in lower case ("de Klerk" may open one)
        return True
    return not (_ENDS_SENTENCE.search(before) and len(before.strip()) < SHORT_LINE_SHARE * width)


def unwrap_lines(text: str) -> str:
    """`text` with the soft line breaks of hard-wrapped paragraphs turned into spaces (same length)."""
    lines = text.split("\n")
    breaks = _inner_breaks(lines)
    if not breaks:
        return text
    width = _wrap_width(lines, breaks)
    if width is None:
        return text
    first = next(i for i, line in enumerate(lines) if line.strip())
    soft = {i for i in breaks if _soft(lines, i, width, first)}
    out = []
    for i, line in enumerate(lines):
        if i in soft:
            # "\r\n" as two spaces: a carriage return left alone would still read as a break.
            out.append(line[:-1] + "  " if line.endswith("\r") else line + " ")
        else:
            out.append(line + "\n" if i < len(lines) - 1 else line)
    return "".join(out)


def unbracket_names(text: str) -> str:
    """`text` with names out of their angle brackets and the bracketed stock symbols after names dropped."""
    if "<" not in text:
        return text
    return _BRACKETED_NAME.sub(r"\1", _BRACKETED_SYMBOL.sub(_symbol_after_name, text))


def _symbol_after_name(match: re.Match[str]) -> str:
    """A bracketed symbol right after a name goes; anything else stays as written."""
    before = match.string[max(0, match.start() - 40) : match.start()]
    return "" if _NAME_BEFORE_SYMBOL.search(before) else match.group()


def as_prose(text: str) -> str:
    """A plain-text article laid out as prose: names out of brackets, wrapped paragraphs on one line, words
    the archive capitalised after abbreviations in lower case, apostrophes the archive wrote as double
    quotes ('China"s') apostrophes again, a headline set in capitals in ordinary case (archive_case.py)."""
    prose = apostrophes_from_quotes(lower_after_abbreviations(unbracket_names(unwrap_lines(text))))
    return headline_in_ordinary_case(prose)
