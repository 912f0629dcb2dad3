"""The state of an office holder and of a body's officers, in the usual shapes of English news (sentences of
our own, parsed by hand): a portfolio written "Economics" before "Minister", a title held "in" a capital that
stands for its government, and a title of an unnamed unit of a named body ("head of the Bank of X's
exchange department")."""

from __future__ import annotations

from hand_docs import country_of, facts, read, then_abroad

# "West German Economics Minister Martin Weber met Chilean officials."
ECONOMICS_MINISTER_BEFORE_NAME = """
West         west         ADJ   JJ   2  amod      NORP
German       german       ADJ   JJ   4  amod      I-NORP
Economics    Economics    PROPN NNP  4  compound  -
Minister     Minister     PROPN NNP  6  compound  -
Martin       Martin       PROPN NNP  6  compound  PERSON
Weber        Weber        PROPN NNP  7  nsubj     I-PERSON
met          meet         VERB  VBD  0  ROOT      -
Chilean      chilean      ADJ   JJ   9  amod      NORP
officials    official     NOUN  NNS  7  dobj      -
.            .            PUNCT .    7  punct     -
"""


def test_an_economics_minister_is_of_the_state_written_before_the_title() -> None:
    reading = read(ECONOMICS_MINISTER_BEFORE_NAME)
    assert ("Martin Weber", "economics minister of", "Germany") in facts(reading, "title")
    assert country_of(reading, "Martin Weber") == "DEU"


# "Martin Weber, economics minister in Bonn, met the French envoy."
MINISTER_IN_A_CAPITAL = """
Martin       Martin       PROPN NNP  2  compound  PERSON
Weber        Weber        PROPN NNP  9  nsubj     I-PERSON
,            ,            PUNCT ,    2  punct     -
economics    economic     NOUN  NNS  5  compound  -
minister     minister     NOUN  NN   2  appos     -
in           in           ADP   IN   5  prep      -
Bonn         Bonn         PROPN NNP  6  pobj      GPE
,            ,            PUNCT ,    2  punct     -
met          meet         VERB  VBD  0  ROOT      -
the          the          DET   DT   12 det       -
French       french       ADJ   JJ   12 amod      NORP
envoy        envoy        NOUN  NN   9  dobj      -
.            .            PUNCT .    9  punct     -
"""


def test_a_minister_in_a_capital_holds_the_office_of_its_state_not_of_the_other_side() -> None:
    reading = read(MINISTER_IN_A_CAPITAL)
    assert ("Martin Weber", "economics minister of", "Germany") in facts(reading, "title")
    assert ("Martin Weber", "economics minister of", "France") not in facts(reading, "title")
    assert country_of(reading, "Martin Weber") == "DEU"


# "Martin Weber, the ambassador in Bonn, met the French envoy."
AMBASSADOR_IN_A_CAPITAL = """
Martin       Martin       PROPN NNP  2  compound  PERSON
Weber        Weber        PROPN NNP  9  nsubj     I-PERSON
,            ,            PUNCT ,    2  punct     -
the          the          DET   DT   5  det       -
ambassador   ambassador   NOUN  NN   2  appos     -
in           in           ADP   IN   5  prep      -
Bonn         Bonn         PROPN NNP  6  pobj      GPE
,            ,            PUNCT ,    2  punct     -
met          meet         VERB  VBD  0  ROOT      -
the          the          DET   DT   12 det       -
French       french       ADJ   JJ   12 amod      NORP
envoy        envoy        NOUN  NN   9  dobj      -
.            .            PUNCT .    9  punct     -
"""


def test_an_ambassador_in_a_capital_is_posted_there_not_its_states() -> None:
    reading = read(AMBASSADOR_IN_A_CAPITAL)
    assert country_of(reading, "Martin Weber") != "DEU"


