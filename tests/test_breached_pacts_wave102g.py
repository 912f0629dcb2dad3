"""Wave 102 G: a pact that is broken. A verb of breach (violate, breach, break, renege on: CAMEO 128, defy
norms or law) acting on an accord says the breach, not the pact's making: no "agreement with" (05) is read
from the accord's noun, as none is from one that is ended (nouns._cut_through); the verb's own fact
(`violate accord with`, 12) stays. A gerund of breach after "for" on an act done against a party ("impose
trade action against Peru for breaking its pact") is that party's deed (subjects._acted_against), as
"fined Peru for breaking its pact" is the object's. The parses are stated by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "President Ruiz was ready to impose trade action against Peru for breaking its fishing agreement with
# Chile, officials said."
_ACTION_FOR_BREAKING = """
President    President    PROPN NNP  2   compound  -
Ruiz         Ruiz         PROPN NNP  3   nsubj     PERSON
was          be           AUX   VBD  20  ccomp     -
ready        ready        ADJ   JJ   3   acomp     -
to           to           PART  TO   6   aux       -
impose       impose       VERB  VB   4   xcomp     -
trade        trade        NOUN  NN   8   compound  -
action       action       NOUN  NN   6   dobj      -
against      against      ADP   IN   8   prep      -
Peru         Peru         PROPN NNP  9   pobj      GPE
for          for          ADP   IN   6   prep      -
breaking     break        VERB  VBG  11  pcomp     -
its          its          PRON  PRP$ 15  poss      -
fishing      fishing      NOUN  NN   15  compound  -
agreement    agreement    NOUN  NN   12  dobj      -
with         with         ADP   IN   15  prep      -
Chile        Chile        PROPN NNP  16  pobj      GPE
,            ,            PUNCT ,    20  punct     -
officials    official     NOUN  NNS  20  nsubj     -
said         say          VERB  VBD  0   ROOT      -
.            .            PUNCT .    20  punct     -
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
    assert _peru_to_chile(_ACTION_FOR_BREAKING) == {("break agreement with", "12")}


def test_violated_accord_is_no_pact_made() -> None:
    assert _peru_to_chile(_VIOLATED) == {("violate accord with", "12")}


def test_reneging_on_a_deal_breaches_it() -> None:
    assert _peru_to_chile(_RENEGED) == {("renege on deal with", "12")}


def test_broken_pledge_to_a_state() -> None:
    # the plain clause read so before this wave (a guard)
    assert _peru_to_chile(_BROKE_PLEDGE) == {("break pledge to", "12")}
