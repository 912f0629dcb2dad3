"""A warning whose own words hold a harm the warner's side may do or bring about (it may sue, it would
respond, past events of a year could be repeated), in its content or in a "saying" participle beside it,
is a threat to the one warned (root 13); a bare warning ("that prices could fall", "not to interfere")
stays a statement (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import roots_between

# "Kestrel Corp warned Zenith Inc it may sue."
MAY_SUE = """
Kestrel    Kestrel    PROPN NNP  2   compound  ORG
Corp       Corp       PROPN NNP  3   nsubj     I-ORG
warned     warn       VERB  VBD  0   ROOT      -
Zenith     Zenith     PROPN NNP  5   compound  ORG
Inc        Inc        PROPN NNP  3   dobj      I-ORG
it         it         PRON  PRP  8   nsubj     -
may        may        AUX   MD   8   aux       -
sue        sue        VERB  VB   3   ccomp     -
.          .          PUNCT .    3   punct     -
"""

# "Peru warned Chile that it would respond."
WOULD_RESPOND = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
warned     warn       VERB  VBD  0   ROOT      -
Chile      Chile      PROPN NNP  2   dobj      GPE
that       that       SCONJ IN   7   mark      -
it         it         PRON  PRP  7   nsubj     -
would      would      AUX   MD   7   aux       -
respond    respond    VERB  VB   2   ccomp     -
.          .          PUNCT .    2   punct     -
"""

# "Peru warned Chile not to interfere, saying the clashes of 1979 could be repeated for Chileans."
SAYING_REPEATED = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
warned     warn       VERB  VBD  0   ROOT      -
Chile      Chile      PROPN NNP  2   dobj      GPE
not        not        PART  RB   6   neg       -
to         to         PART  TO   6   aux       -
interfere  interfere  VERB  VB   2   xcomp     -
,          ,          PUNCT ,    2   punct     -
saying     say        VERB  VBG  2   advcl     -
the        the        DET   DT   10  det       -
clashes    clash      NOUN  NNS  15  nsubjpass -
of         of         ADP   IN   10  prep      -
1979       1979       NUM   CD   11  pobj      DATE
could      could      AUX   MD   15  aux       -
be         be         AUX   VB   15  auxpass   -
repeated   repeat     VERB  VBN  8   ccomp     -
for        for        ADP   IN   15  prep      -
Chileans   Chileans   PROPN NNPS 16  pobj      NORP
.          .          PUNCT .    2   punct     -
"""

# "Peru warned Chile not to interfere."
BARE_WARNING = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
warned     warn       VERB  VBD  0   ROOT      -
Chile      Chile      PROPN NNP  2   dobj      GPE
not        not        PART  RB   6   neg       -
to         to         PART  TO   6   aux       -
interfere  interfere  VERB  VB   2   xcomp     -
.          .          PUNCT .    2   punct     -
"""

# "Peru warned Chile that prices could fall."
FORECAST = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
warned     warn       VERB  VBD  0   ROOT      -
Chile      Chile      PROPN NNP  2   dobj      GPE
that       that       SCONJ IN   7   mark      -
prices     price      NOUN  NNS  7   nsubj     -
could      could      AUX   MD   7   aux       -
fall       fall       VERB  VB   2   ccomp     -
.          .          PUNCT .    2   punct     -
"""


def test_a_harm_the_warner_may_do_is_a_threat() -> None:
    assert roots_between(MAY_SUE, "Kestrel Corp", "Zenith Inc") == {"13"}
    assert roots_between(WOULD_RESPOND, "Peru", "Chile") == {"13"}


def test_past_events_repeated_in_a_saying_beside_the_warning_are_a_threat() -> None:
    assert roots_between(SAYING_REPEATED, "Peru", "Chile") == {"13"}


def test_a_bare_warning_stays_as_it_was() -> None:
    assert roots_between(BARE_WARNING, "Peru", "Chile") == {"01"}
    assert roots_between(FORECAST, "Peru", "Chile") == {"01"}
