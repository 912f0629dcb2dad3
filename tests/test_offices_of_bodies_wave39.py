"""Offices of bodies (wave 39 A).

A state's body named in its holder's title with no state of its own ("Treasury Secretary X") is the body of
the state its holder serves.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.titles import role_phrase
from hand_docs import country_of, facts, facts_with_roots, read


def test_a_state_body_in_a_holders_title_is_the_holders_states() -> None:
    """ "Treasury Secretary Tom Hale of the United States met Ken Abe." """
    reading = read("""
    Treasury   Treasury   PROPN NNP  2   compound  ORG
    Secretary  Secretary  PROPN NNP  4   compound  -
    Tom        Tom        PROPN NNP  4   compound  PERSON
    Hale       Hale       PROPN NNP  9   nsubj     I-PERSON
    of         of         ADP   IN   4   prep      -
    the        the        DET   DT   8   det       GPE
    United     United     PROPN NNP  8   compound  I-GPE
    States     States     PROPN NNP  5   pobj      I-GPE
    met        meet       VERB  VBD  0   ROOT      -
    Ken        Ken        PROPN NNP  11  compound  PERSON
    Abe        Abe        PROPN NNP  9   dobj      I-PERSON
    .          .          PUNCT .    9   punct     -
    """)
    assert ("Tom Hale", "secretary of", "Treasury") in facts(reading, "title")
    assert country_of(reading, "Tom Hale") == "USA"
    assert country_of(reading, "Treasury") == "USA"


def test_the_portfolio_after_secretary_of_is_part_of_the_office() -> None:
    assert role_phrase(["Secretary", "of", "Commerce"]) == "secretary of commerce"
    assert role_phrase(["secretary", "of", "the", "interior"]) == "secretary of interior"
    assert role_phrase(["Secretary", "of", "Foreign", "Affairs"]) == "secretary of foreign affairs"
    # the known phrases keep their labels; a word that is no portfolio is no part of the title
    assert role_phrase(["Secretary", "of", "State"]) == "secretary of state"
    assert role_phrase(["Secretary", "of", "Tom"]) == "secretary"


def test_secretary_of_commerce_before_a_name_is_one_office_of_the_state() -> None:
    """ "U.S. Secretary of Commerce Tom Hale met Ken Abe." """
    reading = read("""
    U.S.       U.S.       PROPN NNP  2   nmod      GPE
    Secretary  Secretary  PROPN NNP  6   nmod      -
    of         of         ADP   IN   2   prep      -
    Commerce   Commerce   PROPN NNP  3   pobj      -
    Tom        Tom        PROPN NNP  6   compound  PERSON
    Hale       Hale       PROPN NNP  7   nsubj     I-PERSON
    met        meet       VERB  VBD  0   ROOT      -
    Ken        Ken        PROPN NNP  9   compound  PERSON
    Abe        Abe        PROPN NNP  7   dobj      I-PERSON
    .          .          PUNCT .    7   punct     -
    """)
    titles = facts(reading, "title")
    assert ("Tom Hale", "secretary of commerce of", "United States") in titles
    assert ("Tom Hale", "secretary of", "United States") not in titles


def test_secretary_of_agriculture_in_apposition_is_one_office_of_the_state() -> None:
    """ "Tom Hale, the U.S. Secretary of Agriculture, met Ken Abe." """
    reading = read("""
    Tom          Tom          PROPN NNP  2   compound  PERSON
    Hale         Hale         PROPN NNP  10  nsubj     I-PERSON
    ,            ,            PUNCT ,    2   punct     -
    the          the          DET   DT   6   det       -
    U.S.         U.S.         PROPN NNP  6   compound  GPE
    Secretary    Secretary    PROPN NNP  2   appos     -
    of           of           ADP   IN   6   prep      -
    Agriculture  Agriculture  PROPN NNP  7   pobj      ORG
    ,            ,            PUNCT ,    2   punct     -
    met          meet         VERB  VBD  0   ROOT      -
    Ken          Ken          PROPN NNP  12  compound  PERSON
    Abe          Abe          PROPN NNP  10  dobj      I-PERSON
    .            .            PUNCT .    10  punct     -
    """)
    titles = facts(reading, "title")
    assert ("Tom Hale", "secretary of agriculture of", "United States") in titles
    assert ("Tom Hale", "secretary of", "United States") not in titles


def test_a_title_that_ends_a_longer_title_of_the_same_words_is_not_read_again() -> None:
    """ "Chile's central bank head Luis Soto held talks with Tom Hale." """
    reading = read("""
    Chile    Chile    PROPN NNP  5   poss      GPE
    's       's       PART  POS  1   case      -
    central  central  ADJ   JJ   5   amod      -
    bank     bank     NOUN  NN   5   compound  -
    head     head     NOUN  NN   8   nsubj     -
    Luis     Luis     PROPN NNP  7   compound  PERSON
    Soto     Soto     PROPN NNP  5   appos     I-PERSON
    held     hold     VERB  VBD  0   ROOT      -
    talks    talk     NOUN  NNS  8   dobj      -
    with     with     ADP   IN   9   prep      -
    Tom      Tom      PROPN NNP  12  compound  PERSON
    Hale     Hale     PROPN NNP  10  pobj      I-PERSON
    .        .        PUNCT .    8   punct     -
    """)
    titles = facts(reading, "title")
    assert ("Luis Soto", "central bank head of", "Chile") in titles
    assert ("Luis Soto", "head of", "Chile") not in titles


def test_a_citys_chamber_of_commerce_is_in_the_citys_state() -> None:
    """ "Tom Hale spoke before the Milan Chamber of Commerce." """
    reading = read("""
    Tom       Tom       PROPN NNP  2   compound  PERSON
    Hale      Hale      PROPN NNP  3   nsubj     I-PERSON
    spoke     speak     VERB  VBD  0   ROOT      -
    before    before    ADP   IN   3   prep      -
    the       the       DET   DT   7   det       ORG
    Milan     Milan     PROPN NNP  7   compound  I-ORG
    Chamber   Chamber   PROPN NNP  4   pobj      I-ORG
    of        of        ADP   IN   7   prep      I-ORG
    Commerce  Commerce  PROPN NNP  8   pobj      I-ORG
    .         .         PUNCT .    3   punct     -
    """)
    assert country_of(reading, "Milan Chamber of Commerce") == "ITA"


def test_a_high_court_named_by_its_city_is_in_the_citys_state() -> None:
    """ "The Madras High Court rejected the plea." """
    reading = read("""
    The       the       DET   DT   4   det       ORG
    Madras    Madras    PROPN NNP  4   compound  I-ORG
    High      High      PROPN NNP  4   compound  I-ORG
    Court     Court     PROPN NNP  5   nsubj     I-ORG
    rejected  reject    VERB  VBD  0   ROOT      -
    the       the       DET   DT   7   det       -
    plea      plea      NOUN  NN   5   dobj      -
    .         .         PUNCT .    5   punct     -
    """)
    assert country_of(reading, "Madras High Court") == "IND"


def test_a_body_of_states_named_after_a_city_is_in_no_state() -> None:
    """ "Tom Hale spoke before the Paris Club." """
    reading = read("""
    Tom     Tom     PROPN NNP  2   compound  PERSON
    Hale    Hale    PROPN NNP  3   nsubj     I-PERSON
    spoke   speak   VERB  VBD  0   ROOT      -
    before  before  ADP   IN   3   prep      -
    the     the     DET   DT   7   det       ORG
    Paris   Paris   PROPN NNP  7   compound  I-ORG
    Club    Club    PROPN NNP  4   pobj      I-ORG
    .       .       PUNCT .    3   punct     -
    """)
    assert country_of(reading, "Paris Club") is None


def test_the_president_of_a_bank_is_not_the_states_president_named_elsewhere() -> None:
    """ "Tom Hale met the president of the Peruvian central bank. The meeting followed a visit by President
    Ana Ruiz." """
    found = facts_with_roots("""
    Tom        Tom        PROPN NNP  2   compound  PERSON
    Hale       Hale       PROPN NNP  3   nsubj     I-PERSON
    met        meet       VERB  VBD  0   ROOT      -
    the        the        DET   DT   5   det       -
    president  president  NOUN  NN   3   dobj      -
    of         of         ADP   IN   5   prep      -
    the        the        DET   DT   10  det       -
    Peruvian   peruvian   ADJ   JJ   10  amod      NORP
    central    central    ADJ   JJ   10  amod      -
    bank       bank       NOUN  NN   6   pobj      -
    .          .          PUNCT .    3   punct     -
    The        the        DET   DT   13  det       -
    meeting    meeting    NOUN  NN   14  nsubj     -
    followed   follow     VERB  VBD  0   ROOT      -
    a          a          DET   DT   16  det       -
    visit      visit      NOUN  NN   14  dobj      -
    by         by         ADP   IN   16  prep      -
    President  President  PROPN NNP  20  compound  -
    Ana        Ana        PROPN NNP  20  compound  PERSON
    Ruiz       Ruiz       PROPN NNP  17  pobj      I-PERSON
    .          .          PUNCT .    14  punct     -
    """)
    assert not any(s == "Tom Hale" and o == "Ana Ruiz" for s, _, o, _ in found)


