"""Speech edges and their audiences (wave 48 B): the press a statement is told to is no party of it ("told
reporters that …"); what an outlet quotes someone as saying is the outlet's to vouch for ("Lima Radio quoted
X as saying …"); a reported clause whose subject the parser ran into the list of addressees before it
("told the ministers of Chile and Peru the U.S. would …") is still about that subject. Sentences of our
own, parses written by hand."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

# "Bolivian officials told journalists that Chile had signed the accord."
_TOLD_JOURNALISTS = """
Bolivian    bolivian    ADJ   JJ  2  amod     NORP
officials   official    NOUN  NNS 3  nsubj    -
told        tell        VERB  VBD 0  ROOT     -
journalists journalist  NOUN  NNS 3  dobj     -
that        that        SCONJ IN  8  mark     -
Chile       Chile       PROPN NNP 8  nsubj    GPE
had         have        AUX   VBD 8  aux      -
signed      sign        VERB  VBN 3  ccomp    -
the         the         DET   DT  10 det      -
accord      accord      NOUN  NN  8  dobj     -
.           .           PUNCT .   3  punct    -
"""


def test_the_press_told_a_statement_is_no_party_of_it() -> None:
    reading = read(_TOLD_JOURNALISTS)
    assert facts(reading, "svo") == set()  # no "Bolivia tell journalists"
    assert facts(reading, "speech_content") == {("Bolivia", "say", "Chile")}


# "Bolivian officials told journalists to leave the hall." (an order to the press: they are its party)
_TOLD_JOURNALISTS_TO_LEAVE = """
Bolivian    bolivian    ADJ   JJ  2  amod     NORP
officials   official    NOUN  NNS 3  nsubj    -
told        tell        VERB  VBD 0  ROOT     -
journalists journalist  NOUN  NNS 3  dobj     -
to          to          PART  TO  6  aux      -
leave       leave       VERB  VB  3  xcomp    -
the         the         DET   DT  8  det      -
hall        hall        NOUN  NN  6  dobj     -
.           .           PUNCT .   3  punct    -
"""


def test_journalists_told_to_do_something_keep_their_edge() -> None:
    assert {(s, p, o) for s, p, o in facts(read(_TOLD_JOURNALISTS_TO_LEAVE), "svo")} == {
        ("Bolivia", "tell", "journalists")
    }


# "Bolivian officials said to reporters that Chile had signed the accord."
_SAID_TO_REPORTERS = """
Bolivian    bolivian    ADJ   JJ  2  amod     NORP
officials   official    NOUN  NNS 3  nsubj    -
said        say         VERB  VBD 0  ROOT     -
to          to          ADP   IN  3  prep     -
reporters   reporter    NOUN  NNS 4  pobj     -
that        that        SCONJ IN  9  mark     -
Chile       Chile       PROPN NNP 9  nsubj    GPE
had         have        AUX   VBD 9  aux      -
signed      sign        VERB  VBN 3  ccomp    -
the         the         DET   DT  11 det      -
accord      accord      NOUN  NN  9  dobj     -
.           .           PUNCT .   3  punct    -
"""


def test_the_press_said_to_is_no_party_either() -> None:
    reading = read(_SAID_TO_REPORTERS)
    assert facts(reading, "prep") == set()  # no "Bolivia say to journalists"
    assert facts(reading, "speech_content") == {("Bolivia", "say", "Chile")}


# "Bolivian officials told the Senate that Chile had signed the accord." (a named hearer stays)
_TOLD_THE_SENATE = """
Bolivian    bolivian    ADJ   JJ  2  amod     NORP
officials   official    NOUN  NNS 3  nsubj    -
told        tell        VERB  VBD 0  ROOT     -
the         the         DET   DT  5  det      ORG
Senate      Senate      PROPN NNP 3  dobj     I-ORG
that        that        SCONJ IN  9  mark     -
Chile       Chile       PROPN NNP 9  nsubj    GPE
had         have        AUX   VBD 9  aux      -
signed      sign        VERB  VBN 3  ccomp    -
the         the         DET   DT  11 det      -
accord      accord      NOUN  NN  9  dobj     -
.           .           PUNCT .   3  punct    -
"""


def test_a_named_hearer_keeps_its_edge() -> None:
    assert len(by_rule(read(_TOLD_THE_SENATE), "svo")) == 1


# "Smith told the ministers of Chile and Peru the United States would cut its deficit." (the parser joins
# "the United States" to the list of the ministers' states and leaves "cut" without a subject)
_TOLD_MINISTERS_OF = """
Smith     Smith     PROPN NNP 2  nsubj    PERSON
told      tell      VERB  VBD 0  ROOT     -
the       the       DET   DT  4  det      -
ministers minister  NOUN  NNS 2  dobj     -
of        of        ADP   IN  4  prep     -
Chile     Chile     PROPN NNP 5  pobj     GPE
and       and       CCONJ CC  6  cc       -
Peru      Peru      PROPN NNP 6  conj     GPE
the       the       DET   DT  11 det      GPE
United    United    PROPN NNP 11 compound I-GPE
States    States    PROPN NNP 4  conj     I-GPE
would     would     AUX   MD  13 aux      -
cut       cut       VERB  VB  2  ccomp    -
its       its       PRON  PRP$ 15 poss    -
deficit   deficit   NOUN  NN  13 dobj     -
.         .         PUNCT .   2  punct    -
"""


def test_the_subject_run_into_the_list_of_hearers_is_spoken_of() -> None:
    reading = read(_TOLD_MINISTERS_OF)
    assert facts(reading, "speech_content") == {("Smith", "say", "United States")}
    assert facts(reading, "svo") == {
        ("Smith", "tell minister of", "Chile"),
        ("Smith", "tell minister of", "Peru"),
    }


# "Lima Radio quoted Garcia as saying Chile would lose."
_QUOTED_AS_SAYING = """
Lima     Lima     PROPN NNP 2  compound ORG
Radio    Radio    PROPN NNP 3  nsubj    I-ORG
quoted   quote    VERB  VBD 0  ROOT     -
Garcia   Garcia   PROPN NNP 3  dobj     PERSON
as       as       ADP   IN  3  prep     -
saying   say      VERB  VBG 5  pcomp    -
Chile    Chile    PROPN NNP 9  nsubj    GPE
would    would    AUX   MD  9  aux      -
lose     lose     VERB  VB  6  ccomp    -
.        .        PUNCT .   3  punct    -
"""


def test_what_an_outlet_quotes_is_attributed_to_the_outlet() -> None:
    reading = read(_QUOTED_AS_SAYING)
    [said] = by_rule(reading, "speech_content")
    assert reading.entities.entity(said.subject.entity_id).label == "Garcia"
    assert said.attributed_to is not None
    assert reading.entities.entity(said.attributed_to).label == "Lima Radio"


# "Garcia was quoted by El Comercio as saying Chile would lose."
_QUOTED_BY_AS_SAYING = """
Garcia   Garcia   PROPN NNP 3  nsubjpass PERSON
was      be       AUX   VBD 3  auxpass   -
quoted   quote    VERB  VBN 0  ROOT      -
by       by       ADP   IN  3  agent     -
El       El       PROPN NNP 6  compound  ORG
Comercio Comercio PROPN NNP 4  pobj      I-ORG
as       as       ADP   IN  3  prep      -
saying   say      VERB  VBG 7  pcomp     -
Chile    Chile    PROPN NNP 11 nsubj     GPE
would    would    AUX   MD  11 aux       -
lose     lose     VERB  VB  8  ccomp     -
.        .        PUNCT .   3  punct     -
"""


def test_what_a_passive_quotes_is_attributed_to_its_by_agent() -> None:
    reading = read(_QUOTED_BY_AS_SAYING)
    [said] = by_rule(reading, "speech_content")
    assert reading.entities.entity(said.subject.entity_id).label == "Garcia"
    assert said.attributed_to is not None
    assert reading.entities.entity(said.attributed_to).label == "El Comercio"


# "Bolivian officials were quoted by the agency as saying Chile would lose." (an outlet named by its noun
# only: the words vouch for it; the officials quoted are no source of their own words)
_QUOTED_BY_THE_AGENCY = """
Bolivian  bolivian  ADJ   JJ  2  amod      NORP
officials official  NOUN  NNS 4  nsubjpass -
were      be        AUX   VBD 4  auxpass   -
quoted    quote     VERB  VBN 0  ROOT      -
by        by        ADP   IN  4  agent     -
the       the       DET   DT  7  det       -
agency    agency    NOUN  NN  5  pobj      -
as        as        ADP   IN  4  prep      -
saying    say       VERB  VBG 8  pcomp     -
Chile     Chile     PROPN NNP 12 nsubj     GPE
would     would     AUX   MD  12 aux       -
lose      lose      VERB  VB  9  ccomp     -
.         .         PUNCT .   4  punct     -
"""


def test_an_unnamed_outlet_quoting_in_the_passive_is_the_source() -> None:
    reading = read(_QUOTED_BY_THE_AGENCY)
    [said] = by_rule(reading, "speech_content")
    assert reading.entities.entity(said.subject.entity_id).label == "Bolivia"
    assert said.attributed_to == "source:agency"  # the pipeline gives its words as the attribution


# "Bolivian officials spoke to reporters after the vote." (a plain verb of speech, no content)
_SPOKE_TO_REPORTERS = """
Bolivian  bolivian  ADJ   JJ  2  amod   NORP
officials official  NOUN  NNS 3  nsubj  -
spoke     speak     VERB  VBD 0  ROOT   -
to        to        ADP   IN  3  prep   -
reporters reporter  NOUN  NNS 4  pobj   -
after     after     ADP   IN  3  prep   -
the       the       DET   DT  8  det    -
vote      vote      NOUN  NN  6  pobj   -
.         .         PUNCT .   3  punct  -
"""


def test_speaking_to_the_press_is_no_edge_to_it() -> None:
    assert facts(read(_SPOKE_TO_REPORTERS), "prep") == set()


# "Jane Roe gave an interview to reporters."
_INTERVIEW_TO_REPORTERS = """
Jane      Jane      PROPN NNP 2  compound PERSON
Roe       Roe       PROPN NNP 3  nsubj    I-PERSON
gave      give      VERB  VBD 0  ROOT     -
an        an        DET   DT  5  det      -
interview interview NOUN  NN  3  dobj     -
to        to        ADP   IN  3  prep     -
reporters reporter  NOUN  NNS 6  pobj     -
.         .         PUNCT .   3  punct    -
"""


def test_an_interview_given_to_the_press_is_no_edge_to_it() -> None:
    assert facts(read(_INTERVIEW_TO_REPORTERS), "prep") == set()


# "Jane Roe said in an interview with journalists that Chile would pay."
_IN_AN_INTERVIEW_WITH_JOURNALISTS = """
Jane        Jane        PROPN NNP 2  compound PERSON
Roe         Roe         PROPN NNP 3  nsubj    I-PERSON
said        say         VERB  VBD 0  ROOT     -
in          in          ADP   IN  3  prep     -
an          an          DET   DT  6  det      -
interview   interview   NOUN  NN  4  pobj     -
with        with        ADP   IN  6  prep     -
journalists journalist  NOUN  NNS 7  pobj     -
that        that        SCONJ IN  12 mark     -
Chile       Chile       PROPN NNP 12 nsubj    GPE
would       would       AUX   MD  12 aux      -
pay         pay         VERB  VB  3  ccomp    -
.           .           PUNCT .   3  punct    -
"""


def test_the_press_an_interview_is_held_with_is_no_party() -> None:
    reading = read(_IN_AN_INTERVIEW_WITH_JOURNALISTS)
    assert facts(reading, "circumstance_event") == set()


# "Jane Roe said in an interview with the Lima Gazette that Chile would pay." (a named outlet stays)
_IN_AN_INTERVIEW_WITH_AN_OUTLET = """
Jane        Jane        PROPN NNP 2  compound PERSON
Roe         Roe         PROPN NNP 3  nsubj    I-PERSON
said        say         VERB  VBD 0  ROOT     -
in          in          ADP   IN  3  prep     -
an          an          DET   DT  6  det      -
interview   interview   NOUN  NN  4  pobj     -
with        with        ADP   IN  6  prep     -
the         the         DET   DT  10 det      ORG
Lima        Lima        PROPN NNP 10 compound I-ORG
Gazette     Gazette     PROPN NNP 7  pobj     I-ORG
that        that        SCONJ IN  14 mark     -
Chile       Chile       PROPN NNP 14 nsubj    GPE
would       would       AUX   MD  14 aux      -
pay         pay         VERB  VB  3  ccomp    -
.           .           PUNCT .   3  punct    -
"""


def test_a_named_outlet_an_interview_is_held_with_keeps_its_edge() -> None:
    assert facts(read(_IN_AN_INTERVIEW_WITH_AN_OUTLET), "circumstance_event") == {
        ("Jane Roe", "interview with", "Lima Gazette")
    }
