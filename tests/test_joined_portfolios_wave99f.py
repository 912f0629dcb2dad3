"""Wave 99 F: a ministry named by two portfolios joined by "and" before its head ("the Fisheries and
Forestry Ministry", "the Energy and Mines Ministry") or after "Ministry of" ("the Ministry of Energy
and Mines") is one body, which the tagger cuts at the "and"; two bodies each with its own head stay apart.
The sentences are ours, built by hand."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import country_of, parse, read

FISHERIES_MINISTRY = """
The                the                DET   DT    5  det      -
Fisheries          Fisheries          PROPN NNP   5  nmod     ORG
and                and                CCONJ CC    2  cc       -
Forestry           Forestry           PROPN NNP   2  conj     -
Ministry           Ministry           PROPN NNP   7  nsubj    -
has                have               AUX   VBZ   7  aux      -
urged              urge               VERB  VBN   0  ROOT     -
Chile              Chile              PROPN NNP   7  dobj     GPE
to                 to                 PART  TO   10  aux      -
open               open               VERB  VB    7  xcomp    -
its                its                PRON  PRP$ 12  poss     -
market             market             NOUN  NN   10  dobj     -
.                  .                  PUNCT .     7  punct    -
"""

MINES_MINISTRY = """
Peru       Peru       PROPN NNP   4  poss     GPE
's         's         PART  POS   1  case     -
Fisheries  Fisheries  PROPN NNPS  4  compound ORG
Ministry   Ministry   PROPN NNP   5  nsubj    I-ORG
said       say        VERB  VBD   0  ROOT     -
the        the        DET   DT   10  det      -
Energy     Energy     PROPN NNP  10  nmod     ORG
and        and        CCONJ CC    7  cc       -
Mines      Mines      PROPN NNPS 10  compound ORG
Ministry   Ministry   PROPN NNP  12  nsubj    I-ORG
had        have       AUX   VBD  12  aux      -
urged      urge       VERB  VBN   5  ccomp    -
Chile      Chile      PROPN NNP  12  dobj     GPE
to         to         PART  TO   15  aux      -
open       open       VERB  VB   12  xcomp    -
its        its        PRON  PRP$ 17  poss     -
market     market     NOUN  NN   15  dobj     -
.          .          PUNCT .     5  punct    -
"""


def _names(table: str) -> list[str]:
    return [m.text for m in find_mentions(parse(table))]


def test_a_tagged_first_portfolio_and_an_untagged_rest_are_one_ministry() -> None:
    names = _names(FISHERIES_MINISTRY)
    assert "Fisheries and Forestry Ministry" in names
    assert "Fisheries" not in names


def test_two_tagged_pieces_are_one_ministry_of_the_story_state() -> None:
    names = _names(MINES_MINISTRY)
    assert "Energy and Mines Ministry" in names
    assert not {"Energy", "Mines Ministry"} & set(names)
    # a ministry every state has, named without its state, is the story's (as its Fisheries Ministry is)
    assert country_of(read(MINES_MINISTRY), "Energy and Mines Ministry") == "PER"


def test_portfolios_after_ministry_of_run_on_past_the_and() -> None:
    names = _names("""
    The        the        DET   DT    2  det      -
    Ministry   Ministry   PROPN NNP   7  nsubj    ORG
    of         of         ADP   IN    2  prep     I-ORG
    Energy     Energy     PROPN NNP   3  pobj     I-ORG
    and        and        CCONJ CC    4  cc       -
    Mines      Mines      PROPN NNPS  4  conj     -
    said       say        VERB  VBD   0  ROOT     -
    the        the        DET   DT    9  det      -
    talks      talk       NOUN  NNS  11  nsubj    -
    had        have       AUX   VBD  11  aux      -
    failed     fail       VERB  VBN   7  ccomp    -
    .          .          PUNCT .     7  punct    -
    """)
    assert "Ministry of Energy and Mines" in names


def test_a_portfolio_naming_a_title_after_it_ends_no_ministry() -> None:
    # guard: "Trade" modifies "Minister": the title of Ana Ruiz, not a second portfolio of the ministry
    names = _names("""
    The        the        DET   DT    2  det      -
    Ministry   Ministry   PROPN NNP  11  nsubj    ORG
    of         of         ADP   IN    2  prep     I-ORG
    Finance    Finance    PROPN NNP   3  pobj     I-ORG
    and        and        CCONJ CC    2  cc       -
    Trade      Trade      PROPN NNP   7  compound -
    Minister   Minister   PROPN NNP   9  compound -
    Ana        Ana        PROPN NNP   9  compound PERSON
    Ruiz       Ruiz       PROPN NNP   2  conj     I-PERSON
    have       have       AUX   VBP  11  aux      -
    left       leave      VERB  VBN   0  ROOT     -
    .          .          PUNCT .    11  punct    -
    """)
    assert "Ministry of Finance" in names
    assert not any("Trade" in name for name in names)


def test_two_ministries_each_with_its_own_head_stay_apart() -> None:
    # guard: "the Finance Ministry and the Trade Ministry" are two bodies
    names = _names("""
    the        the        DET   DT    3  det      ORG
    Finance    Finance    PROPN NNP   3  compound I-ORG
    Ministry   Ministry   PROPN NNP  8  nsubj    I-ORG
    and        and        CCONJ CC    3  cc       -
    the        the        DET   DT    7  det      ORG
    Trade      Trade      PROPN NNP   7  compound I-ORG
    Ministry   Ministry   PROPN NNP   3  conj     I-ORG
    said       say        VERB  VBD   0  ROOT     -
    .          .          PUNCT .     8  punct    -
    """)
    assert names == ["Finance Ministry", "Trade Ministry"]
