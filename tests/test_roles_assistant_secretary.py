"""The "State" of "Assistant Secretary of State" is the State Department of the United States: the title is
that state's (titles.tsv state_titles), and the words after its "of" are no organisation
(mentions.mention_from_span, _title_object_at)."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import facts, parse, read


def test_an_assistant_secretary_of_state_is_of_the_united_states() -> None:
    reading = read("""
    Assistant  Assistant  PROPN NNP 2 nmod     -
    Secretary  Secretary  PROPN NNP 6 nmod     -
    of         of         ADP   IN  2 prep     -
    State      State      PROPN NNP 3 pobj     ORG
    Ana        Ana        PROPN NNP 6 compound PERSON
    Lind       Lind       PROPN NNP 7 nsubj    I-PERSON
    arrived    arrive     VERB  VBD 0 ROOT     -
    .          .          PUNCT .   7 punct    -
    """)
    assert ("Ana Lind", "assistant secretary of state of", "United States") in facts(reading, "title")


def test_the_state_and_portfolio_of_a_secretarys_title_are_no_body() -> None:
    doc = parse("""
    Assistant  Assistant  PROPN NNP 2 nmod     -
    Secretary  Secretary  PROPN NNP 9 nmod     -
    of         of         ADP   IN  2 prep     -
    State      State      PROPN NNP 3 pobj     ORG
    for        for        ADP   IN  2 prep     I-ORG
    Fishing    Fishing    PROPN NNP 7 compound I-ORG
    Affairs    Affairs    PROPN NNPS 5 pobj    I-ORG
    Ana        Ana        PROPN NNP 9 compound PERSON
    Lind       Lind       PROPN NNP 10 nsubj   I-PERSON
    arrived    arrive     VERB  VBD 0 ROOT     -
    .          .          PUNCT .   10 punct   -
    """)
    assert {m.text for m in find_mentions(doc)} == {"Ana Lind"}
