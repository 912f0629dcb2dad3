"""Wave 121 H: a paper that only reported a sentence ("…, the Wall Street Journal reported") is not what the
"it" of the next sentence means: "It was headed by Jan Smit" speaks of the group of banks the report was
about, and Jan Smit heads no paper (a sentence of our own, parse written by hand)."""

from __future__ import annotations

from hand_docs import read

PAPER_REPORTED = """
A          a          DET   DT   2  det       -
group      group      NOUN  NN   6  nsubj     -
of         of         ADP   IN   2  prep      -
Dutch      dutch      ADJ   JJ   5  amod      NORP
banks      bank       NOUN  NNS  3  pobj      -
visited    visit      VERB  VBD  20 ccomp     -
the        the        DET   DT   8  det       -
Bundesbank Bundesbank PROPN NNP  6  dobj      ORG
in         in         ADP   IN   6  prep      -
May        May        PROPN NNP  9  pobj      DATE
to         to         PART  TO   12 aux       -
lobby      lobby      VERB  VB   6  advcl     -
for        for        ADP   IN   12 prep      -
reform     reform     NOUN  NN   13 pobj      -
,          ,          PUNCT ,    20 punct     -
the        the        DET   DT   19 det       -
Wall       Wall       PROPN NNP  18 compound  ORG
Street     Street     PROPN NNP  19 compound  I-ORG
Journal    Journal    PROPN NNP  20 nsubj     I-ORG
reported   report     VERB  VBD  0  ROOT      -
.          .          PUNCT .    20 punct     -
It         it         PRON  PRP  24 nsubjpass -
was        be         AUX   VBD  24 auxpass   -
headed     head       VERB  VBN  0  ROOT      -
by         by         ADP   IN   24 agent     -
Jan        Jan        PROPN NNP  27 compound  PERSON
Smit       Smit       PROPN NNP  25 pobj      I-PERSON
.          .          PUNCT .    24 punct     -
"""


def test_it_after_a_paper_reported_is_not_the_paper() -> None:
    reading = read(PAPER_REPORTED)
    label = {e.id: e.label for e in reading.entities.entities()}
    led = {(label[r.subject.entity_id], label[r.object.entity_id]) for r in reading.relations}
    assert ("Jan Smit", "Wall Street Journal") not in led
