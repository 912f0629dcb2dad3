"""Wave 76 F: a title with a suffix of time joined by a hyphen before a name ("ASA president-elect X",
"prime minister-elect Y") is an office to come, of the body or state named before it (the label keeps the
qualifier, "incoming", as "former" is kept), and its holder is no "the president" later while another
holds the office; a fund named after the market it invests in ("Japan Fund Inc") takes no state from its
name, nor does its chairman from it (the state's own development fund the tables know keeps its state);
an international body's full name and a portfolio before its officer's title ("European Community
Fisheries Commissioner X") are the body and the title's portfolio. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, facts, read


def test_a_body_s_president_elect_before_a_name_is_its_incoming_president() -> None:
    reading = read("""
    Canadian    canadian    ADJ   JJ   4  compound ORG
    Wheat       Wheat       PROPN NNP  4  compound I-ORG
    Growers     Growers     PROPN NNPS 4  compound I-ORG
    Association Association PROPN NNP  10 nsubj    I-ORG
    president   president   NOUN  NN   7  compound -
    -           -           PUNCT HYPH 7  punct    -
    elect       elect       NOUN  NN   9  compound -
    Mary        Mary        PROPN NNP  9  compound PERSON
    Holt        Holt        PROPN NNP  10 nsubj    I-PERSON
    said        say         VERB  VBD  0  ROOT     -
    prices      price       NOUN  NNS  13 nsubj    -
    would       would       AUX   MD   13 aux      -
    rise        rise        VERB  VB   10 ccomp    -
    .           .           PUNCT .    10 punct    -
    """)
    titles = facts(reading, "title")
    assert ("Mary Holt", "incoming president of", "Canadian Wheat Growers Association") in titles
    assert not any(role == "president of" for _, role, _ in titles)


def test_a_state_s_prime_minister_elect_is_its_incoming_prime_minister() -> None:
    reading = read("""
    Peru     Peru     PROPN NNP  6  poss     GPE
    's       's       PART  POS  1  case     -
    prime    prime    ADJ   JJ   6  amod     -
    minister minister NOUN  NN   6  compound -
    -        -        PUNCT HYPH 6  punct    -
    elect    elect    NOUN  NN   8  compound -
    Jorge    Jorge    PROPN NNP  8  compound PERSON
    Luna     Luna     PROPN NNP  9  nsubj    I-PERSON
    met      meet     VERB  VBD  0  ROOT     -
    the      the      DET   DT   11 det      -
    envoy    envoy    NOUN  NN   9  dobj     -
    .        .        PUNCT .    9  punct    -
    """)
    assert ("Jorge Luna", "incoming prime minister of", "Peru") in facts(reading, "title")


CHAIRMAN_OF_FUND = """
{first}  {first}  PROPN NNP   3  compound ORG
{second} {second} PROPN NNP   3  compound I-ORG
{third}  {third}  PROPN NNP   4  nsubj    I-ORG
said     say      VERB  VBD   0  ROOT     -
its      its      PRON  PRP$  6  poss     -
chairman chairman NOUN  NN    12 nsubj    -
,        ,        PUNCT ,     6  punct    -
Paul     Paul     PROPN NNP   9  compound PERSON
Reed     Reed     PROPN NNP   6  appos    I-PERSON
,        ,        PUNCT ,     6  punct    -
would    would    AUX   MD    12 aux      -
retire   retire   VERB  VB    4  ccomp    -
.        .        PUNCT .     4  punct    -
"""


def test_a_fund_named_after_a_market_has_no_state_from_its_name() -> None:
    reading = read(CHAIRMAN_OF_FUND.format(first="Japan", second="Fund", third="Inc"))
    assert ("Paul Reed", "chairperson of", "Japan Fund Inc") in facts(reading, "title")
    assert country_of(reading, "Japan Fund Inc") is None
    assert country_of(reading, "Paul Reed") is None


def test_a_state_s_development_fund_the_tables_know_keeps_its_state() -> None:
    table = CHAIRMAN_OF_FUND.format(first="The", second="Kuwait", third="Fund")
    reading = read(table.replace("The  The  PROPN NNP ", "The  the  DET   DT  "))
    assert country_of(reading, "Kuwait Fund") == "KWT"


def test_an_international_body_s_name_and_a_portfolio_before_a_title_are_the_body_and_the_office() -> None:
    reading = read("""
    European     European     PROPN NNP  4  compound ORG
    Community    Community    PROPN NNP  3  compound I-ORG
    Fisheries    Fisheries    PROPN NNPS 4  compound I-ORG
    Commissioner Commissioner PROPN NNP  6  compound -
    Anna         Anna         PROPN NNP  6  compound PERSON
    Berg         Berg         PROPN NNP  7  nsubj    I-PERSON
    said         say          VERB  VBD  0  ROOT     -
    quotas       quota        NOUN  NNS  10 nsubj    -
    would        would        AUX   MD   10 aux      -
    fall         fall         VERB  VB   7  ccomp    -
    .            .            PUNCT .    7  punct    -
    """)
    titles = facts(reading, "title")
    assert ("Anna Berg", "fisheries commissioner of", "European Community") in titles
    assert not any("Fisheries" in owner for _, _, owner in titles)


def test_the_president_later_is_the_holder_not_the_president_elect() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP  5  poss     GPE
    's        's        PART  POS  1  case     -
    president president NOUN  NN   5  compound -
    -         -         PUNCT HYPH 5  punct    -
    elect     elect     NOUN  NN   7  compound -
    Mark      Mark      PROPN NNP  7  compound PERSON
    Dunn      Dunn      PROPN NNP  8  nsubj    I-PERSON
    met       meet      VERB  VBD  0  ROOT     -
    Peruvian  peruvian  ADJ   JJ   10 amod     NORP
    President President PROPN NNP  12 compound -
    Ann       Ann       PROPN NNP  12 compound PERSON
    Cole      Cole      PROPN NNP  8  dobj     I-PERSON
    .         .         PUNCT .    8  punct    -
    The       the       DET   DT   15 det      -
    president president NOUN  NN   18 nsubj    -
    did       do        AUX   VBD  18 aux      -
    not       not       PART  RB   18 neg      -
    concede   concede   VERB  VB   0  ROOT     -
    defeat    defeat    NOUN  NN   18 dobj     -
    in        in        ADP   IN   19 prep     -
    the       the       DET   DT   22 det      -
    election  election  NOUN  NN   20 pobj     -
    .         .         PUNCT .    18 punct    -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    conceded = {
        (label[r.subject.entity_id], r.negated) for r in reading.relations if "concede" in r.predicate
    }
    assert conceded == {("Ann Cole", True)}
