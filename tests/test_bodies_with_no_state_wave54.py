"""Bodies and their staff with no state, though the text makes it plain: a ministry named by its portfolios
("the Posts and Telecommunications Ministry") is a state's ministry as "the Finance Ministry" is, and of the
one state its officer speaks for ("said Japan would ..."); a state's short name in brackets inside a firm's
name ("Kestrel Securities (HK) Ltd") places the firm and its staff; the tables know the regulators and
agencies of the United States and of the other G7 states. Parses are built by hand."""

from __future__ import annotations

from geokg.extract.entities.organisations import body_sector, portfolio_ministry
from geokg.extract.pipeline import read_doc
from hand_docs import country_of, facts, parse, read
from spacy.tokens import Doc

VICE_MINISTER = """
    Taro               Taro               PROPN NNP   2  compound PERSON
    Kato               Kato               PROPN NNP   13 nsubj    I-PERSON
    ,                  ,                  PUNCT ,     2  punct    -
    Vice               Vice               PROPN NNP   5  compound -
    Minister           Minister           PROPN NNP   2  appos    -
    of                 of                 ADP   IN    5  prep     -
    the                the                DET   DT    11 det      -
    Posts              Posts              PROPN NNPS  11 nmod     ORG
    and                and                CCONJ CC    8  cc       I-ORG
    Telecommunications Telecommunications PROPN NNPS  8  conj     I-ORG
    Ministry           Ministry           PROPN NNP   6  pobj     I-ORG
    ,                  ,                  PUNCT ,     2  punct    -
    said               say                VERB  VBD   0  ROOT     -
    Japan              Japan              PROPN NNP   16 nsubj    GPE
    would              would              AUX   MD    16 aux      -
    consult            consult            VERB  VB    13 ccomp    -
    GATT               GATT               PROPN NNP   16 dobj     ORG
    .                  .                  PUNCT .     13 punct    -
"""


def test_a_ministry_of_portfolios_is_a_states_ministry() -> None:
    assert portfolio_ministry("International Trade and Industry Ministry")
    assert portfolio_ministry("the Ministry of Agriculture, Forestry and Fisheries")
    assert body_sector("Posts and Telecommunications Ministry") == "GOV"
    assert not portfolio_ministry("Ministry of Sound")


def test_the_ministry_whose_officer_speaks_for_one_state_is_that_states() -> None:
    reading = read(VICE_MINISTER, day="1987-03-03")
    assert country_of(reading, "Posts and Telecommunications Ministry") == "JPN"
    assert country_of(reading, "Taro Kato") == "JPN"


def test_a_state_judged_by_the_ministrys_officer_is_not_the_one_he_speaks_for() -> None:
    """ "said the United States was wrong": no intention of a state, which may be another's."""
    head = VICE_MINISTER.strip().splitlines()[:13]
    judged = """
    the                the                DET   DT    16 det      -
    United             United             PROPN NNP   16 compound GPE
    States             States             PROPN NNP   17 nsubj    I-GPE
    was                be                 AUX   VBD   13 ccomp    -
    wrong              wrong              ADJ   JJ    17 acomp    -
    .                  .                  PUNCT .     13 punct    -
    """
    reading = read("\n".join(head) + judged, day="1987-03-03")
    assert country_of(reading, "Posts and Telecommunications Ministry") is None
    assert country_of(reading, "Taro Kato") is None


FIRM_MANAGER = """
    Kestrel    Kestrel    PROPN NNP   2  compound ORG
    Securities Securities PROPN NNP   9  nmod     I-ORG
    (          (          PUNCT -LRB- 2  punct    I-ORG
    HK         HK         PROPN NNP   6  nmod     I-ORG
    )          )          PUNCT -RRB- 6  punct    I-ORG
    Ltd        Ltd        PROPN NNP   7  compound I-ORG
    manager    manager    NOUN  NN    9  compound -
    Li         Li         PROPN NNP   9  compound PERSON
    Wen        Wen        PROPN NNP   10 nsubj    I-PERSON
    said       say        VERB  VBD   0  ROOT     -
    investors  investor   NOUN  NNS   12 nsubj    -
    were       be         AUX   VBD   10 ccomp    -
    pleased    pleased    ADJ   JJ    12 acomp    -
    .          .          PUNCT .     10 punct    -
"""


