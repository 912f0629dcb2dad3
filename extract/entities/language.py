"""Passages that are not English: an interview answered in Hindi, a quotation in Spanish. The English model
parses them into junk names and relations, so their sentences give no entities.

Two cheap signals per sentence, no language model: the share of its letters outside the Latin script
("तो उसको साबुन…"), and, for Latin script, the share of its words that are English function words (an
English sentence of twelve words or more has a good many: "the", "of", "to", "was"; a Spanish or German one
almost none). Only its lower-case words count: a list of titled names ("X met Finance Minister A, Foreign
Secretary B and Governor C") is English with hardly any.
"""

from __future__ import annotations

import unicodedata

from geokg.extract.token_arrays import doc_text, per_doc
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_STOP
from spacy.tokens import Doc, Span

MIN_LETTERS = 10
NON_LATIN_SHARE = 0.3
MIN_WORDS = 12
MIN_LOWER_WORDS = 5
ENGLISH_STOP_SHARE = 0.1


def _latin(char: str) -> bool:
    # An ASCII letter is Latin: the Unicode name lookup is only needed for the others.
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def is_english(sentence: Span) -> bool:
    # The Doc's text, cut: a Span joins its text from its tokens on every `.text`.
    text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char]
    if not text.isascii():  # an ASCII text is all Latin
        letters = [c for c in text if c.isalpha()]
        non_latin = sum(not _latin(c) for c in letters)
        if len(letters) >= MIN_LETTERS and non_latin > NON_LATIN_SHARE * len(letters):
            return False
    alpha, stop, lower = _word_flags(sentence.doc)
    words = [i for i in range(sentence.start, sentence.end) if alpha[i]]
    if len(words) < MIN_WORDS:
        return True  # too short to tell: headlines are full of names
    common = [i for i in words if lower[i]]
    if len(common) < MIN_LOWER_WORDS:
        return True  # names and titles, in any language
    return sum(stop[i] for i in common) >= ENGLISH_STOP_SHARE * len(common)


@per_doc
def _word_flags(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Whether each token is alphabetic, a stop word, lower case, read in one pass over the Doc."""
    if not len(doc):
        return [], [], []
    flags = doc.to_array([IS_ALPHA, IS_STOP, IS_LOWER])
    return flags[:, 0].tolist(), flags[:, 1].tolist(), flags[:, 2].tolist()


def foreign_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of every sentence that is not English (worked out once per Doc)."""
    key = ("geokg", "foreign_tokens", len(doc))
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(t.i for s in doc.sents if not is_english(s) for t in s)
    return doc.user_data[key]
