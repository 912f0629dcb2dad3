"""Wave 108 F: a retreat with its particle and preposition before a gerund ("backed down on giving loans to
X", "is backing off from sending aid to Y") gives the deed up: the retreat is the event (yield, 08), never the
aid it names (words.tsv chain_verbs, negating_verbs; voice._listed_with_preposition). Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import roots_between


def test_backing_down_on_giving_loans_yields() -> None:
    assert roots_between(
        """
    Canada  Canada  PROPN NNP 2 nsubj  GPE
    backed  back    VERB  VBD 0 ROOT   -
    down    down    ADP   RP  2 prt    -
    on      on      ADP   IN  2 prep   -
    giving  give    VERB  VBG 4 pcomp  -
    loans   loan    NOUN  NNS 5 dobj   -
    to      to      ADP   IN  5 dative -
    Peru    Peru    PROPN NNP 7 pobj   GPE
    .       .       PUNCT .   2 punct  -
    """,
        "Canada",
        "Peru",
    ) == {"08"}


def test_backing_off_from_sending_aid_yields() -> None:
    assert roots_between(
        """
    Canada   Canada  PROPN NNP 3 nsubj GPE
    is       be      AUX   VBZ 3 aux   -
    backing  back    VERB  VBG 0 ROOT  -
    off      off     ADP   RP  3 prt   -
    from     from    ADP   IN  3 prep  -
    sending  send    VERB  VBG 5 pcomp -
    aid      aid     NOUN  NN  6 dobj  -
    to       to      ADP   IN  6 prep  -
    Peru     Peru    PROPN NNP 8 pobj  GPE
    .        .       PUNCT .   3 punct -
    """,
        "Canada",
        "Peru",
    ) == {"08"}
