"""Wave 118 H: a bare office said with "the" ("the prime minister", "the president") is a holder of that very
office: the one person of the article whom the office table has in an office of that title on the article's
day, of whatever state, before the state the story is about; and never a state that has no such office
(words.tsv office_lacking_states: the United States has no prime minister, Australia no president), whose
head of government the title does not name either. With no holder found, no actor at all. Sentences of our
own, parses written by hand."""

from __future__ import annotations

from geokg.extract.lexicon.words import OFFICE_LACKING_STATES
from hand_docs import read

# "France raised its farm subsidies. Stephen Harper met Nicolas Sarkozy in Paris. The prime minister
# criticised Mexico."
HARPER_IN_A_STORY_ABOUT_FRANCE = """
France       France       PROPN  NNP    2   nsubj      GPE
raised       raise        VERB   VBD    0   ROOT       -
its          its          PRON   PRP$   5   poss       -
farm         farm         NOUN   NN     5   compound   -
subsidies    subsidy      NOUN   NNS    2   dobj       -
.            .            PUNCT  .      2   punct      -
Stephen      Stephen      PROPN  NNP    8   compound   PERSON
Harper       Harper       PROPN  NNP    9   nsubj      I-PERSON
met          meet         VERB   VBD    0   ROOT       -
Nicolas      Nicolas      PROPN  NNP    11  compound   PERSON
Sarkozy      Sarkozy      PROPN  NNP    9   dobj       I-PERSON
in           in           ADP    IN     9   prep       -
Paris        Paris        PROPN  NNP    12  pobj       GPE
.            .            PUNCT  .      9   punct      -
The          the          DET    DT     17  det        -
prime        prime        ADJ    JJ     17  amod       -
minister     minister     NOUN   NN     18  nsubj      -
criticised   criticise    VERB   VBD    0   ROOT       -
Mexico       Mexico       PROPN  NNP    18  dobj       GPE
.            .            PUNCT  .      18  punct      -
"""

US_OPENING = """
The          the          DET    DT     3   det        GPE
United       United       PROPN  NNP    3   compound   I-GPE
States       States       PROPN  NNP    4   nsubj      I-GPE
raised       raise        VERB   VBD    0   ROOT       -
tariffs      tariff       NOUN   NNS    4   dobj       -
.            .            PUNCT  .      4   punct      -
"""

# "The United States raised tariffs. The prime minister praised Mexico."
PRIME_MINISTER_IN_A_STORY_ABOUT_THE_US = (
    US_OPENING
    + """
The          the          DET    DT     9   det        -
prime        prime        ADJ    JJ     9   amod       -
minister     minister     NOUN   NN     10  nsubj      -
praised      praise       VERB   VBD    0   ROOT       -
Mexico       Mexico       PROPN  NNP    10  dobj       GPE
.            .            PUNCT  .      10  punct      -
"""
)

# "The United States raised tariffs. Barack Obama signed them. The prime minister praised Mexico."
PRIME_MINISTER_AFTER_A_US_PRESIDENT = (
    US_OPENING
    + """
Barack       Barack       PROPN  NNP    8   compound   PERSON
Obama        Obama        PROPN  NNP    9   nsubj      I-PERSON
signed       sign         VERB   VBD    0   ROOT       -
them         they         PRON   PRP    9   dobj       -
.            .            PUNCT  .      9   punct      -
The          the          DET    DT     14  det        -
prime        prime        ADJ    JJ     14  amod       -
minister     minister     NOUN   NN     15  nsubj      -
praised      praise       VERB   VBD    0   ROOT       -
Mexico       Mexico       PROPN  NNP    15  dobj       GPE
.            .            PUNCT  .      15  punct      -
"""
)

OPENING_ABOUT_AUSTRALIA = """
Australia    Australia    PROPN  NNP    2   nsubj      GPE
sent         send         VERB   VBD    0   ROOT       -
troops       troop        NOUN   NNS    2   dobj       -
to           to           ADP    IN     2   dative     -
Iraq         Iraq         PROPN  NNP    4   pobj       GPE
.            .            PUNCT  .      2   punct      -
"""


def _howard_believed(at: int) -> str:
    """ "Mr Howard said he believed the president was keen to help Chile.", its first word at `at`."""
    rows = [
        ("Mr", "Mr", "PROPN", "NNP", 1, "compound", "-"),
        ("Howard", "Howard", "PROPN", "NNP", 2, "nsubj", "PERSON"),
        ("said", "say", "VERB", "VBD", None, "ROOT", "-"),
        ("he", "he", "PRON", "PRP", 4, "nsubj", "-"),
        ("believed", "believe", "VERB", "VBD", 2, "ccomp", "-"),
        ("the", "the", "DET", "DT", 6, "det", "-"),
        ("president", "president", "NOUN", "NN", 7, "nsubj", "-"),
        ("was", "be", "AUX", "VBD", 4, "ccomp", "-"),
        ("keen", "keen", "ADJ", "JJ", 7, "acomp", "-"),
        ("to", "to", "PART", "TO", 10, "aux", "-"),
        ("help", "help", "VERB", "VB", 8, "xcomp", "-"),
        ("Chile", "Chile", "PROPN", "NNP", 10, "dobj", "GPE"),
        (".", ".", "PUNCT", ".", 2, "punct", "-"),
    ]
    return "\n".join(
        f"{w} {lemma} {pos} {tag} {0 if head is None else at + head} {dep} {ent}"
        for w, lemma, pos, tag, head, dep, ent in rows
    )


