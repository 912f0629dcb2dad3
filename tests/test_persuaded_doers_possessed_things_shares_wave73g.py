"""Who does what another is brought to do, what a possessor's thing is, and shares (wave 73 G). After a verb
of persuading or causing ("convinced X to V", "induced X to V") the infinitive's doer is the one persuaded,
never the persuader (a promise keeps its subject); a thing an entity holds or owes ("accepted the bank's
guarantees") is no act on its owner; "per cent of X's thing" is a share, no relation noun. Each test states
its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def test_the_one_convinced_does_the_deed() -> None:
    acts = read_modal_acts("""
    Britain   Britain   PROPN NNP 2 nsubj    GPE
    convinced convince  VERB  VBD 0 ROOT     -
    the       the       DET   DT  4 det      -
    IMF       IMF       PROPN NNP 2 dobj     ORG
    to        to        PART  TO  6 aux      -
    lend      lend      VERB  VB  2 xcomp    -
    Peru      Peru      PROPN NNP 6 dative   GPE
    a         a         DET   DT  9 det      -
    loan      loan      NOUN  NN  6 dobj     -
    .         .         PUNCT .   2 punct    -
    """)
    lent = {(a[0], a[4]) for a in acts if a[1] == "lend loan to" and a[2] == "Peru"}
    assert lent == {("IMF", None)}, acts


def test_the_one_induced_acts_through_a_chain_of_hope() -> None:
    acts = read_modal_acts("""
    Chile    Chile    PROPN NNP 4 nsubj GPE
    may      may      AUX   MD  4 aux   -
    be       be       AUX   VB  4 aux   -
    hoping   hope     VERB  VBG 0 ROOT  -
    to       to       PART  TO  6 aux   -
    induce   induce   VERB  VB  4 xcomp -
    Japan    Japan    PROPN NNP 6 dobj  GPE
    to       to       PART  TO  9 aux   -
    sanction sanction VERB  VB  6 xcomp -
    Peru     Peru     PROPN NNP 9 dobj  GPE
    .        .        PUNCT .   4 punct -
    """)
    doers = {a[0] for a in acts if a[1] == "sanction" and a[2] == "Peru"}
    assert doers == {"Japan"}, acts


def test_a_promise_keeps_its_subject_as_doer() -> None:
    acts = read_modal_acts("""
    Britain  Britain  PROPN NNP 2 nsubj  GPE
    promised promise  VERB  VBD 0 ROOT   -
    Chile    Chile    PROPN NNP 2 dobj   GPE
    to       to       PART  TO  5 aux    -
    lend     lend     VERB  VB  2 xcomp  -
    Peru     Peru     PROPN NNP 5 dative GPE
    a        a        DET   DT  8 det    -
    loan     loan     NOUN  NN  5 dobj   -
    .        .        PUNCT .   2 punct  -
    """)
    lenders = {a[0] for a in acts if a[2] == "Peru"}
    assert lenders == {"United Kingdom"}, acts


def test_a_thing_held_by_a_bank_keeps_its_noun() -> None:
    acts = read_modal_acts("""
    Peru       Peru      PROPN NNP 2 nsubj    GPE
    accepted   accept    VERB  VBD 0 ROOT     -
    the        the       DET   DT  4 det      ORG
    Bank       Bank      PROPN NNP 9 poss     I-ORG
    of         of        ADP   IN  4 prep     I-ORG
    Chile      Chile     PROPN NNP 5 pobj     I-ORG
    's         's        PART  POS 4 case     I-ORG
    credit     credit    NOUN  NN  9 compound -
    guarantees guarantee NOUN  NNS 2 dobj     -
    .          .         PUNCT .   2 punct    -
    """)
    accepted = {a[1] for a in acts if a[0] == "Peru" and a[2] == "Bank of Chile"}
    assert accepted == {"accept credit guarantee of"}, acts


def test_per_cent_of_an_owners_thing_is_no_relation() -> None:
    acts = read_modal_acts("""
    The   the   DET   DT  2  det      -
    IMF   IMF   PROPN NNP 4  nsubj    ORG
    will  will  AUX   MD  4  aux      -
    lend  lend  VERB  VB  0  ROOT     -
    30    30    NUM   CD  7  nummod   MONEY
    per   per   NOUN  NN  7  compound I-MONEY
    cent  cent  NOUN  NN  4  dobj     I-MONEY
    of    of    ADP   IN  7  prep     -
    Peru  Peru  PROPN NNP 11 poss     GPE
    's    's    PART  POS 9  case     -
    quota quota NOUN  NN  8  pobj     -
    .     .     PUNCT .   4  punct    -
    """)
    assert not [a for a in acts if a[2] == "Peru"], acts
