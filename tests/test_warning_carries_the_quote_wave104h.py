"""Wave 104 H: a speech placed in a speech act. "'We will act against …,' Premier Ana Lund told Parliament,
in a warning to Japan": the warning is the same speech the verb reports, and its edge to the one warned
carries the quoted claim, as the edge to the one told does (rule circumstance_event, rules._spoken_in).
Talks that place a speech are no words: their edge carries none. The parses are stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_content

# '"We will act against countries that do not open markets," Premier Ana Lund told Parliament, in a
# warning to Japan.'
_QUOTE_THEN_WARNING = """
"            "            PUNCT ``   17  punct     -
We           we           PRON  PRP  4   nsubj     -
will         will         AUX   MD   4   aux       -
act          act          VERB  VB   17  ccomp     -
against      against      ADP   IN   4   prep      -
countries    country      NOUN  NNS  5   pobj      -
that         that         PRON  WDT  10  nsubj     -
do           do           AUX   VBP  10  aux       -
not          not          PART  RB   10  neg       -
open         open         VERB  VB   6   relcl     -
markets      market       NOUN  NNS  10  dobj      -
,            ,            PUNCT ,    17  punct     -
"            "            PUNCT ''   17  punct     -
Premier      Premier      PROPN NNP  16  compound  -
Ana          Ana          PROPN NNP  16  compound  PERSON
Lund         Lund         PROPN NNP  17  nsubj     I-PERSON
told         tell         VERB  VBD  0   ROOT      -
Parliament   Parliament   PROPN NNP  17  dobj      ORG
,            ,            PUNCT ,    17  punct     -
in           in           ADP   IN   17  prep      -
a            a            DET   DT   22  det       -
warning      warning      NOUN  NN   20  pobj      -
to           to           ADP   IN   22  prep      -
Japan        Japan        PROPN NNP  23  pobj      GPE
.            .            PUNCT .    17  punct     -
"""

# "Ana Lund said during talks with Japan that markets would open."
_SAID_DURING_TALKS = """
Ana          Ana          PROPN NNP  2   compound  PERSON
Lund         Lund         PROPN NNP  3   nsubj     I-PERSON
said         say          VERB  VBD  0   ROOT      -
during       during       ADP   IN   3   prep      -
talks        talk         NOUN  NNS  4   pobj      -
with         with         ADP   IN   5   prep      -
Japan        Japan        PROPN NNP  6   pobj      GPE
that         that         SCONJ IN   12  mark      -
markets      market       NOUN  NNS  12  nsubj     -
would        would        AUX   MD   12  aux       -
open         open         VERB  VB   3   ccomp     -
.            .            PUNCT .    3   punct     -
"""


def test_a_warning_placing_a_quote_carries_the_quote() -> None:
    warned = {f for f in facts_with_content(_QUOTE_THEN_WARNING) if f[2] == "Japan"}
    assert warned
    assert all(content == "We will act against countries that do not open markets" for *_, content in warned)


def test_talks_placing_a_speech_carry_no_words() -> None:
    met = {f for f in facts_with_content(_SAID_DURING_TALKS) if f[2] == "Japan" and f[1] == "meet with"}
    assert met
    assert all(not content for *_, content in met)
