"""Wave 92 F: a request made in words ("urged X to withdraw the plan", "called on X to withdraw it") carries
what it asks as the content of the edge to the one asked: the "to" infinitive after it, without its "to",
as "told X that …" carries the reported clause (rules._asked_to_do, rules svo and prep). A request made by
no word ("forced X to withdraw it") says nothing. The parse is stated by hand (tests/hand_docs.py); the
sentences and names are ours."""

from __future__ import annotations

from hand_docs import facts_with_content

_URGED = """
Senator        Senator        PROPN  NNP     3 compound   -
Tom            Tom            PROPN  NNP     3 compound   PERSON
Ash            Ash            PROPN  NNP     4 nsubj      I-PERSON
urged          urge           VERB   VBD     0 ROOT       -
Prime          Prime          PROPN  NNP     6 compound   -
Minister       Minister       PROPN  NNP     8 compound   -
Ken            Ken            PROPN  NNP     8 compound   PERSON
Ito            Ito            PROPN  NNP     4 dobj       I-PERSON
to             to             PART   TO     10 aux        -
withdraw       withdraw       VERB   VB      4 xcomp      -
a              a              DET    DT     12 det        -
proposal       proposal       NOUN   NN     10 dobj       -
that           that           PRON   WDT    15 nsubj      -
would          would          AUX    MD     15 aux        -
ban            ban            VERB   VB     12 relcl      -
imports        import         NOUN   NNS    15 dobj       -
of             of             ADP    IN     16 prep       -
foreign        foreign        ADJ    JJ     19 amod       -
films          film           NOUN   NNS    17 pobj       -
.              .              PUNCT  .       4 punct      -
"""

_CALLED_ON = """
Senator        Senator        PROPN  NNP     3 compound   -
Tom            Tom            PROPN  NNP     3 compound   PERSON
Ash            Ash            PROPN  NNP     4 nsubj      I-PERSON
called         call           VERB   VBD     0 ROOT       -
on             on             ADP    IN      4 prep       -
Japan          Japan          PROPN  NNP     5 pobj       GPE
to             to             PART   TO      8 aux        -
withdraw       withdraw       VERB   VB      4 xcomp      -
the            the            DET    DT     10 det        -
proposal       proposal       NOUN   NN      8 dobj       -
.              .              PUNCT  .       4 punct      -
"""

_FORCED = """
Chile          Chile          PROPN  NNP     2 nsubj      GPE
forced         force          VERB   VBD     0 ROOT       -
Peru           Peru           PROPN  NNP     2 dobj       GPE
to             to             PART   TO      5 aux        -
withdraw       withdraw       VERB   VB      2 xcomp      -
the            the            DET    DT      7 det        -
proposal       proposal       NOUN   NN      5 dobj       -
.              .              PUNCT  .       2 punct      -
"""


def test_an_appeal_to_someone_carries_what_it_asks_them_to_do() -> None:
    asked = "withdraw a proposal that would ban imports of foreign films"
    assert ("Tom Ash", "urge", "Ken Ito", asked) in facts_with_content(_URGED)


def test_a_call_on_a_state_carries_what_it_asks_and_a_forced_act_carries_nothing() -> None:
    assert ("Tom Ash", "call on", "Japan", "withdraw the proposal") in facts_with_content(_CALLED_ON)
    assert {f[3] for f in facts_with_content(_FORCED) if f[2] == "Peru"} <= {None}


_URGED_WITH_ASIDE = """
Tom            Tom            PROPN  NNP     2 compound   PERSON
Ash            Ash            PROPN  NNP     3 nsubj      I-PERSON
urged          urge           VERB   VBD     0 ROOT       -
Japan          Japan          PROPN  NNP     3 dobj       GPE
to             to             PART   TO      6 aux        -
lift           lift           VERB   VB      3 xcomp      -
the            the            DET    DT      8 det        -
ban            ban            NOUN   NN      6 dobj       -
,              ,              PUNCT  ,       8 punct      -
a              a              DET    DT     11 det        -
curb           curb           NOUN   NN      8 appos      -
on             on             ADP    IN     11 prep       -
foreign        foreign        ADJ    JJ     14 amod       -
films          film           NOUN   NNS    12 pobj       -
.              .              PUNCT  .       3 punct      -
"""


def test_an_aside_set_off_after_what_is_asked_is_no_part_of_it() -> None:
    assert ("Tom Ash", "urge", "Japan", "lift the ban") in facts_with_content(_URGED_WITH_ASIDE)
