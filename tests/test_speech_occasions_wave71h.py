"""Speech whose claim was lost (wave 71 H): a participle of speaking to an audience on a verb of speech
("Speaking to the Lima Club, Garcia said that …") is the same speech, and its edge to the hearer carries
what is said; a fronted "For X," before a verb of speech names the topic of what is said (`say` with the
content, no "say for"); and a verb of speech whose reported clause's subject the parser took for its object
("said Chile in March had expected that …", io/nlp.py believed_subjects) gets the subject back, so the
report has its content.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import believed_subjects
from hand_docs import facts_with_content, parse

SPEAKING_TO = """
    Speaking       speak          VERB   VBG     8 advcl      -
    to             to             ADP    IN      1 prep       -
    the            the            DET    DT      5 det        ORG
    Lima           Lima           PROPN  NNP     5 compound   I-ORG
    Club           Club           PROPN  NNP     2 pobj       I-ORG
    ,              ,              PUNCT  ,       8 punct      -
    Garcia         Garcia         PROPN  NNP     8 nsubj      PERSON
    said           say            VERB   VBD     0 ROOT       -
    that           that           SCONJ  IN     11 mark       -
    it             it             PRON   PRP    11 nsubj      -
    was            be             AUX    VBD     8 ccomp      -
    in             in             ADP    IN     11 prep       -
    their          their          PRON   PRP$   15 poss       -
    own            own            ADJ    JJ     15 amod       -
    interest       interest       NOUN   NN     12 pobj       -
    to             to             PART   TO     17 aux        -
    cut            cut            VERB   VB     11 xcomp      -
    tariffs        tariff         NOUN   NNS    17 dobj       -
    .              .              PUNCT  .       8 punct      -
"""

FOR_A_STATE = """
    For            for            ADP    IN      5 prep       -
    Chile          Chile          PROPN  NNP     1 pobj       GPE
    ,              ,              PUNCT  ,       5 punct      -
    Garcia         Garcia         PROPN  NNP     5 nsubj      PERSON
    said           say            VERB   VBD     0 ROOT       -
    that           that           SCONJ  IN      8 mark       -
    it             it             PRON   PRP     8 nsubj      -
    was            be             AUX    VBD     5 ccomp      -
    hard           hard           ADJ    JJ      8 acomp      -
    to             to             PART   TO     11 aux        -
    defend         defend         VERB   VB      8 xcomp      -
    the            the            DET    DT     13 det        -
    tariffs        tariff         NOUN   NNS    11 dobj       -
    .              .              PUNCT  .       5 punct      -
"""

# the parse the model gives: "Chile" the object of "said", "expected" a clause without a subject
SAID_AS_OBJECT = """
    The            the            DET    DT      2 det        -
    minister       minister       NOUN   NN      3 nsubj      -
    said           say            VERB   VBD     0 ROOT       -
    Chile          Chile          PROPN  NNP     3 dobj       GPE
    in             in             ADP    IN      8 prep       -
    March          March          PROPN  NNP     5 pobj       DATE
    had            have           AUX    VBD     8 aux        -
    expected       expect         VERB   VBN     3 ccomp      -
    that           that           SCONJ  IN     12 mark       -
    prices         price          NOUN   NNS    12 nsubj      -
    would          would          AUX    MD     12 aux        -
    fall           fall           VERB   VB      8 ccomp      -
    .              .              PUNCT  .       3 punct      -
"""


def test_speaking_to_an_audience_carries_what_is_said() -> None:
    edges = facts_with_content(SPEAKING_TO)
    heard = [e for e in edges if e[0] == "Garcia" and "Lima Club" in e[2]]
    assert heard and all(e[3] == "it was in their own interest to cut tariffs" for e in heard)


def test_a_fronted_for_names_the_topic_of_what_is_said() -> None:
    edges = facts_with_content(FOR_A_STATE)
    assert ("Garcia", "say", "Chile", "it was hard to defend the tariffs") in edges
    assert not [e for e in edges if e[1] == "say for"]


def test_said_object_before_its_clause_is_the_clause_subject() -> None:
    doc = believed_subjects(parse(SAID_AS_OBJECT))
    assert doc[3].dep_ == "nsubj" and doc[3].head.i == 7
