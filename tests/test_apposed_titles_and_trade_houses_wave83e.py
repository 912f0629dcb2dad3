"""A name set off before a personal title in apposition is a person's whatever the tagger said, and a
one-word trade house's name ("Valdoimport") a firm's, as is a speaker the next sentence calls "the
state-owned firm" (wave 83 E). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


# "R.K. Dorovich, Deputy Trade Minister at the Soviet embassy, told reporters that Valdoimport had asked
# Ruritanian firms for bids. He visited Ruritania last week." The tagger called the minister a body and
# the trade house a person.
MINISTER_AND_TRADE_HOUSE = """
R.K.         R.K.        PROPN NNP  2 compound ORG
Dorovich     Dorovich    PROPN NNP  12 nsubj   I-ORG
,            ,           PUNCT ,    2 punct    -
Deputy       Deputy      PROPN NNP  6 compound -
Trade        Trade       PROPN NNP  6 compound -
Minister     Minister    PROPN NNP  2 appos    -
at           at          ADP   IN   6 prep     -
the          the         DET   DT   10 det     -
Soviet       soviet      ADJ   JJ   10 amod    NORP
embassy      embassy     NOUN  NN   7 pobj     -
,            ,           PUNCT ,    2 punct    -
told         tell        VERB  VBD  0 ROOT     -
reporters    reporter    NOUN  NNS  12 dobj    -
that         that        SCONJ IN   17 mark    -
Valdoimport  Valdoimport  PROPN NNP 17 nsubj PERSON
had          have        AUX   VBD  17 aux     -
asked        ask         VERB  VBN  12 ccomp   -
Ruritanian   ruritanian  ADJ   JJ   19 amod    NORP
firms        firm        NOUN  NNS  17 dobj    -
for          for         ADP   IN   17 prep    -
bids         bid         NOUN  NNS  20 pobj    -
.            .           PUNCT .    12 punct   -
He           he          PRON  PRP  24 nsubj   -
visited      visit       VERB  VBD  0 ROOT     -
Ruritania    Ruritania   PROPN NNP  24 dobj    GPE
last         last        ADJ   JJ   27 amod    DATE
week         week        NOUN  NN   24 npadvmod I-DATE
.            .           PUNCT .    24 punct   -
"""


def test_a_name_with_a_personal_title_in_apposition_is_a_person() -> None:
    assert _types(MINISTER_AND_TRADE_HOUSE)["R.K. Dorovich"] == "PERSON"
    triples = read_triples(MINISTER_AND_TRADE_HOUSE)
    assert ("R.K. Dorovich", "deputy trade minister at", "Soviet embassy") in triples


def test_a_trade_house_name_tagged_as_a_person_is_a_firm() -> None:
    assert _types(MINISTER_AND_TRADE_HOUSE)["Valdoimport"] == "ORG"


def test_he_after_the_titled_name_is_that_person_not_the_trade_house() -> None:
    triples = read_triples(MINISTER_AND_TRADE_HOUSE)
    assert ("R.K. Dorovich", "visit", "Ruritania") in triples
    assert not any(s == "Valdoimport" for s, _, _ in triples)


def test_a_title_a_body_holds_too_leaves_a_body() -> None:
    doc = """
    Pellor     Pellor     PROPN NNP  6 nsubj   ORG
    ,          ,          PUNCT ,    1 punct   -
    adviser    adviser    NOUN  NN   1 appos   -
    to         to         ADP   IN   3 prep    -
    Orvan      Orvan      PROPN NNP  4 pobj    ORG
    said       say        VERB  VBD  0 ROOT    -
    .          .          PUNCT .    6 punct   -
    """
    assert _types(doc)["Pellor"] == "ORG"


def test_a_speaker_taken_up_as_the_state_owned_firm_is_that_firm() -> None:
    """ "Valdotrade said it would buy tools from Ruritania. The state-owned firm said it would pay
    Ruritania." """
    doc = """
    Valdotrade   Valdotrade  PROPN NNP  2 nsubj    PERSON
    said         say         VERB  VBD  0 ROOT     -
    it           it          PRON  PRP  5 nsubj    -
    would        would       AUX   MD   5 aux      -
    buy          buy         VERB  VB   2 ccomp    -
    tools        tool        NOUN  NNS  5 dobj     -
    from         from        ADP   IN   5 prep     -
    Ruritania    Ruritania   PROPN NNP  7 pobj     GPE
    .            .           PUNCT .    2 punct    -
    The          the         DET   DT   14 det     -
    state        state       NOUN  NN   13 npadvmod -
    -            -           PUNCT HYPH 13 punct   -
    owned        own         VERB  VBN  14 amod    -
    firm         firm        NOUN  NN   15 nsubj   -
    said         say         VERB  VBD  0 ROOT     -
    it           it          PRON  PRP  18 nsubj   -
    would        would       AUX   MD   18 aux     -
    pay          pay         VERB  VB   15 ccomp   -
    Ruritania    Ruritania   PROPN NNP  18 dobj    GPE
    .            .           PUNCT .    15 punct   -
    """
    assert _types(doc)["Valdotrade"] == "ORG"
    assert ("Valdotrade", "pay", "Ruritania") in read_triples(doc)
