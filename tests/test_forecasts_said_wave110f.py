"""A speaker's word of foretelling is a statement of what is to come (CAMEO 01), as "forecast" is, and his own
word is attributed to no one (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read_attributed, roots_between

# "Carl Berg said he expects Brazil to lend money."
EXPECTS = """
Carl       Carl       PROPN NNP  2   compound  PERSON
Berg       Berg       PROPN NNP  3   nsubj     I-PERSON
said       say        VERB  VBD  0   ROOT      -
he         he         PRON  PRP  5   nsubj     -
expects    expect     VERB  VBZ  3   ccomp     -
Brazil     Brazil     PROPN NNP  8   nsubj     GPE
to         to         PART  TO   8   aux       -
lend       lend       VERB  VB   5   ccomp     -
money      money      NOUN  NN   8   dobj      -
.          .          PUNCT .    3   punct     -
"""


def test_an_expectation_said_is_a_statement() -> None:
    assert roots_between(EXPECTS, "Carl Berg", "Brazil") == {"01"}


def test_the_speakers_own_word_is_not_attributed_to_him() -> None:
    assert ("Carl Berg", "expect", "Brazil", None) in read_attributed(EXPECTS)
