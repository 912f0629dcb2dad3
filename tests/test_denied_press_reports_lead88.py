"""A report denied carries its content however it is joined to the report: "Acme denied a Dutch press report
saying it was buying Zenda Corp" denies the buying, as "a report that ..." does (quotes._hearsay_of, a
participle of speech on the noun); and a state's word before the press ("a Dutch press report") places the
press, no party the denial is aimed at (arguments._press_compound). The parse is built by hand as the
parser gave it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_modal_acts, read_triples

DENIED = """
Acme       Acme     PROPN NNP 2  nsubj    ORG
denied     deny     VERB  VBD 0  ROOT     -
a          a        DET   DT  6  det      -
Dutch      dutch    ADJ   JJ  6  amod     NORP
press      press    NOUN  NN  6  compound -
report     report   NOUN  NN  2  dobj     -
saying     say      VERB  VBG 6  acl      -
it         it       PRON  PRP 10 nsubj    -
was        be       AUX   VBD 10 aux      -
buying     buy      VERB  VBG 7  ccomp    -
Zenda      Zenda    PROPN NNP 12 compound ORG
Corp       Corp     PROPN NNP 10 dobj     I-ORG
.          .        PUNCT .   2  punct    -
"""


def test_a_denied_report_saying_x_denies_x() -> None:
    bought = {a for a in read_modal_acts(DENIED) if a[1] == "buy" and a[2] == "Zenda Corp"}
    assert bought and all(a[5] for a in bought), bought  # negated


def test_a_states_word_before_the_press_is_no_party_denied() -> None:
    assert not {t for t in read_triples(DENIED) if t[2] == "Netherlands"}
