"""A definite plural of firms in a story that names no firm of its kind is the class, as the bare plural is
(sentences of our own, parses written by hand): "The banks rejected Argentina's proposal" with no bank named
before is banks at large; after a bank the story names, "the banks" still go back to the named ones."""

from __future__ import annotations

from hand_docs import read_triples

# "The banks rejected Argentina's proposal."
THE_BANKS = """
The        the        DET   DT  2  det      -
banks      bank       NOUN  NNS 3  nsubj    -
rejected   reject     VERB  VBD 0  ROOT     -
Argentina  Argentina  PROPN NNP 6  poss     GPE
's         's         PART  POS 4  case     -
proposal   proposal   NOUN  NN  3  dobj     -
.          .          PUNCT .   3  punct    -
"""

# "Kessler Bank sued Peru. Peru appealed. The banks rejected Argentina's proposal."
AFTER_A_NAMED_BANK = """
Kessler    Kessler    PROPN NNP 2  compound ORG
Bank       Bank       PROPN NNP 3  nsubj    I-ORG
sued       sue        VERB  VBD 0  ROOT     -
Peru       Peru       PROPN NNP 3  dobj     GPE
.          .          PUNCT .   3  punct    -
Peru       Peru       PROPN NNP 7  nsubj    GPE
appealed   appeal     VERB  VBD 0  ROOT     -
.          .          PUNCT .   7  punct    -
The        the        DET   DT  10 det      -
banks      bank       NOUN  NNS 11 nsubj    -
rejected   reject     VERB  VBD 0  ROOT     -
Argentina  Argentina  PROPN NNP 14 poss     GPE
's         's         PART  POS 12 case     -
proposal   proposal   NOUN  NN  11 dobj     -
.          .          PUNCT .   11 punct    -
"""


def test_the_banks_of_a_story_naming_no_bank_are_banks_at_large() -> None:
    assert ("banks", "reject proposal of", "Argentina") in read_triples(THE_BANKS)
    # after a bank the story names, "the banks" are no class of their own
    assert not {t for t in read_triples(AFTER_A_NAMED_BANK) if t[0] == "banks"}


def test_the_lenders_of_a_story_naming_no_bank_are_banks_at_large() -> None:
    lenders = THE_BANKS.replace("banks      bank ", "lenders    lender")
    assert ("banks", "reject proposal of", "Argentina") in read_triples(lenders)
