"""Web pages as articles: the main text of an HTML page, without markup, navigation or boilerplate.

trafilatura finds the article body and its metadata (title, date, canonical URL). A page too short for
its boilerplate detection falls back to all of the page's visible text. Tags, scripts and styles never
reach the parser.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

HTML_SUFFIXES = (".html", ".htm")


class NoArticleText(ValueError):
    """The page holds no text to read."""


@dataclass(frozen=True, slots=True)
class PageText:
    title: str
    body: str
    date: str | None = None
    url: str | None = None


def page_text(data: bytes) -> PageText:
    """The title and main text of an HTML page (bytes, any encoding the page declares or implies)."""
    import trafilatura

    # trafilatura logs each page it gives up on; geokg reports such pages itself, once.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    except Exception as exc:  # lxml and the heuristics raise many kinds of errors on broken pages
        raise NoArticleText(f"cannot read the page ({type(exc).__name__})") from exc
    title = (getattr(document, "title", None) or "").strip()
    body = (getattr(document, "text", None) or "").strip()
    if not body:
        body = _visible_text(data)
    if not body:
        raise NoArticleText("the page holds no text")
    first_line, _, rest = body.partition("\n")
    if title and first_line.strip() == title and rest.strip():
        body = rest.strip()  # the headline is the title; it would otherwise be read twice
    date = getattr(document, "date", None)
    url = getattr(document, "url", None)
    return PageText(title=title, body=body, date=date or None, url=url or None)


_INVISIBLE_ELEMENTS = ("script", "style", "noscript", "template", "head")
_BLOCK_ELEMENTS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article")


def _visible_text(data: bytes) -> str:
    """All text a browser would show, one block element per line (for pages too short for trafilatura)."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(data)
    except (lxml.etree.ParserError, ValueError):
        return ""
    except Exception as exc:
        raise NoArticleText(f"cannot read the page ({type(exc).__name__})") from exc
    for element in list(root.iter(*_INVISIBLE_ELEMENTS)):
        if element.getparent() is None:
            return ""  # the whole fragment is a script or style
        element.drop_tree()
    for element in root.iter(*_BLOCK_ELEMENTS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
