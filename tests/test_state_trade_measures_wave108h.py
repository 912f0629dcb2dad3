"""A state's trade measure with no named target (wave 108 H2): "Uruguay suspended tea import licences",
"the Bolivian government introduced new quotas on textile imports" tell a state's act on a measure of trade
or money policy even where no other party is named; the measure is an EVENT object of the act
(events._state_measure). A firm's measure stays no state's policy, a measure on a named party stays the
act on that party only, and a curb is a trade measure only with a word of trade on it. Each test states
its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples, roots_between

SUSPENDED = """
Uruguay   Uruguay    PROPN NNP 2 nsubj    GPE
suspended suspend   VERB  VBD 0 ROOT     -
tea       tea       NOUN  NN  5 compound -
import    import    NOUN  NN  5 compound -
licences  licence   NOUN  NNS 2 dobj     -
last      last      ADJ   JJ  7 amod     DATE
week      week      NOUN  NN  2 npadvmod I-DATE
.         .         PUNCT .   2 punct    -
"""

RAISED = """
Uruguay  Uruguay  PROPN NNP 2 nsubj    GPE
raised   raise    VERB  VBD 0 ROOT     -
import   import   NOUN  NN  4 compound -
duties   duty     NOUN  NNS 2 dobj     -
on       on       ADP   IN  2 prep     -
cars     car      NOUN  NNS 5 pobj     -
.        .        PUNCT .   2 punct    -
"""

GOVERNMENT = """
The        the        DET   DT  3 det      -
Bolivian   Bolivian   ADJ   JJ  3 amod     NORP
government government NOUN  NN  4 nsubj    -
imposed    impose     VERB  VBD 0 ROOT     -
new        new        ADJ   JJ  6 amod     -
levies     levy       NOUN  NNS 4 dobj     -
on         on         ADP   IN  4 prep     -
fuel       fuel       NOUN  NN  9 compound -
imports    import     NOUN  NNS 7 pobj     -
.          .          PUNCT .   4 punct    -
"""

FIRM = """
Acme   Acme  PROPN NNP 2 nsubj    ORG
raised raise VERB  VBD 0 ROOT     -
import import NOUN NN  4 compound -
duties duty  NOUN  NNS 2 dobj     -
.      .     PUNCT .   2 punct    -
"""

ON_A_PARTY = """
Uruguay  Uruguay  PROPN NNP 2 nsubj GPE
imposed  impose   VERB  VBD 0 ROOT  -
tariffs  tariff   NOUN  NNS 2 dobj  -
on       on       ADP   IN  2 prep  -
Paraguay Paraguay PROPN NNP 4 pobj  GPE
.        .        PUNCT .   2 punct -
"""

CURBS_ON_PROTESTS = """
Uruguay  Uruguay  PROPN NNP 2 nsubj GPE
imposed  impose   VERB  VBD 0 ROOT  -
curbs    curb     NOUN  NNS 2 dobj  -
on       on       ADP   IN  3 prep  -
protests protest  NOUN  NNS 4 pobj  -
.        .        PUNCT .   2 punct -
"""

CURBS_ON_EXPORTS = """
Uruguay  Uruguay  PROPN NNP 2 nsubj    GPE
imposed  impose   VERB  VBD 0 ROOT     -
curbs    curb     NOUN  NNS 2 dobj     -
on       on       ADP   IN  3 prep     -
rice     rice     NOUN  NN  6 compound -
exports  export   NOUN  NNS 4 pobj     -
.        .        PUNCT .   2 punct    -
"""


def test_a_state_suspending_licences_acts_on_them() -> None:
    triples = read_triples(SUSPENDED)
    assert ("Uruguay", "suspend", "tea import licences") in triples, triples


def test_a_state_raising_duties_raises_them_as_a_sanction() -> None:
    assert ("Uruguay", "raise", "import duties") in read_triples(RAISED)
    assert roots_between(RAISED, "Uruguay", "import duties") == {"16"}


def test_a_states_organ_named_by_its_adjective_imposes_the_levies() -> None:
    triples = read_triples(GOVERNMENT)
    assert any(t[1] == "impose" and t[2] == "levies" for t in triples), triples


def test_a_firms_duties_are_no_states_measure() -> None:
    # the same sentence with a state for the firm is the state's act on the duties
    assert ("Uruguay", "raise", "import duties") in read_triples(RAISED)
    assert not {t for t in read_triples(FIRM) if "duties" in t[2]}


def test_a_measure_on_a_named_party_is_the_act_on_that_party_only() -> None:
    triples = read_triples(ON_A_PARTY)
    assert ("Uruguay", "impose tariff on", "Paraguay") in triples, triples
    assert not {t for t in triples if "tariff" in t[2]}, triples
    # with no party named the levies themselves are the object
    assert any(t[1] == "impose" and t[2] == "levies" for t in read_triples(GOVERNMENT))


def test_a_curb_is_a_trade_measure_only_with_a_word_of_trade() -> None:
    assert not {t for t in read_triples(CURBS_ON_PROTESTS) if "curbs" in t[2]}
    assert ("Uruguay", "impose", "curbs") in read_triples(CURBS_ON_EXPORTS)


FACES = """
Uruguay   Uruguay  PROPN NNP 2 nsubj GPE
faces     face     VERB  VBZ 0 ROOT  -
new       new      ADJ   JJ  4 amod  -
sanctions sanction NOUN  NNS 2 dobj  -
.         .        PUNCT .   2 punct -
"""


def test_a_measure_a_state_faces_is_no_act_of_its_on_it() -> None:
    assert not {t for t in read_triples(FACES) if "sanctions" in t[2]}
    # one it suspends is
    assert ("Uruguay", "suspend", "tea import licences") in read_triples(SUSPENDED)


ITS_OWN = """
Uruguay Uruguay PROPN NNP 2 nsubj    GPE
raised  raise   VERB  VBD 0 ROOT     -
its     its     PRON  PRP$ 5 poss    -
import  import  NOUN  NN  5 compound -
duties  duty    NOUN  NNS 2 dobj     -
.       .       PUNCT .   2 punct    -
"""


def test_a_states_own_measure_told_with_its_is_the_states_act_on_it() -> None:
    assert ("Uruguay", "raise", "import duties") in read_triples(ITS_OWN)
