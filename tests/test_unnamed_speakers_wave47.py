"""Unnamed speakers who speak for a state or body the noun phrase names: "a Canadian embassy official said"
(the state's word on the body), "a government spokesman said" (the story's state), "USDA officials said"
(a body's initials opening the sentence). Sentences of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import country_of, facts, read

# "A Canadian embassy official said France rejected the plan."
_EMBASSY_OFFICIAL = """
A         a         DET   DT  4  det      -
Canadian  canadian  ADJ   JJ  3  amod     NORP
embassy   embassy   NOUN  NN  4  compound -
official  official  NOUN  NN  5  nsubj    -
said      say       VERB  VBD 0  ROOT     -
France    France    PROPN NNP 7  nsubj    GPE
rejected  reject    VERB  VBD 5  ccomp    -
the       the       DET   DT  9  det      -
plan      plan      NOUN  NN  7  dobj     -
.         .         PUNCT .   5  punct    -
"""


def test_an_official_of_a_states_embassy_speaks_for_the_state() -> None:
    # the parser hangs "Canadian" on "embassy": the official is still Canada's, as "a Canadian official" is
    assert facts(read(_EMBASSY_OFFICIAL), "speech_content") == {("Canada", "say", "France")}


# "Chilean ministry sources said Peru rejected the plan."
_MINISTRY_SOURCES = """
Chilean   chilean   ADJ   JJ  2  amod     NORP
ministry  ministry  NOUN  NN  3  compound -
sources   source    NOUN  NNS 4  nsubj    -
said      say       VERB  VBD 0  ROOT     -
Peru      Peru      PROPN NNP 6  nsubj    GPE
rejected  reject    VERB  VBD 4  ccomp    -
the       the       DET   DT  8  det      -
plan      plan      NOUN  NN  6  dobj     -
.         .         PUNCT .   4  punct    -
"""


def test_sources_of_a_states_ministry_speak_for_the_state() -> None:
    assert facts(read(_MINISTRY_SOURCES), "speech_content") == {("Chile", "say", "Peru")}


# "A Canadian embassy car said France rejected the plan." (no person: the car speaks for no one)
_EMBASSY_CAR = """
A         a         DET   DT  4  det      -
Canadian  canadian  ADJ   JJ  3  amod     NORP
embassy   embassy   NOUN  NN  4  compound -
car       car       NOUN  NN  5  nsubj    -
said      say       VERB  VBD 0  ROOT     -
France    France    PROPN NNP 7  nsubj    GPE
rejected  reject    VERB  VBD 5  ccomp    -
the       the       DET   DT  9  det      -
plan      plan      NOUN  NN  7  dobj     -
.         .         PUNCT .   5  punct    -
"""


def test_a_thing_of_a_states_embassy_is_no_speaker_for_it() -> None:
    # (a nonsense sentence on purpose: only people and sources named with the body speak for its state)
    assert facts(read(_EMBASSY_CAR), "speech_content") == set()


# "Iran is at war. A government spokesman said Iraq attacked the ship."
_GOVERNMENT_SPOKESMAN = """
Iran       Iran       PROPN NNP 2  nsubj    GPE
is         be         AUX   VBZ 0  ROOT     -
at         at         ADP   IN  2  prep     -
war        war        NOUN  NN  3  pobj     -
.          .          PUNCT .   2  punct    -
A          a          DET   DT  8  det      -
government government NOUN  NN  8  compound -
spokesman  spokesman  NOUN  NN  9  nsubj    -
said       say        VERB  VBD 0  ROOT     -
Iraq       Iraq       PROPN NNP 11 nsubj    GPE
attacked   attack     VERB  VBD 9  ccomp    -
the        the        DET   DT  13 det      -
ship       ship       NOUN  NN  11 dobj     -
.          .          PUNCT .   9  punct    -
"""


def test_a_government_spokesman_speaks_for_the_storys_state() -> None:
    assert facts(read(_GOVERNMENT_SPOKESMAN), "speech_content") == {("Iran", "accuse", "Iraq")}


# "Iran is at war. Government officials said Iraq attacked the ship."
_GOVERNMENT_OFFICIALS = """
Iran       Iran       PROPN NNP 2  nsubj    GPE
is         be         AUX   VBZ 0  ROOT     -
at         at         ADP   IN  2  prep     -
war        war        NOUN  NN  3  pobj     -
.          .          PUNCT .   2  punct    -
Government government NOUN  NN  7  compound -
officials  official   NOUN  NNS 8  nsubj    -
said       say        VERB  VBD 0  ROOT     -
Iraq       Iraq       PROPN NNP 10 nsubj    GPE
attacked   attack     VERB  VBD 8  ccomp    -
the        the        DET   DT  12 det      -
ship       ship       NOUN  NN  10 dobj     -
.          .          PUNCT .   8  punct    -
"""


def test_government_officials_speak_for_the_storys_state() -> None:
    # a plural with no article: "the governments" would be many states, "government officials" are one's
    assert facts(read(_GOVERNMENT_OFFICIALS), "speech_content") == {("Iran", "accuse", "Iraq")}


# "USDA officials said Egypt rejected the offer." (the tagger reads the initials as a common noun)
_USDA_OFFICIALS = """
USDA      usda      NOUN  NN  2  compound ORG
officials official  NOUN  NNS 3  nsubj    -
said      say       VERB  VBD 0  ROOT     -
Egypt     Egypt     PROPN NNP 5  nsubj    GPE
rejected  reject    VERB  VBD 3  ccomp    -
the       the       DET   DT  7  det      -
offer     offer     NOUN  NN  5  dobj     -
.         .         PUNCT .   3  punct    -
"""


def test_officials_of_a_body_named_by_its_initials_speak_for_it() -> None:
    reading = read(_USDA_OFFICIALS)
    assert facts(reading, "speech_content") == {("USDA", "say", "Egypt")}
    assert country_of(reading, "USDA") == "USA"


# "Lima sources said Chile rejected the plan."
_CAPITAL_SOURCES = """
Lima      Lima      PROPN NNP 2  compound GPE
sources   source    NOUN  NNS 3  nsubj    -
said      say       VERB  VBD 0  ROOT     -
Chile     Chile     PROPN NNP 5  nsubj    GPE
rejected  reject    VERB  VBD 3  ccomp    -
the       the       DET   DT  7  det      -
plan      plan      NOUN  NN  5  dobj     -
.         .         PUNCT .   3  punct    -
"""


def test_sources_named_by_a_states_capital_are_no_voice_of_the_state() -> None:
    # wave 86 F: sources a place's word only places are an unnamed source ("Lima officials" would be Peru)
    reading = read(_CAPITAL_SOURCES)
    assert facts(reading, "speech_content") == set()
    assert country_of(reading, "Lima") == "PER"


# "Lima market sources said Chile rejected the plan."
_CAPITAL_MARKET_SOURCES = """
Lima      Lima      PROPN NNP 3  compound GPE
market    market    NOUN  NN  3  compound -
sources   source    NOUN  NNS 4  nsubj    -
said      say       VERB  VBD 0  ROOT     -
Chile     Chile     PROPN NNP 6  nsubj    GPE
rejected  reject    VERB  VBD 4  ccomp    -
the       the       DET   DT  8  det      -
plan      plan      NOUN  NN  6  dobj     -
.         .         PUNCT .   4  punct    -
"""


def test_market_sources_of_a_capital_are_no_voice_of_its_state() -> None:
    assert facts(read(_CAPITAL_MARKET_SOURCES), "speech_content") == set()


def _government_word_before(word: str, lemma: str, tag: str) -> str:
    """ "Iran is at war. A <word> government spokesman said Iraq attacked the ship." """
    return f"""