# "John Brown, head of the Bank of England's exchange department, met Chilean officials."
HEAD_OF_A_BODYS_UNIT = """
John         John         PROPN NNP  2  compound  PERSON
Brown        Brown        PROPN NNP  14 nsubj     I-PERSON
,            ,            PUNCT ,    2  punct     -
head         head         NOUN  NN   2  appos     -
of           of           ADP   IN   4  prep      -
the          the          DET   DT   7  det       ORG
Bank         Bank         PROPN NNP  12 poss      I-ORG
of           of           ADP   IN   7  prep      I-ORG
England      England      PROPN NNP  8  pobj      I-ORG
's           's           PART  POS  7  case      I-ORG
exchange     exchange     NOUN  NN   12 compound  -
department   department   NOUN  NN   5  pobj      -
,            ,            PUNCT ,    2  punct     -
met          meet         VERB  VBD  0  ROOT      -
Chilean      chilean      ADJ   JJ   16 amod      NORP
officials    official     NOUN  NNS  14 dobj      -
.            .            PUNCT .    14 punct     -
"""


def test_the_head_of_a_bodys_unit_is_of_the_bodys_state() -> None:
    reading = read(HEAD_OF_A_BODYS_UNIT)
    assert country_of(reading, "John Brown") == "GBR"
    assert ("John Brown", "head of", "Bank of England") not in facts(reading, "title")


# "The West German Economics Minister, Martin Weber, met Chilean officials." (the tagger takes "The West
# German Economics" for a body's name)
STATE_AND_PORTFOLIO_TAGGED_AS_A_BODY = """
The          the          DET   DT   5  det       ORG
West         west         ADJ   JJ   3  amod      I-ORG
German       german       ADJ   JJ   5  amod      I-ORG
Economics    Economics    PROPN NNP  5  compound  I-ORG
Minister     Minister     PROPN NNP  10 nsubj     -
,            ,            PUNCT ,    5  punct     -
Martin       Martin       PROPN NNP  8  compound  PERSON
Weber        Weber        PROPN NNP  5  appos     I-PERSON
,            ,            PUNCT ,    5  punct     -
met          meet         VERB  VBD  0  ROOT      -
Chilean      chilean      ADJ   JJ   12 amod      NORP
officials    official     NOUN  NNS  10 dobj      -
.            .            PUNCT .    10 punct     -
"""


def test_a_state_and_a_portfolio_tagged_as_a_body_are_the_state_and_the_title() -> None:
    reading = read(STATE_AND_PORTFOLIO_TAGGED_AS_A_BODY)
    assert ("Martin Weber", "economics minister of", "Germany") in facts(reading, "title")
    assert not [e for e in reading.entities.entities() if e.label == "West German Economics"]


# "Martin Weber, the minister of economics of West Germany, met the French envoy."
OWNER_AFTER_THE_PORTFOLIO = """
Martin       Martin       PROPN NNP  2  compound  PERSON
Weber        Weber        PROPN NNP  12 nsubj     I-PERSON
,            ,            PUNCT ,    2  punct     -
the          the          DET   DT   5  det       -
minister     minister     NOUN  NN   2  appos     -
of           of           ADP   IN   5  prep      -
economics    economic     NOUN  NNS  6  pobj      -
of           of           ADP   IN   7  prep      -
West         West         PROPN NNP  10 compound  GPE
Germany      Germany      PROPN NNP  8  pobj      I-GPE
,            ,            PUNCT ,    2  punct     -
met          meet         VERB  VBD  0  ROOT      -
the          the          DET   DT   15 det       -
French       french       ADJ   JJ   15 amod      NORP
envoy        envoy        NOUN  NN   12 dobj      -
.            .            PUNCT .    12 punct     -
"""


def test_the_owner_hung_on_the_portfolio_owns_the_title() -> None:
    reading = read(OWNER_AFTER_THE_PORTFOLIO)
    assert ("Martin Weber", "economics minister of", "Germany") in facts(reading, "title")
    assert country_of(reading, "Martin Weber") == "DEU"


