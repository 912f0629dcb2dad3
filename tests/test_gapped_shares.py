"""A subject placed by the same preposition the verb's phrases have lists the other places' shares, the
subject gapped: "traders in Peru received 300 tonnes, in Chile 200" gives no Peruvian traders receiving
anything in Chile. Parse by hand (tests/hand_docs.py), as the parser gave it; the sentence is ours."""

from __future__ import annotations

from hand_docs import read

# "Of this, traders in Peru received 300 tonnes, in Chile 200 and in Bolivia 100 tonnes."
GAPPED_SHARES = """
    Of       of       ADP   IN  7  prep     -
    this     this     PRON  DT  1  pobj     -
    ,        ,        PUNCT ,   7  punct    -
    traders  trader   NOUN  NNS 7  nsubj    -
    in       in       ADP   IN  4  prep     -
    Peru     Peru     PROPN NNP 5  pobj     GPE
    received receive  VERB  VBD 0  ROOT     -
    300      300      NUM   CD  9  nummod   QUANTITY
    tonnes   tonne    NOUN  NNS 7  dobj     I-QUANTITY
    ,        ,        PUNCT ,   7  punct    -
    in       in       ADP   IN  7  prep     -
    Chile    Chile    PROPN NNP 11 pobj     GPE
    200      200      NUM   CD  12 nummod   CARDINAL
    and      and      CCONJ CC  11 cc       -
    in       in       ADP   IN  11 conj     -
    Bolivia  Bolivia  PROPN NNP 15 pobj     GPE
    100      100      NUM   CD  18 nummod   QUANTITY
    tonnes   tonne    NOUN  NNS 16 npadvmod I-QUANTITY
    .        .        PUNCT .   7  punct    -
"""


def test_places_listed_after_a_subject_placed_alike_are_no_objects() -> None:
    assert not [r for r in read(GAPPED_SHARES).relations if r.predicate == "receive in"]

