"""A trading house named by initials and a surname ("K. Halloran") reads to the tagger as a person. A name
the text calls a firm is an organisation: one with a noun of a kind of firm right before it ("broker K.
Halloran says"), one the next sentence takes up as "the broker" or "the firm" speaking, one the next
sentence's "its" points back to. A speaker the sentence goes on about as "he" stays a person (wave 85 E).
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _type_of(table: str, label: str) -> str:
    [entity] = [e for e in read(table).entities.entities() if e.label == label]
    return entity.type


def test_a_name_of_initials_after_a_noun_of_a_firm_is_the_firm() -> None:
    """ "Broker K. Halloran said Ruritania bought sugar." """
    doc = """
    Broker     broker     NOUN  NN   3 compound -
    K.         K.         PROPN NNP  3 compound PERSON
    Halloran   Halloran   PROPN NNP  4 nsubj    I-PERSON
    said       say        VERB  VBD  0 ROOT     -
    Ruritania  Ruritania  PROPN NNP  6 nsubj    GPE
    bought     buy        VERB  VBD  4 ccomp    -
    sugar      sugar      NOUN  NN   6 dobj     -
    .          .          PUNCT .    4 punct    -
    """
    assert _type_of(doc, "K. Halloran") == "ORG"


def test_a_speaker_of_initials_taken_up_as_the_broker_is_the_firm() -> None:
    """ "K. Halloran said Ruritania would import sugar. The broker said prices would rise." """
    doc = """
    K.         K.         PROPN NNP  2 compound PERSON
    Halloran   Halloran   PROPN NNP  3 nsubj    I-PERSON
    said       say        VERB  VBD  0 ROOT     -
    Ruritania  Ruritania  PROPN NNP  6 nsubj    GPE
    would      would      AUX   MD   6 aux      -
    import     import     VERB  VB   3 ccomp    -
    sugar      sugar      NOUN  NN   6 dobj     -
    .          .          PUNCT .    3 punct    -
    The        the        DET   DT   10 det     -
    broker     broker     NOUN  NN   11 nsubj   -
    said       say        VERB  VBD  0 ROOT     -
    prices     price      NOUN  NNS  14 nsubj   -
    would      would      AUX   MD   14 aux     -
    rise       rise       VERB  VB   11 ccomp   -
    .          .          PUNCT .    11 punct   -
    """
    assert _type_of(doc, "K. Halloran") == "ORG"


def test_the_next_sentences_its_makes_the_speaker_a_firm() -> None:
    """ "K. Halloran said world output would fall. In its weekly report it said Ruritania would import
    sugar." """
    doc = """
    K.         K.         PROPN NNP  2 compound PERSON
    Halloran   Halloran   PROPN NNP  3 nsubj    I-PERSON
    said       say        VERB  VBD  0 ROOT     -
    world      world      NOUN  NN   5 compound -
    output     output     NOUN  NN   7 nsubj    -
    would      would      AUX   MD   7 aux      -
    fall       fall       VERB  VB   3 ccomp    -
    .          .          PUNCT .    3 punct    -
    In         in         ADP   IN   14 prep    -
    its        its        PRON  PRP$ 12 poss    -
    weekly     weekly     ADJ   JJ   12 amod    DATE
    report     report     NOUN  NN   9 pobj     -
    it         it         PRON  PRP  14 nsubj   -
    said       say        VERB  VBD  0 ROOT     -
    Ruritania  Ruritania  PROPN NNP  17 nsubj   GPE
    would      would      AUX   MD   17 aux     -
    import     import     VERB  VB   14 ccomp   -
    sugar      sugar      NOUN  NN   17 dobj    -
    .          .          PUNCT .    14 punct   -
    """
    assert _type_of(doc, "K. Halloran") == "ORG"


def test_a_speaker_the_sentence_calls_he_stays_a_person() -> None:
    """ "Halloran said he expected Ruritania to import sugar. The firm said prices would rise." """
    doc = """
    Halloran   Halloran   PROPN NNP  2 nsubj    PERSON
    said       say        VERB  VBD  0 ROOT     -
    he         he         PRON  PRP  4 nsubj    -
    expected   expect     VERB  VBD  2 ccomp    -
    Ruritania  Ruritania  PROPN NNP  4 dobj     GPE
    to         to         PART  TO   7 aux      -
    import     import     VERB  VB   4 xcomp    -
    sugar      sugar      NOUN  NN   7 dobj     -
    .          .          PUNCT .    2 punct    -
    The        the        DET   DT   11 det     -
    firm       firm       NOUN  NN   12 nsubj   -
    said       say        VERB  VBD  0 ROOT     -
    prices     price      NOUN  NNS  15 nsubj   -
    would      would      AUX   MD   15 aux     -
    rise       rise       VERB  VB   12 ccomp   -
    .          .          PUNCT .    12 punct   -
    """
    assert _type_of(doc, "Halloran") == "PERSON"