# "Tokyo-based Acme Corp and Beta Inc signed a deal. Canada objected."
SEAT_BEFORE_THE_FIRST_OF_TWO_FIRMS = then_abroad(
    """
Tokyo        Tokyo        PROPN NNP  3  npadvmod  GPE
-            -            PUNCT HYPH 3  punct     -
based        base         VERB  VBN  5  amod      -
Acme         Acme         PROPN NNP  5  compound  ORG
Corp         Corp         PROPN NNP  9  nsubj     I-ORG
and          and          CCONJ CC   5  cc        -
Beta         Beta         PROPN NNP  8  compound  ORG
Inc          Inc          PROPN NNP  5  conj      I-ORG
signed       sign         VERB  VBD  0  ROOT      -
a            a            DET   DT   11 det       -
deal         deal         NOUN  NN   9  dobj      -
.            .            PUNCT .    9  punct     -
"""
)


def test_a_firms_seat_is_not_the_next_firms() -> None:
    reading = read(SEAT_BEFORE_THE_FIRST_OF_TWO_FIRMS)
    assert country_of(reading, "Acme Corp") == "JPN"
    assert country_of(reading, "Beta Inc") != "JPN"


# "Acme Corp, a Dutch bank, said its president, John Smith, would resign."
ITS_OFFICER_NAMED_AFTER_THE_TITLE = """
Acme         Acme         PROPN NNP  2  compound  ORG
Corp         Corp         PROPN NNP  8  nsubj     I-ORG
,            ,            PUNCT ,    2  punct     -
a            a            DET   DT   6  det       -
Dutch        dutch        ADJ   JJ   6  amod      NORP
bank         bank         NOUN  NN   2  appos     -
,            ,            PUNCT ,    2  punct     -
said         say          VERB  VBD  0  ROOT      -
its          its          PRON  PRP$ 10 poss      -
president    president    NOUN  NN   16 nsubj     -
,            ,            PUNCT ,    10 punct     -
John         John         PROPN NNP  13 compound  PERSON
Smith        Smith        PROPN NNP  10 appos     I-PERSON
,            ,            PUNCT ,    10 punct     -
would        would        AUX   MD   16 aux       -
resign       resign       VERB  VB   8  ccomp     -
.            .            PUNCT .    8  punct     -
"""


def test_its_officer_is_the_subject_firms_and_of_its_state() -> None:
    reading = read(ITS_OFFICER_NAMED_AFTER_THE_TITLE)
    assert ("John Smith", "president of", "Acme Corp") in facts(reading, "title")
    assert country_of(reading, "John Smith") == "NLD"


# "Acme Corp, a Dutch bank, said John Smith, its chairman, would resign."
NAME_THEN_ITS_TITLE = """
Acme         Acme         PROPN NNP  2  compound  ORG
Corp         Corp         PROPN NNP  8  nsubj     I-ORG
,            ,            PUNCT ,    2  punct     -
a            a            DET   DT   6  det       -
Dutch        dutch        ADJ   JJ   6  amod      NORP
bank         bank         NOUN  NN   2  appos     -
,            ,            PUNCT ,    2  punct     -
said         say          VERB  VBD  0  ROOT      -
John         John         PROPN NNP  10 compound  PERSON
Smith        Smith        PROPN NNP  16 nsubj     I-PERSON
,            ,            PUNCT ,    10 punct     -
its          its          PRON  PRP$ 13 poss      -
chairman     chairman     NOUN  NN   10 appos     -
,            ,            PUNCT ,    10 punct     -
would        would        AUX   MD   16 aux       -
resign       resign       VERB  VB   8  ccomp     -
.            .            PUNCT .    8  punct     -
"""


def test_a_name_with_its_title_in_apposition_is_a_person_of_the_firms_state() -> None:
    reading = read(NAME_THEN_ITS_TITLE)
    [smith] = [e for e in reading.entities.entities() if e.label == "John Smith"]
    assert smith.type == "PERSON"
    assert country_of(reading, "John Smith") == "NLD"


