"""A firm's local arm named by a state in brackets ("Kestrel Motor Manufacturing (USA) Corp") is of that
state alone (wave 93 E): its parent ("Kestrel Motor Corp") does not take the story's state from the arm and
the places the arm works in (affiliations/story_state._parent_of_an_arm), and the parent's short name in
the possessive ("Kestrel's subsidiary") is the parent, not a person nor a name the two firms share
(clusters._firm_of_its_own_name). Each test states its parse by hand (tests/hand_docs.py); the sentences are
ours. The arm's bracketed state is written as one token ("(USA)"), as the name reads."""

from __future__ import annotations

from hand_docs import country_of, read

PARENT_AND_ARM = """
Kestrel       Kestrel       PROPN NNP   3  compound ORG
Motor         Motor         PROPN NNP   3  compound I-ORG
Corp          Corp          PROPN NNP   5  nsubj    I-ORG
will          will          AUX   MD    5  aux      -
build         build         VERB  VB    0  ROOT     -
cars          car           NOUN  NNS   5  dobj     -
in            in            ADP   IN    5  prep     -
the           the           DET   DT    10 det      -
United        United        PROPN NNP   10 compound GPE
States        States        PROPN NNP   7  pobj     I-GPE
.             .             PUNCT .     5  punct    -
Kestrel       Kestrel       PROPN NNP   14 poss     PERSON
's            's            PART  POS   12 case     -
subsidiary    subsidiary    NOUN  NN    21 nsubj    -
Kestrel       Kestrel       PROPN NNP   19 compound ORG
Motor         Motor         PROPN NNP   19 compound I-ORG
Manufacturing Manufacturing PROPN NNP   19 compound I-ORG
(USA)         (USA)         PROPN NNP   19 compound I-ORG
Corp          Corp          PROPN NNP   14 appos    I-ORG
will          will          AUX   MD    21 aux      -
build         build         VERB  VB    0  ROOT     -
trucks        truck         NOUN  NNS   21 dobj     -
.             .             PUNCT .     21 punct    -
"""


def test_the_arm_is_of_the_state_in_its_brackets() -> None:
    # guard: the arm's own name places it
    assert country_of(read(PARENT_AND_ARM), "Kestrel Motor Manufacturing (USA) Corp") == "USA"


def test_the_parent_does_not_take_its_arms_state_from_the_story() -> None:
    assert country_of(read(PARENT_AND_ARM), "Kestrel Motor Corp") is None


def test_the_parents_short_name_beside_its_arm_is_the_parent() -> None:
    reading = read(PARENT_AND_ARM)
    assert [e.type for e in reading.entities.entities() if e.label == "Kestrel"] == []
    [parent] = [e for e in reading.entities.entities() if e.label == "Kestrel Motor Corp"]
    assert ("Kestrel" in parent.aliases, parent.mentions) == (True, 2)
