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
        try:
            body = (trafilatura.html2txt(data) or "").strip()
        except Exception as exc:
            raise NoArticleText(f"cannot read the page ({type(exc).__name__})") from exc
    if not body:
        raise NoArticleText("the page holds no text")
    first_line, _, rest = body.partition("\n")
    if title and first_line.strip() == title and rest.strip():
        body = rest.strip()  # the headline is the title; it would otherwise be read twice
    date = getattr(document, "date", None)
    url = getattr(document, "url", None)
    return PageText(title=title, body=body, date=date or None, url=url or None)
