"""Wave 100 F: a body's own staff act for it. A noun of staff (words.tsv body_staff_nouns: "experts",
"economists", "staff", "delegates") right after the name of an international body or of a state's body
stands for the body, as "officials" does ("IMF experts urged Peru to cut spending": the IMF urges Peru).
After a state's name ("U.S. economists") the noun stays a class of people, not the state. Each test states
its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

_IGO_EXPERTS = """
    IMF       IMF       PROPN NNP 2  compound ORG
    experts   expert    NOUN  NNS 3  nsubj    -
    urged     urge      VERB  VBD 0  ROOT     -
    Peru      Peru      PROPN NNP 3  dobj     GPE
    to        to        PART  TO  6  aux      -
    cut       cut       VERB  VB  3  xcomp    -
    spending  spending  NOUN  NN  6  dobj     -
    .         .         PUNCT .   3  punct    -
    """


_IGO_ECONOMISTS = """
    World     World     PROPN NNP 2  compound ORG
    Bank      Bank      PROPN NNP 3  compound I-ORG
    economists economist NOUN NNS 4  nsubj    -
    urged     urge      VERB  VBD 0  ROOT     -
    Peru      Peru      PROPN NNP 4  dobj     GPE
    to        to        PART  TO  7  aux      -
    cut       cut       VERB  VB  4  xcomp    -
    spending  spending  NOUN  NN  7  dobj     -
    .         .         PUNCT .   4  punct    -
    """


_STATE_BODY_STAFF = """
    Bundesbank Bundesbank PROPN NNP 2 compound ORG
    staff     staff     NOUN  NN  3  nsubj    -
    urged     urge      VERB  VBD 0  ROOT     -
    Japan     Japan     PROPN NNP 3  dobj     GPE
    to        to        PART  TO  6  aux      -
    cut       cut       VERB  VB  3  xcomp    -
    rates     rate      NOUN  NNS 6  dobj     -
    .         .         PUNCT .   3  punct    -
    """


_STATE_ECONOMISTS = """
    U.S.      U.S.      PROPN NNP 2  compound GPE
    economists economist NOUN NNS 3  nsubj    -
    urged     urge      VERB  VBD 0  ROOT     -
    Japan     Japan     PROPN NNP 3  dobj     GPE
    to        to        PART  TO  6  aux      -
    cut       cut       VERB  VB  3  xcomp    -
    rates     rate      NOUN  NNS 6  dobj     -
    .         .         PUNCT .   3  punct    -
    """


def test_an_international_body_s_experts_act_for_it() -> None:
    assert ("IMF", "urge", "Peru") in read_triples(_IGO_EXPERTS)


def test_an_international_body_s_economists_act_for_it() -> None:
    assert ("World Bank", "urge", "Peru") in read_triples(_IGO_ECONOMISTS)


def test_a_state_body_s_staff_act_for_it() -> None:
    assert ("Bundesbank", "urge", "Japan") in read_triples(_STATE_BODY_STAFF)


def test_a_state_s_economists_are_no_state() -> None:
    assert not any(obj == "Japan" for _, _, obj in read_triples(_STATE_ECONOMISTS))
