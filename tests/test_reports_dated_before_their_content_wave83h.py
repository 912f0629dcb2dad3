"""A claim embedded in a report is no fact (wave 83 H): the time of the report may stand between the noun
and its content ("told Reuters a report earlier this week that X had asked Y for help was incorrect",
"denied a report last month that …"), and the parser then hangs the content on the sentence's verb. The
content is still the report's: no positive triple (this wave's change), and a denied report's claim is the
denier's word that it is false (a guard). A content clause after a time on the verb of speech itself ("told
Reuters last week that X had asked Y") is the speaker's own (a guard). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Vargas told Reuters a report earlier this week that Acme had asked Chile for help was incorrect."
REPORT_WAS_INCORRECT = """
    Vargas     Vargas     PROPN NNP 2  nsubj  PERSON
    told       tell       VERB  VBD 0  ROOT   -
    Reuters    Reuters    PROPN NNP 2  dative ORG
    a          a          DET   DT  5  det    -
    report     report     NOUN  NN  2  dobj   -
    earlier    early      ADV   RBR 8  advmod DATE
    this       this       DET   DT  8  det    I-DATE
    week       week       NOUN  NN  2  npadvmod I-DATE
    that       that       PRON  WDT 12 advmod -
    Acme       Acme       PROPN NNP 12 nsubj  ORG
    had        have       AUX   VBD 12 aux    -
    asked      ask        VERB  VBN 2  ccomp  -
    Chile      Chile      PROPN NNP 12 dobj   GPE
    for        for        ADP   IN  12 prep   -
    help       help       NOUN  NN  14 pobj   -
    was        be         AUX   VBD 12 ccomp  -
    incorrect  incorrect  ADJ   JJ  16 acomp  -
    .          .          PUNCT .   2  punct  -
    """


def test_a_claim_of_a_report_dated_before_its_content_is_no_fact() -> None:
    acts = read_modal_acts(REPORT_WAS_INCORRECT)
    assert not any(a[0] == "Acme" and a[2] == "Chile" and not a[5] for a in acts), acts


def test_a_claim_of_a_denied_report_dated_before_its_content_is_denied() -> None:
    acts = read_modal_acts("""
    Vargas   Vargas  PROPN NNP 2  nsubj  PERSON
    denied   deny    VERB  VBD 0  ROOT   -
    a        a       DET   DT  4  det    -
    report   report  NOUN  NN  2  dobj   -
    last     last    ADJ   JJ  6  amod   DATE
    month    month   NOUN  NN  2  npadvmod I-DATE
    that     that    SCONJ IN  10 mark   -
    Acme     Acme    PROPN NNP 10 nsubj  ORG
    had      have    AUX   VBD 10 aux    -
    asked    ask     VERB  VBN 2  ccomp  -
    Chile    Chile   PROPN NNP 10 dobj   GPE
    for      for     ADP   IN  10 prep   -
    help     help    NOUN  NN  12 pobj   -
    .        .       PUNCT .   2  punct  -
    """)
    assert not any(a[0] == "Acme" and a[2] == "Chile" and not a[5] for a in acts), acts


def test_a_statement_after_a_time_on_the_verb_of_speech_is_still_read() -> None:
    acts = read_modal_acts("""
    Vargas   Vargas  PROPN NNP 2  nsubj  PERSON
    told     tell    VERB  VBD 0  ROOT   -
    Reuters  Reuters PROPN NNP 2  dobj   ORG
    last     last    ADJ   JJ  5  amod   DATE
    week     week    NOUN  NN  2  npadvmod I-DATE
    that     that    SCONJ IN  9  mark   -
    Acme     Acme    PROPN NNP 9  nsubj  ORG
    had      have    AUX   VBD 9  aux    -
    asked    ask     VERB  VBN 2  ccomp  -
    Chile    Chile   PROPN NNP 9  dobj   GPE
    for      for     ADP   IN  9  prep   -
    help     help    NOUN  NN  11 pobj   -
    .        .       PUNCT .   2  punct  -
    """)
    assert any(a[0] == "Acme" and a[2] == "Chile" and not a[5] for a in acts), acts
