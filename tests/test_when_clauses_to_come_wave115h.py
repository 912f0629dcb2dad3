"""Wave 115 H: a "when" clause under a clause still to come tells a time to come, even where the parser makes
"when" an adverb of the clause rather than its subordinator. "Energy would be the main issue when Austria
took over the presidency of the EU, said Mr Schuessel" is a takeover reported from the past as yet to come:
it takes its host's "would", not the standing of a deed done. Under a past deed ("Peru shelled Chile when
Chile invaded Bolivia") the clause stays a deed (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.clauses.voice import time_clause_host
from hand_docs import parse, read_modal_acts

WOULD_WHEN = """
Energy     energy     NOUN  NN   3  nsubj     -
would      would      AUX   MD   3  aux       -
be         be         AUX   VB   17 ccomp     -
the        the        DET   DT   6  det       -
main       main       ADJ   JJ   6  amod      -
issue      issue      NOUN  NN   3  attr      -
when       when       SCONJ WRB  9  advmod    -
Austria    Austria    PROPN NNP  9  nsubj     GPE
took       take       VERB  VBD  3  advcl     -
over       over       ADP   RP   9  prt       -
the        the        DET   DT   12 det       -
presidency presidency NOUN  NN   9  dobj      -
of         of         ADP   IN   12 prep      -
the        the        DET   DT   15 det       -
EU         EU         PROPN NNP  13 pobj      ORG
,          ,          PUNCT ,    17 punct     -
said       say        VERB  VBD  0  ROOT      -
Mr         Mr         PROPN NNP  19 compound  PERSON
Schuessel  Schuessel  PROPN NNP  17 nsubj     I-PERSON
.          .          PUNCT .    17 punct     -
"""

# the parser hangs the "when" clause on the copula's complement, as a relative
WOULD_BE_THEMES_WHEN = """
Energy     energy     NOUN  NN   7  nsubj     -
and        and        CCONJ CC   1  cc        -
trade      trade      NOUN  NN   1  conj      -
would      would      AUX   MD   5  aux       -
be         be         AUX   VB   19 ccomp     -
the        the        DET   DT   8  det       -
main       main       ADJ   JJ   8  amod      -
themes     theme      NOUN  NNS  5  attr      -
when       when       SCONJ WRB  11 advmod    -
Austria    Austria    PROPN NNP  11 nsubj     GPE
took       take       VERB  VBD  8  relcl     -
over       over       ADP   RP   11 prt       -
the        the        DET   DT   14 det       -
presidency presidency NOUN  NN   11 dobj      -
of         of         ADP   IN   14 prep      -
the        the        DET   DT   17 det       -
EU         EU         PROPN NNP  15 pobj      ORG
,          ,          PUNCT ,    19 punct     -
said       say        VERB  VBD  0  ROOT      -
Mr         Mr         PROPN NNP  21 compound  PERSON
Schuessel  Schuessel  PROPN NNP  19 nsubj     I-PERSON
.          .          PUNCT .    19 punct     -
"""

# a "when" relative on a day told of
THE_DAY_WHEN = """
Chile   Chile   PROPN NNP  4  nsubj     GPE
would   would   AUX   MD   4  aux       -
never   never   ADV   RB   4  neg       -
forget  forget  VERB  VB   0  ROOT      -
the     the     DET   DT   6  det       DATE
day     day     NOUN  NN   4  dobj      I-DATE
when    when    SCONJ WRB  9  advmod    -
Peru    Peru    PROPN NNP  9  nsubj     GPE
invaded invade  VERB  VBD  6  relcl     -
Bolivia Bolivia PROPN NNP  9  dobj      GPE
.       .       PUNCT .    4  punct     -
"""

PAST_WHEN = """
Peru    Peru    PROPN NNP  2  nsubj     GPE
shelled shell   VERB  VBD  0  ROOT      -
Chile   Chile   PROPN NNP  2  dobj      GPE
when    when    SCONJ WRB  6  advmod    -
Chile   Chile   PROPN NNP  6  nsubj     GPE
invaded invade  VERB  VBD  2  advcl     -
Bolivia Bolivia PROPN NNP  6  dobj      GPE
.       .       PUNCT .    2  punct     -
"""


def test_when_adverb_opens_a_time_clause_of_a_clause_to_come() -> None:
    doc = parse(WOULD_WHEN)
    host = time_clause_host(doc[8])  # "took"
    assert host is not None and host.i == 2  # "be" of "would be"


def test_backshifted_when_clause_under_would_is_not_done() -> None:
    takeovers = {a for a in read_modal_acts(WOULD_WHEN) if a[0] == "Austria"}
    assert takeovers
    assert {a[4] for a in takeovers} == {"would"}


def test_when_clause_under_a_past_deed_is_a_deed() -> None:
    # guard: passes with or without the change
    doc = parse(PAST_WHEN)
    assert time_clause_host(doc[5]) is None  # "invaded"
    invasions = {a for a in read_modal_acts(PAST_WHEN) if a[0] == "Chile" and a[2] == "Bolivia"}
    assert invasions
    assert {a[4] for a in invasions} == {None}


def test_when_relative_on_the_complement_of_would_be_is_not_done() -> None:
    doc = parse(WOULD_BE_THEMES_WHEN)
    host = time_clause_host(doc[10])  # "took"
    assert host is not None and host.i == 4  # "be" of "would be"
    takeovers = {a for a in read_modal_acts(WOULD_BE_THEMES_WHEN) if a[0] == "Austria"}
    assert takeovers
    assert {a[4] for a in takeovers} == {"would"}


def test_when_relative_on_a_day_told_of_is_a_deed() -> None:
    # guard: passes with or without the change
    assert time_clause_host(parse(THE_DAY_WHEN)[8]) is None  # "invaded"
    invasions = {a for a in read_modal_acts(THE_DAY_WHEN) if a[0] == "Peru" and a[2] == "Bolivia"}
    assert invasions
    assert {a[4] for a in invasions} == {None}
