"""Hand-built parses: a body's report on a state's economy ("Peru's growth will slow, the OECD said",
"said Chilean imports would rise", "said growth would stay weak in Peru and Chile") is a report about the
state, though the growth or the imports neither act nor are acted on for it: a plain statement (01) from
the source to the state, the content kept."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

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