# "Acme Corp of Canada said profits rose. John Smith, chairman of Acme, met Chilean officials."
FIRM_NAMED_WITH_ITS_HOME_THEN_SHORT = """
Acme         Acme         PROPN NNP  2  compound  ORG
Corp         Corp         PROPN NNP  5  nsubj     I-ORG
of           of           ADP   IN   2  prep      I-ORG
Canada       Canada       PROPN NNP  3  pobj      I-ORG
said         say          VERB  VBD  0  ROOT      -
profits      profit       NOUN  NNS  7  nsubj     -
rose         rise         VERB  VBD  5  ccomp     -
.            .            PUNCT .    5  punct     -
John         John         PROPN NNP  10 compound  PERSON
Smith        Smith        PROPN NNP  16 nsubj     I-PERSON
,            ,            PUNCT ,    10 punct     -
chairman     chairman     NOUN  NN   10 appos     -
of           of           ADP   IN   12 prep      -
Acme         Acme         PROPN NNP  13 pobj      ORG
,            ,            PUNCT ,    10 punct     -
met          meet         VERB  VBD  0  ROOT      -
Chilean      chilean      ADJ   JJ   18 amod      NORP
officials    official     NOUN  NNS  16 dobj      -
.            .            PUNCT .    16 punct     -
"""


def test_a_firms_short_name_is_the_firm_named_with_its_home() -> None:
    reading = read(FIRM_NAMED_WITH_ITS_HOME_THEN_SHORT)
    # (wave 80 E: a firm's name ends at its legal form before "of <place>", the place its home: "Acme Corp")
    assert ("John Smith", "chairperson of", "Acme Corp") in facts(reading, "title")
    assert country_of(reading, "John Smith") == "CAN"
    assert country_of(reading, "Acme Corp") == "CAN"


# "Martin Weber, who is economics minister in Bonn, met the French envoy."
MINISTER_IN_A_CAPITAL_BY_A_RELATIVE_CLAUSE = """
Martin       Martin       PROPN NNP  2  compound  PERSON
Weber        Weber        PROPN NNP  11 nsubj     I-PERSON
,            ,            PUNCT ,    2  punct     -
who          who          PRON  WP   5  nsubj     -
is           be           AUX   VBZ  2  relcl     -
economics    economic     NOUN  NNS  7  compound  -
minister     minister     NOUN  NN   5  attr      -
in           in           ADP   IN   7  prep      -
Bonn         Bonn         PROPN NNP  8  pobj      GPE
,            ,            PUNCT ,    2  punct     -
met          meet         VERB  VBD  0  ROOT      -
the          the          DET   DT   14 det       -
French       french       ADJ   JJ   14 amod      NORP
envoy        envoy        NOUN  NN   11 dobj      -
.            .            PUNCT .    11 punct     -
"""


def test_who_is_minister_in_a_capital_holds_the_office_of_its_state() -> None:
    reading = read(MINISTER_IN_A_CAPITAL_BY_A_RELATIVE_CLAUSE)
    assert country_of(reading, "Martin Weber") == "DEU"


# "Chile said the bank and its chairman, John Smith, were fined." (the tagger takes Chile for a body)
ITS_AFTER_ANOTHER_BODYS_NOUN = """
Chile        Chile        PROPN NNP  2  nsubj     ORG
said         say          VERB  VBD  0  ROOT      -
the          the          DET   DT   4  det       -
bank         bank         NOUN  NN   13 nsubjpass -
and          and          CCONJ CC   4  cc        -
its          its          PRON  PRP$ 7  poss      -
chairman     chairman     NOUN  NN   4  conj      -
,            ,            PUNCT ,    7  punct     -
John         John         PROPN NNP  10 compound  PERSON
Smith        Smith        PROPN NNP  7  appos     I-PERSON
,            ,            PUNCT ,    7  punct     -
were         be           AUX   VBD  13 auxpass   -
fined        fine         VERB  VBN  2  ccomp     -
.            .            PUNCT .    2  punct     -
"""