# "Australia sent troops to Iraq. Mr Howard said he believed the president was keen to help Chile."
PRESIDENT_IN_A_STORY_ABOUT_AUSTRALIA = OPENING_ABOUT_AUSTRALIA + _howard_believed(7)

# "Australia sent troops to Iraq. George W. Bush thanked Australia. Mr Howard said he believed the president
# was keen to help Chile."
PRESIDENT_NAMED_IN_A_STORY_ABOUT_AUSTRALIA = (
    OPENING_ABOUT_AUSTRALIA
    + """
George       George       PROPN  NNP    9   compound   PERSON
W.           W.           PROPN  NNP    9   compound   I-PERSON
Bush         Bush         PROPN  NNP    10  nsubj      I-PERSON
thanked      thank        VERB   VBD    0   ROOT       -
Australia    Australia    PROPN  NNP    10  dobj       GPE
.            .            PUNCT  .      10  punct      -
"""
    + _howard_believed(13)
)


def _all(table: str, day: str | None) -> set[tuple[str, str, str]]:
    reading = read(table, day)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_the_prime_minister_is_the_tables_holder_of_that_title_before_the_storys_state() -> None:
    triples = _all(HARPER_IN_A_STORY_ABOUT_FRANCE, "2008-05-01")
    assert ("Stephen Harper", "criticise", "Mexico") in triples
    assert not {t for t in triples if t[0] == "France" and t[2] == "Mexico"}


def test_no_prime_minister_of_a_state_without_one() -> None:
    for day in ("2013-01-25", None):
        assert ("United States", "praise", "Mexico") not in _all(PRIME_MINISTER_IN_A_STORY_ABOUT_THE_US, day)


def test_the_president_heading_a_government_is_no_prime_minister() -> None:
    for day in ("2013-01-25", None):
        assert not {t for t in _all(PRIME_MINISTER_AFTER_A_US_PRESIDENT, day) if t[2] == "Mexico"}


def test_the_president_in_a_claim_is_no_monarchys_office() -> None:
    # no date: the table names no president in the article, and Australia has none
    assert ("Howard", "believe", "Australia") not in _all(PRESIDENT_IN_A_STORY_ABOUT_AUSTRALIA, None)


def test_the_president_in_a_claim_is_the_president_the_table_knows_in_the_article() -> None:
    triples = _all(PRESIDENT_NAMED_IN_A_STORY_ABOUT_AUSTRALIA, "2005-01-22")
    assert ("Howard", "believe", "George W. Bush") in triples
    assert ("Howard", "believe", "Australia") not in triples


def test_the_list_of_states_lacking_an_office_names_states_by_their_codes() -> None:
    assert "USA" in OFFICE_LACKING_STATES["prime minister"]
    assert "GBR" in OFFICE_LACKING_STATES["president"] and "JPN" in OFFICE_LACKING_STATES["president"]
    codes = {code for states in OFFICE_LACKING_STATES.values() for code in states}
    assert all(len(code) == 3 and code.isalpha() for code in codes)
    assert not OFFICE_LACKING_STATES["prime minister"] & OFFICE_LACKING_STATES["president"]


# "France raised its farm subsidies. Jean Chretien met Jacques Chirac in Paris. The prime minister criticised
# Mexico." (undated)
CHRETIEN_IN_AN_UNDATED_STORY_ABOUT_FRANCE = (
    HARPER_IN_A_STORY_ABOUT_FRANCE.replace("Stephen      Stephen ", "Jean         Jean    ")
    .replace("Harper       Harper ", "Chretien     Chretien")
    .replace("Nicolas      Nicolas", "Jacques      Jacques")
    .replace("Sarkozy      Sarkozy", "Chirac       Chirac ")
)


def test_undated_the_table_reads_a_holder_in_the_office_he_last_held() -> None:
    # Chirac, once prime minister of France, was its president after: the Canadian prime minister is meant
    triples = _all(CHRETIEN_IN_AN_UNDATED_STORY_ABOUT_FRANCE, None)
    assert ("Jean Chretien", "criticise", "Mexico") in triples
    assert not {t for t in triples if t[0] in ("Jacques Chirac", "France") and t[2] == "Mexico"}
