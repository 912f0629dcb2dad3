"""Wave 48 D: places and governments below the state (hand-built parses of sentences written here)."""

from __future__ import annotations

from hand_docs import country_of, facts, facts_with_roots, read

CHAMBER_LEADER = """
    Iraqi         iraqi         ADJ   JJ   3   amod      NORP
    parliamentary parliamentary ADJ   JJ   3   amod      -
    leader        leader        NOUN  NN   5   compound  -
    Ali           Ali           PROPN NNP  5   compound  PERSON
    Hassan        Hassan        PROPN NNP  6   nsubj     I-PERSON
    praised       praise        VERB  VBD  0   ROOT      -
    Japan         Japan         PROPN NNP  6   dobj      GPE
    .             .             PUNCT .    6   punct     -
"""


def test_a_parliamentary_leader_leads_no_state():
    """ "Iraqi parliamentary leader X": the leader of a chamber, never "leader of Iraq"."""
    found = facts(read(CHAMBER_LEADER), "title")
    assert ("Ali Hassan", "parliamentary leader of", "Iraq") in found
    assert ("Ali Hassan", "leader of", "Iraq") not in found


STATE_NAMED_BEFORE_ITS_NOUN = """
    Japan     Japan     PROPN NNP  2   nsubj     GPE
    signed    sign      VERB  VBD  0   ROOT      -
    a         a         DET   DT   4   det       -
    contract  contract  NOUN  NN   2   dobj      -
    with      with      ADP   IN   4   prep      -
    Australia Australia PROPN NNP  9   poss      GPE
    's        's        PART  POS  6   case      -
    Victoria  Victoria  PROPN NNP  9   compound  GPE
    state     state     NOUN  NN   5   pobj      -
    .         .         PUNCT .    2   punct     -
"""


def test_a_state_named_before_its_noun_is_the_state_not_the_nation():
    """ "Australia's Victoria state": the region (a place with its country), not Australia."""
    found = {(s, p, o) for s, p, o, _ in facts_with_roots(STATE_NAMED_BEFORE_ITS_NOUN)}
    assert ("Japan", "sign contract with", "Victoria") in found
    assert ("Japan", "sign contract with", "Australia") not in found
    assert country_of(read(STATE_NAMED_BEFORE_ITS_NOUN), "Victoria") == "AUS"


TOWN_IN_A_STATE = """
    Acme      Acme      PROPN NNP  3   nsubj     ORG
    will      will      AUX   MD   3   aux       -
    invest    invest    VERB  VB   0   ROOT      -
    in        in        ADP   IN   3   prep      -
    the       the       DET   DT   6   det       -
    smelter   smelter   NOUN  NN   4   pobj      -
    at        at        ADP   IN   6   prep      -
    Portland  Portland  PROPN NNP  7   pobj      GPE
    in        in        ADP   IN   6   prep      -
    Victoria  Victoria  PROPN NNP  9   pobj      GPE
    .         .         PUNCT .    3   punct     -
"""

TOWN_COMMA_STATE = """
    Acme      Acme      PROPN NNP  3   nsubj     ORG
    will      will      AUX   MD   3   aux       -
    invest    invest    VERB  VB   0   ROOT      -
    in        in        ADP   IN   3   prep      -
    the       the       DET   DT   6   det       -
    smelter   smelter   NOUN  NN   4   pobj      -
    at        at        ADP   IN   6   prep      -
    Portland  Portland  PROPN NNP  7   pobj      GPE
    ,         ,         PUNCT ,    8   punct     -
    Victoria  Victoria  PROPN NNP  8   appos     GPE
    .         .         PUNCT .    3   punct     -
"""

def test_a_town_written_in_a_state_lies_in_that_state_s_country():
    """ "Portland in Victoria", "Portland, Victoria": a town's namesakes abroad (a Jamaican parish, a US
    city) give way to the state written after it, though the gazetteer lacks the town there."""
    assert country_of(read(TOWN_IN_A_STATE), "Portland") == "AUS"
    assert country_of(read(TOWN_COMMA_STATE), "Portland") == "AUS"



