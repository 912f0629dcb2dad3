"""A state's or a people's adjective alone is no actor (wave 43 B): "the leading force in European
aviation", parsed with the adjective the object of "in", relates nothing to "European"; "the Japanese
said" (the article makes it the people), a headline's "Japanese condemn Peru" and an adjective before a
noun of people ("talks with European officials", the noun misattached) keep their people. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_an_adjective_misread_as_the_object_of_a_preposition_is_no_actor() -> None:
    table = """
    Acme     Acme     PROPN NNP 2 nsubj    ORG
    is       be       AUX   VBZ 0 ROOT     -
    the      the      DET   DT  5 det      -
    leading  lead     VERB  VBG 5 amod     -
    force    force    NOUN  NN  2 attr     -
    in       in       ADP   IN  5 prep     -
    European european ADJ   JJ  6 pobj     NORP
    aviation aviation NOUN  NN  2 npadvmod -
    .        .        PUNCT .   2 punct    -
    """
    assert not any(o == "European" for _, _, o, _ in facts_with_roots(table))


def test_the_people_an_article_makes_of_an_adjective_act() -> None:
    table = """
    The       the       DET   DT  2 det   -
    Japanese  japanese  ADJ   JJ  3 nsubj NORP
    condemned condemn   VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 3 dobj  GPE
    .         .         PUNCT .   3 punct -
    """
    assert ("Japan", "condemn", "Peru", "11") in facts_with_roots(table)


def test_an_adjective_before_a_misattached_noun_of_people_keeps_them() -> None:
    table = """
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    rejected  reject    VERB  VBD 0 ROOT     -
    talks     talk      NOUN  NNS 2 dobj     -
    with      with      ADP   IN  3 prep     -
    European  european  ADJ   JJ  4 pobj     NORP
    officials official  NOUN  NNS 2 npadvmod -
    .         .         PUNCT .   2 punct    -
    """
    assert ("Peru", "reject talk with", "European", "12") in facts_with_roots(table)
