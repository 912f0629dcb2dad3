"""Wire-service furniture: the lines and credits a news agency's copy carries around its story.

Agency copy opens with lines that are no part of the story: a credit ("(Agencies)"), a time stamp
("Updated: 2004-05-06 12:44"), a photo caption code ("AP Photo XYZ101"), a byline ("By JANE DOE
Associated Press Writer"), and the first paragraph opens with a dateline that credits the agency
("TUNIS, Tunisia (AP) - "); it may close with a credit ("Jane Doe in Tunis contributed to this
report."). The agency and the writers are no actors of the story; counted as mentions they would even
make the agency's home state the state the article is about. Only tokens are read here, so
the dateline is known before the parser runs (io.nlp splits it from the first sentence).
"""

from __future__ import annotations

from geokg.extract.io.turns import Paragraph, paragraphs
from geokg.extract.lexicon.entity_words import (
    CONTRIBUTION_CREDITS,
    FURNITURE_MARKS,
    FURNITURE_OPENERS,
    FURNITURE_WORDS,
)
from spacy.tokens import Doc, Token

# Furniture stands above the story: the title, a few such lines, then the dateline paragraph.
HEAD_PARAGRAPHS = 8
# A furniture line is a label, not a sentence: a byline with a long name and title stays under this.
MAX_FURNITURE_TOKENS = 12
# A closing credit names a few writers and places ("Jane Doe in Kabul and John Roe in Islamabad
# contributed to this report.").
MAX_CREDIT_TOKENS = 40
# "RAMALLAH, West Bank (AP) - ", "KABUL, Jan. 23, 2019 (Xinhua) -- ": a dateline is short.
DATELINE_MAX_TOKENS = 12
DATELINE_DASHES = frozenset({"—", "–", "--"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def furniture_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the furniture lines at the head of the article, of the agency credit in its dateline
    and of closing credits (worked out once per Doc)."""
    key = ("geokg", "furniture_tokens", len(doc))
    if key not in doc.user_data:
        found: set[int] = set()
        for n, paragraph in enumerate(paragraphs(doc)):
            head = n < HEAD_PARAGRAPHS
            if _contribution_credit(doc, paragraph) or (head and _furniture_line(doc, paragraph)):
                found.update(range(paragraph.start, paragraph.end))
                continue
            credit = _dateline_credit(doc, paragraph) if head else None
            if credit is not None:
                found.update(range(*credit))
        doc.user_data[key] = frozenset(found)
    return doc.user_data[key]


def _furniture_line(doc: Doc, paragraph: Paragraph) -> bool:
    tokens = [t for t in doc[paragraph.start : paragraph.end] if not t.is_space]
    if not tokens or len(tokens) > MAX_FURNITURE_TOKENS or tokens[-1].text in _SENTENCE_ENDS:
        return False
    if any(t.is_lower and t.lower_ not in FURNITURE_WORDS for t in tokens if t.is_alpha):
        return False  # a lower-case word of its own: a headline or a sentence, not a label
    if tokens[0].text == "(" and tokens[-1].text == ")":
        return len(tokens) > 2 and tokens[1].text[:1].isupper()  # "(Agencies)", "(AP)"
    words = [t.lower_ for t in tokens if t.is_alpha or t.lower_ in FURNITURE_WORDS]
    return bool(words) and (words[0] in FURNITURE_OPENERS or any(w in FURNITURE_MARKS for w in words))


def _contribution_credit(doc: Doc, paragraph: Paragraph) -> bool:
    """ "Jane Doe in Kabul contributed to this report.": the closing credit of agency copy."""
    if paragraph.end - paragraph.start > MAX_CREDIT_TOKENS:
        return False
    text = " ".join(doc[paragraph.start : paragraph.end].text.lower().split())
    return any(credit in text for credit in CONTRIBUTION_CREDITS)


def _dateline_credit(doc: Doc, paragraph: Paragraph) -> tuple[int, int] | None:
    """The "(AP)" of a paragraph that opens with a dateline crediting an agency: token range."""
    end = min(paragraph.end, paragraph.start + DATELINE_MAX_TOKENS)
    for i in range(paragraph.start + 1, end):
        if doc[i].text != "(":
            continue
        close = next((j for j in range(i + 1, end) if doc[j].text == ")"), None)
        if close is None or close + 1 >= paragraph.end or not is_dateline_dash(doc[close + 1]):
            return None
        if _lower_word(doc, paragraph.start, i) or not doc[i + 1].text[:1].isupper():
            return None
        return i, close + 1
    return None


def is_dateline_dash(token: Token) -> bool:
    """A dash that can end a dateline: an en or em dash, "--", or a hyphen standing alone between spaces."""
    if token.text in DATELINE_DASHES:
        return True
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


def ends_dateline(doc: Doc, paragraph_start: int, dash: Token) -> bool:
    """Does `dash` end a dateline that opens the paragraph ("THE HAGUE, March 17, 2023 — ", "WASHINGTON
    (Reuters) - ")? A place and date, or a place and an agency's credit, in capitals and figures."""
    if not is_dateline_dash(dash) or not 0 < dash.i - paragraph_start < DATELINE_MAX_TOKENS:
        return False
    lead = doc[paragraph_start : dash.i]
    placed = any(t.text == "," for t in lead) or doc[dash.i - 1].text == ")"
    return placed and not _lower_word(doc, paragraph_start, dash.i)


def _lower_word(doc: Doc, start: int, end: int) -> bool:
    return any(t.is_alpha and t.is_lower for t in doc[start:end])
