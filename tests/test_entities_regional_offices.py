"""A title held in a body of a state's part (a county court, a state parliament) is that part's office, never
one "of" the nation; the holder still acts for the nation's state (sentences of our own, parses by hand)."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse, then_abroad


def entity(reading, label):
    [found] = [e for e in reading.entities.entities() if e.label == label]
    return found


def offices(reading, prefix: str) -> set[tuple[str, str]]:
    return {(r.predicate, r.object.entity_id) for r in reading.relations if r.predicate.startswith(prefix)}


# "Farmers in Iowa and Kansas sold corn." sets the article in the United States.
US_SETTING = """
Farmers   farmer    NOUN  NNS 6 nsubj    -
in        in        ADP   IN  1 prep     -
Iowa      Iowa      PROPN NNP 2 pobj     GPE
and       and       CCONJ CC  3 cc       -
Kansas    Kansas    PROPN NNP 3 conj     GPE
sold      sell      VERB  VBD 0 ROOT     -
corn      corn      NOUN  NN  6 dobj     -
.         .         PUNCT .   6 punct    -
"""

COUNTY_JUDGE = """
In        in        ADP   IN  19 prep     -
Iowa      Iowa      PROPN NNP 14 poss     GPE
's        's        PART  POS 10 case     -
Polk      Polk      PROPN NNP 13 compound GPE
County    County    PROPN NNP 14 nmod     I-GPE
court     court     NOUN  NN  9  pobj     -
,         ,         PUNCT ,   19 punct    -
Judge     Judge     PROPN NNP 18 compound -
Ann       Ann       PROPN NNP 18 compound PERSON
Brook     Brook     PROPN NNP 19 nsubj    I-PERSON
jailed    jail      VERB  VBD 0  ROOT     -
Tom       Tom       PROPN NNP 21 compound PERSON
Reed      Reed      PROPN NNP 19 dobj     I-PERSON
.         .         PUNCT .   19 punct    -
"""

FEDERAL_JUDGE = """
In        in        ADP   IN  17 prep     -
the       the       DET   DT  12 det      -
federal   federal   ADJ   JJ  12 amod     -
court     court     NOUN  NN  9  pobj     -
,         ,         PUNCT ,   17 punct    -
Judge     Judge     PROPN NNP 16 compound -
Ann       Ann       PROPN NNP 16 compound PERSON
Brook     Brook     PROPN NNP 17 nsubj    I-PERSON
jailed    jail      VERB  VBD 0  ROOT     -
Tom       Tom       PROPN NNP 19 compound PERSON
Reed      Reed      PROPN NNP 17 dobj     I-PERSON
.         .         PUNCT .   17 punct    -
"""


def test_a_judge_of_a_county_court_is_no_judge_of_the_nation() -> None:
    reading = read_doc(parse(US_SETTING + COUNTY_JUDGE), "hand-built")
    assert entity(reading, "Ann Brook").country == "USA"
    assert offices(reading, "judge") == set()


def test_a_judge_of_a_federal_court_is_the_nation_s() -> None:
    reading = read_doc(parse(US_SETTING + FEDERAL_JUDGE), "hand-built")
    assert entity(reading, "Ann Brook").country == "USA"
    assert offices(reading, "judge") == {("judge of", "country:USA")}


# "The Parliament of Victoria in Australia passed the bill. MP Ann Brook backed it."
STATE_PARLIAMENT = """
The        the        DET   DT  2 det      -
Parliament Parliament PROPN NNP 7 nsubj    ORG
of         of         ADP   IN  2 prep     I-ORG
Victoria   Victoria   PROPN NNP 3 pobj     I-ORG
in         in         ADP   IN  2 prep     -
Australia  Australia  PROPN NNP 5 pobj     GPE
passed     pass       VERB  VBD 0 ROOT     -
the        the        DET   DT  9 det      -
bill       bill       NOUN  NN  7 dobj     -
.          .          PUNCT .   7 punct    -
MP         MP         PROPN NNP 14 compound -
Ann        Ann        PROPN NNP 14 compound PERSON
Brook      Brook      PROPN NNP 15 nsubj   I-PERSON
backed     back       VERB  VBD 0  ROOT     -
it         it         PRON  PRP 15 dobj     -
.          .          PUNCT .   15 punct    -
"""


def test_a_state_parliament_is_of_its_nation_and_its_mp_is_no_mp_of_the_nation() -> None:
    reading = read_doc(parse(STATE_PARLIAMENT), "hand-built")
    assert entity(reading, "Parliament of Victoria").country == "AUS"
    assert entity(reading, "Ann Brook").country == "AUS"
    assert offices(reading, "mp") == set()


def test_the_mp_of_the_nation_s_parliament_is_its_mp() -> None:
    table = STATE_PARLIAMENT.replace("Victoria   Victoria", "Canada     Canada").replace(
        "Australia  Australia", "Ottawa     Ottawa"
    )
    reading = read_doc(parse(table), "hand-built")
    assert entity(reading, "Ann Brook").country == "CAN"
    assert offices(reading, "mp") == {("mp of", "country:CAN")}


SPOKESWOMAN = """
Ann         Ann         PROPN NNP 2  compound PERSON
Brook       Brook       PROPN NNP 11 nsubj    I-PERSON
,           ,           PUNCT ,   2  punct    -
a           a           DET   DT  5  det      -
spokeswoman spokeswoman NOUN  NN  2  appos    -
for         for         ADP   IN  5  prep     -
the         the         DET   DT  9  det      -
Kenyan      Kenyan      ADJ   JJ  9  amod     NORP
police      police      NOUN  NN  6  pobj     -
,           ,           PUNCT ,   2  punct    -
said        say         VERB  VBD 0  ROOT     -
.           .           PUNCT .   11 punct    -
"""


def test_a_spokeswoman_for_a_state_s_police_acts_for_that_state() -> None:
    reading = read_doc(parse(SPOKESWOMAN), "hand-built")
    assert entity(reading, "Ann Brook").country == "KEN"


def test_a_spokeswoman_for_a_group_of_no_state_gets_none() -> None:
    table = SPOKESWOMAN.replace(
        "Kenyan      Kenyan      ADJ   JJ  9  amod     NORP",
        "Green       Green       PROPN NNP 9  compound ORG",
    )
    table = table.replace(
        "police      police      NOUN  NN  6  pobj     -",
        "Alliance    Alliance    PROPN NNP 6  pobj     I-ORG",
    )
    reading = read_doc(parse(table), "hand-built")
    assert entity(reading, "Ann Brook").country is None


IN_THE_RACE = """
Ann        Ann        PROPN NNP 2  compound PERSON
Brook      Brook      PROPN NNP 6  nsubj    I-PERSON
and        and        CCONJ CC  2  cc       -
Tom        Tom        PROPN NNP 5  compound PERSON
Reed       Reed       PROPN NNP 2  conj     I-PERSON
remain     remain     VERB  VBP 0  ROOT     -
in         in         ADP   IN  6  prep     -
the        the        DET   DT  9  det      -
race       race       NOUN  NN  7  pobj     -
for        for        ADP   IN  9  prep     -
the        the        DET   DT  13 det      -
Republican Republican ADJ   JJ  13 amod     NORP
nomination nomination NOUN  NN  10 pobj     -
.          .          PUNCT .   6  punct    -
"""


def test_contenders_for_a_party_s_nomination_act_for_the_party_s_state() -> None:
    reading = read_doc(parse(IN_THE_RACE), "hand-built")
    assert entity(reading, "Ann Brook").country == "USA"
    assert entity(reading, "Tom Reed").country == "USA"


def test_who_speaks_of_another_s_nomination_is_no_contender() -> None:
    # "Ann Brook said Tom Reed won the Republican nomination."
    reading = read_doc(
        parse("""
        Ann        Ann        PROPN NNP 2 compound PERSON
        Brook      Brook      PROPN NNP 3 nsubj    I-PERSON
        said       say        VERB  VBD 0 ROOT     -
        Tom        Tom        PROPN NNP 5 compound PERSON
        Reed       Reed       PROPN NNP 6 nsubj    I-PERSON
        won        win        VERB  VBD 3 ccomp    -
        the        the        DET   DT  9 det      -
        Republican Republican ADJ   JJ  9 amod     NORP
        nomination nomination NOUN  NN  6 dobj     -
        .          .          PUNCT .   3 punct    -
        """),
        "hand-built",
    )
    assert entity(reading, "Ann Brook").country is None
    assert entity(reading, "Tom Reed").country == "USA"


# "Farmers in Iowa and Kansas sold corn. Senators Ann Brook and Tom Reed spoke."
LISTED = (
    US_SETTING
    + """
