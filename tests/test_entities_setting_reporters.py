"""A news outlet's correspondent says who reports a story, not where it happens: no evidence of the state a
bare "the police" or "the army" belongs to (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read


def test_a_correspondent_of_a_foreign_outlet_does_not_make_the_article_that_outlet_s_state() -> None:
    # "The BBC's Ana Ruiz in Cairo said the police fired.": the police are not British
    reading = read("""
    The      the      DET   DT  2 det      -
    BBC      BBC      PROPN NNP 5 poss     ORG
    's       's       PART  POS 2 case     -
    Ana      Ana      PROPN NNP 5 compound PERSON
    Ruiz     Ruiz     PROPN NNP 8 nsubj    I-PERSON
    in       in       ADP   IN  5 prep     -
    Cairo    Cairo    PROPN NNP 6 pobj     GPE
    said     say      VERB  VBD 0 ROOT     -
    the      the      DET   DT  10 det     -
    police   police   NOUN  NN  11 nsubj   -
    fired    fire     VERB  VBD 8 ccomp    -
    .        .        PUNCT .   8 punct    -
    """)
    entities = {e.label: e.country for e in reading.entities.entities()}
    assert entities["Ana Ruiz"] == "GBR"  # she is still the outlet's
    assert "British police" not in entities
