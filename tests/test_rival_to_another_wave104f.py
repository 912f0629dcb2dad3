"""Wave 104 F: a noun that names a thing by its relation to another ("a rival to X", "a challenger to X",
"an alternative to X") names another thing than X: a verb acting on that thing does nothing to X, also
when the parser hangs the "to X" on the verb ("is seeking a stake in the proposed rival to Zenith":
objects._relatum_of_noun) and for a challenger (words.tsv substitute_nouns). Each test states its parse by
hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read_triples

# the parser's attachment: "to Zenith Telecom" on "seeking", not on "rival"
STAKE_IN_A_RIVAL = """
Kestrel     Kestrel     PROPN NNP  2   compound  ORG
Plc         Plc         PROPN NNP  4   nsubj     I-ORG
is          be          AUX   VBZ  4   aux       -
seeking     seek        VERB  VBG  0   ROOT      -
a           a           DET   DT   6   det       -
stake       stake       NOUN  NN   4   dobj      -
in          in          ADP   IN   6   prep      -
the         the         DET   DT   11  det       -
proposed    propose     VERB  VBN  11  amod      -
Japanese    japanese    ADJ   JJ   11  amod      NORP
rival       rival       NOUN  NN   7   pobj      -
to          to          ADP   IN   4   prep      -
Zenith      Zenith      PROPN NNP  14  compound  ORG
Telecom     Telecom     PROPN NNP  12  pobj      I-ORG
.           .           PUNCT .    4   punct     -
"""

CHALLENGER_OF = """
Acme        Acme        PROPN NNP  2   compound  ORG
Corp        Corp        PROPN NNP  3   nsubj     I-ORG
bought      buy         VERB  VBD  0   ROOT      -
the         the         DET   DT   6   det       -
main        main        ADJ   JJ   6   amod      -
challenger  challenger  NOUN  NN   3   dobj      -
of          of          ADP   IN   6   prep      -
Zenith      Zenith      PROPN NNP  9   compound  ORG
Telecom     Telecom     PROPN NNP  7   pobj      I-ORG
.           .           PUNCT .    3   punct     -
"""


def test_no_edge_to_whose_rival_the_parser_hangs_on_the_verb() -> None:
    triples = read_triples(STAKE_IN_A_RIVAL)
    assert not {t for t in triples if t[0] == "Kestrel Plc" and t[2] == "Zenith Telecom"}


def test_no_edge_through_a_challenger() -> None:
    triples = read_triples(CHALLENGER_OF)
    assert not {t for t in triples if t[0] == "Acme Corp" and t[2] == "Zenith Telecom"}