def test_its_after_another_bodys_noun_is_not_the_subjects() -> None:
    reading = read(ITS_AFTER_ANOTHER_BODYS_NOUN)
    assert ("John Smith", "chairperson of", "Chile") not in facts(reading, "title")


# "Acme Corp is a Dutch bank. John Smith, chairman of Acme Corp, met Chilean officials."
FIRM_DESCRIBED_BY_BE = """
Acme         Acme         PROPN NNP  2  compound  ORG
Corp         Corp         PROPN NNP  3  nsubj     I-ORG
is           be           AUX   VBZ  0  ROOT      -
a            a            DET   DT   6  det       -
Dutch        dutch        ADJ   JJ   6  amod      NORP
bank         bank         NOUN  NN   3  attr      -
.            .            PUNCT .    3  punct     -
John         John         PROPN NNP  9  compound  PERSON
Smith        Smith        PROPN NNP  16 nsubj     I-PERSON
,            ,            PUNCT ,    9  punct     -
chairman     chairman     NOUN  NN   9  appos     -
of           of           ADP   IN   11 prep      -
Acme         Acme         PROPN NNP  14 compound  ORG
Corp         Corp         PROPN NNP  12 pobj      I-ORG
,            ,            PUNCT ,    9  punct     -
met          meet         VERB  VBD  0  ROOT      -
Chilean      chilean      ADJ   JJ   18 amod      NORP
officials    official     NOUN  NNS  16 dobj      -
.            .            PUNCT .    16 punct     -
"""


def test_a_firm_said_by_be_to_be_a_states_bank_is_of_it_and_so_is_its_chairman() -> None:
    reading = read(FIRM_DESCRIBED_BY_BE)
    assert country_of(reading, "Acme Corp") == "NLD"
    assert country_of(reading, "John Smith") == "NLD"


# "Acme Corp, a Dutch bank, said profits rose. Its chairman, John Smith, met Chilean officials."
ITS_OFFICER_IN_THE_NEXT_SENTENCE = """
Acme         Acme         PROPN NNP  2  compound  ORG
Corp         Corp         PROPN NNP  8  nsubj     I-ORG
,            ,            PUNCT ,    2  punct     -
a            a            DET   DT   6  det       -
Dutch        dutch        ADJ   JJ   6  amod      NORP
bank         bank         NOUN  NN   2  appos     -
,            ,            PUNCT ,    2  punct     -
said         say          VERB  VBD  0  ROOT      -
profits      profit       NOUN  NNS  10 nsubj     -
rose         rise         VERB  VBD  8  ccomp     -
.            .            PUNCT .    8  punct     -
Its          its          PRON  PRP$ 13 poss      -
chairman     chairman     NOUN  NN   18 nsubj     -
,            ,            PUNCT ,    13 punct     -
John         John         PROPN NNP  16 compound  PERSON
Smith        Smith        PROPN NNP  13 appos     I-PERSON
,            ,            PUNCT ,    13 punct     -
met          meet         VERB  VBD  0  ROOT      -
Chilean      chilean      ADJ   JJ   20 amod      NORP
officials    official     NOUN  NNS  18 dobj      -
.            .            PUNCT .    18 punct     -
"""


def test_its_officer_opening_the_next_sentence_is_the_subject_firms_before() -> None:
    reading = read(ITS_OFFICER_IN_THE_NEXT_SENTENCE)
    assert ("John Smith", "chairperson of", "Acme Corp") in facts(reading, "title")
    assert country_of(reading, "John Smith") == "NLD"


