"""Wave 72 H (sentences of our own, parses written by hand). A state's abbreviation and ONE common noun that
wire copy capitalised by accident, then lower-case words ("limits on U.S. Development of space weapons"), are
the state and a common noun, no body; real names stay ("the U.S. Army"). A place reached with "in" through an
act noun with its own object ("separate elimination of nuclear missiles in Europe") is where the act is, no
partner of the verb; a destination stays ("sent troops to Europe")."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Moscow renewed its call for limits on U.S. Development of space weapons."
LIMITS = """
Moscow      Moscow      PROPN NNP 2  nsubj    GPE
renewed     renew       VERB  VBD 0  ROOT     -
its         its         PRON  PRP$ 4 poss     -
call        call        NOUN  NN  2  dobj     -
for         for         ADP   IN  4  prep     -
limits      limit       NOUN  NNS 5  pobj     -
on          on          ADP   IN  6  prep     -
U.S.        U.S.        PROPN NNP 9  compound ORG
Development Development PROPN NNP 7  pobj     I-ORG
of          of          ADP   IN  9  prep     -
space       space       NOUN  NN  12 compound -
weapons     weapon      NOUN  NNS 10 pobj     -
.           .           PUNCT .   2  punct    -
"""

# "The U.S. Army closed the base."
ARMY = """
The    the    DET   DT  3 det      ORG
U.S.   U.S.   PROPN NNP 3 compound I-ORG
Army   Army   PROPN NNP 4 nsubj    I-ORG
closed close  VERB  VBD 0 ROOT     -
the    the    DET   DT  6 det      -
base   base   NOUN  NN  4 dobj     -
.      .      PUNCT .   4 punct    -
"""

# "Moscow would separate elimination of nuclear missiles in Europe from other issues."
ELIMINATION = """
Moscow      Moscow      PROPN NNP 3  nsubj GPE
would       would       AUX   MD  3  aux   -
separate    separate    VERB  VB  0  ROOT  -
elimination elimination NOUN  NN  3  dobj  -
of          of          ADP   IN  4  prep  -
nuclear     nuclear     ADJ   JJ  7  amod  -
missiles    missile     NOUN  NNS 5  pobj  -
in          in          ADP   IN  4  prep  -
Europe      Europe      PROPN NNP 8  pobj  LOC
from        from        ADP   IN  4  prep  -
other       other       ADJ   JJ  12 amod  -
issues      issue       NOUN  NNS 10 pobj  -
.           .           PUNCT .   3  punct -
"""

# "Britain sent troops to Europe."
SENT = """
Britain Britain PROPN NNP 2 nsubj GPE
sent    send    VERB  VBD 0 ROOT  -
troops  troop   NOUN  NNS 2 dobj  -
to      to      ADP   IN  2 dative -
Europe  Europe  PROPN NNP 4 pobj  LOC
.       .       PUNCT .   2 punct -
"""


def test_a_capitalised_common_noun_after_a_state_abbreviation_is_no_body() -> None:
    labels = {e.label for e in read(LIMITS).entities.entities()}
    assert "U.S. Development" not in labels
    assert "United States" in labels
    assert not any("Development" in s + o for s, _, o in read_triples(LIMITS))


def test_a_body_word_after_a_state_abbreviation_stays_a_name() -> None:
    labels = {e.label for e in read(ARMY).entities.entities()}
    assert any("Army" in label for label in labels)


def test_a_place_an_act_noun_with_its_own_object_is_done_in_is_no_partner() -> None:
    assert not [t for t in read_triples(ELIMINATION) if "Europe" in t]


def test_a_destination_stays_a_partner() -> None:
    assert ("United Kingdom", "send troop to", "Europe") in read_triples(SENT)
