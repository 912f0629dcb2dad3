"""Review mend (wave 104 G): one reading of the party an act is done to ("against" or "on" a named party
before a "for" phrase or a gerund: syntax.acted_against), shared by subjects (who does the gerund), coref
(whose "its") and stance (whose wrong the "for" phrase names). A date after "on" is no such party: in
"acted on Monday for unfair reasons" the reasons are the doer's own, and the speaker's judgement of them
stands. The parse is stated by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_attributed

# "Peru said Chile acted on Monday for unfair reasons."
_ACTED_ON_A_DAY_FOR = """
Peru      Peru      PROPN NNP  2  nsubj   GPE
said      say       VERB  VBD  0  ROOT    -
Chile     Chile     PROPN NNP  4  nsubj   GPE
acted     act       VERB  VBD  2  ccomp   -
on        on        ADP   IN   4  prep    -
Monday    Monday    PROPN NNP  5  pobj    DATE
for       for       ADP   IN   4  prep    -
unfair    unfair    ADJ   JJ   9  amod    -
reasons   reason    NOUN  NNS  7  pobj    -
.         .         PUNCT .    2  punct   -
"""


def test_a_date_after_on_is_no_party_acted_against() -> None:
    criticised = {(s, o) for s, p, o, _ in read_attributed(_ACTED_ON_A_DAY_FOR) if p == "criticise"}
    assert ("Peru", "Chile") in criticised
