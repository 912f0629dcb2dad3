"""Wave 106 G: event roots that misread a verb. A thing challenged as a wrong is disapproved of (11), and a
bare challenge lends it no code of the thing challenged; rallying to a party's side supports it (05), no
protest; an event its state adjective gives to another ("European trade with X") is not the clause
subject's; "in accord with" rules is compliance, no accord; working out a dispute settles it (057), between
the coordinated subjects. The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.lexicon.cameo import Sense, event_code
from hand_docs import read_triples, roots_between

# "Peru challenged Chile's agreement as a violation of trade rules."
_CHALLENGED_AS = """
Peru        Peru        PROPN NNP 2  nsubj GPE
challenged  challenge   VERB  VBD 0  ROOT  -
Chile       Chile       PROPN NNP 5  poss  GPE
's          's          PART  POS 3  case  -
agreement   agreement   NOUN  NN  2  dobj  -
as          as          ADP   IN  5  prep  -
a           a           DET   DT  8  det   -
violation   violation   NOUN  NN  6  pobj  -
of          of          ADP   IN  8  prep  -
trade       trade       NOUN  NN  11 compound -
rules       rule        NOUN  NNS 9  pobj  -
.           .           PUNCT .   2  punct -
"""

# "Peru challenged the agreement.": a doubt voiced, no accord signed
_CHALLENGED = """
Peru        Peru        PROPN NNP 2  nsubj GPE
challenged  challenge   VERB  VBD 0  ROOT  -
the         the         DET   DT  4  det   -
agreement   agreement   NOUN  NN  2  dobj  -
.           .           PUNCT .   2  punct -
"""

# "Chile will rally to the side of Peru."
_RALLY_TO_SIDE = """
Chile  Chile  PROPN NNP 3 nsubj GPE
will   will   AUX   MD  3 aux   -
rally  rally  VERB  VB  0 ROOT  -
to     to     ADP   IN  3 prep  -
the    the    DET   DT  6 det   -
side   side   NOUN  NN  4 pobj  -
of     of     ADP   IN  6 prep  -
Peru   Peru   PROPN NNP 7 pobj  GPE
.      .      PUNCT .   3 punct -
"""

# "The Andean Pact spoke during European talks with Chile."
_OTHER_STATES_TALKS = """
The       the       DET   DT  3 det      ORG
Andean    Andean    PROPN NNP 3 compound I-ORG
Pact      Pact      PROPN NNP 4 nsubj    I-ORG
spoke     speak     VERB  VBD 0 ROOT     -
during    during    ADP   IN  4 prep     -
European  european  ADJ   JJ  7 amod     NORP
talks     talk      NOUN  NNS 5 pobj     -
with      with      ADP   IN  7 prep     -
Chile     Chile     PROPN NNP 8 pobj     GPE
.         .         PUNCT .   4 punct    -
"""

# "Acme will cut production in accord with Chilean ministry guidelines."
_IN_ACCORD_WITH = """
Acme        Acme        PROPN NNP 3 nsubj    ORG
will        will        AUX   MD  3 aux      -
cut         cut         VERB  VB  0 ROOT     -
production  production  NOUN  NN  3 dobj     -
in          in          ADP   IN  3 prep     -
accord      accord      NOUN  NN  5 pobj     -
with        with        ADP   IN  6 prep     -
Chilean     chilean     ADJ   JJ  10 amod    ORG
ministry    ministry    NOUN  NN  10 compound I-ORG
guidelines  guideline   NOUN  NNS 7 pobj     -
.           .           PUNCT .   3 punct    -
"""

# "Peru and Chile could work out their dispute."
_WORK_OUT_DISPUTE = """
Peru     Peru     PROPN NNP 5 nsubj GPE
and      and      CCONJ CC  1 cc    -
Chile    Chile    PROPN NNP 1 conj  GPE
could    could    AUX   MD  5 aux   -
work     work     VERB  VB  0 ROOT  -
out      out      ADP   RP  5 prt   -
their    their    PRON  PRP$ 8 poss -
dispute  dispute  NOUN  NN  5 dobj  -
.        .        PUNCT .   5 punct -
"""


def test_a_thing_challenged_as_a_wrong_is_disapproved_of() -> None:
    assert roots_between(_CHALLENGED_AS, "Peru", "Chile") == {"11"}


def test_a_bare_challenge_takes_no_code_from_the_thing_challenged() -> None:
    assert roots_between(_CHALLENGED, "Peru", "agreement") == {None}


def test_rallying_to_a_partys_side_supports_it() -> None:
    assert roots_between(_RALLY_TO_SIDE, "Chile", "Peru") == {"05"}


def test_another_states_event_is_not_the_subjects() -> None:
    triples = read_triples(_OTHER_STATES_TALKS)
    assert ("European", "meet with", "Chile") in triples
    assert not any(s == "Andean Pact" and o == "Chile" for s, _, o in triples), triples


def test_in_accord_with_rules_is_no_accord() -> None:
    assert not any("accord" in p for _, p, _ in read_triples(_IN_ACCORD_WITH))


def test_working_out_a_dispute_settles_it_between_the_parties() -> None:
    assert ("Peru", "work out dispute with", "Chile") in read_triples(_WORK_OUT_DISPUTE)
    assert roots_between(_WORK_OUT_DISPUTE, "Peru", "Chile") == {"05"}


def test_a_challenge_in_court_is_a_suit() -> None:
    # "challenged the tariff in court" (cameo.tsv challenge in object=court)
    in_court = Sense(("in",), {"in": frozenset({"court"})})
    assert event_code("challenge", sense=in_court) == "115"