Iran       Iran       PROPN NNP 2  nsubj    GPE
is         be         AUX   VBZ 0  ROOT     -
at         at         ADP   IN  2  prep     -
war        war        NOUN  NN  3  pobj     -
.          .          PUNCT .   2  punct    -
A          a          DET   DT  9  det      -
{word}     {lemma}    ADJ   {tag}  8  amod     -
government government NOUN  NN  9  compound -
spokesman  spokesman  NOUN  NN  10 nsubj    -
said       say        VERB  VBD 0  ROOT     -
Iraq       Iraq       PROPN NNP 12 nsubj    GPE
attacked   attack     VERB  VBD 10 ccomp    -
the        the        DET   DT  14 det      -
ship       ship       NOUN  NN  12 dobj     -
.          .          PUNCT .   10 punct    -
"""


def test_a_provincial_or_former_government_spokesman_is_no_voice_of_the_storys_state() -> None:
    # a province's government is not the state's; a former spokesman speaks for no government now
    for word in ("provincial", "former"):
        assert facts(read(_government_word_before(word, word, "JJ")), "speech_content") == set(), word


def test_a_senior_government_spokesman_speaks_for_the_storys_state() -> None:
    table = _government_word_before("senior", "senior", "JJ")
    assert facts(read(table), "speech_content") == {("Iran", "accuse", "Iraq")}


# "Peru's Trade Ministry announced new rules. A ministry spokesman said Chile rejected the offer."
_MINISTRY_SPOKESMAN = """
Peru       Peru       PROPN NNP 4  poss     GPE
's         's         PART  POS 1  case     -
Trade      Trade      PROPN NNP 4  compound ORG
Ministry   Ministry   PROPN NNP 5  nsubj    I-ORG
announced  announce   VERB  VBD 0  ROOT     -
new        new        ADJ   JJ  7  amod     -
rules      rule       NOUN  NNS 5  dobj     -
.          .          PUNCT .   5  punct    -
A          a          DET   DT  11 det      -
ministry   ministry   NOUN  NN  11 compound -
spokesman  spokesman  NOUN  NN  12 nsubj    -
said       say        VERB  VBD 0  ROOT     -
Chile      Chile      PROPN NNP 14 nsubj    GPE
rejected   reject     VERB  VBD 12 ccomp    -
the        the        DET   DT  16 det      -
offer      offer      NOUN  NN  14 dobj     -
.          .          PUNCT .   12 punct    -
"""


def test_a_ministry_spokesman_speaks_for_the_ministry_named_before() -> None:
    # "a ministry spokesman", as "the ministry": the one ministry the text named just before
    reading = read(_MINISTRY_SPOKESMAN)
    assert facts(reading, "speech_content") == {("Trade Ministry", "say", "Chile")}


# "Peru's Trade Ministry announced new rules. Chile rejected the offer, ministry sources said."
_SOURCES_OF_THE_MINISTRY = """
Peru       Peru       PROPN NNP 4  poss     GPE
's         's         PART  POS 1  case     -
Trade      Trade      PROPN NNP 4  compound ORG
Ministry   Ministry   PROPN NNP 5  nsubj    I-ORG
announced  announce   VERB  VBD 0  ROOT     -
new        new        ADJ   JJ  7  amod     -
rules      rule       NOUN  NNS 5  dobj     -
.          .          PUNCT .   5  punct    -
Chile      Chile      PROPN NNP 10 nsubj    GPE
rejected   reject     VERB  VBD 16 ccomp    -
the        the        DET   DT  12 det      -
offer      offer      NOUN  NN  10 dobj     -
,          ,          PUNCT ,   16 punct    -
ministry   ministry   NOUN  NN  15 compound -
sources    source     NOUN  NNS 16 nsubj    -
said       say        VERB  VBD 0  ROOT     -
.          .          PUNCT .   16 punct    -
"""


def test_ministry_sources_speak_for_the_ministry_named_before() -> None:
    reading = read(_SOURCES_OF_THE_MINISTRY)
    assert facts(reading, "speech_content") == {("Trade Ministry", "say", "Chile")}
