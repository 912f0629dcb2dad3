"""A body of a chamber the tagger leaves out of the chamber's name acts by its vote (wave 86 H): in "A House
subcommittee voted to ease export controls on Peru" the tagger tags "House" alone; the chamber's name and
the lower-case body word it modifies (entity_words chamber_body_nouns) are one body, "House subcommittee"
(mentions._chamber_bodies_after_chambers), which does what it votes to do ("vote to ease export control on"
Peru), as a named committee does. The parse is built by hand as the parser gave it (tests/hand_docs.py);
the sentence is ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

VOTED = """
A             a             DET   DT   3  det       -
House         House         PROPN NNP  3  compound  ORG
subcommittee  subcommittee  NOUN  NN   4  nsubj     -
voted         vote          VERB  VBD  0  ROOT      -
to            to            PART  TO   6  aux       -
ease          ease          VERB  VB   4  xcomp     -
export        export        NOUN  NN   8  compound  -
controls      control       NOUN  NNS  6  dobj      -
on            on            ADP   IN   8  prep      -
Peru          Peru          PROPN NNP  9  pobj      GPE
.             .             PUNCT .    4  punct     -
"""


def test_a_chambers_subcommittee_does_what_it_votes_to_do() -> None:
    reading = read_doc(parse(VOTED), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    edges = [(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations]
    assert ("House subcommittee", "vote to ease export control on", "Peru") in edges


FLOW = """
Congress      Congress      PROPN NNP  2  nsubj     ORG
voted         vote          VERB  VBD  0  ROOT      -
to            to            PART  TO   4  aux       -
ease          ease          VERB  VB   2  xcomp     -
export        export        NOUN  NN   6  compound  -
controls      control       NOUN  NNS  4  dobj      -
on            on            ADP   IN   6  prep      -
sales         sale          NOUN  NNS  7  pobj      -
to            to            ADP   IN   8  prep      -
Peru          Peru          PROPN NNP  9  pobj      GPE
.             .             PUNCT .    2  punct     -
"""


def test_a_measure_on_goods_moving_to_a_buyer_reaches_the_buyer() -> None:
    # "export controls on sales to Peru": the controls reach Peru through the sales (objects._flow_of_goods)
    reading = read_doc(parse(FLOW), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    edges = [(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations]
    assert ("Congress", "vote to ease export control on sale to", "Peru") in edges