def _bracketed(table: str) -> Doc:
    """The parse with no space inside brackets, as wire copy writes them ("(HK)")."""
    doc = parse(table)
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) and t.text != "(" and doc[t.i + 1].text != ")" for t in doc],
        lemmas=[t.lemma_ for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def test_a_states_short_name_in_brackets_places_the_firm_and_its_staff() -> None:
    reading = read_doc(_bracketed(FIRM_MANAGER), scope="hand-built", day="1987-03-03")
    assert country_of(reading, "Kestrel Securities (HK) Ltd") == "HKG"
    assert country_of(reading, "Li Wen") == "HKG"


REGULATOR = """
    The        the        DET   DT   5  det      -
    Commodity  Commodity  PROPN NNP  3  compound ORG
    Futures    Futures    PROPN NNPS 4  compound I-ORG
    Trading    Trading    PROPN NNP  5  compound I-ORG
    Commission Commission PROPN NNP  6  nsubj    I-ORG
    approved   approve    VERB  VBD  13 ccomp    -
    the        the        DET   DT   8  det      -
    plan       plan       NOUN  NN   6  dobj     -
    ,          ,          PUNCT ,    13 punct    -
    a          a          DET   DT   12 det      -
    CFTC       CFTC       PROPN NNP  12 compound ORG
    spokesman  spokesman  NOUN  NN   13 nsubj    -
    said       say        VERB  VBD  0  ROOT     -
    .          .          PUNCT .    13 punct    -
"""


def test_a_us_federal_regulator_is_the_united_states_body() -> None:
    assert country_of(read(REGULATOR, day="1987-03-03"), "Commodity Futures Trading Commission") == "USA"


STORY_OF_MINISTRIES = """
    Japan              Japan              PROPN NNP   4  poss     GPE
    's                 's                 PART  POS   1  case     -
    Finance            Finance            PROPN NNP   4  compound ORG
    Ministry           Ministry           PROPN NNP   5  nsubj    I-ORG
    criticised         criticise          VERB  VBD   0  ROOT     -
    the                the                DET   DT    8  det      -
    United             United             PROPN NNP   8  compound GPE
    States             States             PROPN NNP   5  dobj     I-GPE
    .                  .                  PUNCT .     5  punct    -
    The                the                DET   DT    14 det      -
    Posts              Posts              PROPN NNPS  14 nmod     ORG
    and                and                CCONJ CC    11 cc       I-ORG
    Telecommunications Telecommunications PROPN NNPS  11 conj     I-ORG
    Ministry           Ministry           PROPN NNP   15 nsubj    I-ORG
    criticised         criticise          VERB  VBD   0  ROOT     -
    Washington         Washington         PROPN NNP   15 dobj     GPE
    too                too                ADV   RB    15 advmod   -
    .                  .                  PUNCT .     15 punct    -
"""


def test_a_ministry_of_portfolios_in_a_story_of_one_states_ministries_is_that_states() -> None:
    reading = read(STORY_OF_MINISTRIES, day="1987-03-03")
    [ministry] = [
        e for e in reading.entities.entities() if e.label == "Posts and Telecommunications Ministry"
    ]
    assert (ministry.country, ministry.sector) == ("JPN", "GOV")


UNTAGGED_PROVINCE = """
    Ontario Ontario PROPN NNP 2 compound -
    courts  court   NOUN  NNS 3 nsubj    -
    ruled   rule    VERB  VBD 0 ROOT     -
    against against ADP   IN  3 prep     -
    Japan   Japan   PROPN NNP 4 pobj     GPE
    .       .       PUNCT .   3 punct    -
"""


def test_a_division_the_tagger_left_untagged_before_a_body_gives_the_body_its_state() -> None:
    assert country_of(read(UNTAGGED_PROVINCE, day="1987-03-03"), "Ontario courts") == "CAN"


UNTAGGED_PROVINCE_GOVERNMENT = """
    The        the       DET   DT  3 det      -
    Ontario    Ontario   PROPN NNP 3 compound -
    government government NOUN NN  4 nsubj    -
    criticised criticise VERB  VBD 0 ROOT     -
    Japan      Japan     PROPN NNP 4 dobj     GPE
    .          .         PUNCT .   4 punct    -
"""


def test_the_government_of_a_division_the_tagger_left_untagged_is_the_division() -> None:
    reading = read(UNTAGGED_PROVINCE_GOVERNMENT, day="1987-03-03")
    assert facts(reading, "svo") == {("Ontario", "criticise", "Japan")}
    assert country_of(reading, "Ontario") == "CAN"
