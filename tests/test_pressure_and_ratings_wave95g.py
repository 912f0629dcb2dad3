"""Wave 95 G: pressure resisted and ratings cut. Pressure named by a state before it is the pressing
state's (words.tsv exerted_nouns), so resisting, defying or bowing to it is an act toward that state, as it
was while pressure coerced (17); pressure on a state to act stays a demand (10) with what it asks. The
parses are stated by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import facts_with_content, roots_between

_RESISTED = """
Norway     Norway     PROPN NNP  3  nsubj    GPE
has        have       AUX   VBZ  3  aux      -
decided    decide     VERB  VBN  0  ROOT     -
to         to         PART  TO   5  aux      -
resist     resist     VERB  VB   3  xcomp    -
Chilean    chilean    ADJ   JJ   7  amod     NORP
pressure   pressure   NOUN  NN   5  dobj     -
.          .          PUNCT .    3  punct    -
"""

_BOWED = """
Peru       Peru       PROPN NNP  2  nsubj    GPE
bowed      bow        VERB  VBD  0  ROOT     -
to         to         ADP   IN   2  prep     -
U.S.       U.S.       PROPN NNP  5  compound GPE
pressure   pressure   NOUN  NN   3  pobj     -
.          .          PUNCT .    2  punct    -
"""

_PRESSED = """
U.S.       U.S.       PROPN NNP  2  compound GPE
pressure   pressure   NOUN  NN   9  nsubj    -
on         on         ADP   IN   2  prep     -
Japan      Japan      PROPN NNP  3  pobj     GPE
to         to         PART  TO   6  aux      -
open       open       VERB  VB   2  acl      -
farm       farm       NOUN  NN   8  compound -
markets    market     NOUN  NNS  6  dobj     -
grew       grow       VERB  VBD  0  ROOT     -
.          .          PUNCT .    9  punct    -
"""


def test_resisting_or_bowing_to_a_states_pressure_is_an_act_toward_it() -> None:
    assert roots_between(_RESISTED, "Norway", "Chile") == {"12"}
    assert roots_between(_BOWED, "Peru", "United States") == {"08"}
    # the pressing state's pressure on another to act stays a demand carrying what it asks (wave 94 G)
    assert roots_between(_PRESSED, "United States", "Japan") == {"10"}
    asked = {(s, o, c) for s, _, o, c in facts_with_content(_PRESSED)}
    assert ("United States", "Japan", "open farm markets") in asked


# A rating agency's downgrade or affirmation of a firm's rating or debt is a judgment of credit: no
# reduction of relations (16) and no statement to the firm (01); downgraded ties stay 16 (cameo.tsv rows).
_FIRM_DOWNGRADED = """
Vantor     Vantor     PROPN NNP  2  compound ORG
Ratings    Ratings    PROPN NNP  3  nsubj    I-ORG
downgraded downgrade  VERB  VBD  0  ROOT     -
Borel      Borel      PROPN NNP  5  compound ORG
Bank       Bank       PROPN NNP  3  dobj     I-ORG
.          .          PUNCT .    3  punct    -
"""

_DEBT_DOWNGRADED = """
Vantor     Vantor     PROPN NNP  2  compound ORG
Ratings    Ratings    PROPN NNP  3  nsubj    I-ORG
downgraded downgrade  VERB  VBD  0  ROOT     -
the        the        DET   DT   5  det      -
debt       debt       NOUN  NN   3  dobj     -
of         of         ADP   IN   5  prep     -
Borel      Borel      PROPN NNP  8  compound ORG
Bank       Bank       PROPN NNP  6  pobj     I-ORG
.          .          PUNCT .    3  punct    -
"""

_RATINGS_AFFIRMED = """
Vantor     Vantor     PROPN NNP  2  compound ORG
Ratings    Ratings    PROPN NNP  3  nsubj    I-ORG
affirmed   affirm     VERB  VBD  0  ROOT     -
the        the        DET   DT   5  det      -
ratings    rating     NOUN  NNS  3  dobj     -
of         of         ADP   IN   5  prep     -
Borel      Borel      PROPN NNP  8  compound ORG
Bank       Bank       PROPN NNP  6  pobj     I-ORG
.          .          PUNCT .    3  punct    -
"""

_TIES_DOWNGRADED = """
Peru       Peru       PROPN NNP  2  nsubj    GPE
downgraded downgrade  VERB  VBD  0  ROOT     -
its        its        PRON  PRP$ 4  poss     -
ties       tie        NOUN  NNS  2  dobj     -
with       with       ADP   IN   4  prep     -
Chile      Chile      PROPN NNP  5  pobj     GPE
.          .          PUNCT .    2  punct    -
"""


def test_a_rating_downgraded_or_affirmed_is_no_cut_in_relations_but_ties_downgraded_are() -> None:
    assert roots_between(_FIRM_DOWNGRADED, "Vantor Ratings", "Borel Bank") == {None}
    assert roots_between(_DEBT_DOWNGRADED, "Vantor Ratings", "Borel Bank") == {None}
    assert roots_between(_RATINGS_AFFIRMED, "Vantor Ratings", "Borel Bank") == {None}
    assert roots_between(_TIES_DOWNGRADED, "Peru", "Chile") == {"16"}
