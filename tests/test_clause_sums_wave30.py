"""Wave 30: a sum's noun is what was given ("extended $5 million in credits to X" is `extend credit to`,
whichever word the parser hangs "in credits" on), unless the verb spends the sum somewhere ("invested
$5 million in roads in X"); "on behalf of X" names whom a payment is for, not who is paid; a hyphenated
word before the object noun stays whole ("a truth-seeking team"). Parses are built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_the_noun_after_a_sums_in_is_what_was_lent() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    extended   extend     VERB  VBD  0  ROOT     -
    $          $          SYM   $    5  quantmod MONEY
    5          5          NUM   CD   5  compound I-MONEY
    million    million    NUM   CD   2  dobj     I-MONEY
    in         in         ADP   IN   5  prep     -
    credits    credit     NOUN  NNS  6  pobj     -
    to         to         ADP   IN   2  prep     -
    Peru       Peru       PROPN NNP  8  pobj     GPE
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == {("Chile", "extend credit to", "Peru", "07")}


def test_a_payment_on_someones_behalf_is_named_by_its_noun() -> None:
    # the parser hangs "in penalties" on the verb, right after the sum
    facts = facts_with_roots(
        """
    Ana        Ana        PROPN NNP  2  compound PERSON
    Lopez      Lopez      PROPN NNP  3  nsubj    I-PERSON
    paid       pay        VERB  VBD  0  ROOT     -
    $          $          SYM   $    6  quantmod MONEY
    9,000      9,000      NUM   CD   6  compound I-MONEY
    dollars    dollar     NOUN  NNS  3  dobj     I-MONEY
    in         in         ADP   IN   3  prep     -
    penalties  penalty    NOUN  NNS  7  pobj     -
    on         on         ADP   IN   3  prep     -
    behalf     behalf     NOUN  NN   9  pobj     -
    of         of         ADP   IN   10 prep     -
    Marta      Marta      PROPN NNP  13 compound PERSON
    Ruiz       Ruiz       PROPN NNP  11 pobj     I-PERSON
    .          .          PUNCT .    3  punct    -
    """
    )
    assert {predicate for _, predicate, _, _ in facts} == {"pay penalty on behalf of"}


def test_a_sum_invested_in_a_thing_is_not_named_by_it() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    invested   invest     VERB  VBD  0  ROOT     -
    $          $          SYM   $    5  quantmod MONEY
    5          5          NUM   CD   5  compound I-MONEY
    million    million    NUM   CD   2  dobj     I-MONEY
    in         in         ADP   IN   5  prep     -
    roads      road       NOUN  NNS  6  pobj     -
    in         in         ADP   IN   2  prep     -
    Peru       Peru       PROPN NNP  8  pobj     GPE
    .          .          PUNCT .    2  punct    -
    """
    )
    assert {predicate for _, predicate, _, _ in facts} == {"invest in"}


def test_a_hyphenated_word_before_the_object_stays_whole() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    sent       send       VERB  VBD  0  ROOT     -
    a          a          DET   DT   7  det      -
    truth      truth      NOUN  NN   6  npadvmod -
    -          -          PUNCT HYPH 6  punct    -
    seeking    seek       VERB  VBG  7  amod     -
    team       team       NOUN  NN   2  dobj     -
    to         to         ADP   IN   2  prep     -
    Peru       Peru       PROPN NNP  8  pobj     GPE
    .          .          PUNCT .    2  punct    -
    """
    )
    assert {predicate for _, predicate, _, _ in facts} == {"send truth-seeking team to"}
