"""Wave 72 G: a verb of speech "on" a broadcast outlet ("said on the X television network a treaty would be
hard to sign") carries the reported clause on its edge to the outlet, as "told X that …" does; a field
("arms control") between a state word and a title ("Senior French arms control negotiator Y") keeps the
title and the holder's state; and a new event (an indefinite article) that is the subject of a supposing
modal ("A trade pact between X and Y would lift exports") keeps the modal, not a made pact, while one the
text makes ("a trade pact …, signed in May, could …") stays made.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, facts_with_content, read, read_modal_acts

SAID_ON_NETWORK = """
    Senior         senior         ADJ    JJ      5 amod       -
    French         french         ADJ    JJ      5 amod       NORP
    arms           arm            NOUN   NNS     4 compound   -
    control        control        NOUN   NN      5 compound   -
    negotiator     negotiator     NOUN   NN      7 compound   -
    Jean           Jean           PROPN  NNP     7 compound   PERSON
    Dupont         Dupont         PROPN  NNP     8 nsubj      I-PERSON
    said           say            VERB   VBD     0 ROOT       -
    on             on             ADP    IN      8 prep       -
    the            the            DET    DT     13 det        -
    Canal          Canal          PROPN  NNP    13 compound   ORG
    television     television     NOUN   NN     13 compound   -
    network        network        NOUN   NN      9 pobj       -
    a              a              DET    DT     16 det        -
    new            new            ADJ    JJ     16 amod       -
    treaty         treaty         NOUN   NN     18 nsubj      -
    would          would          AUX    MD     18 aux        -
    be             be             AUX    VB      8 ccomp      -
    hard           hard           ADJ    JJ     18 acomp      -
    to             to             PART   TO     21 aux        -
    sign           sign           VERB   VB     19 xcomp      -
    .              .              PUNCT  .       8 punct      -
"""

SUPPOSED_PACT = """
    A              a              DET    DT      3 det        -
    trade          trade          NOUN   NN      3 compound   -
    pact           pact           NOUN   NN      9 nsubj      -
    between        between        ADP    IN      3 prep       -
    Peru           Peru           PROPN  NNP     4 pobj       GPE
    and            and            CCONJ  CC      5 cc         -
    Chile          Chile          PROPN  NNP     5 conj       GPE
    would          would          AUX    MD      9 aux        -
    lift           lift           VERB   VB     17 ccomp      -
    the            the            DET    DT     11 det        -
    exports        export         NOUN   NNS     9 dobj       -
    of             of             ADP    IN     11 prep       -
    both           both           DET    DT     14 det        -
    countries      country        NOUN   NNS    12 pobj       -
    ,              ,              PUNCT  ,      17 punct      -
    economists     economist      NOUN   NNS    17 nsubj      -
    said           say            VERB   VBD     0 ROOT       -
    .              .              PUNCT  .      17 punct      -
"""

SIGNED_PACT = """
    A              a              DET    DT      3 det        -
    trade          trade          NOUN   NN      3 compound   -
    pact           pact           NOUN   NN     14 nsubj      -
    between        between        ADP    IN      3 prep       -
    Peru           Peru           PROPN  NNP     4 pobj       GPE
    and            and            CCONJ  CC      5 cc         -
    Chile          Chile          PROPN  NNP     5 conj       GPE
    ,              ,              PUNCT  ,       5 punct      -
    signed         sign           VERB   VBN     3 acl        -
    in             in             ADP    IN      9 prep       -
    May            May            PROPN  NNP    10 pobj       DATE
    ,              ,              PUNCT  ,       3 punct      -
    could          could          AUX    MD     14 aux        -
    lift           lift           VERB   VB      0 ROOT       -
    exports        export         NOUN   NNS    14 dobj       -
    .              .              PUNCT  .      14 punct      -
"""


def test_said_on_a_television_network_carries_what_is_said() -> None:
    said = [e for e in facts_with_content(SAID_ON_NETWORK) if e[0] == "Jean Dupont" and e[1] == "say on"]
    assert said and all(e[3] == "a new treaty would be hard to sign" for e in said)


def test_a_field_inside_a_title_keeps_the_title_and_the_state() -> None:
    office = ("Jean Dupont", "arms control negotiator of", "France", None)
    assert office in facts_with_content(SAID_ON_NETWORK)
    assert country_of(read(SAID_ON_NETWORK), "Jean Dupont") == "FRA"


def test_a_new_pact_under_a_supposing_modal_is_not_made() -> None:
    pacts = [a for a in read_modal_acts(SUPPOSED_PACT) if a[1] == "pact with"]
    assert pacts and all(a[4] == "would" for a in pacts)


def test_a_pact_the_text_says_was_signed_stays_made() -> None:
    pacts = [a for a in read_modal_acts(SIGNED_PACT) if a[1] == "pact with"]
    assert pacts and all(a[4] is None for a in pacts)