Senators  Senator   PROPN NNPS 11 compound -
Ann       Ann       PROPN NNP  11 compound PERSON
Brook     Brook     PROPN NNP  15 nsubj    I-PERSON
and       and       CCONJ CC   11 cc       -
Tom       Tom       PROPN NNP  14 compound ORG
Reed      Reed      PROPN NNP  11 conj     I-ORG
spoke     speak     VERB  VBD  0  ROOT     -
.         .         PUNCT .    15 punct    -
"""
)


def test_a_plural_title_before_a_list_gives_each_listed_name_the_state() -> None:
    reading = read_doc(parse(LISTED), "hand-built")
    assert entity(reading, "Ann Brook").country == "USA"
    assert entity(reading, "Tom Reed").country == "USA"


def test_a_list_after_a_singular_word_shares_no_state() -> None:
    reading = read_doc(
        # a story that names Canada too, so that Reed's state is no one-state story's
        parse(
            then_abroad(LISTED.replace("Senators  Senator   PROPN NNPS", "Neighbour Neighbour PROPN NNP "))
        ),
        "hand-built",
    )
    assert entity(reading, "Tom Reed").country is None


# "Local prosecutor Ana Ruiz charged Tom Reed.", after US_SETTING (heads count on from its 8 tokens)
LOCAL_PROSECUTOR = """
Local      local      ADJ   JJ  10 amod     -
prosecutor prosecutor NOUN  NN  12 compound -
Ana        Ana        PROPN NNP 12 compound PERSON
Ruiz       Ruiz       PROPN NNP 13 nsubj    I-PERSON
charged    charge     VERB  VBD 0  ROOT     -
Tom        Tom        PROPN NNP 15 compound PERSON
Reed       Reed       PROPN NNP 13 dobj     I-PERSON
.          .          PUNCT .   13 punct    -
"""


def test_a_local_title_is_no_office_of_the_nation() -> None:
    reading = read_doc(parse(US_SETTING + LOCAL_PROSECUTOR), "hand-built")
    assert offices(reading, "prosecutor") == set()
