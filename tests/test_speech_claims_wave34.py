"""Speech edges that carry what was said, and the right speaker (wave 34), on hand-built parses of sentences
of our own: a speaker's word about someone keeps the reported clause (`content`); the edge is made only to
the claim's subject, when the claim has no fact of its own about it; sources are no state."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

SAID_THAT = """
Chile      Chile      PROPN NNP  2  nsubj     GPE
said       say        VERB  VBD  0  ROOT      -
that       that       SCONJ IN   5  mark      -
Peru       Peru       PROPN NNP  5  nsubj     GPE
was        be         AUX   VBD  2  ccomp     -
ready      ready      ADJ   JJ   5  acomp     -
.          .          PUNCT .    2  punct     -
"""

QUOTED = """
"          "          PUNCT ``   8  punct     -
Peru       Peru       PROPN NNP  3  nsubj     GPE
is         be         AUX   VBZ  8  ccomp     -
ready      ready      ADJ   JJ   3  acomp     -
,          ,          PUNCT ,    8  punct     -
"          "          PUNCT ''   8  punct     -
Chile      Chile      PROPN NNP  8  nsubj     GPE
said       say        VERB  VBD  0  ROOT      -
.          .          PUNCT .    8  punct     -
"""


def test_a_statement_keeps_what_was_said_without_complementiser_or_closing_punctuation() -> None:
    [said] = by_rule(read(SAID_THAT), "speech_content")
    assert (said.predicate, said.content) == ("say", "Peru was ready")


def test_a_quoted_statement_keeps_its_words_without_the_marks() -> None:
    [said] = by_rule(read(QUOTED), "speech_content")
    assert (said.predicate, said.content) == ("say", "Peru is ready")


def test_no_fact_but_a_speakers_word_carries_content() -> None:
    reading = read(SIGNED_WITH)
    assert all(r.content is None for r in reading.relations if r.rule.name != "speech_content")


SIGNED_WITH = """
Chile      Chile      PROPN NNP  2  nsubj     GPE
said       say        VERB  VBD  0  ROOT      -
Peru       Peru       PROPN NNP  4  nsubj     GPE
signed     sign       VERB  VBD  2  ccomp     -
a          a          DET   DT   6  det       -
deal       deal       NOUN  NN   4  dobj      -
with       with       ADP   IN   4  prep      -
Bolivia    Bolivia    PROPN NNP  7  pobj      GPE
.          .          PUNCT .    2  punct     -
"""


def test_a_claim_with_a_fact_of_its_own_about_its_subject_makes_no_say_edge() -> None:
    """ "Chile said Peru signed a deal with Bolivia": what Chile said of Peru is the content's own fact,
    attributed to Chile; a `Chile -say-> Peru` beside it would only lose the claim."""
    reading = read(SIGNED_WITH)
    assert facts(reading, "speech_content") == set()
    [signed] = by_rule(reading, "prep")
    assert reading.entities.entity(signed.attributed_to).label == "Chile"


def test_the_object_of_a_claim_is_no_topic_of_the_report_but_its_doer_is_accused() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP  2  nsubj     GPE
    said       say        VERB  VBD  0  ROOT      -
    Bolivia    Bolivia    PROPN NNP  4  nsubj     GPE
    attacked   attack     VERB  VBD  2  ccomp     -
    Peru       Peru       PROPN NNP  4  dobj      GPE
    .          .          PUNCT .    2  punct     -
    """)
    assert facts(reading, "speech_content") == {("Chile", "accuse", "Bolivia")}


def test_the_hearer_named_again_in_what_is_said_is_no_topic() -> None:
    """ "Acme told the Lima Gazette that the Gazette had erred": whom the words are told to is their hearer
    (the `tell` fact), not what they are about."""
    reading = read("""
    Acme       Acme       PROPN NNP  2  compound  ORG
    Corp       Corp       PROPN NNP  3  nsubj     I-ORG
    told       tell       VERB  VBD  0  ROOT      -
    the        the        DET   DT   6  det       -
    Lima       Lima       PROPN NNP  6  compound  ORG
    Gazette    Gazette    PROPN NNP  3  dobj      I-ORG
    that       that       SCONJ IN   11 mark      -
    the        the        DET   DT   10 det       -
    Lima       Lima       PROPN NNP  10 compound  ORG
    Gazette    Gazette    PROPN NNP  11 nsubj     I-ORG
    erred      err        VERB  VBD  3  ccomp     -
    .          .          PUNCT .    3  punct     -
    """)
    assert facts(reading, "speech_content") == set()
    assert facts(reading, "svo") == {("Acme Corp", "tell", "Lima Gazette")}


