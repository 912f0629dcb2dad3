"""A title's bare body word ("Treasury" of "Treasury Secretary X") is no other state's body the story names
in full with a state's name ("the United States Treasury"), whichever comes first: the title says no state,
so the office stays of no state; and a body named with a state's name of two words is no person's name
however its last word recurs alone (wave 89 E). Each test states its parse by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Treasury Secretary Juan Perez said Ruritania would pay. Perez told reporters that talks with the United
# States Treasury would begin."
TITLE_FIRST = """
Treasury   Treasury   PROPN NNP 2  compound ORG
Secretary  Secretary  PROPN NNP 4  compound -
Juan       Juan       PROPN NNP 4  compound PERSON
Perez      Perez      PROPN NNP 5  nsubj    I-PERSON
said       say        VERB  VBD 0  ROOT     -
Ruritania  Ruritania  PROPN NNP 8  nsubj    GPE
would      would      AUX   MD  8  aux      -
pay        pay        VERB  VB  5  ccomp    -
.          .          PUNCT .   5  punct    -
Perez      Perez      PROPN NNP 11 nsubj    PERSON
told       tell       VERB  VBD 0  ROOT     -
reporters  reporter   NOUN  NNS 11 dobj     -
that       that       SCONJ IN  21 mark     -
talks      talk       NOUN  NNS 21 nsubj    -
with       with       ADP   IN  14 prep     -
the        the        DET   DT  19 det      -
United     United     PROPN NNP 18 compound ORG
States     States     PROPN NNP 19 compound I-ORG
Treasury   Treasury   PROPN NNP 15 pobj     I-ORG
would      would      AUX   MD  21 aux      -
begin      begin      VERB  VB  11 ccomp    -
.          .          PUNCT .   11 punct    -
"""


def test_a_body_named_with_a_states_two_word_name_is_no_person() -> None:
    types = {e.label: e.type for e in read(TITLE_FIRST).entities.entities()}
    assert types["United States Treasury"] == "ORG"
    facts = read_triples(TITLE_FIRST)
    assert ("Juan Perez", "secretary of", "Treasury") in facts
    assert ("Juan Perez", "secretary of", "United States Treasury") not in facts


# "The United States Treasury said talks would begin. Treasury Secretary Juan Perez said Ruritania would
# pay."
TITLE_AFTER = """
The        the        DET   DT  4  det      -
United     United     PROPN NNP 3  compound ORG
States     States     PROPN NNP 4  compound I-ORG
Treasury   Treasury   PROPN NNP 5  nsubj    I-ORG
said       say        VERB  VBD 0  ROOT     -
talks      talk       NOUN  NNS 8  nsubj    -
would      would      AUX   MD  8  aux      -
begin      begin      VERB  VB  5  ccomp    -
.          .          PUNCT .   5  punct    -
Treasury   Treasury   PROPN NNP 11 compound ORG
Secretary  Secretary  PROPN NNP 13 compound -
Juan       Juan       PROPN NNP 13 compound PERSON
Perez      Perez      PROPN NNP 14 nsubj    I-PERSON
said       say        VERB  VBD 0  ROOT     -
Ruritania  Ruritania  PROPN NNP 17 nsubj    GPE
would      would      AUX   MD  17 aux      -
pay        pay        VERB  VB  14 ccomp    -
.          .          PUNCT .   14 punct    -
"""


def test_a_titles_bare_body_word_after_a_states_body_stays_of_no_state() -> None:
    entities = {e.label: e for e in read(TITLE_AFTER).entities.entities()}
    assert entities["United States Treasury"].aliases == ("United States Treasury",)
    assert entities["Treasury"].country is None
    facts = read_triples(TITLE_AFTER)
    assert ("Juan Perez", "secretary of", "Treasury") in facts
    assert ("Juan Perez", "secretary of", "United States Treasury") not in facts
