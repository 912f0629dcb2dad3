"""A bare-titled officer who tells what the state a headline opens with will do ("PERU TO LEND CHILE OIL /
Peru will lend Chile oil ..., Energy Minister X said") holds that state's office, though the story is then
mostly about the other state. Sentences written for this test; the parse is hand-built (tests/hand_docs.py;
"¶" is the line break after the headline)."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import with_title_line

# "PERU TO LEND CHILE OIL / Peru will lend Chile oil for three months, Energy Minister Juan Soto said today.
# He said Chile will begin repaying the loan in August. Chile was forced to suspend exports after its pipeline
# was put out of action. Chile will ask OPEC to allow it to produce more, a Chilean official said."
HEADLINE_STATE_WILL = """
    PERU        PERU        PROPN       NNP         3           nsubj       GPE
    TO          to          PART        TO          3           aux         -
    LEND        lend        VERB        VB          3           ROOT        -
    CHILE       CHILE       PROPN       NNP         3           dative      GPE
    OIL         oil         NOUN        NN          3           dobj        -
    ¶           ¶           SPACE       _SP         3           dep         -
    Peru        Peru        PROPN       NNP         9           nsubj       GPE
    will        will        AUX         MD          9           aux         -
    lend        lend        VERB        VB          20          ccomp       -
    Chile       Chile       PROPN       NNP         11          compound    GPE
    oil         oil         NOUN        NN          9           dobj        -
    for         for         ADP         IN          9           prep        -
    three       three       NUM         CD          14          nummod      DATE
    months      month       NOUN        NNS         12          pobj        I-DATE
    ,           ,           PUNCT       ,           20          punct       -
    Energy      Energy      PROPN       NNP         17          compound    ORG
    Minister    Minister    PROPN       NNP         19          compound    -
    Juan        Juan        PROPN       NNP         19          compound    PERSON
    Soto        Soto        PROPN       NNP         20          nsubj       I-PERSON
    said        say         VERB        VBD         0           ROOT        -
    today       today       NOUN        NN          20          npadvmod    DATE
    .           .           PUNCT       .           20          punct       -
    He          he          PRON        PRP         24          nsubj       -
    said        say         VERB        VBD         0           ROOT        -
    Chile       Chile       PROPN       NNP         27          nsubj       GPE
    will        will        AUX         MD          27          aux         -
    begin       begin       VERB        VB          24          ccomp       -
    repaying    repay       VERB        VBG         27          xcomp       -
    the         the         DET         DT          30          det         -
    loan        loan        NOUN        NN          28          dobj        -
    in          in          ADP         IN          28          prep        -
    August      August      PROPN       NNP         31          pobj        DATE
    .           .           PUNCT       .           24          punct       -
    Chile       Chile       PROPN       NNP         36          nsubjpass   GPE
    was         be          AUX         VBD         36          auxpass     -
    forced      force       VERB        VBN         0           ROOT        -
    to          to          PART        TO          38          aux         -
    suspend     suspend     VERB        VB          36          xcomp       -
    exports     export      NOUN        NNS         38          dobj        -
    after       after       SCONJ       IN          44          mark        -
    its         its         PRON        PRP$        42          poss        -
    pipeline    pipeline    NOUN        NN          44          nsubjpass   -
    was         be          AUX         VBD         44          auxpass     -
    put         put         VERB        VBN         38          advcl       -
    out         out         ADP         IN          44          prep        -
    of          of          ADP         IN          45          prep        -
    action      action      NOUN        NN          46          pobj        -
    .           .           PUNCT       .           36          punct       -
    Chile       Chile       PROPN       NNP         51          nsubj       GPE
    will        will        AUX         MD          51          aux         -
    ask         ask         VERB        VB          63          ccomp       -
    OPEC        OPEC        PROPN       NNP         51          dobj        ORG
    to          to          PART        TO          54          aux         -
    allow       allow       VERB        VB          51          xcomp       -
    it          it          PRON        PRP         57          nsubj       -
    to          to          PART        TO          57          aux         -
    produce     produce     VERB        VB          54          ccomp       -
    more        more        ADJ         JJR         57          dobj        -
    ,           ,           PUNCT       ,           63          punct       -
    a           a           DET         DT          62          det         -
    Chilean     chilean     ADJ         JJ          62          amod        NORP
    official    official    NOUN        NN          63          nsubj       -
    said        say         VERB        VBD         0           ROOT        -
    .           .           PUNCT       .           63          punct       -
"""


def test_a_bare_title_telling_what_the_headline_s_state_will_do_is_that_states() -> None:
    found = read_doc(with_title_line(HEADLINE_STATE_WILL), scope="hand-built")
    assert {e.label: e.country for e in found.entities.entities()}.get("Juan Soto") == "PER"
