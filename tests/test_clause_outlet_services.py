"""An outlet named by one of its services ("told ABC radio") is the outlet; a service the words went out on
("said on CNN television") is their medium; a name two states' outlets share goes by the article's places
(sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import country_of, facts, read


def test_told_an_outlet_s_radio_is_told_the_outlet() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2  compound PERSON
    Roe       Roe       PROPN NNP 3  nsubj    I-PERSON
    told      tell      VERB  VBD 0  ROOT     -
    NHK       NHK       PROPN NNP 5  compound ORG
    radio     radio     NOUN  NN  3  dobj     -
    prices    price     NOUN  NNS 7  nsubj    -
    rose      rise      VERB  VBD 3  ccomp    -
    .         .         PUNCT .   3  punct    -
    """)
    assert ("Ana Roe", "tell", "NHK") in facts(reading, "svo")


def test_said_on_an_outlet_s_television_is_no_party() -> None:
    reading = read("""
    Ana       Ana        PROPN NNP 2  compound PERSON
    Roe       Roe        PROPN NNP 3  nsubj    I-PERSON
    said      say        VERB  VBD 0  ROOT     -
    on        on         ADP   IN  3  prep     -
    NHK       NHK        PROPN NNP 6  compound ORG
    television television NOUN NN  4  pobj     -
    prices    price      NOUN  NNS 8  nsubj    -
    rose      rise       VERB  VBD 3  ccomp    -
    .         .          PUNCT .   3  punct    -
    """)
    assert not any(o == "NHK" for _, _, o in facts(reading, "prep"))


def test_an_outlet_name_two_states_share_goes_by_the_article_s_places() -> None:
    table = """
    Ana       Ana       PROPN NNP 2  compound PERSON
    Roe       Roe       PROPN NNP 3  nsubj    I-PERSON
    told      tell      VERB  VBD 0  ROOT     -
    ABC       ABC       PROPN NNP 3  dobj     ORG
    in        in        ADP   IN  3  prep     -
    {place}   {place}   PROPN NNP 5  pobj     GPE
    .         .         PUNCT .   3  punct    -
    """
    assert country_of(read(table.format(place="Brisbane")), "ABC") == "AUS"
    assert country_of(read(table.format(place="Denver")), "ABC") == "USA"


def test_an_outlet_name_two_states_share_goes_to_the_state_the_article_names_most() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2  compound PERSON
    Roe       Roe       PROPN NNP 3  nsubj    I-PERSON
    told      tell      VERB  VBD 0  ROOT     -
    ABC       ABC       PROPN NNP 3  dobj     ORG
    in        in        ADP   IN  3  prep     -
    Brisbane  Brisbane  PROPN NNP 5  pobj     GPE
    that      that      SCONJ IN  12 mark     -
    Perth     Perth     PROPN NNP 12 nsubj    GPE
    and       and       CCONJ CC  8  cc       -
    Denver    Denver    PROPN NNP 8  conj     GPE
    had       have      AUX   VBD 12 aux      -
    won       win       VERB  VBN 3  ccomp    -
    .         .         PUNCT .   3  punct    -
    """)
    assert country_of(reading, "ABC") == "AUS"
