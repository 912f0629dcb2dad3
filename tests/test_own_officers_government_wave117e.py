"""Whose is "the government" an officer of the story's own state speaks of (wave 117 E): "Canadian Foreign
Minister X said the US had agreed to free the men. He said the government had sought their return" is
Canada's government, not the reported state's (organisations._own_speakers_state); a visiting officer in a
story set in the host state, and a government spoken of after a sentence whose own subject is another
state, stay as they were. Parses are built by hand as the parser gave them (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

OWN_GOVERNMENT = """
Canada       Canada       PROPN NNP  2   nsubj     GPE
welcomed     welcome      VERB  VBD  0   ROOT      -
the          the          DET   DT   4   det       -
deal         deal         NOUN  NN   2   dobj      -
.            .            PUNCT .    2   punct     -
Canadian     canadian     ADJ   JJ   8   amod      NORP
Foreign      Foreign      PROPN NNP  8   compound  -
Minister     Minister     PROPN NNP  10  compound  -
Paul         Paul         PROPN NNP  10  compound  PERSON
Durand       Durand       PROPN NNP  11  nsubj     I-PERSON
said         say          VERB  VBD  0   ROOT      -
the          the          DET   DT   13  det       -
US           US           PROPN NNP  15  nsubj     GPE
had          have         AUX   VBD  15  aux       -
agreed       agree        VERB  VBN  11  ccomp     -
to           to           PART  TO   17  aux       -
free         free         VERB  VB   15  xcomp     -
the          the          DET   DT   19  det       -
men          man          NOUN  NNS  17  dobj      -
.            .            PUNCT .    11  punct     -
He           he           PRON  PRP  22  nsubj     -
said         say          VERB  VBD  0   ROOT      -
the          the          DET   DT   24  det       -
government   government   NOUN  NN   26  nsubj     -
had          have         AUX   VBD  26  aux       -
sought       seek         VERB  VBN  22  ccomp     -
their        their        PRON  PRP$ 28  poss      -
return       return       NOUN  NN   26  dobj      -
.            .            PUNCT .    22  punct     -
Civic        Civic        PROPN NNP  31  compound  ORG
Watch        Watch        PROPN NNP  32  nsubj     I-ORG
called       call         VERB  VBD  0   ROOT      -
on           on           ADP   IN   32  prep      -
the          the          DET   DT   35  det       -
government   government   NOUN  NN   33  pobj      -
to           to           PART  TO   37  aux       -
free         free         VERB  VB   32  xcomp     -
others       other        NOUN  NNS  37  dobj      -
.            .            PUNCT .    32  punct     -
"""

# A visiting officer in a story set in the host state speaks of the host's government.
VISITOR = """
Iraq         Iraq         PROPN NNP  2   nsubj     GPE
welcomed     welcome      VERB  VBD  0   ROOT      -
the          the          DET   DT   4   det       -
talks        talk         NOUN  NNS  2   dobj      -
.            .            PUNCT .    2   punct     -
Iraqi        iraqi        ADJ   JJ   7   amod      NORP
officials    official     NOUN  NNS  8   nsubj     -
praised      praise       VERB  VBD  0   ROOT      -
the          the          DET   DT   10  det       -
visit        visit        NOUN  NN   8   dobj      -
.            .            PUNCT .    8   punct     -
US           US           PROPN NNP  13  compound  GPE
Secretary    Secretary    PROPN NNP  17  compound  -
of           of           ADP   IN   13  prep      -
State        State        PROPN NNP  14  pobj      -
Mark         Mark         PROPN NNP  17  compound  PERSON
Hale         Hale         PROPN NNP  18  nsubj     I-PERSON
said         say          VERB  VBD  0   ROOT      -
Iraq         Iraq         PROPN NNP  21  nsubj     GPE
had          have         AUX   VBD  21  aux       -
made         make         VERB  VBN  18  ccomp     -
progress     progress     NOUN  NN   21  dobj      -
.            .            PUNCT .    18  punct     -
He           he           PRON  PRP  25  nsubj     -
said         say          VERB  VBD  0   ROOT      -
the          the          DET   DT   27  det       -
government   government   NOUN  NN   29  nsubj     -
must         must         AUX   MD   29  aux       -
include      include      VERB  VB   25  ccomp     -
Sunnis       Sunnis       PROPN NNPS 29  dobj      NORP
.            .            PUNCT .    25  punct     -
"""

# The sentence before is about another state by its own subject, not by what an officer reports.
ABOUT_ANOTHER = """
Canada       Canada       PROPN NNP  2   nsubj     GPE
welcomed     welcome      VERB  VBD  0   ROOT      -
the          the          DET   DT   4   det       -
vote         vote         NOUN  NN   2   dobj      -
.            .            PUNCT .    2   punct     -
Peru         Peru         PROPN NNP  7   nsubj     GPE
held         hold         VERB  VBD  0   ROOT      -
elections    election     NOUN  NNS  7   dobj      -
.            .            PUNCT .    7   punct     -
Canadian     canadian     ADJ   JJ   12  amod      NORP
Foreign      Foreign      PROPN NNP  12  compound  -
Minister     Minister     PROPN NNP  14  compound  -
Paul         Paul         PROPN NNP  14  compound  PERSON
Durand       Durand       PROPN NNP  15  nsubj     I-PERSON
said         say          VERB  VBD  0   ROOT      -
the          the          DET   DT   17  det       -
government   government   NOUN  NN   19  nsubj     -
must         must         AUX   MD   19  aux       -
include      include      VERB  VB   15  ccomp     -
all          all          DET   DT   21  det       -
parties      party        NOUN  NNS  19  dobj      -
.            .            PUNCT .    15  punct     -
"""


def test_the_government_an_own_officer_speaks_of_after_his_report_of_another_state_is_his_own() -> None:
    reading = read(OWN_GOVERNMENT)
    said = facts(reading, "speech_content")
    assert ("Paul Durand", "say", "United States") in said  # what he reports of the US
    assert ("Paul Durand", "say", "Canada") in said  # the government he speaks of next
    assert ("Civic Watch", "call on", "Canada") in facts(reading, "prep")
    assert ("Civic Watch", "call on", "United States") not in facts(reading, "prep")


def test_a_visiting_officer_speaks_of_the_hosts_government() -> None:
    said = facts(read(VISITOR), "speech_content")  # "the government must include": a demand of it
    assert ("Mark Hale", "demand", "Iraq") in said
    assert ("Mark Hale", "demand", "United States") not in said


def test_after_a_sentence_about_another_state_its_government_stays() -> None:
    said = facts(read(ABOUT_ANOTHER), "speech_content")
    assert ("Paul Durand", "demand", "Peru") in said
    assert ("Paul Durand", "demand", "Canada") not in said