def test_the_president_of_a_bank_is_the_one_titled_with_the_bank() -> None:
    """ "Central bank president Ana Ruiz arrived on Monday. Tom Hale met the president of the bank." """
    found = facts_with_roots("""
    Central    central    ADJ   JJ   3   amod      -
    bank       bank       NOUN  NN   3   compound  -
    president  president  NOUN  NN   5   compound  -
    Ana        Ana        PROPN NNP  5   compound  PERSON
    Ruiz       Ruiz       PROPN NNP  6   nsubj     I-PERSON
    arrived    arrive     VERB  VBD  0   ROOT      -
    on         on         ADP   IN   6   prep      -
    Monday     Monday     PROPN NNP  7   pobj      DATE
    .          .          PUNCT .    6   punct     -
    Tom        Tom        PROPN NNP  11  compound  PERSON
    Hale       Hale       PROPN NNP  12  nsubj     I-PERSON
    met        meet       VERB  VBD  0   ROOT      -
    the        the        DET   DT   14  det       -
    president  president  NOUN  NN   12  dobj      -
    of         of         ADP   IN   14  prep      -
    the        the        DET   DT   17  det       -
    bank       bank       NOUN  NN   15  pobj      -
    .          .          PUNCT .    12  punct     -
    """)
    assert ("Tom Hale", "meet with", "Ana Ruiz", "04") in found


