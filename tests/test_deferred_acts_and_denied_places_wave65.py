"""Acts put off and denials about a place (wave 65 G). An act governed by a verb of deferral ("Chile put off
(postponed, held off on, will delay) sending troops to Peru") is put off, not denied (wave 99 G: it was read
negated before): the predicate keeps the deferral ("put off send troop to"), the act keeps its modality, and
putting off a shipment is no event CAMEO codes; "abandoned plans to V" with no owner named is the
abandoner's dropped aim.
A denied clause with a place after "in"/"at" ("Chile does not hold prisoners in Peru") denies the deed at
that place only: no edge to the object without the place. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def _between(acts: set, subject: str, obj: str) -> list:
    return [a for a in acts if a[0] == subject and a[2] == obj]


def test_an_act_put_off_is_put_off_not_denied() -> None:
    acts = read_modal_acts("""
    Chile   Chile  PROPN NNP 2 nsubj GPE
    put     put    VERB  VBD 0 ROOT  -
    off     off    ADP   RP  2 prt   -
    sending send   VERB  VBG 2 advcl -
    troops  troop  NOUN  NNS 4 dobj  -
    to      to     ADP   IN  4 prep  -
    Peru    Peru   PROPN NNP 6 pobj  GPE
    .       .      PUNCT .   2 punct -
    """)
    sent = _between(acts, "Chile", "Peru")
    assert sent and all(a[1] == "put off send troop to" and a[3] is None and not a[5] for a in sent)


def test_an_act_agreed_to_be_held_up_is_held_up_not_denied() -> None:
    acts = read_modal_acts("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    agreed    agree     VERB  VBD 0 ROOT  -
    to        to        PART  TO  4 aux   -
    hold      hold      VERB  VB  2 xcomp -
    up        up        ADP   RP  4 prt   -
    shipping  ship      VERB  VBG 4 xcomp -
    arms      arm       NOUN  NNS 6 dobj  -
    to        to        ADP   IN  6 prep  -
    Peru      Peru      PROPN NNP 8 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    shipped = _between(acts, "Chile", "Peru")
    assert shipped and all(a[1].startswith("agree to hold up ship") and not a[5] for a in shipped)


def test_an_act_held_off_on_keeps_the_deferrals_modal() -> None:
    acts = read_modal_acts("""
    Chile    Chile    PROPN NNP 3 nsubj GPE
    will     will     AUX   MD  3 aux   -
    delay    delay    VERB  VB  0 ROOT  -
    sending  send     VERB  VBG 3 xcomp -
    troops   troop    NOUN  NNS 4 dobj  -
    to       to       ADP   IN  4 prep  -
    Peru     Peru     PROPN NNP 6 pobj  GPE
    .        .        PUNCT .   3 punct -
    """)
    sent = _between(acts, "Chile", "Peru")
    assert sent and all(a[1].startswith("delay send") and not a[5] and a[4] == "will" for a in sent)


def test_an_act_not_delayed_is_done() -> None:
    acts = read_modal_acts("""
    Chile    Chile    PROPN NNP 4 nsubj GPE
    did      do       AUX   VBD 4 aux   -
    not      not      PART  RB  4 neg   -
    delay    delay    VERB  VB  0 ROOT  -
    sending  send     VERB  VBG 4 xcomp -
    troops   troop    NOUN  NNS 5 dobj  -
    to       to       ADP   IN  5 prep  -
    Peru     Peru     PROPN NNP 7 pobj  GPE
    .        .        PUNCT .   4 punct -
    """)
    sent = _between(acts, "Chile", "Peru")
    assert sent and not any(a[5] for a in sent)


def test_plans_abandoned_with_no_owner_named_are_the_abandoners_dropped_aim() -> None:
    acts = read_modal_acts("""
    Chile     Chile    PROPN NNP 2 nsubj GPE
    abandoned abandon  VERB  VBD 0 ROOT  -
    plans     plan     NOUN  NNS 2 dobj  -
    to        to       PART  TO  5 aux   -
    sell      sell     VERB  VB  3 acl   -
    frigates  frigate  NOUN  NNS 5 dobj  -
    to        to       ADP   IN  5 prep  -
    Peru      Peru     PROPN NNP 7 pobj  GPE
    .         .        PUNCT .   2 punct -
    """)
    sold = _between(acts, "Chile", "Peru")
    assert sold and all(a[5] and a[4] == "will" for a in sold)


_HELD_IN_PERU = """
    Chile     Chile     PROPN NNP 4 nsubj GPE
    {aux}
    hold      hold      VERB  VB  0 ROOT  -
    American  american  ADJ   JJ  6 amod  NORP
    prisoners prisoner  NOUN  NNS 4 dobj  -
    in        in        ADP   IN  4 prep  -
    Peru      Peru      PROPN NNP 7 pobj  GPE
    .         .         PUNCT .   4 punct -
    """


def test_a_denial_with_a_place_denies_the_deed_there_only() -> None:
    acts = read_modal_acts(
        _HELD_IN_PERU.format(
            aux="does      do        AUX   VBZ 4 aux   -\n    not       not       PART  RB  4 neg   -"
        )
    )
    assert not [a for a in acts if a[0] == "Chile" and a[2] != "Peru"]
    held = _between(acts, "Chile", "Peru")
    assert held and all(a[5] for a in held)


def test_a_deed_with_a_place_keeps_its_object() -> None:
    acts = read_modal_acts(
        _HELD_IN_PERU.format(
            aux="will      will      AUX   MD  4 aux    -\n    surely    surely    ADV   RB  4 advmod -"
        )
    )
    assert [a for a in acts if a[0] == "Chile" and a[2] not in ("Peru", "Chile")]
