"""Hand-built parses: a body's report on a state's economy ("Peru's growth will slow, the OECD said",
"said Chilean imports would rise", "said growth would stay weak in Peru and Chile") is a report about the
state, though the growth or the imports neither act nor are acted on for it: a plain statement (01) from
the source to the state, the content kept."""

from __future__ import annotations

from geokg.extract.io.nlp import speech_nouns
from geokg.extract.pipeline import read_doc
from hand_docs import by_rule, facts, parse, read
from spacy.tokens import Doc

OWNED_GROWTH = """
Peru     Peru     PROPN NNP 3  poss   GPE
's       's       PART  POS 1  case   -
growth   growth   NOUN  NN  5  nsubj  -
will     will     AUX   MD  5  aux    -
slow     slow     VERB  VB  9  ccomp  -
,        ,        PUNCT ,   9  punct  -
the      the      DET   DT  8  det    -
OECD     OECD     PROPN NNP 9  nsubj  ORG
said     say      VERB  VBD 0  ROOT   -
.        .        PUNCT .   9  punct  -
"""


def test_a_report_on_a_states_growth_is_about_the_state() -> None:
    reading = read(OWNED_GROWTH)
    assert facts(reading, "speech_content") == {("OECD", "say", "Peru")}
    [said] = by_rule(reading, "speech_content")
    assert said.event_root == "01"
    assert said.content == "Peru's growth will slow"


STATE_OUTPUT = """
The      the      DET   DT  2  det    -
OECD     OECD     PROPN NNP 3  nsubj  ORG
said     say      VERB  VBD 0  ROOT   -
Chile    Chile    PROPN NNP 6  poss   GPE
's       's       PART  POS 4  case   -
{noun:8} {lemma:8} NOUN NN  8  nsubj  -
would    would    AUX   MD  8  aux    -
fall     fall     VERB  VB  3  ccomp  -
.        .        PUNCT .   3  punct  -
"""


def test_a_report_on_a_states_output_is_about_the_state() -> None:
    # a state's yield (state_thing_nouns) names no entity of its own; the report is still about Chile
    reading = read(STATE_OUTPUT.format(noun="output", lemma="output"))
    assert facts(reading, "speech_content") == {("OECD", "say", "Chile")}


def test_a_report_on_a_states_other_thing_says_nothing_of_it() -> None:
    # "said Chile's pipeline would fall": no measure of the economy; the thing is no topic of the state's
    reading = read(STATE_OUTPUT.format(noun="pipeline", lemma="pipeline"))
    assert not facts(reading, "speech_content")


GROWTH_IN = """
The      the      DET   DT  2  det    -
OECD     OECD     PROPN NNP 3  nsubj  ORG
said     say      VERB  VBD 0  ROOT   -
{noun:8} {lemma:8} NOUN NN  6  nsubj  -
would    would    AUX   MD  6  aux    -
stay     stay     VERB  VB  3  ccomp  -
weak     weak     ADJ   JJ  6  acomp  -
in       in       ADP   IN  6  prep   -
Peru     Peru     PROPN NNP 8  pobj   GPE
and      and      CCONJ CC  9  cc     -
Chile    Chile    PROPN NNP 9  conj   GPE
.        .        PUNCT .   3  punct  -
"""


def test_a_report_on_growth_in_states_is_about_each_state() -> None:
    reading = read(GROWTH_IN.format(noun="growth", lemma="growth"))
    assert facts(reading, "speech_content") == {("OECD", "say", "Peru"), ("OECD", "say", "Chile")}


def test_a_report_on_something_else_in_a_state_says_nothing_of_it() -> None:
    # "said morale would stay weak in Peru and Chile": no measure of their economies
    reading = read(GROWTH_IN.format(noun="morale", lemma="morale"))
    assert not facts(reading, "speech_content")


PREDICTED_SURPLUS = """
The      the      DET   DT  2  det    -
IMF      IMF      PROPN NNP 3  nsubj  ORG
predicted predict VERB  VBD 0  ROOT   -
that     that     SCONJ IN  9  mark   -
Chile    Chile    PROPN NNP 7  poss   GPE
's       's       PART  POS 5  case   -
surplus  surplus  NOUN  NN  9  nsubj  -
would    would    AUX   MD  9  aux    -
shrink   shrink   VERB  VB  3  ccomp  -
.        .        PUNCT .   3  punct  -
"""


def test_a_prediction_on_a_states_surplus_is_a_statement_about_it() -> None:
    reading = read(PREDICTED_SURPLUS)
    assert facts(reading, "speech_content") == {("IMF", "predict", "Chile")}
    assert {r.event_root for r in by_rule(reading, "speech_content")} == {"01"}


# "The OECD forecast that Chilean exports would rise.": the tagger reads "the OECD forecast" as one noun
# phrase and hangs the reported clause on it as a relative clause
FORECAST_OPENING = """
The      the      DET   DT  3  det    -
OECD     OECD     PROPN NNP 3  compound ORG
forecast forecast NOUN  NN  0  ROOT   -
that     that     SCONJ IN  8  dobj   -
Chilean  chilean  ADJ   JJ  6  amod   NORP
exports  export   NOUN  NNS 8  nsubj  -
would    would    AUX   MD  8  aux    -
rise     rise     VERB  VB  3  relcl  -
.        .        PUNCT .   3  punct  -
"""

