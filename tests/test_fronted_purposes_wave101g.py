"""Wave 101 G: a "to"-infinitive that opens a content clause, right after its "that" and set off by a comma
("is learning that to extract concessions from Peru, tougher steps are needed") is the clause's aim, as "To
win X, Chile must …" opening a sentence is: no deed, whatever verb the parser made it the complement of
(voice.purpose through voice._opens_content_clause). The infinitive a verb takes ("is trying to extract
concessions from Peru") stays the verb's. The parses are stated by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "The Chilean government is learning that to extract concessions from Peru, tougher steps are needed.",
# with the parser's reading: the infinitive the complement of "learning"
_THAT_TO_EXTRACT = """
The          the          DET   DT   3   det       -
Chilean      Chilean      ADJ   JJ   3   amod      NORP
government   government   NOUN  NN   5   nsubj     -
is           be           AUX   VBZ  5   aux       -
learning     learn        VERB  VBG  16  ccomp     -
that         that         SCONJ IN   5   dobj      -
to           to           PART  TO   8   aux       -
extract      extract      VERB  VB   5   xcomp     -
concessions  concession   NOUN  NNS  8   dobj      -
from         from         ADP   IN   9   prep      -
Peru         Peru         PROPN NNP  10  pobj      GPE
,            ,            PUNCT ,    16  punct     -
tougher      tough        ADJ   JJR  14  amod      -
steps        step         NOUN  NNS  16  nsubjpass -
are          be           AUX   VBP  16  auxpass   -
needed       need         VERB  VBN  0   ROOT      -
.            .            PUNCT .    16  punct     -
"""

# "The Chilean government is trying to extract concessions from Peru."
_TRYING_TO_EXTRACT = """
The          the          DET   DT   3   det       -
Chilean      Chilean      ADJ   JJ   3   amod      NORP
government   government   NOUN  NN   5   nsubj     -
is           be           AUX   VBZ  5   aux       -
trying       try          VERB  VBG  0   ROOT      -
to           to           PART  TO   7   aux       -
extract      extract      VERB  VB   5   xcomp     -
concessions  concession   NOUN  NNS  7   dobj      -
from         from         ADP   IN   8   prep      -
Peru         Peru         PROPN NNP  9   pobj      GPE
.            .            PUNCT .    5   punct     -
"""


def _to_peru(table: str) -> set[tuple[str, str | None]]:
    return {(pred, mod) for _, pred, obj, _, mod, _ in read_modal_acts(table) if obj == "Peru"}


def test_infinitive_opening_a_content_clause_is_its_aim() -> None:
    assert _to_peru(_THAT_TO_EXTRACT) == set()


def test_infinitive_a_verb_takes_stays_its_own() -> None:
    assert _to_peru(_TRYING_TO_EXTRACT)
