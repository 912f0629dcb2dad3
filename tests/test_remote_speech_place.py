"""Words of speech that relate no party: the "from" of an interview or a broadcast followed by a place
(where the speaker was), and what a headline's "SAYS" takes as its object (what is said). Sentences written
for these tests, parses built by hand."""

from __future__ import annotations

from hand_docs import read

INTERVIEW_FROM = """
Jorge      Jorge      PROPN NNP  2   compound  PERSON
Vidal      Vidal      PROPN NNP  3   nsubj     I-PERSON
said       say        VERB  VBD  0   ROOT      -
in         in         ADP   IN   3   prep      -
an         an         DET   DT   6   det       -
interview  interview  NOUN  NN   4   pobj      -
from       from       ADP   IN   6   prep      -
Madrid     Madrid     PROPN NNP  7   pobj      GPE
with       with       ADP   IN   6   prep      -
Chilean    Chilean    PROPN NNP  11  compound  NORP
radio      radio      NOUN  NN   9   pobj      -
that       that       PRON  WDT  15  pobj      -
a          a          DET   DT   14  det       -
deal       deal       NOUN  NN   15  nsubj     -
was        be         AUX   VBD  3   ccomp     -
near       near       ADJ   JJ   15  acomp     -
.          .          PUNCT .    3   punct     -
"""


def _labels(reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_the_place_an_interview_is_given_from_is_no_party() -> None:
    found = _labels(read(INTERVIEW_FROM))
    assert not [f for f in found if "Spain" in (f[0], f[2]) or "Madrid" in (f[0], f[2])]


def test_a_statement_from_a_capital_still_speaks_for_its_state() -> None:
    # "... in a statement from Madrid ...": a statement's "from" is who issued it
    table = INTERVIEW_FROM.replace("interview  interview", "statement  statement")
    found = _labels(read(table))
    assert [f for f in found if f[0] == "Spain"]


# "CHILE SAYS NEAR ACCORD WITH PERU" (a headline)
SAYS_NEAR_ACCORD = """
CHILE      CHILE      PROPN NNP  2   nsubj     GPE
SAYS       say        VERB  VBZ  0   ROOT      -
NEAR       NEAR       PROPN NNP  4   compound  -
ACCORD     ACCORD     PROPN NNP  2   dobj      -
WITH       with       ADP   IN   4   prep      -
PERU       PERU       PROPN NNP  5   pobj      GPE
"""


def test_what_a_headline_says_names_no_party_of_the_saying() -> None:
    assert not [f for f in _labels(read(SAYS_NEAR_ACCORD)) if f[1].startswith("say")]


def test_a_verb_that_acts_on_its_object_still_reaches_through_it() -> None:
    table = SAYS_NEAR_ACCORD.replace("SAYS       say  ", "SIGNS      sign ")
    assert [f for f in _labels(read(table)) if f[1].startswith("sign")]


# "Juan Soto said from Lima that Chile was wrong."
SAID_FROM = """
Juan   Juan   PROPN NNP 2 compound PERSON
Soto   Soto   PROPN NNP 3 nsubj    I-PERSON
said   say    VERB  VBD 0 ROOT     -
from   from   ADP   IN  3 prep     -
Lima   Lima   PROPN NNP 4 pobj     GPE
that   that   SCONJ IN  8 mark     -
Chile  Chile  PROPN NNP 8 nsubj    GPE
was    be     AUX   VBD 3 ccomp    -
wrong  wrong  ADJ   JJ  8 acomp    -
.      .      PUNCT .   3 punct    -
"""


def test_the_place_a_speaker_speaks_from_is_no_party() -> None:
    found = _labels(read(SAID_FROM))
    assert ("Juan Soto", "criticise", "Chile") in found
    assert not [f for f in found if f[2] in ("Lima", "Peru")]
