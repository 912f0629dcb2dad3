"""A capitalised "Under" that opens a sentence is the preposition it looks like, not a rank of the title after
it: "Under Taoiseach X, Ireland cut taxes" is X's time in office, no "under taoiseach", and "Under Home
Secretary Y, ..." no "under home secretary" (wave 91 H; wave 90 H's "Defence Ministry Under Secretary X", the
rank after its owner, stays). Titles only one state bears give the holder an owner without a state's word
(titles.tsv state_titles). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Under Taoiseach Tom Ash, Ireland cut its taxes."
UNDER_A_HEAD_OF_GOVERNMENT = """
Under      under      ADP   IN  7  prep     -
Taoiseach  Taoiseach  PROPN NNP 4  compound -
Tom        Tom        PROPN NNP 4  compound PERSON
Ash        Ash        PROPN NNP 1  pobj     I-PERSON
,          ,          PUNCT ,   7  punct    -
Ireland    Ireland    PROPN NNP 7  nsubj    GPE
cut        cut        VERB  VBD 0  ROOT     -
its        its        PRON  PRP$ 9 poss     -
taxes      tax        NOUN  NNS 7  dobj     -
.          .          PUNCT .   7  punct    -
"""

# "Under Home Secretary Tom Ash, Britain tightened its border controls.": "Secretary" after "Under", but the
# sentence opens with the preposition; no owner stands before it.
UNDER_A_SECRETARY = """
Under      under      ADP   IN  8  prep     -
Home       Home       PROPN NNP 3  compound -
Secretary  Secretary  PROPN NNP 5  compound -
Tom        Tom        PROPN NNP 5  compound PERSON
Ash        Ash        PROPN NNP 1  pobj     I-PERSON
,          ,          PUNCT ,   8  punct    -
Britain    Britain    PROPN NNP 8  nsubj    GPE
tightened  tighten    VERB  VBD 0  ROOT     -
its        its        PRON  PRP$ 11 poss    -
border     border     NOUN  NN  11 compound -
controls   control    NOUN  NNS 8  dobj     -
.          .          PUNCT .   8  punct    -
"""


def test_an_opening_under_before_a_title_other_than_secretary_is_no_rank() -> None:
    triples = read_triples(UNDER_A_HEAD_OF_GOVERNMENT)
    assert ("Tom Ash", "taoiseach of", "Ireland") in triples
    assert not any(s == "Tom Ash" and p.startswith("under") for s, p, _ in triples)


def test_an_opening_under_before_secretary_is_no_rank() -> None:
    triples = read_triples(UNDER_A_SECRETARY)
    assert ("Tom Ash", "home secretary of", "United Kingdom") in triples
    assert not any(s == "Tom Ash" and p.startswith("under") for s, p, _ in triples)
