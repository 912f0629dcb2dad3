"""Portfolio titles of bodies and states (wave 41 B): a body's abbreviation before a portfolio and a title
is that body's office ("EC Farm Commissioner X"), and a state's possessive before a portfolio and
"director" is that state's office ("Peru's public finance director X"). Sentences of our own, parses
written by hand."""

from __future__ import annotations

from hand_docs import country_of, facts, read

# "EC Farm Commissioner Anna Berg warned Chile." (the tagger takes "EC Farm" for one organisation)
BODY_FARM = """
EC           EC           PROPN NNP 2 compound ORG
Farm         Farm         PROPN NNP 3 compound I-ORG
Commissioner Commissioner PROPN NNP 5 compound -
Anna         Anna         PROPN NNP 5 compound PERSON
Berg         Berg         PROPN NNP 6 nsubj    I-PERSON
warned       warn         VERB  VBD 0 ROOT     -
Chile        Chile        PROPN NNP 6 dobj     GPE
.            .            PUNCT .   6 punct    -
"""

# "EC External Trade Commissioner Jan Smit met Chile's envoy."
BODY_EXTERNAL_TRADE = """
EC           EC           PROPN NNP 3 compound ORG
External     External     PROPN NNP 3 compound I-ORG
Trade        Trade        PROPN NNP 4 compound I-ORG
Commissioner Commissioner PROPN NNP 6 compound -
Jan          Jan          PROPN NNP 6 compound PERSON
Smit         Smit         PROPN NNP 7 nsubj    I-PERSON
met          meet         VERB  VBD 0 ROOT     -
Chile        Chile        PROPN NNP 10 poss    GPE
's           's           PART  POS 8 case     -
envoy        envoy        NOUN  NN  7 dobj     -
.            .            PUNCT .   7 punct    -
"""

# "Peru's public finance director Luis Soto told reporters."
STATE_PUBLIC_FINANCE = """
Peru     Peru     PROPN NNP 6 poss     GPE
's       's       PART  POS 1 case     -
public   public   ADJ   JJ  4 amod     -
finance  finance  NOUN  NN  5 compound -
director director NOUN  NN  7 compound -
Luis     Luis     PROPN NNP 7 compound PERSON
Soto     Soto     PROPN NNP 8 nsubj    I-PERSON
told     tell     VERB  VBD 0 ROOT     -
reporters reporter NOUN NNS 8 dobj     -
.        .        PUNCT .   8 punct    -
"""

# "Peru's budget director Ana Ruiz said the deficit fell."
STATE_BUDGET = """
Peru     Peru     PROPN NNP 4 poss     GPE
's       's       PART  POS 1 case     -
budget   budget   NOUN  NN  4 compound -
director director NOUN  NN  6 compound -
Ana      Ana      PROPN NNP 6 compound PERSON
Ruiz     Ruiz     PROPN NNP 7 nsubj    I-PERSON
said     say      VERB  VBD 0 ROOT     -
the      the      DET   DT  9 det      -
deficit  deficit  NOUN  NN  10 nsubj   -
fell     fall     VERB  VBD 7 ccomp    -
.        .        PUNCT .   7 punct    -
"""

# "Budget Director Tom Hale said the deficit fell." (the tagger takes "Budget" for an organisation)
BARE_BUDGET = """
Budget   Budget   PROPN NNP 2 compound ORG
Director Director PROPN NNP 4 compound -
Tom      Tom      PROPN NNP 4 compound PERSON
Hale     Hale     PROPN NNP 5 nsubj    I-PERSON
said     say      VERB  VBD 0 ROOT     -
the      the      DET   DT  7 det      -
deficit  deficit  NOUN  NN  8 nsubj    -
fell     fall     VERB  VBD 5 ccomp    -
.        .        PUNCT .   5 punct    -
"""


def test_a_bodys_abbreviation_before_a_portfolio_owns_the_portfolio_title() -> None:
    found = facts(read(BODY_FARM), "title")
    assert ("Anna Berg", "farm commissioner of", "EC") in found
    assert not any(obj == "EC Farm" for _, _, obj in found)