# "Bonn's economics minister, Martin Weber, met the French envoy." in a story of 1987
CAPITAL_SEAT_OF_A_PAST_GOVERNMENT = """
Bonn         Bonn         PROPN NNP  4  poss      GPE
's           's           PART  POS  1  case      -
economics    economics    NOUN  NN   4  compound  -
minister     minister     NOUN  NN   9  nsubj     -
,            ,            PUNCT ,    4  punct     -
Martin       Martin       PROPN NNP  7  compound  PERSON
Weber        Weber        PROPN NNP  4  appos     I-PERSON
,            ,            PUNCT ,    4  punct     -
met          meet         VERB  VBD  0  ROOT      -
the          the          DET   DT   12 det       -
French       french       ADJ   JJ   12 amod      NORP
envoy        envoy        NOUN  NN   9  dobj      -
.            .            PUNCT .    9  punct     -
"""


def test_bonns_minister_is_the_west_german_governments() -> None:
    reading = read(CAPITAL_SEAT_OF_A_PAST_GOVERNMENT, day="1987-03-02")
    assert ("Martin Weber", "economics minister of", "West Germany") in facts(reading, "title")
    assert country_of(reading, "Martin Weber") == "DEU"


# "Martin Weber, economics minister in the Tokyo government, met the French envoy."
MINISTER_IN_A_CAPITALS_GOVERNMENT = """
Martin       Martin       PROPN NNP  2  compound  PERSON
Weber        Weber        PROPN NNP  11 nsubj     I-PERSON
,            ,            PUNCT ,    2  punct     -
economics    economic     NOUN  NNS  5  compound  -
minister     minister     NOUN  NN   2  appos     -
in           in           ADP   IN   5  prep      -
the          the          DET   DT   9  det       -
Tokyo        Tokyo        PROPN NNP  9  compound  GPE
government   government   NOUN  NN   6  pobj      -
,            ,            PUNCT ,    2  punct     -
met          meet         VERB  VBD  0  ROOT      -
the          the          DET   DT   14 det       -
French       french       ADJ   JJ   14 amod      NORP
envoy        envoy        NOUN  NN   11 dobj      -
.            .            PUNCT .    11 punct     -
"""


def test_a_minister_in_a_capitals_government_holds_its_states_office() -> None:
    reading = read(MINISTER_IN_A_CAPITALS_GOVERNMENT)
    assert ("Martin Weber", "economics minister of", "Japan") in facts(reading, "title")
    assert country_of(reading, "Martin Weber") == "JPN"


# "Taro Sato, a senior official of the Tokyo government, met the French envoy."
OFFICIAL_OF_A_CAPITALS_GOVERNMENT = """
Taro         Taro         PROPN NNP  2  compound  PERSON
Sato         Sato         PROPN NNP  12 nsubj     I-PERSON
,            ,            PUNCT ,    2  punct     -
a            a            DET   DT   6  det       -
senior       senior       ADJ   JJ   6  amod      -
official     official     NOUN  NN   2  appos     -
of           of           ADP   IN   6  prep      -
the          the          DET   DT   10 det       -
Tokyo        Tokyo        PROPN NNP  10 compound  GPE
government   government   NOUN  NN   7  pobj      -
,            ,            PUNCT ,    2  punct     -
met          meet         VERB  VBD  0  ROOT      -
the          the          DET   DT   15 det       -
French       french       ADJ   JJ   15 amod      NORP
envoy        envoy        NOUN  NN   12 dobj      -
.            .            PUNCT .    12 punct     -
"""


def test_an_official_of_a_capitals_government_is_of_its_state() -> None:
    reading = read(OFFICIAL_OF_A_CAPITALS_GOVERNMENT)
    assert ("Taro Sato", "senior official of", "Japan") in facts(reading, "title")
    assert country_of(reading, "Taro Sato") == "JPN"


