"""A party's one-word name that the tagger took for an adjective, before a title its party gives ("ex-Labour
MP X"), is the party (wave 114 E): the holder is a member of the party and of the party's state, never a
legislator of the state the story is about ("... kidnapped in Syria"). Each test states its parse by hand
(tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples

# "Ex-Labour MP Robert Fenwick urged Syria to free the nurse. Syria's army searched Syria."
EX_LABOUR_MP = """
Ex       Ex       PROPN NNP 4  compound -
-        -        PUNCT HYPH 4 punct    -
Labour   labour   ADJ   JJ  4  compound -
MP       MP       PROPN NNP 6  compound -
Robert   Robert   PROPN NNP 6  compound PERSON
Fenwick  Fenwick  PROPN NNP 7  nsubj    I-PERSON
urged    urge     VERB  VBD 0  ROOT     -
Syria    Syria    PROPN NNP 7  dobj     GPE
to       to       PART  TO  10 aux      -
free     free     VERB  VB  7  xcomp    -
the      the      DET   DT  12 det      -
nurse    nurse    NOUN  NN  10 dobj     -
.        .        PUNCT .   7  punct    -
Syria    Syria    PROPN NNP 17 poss     GPE
's       's       PART  POS 14 case     -
army     army     NOUN  NN  17 nsubj    -
searched search   VERB  VBD 0  ROOT     -
Syria    Syria    PROPN NNP 17 dobj     GPE
.        .        PUNCT .   17 punct    -
"""


def test_a_party_word_tagged_an_adjective_before_mp_is_the_party() -> None:
    triples = read_triples(EX_LABOUR_MP)
    assert ("Robert Fenwick", "member of", "Labour Party") in triples


def test_the_ex_mp_is_no_legislator_of_the_storys_state() -> None:
    triples = read_triples(EX_LABOUR_MP)
    assert not any(t[0] == "Robert Fenwick" and t[2] == "Syria" and "mp" in t[1] for t in triples)
    assert country_of(read(EX_LABOUR_MP), "Robert Fenwick") == "GBR"
