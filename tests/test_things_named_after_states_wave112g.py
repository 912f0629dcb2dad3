"""Wave 112 G: a thing named after a state, or held in it, is no act on the state, and an idiom's "jury" is
no court's. "stood against the Kosovo war": a state's name before a war's noun says where it is fought
(clauses/arguments._war_place; a demonym, "the Soviet war", still names a side); "an offer for the US
assets": a state's name before a firm's holdings with "the" or an owner's "of" says where they are
(_holding_placed; "froze US assets" stays the state's); "missed the vote on Canada's new laws": what a vote
is held on is voted on, not its owner (_voted_on); "the jury is still out on the plan" says the plan is not
decided yet (actors._subject_idiom). The parses are stated by hand (tests/hand_docs.py); the sentences and
names are ours."""

from __future__ import annotations

from hand_docs import read


def _objects(table: str) -> set[str]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {label[r.object.entity_id] for r in reading.relations}


# "Only the Greens stood against the Kosovo war, she said."
_WAR_PLACED = """
Only     only     ADV   RB   3   advmod    -
the      the      DET   DT   3   det       -
Greens   Greens   PROPN NNPS 4   nsubj     NORP
stood    stand    VERB  VBD  11  ccomp     -
against  against  ADP   IN   4   prep      -
the      the      DET   DT   8   det       -
Kosovo   Kosovo   PROPN NNP  8   compound  GPE
war      war      NOUN  NN   5   pobj      -
,        ,        PUNCT ,    11  punct     -
she      she      PRON  PRP  11  nsubj     -
said     say      VERB  VBD  0   ROOT      -
.        .        PUNCT .    11  punct     -
"""

# "Mr Brandt made an offer for the US assets."
_ASSETS_PLACED = """
Mr      Mr      PROPN NNP  2   compound  -
Brandt  Brandt  PROPN NNP  3   nsubj     PERSON
made    make    VERB  VBD  0   ROOT      -
an      an      DET   DT   5   det       -
offer   offer   NOUN  NN   3   dobj      -
for     for     ADP   IN   5   prep      -
the     the     DET   DT   9   det       -
US      US      PROPN NNP  9   compound  GPE
assets  asset   NOUN  NNS  6   pobj      -
.       .       PUNCT .    3   punct     -
"""

# "Canada froze US assets."  (bare: the state's own assets)
_ASSETS_OWNED = """
Canada  Canada  PROPN NNP  2   nsubj     GPE
froze   freeze  VERB  VBD  0   ROOT      -
US      US      PROPN NNP  4   compound  GPE
assets  asset   NOUN  NNS  2   dobj      -
.       .       PUNCT .    2   punct     -
"""

# "Tom Wills missed the vote on Canada's new laws."
_VOTE_ON_LAWS = """
Tom     Tom     PROPN NNP  2   compound  PERSON
Wills   Wills   PROPN NNP  3   nsubj     I-PERSON
missed  miss    VERB  VBD  0   ROOT      -
the     the     DET   DT   5   det       -
vote    vote    NOUN  NN   3   dobj      -
on      on      ADP   IN   5   prep      -
Canada  Canada  PROPN NNP  10  poss      GPE
's      's      PART  POS  7   case      -
new     new     ADJ   JJ   10  amod      -
laws    law     NOUN  NNS  6   pobj      -
.       .       PUNCT .    3   punct     -
"""

# "Canada's opposition attacked the plan. Tom Wills said the jury is still out on the plan."
_JURY_OUT = """
Canada      Canada      PROPN NNP  3   poss      GPE
's          's          PART  POS  1   case      -
opposition  opposition  NOUN  NN   4   nsubj     -
attacked    attack      VERB  VBD  0   ROOT      -
the         the         DET   DT   6   det       -
plan        plan        NOUN  NN   4   dobj      -
.           .           PUNCT .    4   punct     -
Tom         Tom         PROPN NNP  9   compound  PERSON
Wills       Wills       PROPN NNP  10  nsubj     I-PERSON
said        say         VERB  VBD  0   ROOT      -
the         the         DET   DT   12  det       -
jury        jury        NOUN  NN   13  nsubj     -
is          be          AUX   VBZ  10  ccomp     -
still       still       ADV   RB   13  advmod    -
out         out         ADV   RB   13  advmod    -
on          on          ADP   IN   15  prep      -
the         the         DET   DT   18  det       -
plan        plan        NOUN  NN   16  pobj      -
.           .           PUNCT .    10  punct     -
"""


def test_a_states_name_before_a_war_says_where_it_is_fought() -> None:
    assert "Kosovo" not in _objects(_WAR_PLACED)


def test_a_states_name_before_the_holdings_offered_for_is_no_side() -> None:
    assert "United States" not in _objects(_ASSETS_PLACED)
    assert "United States" in _objects(_ASSETS_OWNED)  # "froze US assets": the state's, as before


def test_the_owner_of_what_a_vote_is_on_is_not_voted_on() -> None:
    assert "Canada" not in _objects(_VOTE_ON_LAWS)


def test_the_jury_still_out_is_an_idiom_and_no_actor() -> None:
    reading = read(_JURY_OUT)
    assert not any("jury" in e.label.lower() for e in reading.entities.entities())
