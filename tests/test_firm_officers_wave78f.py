"""Officers of firms (wave 78 F): a firm's title with a function ("chief financial officer", "chief
operating officer") is one title of the firm named before "'s", not a bare "chief"; and the "at" phrase
the parser hangs on the name a title is in apposition to ("X, vice-president of finance at Acme Corp,
said") says where the title is held. Parses are built by hand; the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

CFO = """
    Lena      Lena      PROPN NNP 2  compound PERSON
    Brandt    Brandt    PROPN NNP 11 nsubj    I-PERSON
    ,         ,         PUNCT ,   2  punct    -
    Corvex    Corvex    PROPN NNP 5  compound ORG
    Mills     Mills     PROPN NNP 9  poss     I-ORG
    's        's        PART  POS 5  case     I-ORG
    chief     chief     ADJ   JJ  9  amod     -
    financial financial ADJ   JJ  9  amod     -
    officer   officer   NOUN  NN  2  appos    -
    ,         ,         PUNCT ,   2  punct    -
    said      say       VERB  VBD 0  ROOT     -
    sales     sale      NOUN  NNS 13 nsubj    -
    fell      fall      VERB  VBD 11 ccomp    -
    .         .         PUNCT .   11 punct    -
"""

VP_AT = """
    Omar      Omar      PROPN NNP 2  compound PERSON
    Haddad    Haddad    PROPN NNP 13 nsubj    I-PERSON
    ,         ,         PUNCT ,   2  punct    -
    vice      vice      NOUN  NN  2  appos    -
    -         -         NOUN  HYPH 2  appos    -
    president president NOUN  NN  2  appos    -
    of        of        ADP   IN  6  prep     -
    finance   finance   NOUN  NN  7  pobj     -
    at        at        ADP   IN  2  prep     -
    Corvex    Corvex    PROPN NNP 11 compound ORG
    Mills     Mills     PROPN NNP 9  pobj     I-ORG
    ,         ,         PUNCT ,   2  punct    -
    said      say       VERB  VBD 0  ROOT     -
    sales     sale      NOUN  NNS 15 nsubj    -
    fell      fall      VERB  VBD 13 ccomp    -
    .         .         PUNCT .   13 punct    -
"""


def test_a_firms_chief_financial_officer_is_one_title_of_the_firm() -> None:
    found = facts(read(CFO), "title")
    assert ("Lena Brandt", "chief financial officer of", "Corvex Mills") in found
    assert not any(p == "chief of" for _, p, _ in found)


def test_the_at_phrase_hung_on_the_name_is_where_the_title_is_held() -> None:
    found = facts(read(VP_AT), "title")
    assert ("Omar Haddad", "vice president at", "Corvex Mills") in found
