"""Wave 119 H: a rejection or a denial of another actor's claim rebuffs the claim's maker. "brushed off
(brushed aside, shrugged off) Labour's criticism" and "played down the Liberals' warning" reject their
maker (CAMEO 12), as "dismissed" does; "poured scorn on X" is derision (11). A claim whose maker follows
"by" ("rejected claims by Labour that …", "denied charges by X") is the maker's, as "Labour's claims" is,
and the claim's "that" clause is the content of the edge to the maker; the claimed deed is never told as a
fact. A deed of one's own denied ("denied insulting Chile") is a statement about it (01), no rebuff of
the one it is done to. Sentences of our own, parses written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts_with_content, read_modal_acts, roots_between

# "Ana Costa brushed off Labour's criticism."
BRUSHED_OFF = """
Ana        Ana        PROPN NNP  2   compound  PERSON
Costa      Costa      PROPN NNP  3   nsubj     I-PERSON
brushed    brush      VERB  VBD  0   ROOT      -
off        off        ADP   RP   3   prt       -
Labour     Labour     PROPN NNP  7   poss      ORG
's         's         PART  POS  5   case      -
criticism  criticism  NOUN  NN   3   dobj      -
.          .          PUNCT .    3   punct     -
"""

# "Ana Costa played down the Liberals' warning that taxes would rise."
PLAYED_DOWN = """
Ana        Ana        PROPN NNP  2   compound  PERSON
Costa      Costa      PROPN NNP  3   nsubj     I-PERSON
played     play       VERB  VBD  0   ROOT      -
down       down       ADP   RP   3   prt       -
the        the        DET   DT   6   det       -
Liberals   Liberals   PROPN NNPS 8   poss      NORP
'          '          PART  POS  6   case      -
warning    warning    NOUN  NN   3   dobj      -
that       that       SCONJ IN   12  mark      -
taxes      tax        NOUN  NNS  12  nsubj     -
would      would      AUX   MD   12  aux       -
rise       rise       VERB  VB   8   acl       -
.          .          PUNCT .    3   punct     -
"""

# "Ana Costa poured scorn on Labour."
SCORN_POURED = """
Ana        Ana        PROPN NNP  2   compound  PERSON
Costa      Costa      PROPN NNP  3   nsubj     I-PERSON
poured     pour       VERB  VBD  0   ROOT      -
scorn      scorn      NOUN  NN   3   dobj      -
on         on         ADP   IN   3   prep      -
Labour     Labour     PROPN NNP  5   pobj      ORG
.          .          PUNCT .    3   punct     -
"""

# "Ana Costa rejected claims by Labour that Peru had armed Chile."
CLAIMS_BY_REJECTED = """
Ana        Ana        PROPN NNP  2   compound  PERSON
Costa      Costa      PROPN NNP  3   nsubj     I-PERSON
rejected   reject     VERB  VBD  0   ROOT      -
claims     claim      NOUN  NNS  3   dobj      -
by         by         ADP   IN   4   prep      -
Labour     Labour     PROPN NNP  5   pobj      ORG
that       that       SCONJ IN   10  mark      -
Peru       Peru       PROPN NNP  10  nsubj     GPE
had        have       AUX   VBD  10  aux       -
armed      arm        VERB  VBN  4   acl       -
Chile      Chile      PROPN NNP  10  dobj      GPE
.          .          PUNCT .    3   punct     -
"""

# "Ana Costa repeated claims by Labour that Peru had armed Chile."
CLAIMS_BY_REPEATED = CLAIMS_BY_REJECTED.replace("rejected   reject", "repeated   repeat")

# "Ana Costa denied the Greens' charge that Peru would help Chile."
CHARGE_DENIED = """
Ana        Ana        PROPN NNP  2   compound  PERSON
Costa      Costa      PROPN NNP  3   nsubj     I-PERSON
denied     deny       VERB  VBD  0   ROOT      -
the        the        DET   DT   5   det       -
Greens     Greens     PROPN NNPS 7   poss      ORG
'          '          PART  POS  5   case      -
charge     charge     NOUN  NN   3   dobj      -
that       that       SCONJ IN   11  mark      -
Peru       Peru       PROPN NNP  11  nsubj     GPE
would      would      AUX   MD   11  aux       -
help       help       VERB  VB   7   acl       -
Chile      Chile      PROPN NNP  11  dobj      GPE
.          .          PUNCT .    3   punct     -
"""

# "Peru denied insulting Chile."
INSULT_DENIED = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
denied     deny       VERB  VBD  0   ROOT      -
insulting  insult     VERB  VBG  2   xcomp     -
Chile      Chile      PROPN NNP  3   dobj      GPE
.          .          PUNCT .    2   punct     -
"""


