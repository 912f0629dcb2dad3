"""Wave 113 H: a compulsion a noun of aim holds is only tried for. "The ban is a bid by Peru to force Acme to
shut its plants in Chile" says Peru wants Acme to shut them, not that Acme did ("should", as "Peru tried to
force Acme to shut ..." reads); a compulsion done ("Peru forced Acme to shut ...") stays a deed (sentences of
our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read_modal_acts

BID = """
The     the     DET   DT   2  det    -
ban     ban     NOUN  NN   3  nsubj  -
is      be      AUX   VBZ  0  ROOT   -
a       a       DET   DT   5  det    -
bid     bid     NOUN  NN   3  attr   -
by      by      ADP   IN   5  prep   -
Peru    Peru    PROPN NNP  6  pobj   GPE
to      to      PART  TO   9  aux    -
force   force   VERB  VB   5  acl    -
Acme    Acme    PROPN NNP  9  dobj   ORG
to      to      PART  TO   12 aux    -
shut    shut    VERB  VB   9  xcomp  -
its     its     PRON  PRP$ 14 poss   -
plants  plant   NOUN  NNS  12 dobj   -
in      in      ADP   IN   12 prep   -
Chile   Chile   PROPN NNP  15 pobj   GPE
.       .       PUNCT .    3  punct  -
"""

DONE = """
Peru    Peru    PROPN NNP  2  nsubj  GPE
forced  force   VERB  VBD  0  ROOT   -
Acme    Acme    PROPN NNP  2  dobj   ORG
to      to      PART  TO   5  aux    -
shut    shut    VERB  VB   2  xcomp  -
its     its     PRON  PRP$ 7  poss   -
plants  plant   NOUN  NNS  5  dobj   -
in      in      ADP   IN   5  prep   -
Chile   Chile   PROPN NNP  8  pobj   GPE
.       .       PUNCT .    2  punct  -
"""


def test_what_a_bid_to_force_would_make_done_is_no_deed() -> None:
    acts = {a for a in read_modal_acts(BID) if a[0] == "Acme" and a[2] == "Chile"}
    assert acts
    assert all(a[4] == "should" for a in acts)


def test_what_a_compulsion_made_done_is_a_deed() -> None:
    # guard: passes with or without the change
    acts = {a for a in read_modal_acts(DONE) if a[0] == "Acme" and a[2] == "Chile"}
    assert acts
    assert all(a[4] is None for a in acts)