STATE_GOVERNMENT = """
    China      China      PROPN NNP  3   nsubj     GPE
    will       will       AUX   MD   3   aux       -
    buy        buy        VERB  VB   0   ROOT      -
    coal       coal       NOUN  NN   3   dobj      -
    from       from       ADP   IN   3   prep      -
    Queensland Queensland PROPN NNP  5   pobj      GPE
    .          .          PUNCT .    3   punct     -
    The        the        DET   DT   10  det       -
    state      state      NOUN  NN   10  compound  -
    government government NOUN  NN   11  nsubj     -
    signed     sign       VERB  VBD  0   ROOT      -
    a          a          DET   DT   13  det       -
    deal       deal       NOUN  NN   11  dobj      -
    with       with       ADP   IN   11  prep      -
    China      China      PROPN NNP  14  pobj      GPE
    .          .          PUNCT .    11  punct     -
"""


def test_the_state_government_of_a_story_naming_a_state_is_that_state_s_country():
    """ "China will buy coal from Queensland. The state government signed a deal with China.": the
    government of Queensland (Australia's, the country the region is in), never China's."""
    found = {(s, p, o) for s, p, o, _ in facts_with_roots(STATE_GOVERNMENT)}
    assert ("Australia", "sign deal with", "China") in found


CHAMBER_LEADER_ATTRIBUTE = """
    Ali           Ali           PROPN NNP  2   compound  PERSON
    Hassan        Hassan        PROPN NNP  3   nsubj     I-PERSON
    is            be            AUX   VBZ  0   ROOT      -
    the           the           DET   DT   7   det       -
    Iraqi         iraqi         ADJ   JJ   7   amod      NORP
    parliamentary parliamentary ADJ   JJ   7   amod      -
    leader        leader        NOUN  NN   3   attr      -
    .             .             PUNCT .    3   punct     -
"""


def test_is_the_parliamentary_leader_is_no_leader_of_the_state():
    """ "X is the Iraqi parliamentary leader": the copula keeps the chamber's word ("be parliamentary
    leader"), never "be leader" of Iraq."""
    found = facts(read(CHAMBER_LEADER_ATTRIBUTE), "copula")
    assert ("Ali Hassan", "be parliamentary leader", "Iraq") in found
    assert ("Ali Hassan", "be leader", "Iraq") not in found


PARISH_ABROAD = """
    Acme     Acme     PROPN NNP  3   nsubj     ORG
    will     will     AUX   MD   3   aux       -
    expand   expand   VERB  VB   0   ROOT      -
    its      its      PRON  PRP$ 5   poss      -
    smelter  smelter  NOUN  NN   3   dobj      -
    in       in       ADP   IN   5   prep      -
    Victoria Victoria PROPN NNP  6   pobj      GPE
    .        .        PUNCT .    3   punct     -
    CITIC    CITIC    PROPN NNP  11  nsubj     ORG
    will     will     AUX   MD   11  aux       -
    invest   invest   VERB  VB   0   ROOT      -
    in       in       ADP   IN   11  prep      -
    the      the      DET   DT   14  det       -
    smelter  smelter  NOUN  NN   12  pobj      -
    at       at       ADP   IN   14  prep      -
    Portland Portland PROPN NNP  15  pobj      GPE
    .        .        PUNCT .    11  punct     -
"""


def test_a_parish_abroad_in_a_story_of_another_state_s_state_is_a_town_of_that_state():
    """ "... in Victoria. ... the smelter at Portland.": the gazetteer's only Portland of its divisions is a
    parish of Jamaica, which the story never names; the story's state is Victoria's, Australia."""
    assert country_of(read(PARISH_ABROAD), "Portland") == "AUS"
    jamaica = "Jamaica  Jamaica  PROPN NNP  6   pobj      GPE"
    alone = PARISH_ABROAD.replace("Victoria Victoria PROPN NNP  6   pobj      GPE", jamaica)
    assert country_of(read(alone), "Portland") == "JAM"
