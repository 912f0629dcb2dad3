"""A report is about the subject of what it reports, not about every body the content names (hand-built
parses of sentences of our own, as the model parsed them)."""

from __future__ import annotations

from hand_docs import facts, read

# "Ortega, whom Lopez had named, remained unconfirmed by the Senate, according to Reuters." (the model
# hangs the adjective's by-phrase on the active verb)
ACTIVE_VERB_WITH_A_BY_PHRASE = """
Ortega      Ortega      PROPN NNP 8  nsubj PERSON
,           ,           PUNCT ,   1  punct -
whom        whom        PRON  WP  6  dobj  -
Lopez       Lopez       PROPN NNP 6  nsubj -
had         have        AUX   VBD 6  aux   -
named       name        VERB  VBN 1  relcl -
,           ,           PUNCT ,   1  punct -
remained    remain      VERB  VBD 0  ROOT  -
unconfirmed unconfirmed ADJ   JJ  8  acomp -
by          by          ADP   IN  8  agent -
the         the         DET   DT  12 det   -
Senate      Senate      PROPN NNP 10 pobj  ORG
,           ,           PUNCT ,   8  punct -
according   accord      VERB  VBG 8  prep  -
to          to          ADP   IN  14 prep  -
Reuters     Reuters     PROPN NNP 15 pobj  ORG
.           .           PUNCT .   8  punct -
"""


def test_a_by_phrase_beside_an_active_subject_is_no_doer() -> None:
    assert facts(read(ACTIVE_VERB_WITH_A_BY_PHRASE), "according_to") == {("Reuters", "say", "Ortega")}
