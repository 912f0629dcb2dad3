"""A word in capitals in brackets right after a phrase abbreviates it ("the Andean Fisheries Fund (AFF)",
"digital audio recorder (DAR)"): the acronym names the phrase before it, so it holds no title or description
that phrase stands in ("arrears to the AFF" are no arrears the fund holds; the acronym of goods is no
recorder of the state that exports them). Wave 93 H (roles/appositions._bracketed_acronym). Each test states
its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Bolivia's arrears to the Andean Fisheries Fund (AFF) are now 40 mln dlrs.": the tagger leaves the acronym
# out, the mention finder takes it as the fund's.
ARREARS_TO_A_FUND = """
Bolivia    Bolivia    PROPN NNP 3  poss     GPE
's         's         PART  POS 1  case     -
arrears    arrears    NOUN  NNS 12 nsubj    -
to         to         ADP   IN  3  prep     -
the        the        DET   DT  8  det      ORG
Andean     Andean     PROPN NNP 8  compound I-ORG
Fisheries  Fisheries  PROPN NNP 8  compound I-ORG
Fund       Fund       PROPN NNP 4  pobj     I-ORG
(          (          PUNCT -LRB- 8 punct   -
AFF        AFF        PROPN NNP 8  appos    -
)          )          PUNCT -RRB- 8 punct   -
are        be         AUX   VBP 0  ROOT     -
now        now        ADV   RB  12 advmod   -
40         40         NUM   CD  16 nummod   -
mln        mln        ADJ   JJ  16 amod     -
dlrs       dlrs       NOUN  NN  12 attr     -
.          .          PUNCT .   12 punct    -
"""

# "Peru's digital audio recorder (DAR) exports fell to 20,000 sets in May.": the tagger takes the acronym
# for an organisation's name.
A_GOODS_ACRONYM = """
Peru       Peru       PROPN NNP 5  poss     GPE
's         's         PART  POS 1  case     -
digital    digital    ADJ   JJ  5  amod     -
audio      audio      NOUN  NN  5  compound -
recorder   recorder   NOUN  NN  10 nmod     -
(          (          PUNCT -LRB- 5 punct   -
DAR        DAR        PROPN NNP 5  appos    ORG
)          )          PUNCT -RRB- 5 punct   -
exports    export     NOUN  NNS 10 nsubj    -
fell       fall       VERB  VBD 0  ROOT     -
to         to         ADP   IN  10 prep     -
20,000     20,000     NUM   CD  13 nummod   -
sets       set        NOUN  NNS 11 pobj     -
in         in         ADP   IN  10 prep     -
May        May        PROPN NNP 14 pobj     DATE
.          .          PUNCT .   10 punct    -
"""


def test_an_acronym_after_a_name_in_a_prepositional_phrase_holds_nothing_the_phrase_is_of() -> None:
    triples = read_triples(ARREARS_TO_A_FUND)
    assert not any("arrear" in p for _, p, _ in triples), triples


def test_an_acronym_after_a_common_noun_is_no_description_of_the_nouns_owner() -> None:
    triples = read_triples(A_GOODS_ACRONYM)
    assert not any(s == "DAR" for s, _, _ in triples), triples