def test_a_states_central_bank_president_is_not_the_states_president() -> None:
    """ "Peruvian President Ana Ruiz arrived on Monday. Tom Hale met the Peruvian central bank president." """
    found = facts_with_roots("""
    Peruvian   peruvian   ADJ   JJ   2   amod      NORP
    President  President  PROPN NNP  4   compound  -
    Ana        Ana        PROPN NNP  4   compound  PERSON
    Ruiz       Ruiz       PROPN NNP  5   nsubj     I-PERSON
    arrived    arrive     VERB  VBD  0   ROOT      -
    on         on         ADP   IN   5   prep      -
    Monday     Monday     PROPN NNP  6   pobj      DATE
    .          .          PUNCT .    5   punct     -
    Tom        Tom        PROPN NNP  10  compound  PERSON
    Hale       Hale       PROPN NNP  11  nsubj     I-PERSON
    met        meet       VERB  VBD  0   ROOT      -
    the        the        DET   DT   16  det       -
    Peruvian   peruvian   ADJ   JJ   16  amod      NORP
    central    central    ADJ   JJ   15  amod      -
    bank       bank       NOUN  NN   16  compound  -
    president  president  NOUN  NN   11  dobj      -
    .          .          PUNCT .    11  punct     -
    """)
    assert ("Ana Ruiz", "president of", "Peru", None) in found
    assert not any(s == "Tom Hale" and o == "Ana Ruiz" for s, _, o, _ in found)


