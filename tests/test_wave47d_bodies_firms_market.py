"""Wave 47 D: names of bodies, firms and projects, titles before names and market copy. Sentences written
for these tests; the parses are hand-built."""

from __future__ import annotations

from tests.hand_docs import facts, read

BOARD_OF_GOVERNORS_CHAIRMAN = """
    Board        Board        PROPN NNP  4   nmod      ORG
    of           of           ADP   IN   1   prep      I-ORG
    Governors    Governors    PROPN NNPS 2   pobj      I-ORG
    chairman     chairman     NOUN  NN   6   compound  -
    Ann          Ann          PROPN NNP  6   compound  PERSON
    Lee          Lee          PROPN NNP  7   nsubj     I-PERSON
    said         say          VERB  VBD  0   ROOT      -
    rates        rate         NOUN  NNS  10  nsubj     -
    would        would        AUX   MD   10  aux       -
    rise         rise         VERB  VB   7   ccomp     -
    .            .            PUNCT .    7   punct     -
"""

ECONOMIC_ADVISERS_CHAIRMAN = """
    Council      Council      PROPN NNP  5   nmod      ORG
    of           of           ADP   IN   1   prep      I-ORG
    Farm         Farm         PROPN NNP  4   compound  I-ORG
    Advisers     Advisers     PROPN NNPS 2   pobj      I-ORG
    chairman     chairman     NOUN  NN   7   compound  -
    Ann          Ann          PROPN NNP  7   compound  PERSON
    Lee          Lee          PROPN NNP  8   nsubj     I-PERSON
    told         tell         VERB  VBD  0   ROOT      -
    reporters    reporter     NOUN  NNS  8   dobj      -
    .            .            PUNCT .    8   punct     -
"""


def test_a_body_named_with_a_plural_title_word_keeps_it_and_its_chairman_is_the_person():
    for table, body in (
        (BOARD_OF_GOVERNORS_CHAIRMAN, "Board of Governors"),
        (ECONOMIC_ADVISERS_CHAIRMAN, "Council of Farm Advisers"),
    ):
        reading = read(table)
        found = facts(reading, "title")
        assert ("Ann Lee", "chairperson of", body) in found
        assert not any(pred.startswith(("governor", "adviser")) for _, pred, _ in found)
