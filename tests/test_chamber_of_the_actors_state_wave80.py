"""A chamber several states have by one name (wave 80 H): "House of Commons" is Britain's and Canada's; the
table gives it Britain, but the person acting in it, when of Canada, makes it Canada's
(affiliations/organisations._actors_chamber; words.tsv chamber_states). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read

_TABLE = """
    {adj}  {adj_lemma}  {adj_pos} {adj_tag} 3  {adj_dep} NORP
    {office}  {office}  PROPN  NNP  3  compound -
    Minister  Minister  PROPN  NNP  5  compound -
    Anne      Anne      PROPN  NNP  5  compound PERSON
    Brooks    Brooks    PROPN  NNP  6  nsubj    I-PERSON
    defended  defend    VERB   VBD  0  ROOT     -
    her       her       PRON   PRP$ 8  poss     -
    budget    budget    NOUN   NN   6  dobj     -
    in        in        ADP    IN   6  prep     -
    the       the       DET    DT   11 det      ORG
    House     House     PROPN  NNP  9  pobj     I-ORG
    of        of        ADP    IN   11 prep     I-ORG
    Commons   Commons   PROPN  NNP  12 pobj     I-ORG
    .         .         PUNCT  .    6  punct    -
    """


def test_a_canadian_minister_acting_in_the_house_of_commons_makes_it_canadas() -> None:
    reading = read(
        _TABLE.format(
            adj="Canadian",
            adj_lemma="canadian",
            adj_pos="ADJ",
            adj_tag="JJ",
            adj_dep="amod",
            office="Finance",
        )
    )
    assert country_of(reading, "Anne Brooks") == "CAN"
    assert country_of(reading, "House of Commons") == "CAN"


def test_a_british_minister_acting_in_the_house_of_commons_keeps_it_britains() -> None:
    reading = read(
        _TABLE.format(
            adj="British",
            adj_lemma="British",
            adj_pos="PROPN",
            adj_tag="NNP",
            adj_dep="compound",
            office="Finance",
        )
    )
    assert country_of(reading, "House of Commons") == "GBR"
