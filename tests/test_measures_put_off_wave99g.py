"""Wave 99 G: a measure put off ("agreed to hold up imposing duties on X", "will delay imposing sanctions
on Y") is no denial of it: the edge is not negated, its predicate keeps the deferral ("agree to hold up
impose duty on"), and putting off a sanction eases it for the time (CAMEO 085, where imposing it is 163).
The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def test_duties_agreed_to_be_held_up_are_eased_not_denied() -> None:
    acts = read_modal_acts("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    agreed    agree     VERB  VBD 0 ROOT  -
    to        to        PART  TO  4 aux   -
    hold      hold      VERB  VB  2 xcomp -
    up        up        ADP   RP  4 prt   -
    imposing  impose    VERB  VBG 4 xcomp -
    duties    duty      NOUN  NNS 6 dobj  -
    on        on        ADP   IN  6 prep  -
    Peruvian  Peruvian  ADJ   JJ 10 amod  NORP
    shoes     shoe      NOUN  NNS 8 pobj  -
    .         .         PUNCT .   2 punct -
    """)
    held = [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]
    assert held
    assert all(a[1].startswith("agree to hold up impose duty on") and a[3] == "08" and not a[5] for a in held)


def test_sanctions_to_be_delayed_keep_the_deferrals_modal() -> None:
    acts = read_modal_acts("""
    Chile     Chile     PROPN NNP 3 nsubj GPE
    will      will      AUX   MD  3 aux   -
    delay     delay     VERB  VB  0 ROOT  -
    imposing  impose    VERB  VBG 3 xcomp -
    sanctions sanction  NOUN  NNS 4 dobj  -
    on        on        ADP   IN  4 prep  -
    Peru      Peru      PROPN NNP 6 pobj  GPE
    .         .         PUNCT .   3 punct -
    """)
    delayed = [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]
    assert delayed
    assert all(a[1].startswith("delay") and a[3] == "08" and a[4] == "will" and not a[5] for a in delayed)
