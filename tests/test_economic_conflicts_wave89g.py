"""A conflict, war or battle of trade is a dispute, no fight (wave 89 G): "the currency conflict between
Chile and Peru", "a conflict between the two major trading powers -- Chile and Peru --" take what the
lexicon gives "dispute" (110, root 11), while a border or armed conflict and a plain war stay fights (19).
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import roots_between

CONFLICT = """
The        the        DET   DT  3 det      -
{word}     {word}     {pos} {tag} 3 {dep}  -
{noun}     {noun}     NOUN  NN  8 nsubj    -
between    between    ADP   IN  3 prep     -
Chile      Chile      PROPN NNP 4 pobj     GPE
and        and        CCONJ CC  5 cc       -
Peru       Peru       PROPN NNP 5 conj     GPE
worsened   worsen     VERB  VBD 0 ROOT     -
.          .          PUNCT .   8 punct    -
"""


def _roots(word: str, noun: str) -> set[str | None]:
    adjective = word in ("economic", "armed", "commercial")
    table = CONFLICT.format(
        word=word,
        noun=noun,
        pos="ADJ" if adjective else "NOUN",
        tag="JJ" if adjective else "NN",
        dep="amod" if adjective else "compound",
    )
    return roots_between(table, "Chile", "Peru")


def test_a_conflict_of_trade_between_states_is_a_dispute() -> None:
    for word, noun in (
        ("currency", "conflict"),
        ("trade", "conflict"),
        ("tariff", "conflict"),
        ("economic", "war"),
        ("trade", "battle"),
        ("commercial", "conflict"),
    ):
        assert _roots(word, noun) == {"11"}, (word, noun, _roots(word, noun))
    # a border or armed conflict is a fight
    assert _roots("border", "conflict") == {"19"}
    assert _roots("armed", "conflict") == {"19"}


TRADING_POWERS = """
Ito        Ito        PROPN NNP 2  nsubj    PERSON
warned     warn       VERB  VBD 0  ROOT     -
of         of         ADP   IN  2  prep     -
a          a          DET   DT  5  det      -
conflict   conflict   NOUN  NN  3  pobj     -
between    between    ADP   IN  5  prep     -
the        the        DET   DT  11 det      -
two        two        NUM   CD  11 nummod   -
major      major      ADJ   JJ  11 amod     -
{word}     {word}     NOUN  NN  11 compound -
powers     power      NOUN  NNS 6  pobj     -
--         --         PUNCT :   11 punct    -
Chile      Chile      PROPN NNP 11 appos    GPE
and        and        CCONJ CC  13 cc       -
Peru       Peru       PROPN NNP 13 conj     GPE
--         --         PUNCT :   13 punct    -
.          .          PUNCT .   2  punct    -
"""


def test_a_conflict_between_trading_powers_is_a_dispute() -> None:
    assert roots_between(TRADING_POWERS.format(word="trading"), "Chile", "Peru") == {"11"}
    # between two military powers it stays a fight
    assert roots_between(TRADING_POWERS.format(word="military"), "Chile", "Peru") == {"19"}
