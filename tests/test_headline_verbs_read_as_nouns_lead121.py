"""A headline's verb the tagger took for a plural noun (lead, stop 55): "Dutch gas firm eyes Fenwick
stake" had no verb at all, so "Dutch gas firm eyes" was read as a title of Fenwick, which took the
Netherlands for its state. In a title line with no verb, one word of words.tsv headline_verbs read as a
plural noun between a noun and a noun phrase is the line's verb (nlp.headline_verbs_read_as_nouns). Parsed
by hand (tests/hand_docs.py, "¶" the line break after the title line); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import headline_verbs_read_as_nouns
from geokg.extract.pipeline import read_doc
from hand_docs import with_title_line

HEADLINE = """
    Dutch    dutch    ADJ   JJ  3  amod     NORP
    gas      gas      NOUN  NN  3  compound -
    firm     firm     NOUN  NN  4  compound -
    eyes     eye      NOUN  NNS 6  appos    -
    Fenwick  Fenwick  PROPN NNP 6  compound ORG
    stake    stake    NOUN  NN  6  ROOT     -
    ¶        ¶        SPACE _SP 6  dep      -
    Fenwick  Fenwick  PROPN NNP 9  nsubj    ORG
    declined decline  VERB  VBD 9  ROOT     -
    to       to       PART  TO  11 aux      -
    comment  comment  VERB  VB  9  xcomp    -
    .        .        PUNCT .   9  punct    -
"""


def test_the_headline_word_is_the_lines_verb() -> None:
    doc = headline_verbs_read_as_nouns(with_title_line(HEADLINE))
    eyes = doc[3]
    assert (eyes.pos_, eyes.tag_, eyes.dep_) == ("VERB", "VBZ", "ROOT")
    assert (doc[2].dep_, doc[2].head.i) == ("nsubj", 3)
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 3)
    assert (doc[0].head.i, doc[1].head.i, doc[4].head.i) == (2, 2, 5)


def test_no_title_of_the_firm_named_after_it() -> None:
    reading = read_doc(headline_verbs_read_as_nouns(with_title_line(HEADLINE)), scope="hand-built")
    labels = {e.id: e for e in reading.entities.entities()}
    fenwick = [e for e in labels.values() if e.label == "Fenwick"]
    assert fenwick and fenwick[0].country != "NLD", fenwick
    assert not [r for r in reading.relations if "eyes" in r.predicate], reading.relations


def test_a_line_with_a_verb_is_left_as_parsed() -> None:
    # "Dutch gas firm eyes Fenwick stakes": read with a verb of its own, the line is the parser's
    table = HEADLINE.replace("stake    stake    NOUN  NN  6  ROOT", "stakes   stake    VERB  VBZ 6  ROOT")
    doc = headline_verbs_read_as_nouns(with_title_line(table))
    assert (doc[3].pos_, doc[3].dep_) == ("NOUN", "appos")
