"""Wave 55 A: a state's office written bare ("Finance Minister X") is the office of the state the holder's
own sentence is about ("Chile failed ..., and Finance Minister X rejected ..."), before the state of the
sentence before; and a minister's portfolio another named person holds in a state ("Swiss Finance Minister
Y") is not handed to a second person of that state. Sentences written for these tests; the parses are
hand-built."""

from __future__ import annotations

from tests.hand_docs import country_of, facts, read

# "Swiss Finance Minister Otto Keller said the franc would stay firm."
KELLER = """
    Swiss        Swiss        ADJ   JJ     3 amod       NORP
    Finance      Finance      PROPN NNP    3 compound   -
    Minister     Minister     PROPN NNP    5 compound   -
    Otto         Otto         PROPN NNP    5 compound   PERSON
    Keller       Keller       PROPN NNP    6 nsubj      I-PERSON
    said         say          VERB  VBD    0 ROOT       -
    the          the          DET   DT     8 det        -
    franc        franc        NOUN  NN    10 nsubj      -
    would        would        AUX   MD    10 aux        -
    stay         stay         VERB  VB     6 ccomp      -
    firm         firm         ADJ   JJ    10 acomp      -
    .            .            PUNCT .      6 punct      -
"""

# "... Chile failed to win concessions, and Finance Minister Jorge Pinto rejected calls for his resignation."
CHILE_AND_PINTO = (
    KELLER.rstrip()
    + """
    Chile        Chile        PROPN NNP   14 nsubj      GPE
    failed       fail         VERB  VBD    0 ROOT       -
    to           to           PART  TO    16 aux        -
    win          win          VERB  VB    14 xcomp      -
    concessions  concession   NOUN  NNS   16 dobj       -
    ,            ,            PUNCT ,     14 punct      -
    and          and          CCONJ CC    14 cc         -
    Finance      Finance      PROPN NNP   21 compound   -
    Minister     Minister     PROPN NNP   23 compound   -
    Jorge        Jorge        PROPN NNP   23 compound   PERSON
    Pinto        Pinto        PROPN NNP   24 nsubj      I-PERSON
    rejected     reject       VERB  VBD   14 conj       -
    calls        call         NOUN  NNS   24 dobj       -
    for          for          ADP   IN    25 prep       -
    his          his          PRON  PRP$  28 poss       -
    resignation  resignation  NOUN  NN    26 pobj       -
    .            .            PUNCT .     24 punct      -
"""
)

# "... Finance Minister Jorge Pinto rejected calls for his resignation.": no state said for him
PINTO_ALONE = (
    KELLER.rstrip()
    + """
    Finance      Finance      PROPN NNP   14 compound   -
    Minister     Minister     PROPN NNP   16 compound   -
    Jorge        Jorge        PROPN NNP   16 compound   PERSON
    Pinto        Pinto        PROPN NNP   17 nsubj      I-PERSON
    rejected     reject       VERB  VBD    0 ROOT       -
    calls        call         NOUN  NNS   17 dobj       -
    for          for          ADP   IN    18 prep       -
    his          his          PRON  PRP$  21 poss       -
    resignation  resignation  NOUN  NN    19 pobj       -
    .            .            PUNCT .     17 punct      -
"""
)


def test_a_bare_office_is_of_the_state_its_own_sentence_is_about():
    reading = read(CHILE_AND_PINTO)
    assert country_of(reading, "Jorge Pinto") == "CHL"
    titles = facts(reading, "title")
    assert ("Jorge Pinto", "finance minister of", "Chile") in titles
    assert ("Jorge Pinto", "finance minister of", "Switzerland") not in titles


def test_a_portfolio_another_named_person_holds_in_a_state_is_not_handed_to_a_second():
    reading = read(PINTO_ALONE)
    assert country_of(reading, "Otto Keller") == "CHE"
    assert country_of(reading, "Jorge Pinto") != "CHE"
    assert ("Jorge Pinto", "finance minister of", "Switzerland") not in facts(reading, "title")
