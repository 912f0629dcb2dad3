"""A state's groups named through the state they are of without its name (wave 63 K): "the nation's", "the
country's" (not "the state's": a US state's, in American news) owning an actor noun, or "domestic"/"local"
before a group, make the group the state's the clause's subject is ("Peru will urge the country's biggest
firms" -> Peru's businesses), or else the story's (actors.py). And a name the tagger ran into an amount
("lend [Chile 2 billion] dlrs") is the name alone (mentions.py). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.mentions import mention_from_span
from hand_docs import parse, read

URGED = """
Peru     Peru    PROPN NNP 3  nsubj GPE
will     will    AUX   MD  3  aux   -
urge     urge    VERB  VB  0  ROOT  -
the      the     DET   DT  5  det   -
country  country NOUN  NN  8  poss  -
's       's      PART  POS 5  case  -
biggest  big     ADJ   JJS 8  amod  -
firms    firm    NOUN  NNS 3  dobj  -
to       to      PART  TO  10 aux   -
cut      cut     VERB  VB  3  xcomp -
prices   price   NOUN  NNS 10 dobj  -
.        .       PUNCT .   3  punct -
"""

DOMESTIC = """
Chile    Chile    PROPN NNP 2 nsubj GPE
said     say      VERB  VBD 0 ROOT  -
domestic domestic ADJ   JJ  4 amod  -
firms    firm     NOUN  NNS 6 nsubj -
would    would    AUX   MD  6 aux   -
buy      buy      VERB  VB  2 ccomp -
more     more     ADJ   JJR 8 amod  -
copper   copper   NOUN  NN  6 dobj  -
.        .        PUNCT .   2 punct -
"""

# Two sentences about Peru, then "The nation's banks agreed to lend Chile 2 billion dlrs." with "Chile 2
# billion" tagged as one name.
LENT = """
Peru     Peru     PROPN NNP 3  poss     GPE
's       's       PART  POS 1  case     -
output   output   NOUN  NN  4  nsubj    -
fell     fall     VERB  VBD 0  ROOT     -
,        ,        PUNCT ,   10 punct    -
Peru     Peru     PROPN NNP 9  poss     GPE
's       's       PART  POS 6  case     -
central  central  ADJ   JJ  9  amod     -
bank     bank     NOUN  NN  10 nsubj    -
said     say      VERB  VBD 4  parataxis -
.        .        PUNCT .   4  punct    -
The      the      DET   DT  13 det      -
nation   nation   NOUN  NN  15 poss     -
's       's       PART  POS 13 case     -
banks    bank     NOUN  NNS 16 nsubj    -
agreed   agree    VERB  VBD 16 ROOT     -
to       to       PART  TO  18 aux      -
lend     lend     VERB  VB  16 xcomp    -
Chile    Chile    PROPN NNP 18 dative   GPE
2        2        NUM   CD  21 compound I-GPE
billion  billion  NUM   CD  22 nummod   I-GPE
dlrs     dlrs     NOUN  NN  18 dobj     -
.        .        PUNCT .   16 punct    -
"""


def _countries(table: str) -> dict[str, str | None]:
    return {e.label: e.country for e in read(table).entities.entities()}


def test_the_countrys_firms_are_the_subject_states_businesses() -> None:
    countries = _countries(URGED)
    firms = [label for label in countries if label.endswith("businesses")]
    assert firms and all(countries[label] == "PER" for label in firms)


def test_domestic_firms_are_the_subject_states_businesses() -> None:
    countries = _countries(DOMESTIC)
    firms = [label for label in countries if label.endswith("businesses")]
    assert firms and all(countries[label] == "CHL" for label in firms)


def test_the_nations_banks_with_no_state_subject_are_the_storys_state() -> None:
    countries = _countries(LENT)
    banks = [label for label in countries if label.endswith("banks")]
    assert banks and all(countries[label] == "PER" for label in banks)


def test_a_name_run_into_an_amount_is_the_name() -> None:
    countries = _countries(LENT)
    assert countries.get("Chile") == "CHL"
    assert not any("billion" in label for label in countries)


def test_a_name_ending_in_a_number_of_no_amount_keeps_it() -> None:
    doc = parse("""
    Channel  Channel  PROPN NNP 3 compound ORG
    4        4        NUM   CD  1 nummod   I-ORG
    reported report   VERB  VBD 0 ROOT     -
    it       it       PRON  PRP 3 dobj     -
    .        .        PUNCT .   3 punct    -
    """)
    mention = mention_from_span(doc, 0, 2, "ORG")
    assert mention is not None and mention.text == "Channel 4"
    fused = parse("""
    lend     lend     VERB  VB  0 ROOT     -
    Chile    Chile    PROPN NNP 1 dative   ORG
    300      300      NUM   CD  4 compound I-ORG
    mln      mln      NUM   CD  5 nummod   I-ORG
    dlrs     dlrs     NOUN  NNS 1 dobj     -
    """)
    mention = mention_from_span(fused, 1, 4, "ORG")
    assert mention is not None and mention.text == "Chile"
