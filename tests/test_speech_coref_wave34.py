"""Who "he" is after an unnamed speaker (wave 34), on hand-built parses of sentences of our own: never a body
the tagger took for a person, nor the hearer a sentence names in between."""

from __future__ import annotations

from hand_docs import by_rule, read

TOLD_A_PAPER = """
The        the        DET   DT   2  det       -
official   official   NOUN  NN   3  nsubj     -
told       tell       VERB  VBD  0  ROOT      -
Dagens     Dagens     PROPN NNP  5  compound  PERSON
Nyheter    Nyheter    PROPN NNP  3  dobj      I-PERSON
that       that       SCONJ IN   8  mark      -
Peru       Peru       PROPN NNP  8  nsubj     GPE
was        be         AUX   VBD  3  ccomp     -
ready      ready      ADJ   JJ   8  acomp     -
.          .          PUNCT .    3  punct     -
He         he         PRON  PRP  12 nsubj     -
added      add        VERB  VBD  0  ROOT      -
that       that       SCONJ IN   15 mark      -
Chile      Chile      PROPN NNP  15 nsubj     GPE
attacked   attack     VERB  VBD  12 ccomp     -
Bolivia    Bolivia    PROPN NNP  15 dobj      GPE
.          .          PUNCT .    12 punct     -
"""


def test_he_who_adds_is_the_unnamed_speaker_not_the_hearer_named_in_between() -> None:
    """ "The official told Dagens Nyheter that … He added that Chile attacked Bolivia": the official goes
    on speaking; the paper (a name the tagger took for a person's) only heard."""
    reading = read(TOLD_A_PAPER)
    [attacked] = by_rule(reading, "svo")
    assert attacked.attributed_to != "person:dagens_nyheter"


INTERVIEWED_BY_A_PAPER = """
The        the        DET   DT   3  det       -
Lima       Lima       PROPN NNP  3  compound  PERSON
Gazette    Gazette    PROPN NNP  4  nsubj     I-PERSON
interviewed interview VERB  VBD  0  ROOT      -
Peru       Peru       PROPN NNP  7  poss      GPE
's         's         PART  POS  5  case      -
envoy      envoy      NOUN  NN   4  dobj      -
.          .          PUNCT .    4  punct     -
He         he         PRON  PRP  10 nsubj     -
said       say        VERB  VBD  0  ROOT      -
that       that       SCONJ IN   13 mark      -
Chile      Chile      PROPN NNP  13 nsubj     GPE
attacked   attack     VERB  VBD  10 ccomp     -
Bolivia    Bolivia    PROPN NNP  13 dobj      GPE
.          .          PUNCT .    10 punct     -
"""


def test_he_is_never_a_body_the_tagger_took_for_a_person() -> None:
    """ "The Lima Gazette interviewed Peru's envoy. He said …": a name ending in a head noun of bodies
    ("Gazette", "Post", "Embassy") is no "he", whatever type the tagger gave it."""
    reading = read(INTERVIEWED_BY_A_PAPER)
    [gazette] = [e for e in reading.entities.entities() if e.label == "Lima Gazette"]
    [attacked] = [r for r in by_rule(reading, "svo") if r.predicate == "attack"]
    assert attacked.attributed_to != gazette.id
