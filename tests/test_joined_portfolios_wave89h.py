"""Wave 89 H: a title whose portfolio, written after "of"/"for", joins two fields with "and" ("Secretary of
Trade and Industry X", "Minister of Economy and Finance Y") is one office, neither cut at the "and" nor lost
(titles.role_phrase, _joined_field; roles/before_name._portfolio_before; roles/nouns.role_of_noun). The
parse is stated by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from geokg.extract.entities.titles import role_phrase
from hand_docs import read_triples

_BEFORE_NAME = """
Philippine     Philippine     PROPN  NNP      2 amod       NORP
Secretary      Secretary      PROPN  NNP      8 nmod       -
of             of             ADP    IN       2 prep       -
Trade          Trade          PROPN  NNP      3 pobj       -
and            and            CCONJ  CC       4 cc         -
Industry       Industry       PROPN  NNP      8 compound   -
Maria          Maria          PROPN  NNP      8 compound   PERSON
Santos         Santos         PROPN  NNP      9 nsubj      I-PERSON
said           say            VERB   VBD      0 ROOT       -
the            the            DET    DT      11 det        -
country        country        NOUN   NN      13 nsubj      -
would          would          AUX    MD      13 aux        -
sell           sell           VERB   VB       9 ccomp      -
rice           rice           NOUN   NN      13 dobj       -
.              .              PUNCT  .        9 punct      -
"""

_APPOSED = """
Marco          Marco          PROPN  NNP      2 compound   PERSON
Rossi          Rossi          PROPN  NNP     13 nsubj      I-PERSON
,              ,              PUNCT  ,        2 punct      -
Italy          Italy          PROPN  NNP      6 poss       GPE
's             's             PART   POS      4 case       -
Minister       Minister       PROPN  NNP      2 appos      -
of             of             ADP    IN       6 prep       -
Economy        Economy        PROPN  NNP      7 pobj       -
and            and            CCONJ  CC       8 cc         -
Finance        Finance        PROPN  NNP      8 conj       -
,              ,              PUNCT  ,        2 punct      -
will           will           AUX    MD      13 aux        -
resign         resign         VERB   VB       0 ROOT       -
.              .              PUNCT  .       13 punct      -
"""


def test_joined_portfolio_after_of_is_one_title():
    assert role_phrase(["Secretary", "of", "Trade", "and", "Industry"]) == "secretary of trade and industry"
    assert role_phrase(["Minister", "for", "Trade", "and", "Industry"]) == "trade and industry minister"
    assert role_phrase(["Minister", "of", "Economy", "and", "Finance"]) == "economy and finance minister"
    # an "and" that opens a second title, or a field that runs on, joins no portfolio
    second_title = ["Minister", "of", "Finance", "and", "Deputy", "Prime", "Minister"]
    assert role_phrase(second_title) == "finance minister"
    assert role_phrase(["Secretary", "of", "Finance", "and", "Public", "Credit"]) == "secretary of finance"


def test_joined_portfolio_before_the_name_is_the_states_office():
    triples = read_triples(_BEFORE_NAME)
    assert ("Maria Santos", "secretary of trade and industry of", "Philippines") in triples


def test_apposed_joined_portfolio_is_not_cut_at_and():
    triples = read_triples(_APPOSED)
    assert ("Marco Rossi", "economy and finance minister of", "Italy") in triples
    assert ("Marco Rossi", "economy minister of", "Italy") not in triples