# "Acme of Canada said profits rose. John Smith, chairman of Acme, met Chilean officials."
FIRM_OF_A_STATE_WITHOUT_LEGAL_FORM = """
Acme         Acme         PROPN NNP  4  nsubj     ORG
of           of           ADP   IN   1  prep      I-ORG
Canada       Canada       PROPN NNP  2  pobj      I-ORG
said         say          VERB  VBD  0  ROOT      -
profits      profit       NOUN  NNS  6  nsubj     -
rose         rise         VERB  VBD  4  ccomp     -
.            .            PUNCT .    4  punct     -
John         John         PROPN NNP  9  compound  PERSON
Smith        Smith        PROPN NNP  15 nsubj     I-PERSON
,            ,            PUNCT ,    9  punct     -
chairman     chairman     NOUN  NN   9  appos     -
of           of           ADP   IN   11 prep      -
Acme         Acme         PROPN NNP  12 pobj      ORG
,            ,            PUNCT ,    9  punct     -
met          meet         VERB  VBD  0  ROOT      -
Chilean      chilean      ADJ   JJ   17 amod      NORP
officials    official     NOUN  NNS  15 dobj      -
.            .            PUNCT .    15 punct     -
"""


def test_a_firm_of_a_state_named_without_legal_form_is_its_short_name() -> None:
    reading = read(FIRM_OF_A_STATE_WITHOUT_LEGAL_FORM)
    assert country_of(reading, "John Smith") == "CAN"


# "A Dutch bank, Acme, said its president, John Smith, would resign."
ITS_OWNER_NAMED_IN_APPOSITION_TO_THE_SUBJECT = """
A            a            DET   DT   3  det       -
Dutch        dutch        ADJ   JJ   3  amod      NORP
bank         bank         NOUN  NN   7  nsubj     -
,            ,            PUNCT ,    3  punct     -
Acme         Acme         PROPN NNP  3  appos     ORG
,            ,            PUNCT ,    3  punct     -
said         say          VERB  VBD  0  ROOT      -
its          its          PRON  PRP$ 9  poss      -
president    president    NOUN  NN   15 nsubj     -
,            ,            PUNCT ,    9  punct     -
John         John         PROPN NNP  12 compound  PERSON
Smith        Smith        PROPN NNP  9  appos     I-PERSON
,            ,            PUNCT ,    9  punct     -
would        would        AUX   MD   15 aux       -
resign       resign       VERB  VB   7  ccomp     -
.            .            PUNCT .    7  punct     -
"""


def test_its_owner_named_in_apposition_to_the_subject_noun() -> None:
    reading = read(ITS_OWNER_NAMED_IN_APPOSITION_TO_THE_SUBJECT)
    assert ("John Smith", "president of", "Acme") in facts(reading, "title")
    assert country_of(reading, "John Smith") == "NLD"


# "The Canadian company's chairman, John Smith, met Chilean officials."
OFFICER_OF_AN_UNNAMED_FIRM_OF_A_STATE = """
The          the          DET   DT   3  det       -
Canadian     canadian     ADJ   JJ   3  amod      NORP
company      company      NOUN  NN   5  poss      -
's           's           PART  POS  3  case      -
chairman     chairman     NOUN  NN   10 nsubj     -
,            ,            PUNCT ,    5  punct     -
John         John         PROPN NNP  8  compound  PERSON
Smith        Smith        PROPN NNP  5  appos     I-PERSON
,            ,            PUNCT ,    5  punct     -
met          meet         VERB  VBD  0  ROOT      -
Chilean      chilean      ADJ   JJ   12 amod      NORP
officials    official     NOUN  NNS  10 dobj      -
.            .            PUNCT .    10 punct     -
"""


def test_the_officer_of_a_states_unnamed_firm_is_of_that_state() -> None:
    reading = read(OFFICER_OF_AN_UNNAMED_FIRM_OF_A_STATE)
    assert country_of(reading, "John Smith") == "CAN"
    assert ("John Smith", "chairperson of", "Canada") not in facts(reading, "title")


