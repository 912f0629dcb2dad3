"""Wave 69 H. (1) Wire copy sets an editor's title in brackets BEFORE each name of a list ("heard Senator A,
(former Chilean Finance Minister) Gen B, (former Peruvian Trade Minister) C and others"): the bracket is
the title of the name after it, however the parser hangs it on the name before, also past a rank ("Gen");
a bracket after a name with no name after it ("B (a former minister) said") stays B's. (2) A state's
ministry written with no state but "in" a capital city ("a Defence Ministry official in Lima") is the
ministry of the state whose capital that is; a body a state's word already places ("the Japanese embassy
in London") keeps that state. Each test states its parse by hand (tests/hand_docs.py); the sentences are
ours."""

from __future__ import annotations

from hand_docs import country_of, facts, read

# The model's parse: each bracket hung on the name before it as an apposition, each name after a bracket
# the root of a sentence of its own.
BRACKETED_TITLES_IN_A_LIST = """
The       the       DET   DT     2  det       -
panel     panel     NOUN  NN     3  nsubj     -
heard     hear      VERB  VBD    0  ROOT      -
Senator   Senator   PROPN NNP    6  compound  -
Ana       Ana       PROPN NNP    6  compound  PERSON
Roca      Roca      PROPN NNP    3  dobj      I-PERSON
,         ,         PUNCT ,      6  punct     -
(         (         PUNCT -LRB-  6  punct     -
former    former    ADJ   JJ    12  amod      -
Chilean   Chilean   PROPN NNP   11  compound  NORP
Finance   Finance   PROPN NNP   12  compound  -
Minister  Minister  PROPN NNP    6  appos     -
)         )         PUNCT -RRB-  6  punct     -
Gen       Gen       PROPN NNP   16  compound  -
Luis      Luis      PROPN NNP   16  compound  PERSON
Vera      Vera      PROPN NNP    0  ROOT      I-PERSON
,         ,         PUNCT ,     16  punct     -
(         (         PUNCT -LRB- 16  punct     -
former    former    ADJ   JJ    22  amod      -
Peruvian  Peruvian  PROPN NNP   22  compound  NORP
Trade     Trade     PROPN NNP   22  compound  -
Minister  Minister  PROPN NNP   16  appos     -
)         )         PUNCT -RRB- 16  punct     -
Pablo     Pablo     PROPN NNP   25  compound  PERSON
Soto      Soto      PROPN NNP    0  ROOT      I-PERSON
and       and       CCONJ CC    25  cc        -
others    other     NOUN  NNS   25  conj      -
.         .         PUNCT .     25  punct     -
"""

BRACKET_AFTER_THE_NAME = """
Luis      Luis      PROPN NNP    2  compound  PERSON
Vera      Vera      PROPN NNP   10  nsubj     I-PERSON
(         (         PUNCT -LRB-  2  punct     -
a         a         DET   DT     8  det       -
former    former    ADJ   JJ     8  amod      -
Chilean   chilean   ADJ   JJ     8  amod      NORP
finance   finance   NOUN  NN     8  compound  -
minister  minister  NOUN  NN     2  appos     -
)         )         PUNCT -RRB-  2  punct     -
said      say       VERB  VBD    0  ROOT      -
the       the       DET   DT    12  det       -
plan      plan      NOUN  NN    14  nsubj     -
would     would     AUX   MD    14  aux       -
fail      fail      VERB  VB    10  ccomp     -
.         .         PUNCT .     10  punct     -
"""

MINISTRY_IN_A_CAPITAL = """
A         a         DET   DT     4  det       -
Defence   Defence   PROPN NNP    3  compound  ORG
Ministry  Ministry  PROPN NNP    4  compound  I-ORG
official  official  NOUN  NN     7  nsubj     -
in        in        ADP   IN     4  prep      -
Lima      Lima      PROPN NNP    5  pobj      GPE
said      say       VERB  VBD    0  ROOT      -
the       the       DET   DT     9  det       -
ministry  ministry  NOUN  NN    11  nsubj     -
would     would     AUX   MD    11  aux       -
protest   protest   VERB  VB     7  ccomp     -
to        to        ADP   IN    11  prep      -
Chile     Chile     PROPN NNP   12  pobj      GPE
.         .         PUNCT .      7  punct     -
"""

EMBASSY_IN_A_CAPITAL = """
The       the       DET   DT     3  det       -
Japanese  japanese  ADJ   JJ     3  amod      NORP
embassy   embassy   NOUN  NN     6  nsubj     -
in        in        ADP   IN     3  prep      -
London    London    PROPN NNP    4  pobj      GPE
said      say       VERB  VBD    0  ROOT      -
it        it        PRON  PRP    9  nsubj     -
would     would     AUX   MD     9  aux       -
protest   protest   VERB  VB     6  ccomp     -
to        to        ADP   IN     9  prep      -
Chile     Chile     PROPN NNP   10  pobj      GPE
.         .         PUNCT .      6  punct     -
"""


def test_a_bracketed_title_before_a_name_in_a_list_is_that_names() -> None:
    titles = facts(read(BRACKETED_TITLES_IN_A_LIST), "title")
    assert ("Luis Vera", "former finance minister of", "Chile") in titles
    assert ("Pablo Soto", "former trade minister of", "Peru") in titles
    assert ("Ana Roca", "former finance minister of", "Chile") not in titles
    assert ("Luis Vera", "former trade minister of", "Peru") not in titles


def test_a_bracketed_title_after_a_name_with_no_name_after_it_stays_the_names() -> None:
    titles = facts(read(BRACKET_AFTER_THE_NAME), "title")
    assert ("Luis Vera", "former finance minister of", "Chile") in titles


def test_a_ministry_in_a_capital_city_is_that_states() -> None:
    assert country_of(read(MINISTRY_IN_A_CAPITAL), "Defence Ministry") == "PER"


def test_an_embassy_a_states_word_places_keeps_that_state_in_another_capital() -> None:
    assert country_of(read(EMBASSY_IN_A_CAPITAL), "Japanese embassy") == "JPN"
