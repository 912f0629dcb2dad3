"""Wave 120 F: firms the tagger types as places or people in business stories. A name that takeover
language takes ("X launched a hostile bid", "X's bid for Y", "a bid by X", "X acquired Y", "shares in X",
"X's chief executive", "an executive at X"), or that a firm's word of a trade describes ("X, the mining
group", "miner X", "market analyst X"), is a firm (ORG) where no gazetteer places it, whatever the tagger
typed (retyping.firms_traded_taken_for_places); a name with a known given name or a personal title stays a
person. The sentences are ours and their parses are written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import read


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


# "Kestrava launched a hostile bid for Tolway Mining." (the bidder tagged a person's name)
HOSTILE_BIDDER = """
Kestrava  Kestrava  PROPN NNP  2  nsubj    PERSON
launched  launch    VERB  VBD  0  ROOT     -
a         a         DET   DT   5  det      -
hostile   hostile   ADJ   JJ   5  amod     -
bid       bid       NOUN  NN   2  dobj     -
for       for       ADP   IN   5  prep     -
Tolway    Tolway    PROPN NNP  8  compound ORG
Mining    Mining    PROPN NNP  6  pobj     I-ORG
.         .         PUNCT .    2  punct    -
"""

# "Shareholders rejected the offer by Pellgard." (the bidder tagged a place)
BID_BY = """
Shareholders shareholder NOUN NNS 2  nsubj    -
rejected  reject    VERB  VBD  0  ROOT     -
the       the       DET   DT   4  det      -
offer     offer     NOUN  NN   2  dobj     -
by        by        ADP   IN   4  prep     -
Pellgard  Pellgard  PROPN NNP  5  pobj     GPE
.         .         PUNCT .    2  punct    -
"""

# "Ostrel's chief executive resigned." (the firm tagged a place; the executive is no firm)
CHIEF_EXECUTIVE = """
Ostrel    Ostrel    PROPN NNP  4  poss     GPE
's        's        PART  POS  1  case     -
chief     chief     ADJ   JJ   4  amod     -
executive executive NOUN  NN   5  nsubj    -
resigned  resign    VERB  VBD  0  ROOT     -
.         .         PUNCT .    5  punct    -
"""

# "Vantrell acquired Dorrow Steel." (the buyer tagged a place, a firm its object)
BUYER_OF_A_FIRM = """
Vantrell  Vantrell  PROPN NNP  2  nsubj    GPE
acquired  acquire   VERB  VBD  0  ROOT     -
Dorrow    Dorrow    PROPN NNP  4  compound ORG
Steel     Steel     PROPN NNP  2  dobj     I-ORG
.         .         PUNCT .    2  punct    -
"""

# "Shares in Quenby fell." (the firm tagged a person's name)
SHARES_IN = """
Shares    share     NOUN  NNS  4  nsubj    -
in        in        ADP   IN   1  prep     -
Quenby    Quenby    PROPN NNP  2  pobj     PERSON
fell      fall      VERB  VBD  0  ROOT     -
.         .         PUNCT .    4  punct    -
"""

# "Mr Quenby's bid for Dorrow Steel failed." (a titled man stays a person)
TITLED_BIDDER = """
Mr        Mr        PROPN NNP  2  compound -
Quenby    Quenby    PROPN NNP  4  poss     PERSON
's        's        PART  POS  2  case     -
bid       bid       NOUN  NN   8  nsubj    -
for       for       ADP   IN   4  prep     -
Dorrow    Dorrow    PROPN NNP  7  compound ORG
Steel     Steel     PROPN NNP  5  pobj     I-ORG
failed    fail      VERB  VBD  0  ROOT     -
.         .         PUNCT .    8  punct    -
"""

# "Helen Marsh acquired Dorrow Steel." (a given name: a person buys a firm too)
NAMED_BUYER = """
Helen     Helen     PROPN NNP  2  compound PERSON
Marsh     Marsh     PROPN NNP  3  nsubj    I-PERSON
acquired  acquire   VERB  VBD  0  ROOT     -
Dorrow    Dorrow    PROPN NNP  5  compound ORG
Steel     Steel     PROPN NNP  3  dobj     I-ORG
.         .         PUNCT .    3  punct    -
"""

# "Brennock, the mining group, said profits rose." (a firm of a trade in apposition)
MINING_GROUP = """
Brennock  Brennock  PROPN NNP  7  nsubj    PERSON
,         ,         PUNCT ,    1  punct    -
the       the       DET   DT   5  det      -
mining    mining    NOUN  NN   5  compound -
group     group     NOUN  NN   1  appos    -
,         ,         PUNCT ,    1  punct    -
said      say       VERB  VBD  0  ROOT     -
profits   profit    NOUN  NNS  9  nsubj    -
rose      rise      VERB  VBD  7  ccomp    -
.         .         PUNCT .    7  punct    -
"""

# "Profits rose, said miner Brennock Gold." (a kind of firm no person is called by, before the name)
MINER_BEFORE = """
Profits   profit    NOUN  NNS  2  nsubj    -
rose      rise      VERB  VBD  4  ccomp    -
,         ,         PUNCT ,    4  punct    -
said      say       VERB  VBD  0  ROOT     -
miner     miner     NOUN  NN   7  compound -
Brennock  Brennock  PROPN NNP  7  compound PERSON
Gold      Gold      PROPN NNP  4  nsubj    I-PERSON
.         .         PUNCT .    4  punct    -
"""

# "Players grew, said game developer Tarmo Ruusu." (a person of a trade)
DEVELOPER_BEFORE = """
Players   player    NOUN  NNS  2  nsubj    -
grew      grow      VERB  VBD  4  ccomp    -
,         ,         PUNCT ,    4  punct    -
said      say       VERB  VBD  0  ROOT     -
game      game      NOUN  NN   6  compound -
developer developer NOUN  NN   8  compound -
Tarmo     Tarmo     PROPN NNP  8  compound PERSON
Ruusu     Ruusu     PROPN NNP  4  nsubj    I-PERSON
.         .         PUNCT .    4  punct    -
"""

# "Prices rose, said market analyst Tellwise." (a firm of analysts, no analyst's name)
MARKET_ANALYST = """
Prices    price     NOUN  NNS  2  nsubj    -
rose      rise      VERB  VBD  4  ccomp    -
,         ,         PUNCT ,    4  punct    -
said      say       VERB  VBD  0  ROOT     -
market    market    NOUN  NN   6  compound -
analyst   analyst   NOUN  NN   7  compound -
Tellwise  Tellwise  PROPN NNP  4  nsubj    PERSON
.         .         PUNCT .    4  punct    -
"""

# "Prices rose, said market analyst Jane Roe." (a given name: the analyst is a person)
NAMED_ANALYST = """
Prices    price     NOUN  NNS  2  nsubj    -
rose      rise      VERB  VBD  4  ccomp    -
,         ,         PUNCT ,    4  punct    -
said      say       VERB  VBD  0  ROOT     -
market    market    NOUN  NN   6  compound -
analyst   analyst   NOUN  NN   8  compound -
Jane      Jane      PROPN NNP  8  compound PERSON
Roe       Roe       PROPN NNP  4  nsubj    I-PERSON
.         .         PUNCT .    4  punct    -
"""


def test_hostile_bidder_tagged_a_person_is_a_firm() -> None:
    assert _types(HOSTILE_BIDDER)["Kestrava"] == "ORG"


def test_maker_of_an_offer_tagged_a_place_is_a_firm() -> None:
    assert _types(BID_BY)["Pellgard"] == "ORG"


def test_owner_of_a_chief_executive_is_a_firm() -> None:
    assert _types(CHIEF_EXECUTIVE)["Ostrel"] == "ORG"


def test_buyer_of_a_firm_tagged_a_place_is_a_firm() -> None:
    assert _types(BUYER_OF_A_FIRM)["Vantrell"] == "ORG"


def test_name_with_shares_in_it_is_a_firm() -> None:
    assert _types(SHARES_IN)["Quenby"] == "ORG"


def test_titled_bidder_stays_a_person() -> None:
    # guard: passes with or without the change
    assert _types(TITLED_BIDDER)["Quenby"] == "PERSON"


def test_buyer_with_a_given_name_stays_a_person() -> None:
    # guard: passes with or without the change
    assert _types(NAMED_BUYER)["Helen Marsh"] == "PERSON"


def test_name_described_as_a_mining_group_is_a_firm() -> None:
    # guard: passes with or without the change (a group's noun in apposition: bodies_by_their_words)
    assert _types(MINING_GROUP)["Brennock"] == "ORG"


def test_miner_before_a_name_is_its_firm() -> None:
    assert _types(MINER_BEFORE)["Brennock Gold"] == "ORG"


def test_game_developer_before_a_name_stays_a_person() -> None:
    # guard: "developer" names a person of a trade too
    assert _types(DEVELOPER_BEFORE)["Tarmo Ruusu"] == "PERSON"


def test_market_analyst_before_a_name_is_its_firm() -> None:
    assert _types(MARKET_ANALYST)["Tellwise"] == "ORG"


def test_market_analyst_with_a_given_name_stays_a_person() -> None:
    # guard: passes with or without the change
    assert _types(NAMED_ANALYST)["Jane Roe"] == "PERSON"
