"""Wave 100 H: a speaker's own doubt is no claim. A quotation or clause under "I'm not sure", "I don't
think" says the speaker does not hold it: the content is no word of theirs about the one it names (no speech
edge to it); "It is not clear whether ..." asks an open question, no claim either. "I'm sure Peru will ..."
still reports Peru. The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# '"I'm not sure Peru can do much more," said Tom Reed.'
_NOT_SURE = """
"       "       PUNCT ``   3   punct  -
I       I       PRON  PRP  3   nsubj  -
'm      be      AUX   VBP  13  ccomp  -
not     not     PART  RB   3   neg    -
sure    sure    ADJ   JJ   3   acomp  -
Peru    Peru    PROPN NNP  8   nsubj  GPE
can     can     AUX   MD   8   aux    -
do      do      VERB  VB   5   ccomp  -
much    much    ADV   RB   10  advmod -
more    more    ADJ   JJR  8   dobj   -
,       ,       PUNCT ,    13  punct  -
"       "       PUNCT ''   13  punct  -
said    say     VERB  VBD  0   ROOT   -
Tom     Tom     PROPN NNP  15  compound PERSON
Reed    Reed    PROPN NNP  13  nsubj  I-PERSON
.       .       PUNCT .    13  punct  -
"""

# '"I'm very sure Peru can do much more," said Tom Reed.': the speaker holds it
_SURE = _NOT_SURE.replace("not     not     PART  RB   3   neg", "very    very    ADV   RB   5   advmod")

# '"It is not clear whether Peru will sign," said Tom Reed.'
_NOT_CLEAR_WHETHER = """
"        "        PUNCT ``   3   punct  -
It       it       PRON  PRP  3   nsubj  -
is       be       AUX   VBZ  12  ccomp  -
not      not      PART  RB   3   neg    -
clear    clear    ADJ   JJ   3   acomp  -
whether  whether  SCONJ IN   9   mark   -
Peru     Peru     PROPN NNP  9   nsubj  GPE
will     will     AUX   MD   9   aux    -
sign     sign     VERB  VB   3   ccomp  -
,        ,        PUNCT ,    12  punct  -
"        "        PUNCT ''   12  punct  -
said     say      VERB  VBD  0   ROOT   -
Tom      Tom      PROPN NNP  14  compound PERSON
Reed     Reed     PROPN NNP  12  nsubj  I-PERSON
.        .        PUNCT .    12  punct  -
"""


def _about_peru(table: str) -> set[tuple[str, str, str]]:
    return {t for t in read_triples(table) if t[0] == "Tom Reed" and t[2] == "Peru"}


def test_not_sure_is_no_word_about_the_content() -> None:
    assert _about_peru(_NOT_SURE) == set()
    assert _about_peru(_SURE) != set()


def test_an_open_question_is_no_word_about_its_subject() -> None:
    assert _about_peru(_NOT_CLEAR_WHETHER) == set()
