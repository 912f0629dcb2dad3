"""Wave 78 H: a person's quoted "our country" (nation, government) is their state, as "his country" is,
and of a person of no known state no one; a plan in the past perfect or marked as the first plan ("had
originally planned to", "had been due to") is given up or overtaken, no "will" fact; an event inside what a
speaker would not comment on is no claim of his. Each test states its parse by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import read_attributed, read_modal_acts

_OUR_COUNTRY = """
    Ana       Ana       PROPN NNP  2  compound -
    Ruiz      Ruiz      PROPN NNP  5  nsubj    PERSON
    of        of        ADP   IN   2  prep     -
    {state}   {state}   PROPN NNP  3  pobj     GPE
    spoke     speak     VERB  VBD  0  ROOT     -
    .         .         PUNCT .    5  punct    -
    "         "         PUNCT ``   12 punct    -
    Our       our       PRON  PRP$ 9  poss     -
    {noun}    {noun}    NOUN  NN   12 nsubj    -
    will      will      AUX   MD   12 aux      -
    not       not       PART  RB   12 neg      -
    recognise recognise VERB  VB   17 ccomp    -
    Chile     Chile     PROPN NNP  12 dobj     GPE
    ,         ,         PUNCT ,    17 punct    -
    "         "         PUNCT ''   17 punct    -
    Ruiz      Ruiz      PROPN NNP  17 nsubj    PERSON
    said      say       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    17 punct    -
    """


def test_a_quoted_persons_our_country_is_their_state() -> None:
    for noun in ("country", "government"):
        facts = read_attributed(_OUR_COUNTRY.format(state="Peru", noun=noun))
        assert ("Peru", "recognise", "Chile", "Ana Ruiz") in facts, noun


def test_a_quoted_our_country_of_a_person_of_no_known_state_is_no_one() -> None:
    facts = read_attributed(
        _OUR_COUNTRY.format(state="Acme", noun="country").replace("3  pobj     GPE", "3  pobj     ORG")
    )
    assert not [f for f in facts if f[2] == "Chile"]


def test_a_plan_in_the_past_perfect_marked_original_is_no_will() -> None:
    acts = read_modal_acts("""
    Toyota     Toyota     PROPN NNP 4 nsubj  ORG
    had        have       AUX   VBD 4 aux    -
    originally originally ADV   RB  4 advmod -
    planned    plan       VERB  VBN 0 ROOT   -
    to         to         PART  TO  6 aux    -
    buy        buy        VERB  VB  4 xcomp  -
    Aisin      Aisin      PROPN NNP 6 dobj   ORG
    .          .          PUNCT .   4 punct  -
    """)
    assert not [a for a in acts if a[0] == "Toyota" and a[2] == "Aisin"]


def test_a_plan_due_in_the_past_perfect_is_no_will() -> None:
    acts = read_modal_acts("""
    Toyota Toyota PROPN NNP 3 nsubj ORG
    had    have   AUX   VBD 3 aux   -
    been   be     AUX   VBN 0 ROOT  -
    due    due    ADJ   JJ  3 acomp -
    to     to     PART  TO  6 aux   -
    buy    buy    VERB  VB  4 xcomp -
    Aisin  Aisin  PROPN NNP 6 dobj  ORG
    .      .      PUNCT .   3 punct -
    """)
    assert not [a for a in acts if a[0] == "Toyota" and a[2] == "Aisin"]


def test_a_current_plan_stays_will() -> None:
    acts = read_modal_acts("""
    Toyota Toyota PROPN NNP 2 nsubj ORG
    plans  plan   VERB  VBZ 0 ROOT  -
    to     to     PART  TO  4 aux   -
    buy    buy    VERB  VB  2 xcomp -
    Aisin  Aisin  PROPN NNP 4 dobj  ORG
    .      .      PUNCT .   2 punct -
    """)
    assert [a for a in acts if a[0] == "Toyota" and a[2] == "Aisin" and a[4] == "will"]


_DECLINED = """
    A         a         DET   DT  2  det      -
    spokesman spokesman NOUN  NN  5  nsubj    -
    for       for       ADP   IN  2  prep     -
    Acme      Acme      PROPN NNP 3  pobj     ORG
    said      say       VERB  VBD 0  ROOT     -
    he        he        PRON  PRP 9  nsubj    -
    could     could     AUX   MD  9  aux      -
    {neg}     {neg}     PART  RB  9  {negdep} -
    comment   comment   VERB  VB  5  ccomp    -
    on        on        ADP   IN  9  prep     -
    Peru      Peru      PROPN NNP 13 poss     GPE
    's        's        PART  POS 11 case     -
    sanctions sanction  NOUN  NNS 10 pobj     -
    against   against   ADP   IN  13 prep     -
    Chile     Chile     PROPN NNP 14 pobj     GPE
    .         .         PUNCT .   5  punct    -
    """


def test_an_event_inside_a_declined_comment_is_no_claim_of_the_speaker() -> None:
    facts = read_attributed(_DECLINED.format(neg="not", negdep="neg"))
    sanctions = [f for f in facts if f[:3] == ("Peru", "sanction", "Chile")]
    assert sanctions and all(f[3] is None for f in sanctions)


def test_an_event_inside_a_comment_made_stays_the_speakers() -> None:
    facts = read_attributed(_DECLINED.format(neg="also", negdep="advmod"))
    assert ("Peru", "sanction", "Chile", "Acme") in facts
