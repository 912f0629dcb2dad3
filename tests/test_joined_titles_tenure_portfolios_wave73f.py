"""Wave 73 F. (2) Words of tenure between a title and its owner ("Chile's new central bank governor X",
"Chile's newly appointed finance minister Y", "Peru's outgoing ...": titles.tsv qualifiers, time_qualifiers,
tenure_adverbs and tenure_participles) do not break the title: the office is the same, with its time
qualifier where it has one (roles/before_name.py _tenure_before).
(4) A diplomatic title's "for" phrase names the state its holder serves ("a trade attache for
Bulgaria", "commercial counselor for the Soviet Union"): the holder is of that state, as with "of"
(entity_words.tsv diplomatic_titles, affiliations/along_roles.py). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples, then_abroad

ATTACHE_FOR_A_STATE = """
Ivan           Ivan           PROPN  NNP     2 compound   PERSON
Petrov         Petrov         PROPN  NNP     9 nsubj      I-PERSON
,              ,              PUNCT  ,       2 punct      -
trade          trade          NOUN   NN      5 compound   -
attache        attache        NOUN   NN      2 appos      -
for            for            ADP    IN      5 prep       -
Bulgaria       Bulgaria       PROPN  NNP     6 pobj       GPE
,              ,              PUNCT  ,       2 punct      -
said           say            VERB   VBD     0 ROOT       -
the            the            DET    DT     11 det        -
deal           deal           NOUN   NN     13 nsubjpass  -
was            be             AUX    VBD    13 auxpass    -
signed         sign           VERB   VBN     9 ccomp      -
.              .              PUNCT  .       9 punct      -
"""


def test_an_attache_for_a_state_is_of_that_state() -> None:
    assert country_of(read(then_abroad(ATTACHE_FOR_A_STATE)), "Ivan Petrov") == "BGR"


NEW_CENTRAL_BANK_GOVERNOR = """
Chile          Chile          PROPN  NNP     6 poss       GPE
's             's             PART   POS     1 case       -
{tenure}       {tenure}       ADJ    JJ      6 amod       -
central        central        ADJ    JJ      5 amod       -
bank           bank           NOUN   NN      6 compound   -
governor       governor       NOUN   NN      8 compound   -
Rosa           Rosa           PROPN  NNP     8 compound   PERSON
Vidal          Vidal          PROPN  NNP     9 nsubj      I-PERSON
visited        visit          VERB   VBD     0 ROOT       -
Lima           Lima           PROPN  NNP     9 dobj       GPE
.              .              PUNCT  .       9 punct      -
"""

NEWLY_APPOINTED_MINISTER = """
Chile          Chile          PROPN  NNP     6 poss       GPE
's             's             PART   POS     1 case       -
newly          newly          ADV    RB      4 advmod     -
appointed      appoint        VERB   VBN     6 amod       -
finance        finance        NOUN   NN      6 compound   -
minister       minister       NOUN   NN      8 compound   -
Rosa           Rosa           PROPN  NNP     8 compound   PERSON
Vidal          Vidal          PROPN  NNP     9 nsubj      I-PERSON
met            meet           VERB   VBD     0 ROOT       -
bankers        banker         NOUN   NNS     9 dobj       -
.              .              PUNCT  .       9 punct      -
"""


def test_a_new_central_bank_governor_is_the_states() -> None:
    triples = read_triples(NEW_CENTRAL_BANK_GOVERNOR.format(tenure="new"))
    assert ("Rosa Vidal", "central bank governor of", "Chile") in triples


def test_an_outgoing_central_bank_governor_keeps_the_qualifier() -> None:
    triples = read_triples(NEW_CENTRAL_BANK_GOVERNOR.format(tenure="outgoing"))
    assert ("Rosa Vidal", "outgoing central bank governor of", "Chile") in triples


def test_a_newly_appointed_minister_is_the_states() -> None:
    assert ("Rosa Vidal", "finance minister of", "Chile") in read_triples(NEWLY_APPOINTED_MINISTER)
