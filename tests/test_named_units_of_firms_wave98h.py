"""Wave 98 H: a firm's unit named by its own name written before the unit noun ("Kestrel Plc's Orbis Ltd
unit") is a body of that name: a title "of" it is held in the unit, not at the owner with the unit's name
folded into the predicate; the unit is the owner's unit; a name so written is a body however the tagger
typed it. A state's name before the noun ("Kestrel Plc's U.S. unit") says where the unit is: the title
stays held at the owner."""

from __future__ import annotations

from hand_docs import facts, read

# "Dana Voss, chairman of Kestrel Holdings Plc's Orbis Ltd unit, said costs fell."
_CHAIRMAN_OF_A_NAMED_UNIT = """
Dana       Dana       PROPN NNP  2  compound  PERSON
Voss       Voss       PROPN NNP  14 nsubj     I-PERSON
,          ,          PUNCT ,    2  punct     -
chairman   chairman   NOUN  NN   2  appos     -
of         of         ADP   IN   4  prep      -
Kestrel    Kestrel    PROPN NNP  8  compound  ORG
Holdings   Holdings   PROPN NNPS 8  compound  I-ORG
Plc        Plc        PROPN NNP  12 poss      I-ORG
's         's         PART  POS  8  case      -
Orbis      Orbis      PROPN NNP  11 compound  ORG
Ltd        Ltd        PROPN NNP  12 compound  I-ORG
unit       unit       NOUN  NN   5  pobj      -
,          ,          PUNCT ,    2  punct     -
said       say        VERB  VBD  0  ROOT      -
costs      cost       NOUN  NNS  16 nsubj     -
fell       fall       VERB  VBD  14 ccomp     -
.          .          PUNCT .    14 punct     -
"""

# "Dana Voss, president of Kestrel Plc's U.S. unit, said costs fell."
_PRESIDENT_OF_A_STATES_UNIT = """
Dana       Dana       PROPN NNP  2  compound  PERSON
Voss       Voss       PROPN NNP  12 nsubj     I-PERSON
,          ,          PUNCT ,    2  punct     -
president  president  NOUN  NN   2  appos     -
of         of         ADP   IN   4  prep      -
Kestrel    Kestrel    PROPN NNP  7  compound  ORG
Plc        Plc        PROPN NNP  10 poss      I-ORG
's         's         PART  POS  7  case      -
U.S.       U.S.       PROPN NNP  10 compound  GPE
unit       unit       NOUN  NN   5  pobj      -
,          ,          PUNCT ,    2  punct     -
said       say        VERB  VBD  0  ROOT      -
costs      cost       NOUN  NNS  14 nsubj     -
fell       fall       VERB  VBD  12 ccomp     -
.          .          PUNCT .    12 punct     -
"""

# "Kestrel Holdings Plc said its Orbis Ltd subsidiary would expand."
_ITS_NAMED_SUBSIDIARY = """
Kestrel    Kestrel    PROPN NNP  3  compound  ORG
Holdings   Holdings   PROPN NNP  3  compound  I-ORG
Plc        Plc        PROPN NNP  4  nsubj     I-ORG
said       say        VERB  VBD  0  ROOT      -
its        its        PRON  PRP$ 8  poss      -
Orbis      Orbis      PROPN NNP  7  compound  ORG
Ltd        Ltd        PROPN NNP  8  compound  I-ORG
subsidiary subsidiary NOUN  NN   10 nsubj     -
would      would      AUX   MD   10 aux       -
expand     expand     VERB  VB   4  ccomp     -
.          .          PUNCT .    4  punct     -
"""

# "Dana Voss, president of Kestrel's Orbis unit, said costs fell." (the tagger took Orbis for a person)
_UNIT_TAGGED_A_PERSON = """
Dana       Dana       PROPN NNP  2  compound  PERSON
Voss       Voss       PROPN NNP  11 nsubj     I-PERSON
,          ,          PUNCT ,    2  punct     -
president  president  NOUN  NN   2  appos     -
of         of         ADP   IN   4  prep      -
Kestrel    Kestrel    PROPN NNP  9  poss      ORG
's         's         PART  POS  6  case      -
Orbis      Orbis      PROPN NNP  9  compound  PERSON
unit       unit       NOUN  NN   5  pobj      -
,          ,          PUNCT ,    2  punct     -
said       say        VERB  VBD  0  ROOT      -
costs      cost       NOUN  NNS  13 nsubj     -
fell       fall       VERB  VBD  11 ccomp     -
.          .          PUNCT .    11 punct     -
"""


def test_a_title_of_a_named_unit_is_held_in_the_unit() -> None:
    found = facts(read(_CHAIRMAN_OF_A_NAMED_UNIT), "title")
    assert ("Dana Voss", "chairperson of", "Orbis Ltd") in found
    assert not any(o == "Kestrel Holdings Plc" for s, _, o in found if s == "Dana Voss")
    # a state's name before the unit noun is where the unit is: held at the owner, as before
    owned = facts(read(_PRESIDENT_OF_A_STATES_UNIT), "title")
    assert ("Dana Voss", "president of u.s. unit at", "Kestrel Plc") in owned


def test_a_named_unit_is_its_owners_unit() -> None:
    assert ("Orbis Ltd", "unit of", "Kestrel Holdings Plc") in facts(read(_CHAIRMAN_OF_A_NAMED_UNIT), "title")
    assert ("Orbis Ltd", "subsidiary of", "Kestrel Holdings Plc") in facts(
        read(_ITS_NAMED_SUBSIDIARY), "title"
    )


def test_a_name_written_before_an_owned_unit_noun_is_a_body() -> None:
    reading = read(_UNIT_TAGGED_A_PERSON)
    types = {e.label: e.type for e in reading.entities.entities()}
    assert types.get("Orbis") == "ORG"
    assert ("Dana Voss", "president of", "Orbis") in facts(reading, "title")
