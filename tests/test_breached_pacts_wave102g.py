"""Wave 102 G: a pact that is broken. A verb of breach (violate, breach, break, renege on: CAMEO 128, defy
norms or law) acting on an accord says the breach, not the pact's making: no "agreement with" (05) is read
from the accord's noun, as none is from one that is ended (nouns._cut_through); the verb's own fact
(`violate accord with`, 12) stays. A gerund of breach after "for" on an act done to a party ("levy duties
on Peru for flouting its accord") is that party's deed (subjects._acted_against), as "fined Peru for
flouting its accord" is the object's. The parses are stated by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "The cabinet voted to levy duties on Peru for flouting its quota accord with Chile."
_DUTIES_FOR_FLOUTING = """
The          the          DET   DT   2   det       -
cabinet      cabinet      NOUN  NN   3   nsubj     -
voted        vote         VERB  VBD  0   ROOT      -
to           to           PART  TO   5   aux       -
levy         levy         VERB  VB   3   xcomp     -
duties       duty         NOUN  NNS  5   dobj      -
on           on           ADP   IN   6   prep      -
Peru         Peru         PROPN NNP  7   pobj      GPE
for          for          ADP   IN   5   prep      -
flouting     flout        VERB  VBG  9   pcomp     -
its          its          PRON  PRP$ 13  poss      -
quota        quota        NOUN  NN   13  compound  -
accord       accord       NOUN  NN   10  dobj      -
with         with         ADP   IN   13  prep      -
Chile        Chile        PROPN NNP  14  pobj      GPE
.            .            PUNCT .    3   punct     -
"""

# "Peru violated its trade accord with Chile."
_VIOLATED = """
Peru         Peru         PROPN NNP  2   nsubj     GPE
violated     violate      VERB  VBD  0   ROOT      -
its          its          PRON  PRP$ 5   poss      -
trade        trade        NOUN  NN   5   compound  -
accord       accord       NOUN  NN   2   dobj      -
with         with         ADP   IN   5   prep      -
Chile        Chile        PROPN NNP  6   pobj      GPE
.            .            PUNCT .    2   punct     -
"""

# "Peru reneged on its deal with Chile."
_RENEGED = """
Peru         Peru         PROPN NNP  2   nsubj     GPE
reneged      renege       VERB  VBD  0   ROOT      -
on           on           ADP   IN   2   prep      -
its          its          PRON  PRP$ 5   poss      -
deal         deal         NOUN  NN   3   pobj      -
with         with         ADP   IN   5   prep      -
Chile        Chile        PROPN NNP  6   pobj      GPE
.            .            PUNCT .    2   punct     -
"""

# "Peru broke its pledge to Chile."
_BROKE_PLEDGE = """
Peru         Peru         PROPN NNP  2   nsubj     GPE
broke        break        VERB  VBD  0   ROOT      -
its          its          PRON  PRP$ 4   poss      -
pledge       pledge       NOUN  NN   2   dobj      -
to           to           ADP   IN   2   prep      -
Chile        Chile        PROPN NNP  5   pobj      GPE
.            .            PUNCT .    2   punct     -
"""


def _peru_to_chile(table: str) -> set[tuple[str, str | None]]:
    return {
        (pred, root)
        for subj, pred, obj, root, _, _ in read_modal_acts(table)
        if (subj, obj) == ("Peru", "Chile")
    }


def test_gerund_of_breach_after_an_act_against_a_party_is_its_deed() -> None:
    assert _peru_to_chile(_DUTIES_FOR_FLOUTING) == {("flout accord with", "12")}


def test_violated_accord_is_no_pact_made() -> None:
    assert _peru_to_chile(_VIOLATED) == {("violate accord with", "12")}


def test_reneging_on_a_deal_breaches_it() -> None:
    assert _peru_to_chile(_RENEGED) == {("renege on deal with", "12")}


def test_broken_pledge_to_a_state() -> None:
    # the plain clause read so before this wave (a guard)
    assert _peru_to_chile(_BROKE_PLEDGE) == {("break pledge to", "12")}
