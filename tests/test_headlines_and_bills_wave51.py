"""Wire copy of the 1980s (sentences of our own, parsed by hand):

- a legislature or a committee defeating (killing) a bill or a motion rejects it (root 12): no use of
  force, and a speaker reporting it accuses nobody;
- a rank before a department named by its portfolio alone ("Assistant Defense Secretary X", "U.S.
  Assistant Treasury Secretary Y") is the rank's secretary of the portfolio, an office of the state named
  before it, or of the one state that has the office;
- the first word after a dateline is no sentence of its own ("LIMA, Oct 19 - Vice | President X");
- a headline's abbreviated title is the whole title ("VICE PRES X" is vice president), and one the story
  writes longer ("PRES X" over "Vice President X") yields to the story's, which takes its owner."""

from __future__ import annotations

from geokg.extract.io.nlp import paragraph_breaks
from geokg.extract.pipeline import read_doc
from hand_docs import VOCAB, country_of, facts, facts_with_roots, read, with_title_line
from spacy.tokens import Doc

# "The Kenyan Senate defeated the Sugar Bill, Uganda said."
SENATE_DEFEATED_BILL = """
The       the       DET   DT  3 det      ORG
Kenyan    Kenyan    PROPN NNP 3 compound I-ORG
Senate    Senate    PROPN NNP 4 nsubj    I-ORG
defeated  defeat    VERB  VBD 10 ccomp   -
the       the       DET   DT  7 det      ORG
Sugar     Sugar     PROPN NNP 7 compound I-ORG
Bill      Bill      PROPN NNP 4 dobj     I-ORG
,         ,         PUNCT ,   10 punct   -
Uganda    Uganda    PROPN NNP 10 nsubj   GPE
said      say       VERB  VBD 0 ROOT     -
.         .         PUNCT .   10 punct   -
"""

# "The Kenyan Senate killed the Sugar Bill."
SENATE_KILLED_BILL = """
The       the       DET   DT  3 det      ORG
Kenyan    Kenyan    PROPN NNP 3 compound I-ORG
Senate    Senate    PROPN NNP 4 nsubj    I-ORG
killed    kill      VERB  VBD 0 ROOT     -
the       the       DET   DT  7 det      ORG
Sugar     Sugar     PROPN NNP 7 compound I-ORG
Bill      Bill      PROPN NNP 4 dobj     I-ORG
.         .         PUNCT .   4 punct    -
"""


def test_a_chamber_defeating_a_bill_rejects_it_and_its_reporter_accuses_nobody() -> None:
    found = facts_with_roots(SENATE_DEFEATED_BILL)
    assert ("Kenyan Senate", "defeat", "Sugar Bill", "12") in found, found
    assert not any(root in ("18", "19") for *_, root in found), found
    assert not any(predicate == "accuse" for _, predicate, _, _ in found), found


def test_a_chamber_killing_a_bill_rejects_it() -> None:
    found = facts_with_roots(SENATE_KILLED_BILL)
    assert ("Kenyan Senate", "kill", "Sugar Bill", "12") in found, found


# "U.S. Assistant Treasury Secretary Ann Roe told Chile to cut spending."
STATE_ASSISTANT_TREASURY_SECRETARY = """
U.S.       U.S.       PROPN NNP 4 compound GPE
Assistant  Assistant  PROPN NNP 3 compound -
Treasury   Treasury   PROPN NNP 4 compound ORG
Secretary  Secretary  PROPN NNP 6 compound -
Ann        Ann        PROPN NNP 6 compound PERSON
Roe        Roe        PROPN NNP 7 nsubj    I-PERSON
told       tell       VERB  VBD 0 ROOT     -
Chile      Chile      PROPN NNP 7 dobj     GPE
to         to         PART  TO  10 aux     -
cut        cut        VERB  VB  7 xcomp    -
spending   spending   NOUN  NN  10 dobj    -
.          .          PUNCT .   7 punct    -
"""

# "Assistant Defense Secretary Ann Roe met Iraqi officials."
ASSISTANT_DEFENSE_SECRETARY = """
Assistant  Assistant  PROPN NNP 3 compound -
Defense    Defense    PROPN NNP 3 compound ORG
Secretary  Secretary  PROPN NNP 5 compound -
Ann        Ann        PROPN NNP 5 compound PERSON
Roe        Roe        PROPN NNP 6 nsubj    I-PERSON
met        meet       VERB  VBD 0 ROOT     -
Iraqi      iraqi      ADJ   JJ  8 amod     NORP
officials  official   NOUN  NNS 6 dobj     -
.          .          PUNCT .   6 punct    -
"""


def test_a_rank_before_a_department_named_by_its_portfolio_is_the_states_office() -> None:
    reading = read(STATE_ASSISTANT_TREASURY_SECRETARY)
    assert facts(reading, "title") == {("Ann Roe", "assistant secretary of the treasury of", "United States")}
    assert country_of(reading, "Ann Roe") == "USA"