def test_a_clause_of_time_the_parser_takes_for_content_is_not_what_was_said() -> None:
    """ "Minutes before Peru voted, Chile claimed Bolivia was ready", with the clause of time misparsed as
    the claim's content: Chile said nothing of Peru."""
    reading = read("""
    Minutes    minute     NOUN  NNS  7  npadvmod  -
    before     before     SCONJ IN   4  mark      -
    Peru       Peru       PROPN NNP  4  nsubj     GPE
    voted      vote       VERB  VBD  7  ccomp     -
    ,          ,          PUNCT ,    7  punct     -
    Chile      Chile      PROPN NNP  7  nsubj     GPE
    claimed    claim      VERB  VBD  0  ROOT      -
    Bolivia    Bolivia    PROPN NNP  9  nsubj     GPE
    was        be         AUX   VBD  7  ccomp     -
    ready      ready      ADJ   JJ   9  acomp     -
    .          .          PUNCT .    7  punct     -
    """)
    assert facts(reading, "speech_content") == {("Chile", "claim", "Bolivia")}


# --- sources are not the state ------------------------------------------------------------------------------


def test_a_states_banking_sources_are_its_banks_not_the_state() -> None:
    reading = read("""
    German     german     ADJ   JJ   3  amod      NORP
    banking    banking    NOUN  NN   3  compound  -
    sources    source     NOUN  NNS  4  nsubj     -
    said       say        VERB  VBD  0  ROOT      -
    Peru       Peru       PROPN NNP  6  nsubj     GPE
    was        be         AUX   VBD  4  ccomp     -
    ready      ready      ADJ   JJ   6  acomp     -
    .          .          PUNCT .    4  punct     -
    """)
    assert facts(reading, "speech_content") == {("German banks", "say", "Peru")}
    [said] = by_rule(reading, "speech_content")
    assert said.subject.entity_id == "org:banks@deu"


def test_a_states_bankers_are_its_bankers_not_the_state() -> None:
    # (its bankers, people, not its banks: audit round 60 judged "U.K. bankers" read as banks partly)
    reading = read("""
    German     german     ADJ   JJ   2  amod      NORP
    bankers    banker     NOUN  NNS  3  nsubj     -
    said       say        VERB  VBD  0  ROOT      -
    Peru       Peru       PROPN NNP  5  nsubj     GPE
    was        be         AUX   VBD  3  ccomp     -
    ready      ready      ADJ   JJ   5  acomp     -
    .          .          PUNCT .    3  punct     -
    """)
    assert facts(reading, "speech_content") == {("German bankers", "say", "Peru")}


def test_traders_are_a_source_in_their_own_words() -> None:
    reading = read("""
    Traders    trader     NOUN  NNS  2  nsubj     -
    said       say        VERB  VBD  0  ROOT      -
    Chile      Chile      PROPN NNP  4  nsubj     GPE
    sold       sell       VERB  VBD  2  ccomp     -
    copper     copper     NOUN  NN   4  dobj      -
    to         to         ADP   IN   4  prep      -
    China      China      PROPN NNP  6  pobj      GPE
    .          .          PUNCT .    2  punct     -
    """)
    [sold] = by_rule(reading, "prep")
    assert sold.attributed_to == "source:traders"  # the traders' claim, never the article's


def test_officials_at_a_states_banks_speak_for_the_banks() -> None:
    reading = read("""
    Officials  official   NOUN  NNS  5  nsubj     -
    at         at         ADP   IN   1  prep      -
    German     german     ADJ   JJ   4  amod      NORP
    banks      bank       NOUN  NNS  2  pobj      -
    said       say        VERB  VBD  0  ROOT      -
    Peru       Peru       PROPN NNP  7  nsubj     GPE
    was        be         AUX   VBD  5  ccomp     -
    ready      ready      ADJ   JJ   7  acomp     -
    .          .          PUNCT .    5  punct     -
    """)
    assert facts(reading, "speech_content") == {("German banks", "say", "Peru")}
