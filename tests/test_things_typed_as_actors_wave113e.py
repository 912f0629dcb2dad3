"""Things the tagger typed as actors or people (wave 113 E): a sea named "the Gulf of X" is a place; the
portfolio of a title ("the Humanitarian Aid Commissioner", "Commissioner for Trade and Humanitarian Aid")
is no one's name; a name the text uses as a people's ("non-X travellers", "X Slovaks") is a people; a town
named like a person ("in X, a town ...", "Ain X" joined to a region) is a place; a name a firm's noun is
joined to ("brewer X", "conglomerate X Group") is a firm. Each test states its parse by hand
(tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read, then_abroad

# "Peru will auction drilling rights in the northern Gulf of Tamarind."
GULF = """
Peru      Peru      PROPN NNP  3 nsubj     GPE
will      will      AUX   MD   3 aux       -
auction   auction   VERB  VB   0 ROOT      -
drilling  drilling  NOUN  NN   5 compound  -
rights    right     NOUN  NNS  3 dobj      -
in        in        ADP   IN   3 prep      -
the       the       DET   DT   9 det       -
northern  northern  ADJ   JJ   9 amod      -
Gulf      Gulf      PROPN NNP  6 pobj      ORG
of        of        ADP   IN   9 prep      I-ORG
Tamarind  Tamarind  PROPN NNP  10 pobj     I-ORG
.         .         PUNCT .    3 punct     -
"""

# "The Gulf of Tamarind Institute opened a lab."  (a body's name that opens with a sea's)
GULF_INSTITUTE = """
The        the        DET   DT   5 det       -
Gulf       Gulf       PROPN NNP  5 compound  ORG
of         of         ADP   IN   2 prep      I-ORG
Tamarind   Tamarind   PROPN NNP  3 pobj      I-ORG
Institute  Institute  PROPN NNP  6 nsubj     I-ORG
opened     open       VERB  VBD  0 ROOT      -
a          a          DET   DT   8 det       -
lab        lab        NOUN  NN   6 dobj      -
.          .          PUNCT .    6 punct     -
"""

# "The bloc's Humanitarian Aid Commissioner, Anna Lind, said the money would flow."
PORTFOLIO_BEFORE = """
The           the           DET   DT   2 det       -
bloc          bloc          NOUN  NN   6 poss      -
's            's            PART  POS  2 case      -
Humanitarian  humanitarian  ADJ   JJ   5 amod      PERSON
Aid           Aid           PROPN NNP  6 compound  I-PERSON
Commissioner  Commissioner  PROPN NNP  11 nsubj    -
,             ,             PUNCT ,    6 punct     -
Anna          Anna          PROPN NNP  9 compound  PERSON
Lind          Lind          PROPN NNP  6 appos     I-PERSON
,             ,             PUNCT ,    6 punct     -
said          say           VERB  VBD  0 ROOT      -
the           the           DET   DT   13 det      -
money         money         NOUN  NN   15 nsubj    -
would         would         AUX   MD   15 aux      -
flow          flow          VERB  VB   11 ccomp    -
.             .             PUNCT .    11 punct    -
"""

# "Anna Lind, the Commissioner for Trade and Humanitarian Aid, spoke."
PORTFOLIO_AFTER = """
Anna          Anna          PROPN NNP  2 compound  PERSON
Lind          Lind          PROPN NNP  12 nsubj    I-PERSON
,             ,             PUNCT ,    2 punct     -
the           the           DET   DT   5 det       -
Commissioner  Commissioner  PROPN NNP  2 appos     -
for           for           ADP   IN   5 prep      -
Trade         Trade         PROPN NNP  6 pobj      -
and           and           CCONJ CC   7 cc        -
Humanitarian  humanitarian  ADJ   JJ   10 amod     PERSON
Aid           Aid           PROPN NNP  7 conj      I-PERSON
,             ,             PUNCT ,    2 punct     -
spoke         speak         VERB  VBD  0 ROOT      -
.             .             PUNCT .    12 punct    -
"""

# "Ian Hale Commissioner Anna Lind spoke."  (a person's name before a title stays a person: not a portfolio)
PERSON_BEFORE_TITLE = """
Ian           Ian           PROPN NNP  2 compound  PERSON
Hale          Hale          PROPN NNP  5 compound  I-PERSON
Commissioner  Commissioner  PROPN NNP  5 compound  -
Anna          Anna          PROPN NNP  5 compound  PERSON
Lind          Lind          PROPN NNP  6 nsubj     I-PERSON
spoke         speak         VERB  VBD  0 ROOT      -
.             .             PUNCT .    6 punct     -
"""


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(then_abroad(table)).entities.entities()}


def test_the_gulf_of_a_name_tagged_a_body_is_a_place() -> None:
    assert _types(GULF).get("Gulf of Tamarind") == "LOC"


def test_a_body_named_after_a_gulf_stays_a_body() -> None:
    # guard: a body's head ends the name
    assert "LOC" not in _types(GULF_INSTITUTE).values()


def test_a_portfolio_before_the_title_is_no_person() -> None:
    types = _types(PORTFOLIO_BEFORE)
    assert "Humanitarian Aid" not in types
    assert types.get("Anna Lind") == "PERSON"


def test_a_portfolio_after_the_titles_for_is_no_person() -> None:
    assert "Humanitarian Aid" not in _types(PORTFOLIO_AFTER)


def test_a_persons_name_before_a_title_stays_a_person() -> None:
    # guard: only a portfolio's words are dropped
    assert _types(PERSON_BEFORE_TITLE).get("Ian Hale") == "PERSON"


# "Officials stopped Sorbi more often than non-Sorbi travellers."  (the tagger calls the people a body)
PEOPLE_AFTER_NON = """
Officials   official   NOUN  NNS  2 nsubj   -
stopped     stop       VERB  VBD  0 ROOT    -
Sorbi       Sorbi      PROPN NNP  2 dobj    ORG
more        more       ADV   RBR  5 advmod  -
often       often      ADV   RB   2 advmod  -
than        than       ADP   IN   5 prep    -
non         non        ADJ   JJ   10 amod   -
-           -          PUNCT HYPH 10 punct  -
Sorbi       Sorbi      ADJ   JJ   10 amod   -
travellers  traveller  NOUN  NNS  6 pobj    -
.           .          PUNCT .    2 punct   -
"""

# "Six Sorbi Slovaks were turned back."  (the people's word before a state's plural demonym)
PEOPLE_BEFORE_DEMONYM = """
Six      six      NUM   CD   3 nummod     -
Sorbi    Sorbi    PROPN NNP  3 compound   ORG
Slovaks  Slovaks  PROPN NNPS 5 nsubjpass  I-ORG
were     be       AUX   VBD  5 auxpass    -
turned   turn     VERB  VBN  0 ROOT       -
back     back     ADV   RB   5 advmod     -
.        .        PUNCT .    5 punct      -
"""

# "Kestrel said profits rose."  (no use as a people's: a body stays a body)
BODY = """
Kestrel  Kestrel  PROPN NNP  2 nsubj  ORG
said     say      VERB  VBD  0 ROOT   -
profits  profit   NOUN  NNS  4 nsubj  -
rose     rise     VERB  VBD  2 ccomp  -
.        .        PUNCT .    2 punct  -
"""


def test_a_name_written_after_non_is_a_people() -> None:
    assert _types(PEOPLE_AFTER_NON).get("Sorbi") == "NORP"


def test_a_name_before_a_states_plural_demonym_is_a_people() -> None:
    assert _types(PEOPLE_BEFORE_DEMONYM).get("Sorbi Slovaks") == "NORP"


def test_a_body_the_text_does_not_use_as_a_people_stays_a_body() -> None:
    # guard
    assert _types(BODY).get("Kestrel") == "ORG"


# "Police fired tear gas in Wadi Karim, a town south of the capital."  (the tagger calls the town a person)
TOWN_IN_APPOSITION = """
Police   police   NOUN  NNS  2 nsubj     -
fired    fire     VERB  VBD  0 ROOT      -
tear     tear     ADJ   JJ   4 amod      -
gas      gas      NOUN  NN   2 dobj      -
in       in       ADP   IN   2 prep      -
Wadi     Wadi     PROPN NNP  7 compound  PERSON
Karim    Karim    PROPN NNP  5 pobj      I-PERSON
,        ,        PUNCT ,    7 punct     -
a        a        DET   DT   10 det      -
town     town     NOUN  NN   7 appos     -
south    south    ADV   RB   10 advmod   -
of       of       ADP   IN   11 prep     -
the      the      DET   DT   14 det      -
capital  capital  NOUN  NN   12 pobj     -
.        .        PUNCT .    2 punct     -
"""

# "The worst-hit areas were the Kasba region and Ain Lamri."  (a place-name opener, joined to a region)
TOWN_JOINED_TO_A_REGION = """
The      the      DET   DT   3 det       -
worst    bad      ADJ   JJS  3 amod      -
areas    area     NOUN  NNS  4 nsubj     -
were     be       AUX   VBD  0 ROOT      -
the      the      DET   DT   7 det       -
Kasba    Kasba    PROPN NNP  7 compound  GPE
region   region   NOUN  NN   4 attr      -
and      and      CCONJ CC   7 cc        -
Ain      Ain      PROPN NNP  10 compound PERSON
Lamri    Lamri    PROPN NNP  7 conj      I-PERSON
.        .        PUNCT .    4 punct     -
"""

# "The minister met Sidi Lamri in Rabat."  (a place-name opener on a person the sentence does not place)
PERSON_WITH_AN_OPENER = """
The       the       DET   DT   2 det       -
minister  minister  NOUN  NN   3 nsubj     -
met       meet      VERB  VBD  0 ROOT      -
Sidi      Sidi      PROPN NNP  5 compound  PERSON
Lamri     Lamri     PROPN NNP  3 dobj      I-PERSON
in        in        ADP   IN   3 prep      -
Rabat     Rabat     PROPN NNP  6 pobj      GPE
.         .         PUNCT .    3 punct     -
"""


def test_a_name_the_apposition_calls_a_town_is_a_place() -> None:
    assert _types(TOWN_IN_APPOSITION).get("Wadi Karim") == "GPE"


def test_a_place_names_opener_joined_to_a_region_is_a_place() -> None:
    assert _types(TOWN_JOINED_TO_A_REGION).get("Ain Lamri") == "GPE"


def test_an_opener_on_a_name_the_sentence_does_not_place_stays_a_person() -> None:
    # guard: the opener alone makes no place
    assert _types(PERSON_WITH_AN_OPENER).get("Sidi Lamri") == "PERSON"


# "Brewing giant Zumbev agreed to buy the stake."  (the tagger calls the firm a people)
GIANT = """
Brewing  brewing  NOUN  NN   2 compound  -
giant    giant    NOUN  NN   3 compound  -
Zumbev   Zumbev   PROPN NNP  4 nsubj     NORP
agreed   agree    VERB  VBD  0 ROOT      -
to       to       PART  TO   6 aux       -
buy      buy      VERB  VB   4 xcomp     -
the      the      DET   DT   8 det       -
stake    stake    NOUN  NN   6 dobj      -
.        .        PUNCT .    4 punct     -
"""

# "Danish brewer Hopsbrew bought Chilean brewer Andebev."  (the tagger calls the second firm a place)
BREWER = """
Danish    danish    ADJ   JJ   2 amod      NORP
brewer    brewer    NOUN  NN   3 compound  -
Hopsbrew  Hopsbrew  PROPN NNP  4 nsubj     ORG
bought    buy       VERB  VBD  0 ROOT      -
Chilean   chilean   ADJ   JJ   6 amod      NORP
brewer    brewer    NOUN  NN   7 compound  -
Andebev   Andebev   PROPN NNP  4 dobj      GPE
.         .         PUNCT .    4 punct     -
"""

# "Lomax Eco is the arm of Polish conglomerate Lomax Group."  (the tagger calls the conglomerate a person)
CONGLOMERATE = """
Lomax         Lomax         PROPN NNP  2 compound  ORG
Eco           Eco           PROPN NNP  3 nsubj     I-ORG
is            be            AUX   VBZ  0 ROOT      -
the           the           DET   DT   5 det       -
arm           arm           NOUN  NN   3 attr      -
of            of            ADP   IN   5 prep      -
Polish        polish        ADJ   JJ   8 amod      NORP
conglomerate  conglomerate  NOUN  NN   10 compound -
Lomax         Lomax         PROPN NNP  10 compound PERSON
Group         Group         PROPN NNP  6 pobj      I-PERSON
.             .             PUNCT .    3 punct     -
"""

# "Brewing giant Anna Lind spoke."  (a person named with a firm's standing noun stays a person)
PERSON_AS_GIANT = """
Brewing  brewing  NOUN  NN   2 compound  -
giant    giant    NOUN  NN   4 compound  -
Anna     Anna     PROPN NNP  4 compound  PERSON
Lind     Lind     PROPN NNP  5 nsubj     I-PERSON
spoke    speak    VERB  VBD  0 ROOT      -
.        .        PUNCT .    5 punct     -
"""


def test_a_name_after_a_trades_giant_tagged_a_people_is_a_firm() -> None:
    assert _types(GIANT).get("Zumbev") == "ORG"


def test_a_name_after_brewer_tagged_a_place_is_a_firm() -> None:
    assert _types(BREWER).get("Andebev") == "ORG"


def test_a_group_after_conglomerate_tagged_a_person_is_a_firm() -> None:
    assert _types(CONGLOMERATE).get("Lomax Group") == "ORG"


def test_a_person_after_giant_stays_a_person() -> None:
    # guard: "giant" makes no firm of a person's name
    assert _types(PERSON_AS_GIANT).get("Anna Lind") == "PERSON"


# "Chile will sell rights in the Gulf of Tamarind."  (the tagger calls the gulf a facility)
GULF_AS_FACILITY = """
Chile     Chile     PROPN NNP  3 nsubj  GPE
will      will      AUX   MD   3 aux    -
sell      sell      VERB  VB   0 ROOT   -
rights    right     NOUN  NNS  3 dobj   -
in        in        ADP   IN   3 prep   -
the       the       DET   DT   7 det    -
Gulf      Gulf      PROPN NNP  5 pobj   FAC
of        of        ADP   IN   7 prep   I-FAC
Tamarind  Tamarind  PROPN NNP  8 pobj   I-FAC
.         .         PUNCT .    3 punct  -
"""

# "Brewing giant Zumbev agreed. Zumbev bought Andebev. Zumbev grew."  (a body the first time, then a people)
GIANT_THEN_A_PEOPLE = """
Brewing  brewing  NOUN  NN   2 compound  -
giant    giant    NOUN  NN   3 compound  -
Zumbev   Zumbev   PROPN NNP  4 nsubj     ORG
agreed   agree    VERB  VBD  0 ROOT      -
.        .        PUNCT .    4 punct     -
Zumbev   Zumbev   PROPN NNP  7 nsubj     NORP
bought   buy      VERB  VBD  0 ROOT      -
Andebev  Andebev  PROPN NNP  7 dobj      ORG
.        .        PUNCT .    7 punct     -
Zumbev   Zumbev   PROPN NNP  11 nsubj    NORP
grew     grow     VERB  VBD  0 ROOT      -
.        .        PUNCT .    11 punct    -
"""

# "Officials stopped Sorbi Slovaks more than non-Sorbi Slovaks."
PEOPLE_AFTER_NON_WITH_DEMONYM = """
Officials  official  NOUN  NNS  2 nsubj     -
stopped    stop      VERB  VBD  0 ROOT      -
Sorbi      Sorbi     PROPN NNP  4 compound  ORG
Slovaks    Slovaks   PROPN NNPS 2 dobj      I-ORG
more       more      ADV   RBR  2 advmod    -
than       than      ADP   IN   5 prep      -
non        non       ADJ   JJ   11 amod     ORG
-          -         PUNCT HYPH 11 punct    I-ORG
Sorbi      Sorbi     PROPN NNP  11 compound I-ORG
Slovaks    Slovaks   PROPN NNPS 6 pobj      I-ORG
.          .         PUNCT .    2 punct     -
"""


def test_the_gulf_of_a_name_tagged_a_facility_is_a_place() -> None:
    assert _types(GULF_AS_FACILITY).get("Gulf of Tamarind") == "LOC"


def test_a_firm_named_by_its_noun_once_is_a_firm_where_tagged_a_people() -> None:
    entities = read(then_abroad(GIANT_THEN_A_PEOPLE)).entities.entities()
    assert {e.type for e in entities if e.label == "Zumbev"} == {"ORG"}


def test_a_people_after_non_with_a_demonym_is_a_people() -> None:
    types = {e.type for e in read(then_abroad(PEOPLE_AFTER_NON_WITH_DEMONYM)).entities.entities()}
    assert "ORG" not in types


# "Sorbi groups sued Idaho."  (a people's name before "groups": a firm's descriptor after a name says nothing)
PEOPLE_BEFORE_GROUPS = """
Sorbi   Sorbi   PROPN NNP  2 compound  NORP
groups  group   NOUN  NNS  3 nsubj     -
sued    sue     VERB  VBD  0 ROOT      -
Idaho   Idaho   PROPN NNP  3 dobj      GPE
.       .       PUNCT .    3 punct     -
"""


def test_a_people_before_groups_stays_a_people() -> None:
    # guard: "groups" after a name makes no firm of it
    assert _types(PEOPLE_BEFORE_GROUPS).get("Sorbi") == "NORP"