def test_a_ranked_department_title_only_one_state_has_is_that_states_office() -> None:
    reading = read(ASSISTANT_DEFENSE_SECRETARY)
    assert facts(reading, "title") == {("Ann Roe", "assistant secretary of defense of", "United States")}
    assert country_of(reading, "Ann Roe") == "USA"


def test_the_first_word_after_a_dateline_is_no_sentence_of_its_own() -> None:
    # "LIMA, Oct 19 - Vice President Ann Roe met Chilean envoys.": the parser had cut after "Vice"
    words = [
        "LIMA",
        ",",
        "Oct",
        "19",
        "-",
        "Vice",
        "President",
        "Ann",
        "Roe",
        "met",
        "Chilean",
        "envoys",
        ".",
    ]
    tags = ["NNP", ",", "NNP", "CD", "HYPH", "NNP", "NNP", "NNP", "NNP", "VBD", "JJ", "NNS", "."]
    doc = paragraph_breaks(Doc(VOCAB, words=words, tags=tags, sent_starts=[True] + [None] * 12))
    assert doc[5].is_sent_start is True  # the dateline ends before "Vice"
    assert doc[6].is_sent_start is False


# "CHILE VICE PRES ROE SEES PERU ENVOY ¶ Ann Roe met Peruvian envoys ."
HEADLINE_VICE_PRES = """
CHILE     CHILE     PROPN NNP 4 compound GPE
VICE      VICE      PROPN NNP 4 compound -
PRES      PRES      PROPN NNP 4 compound -
ROE       ROE       PROPN NNP 5 nsubj    PERSON
SEES      see       VERB  VBZ 0 ROOT     -
PERU      PERU      PROPN NNP 7 compound GPE
ENVOY     envoy     NOUN  NN  5 dobj     -
¶         ¶         SPACE _SP 5 dep      -
Ann       Ann       PROPN NNP 10 compound PERSON
Roe       Roe       PROPN NNP 11 nsubj   I-PERSON
met       meet      VERB  VBD 0 ROOT     -
Peruvian  peruvian  ADJ   JJ  13 amod    NORP
envoys    envoy     NOUN  NNS 11 dobj    -
.         .         PUNCT .   11 punct   -
"""


def _titles(table: str) -> set[tuple[str, str, str]]:
    reading = read_doc(with_title_line(table), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id])
        for r in reading.relations
        if r.rule.name == "title"
    }


def test_a_headlines_abbreviated_title_is_the_whole_title() -> None:
    assert _titles(HEADLINE_VICE_PRES) == {("Ann Roe", "vice president of", "Chile")}


# "CHILE TOP PRES ROE SEES PERU ENVOY ¶ Vice President Ann Roe met Peruvian envoys ."
HEADLINE_CLIPPED_TITLE = """
CHILE     CHILE     PROPN NNP 4 compound GPE
TOP       TOP       PROPN NNP 4 compound -
PRES      PRES      PROPN NNP 4 compound -
ROE       ROE       PROPN NNP 5 nsubj    PERSON
SEES      see       VERB  VBZ 0 ROOT     -
PERU      PERU      PROPN NNP 7 compound GPE
ENVOY     envoy     NOUN  NN  5 dobj     -
¶         ¶         SPACE _SP 5 dep      -
Vice      Vice      PROPN NNP 11 compound -
President President PROPN NNP 11 compound -
Ann       Ann       PROPN NNP 12 compound PERSON
Roe       Roe       PROPN NNP 13 nsubj   I-PERSON
met       meet      VERB  VBD 0 ROOT     -
Peruvian  peruvian  ADJ   JJ  15 amod    NORP
envoys    envoy     NOUN  NNS 13 dobj    -
"""


def test_a_headlines_clipped_title_yields_to_the_storys_and_lends_it_its_owner() -> None:
    assert _titles(HEADLINE_CLIPPED_TITLE) == {("Ann Roe", "vice president of", "Chile")}


# "U.S. Deputy Treasury Secretary Ann Roe spoke.", the tagger taking "Treasury" for a person's name
STATE_DEPUTY_TREASURY_SECRETARY = """
U.S.       U.S.       PROPN NNP 4 compound GPE
Deputy     Deputy     PROPN NNP 3 compound -
Treasury   Treasury   PROPN NNP 4 compound PERSON
Secretary  Secretary  PROPN NNP 6 compound -
Ann        Ann        PROPN NNP 6 compound PERSON
Roe        Roe        PROPN NNP 7 nsubj    I-PERSON
spoke      speak      VERB  VBD 0 ROOT     -
.          .          PUNCT .   7 punct    -
"""


def test_the_rank_before_a_department_in_a_title_is_no_title_of_the_department() -> None:
    titles = facts(read(STATE_DEPUTY_TREASURY_SECRETARY), "title")
    assert titles == {("Ann Roe", "deputy secretary of the treasury of", "United States")}