# "Chilean exports will rise, the OECD forecast.": the name and the word hung on the clause
FORECAST_CLOSING = """
Chilean  chilean  ADJ   JJ  2  amod   NORP
exports  export   NOUN  NNS 4  nsubj  -
will     will     AUX   MD  4  aux    -
rise     rise     VERB  VB  0  ROOT   -
,        ,        PUNCT ,   4  punct  -
the      the      DET   DT  8  det    -
OECD     OECD     PROPN NNP 8  compound ORG
forecast forecast NOUN  NN  4  npadvmod -
.        .        PUNCT .   4  punct  -
"""


def _mended(table: str) -> Doc:
    return speech_nouns(parse(table))


def test_a_forecast_tagged_as_a_noun_before_its_clause_is_the_verb_of_speech() -> None:
    doc = _mended(FORECAST_OPENING)
    assert (doc[2].pos_, doc[2].tag_, doc[2].dep_) == ("VERB", "VBD", "ROOT")
    assert (doc[1].dep_, doc[7].dep_, doc[3].dep_) == ("nsubj", "ccomp", "mark")
    reading = read_doc(doc, scope="hand-built")
    assert facts(reading, "speech_content") == {("OECD", "forecast", "Chile")}
    [said] = by_rule(reading, "speech_content")
    assert said.event_root == "01"  # a statement of what is to come, no accusation
    assert said.content == "Chilean exports would rise"


def test_a_forecast_closing_the_sentence_is_the_verb_of_speech() -> None:
    doc = _mended(FORECAST_CLOSING)
    assert (doc[7].pos_, doc[7].dep_, doc[3].dep_, doc[3].head.i) == ("VERB", "ROOT", "ccomp", 7)
    assert (doc[6].dep_, doc[5].head.i) == ("nsubj", 6)
    assert len(list(doc.sents)) == 1
    reading = read_doc(doc, scope="hand-built")
    assert facts(reading, "speech_content") == {("OECD", "forecast", "Chile")}


def test_a_forecast_that_is_a_noun_stays_one() -> None:
    # "The OECD forecast of exports was cut.": the noun is the subject of another verb
    table = """
    The      the      DET   DT  3  det       -
    OECD     OECD     PROPN NNP 3  compound  ORG
    forecast forecast NOUN  NN  7  nsubjpass -
    of       of       ADP   IN  3  prep      -
    exports  export   NOUN  NNS 4  pobj      -
    was      be       AUX   VBD 7  auxpass   -
    cut      cut      VERB  VBN 0  ROOT      -
    .        .        PUNCT .   7  punct     -
    """
    doc = _mended(table)
    assert (doc[2].pos_, doc[2].dep_) == ("NOUN", "nsubjpass")


# "Exports will stay weak in Chile, the Organisation for Economic Cooperation and Development forecast.":
# the long name hangs on "Chile" as an apposition, the word inside it
FORECAST_AFTER_LONG_NAME = """
Exports      export       NOUN  NNS  3  nsubj    -
will         will         AUX   MD   3  aux      -
stay         stay         VERB  VB   0  ROOT     -
weak         weak         ADJ   JJ   3  acomp    -
in           in           ADP   IN   3  prep     -
Chile        Chile        PROPN NNP  5  pobj     GPE
,            ,            PUNCT ,    6  punct    -
the          the          DET   DT   9  det      ORG
Organisation Organisation PROPN NNP  6  appos    I-ORG
for          for          ADP   IN   9  prep     I-ORG
Economic     Economic     PROPN NNP  12 nmod     I-ORG
Cooperation  Cooperation  PROPN NNP  15 nmod     I-ORG
and          and          CCONJ CC   12 cc       I-ORG
Development  Development  PROPN NNP  12 conj     I-ORG
forecast     forecast     NOUN  NN   10 pobj     -
.            .            PUNCT .    3  punct    -
"""


def test_a_forecast_after_a_long_name_closing_the_sentence_is_its_verb() -> None:
    doc = _mended(FORECAST_AFTER_LONG_NAME)
    assert (doc[14].pos_, doc[14].dep_, doc[8].dep_, doc[8].head.i, doc[2].head.i) == (
        "VERB",
        "ROOT",
        "nsubj",
        14,
        14,
    )
    reading = read_doc(doc, scope="hand-built")
    oecd = "Organisation for Economic Cooperation and Development"
    assert facts(reading, "speech_content") == {(oecd, "forecast", "Chile")}


def test_a_forecast_with_no_name_before_it_stays_a_noun() -> None:
    # "Chile will cut rates, a forecast.": no speaker
    table = """
    Chile    Chile    PROPN NNP 3  nsubj  GPE
    will     will     AUX   MD  3  aux    -
    cut      cut      VERB  VB  0  ROOT   -
    rates    rate     NOUN  NNS 3  dobj   -
    ,        ,        PUNCT ,   4  punct  -
    a        a        DET   DT  7  det    -
    forecast forecast NOUN  NN  4  appos  -
    .        .        PUNCT .   3  punct  -
    """
    assert _mended(table)[6].pos_ == "NOUN"


def test_where_a_measure_is_dealt_with_is_no_state_of_its() -> None:
    # "The OECD said growth would be discussed in Peru.": a venue, no report on Peru's growth
    table = """
    The       the       DET   DT  2  det       -
    OECD      OECD      PROPN NNP 3  nsubj     ORG
    said      say       VERB  VBD 0  ROOT      -
    growth    growth    NOUN  NN  7  nsubjpass -
    would     would     AUX   MD  7  aux       -
    be        be        AUX   VB  7  auxpass   -
    discussed discuss   VERB  VBN 3  ccomp     -
    in        in        ADP   IN  7  prep      -
    Peru      Peru      PROPN NNP 8  pobj      GPE
    .         .         PUNCT .   3  punct     -
    """
    assert not facts(read(table), "speech_content")