def test_a_criticism_brushed_off_rejects_its_maker() -> None:
    assert roots_between(BRUSHED_OFF, "Ana Costa", "Labour Party") == {"12"}


def test_a_warning_played_down_rejects_its_maker() -> None:
    assert roots_between(PLAYED_DOWN, "Ana Costa", "Liberals") == {"12"}


def test_scorn_poured_on_a_party_is_derision() -> None:
    assert roots_between(SCORN_POURED, "Ana Costa", "Labour Party") == {"11"}


def test_claims_by_a_party_rejected_reject_the_party_with_the_claim_as_content() -> None:
    rebuff = ("Ana Costa", "reject", "Labour Party", "Peru had armed Chile")
    assert rebuff in facts_with_content(CLAIMS_BY_REJECTED)
    assert roots_between(CLAIMS_BY_REJECTED, "Ana Costa", "Labour Party") == {"12"}
    # the claimed deed is no fact of the article
    assert not any(
        fact[:3] == ("Peru", "arm", "Chile") and not fact[5] for fact in read_modal_acts(CLAIMS_BY_REJECTED)
    )


def test_claims_by_a_party_repeated_reach_no_party() -> None:
    assert roots_between(CLAIMS_BY_REPEATED, "Ana Costa", "Labour Party") == set()


def test_a_partys_charge_denied_carries_the_charge_as_content() -> None:
    assert ("Ana Costa", "deny", "Greens", "Peru would help Chile") in facts_with_content(CHARGE_DENIED)
    assert roots_between(CHARGE_DENIED, "Ana Costa", "Greens") == {"12"}


def test_a_deed_of_ones_own_denied_is_a_statement() -> None:
    assert roots_between(INSULT_DENIED, "Peru", "Chile") == {"01"}


# "Ana Costa brushed off Labour suggestions that Peru would leave."
NAMED_BEFORE_THE_CLAIM = """
Ana         Ana         PROPN NNP  2   compound  PERSON
Costa       Costa       PROPN NNP  3   nsubj     I-PERSON
brushed     brush       VERB  VBD  0   ROOT      -
off         off         ADP   RP   3   prt       -
Labour      Labour      PROPN NNP  6   compound  ORG
suggestions suggestion  NOUN  NNS  3   dobj      -
that        that        SCONJ IN   10  mark      -
Peru        Peru        PROPN NNP  10  nsubj     GPE
would       would       AUX   MD   10  aux       -
leave       leave       VERB  VB   6   acl       -
.           .           PUNCT .    3   punct     -
"""


def test_a_partys_name_before_its_claim_brushed_off_makes_it_the_partys() -> None:
    rebuff = ("Ana Costa", "brush off", "Labour Party", "Peru would leave")
    assert rebuff in facts_with_content(NAMED_BEFORE_THE_CLAIM)


# "Peru denied that it had snubbed Chile."
SNUB_DENIED = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
denied     deny       VERB  VBD  0   ROOT      -
that       that       SCONJ IN   6   mark      -
it         it         PRON  PRP  6   nsubj     -
had        have       AUX   VBD  6   aux       -
snubbed    snub       VERB  VBN  2   ccomp     -
Chile      Chile      PROPN NNP  6   dobj      GPE
.          .          PUNCT .    2   punct     -
"""


def test_a_snub_denied_is_a_rebuff_told_negated() -> None:
    assert ("Peru", "snub", "Chile", "12", None, True) in read_modal_acts(SNUB_DENIED)
