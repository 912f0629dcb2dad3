"""No sentence ends at a body's acronym in brackets before a title (lead, stop 48): the parser cut "the
Kestrel Growers Union (KGU) | Secretary Jan Bolt told reporters ..." after the bracket, which left the
chairman with no body in his sentence (io/nlp.paragraph_breaks, _after_bracketed_acronym). The words are
ours; tags are stated by hand."""

from __future__ import annotations

from geokg.extract.io.nlp import paragraph_breaks
from hand_docs import VOCAB
from spacy.tokens import Doc


def _starts(words: list[str], tags: list[str]) -> Doc:
    starts = [True] + [None] * (len(words) - 1)
    return paragraph_breaks(Doc(VOCAB, words=words, tags=tags, sent_starts=starts))


def test_no_sentence_ends_at_a_bracketed_acronym_before_a_title() -> None:
    words = ["Kestrel", "Growers", "Union", "(", "KGU", ")", "Secretary", "Jan", "Bolt", "spoke", "."]
    tags = ["NNP", "NNPS", "NNP", "-LRB-", "NNP", "-RRB-", "NNP", "NNP", "NNP", "VBD", "."]
    assert _starts(words, tags)[6].is_sent_start is False


def test_a_sentence_with_a_verb_may_end_at_a_bracketed_acronym() -> None:
    # "Peru left the Kestrel Union (KGU) | Chile objected": the run before the bracket has its verb
    words = ["Peru", "left", "the", "Kestrel", "Union", "(", "KGU", ")", "Chile", "objected", "."]
    tags = ["NNP", "VBD", "DT", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", "NNP", "VBD", "."]
    assert _starts(words, tags)[8].is_sent_start is None  # left to the parser
