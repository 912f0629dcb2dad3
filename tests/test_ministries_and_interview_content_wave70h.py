"""Wave 70 H. (1) "Turning to Brazil and Mexico, X said …", "Speaking of Peru, Y said …": a participle that
only turns the sentence to its topic (words.tsv topic_turns), opening it or set off by a comma, relates its
subject to nothing ("X turn to Brazil"); a finite "turned to Brazil for help" still does.
(2) "X told the weekly Y in an interview that Z wanted to invest": the parser hangs the "that" clause on
the occasion's noun ("interview", "statement") as its relative clause or its own clause, so the verb of
speech reported nothing; a "that" clause right after the noun of a verb of speech's phrase "in"/"at"/
"during" an occasion is what the verb reports (io/nlp.py occasion_clauses), not after "about the report".
(3) The United States' government has departments (Treasury, State, Commerce), no ministries
(countries.tsv department_states): a ministry no word places ("the Trade Ministry wanted more time, a senior
U.S. official said") is never the United States', whatever state the story would give it: it is the other
state the story names, or no one's; nor does "in Washington" make "a Trade Ministry official in Washington"
the United States'. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import occasion_clauses
from geokg.extract.pipeline import read_doc
from hand_docs import country_of, parse, read, read_triples

# The model's parse.
TURNING_TO_TWO_STATES = """
Turning        turn           VERB   VBG     8 advcl      -
to             to             ADP    IN      1 prep       -
Brazil         Brazil         PROPN  NNP     2 pobj       GPE
and            and            CCONJ  CC      3 cc         -
Mexico         Mexico         PROPN  NNP     3 conj       GPE
,              ,              PUNCT  ,       8 punct      -
Lopez          Lopez          PROPN  NNP     8 nsubj      PERSON
said           say            VERB   VBD     0 ROOT       -
both           both           PRON   DT     11 nsubj      -
would          would          AUX    MD     11 aux        -
sign           sign           VERB   VB      8 ccomp      -
.              .              PUNCT  .       8 punct      -
"""

# The model's parse (the name typed a person).
SPEAKING_OF_A_STATE = """
Speaking       speak          VERB   VBG     6 advcl      -
of             of             ADP    IN      1 prep       -
Peru           Peru           PROPN  NNP     2 pobj       GPE
,              ,              PUNCT  ,       6 punct      -
Lopez          Lopez          PROPN  NNP     6 nsubj      PERSON
said           say            VERB   VBD     0 ROOT       -
Chile          Chile          PROPN  NNP     9 nsubj      GPE
would          would          AUX    MD      9 aux        -
sign           sign           VERB   VB      6 ccomp      -
.              .              PUNCT  .       6 punct      -
"""

# The model's parse (the name typed a person).
TURNED_TO_A_STATE = """
Lopez          Lopez          PROPN  NNP     2 nsubj      PERSON
turned         turn           VERB   VBD     0 ROOT       -
to             to             ADP    IN      2 prep       -
Brazil         Brazil         PROPN  NNP     3 pobj       GPE
for            for            ADP    IN      2 prep       -
help           help           NOUN   NN      5 pobj       -
.              .              PUNCT  .       2 punct      -
"""

# The model's parse: the reported clause a relative clause of "interview".
TOLD_IN_AN_INTERVIEW = """
Lopez          Lopez          PROPN  NNP     2 nsubj      PERSON
told           tell           VERB   VBD     0 ROOT       -
the            the            DET    DT      6 det        -
business       business       NOUN   NN      5 compound   -
weekly         weekly         NOUN   NN      6 amod       -
Expansion      Expansion      PROPN  NNP     2 dobj       ORG
in             in             ADP    IN      2 prep       -
an             an             DET    DT      9 det        -
interview      interview      NOUN   NN      7 pobj       -
that           that           SCONJ  IN     12 mark       -
Chile          Chile          PROPN  NNP    12 nsubj      GPE
wanted         want           VERB   VBD     9 relcl      -
to             to             PART   TO     14 aux        -
invest         invest         VERB   VB     12 xcomp      -
in             in             ADP    IN     14 prep       -
a              a              DET    DT     18 det        -
Peruvian       peruvian       ADJ    JJ     18 amod       NORP
company        company        NOUN   NN     15 pobj       -
.              .              PUNCT  .       2 punct      -
"""

# The model's parse: the reported clause the noun's own clause (acl).
TOLD_IN_A_STATEMENT = """
Ortiz          Ortiz          PROPN  NNP     2 nsubj      PERSON
told           tell           VERB   VBD     0 ROOT       -
the            the            DET    DT      4 det        -
paper          paper          NOUN   NN      5 compound   -
Clarin         Clarin         PROPN  NNP     2 dobj       ORG
in             in             ADP    IN      2 prep       -
a              a              DET    DT      8 det        -
statement      statement      NOUN   NN      6 pobj       -
that           that           SCONJ  IN     13 mark       -
Brazil         Brazil         PROPN  NNP    13 nsubj      GPE
would          would          AUX    MD     13 aux        -
not            not            PART   RB     13 neg        -
pay            pay            VERB   VB      8 acl        -
Chile          Chile          PROPN  NNP    13 dobj       GPE
.              .              PUNCT  .       2 punct      -
"""

# The model's parse: "about the report that ...": the report's content, a topic, not what was told.
TOLD_ABOUT_A_REPORT = """
Ortiz          Ortiz          PROPN  NNP     2 nsubj      PERSON
told           tell           VERB   VBD     0 ROOT       -
the            the            DET    DT      4 det        -
paper          paper          NOUN   NN      5 compound   -
Clarin         Clarin         PROPN  NNP     2 dobj       ORG
about          about          ADP    IN      2 prep       -
the            the            DET    DT      8 det        -
report         report         NOUN   NN      6 pobj       -
that           that           SCONJ  IN     13 mark       -
Brazil         Brazil         PROPN  NNP    13 nsubj      GPE
would          would          AUX    MD     13 aux        -
not            not            PART   RB     13 neg        -
pay            pay            VERB   VB      8 acl        -
Chile          Chile          PROPN  NNP    13 dobj       GPE
.              .              PUNCT  .       2 punct      -
"""

# The model's parse.
MINISTRY_IN_A_TWO_STATE_STORY = """
American       american       ADJ    JJ      5 amod       NORP
and            and            CCONJ  CC      1 cc         -
South          south          ADJ    JJ      4 amod       NORP
Korean         korean         ADJ    JJ      1 conj       I-NORP
negotiators    negotiator     NOUN   NNS     6 nsubj      -
began          begin          VERB   VBD     0 ROOT       -
talks          talk           NOUN   NNS     6 dobj       -
on             on             ADP    IN      7 prep       -
cars           car            NOUN   NNS     8 pobj       -
.              .              PUNCT  .       6 punct      -
The            the            DET    DT     13 det        ORG
Trade          Trade          PROPN  NNP    13 compound   I-ORG
Ministry       Ministry       PROPN  NNP    14 nsubj      I-ORG
wanted         want           VERB   VBD    22 ccomp      -
more           more           ADJ    JJR    16 amod       -
time           time           NOUN   NN     14 dobj       -
,              ,              PUNCT  ,      22 punct      -
a              a              DET    DT     21 det        -
senior         senior         ADJ    JJ     21 amod       -
U.S.           U.S.           PROPN  NNP    21 compound   GPE
official       official       NOUN   NN     22 nsubj      -
said           say            VERB   VBD     0 ROOT       -
.              .              PUNCT  .      22 punct      -
"""

# The model's parse.
MINISTRY_IN_WASHINGTON = """
A              a              DET    DT      4 det        -
Trade          Trade          PROPN  NNP     3 compound   ORG
Ministry       Ministry       PROPN  NNP     4 compound   I-ORG
official       official       NOUN   NN      7 nsubj      -
in             in             ADP    IN      4 prep       -
Washington     Washington     PROPN  NNP     5 pobj       GPE
said           say            VERB   VBD     0 ROOT       -
Japan          Japan          PROPN  NNP    10 nsubj      GPE
would          would          AUX    MD     10 aux        -
open           open           VERB   VB      7 ccomp      -
its            its            PRON   PRP$   13 poss       -
rice           rice           NOUN   NN     13 compound   -
market         market         NOUN   NN     10 dobj       -
.              .              PUNCT  .       7 punct      -
"""


def test_an_unplaced_ministry_is_not_the_united_states_but_the_other_state() -> None:
    assert country_of(read(MINISTRY_IN_A_TWO_STATE_STORY), "Trade Ministry") == "KOR"


def test_a_ministry_in_washington_is_not_the_united_states() -> None:
    assert country_of(read(MINISTRY_IN_WASHINGTON), "Trade Ministry") != "USA"


def test_a_that_clause_after_in_an_interview_is_what_the_speaker_told() -> None:
    doc = occasion_clauses(parse(TOLD_IN_AN_INTERVIEW))
    assert (doc[11].dep_, doc[11].head.text) == ("ccomp", "told")
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    contents = {(label[r.subject.entity_id], r.content) for r in reading.relations}
    assert ("Lopez", "Chile wanted to invest in a Peruvian company") in contents


def test_a_that_clause_after_in_a_statement_is_attributed_to_the_speaker() -> None:
    doc = occasion_clauses(parse(TOLD_IN_A_STATEMENT))
    assert (doc[12].dep_, doc[12].head.text) == ("ccomp", "told")
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    paid = [r for r in reading.relations if r.predicate == "pay"]
    assert paid and all(label.get(r.attributed_to or "") == "Ortiz" for r in paid)


def test_a_that_clause_of_a_topic_noun_stays_the_nouns() -> None:
    doc = occasion_clauses(parse(TOLD_ABOUT_A_REPORT))
    assert (doc[12].dep_, doc[12].head.text) == ("acl", "report")


def test_a_participle_turning_to_a_topic_relates_its_subject_to_nothing() -> None:
    triples = read_triples(TURNING_TO_TWO_STATES)
    assert not any(p.startswith("turn") for _, p, _ in triples)
    assert not any(p.startswith("speak") for _, p, _ in read_triples(SPEAKING_OF_A_STATE))


def test_a_finite_turn_to_a_state_stays() -> None:
    assert ("Lopez", "turn to", "Brazil") in read_triples(TURNED_TO_A_STATE)