def test_the_president_of_a_company_is_the_companys_officer() -> None:
    """ "President Ana Ruiz arrived on Monday. Tom Hale met the president of Fiat." """
    found = facts_with_roots("""
    President  President  PROPN NNP  3   compound  -
    Ana        Ana        PROPN NNP  3   compound  PERSON
    Ruiz       Ruiz       PROPN NNP  4   nsubj     I-PERSON
    arrived    arrive     VERB  VBD  0   ROOT      -
    on         on         ADP   IN   4   prep      -
    Monday     Monday     PROPN NNP  5   pobj      DATE
    .          .          PUNCT .    4   punct     -
    Tom        Tom        PROPN NNP  9   compound  PERSON
    Hale       Hale       PROPN NNP  10  nsubj     I-PERSON
    met        meet       VERB  VBD  0   ROOT      -
    the        the        DET   DT   12  det       -
    president  president  NOUN  NN   10  dobj      -
    of         of         ADP   IN   12  prep      -
    Fiat       Fiat       PROPN NNP  13  pobj      ORG
    .          .          PUNCT .    10  punct     -
    """)
    assert not any(s == "Tom Hale" and o == "Ana Ruiz" for s, _, o, _ in found)
    assert ("Tom Hale", "meet president of", "Fiat", "04") in found


def test_a_portfolio_the_tagger_ran_into_the_holders_name_is_the_titles() -> None:
    """ "U.S. Secretary of Agriculture Tom Hale met Ken Abe." (the tagger took "Agriculture Tom Hale" for one
    organisation)"""
    reading = read("""
    U.S.         U.S.         PROPN NNP  2   nmod      GPE
    Secretary    Secretary    PROPN NNP  6   nmod      -
    of           of           ADP   IN   2   prep      -
    Agriculture  Agriculture  PROPN NNP  3   pobj      ORG
    Tom          Tom          PROPN NNP  6   compound  I-ORG
    Hale         Hale         PROPN NNP  7   nsubj     I-ORG
    met          meet         VERB  VBD  0   ROOT      -
    Ken          Ken          PROPN NNP  9   compound  PERSON
    Abe          Abe          PROPN NNP  7   dobj      I-PERSON
    .            .            PUNCT .    7   punct     -
    """)
    titles = facts(reading, "title")
    assert ("Tom Hale", "secretary of agriculture of", "United States") in titles
    assert not any(o == "Agriculture" for _, _, o in titles)


_FIAT_CHAIRMAN = """
    Fiat      Fiat      PROPN NNP  2   compound  ORG
    chairman  chairman  NOUN  NN   4   compound  -
    Ana       Ana       PROPN NNP  4   compound  PERSON
    Ruiz      Ruiz      PROPN NNP  5   nsubj     I-PERSON
    arrived   arrive    VERB  VBD  0   ROOT      -
    on        on        ADP   IN   5   prep      -
    Monday    Monday    PROPN NNP  6   pobj      DATE
    .         .         PUNCT .    5   punct     -
    Tom       Tom       PROPN NNP  10  compound  PERSON
    Hale      Hale      PROPN NNP  11  nsubj     I-PERSON
    met       meet      VERB  VBD  0   ROOT      -
    the       the       DET   DT   13  det       -
    chairman  chairman  NOUN  NN   11  dobj      -
    of        of        ADP   IN   13  prep      -
"""


def test_the_chairman_of_the_company_is_the_companys_chairman_named_before() -> None:
    """ "Fiat chairman Ana Ruiz arrived on Monday. Tom Hale met the chairman of the company." """
    found = facts_with_roots(
        _FIAT_CHAIRMAN
        + """
    the       the       DET   DT   16  det       -
    company   company   NOUN  NN   14  pobj      -
    .         .         PUNCT .    11  punct     -
    """
    )
    assert ("Tom Hale", "meet with", "Ana Ruiz", "04") in found


def test_the_chairman_of_a_company_named_is_its_chairman_named_before() -> None:
    """ "Fiat chairman Ana Ruiz arrived on Monday. Tom Hale met the chairman of Fiat." """
    found = facts_with_roots(
        _FIAT_CHAIRMAN
        + """
    Fiat      Fiat      PROPN NNP  14  pobj      ORG
    .         .         PUNCT .    11  punct     -
    """
    )
    assert ("Tom Hale", "meet with", "Ana Ruiz", "04") in found
