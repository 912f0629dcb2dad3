"""Wave 114 G: "will buy 12 new Halcon 310": a maker's name followed by a model's number, the lot counted by
a number before it, is so many aircraft (or tanks, or cars) of that make, not the maker; buying or leasing
them makes no deal with the maker (entities/mentions._counted_models). The maker's own acts, and a name
that is no maker's before a number ("two Channel 9 reporters"), stay. The parses are stated by hand
(tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Under the contract, Polar Wings will buy 12 new Halcon 310 and lease another 6."
_BUY = """
Under     under     ADP   IN  8  prep     -
the       the       DET   DT  3  det      -
contract  contract  NOUN  NN  1  pobj     -
,         ,         PUNCT ,   8  punct    -
Polar     Polar     PROPN NNP 6  compound ORG
Wings     Wings     PROPN NNP 8  nsubj    I-ORG
will      will      AUX   MD  8  aux      -
buy       buy       VERB  VB  0  ROOT     -
12        12        NUM   CD  11 nummod   CARDINAL
new       new       ADJ   JJ  11 amod     -
Halcon    Halcon    PROPN NNP 8  dobj     ORG
310       310       NUM   CD  11 nummod   I-ORG
and       and       CCONJ CC  8  cc       -
lease     lease     VERB  VB  8  conj     -
another   another   DET   DT  16 det      -
6         6         NUM   CD  14 dobj     CARDINAL
.         .         PUNCT .   8  punct    -
"""

# "Nordvik Air ordered 20 Halcon K310s."
_ORDER = """
Nordvik  Nordvik  PROPN NNP 2 compound ORG
Air      Air      PROPN NNP 3 nsubj    I-ORG
ordered  order    VERB  VBD 0 ROOT     -
20       20       NUM   CD  6 nummod   CARDINAL
Halcon   Halcon   PROPN NNP 6 compound ORG
K310s    K310s    PROPN NNP 3 dobj     I-ORG
.        .        PUNCT .   3 punct    -
"""

# "Halcon sold 12 jets to Polar Wings."
_SOLD = """
Halcon  Halcon  PROPN NNP 2 nsubj    ORG
sold    sell    VERB  VBD 0 ROOT     -
12      12      NUM   CD  4 nummod   CARDINAL
jets    jet     NOUN  NNS 2 dobj     -
to      to      ADP   IN  2 prep     -
Polar   Polar   PROPN NNP 7 compound ORG
Wings   Wings   PROPN NNP 5 pobj     I-ORG
.       .       PUNCT .   2 punct    -
"""


def test_a_counted_model_named_with_its_number_is_no_party_to_the_purchase() -> None:
    triples = read_triples(_BUY)
    assert not {t for t in triples if t[2].startswith("Halcon")}


def test_a_model_number_the_tagger_left_out_of_the_name_still_makes_it_goods() -> None:
    table = _BUY.replace(
        "310       310       NUM   CD  11 nummod   I-ORG", "310       310       NUM   CD  11 nummod   -"
    )
    triples = read_triples(table)
    assert not {t for t in triples if t[2].startswith("Halcon")}


def test_counted_models_in_the_plural_are_goods_of_the_make() -> None:
    triples = read_triples(_ORDER)
    assert not {t for t in triples if t[2].startswith("Halcon")}


def test_the_makers_own_sale_stays() -> None:
    assert ("Halcon", "sell jet to", "Polar Wings") in read_triples(_SOLD)


# "Two Channel 9 reporters left Lisbon."
_STAFF = """
Two       two       NUM   CD  4 nummod   CARDINAL
Channel   Channel   PROPN NNP 4 compound ORG
9         9         NUM   CD  2 nummod   I-ORG
reporters reporter  NOUN  NNS 5 nsubj    -
left      leave     VERB  VBD 0 ROOT     -
Lisbon    Lisbon    PROPN NNP 5 dobj     GPE
.         .         PUNCT .   5 punct    -
"""


def test_a_name_with_a_number_before_counted_staff_stays_their_employer() -> None:
    labels = {e.label for e in read(_STAFF).entities.entities()}
    assert "Channel 9" in labels
