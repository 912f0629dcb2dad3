"""A class of actors set against its host by "foreign" (or "overseas", "international": words.tsv
foreign_modifiers) keeps the word in its name: "foreign investors" and "foreign banks" are not the bare
"investors" and "banks" (a judge found "offers no special tax incentives for foreign investors" overstated
as a denial to all investors), and keep the type of their kind (actors.ActorReader.read). The parse is built
by hand as the parser gave it (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse, read_triples

WELCOMED = """
Chile     Chile    PROPN NNP 2 nsubj GPE
welcomed  welcome  VERB  VBD 0 ROOT  -
foreign   foreign  ADJ   JJ  4 amod  -
investors investor NOUN  NNS 2 dobj  -
.         .        PUNCT .   2 punct -
"""

BARE = """
Chile     Chile    PROPN NNP 2 nsubj GPE
welcomed  welcome  VERB  VBD 0 ROOT  -
investors investor NOUN  NNS 2 dobj  -
.         .        PUNCT .   2 punct -
"""

LENT = """
Foreign foreign ADJ   JJ  2 amod   -
banks   bank    NOUN  NNS 4 nsubj  -
have    have    AUX   VBP 4 aux    -
lent    lend    VERB  VBN 0 ROOT   -
money   money   NOUN  NN  4 dobj   -
to      to      ADP   IN  4 dative -
Brazil  Brazil  PROPN NNP 6 pobj   GPE
.       .       PUNCT .   4 punct  -
"""


def test_foreign_classes_keep_the_word() -> None:
    assert ("Chile", "welcome", "foreign investors") in read_triples(WELCOMED)
    assert ("Chile", "welcome", "investors") in read_triples(BARE)


def test_foreign_banks_stay_an_organisation() -> None:
    reading = read_doc(parse(LENT), scope="hand-built")
    banks = [e for e in reading.entities.entities() if e.label == "foreign banks"]
    assert banks and banks[0].type == "ORG"


COMMUNITY = """
Nigeria       Nigeria       PROPN NNP 2 nsubj GPE
appealed      appeal        VERB  VBD 0 ROOT  -
to            to            ADP   IN  2 prep  -
the           the           DET   DT  6 det   -
international international ADJ   JJ  6 amod  -
community     community     NOUN  NN  3 pobj  -
.             .             PUNCT .   2 punct -
"""


def test_a_name_that_holds_the_word_already_is_not_doubled() -> None:
    labels = {e.label for e in read_doc(parse(COMMUNITY), scope="hand-built").entities.entities()}
    assert "international community" in labels
    assert "international international community" not in labels