def test_a_two_word_portfolio_after_a_bodys_abbreviation_is_part_of_the_title() -> None:
    found = facts(read(BODY_EXTERNAL_TRADE), "title")
    assert ("Jan Smit", "external trade commissioner of", "EC") in found
    assert not any(obj == "EC External Trade" for _, _, obj in found)


def test_a_states_public_finance_director_is_the_states_office() -> None:
    found = facts(read(STATE_PUBLIC_FINANCE), "title")
    assert ("Luis Soto", "public finance director of", "Peru") in found


def test_a_states_budget_director_is_the_states_office() -> None:
    found = facts(read(STATE_BUDGET), "title")
    assert ("Ana Ruiz", "budget director of", "Peru") in found


def test_a_bare_budget_director_is_no_director_of_a_body_called_budget() -> None:
    reading = read(BARE_BUDGET)
    assert not any(e.label == "Budget" for e in reading.entities.entities())
    assert not any(obj == "Budget" for _, _, obj in facts(reading, "title"))


# "Peru told Peru's banks that Peru would pay.": a story of one state (its setting).
PERU_STORY = """
Peru    Peru    PROPN NNP 2  nsubj    GPE
told    tell    VERB  VBD 0  ROOT     -
Peru    Peru    PROPN NNP 5  poss     GPE
's      's      PART  POS 3  case     -
banks   bank    NOUN  NNS 2  dobj     -
that    that    SCONJ IN  9  mark     -
Peru    Peru    PROPN NNP 9  nsubj    GPE
would   would   AUX   MD  9  aux      -
pay     pay     VERB  VB  2  ccomp    -
.       .       PUNCT .   2  punct    -
"""

# "Trade chief Ema Paz said the deficit fell."
BARE_TRADE_CHIEF = """
Trade    trade    NOUN  NN  2 compound -
chief    chief    NOUN  NN  4 compound -
Ema      Ema      PROPN NNP 4 compound PERSON
Paz      Paz      PROPN NNP 5 nsubj    I-PERSON
said     say      VERB  VBD 0 ROOT     -
the      the      DET   DT  7 det      -
deficit  deficit  NOUN  NN  8 nsubj    -
fell     fall     VERB  VBD 5 ccomp    -
.        .        PUNCT .   5 punct    -
"""

# "Finance director Eva Ortiz said the deficit fell." (a company's title too)
BARE_FINANCE_DIRECTOR = """
Finance  finance  NOUN  NN  2 compound -
director director NOUN  NN  4 compound -
Eva      Eva      PROPN NNP 4 compound PERSON
Ortiz    Ortiz    PROPN NNP 5 nsubj    I-PERSON
said     say      VERB  VBD 0 ROOT     -
the      the      DET   DT  7 det      -
deficit  deficit  NOUN  NN  8 nsubj    -
fell     fall     VERB  VBD 5 ccomp    -
.        .        PUNCT .   5 punct    -
"""


def _after(story: str, table: str) -> str:
    """The parse of `table` written after `story`: its heads moved on by the story's tokens."""
    n = sum(1 for line in story.strip().splitlines() if line.strip())
    rows = []
    for line in table.strip().splitlines():
        word, lemma, pos, tag, head, dep, ent = line.split()
        rows.append(" ".join((word, lemma, pos, tag, str(int(head) + n) if head != "0" else "0", dep, ent)))
    return story.rstrip() + "\n" + "\n".join(rows) + "\n"


def test_a_bare_budget_director_in_a_story_of_one_state_is_that_states() -> None:
    reading = read(_after(PERU_STORY, BARE_BUDGET))
    assert country_of(reading, "Tom Hale") == "PER"
    assert ("Tom Hale", "budget director of", "Peru") in facts(reading, "title")


def test_a_bare_portfolio_chief_in_a_story_of_one_state_is_that_states() -> None:
    reading = read(_after(PERU_STORY, BARE_TRADE_CHIEF))
    assert ("Ema Paz", "trade chief of", "Peru") in facts(reading, "title")


def test_a_bare_finance_director_is_no_states_office() -> None:
    reading = read(_after(PERU_STORY, BARE_FINANCE_DIRECTOR))
    assert not any(s == "Eva Ortiz" and o == "Peru" for s, _, o in facts(reading, "title"))
