"""Lead fixes of stop 39: a reprisal in a sentence about trade is a counter-measure (CAMEO
163, a sanction), not a use of force (19); a reprisal with no word of trade stays force; a trade status
withdrawn from a state is a sanction, not a retreat from it; a question put to a speaker by someone unnamed
("Asked whom he meant, X said ...") makes none of the named ask another. Parses are built by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples, roots_between

TRADE_REPRISAL = """
Chile       Chile       PROPN NNP   2 nsubj     GPE
retaliated  retaliate   VERB  VBD   0 ROOT      -
against     against     ADP   IN    2 prep      -
Peru        Peru        PROPN NNP   3 pobj      GPE
after       after       SCONJ IN    7 mark      -
Lima        Lima        PROPN NNP   7 nsubj     GPE
raised      raise       VERB  VBD   2 advcl     -
its         its         PRON  PRP$ 10 poss      -
textile     textile     NOUN  NN   10 compound  -
tariffs     tariff      NOUN  NNS   7 dobj      -
.           .           PUNCT .     2 punct     -
"""

ARMED_REPRISAL = """
Chile       Chile       PROPN NNP   2 nsubj     GPE
retaliated  retaliate   VERB  VBD   0 ROOT      -
against     against     ADP   IN    2 prep      -
Peru        Peru        PROPN NNP   3 pobj      GPE
after       after       SCONJ IN    7 mark      -
Lima        Lima        PROPN NNP   7 nsubj     GPE
shelled     shell       VERB  VBD   2 advcl     -
its         its         PRON  PRP$ 10 poss      -
border      border      NOUN  NN   10 compound  -
posts       post        NOUN  NNS   7 dobj      -
.           .           PUNCT .     2 punct     -
"""


def test_a_reprisal_in_a_sentence_about_trade_is_a_counter_measure() -> None:
    assert roots_between(TRADE_REPRISAL, "Chile", "Peru") == {"16"}


def test_a_reprisal_with_no_word_of_trade_stays_force() -> None:
    assert roots_between(ARMED_REPRISAL, "Chile", "Peru") == {"19"}


def test_a_trade_status_withdrawn_from_a_state_is_a_sanction_not_a_retreat() -> None:
    roots = roots_between(
        """
        Canada    Canada    PROPN NNP  2 nsubj     GPE
        withdrew  withdraw  VERB  VBD  0 ROOT      -
        trading   trading   NOUN  NN   4 compound  -
        status    status    NOUN  NN   2 dobj      -
        from      from      ADP   IN   2 prep      -
        Poland    Poland    PROPN NNP  5 pobj      GPE
        .         .         PUNCT .    2 punct     -
        """,
        "Canada",
        "Poland",
    )
    assert roots == {"16"}


ASKED_WHOM_HE_MEANT = """
Asked      ask        VERB  VBN    7 advcl     -
whom       whom       PRON  WP     4 dobj      -
he         he         PRON  PRP    4 nsubj     -
meant      mean       VERB  VBD    1 ccomp     -
,          ,          PUNCT ,      7 punct     -
Smith      Smith      PROPN NNP    7 nsubj     ORG
said       say        VERB  VBD    0 ROOT      -
former     former     ADJ   JJ     9 amod      -
adviser    adviser    NOUN  NN    11 compound  -
Tom        Tom        PROPN NNP   11 compound  PERSON
Reed       Reed       PROPN NNP    7 nsubj     I-PERSON
;          ;          PUNCT :      7 punct     -
Reed       Reed       PROPN NNP   15 poss      PERSON
's         's         PART  POS   13 case      -
successor  successor  NOUN  NN    17 compound  -
Jim        Jim        PROPN NNP   17 compound  PERSON
Hale       Hale       PROPN NNP    7 conj      I-PERSON
;          ;          PUNCT :     17 punct     -
and        and        CCONJ CC    17 cc        -
aide       aide       VERB  VB    22 compound  -
Bob        Bob        PROPN NNP   22 compound  PERSON
Marsh      Marsh      PROPN NNP   17 conj      I-PERSON
.          .          PUNCT .      7 punct     -
"""


def test_a_question_put_to_the_speaker_asks_nobody_named() -> None:
    # "Asked whom he meant, Smith said X; Y; Z": an unnamed asker; the names answer, none asks another
    facts = read_triples(ASKED_WHOM_HE_MEANT)
    assert not [f for f in facts if f[1] == "ask"]
