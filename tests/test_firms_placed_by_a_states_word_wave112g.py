"""Wave 112 G: a state's word before a firm's noun and its name says where the firm is from, no title it
holds of the state. "Norwegian truck maker X", "UK shoe firm Y" give the firm the state (the country of
every triple that names it) and no "truck maker of Norway"; "German rival Z" is no rival of Germany but of
the firm its clause is about ("Vardo Oil signed a deal with German rival Z": rival of Vardo Oil). The
state's word, a trade's words and a firm's noun right before the name place the firm however the parser
hangs them (affiliations/organisations.firms_after_a_states_noun). A flag
carrier's or a bank's noun keeps its title ("Iranian airline X" -> airline of Iran). A pair of states
joined by a hyphen ("Swiss-Danish drugmaker X", "X, a Swiss-Danish carmaker") names a firm of both, and one
country code would misstate it: the firm takes neither. The parses are stated by hand (tests/hand_docs.py);
the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, facts, read, then_abroad

# "Norwegian truck maker Kestrel Trucks agreed a price with Vardo Oil."
_TRUCK_MAKER = """
Norwegian  norwegian  ADJ   JJ   3   amod      NORP
truck      truck      NOUN  NN   3   compound  -
maker      maker      NOUN  NN   5   compound  -
Kestrel    Kestrel    PROPN NNP  5   compound  ORG
Trucks     Trucks     PROPN NNPS 6   nsubj     I-ORG
agreed     agree      VERB  VBD  0   ROOT      -
a          a          DET   DT   8   det       -
price      price      NOUN  NN   6   dobj      -
with       with       ADP   IN   8   prep      -
Vardo      Vardo      PROPN NNP  11  compound  ORG
Oil        Oil        PROPN NNP  9   pobj      I-ORG
.          .          PUNCT .    6   punct     -
"""

# "UK shoe firm Marlowe reported a rise in profit."
_SHOE_FIRM = """
UK      UK      PROPN NNP  3  compound  GPE
shoe    shoe    NOUN  NN   3  compound  -
firm    firm    NOUN  NN   4  compound  -
Marlowe Marlowe PROPN NNP  5  nsubj     ORG
reported report VERB  VBD  0  ROOT      -
a       a       DET   DT   7  det       -
rise    rise    NOUN  NN   5  dobj      -
in      in      ADP   IN   7  prep      -
profit  profit  NOUN  NN   8  pobj      -
.       .       PUNCT .    5  punct     -
"""

# "UK sportswear firm Breeze has posted a rise."  (the parser takes "sportswear" for a verb, "UK" its subject)
_TRADE_MISREAD = """
UK          UK          PROPN NNP  2  nsubj     GPE
sportswear  sportswear  VERB  VBP  6  dep       -
firm        firm        NOUN  NN   4  amod      -
Breeze      Breeze      PROPN NNP  6  nsubj     ORG
has         have        AUX   VBZ  6  aux       -
posted      post        VERB  VBN  0  ROOT      -
a           a           DET   DT   8  det       -
rise        rise        NOUN  NN   6  dobj      -
.           .           PUNCT .    6  punct     -
"""

# "Last week, Vardo Oil signed a deal with German rival Keller Motor."
_RIVAL = """
Last    last    ADJ   JJ   2   amod      DATE
week    week    NOUN  NN   6   npadvmod  I-DATE
,       ,       PUNCT ,    6   punct     -
Vardo   Vardo   PROPN NNP  5   compound  ORG
Oil     Oil     PROPN NNP  6   nsubj     I-ORG
signed  sign    VERB  VBD  0   ROOT      -
a       a       DET   DT   8   det       -
deal    deal    NOUN  NN   6   dobj      -
with    with    ADP   IN   6   prep      -
German  german  ADJ   JJ   11  amod      NORP
rival   rival   NOUN  NN   13  compound  -
Keller  Keller  PROPN NNP  13  compound  ORG
Motor   Motor   PROPN NNP  9   pobj      I-ORG
.       .       PUNCT .    6   punct     -
"""

# "Iranian airline Zagros Air said sales rose."
_AIRLINE = """
Iranian  iranian  ADJ   JJ   2   amod      NORP
airline  airline  NOUN  NN   4   compound  -
Zagros   Zagros   PROPN NNP  4   compound  ORG
Air      Air      PROPN NNP  5   nsubj     I-ORG
said     say      VERB  VBD  0   ROOT      -
sales    sale     NOUN  NNS  7   nsubj     -
rose     rise     VERB  VBD  5   ccomp     -
.        .        PUNCT .    5   punct     -
"""

# "Swiss-Danish drugmaker Basel Nordic said sales rose."
_TWO_STATES_BEFORE = """
Swiss      swiss      ADJ   JJ   3   amod      NORP
-          -          PUNCT HYPH 3   punct     -
Danish     danish     ADJ   JJ   6   compound  NORP
drugmaker  drugmaker  NOUN  NN   6   compound  -
Basel      Basel      PROPN NNP  6   compound  ORG
Nordic     Nordic     PROPN NNP  7   nsubj     I-ORG
said       say        VERB  VBD  0   ROOT      -
sales      sale       NOUN  NNS  9   nsubj     -
rose       rise       VERB  VBD  7   ccomp     -
.          .          PUNCT .    7   punct     -
"""

# "Keller Motor, a Swiss-Danish carmaker, said sales rose."
_TWO_STATES_APPOSED = """
Keller    Keller    PROPN NNP  2   compound  ORG
Motor     Motor     PROPN NNP  10  nsubj     I-ORG
,         ,         PUNCT ,    2   punct     -
a         a         DET   DT   8   det       -
Swiss     swiss     ADJ   JJ   7   amod      NORP
-         -         PUNCT HYPH 7   punct     -
Danish    danish    ADJ   JJ   8   compound  NORP
carmaker  carmaker  NOUN  NN   2   appos     -
,         ,         PUNCT ,    2   punct     -
said      say       VERB  VBD  0   ROOT      -
sales     sale      NOUN  NNS  12  nsubj     -
rose      rise      VERB  VBD  10  ccomp     -
.         .         PUNCT .    10  punct     -
"""


def test_a_states_word_before_a_firms_noun_places_the_firm_and_gives_no_title() -> None:
    reading = read(_TRUCK_MAKER)
    assert not any(f[0] == "Kestrel Trucks" for f in facts(reading, "title"))
    assert country_of(reading, "Kestrel Trucks") == "NOR"
    reading = read(_SHOE_FIRM)
    assert not any(f[0] == "Marlowe" for f in facts(reading, "title"))
    assert country_of(reading, "Marlowe") == "GBR"


def test_a_states_word_trade_and_firms_noun_before_a_name_place_it_however_parsed() -> None:
    # (in a story that names another state too, so the story's state gives nothing)
    assert country_of(read(then_abroad(_TRADE_MISREAD)), "Breeze") == "GBR"


def test_a_rival_after_a_states_word_is_no_rival_of_the_state() -> None:
    reading = read(_RIVAL)
    assert ("Keller Motor", "rival of", "Germany") not in facts(reading, "title")
    assert country_of(reading, "Keller Motor") == "DEU"


def test_a_rival_after_a_states_word_is_the_rival_of_the_clauses_firm() -> None:
    assert ("Keller Motor", "rival of", "Vardo Oil") in facts(read(_RIVAL), "title")


def test_an_airline_after_a_states_word_keeps_its_title() -> None:
    # (a guard: a flag carrier's noun is left its title, as before)
    reading = read(_AIRLINE)
    assert ("Zagros Air", "airline of", "Iran") in facts(reading, "title")


def test_a_firm_of_two_states_joined_by_a_hyphen_takes_neither() -> None:
    reading = read(_TWO_STATES_BEFORE)
    assert not any(f[0] == "Basel Nordic" for f in facts(reading, "title"))
    assert country_of(reading, "Basel Nordic") is None


def test_a_firm_described_as_of_two_states_joined_by_a_hyphen_takes_neither() -> None:
    reading = read(_TWO_STATES_APPOSED)
    assert country_of(reading, "Keller Motor") is None
