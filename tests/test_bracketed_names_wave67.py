"""A name completed in editors' brackets (wave 67 E, second task): wire copy clarifies a quoted surname with
the rest of the name, and the title, in brackets ('"... on (Chilean Foreign Minister Ana) Roca"'). A
bracket that closes right before a capitalised surname and holds a title and/or given names makes one name
with the surname ("Ana Roca"), titled as the bracket says; a bracket holding only a title ("(President)
Roca", "[Prime Minister] Roca") titles the surname after it. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

# The model tags the surname, not the given name inside the bracket, as the person.
GIVEN_NAME_IN_BRACKET = """
Officials officials NOUN  NNS   2  nsubj    -
said      say       VERB  VBD   0  ROOT     -
the       the       DET   DT    4  det      -
envoy     envoy     NOUN  NN    6  nsubj    -
would     would     AUX   MD    6  aux      -
meet      meet      VERB  VB    2  ccomp    -
(         (         PUNCT -LRB- 13 punct    -
Chilean   chilean   ADJ   JJ    10 amod     NORP
Foreign   Foreign   PROPN NNP   10 compound -
Minister  Minister  PROPN NNP   13 compound -
Ana       Ana       PROPN NNP   13 nmod     -
)         )         PUNCT -RRB- 13 punct    -
Roca      Roca      PROPN NNP   6  dobj     PERSON
.         .         PUNCT .     2  punct    -
"""

# ... and the other way round: the given name inside the bracket, not the surname after it.
GIVEN_NAME_TAGGED = """
Officials officials NOUN  NNS   2  nsubj    -
said      say       VERB  VBD   0  ROOT     -
the       the       DET   DT    4  det      -
envoy     envoy     NOUN  NN    6  nsubj    -
would     would     AUX   MD    6  aux      -
meet      meet      VERB  VB    2  ccomp    -
(         (         PUNCT -LRB- 13 punct    -
Chilean   chilean   ADJ   JJ    10 amod     NORP
Foreign   Foreign   PROPN NNP   10 compound -
Minister  Minister  PROPN NNP   13 compound -
Ana       Ana       PROPN NNP   13 nmod     PERSON
)         )         PUNCT -RRB- 13 punct    -
Roca      Roca      PROPN NNP   6  dobj     -
.         .         PUNCT .     2  punct    -
"""

TITLE_IN_BRACKET = """
Officials officials NOUN  NNS   2  nsubj    -
said      say       VERB  VBD   0  ROOT     -
the       the       DET   DT    4  det      -
envoy     envoy     NOUN  NN    6  nsubj    -
would     would     AUX   MD    6  aux      -
meet      meet      VERB  VB    2  ccomp    -
(         (         PUNCT -LRB- 10 punct    -
Chilean   chilean   ADJ   JJ    9  amod     NORP
President President PROPN NNP   10 compound -
)         )         PUNCT -RRB- 10 punct    -
Roca      Roca      PROPN NNP   6  dobj     PERSON
.         .         PUNCT .     2  punct    -
"""


def test_a_given_name_in_a_bracket_before_the_surname_is_one_name_titled_by_the_bracket() -> None:
    reading = read(GIVEN_NAME_IN_BRACKET)
    labels = {e.label for e in reading.entities.entities()}
    assert "Ana Roca" in labels and "Ana" not in labels
    assert ("Ana Roca", "foreign minister of", "Chile") in facts(reading, "title")


def test_a_tagged_given_name_in_a_bracket_runs_on_to_the_surname_after_it() -> None:
    reading = read(GIVEN_NAME_TAGGED)
    labels = {e.label for e in reading.entities.entities()}
    assert "Ana Roca" in labels and "Ana" not in labels
    assert ("Ana Roca", "foreign minister of", "Chile") in facts(reading, "title")


def test_a_title_in_a_bracket_titles_the_surname_after_it() -> None:
    reading = read(TITLE_IN_BRACKET)
    assert ("Roca", "president of", "Chile") in facts(reading, "title")


# A bare pair of given names in brackets, no title and no state's word: an editor's gloss (perhaps misspelt),
# not the name's completion; the tagger's span across the bracket is left as it was (no name).
BARE_GIVEN_NAMES_IN_BRACKET = """
We     we     PRON  PRP 4  nsubj -
will   will   AUX   MD  4  aux   -
never  never  ADV   RB  4  neg   -
talk   talk   VERB  VB  14 ccomp -
to     to     ADP   IN  4  prep  -
[      [      X     XX  10 nmod  -
Omar   Omar   PROPN NNP 10 nmod  PERSON
al     al     PROPN NNP 10 nmod  I-PERSON
]      ]      X     XX  10 punct I-PERSON
Hakim  Hakim  PROPN NNP 5  pobj  I-PERSON
,      ,      PUNCT ,   14 punct -
the    the    DET   DT  13 det   -
rebels rebel  NOUN  NNS 14 nsubj -
said   say    VERB  VBD 0  ROOT  -
.      .      PUNCT .   14 punct -
"""

# Only the surname tagged, after a bracket of given names alone.
BARE_GIVEN_NAME_BEFORE_SURNAME = """
We     we     PRON  PRP 4  nsubj -
will   will   AUX   MD  4  aux   -
never  never  ADV   RB  4  neg   -
talk   talk   VERB  VB  13 ccomp -
to     to     ADP   IN  4  prep  -
[      [      X     XX  9  nmod  -
Omar   Omar   PROPN NNP 9  nmod  -
]      ]      X     XX  9  punct -
Hakim  Hakim  PROPN NNP 5  pobj  PERSON
,      ,      PUNCT ,   13 punct -
the    the    DET   DT  12 det   -
rebels rebel  NOUN  NNS 13 nsubj -
said   say    VERB  VBD 0  ROOT  -
.      .      PUNCT .   13 punct -
"""

# The tagger runs the name on across the bracket into the capitalised verb after the surname.
VERB_AFTER_SURNAME = """
When      when      SCONJ WRB   9  advmod   -
[         [         X     XX    5  nmod     -
Chilean   chilean   ADJ   JJ    4  amod     NORP
President President PROPN NNP   5  compound -
Ana       Ana       PROPN NNP   8  dep      PERSON
]         ]         PUNCT -RRB- 5  punct    I-PERSON
Roca      Roca      PROPN NNP   9  nsubj    I-PERSON
Announced announce  VERB  VBD   14 advcl    I-PERSON
a         a         DET   DT    11 det      -
curfew    curfew    NOUN  NN    9  dobj     -
,         ,         PUNCT ,     14 punct    -
people    people    NOUN  NNS   14 nsubj    -
stayed    stay      VERB  VBD   0  ROOT     -
home      home      ADV   RB    14 advmod   -
.         .         PUNCT .     14 punct    -
"""

# ... or tags the surname and the verb, not the given name in the bracket.
VERB_AFTER_TAGGED_SURNAME = """
When      when      SCONJ WRB   9  advmod   -
[         [         X     XX    5  nmod     -
Chilean   chilean   ADJ   JJ    4  amod     NORP
President President PROPN NNP   5  compound -
Ana       Ana       PROPN NNP   8  dep      -
]         ]         PUNCT -RRB- 5  punct    -
Roca      Roca      PROPN NNP   9  nsubj    PERSON
Announced announce  VERB  VBD   14 advcl    I-PERSON
a         a         DET   DT    11 det      -
curfew    curfew    NOUN  NN    9  dobj     -
,         ,         PUNCT ,     14 punct    -
people    people    NOUN  NNS   14 nsubj    -
stayed    stay      VERB  VBD   0  ROOT     -
home      home      ADV   RB    14 advmod   -
.         .         PUNCT .     14 punct    -
"""


def test_a_bare_pair_of_given_names_in_a_bracket_makes_no_name_with_the_surname() -> None:
    labels = {e.label for e in read(BARE_GIVEN_NAMES_IN_BRACKET).entities.entities()}
    assert not any("Omar" in label for label in labels)
    labels = {e.label for e in read(BARE_GIVEN_NAME_BEFORE_SURNAME).entities.entities()}
    assert "Hakim" in labels and "Omar Hakim" not in labels


def test_the_surname_after_a_bracket_never_takes_in_a_capitalised_verb() -> None:
    for table in (VERB_AFTER_SURNAME, VERB_AFTER_TAGGED_SURNAME):
        reading = read(table)
        labels = {e.label for e in reading.entities.entities()}
        assert "Ana Roca" in labels and not any("Announced" in label for label in labels)
        assert ("Ana Roca", "president of", "Chile") in facts(reading, "title")