# "Acme Corp is based in Toronto. John Smith, chairman of Acme Corp, met Chilean officials."
FIRM_SAID_TO_BE_BASED_IN_A_CITY = """
Acme         Acme         PROPN NNP  2  compound  ORG
Corp         Corp         PROPN NNP  4  nsubjpass I-ORG
is           be           AUX   VBZ  4  auxpass   -
based        base         VERB  VBN  0  ROOT      -
in           in           ADP   IN   4  prep      -
Toronto      Toronto      PROPN NNP  5  pobj      GPE
.            .            PUNCT .    4  punct     -
John         John         PROPN NNP  9  compound  PERSON
Smith        Smith        PROPN NNP  16 nsubj     I-PERSON
,            ,            PUNCT ,    9  punct     -
chairman     chairman     NOUN  NN   9  appos     -
of           of           ADP   IN   11 prep      -
Acme         Acme         PROPN NNP  14 compound  ORG
Corp         Corp         PROPN NNP  12 pobj      I-ORG
,            ,            PUNCT ,    9  punct     -
met          meet         VERB  VBD  0  ROOT      -
Chilean      chilean      ADJ   JJ   18 amod      NORP
officials    official     NOUN  NNS  16 dobj      -
.            .            PUNCT .    16 punct     -
"""


def test_a_firm_said_to_be_based_in_a_city_is_of_its_state_and_so_is_its_chairman() -> None:
    reading = read(FIRM_SAID_TO_BE_BASED_IN_A_CITY)
    assert country_of(reading, "Acme Corp") == "CAN"
    assert country_of(reading, "John Smith") == "CAN"


# "John Brown, who heads the Bank of England's exchange department, met the Chilean envoy."
WHO_HEADS_A_BODYS_UNIT = """
John         John         PROPN NNP  2  compound  PERSON
Brown        Brown        PROPN NNP  14 nsubj     I-PERSON
,            ,            PUNCT ,    2  punct     -
who          who          PRON  WP   5  nsubj     -
heads        head         VERB  VBZ  2  relcl     -
the          the          DET   DT   7  det       ORG
Bank         Bank         PROPN NNP  12 poss      I-ORG
of           of           ADP   IN   7  prep      I-ORG
England      England      PROPN NNP  8  pobj      I-ORG
's           's           PART  POS  7  case      I-ORG
exchange     exchange     NOUN  NN   12 compound  -
department   department   NOUN  NN   5  dobj      -
,            ,            PUNCT ,    2  punct     -
met          meet         VERB  VBD  0  ROOT      -
the          the          DET   DT   17 det       -
Chilean      chilean      ADJ   JJ   17 amod      NORP
envoy        envoy        NOUN  NN   14 dobj      -
.            .            PUNCT .    14 punct     -
"""


def test_who_heads_a_state_bodys_unit_is_of_the_bodys_state() -> None:
    reading = read(WHO_HEADS_A_BODYS_UNIT)
    assert country_of(reading, "John Brown") == "GBR"


# "Chile said its delegation, led by Trade Minister Jorge Soto, met French officials."
ITS_DELEGATION_LED_BY_A_MINISTER = """
Chile        Chile        PROPN NNP  2  nsubj     GPE
said         say          VERB  VBD  0  ROOT      -
its          its          PRON  PRP$ 4  poss      -
delegation   delegation   NOUN  NN   13 nsubj     -
,            ,            PUNCT ,    4  punct     -
led          lead         VERB  VBN  4  acl       -
by           by           ADP   IN   6  agent     -
Trade        Trade        PROPN NNP  9  compound  -
Minister     Minister     PROPN NNP  11 compound  -
Jorge        Jorge        PROPN NNP  11 compound  PERSON
Soto         Soto         PROPN NNP  7  pobj      I-PERSON
,            ,            PUNCT ,    4  punct     -
met          meet         VERB  VBD  2  ccomp     -
French       french       ADJ   JJ   15 amod      NORP
officials    official     NOUN  NNS  13 dobj      -
.            .            PUNCT .    2  punct     -
"""


def test_the_minister_leading_its_delegation_is_the_subject_states() -> None:
    reading = read(ITS_DELEGATION_LED_BY_A_MINISTER)
    assert ("Jorge Soto", "trade minister of", "Chile") in facts(reading, "title")
    assert country_of(reading, "Jorge Soto") == "CHL"
