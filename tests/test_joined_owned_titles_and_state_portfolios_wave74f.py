"""Wave 74 F. (1) Two titles joined by "and" before one name, each with its owner ("Venezuelan oil minister
and OPEC president X"), are both the holder's: the owner search of the title next to the name stops at its
own owner, and the earlier title is read before it (roles/before_name.py _title_before_owner); the state's
title gives the holder its state. (2) A state's word and Title Case portfolio words joined by "and" before
"Secretary" or "Minister" and a name ("Australian Trade and Industry Secretary X"), tagged as one body, are
the state and the portfolio of its office (mentions.py _portfolio_before_title, entity_words.tsv
state_portfolio_titles): no body "Australian Trade and Industry". Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples, then_abroad

MINISTER_AND_OPEC_PRESIDENT = """
Venezuelan     venezuelan     ADJ    JJ      3 amod       NORP
oil            oil            NOUN   NN      3 compound   -
minister       minister       NOUN   NN      9 nsubj      -
and            and            CCONJ  CC      3 cc         -
OPEC           OPEC           PROPN  NNP     6 compound   ORG
president      president      NOUN   NN      8 compound   -
Luis           Luis           PROPN  NNP     8 compound   PERSON
Mora           Mora           PROPN  NNP     3 conj       I-PERSON
told           tell           VERB   VBD     0 ROOT       -
a              a              DET    DT     12 det        -
news           news           NOUN   NN     12 compound   -
conference     conference     NOUN   NN      9 dobj       -
that           that           SCONJ  IN     16 mark       -
prices         price          NOUN   NNS    16 nsubj      -
would          would          AUX    MD     16 aux        -
rise           rise           VERB   VB      9 ccomp      -
.              .              PUNCT  .       9 punct      -
"""


def test_a_state_title_and_a_body_title_before_one_name_are_both_his() -> None:
    triples = read_triples(MINISTER_AND_OPEC_PRESIDENT)
    assert ("Luis Mora", "oil minister of", "Venezuela") in triples
    assert ("Luis Mora", "president of", "OPEC") in triples


def test_the_state_title_before_a_body_title_gives_the_holder_its_state() -> None:
    assert country_of(read(then_abroad(MINISTER_AND_OPEC_PRESIDENT)), "Luis Mora") == "VEN"


TRADE_AND_INDUSTRY_SECRETARY = """
Australian     Australian     PROPN  NNP     2 compound   ORG
Trade          Trade          PROPN  NNP     8 nsubj      I-ORG
and            and            CCONJ  CC      2 cc         I-ORG
Industry       Industry       PROPN  NNP     5 compound   I-ORG
Secretary      Secretary      PROPN  NNP     7 compound   -
Ann            Ann            PROPN  NNP     7 compound   PERSON
Blake          Blake          PROPN  NNP     2 conj       I-PERSON
said           say            VERB   VBD     0 ROOT       -
Japan          Japan          PROPN  NNP    11 nsubj      GPE
must           must           AUX    MD     11 aux        -
open           open           VERB   VB      8 ccomp      -
its            its            PRON   PRP$   13 poss       -
markets        market         NOUN   NNS    11 dobj       -
.              .              PUNCT  .       8 punct      -
"""


def test_a_state_word_and_joined_portfolios_before_secretary_are_the_states_office() -> None:
    triples = read_triples(TRADE_AND_INDUSTRY_SECRETARY)
    assert ("Ann Blake", "trade and industry secretary of", "Australia") in triples
    assert not any("Trade and Industry" in label for t in triples for label in (t[0], t[2]))


def test_no_body_is_named_by_a_state_word_and_a_secretarys_portfolio() -> None:
    reading = read(TRADE_AND_INDUSTRY_SECRETARY)
    assert not [e for e in reading.entities.entities() if "Industry" in e.label]
