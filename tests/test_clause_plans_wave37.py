"""Plans and schedules the text does not state as done (wave 37 B): an event noun still to come by the words
around it ("ahead of X's visit", "the talks, scheduled for Friday", "the summit Y will host", "the visit
next week"), a clause an adjective of what should be extraposes ("it is essential that X withdraws": X
should withdraw), and aims ("cut tariffs to help reduce", "will travel to Y to meet Z", "will use the loan
to buy"). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, facts, read


def _modalities(reading, rule: str, predicate: str) -> set[str | None]:
    return {r.modality for r in by_rule(reading, rule) if r.predicate == predicate}


def test_event_awaited_by_ahead_of_is_to_come() -> None:
    reading = read("""
    Chile   Chile   PROPN NNP 2 nsubj  GPE
    met     meet    VERB  VBD 0 ROOT   -
    Peru    Peru    PROPN NNP 2 dobj   GPE
    ahead   ahead   ADV   RB  2 advmod -
    of      of      ADP   IN  4 prep   -
    Bolivia Bolivia PROPN NNP 8 poss   GPE
    's      's      PART  POS 6 case   -
    visit   visit   NOUN  NN  5 pobj   -
    to      to      ADP   IN  8 prep   -
    Ecuador Ecuador PROPN NNP 9 pobj   GPE
    .       .       PUNCT .   2 punct  -
    """)
    assert ("Bolivia", "visit", "Ecuador") in facts(reading, "event_noun")
    assert _modalities(reading, "event_noun", "visit") == {"will"}
    met = [r for r in by_rule(reading, "svo") if r.predicate == "meet with"]
    assert met and all(r.modality is None for r in met)  # the meeting before it was held


def test_event_noun_with_a_time_to_come_is_to_come() -> None:
    reading = read("""
    Bolivia Bolivia PROPN NNP 3 poss     GPE
    's      's      PART  POS 1 case     -
    visit   visit   NOUN  NN  9 nsubj    -
    to      to      ADP   IN  3 prep     -
    Ecuador Ecuador PROPN NNP 4 pobj     GPE
    next    next    ADJ   JJ  7 amod     DATE
    week    week    NOUN  NN  3 npadvmod I-DATE
    will    will    AUX   MD  9 aux      -
    cover   cover   VERB  VB  0 ROOT     -
    trade   trade   NOUN  NN  9 dobj     -
    .       .       PUNCT .   9 punct    -
    """)
    assert _modalities(reading, "event_noun", "visit") == {"will"}


def test_event_noun_with_a_past_time_stays_done() -> None:
    reading = read("""
    Bolivia Bolivia PROPN NNP 3 poss     GPE
    's      's      PART  POS 1 case     -
    visit   visit   NOUN  NN  9 nsubj    -
    to      to      ADP   IN  3 prep     -
    Ecuador Ecuador PROPN NNP 4 pobj     GPE
    last    last    ADJ   JJ  7 amod     DATE
    week    week    NOUN  NN  3 npadvmod I-DATE
    has     have    AUX   VBZ 9 aux      -
    helped  help    VERB  VBN 0 ROOT     -
    trade   trade   NOUN  NN  9 dobj     -
    .       .       PUNCT .   9 punct    -
    """)
    assert _modalities(reading, "event_noun", "visit") == {None}


def test_talks_scheduled_for_a_day_are_to_come() -> None:
    reading = read("""
    The       the      DET   DT  2  det   -
    talks     talk     NOUN  NNS 13 nsubj -
    between   between  ADP   IN  2  prep  -
    Chile     Chile    PROPN NNP 3  pobj  GPE
    and       and      CCONJ CC  4  cc    -
    Peru      Peru     PROPN NNP 4  conj  GPE
    ,         ,        PUNCT ,   2  punct -
    scheduled schedule VERB  VBN 2  acl   -
    for       for      ADP   IN  8  prep  -
    Friday    Friday   PROPN NNP 9  pobj  DATE
    ,         ,        PUNCT ,   2  punct -
    will      will     AUX   MD  13 aux   -
    cover     cover    VERB  VB  0  ROOT  -
    trade     trade    NOUN  NN  13 dobj  -
    .         .        PUNCT .   13 punct -
    """)
    talks = [r for r in by_rule(reading, "event_noun")]
    assert talks and all(r.modality == "will" for r in talks)


def test_summit_a_state_will_host_is_to_come() -> None:
    reading = read("""
    Chile   Chile   PROPN NNP 2  nsubj GPE
    praised praise  VERB  VBD 0  ROOT  -
    the     the     DET   DT  4  det   -
    summit  summit  NOUN  NN  2  dobj  -
    between between ADP   IN  4  prep  -
    Peru    Peru    PROPN NNP 5  pobj  GPE
    and     and     CCONJ CC  6  cc    -
    Bolivia Bolivia PROPN NNP 6  conj  GPE
    that    that    SCONJ IN  12 mark  -
    Ecuador Ecuador PROPN NNP 12 nsubj GPE
    will    will    AUX   MD  12 aux   -
    host    host    VERB  VB  4  relcl -
    .       .       PUNCT .   2  punct -
    """)
    summit = by_rule(reading, "event_noun")
    assert summit and all(r.modality == "will" for r in summit)


def test_clause_judged_essential_is_wished() -> None:
    reading = read("""
    It        it        PRON  PRP 2 nsubj -
    is        be        AUX   VBZ 0 ROOT  -
    essential essential ADJ   JJ  2 acomp -
    that      that      SCONJ IN  6 mark  -
    Chile     Chile     PROPN NNP 6 nsubj GPE
    withdraws withdraw  VERB  VBZ 2 ccomp -
    from      from      ADP   IN  6 prep  -
    Peru      Peru      PROPN NNP 7 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert ("Chile", "withdraw from", "Peru") in facts(reading, "prep")
    assert _modalities(reading, "prep", "withdraw from") == {"should"}


def test_aim_told_through_help_is_no_deed() -> None:
    reading = read("""
    Chile   Chile   PROPN NNP  2 nsubj GPE
    cut     cut     VERB  VBD  0 ROOT  -
    tariffs tariff  NOUN  NNS  2 dobj  -
    to      to      PART  TO   5 aux   -
    help    help    VERB  VB   2 advcl -
    reduce  reduce  VERB  VB   5 xcomp -
    its     its     PRON  PRP$ 8 poss  -
    surplus surplus NOUN  NN   6 dobj  -
    with    with    ADP   IN   8 prep  -
    Peru    Peru    PROPN NNP  9 pobj  GPE
    .       .       PUNCT .    2 punct -
    """)
    assert not any(r.predicate.startswith("reduce") for r in reading.relations)


def test_aim_of_a_journey_to_come_is_to_come() -> None:
    reading = read("""
    Chile  Chile  PROPN NNP 3 nsubj GPE
    will   will   AUX   MD  3 aux   -
    travel travel VERB  VB  0 ROOT  -
    to     to     ADP   IN  3 prep  -
    Quito  Quito  PROPN NNP 4 pobj  GPE
    to     to     PART  TO  7 aux   -
    meet   meet   VERB  VB  3 advcl -
    Peru   Peru   PROPN NNP 7 dobj  GPE
    .      .      PUNCT .   3 punct -
    """)
    assert ("Chile", "meet with", "Peru") in facts(reading, "svo")
    assert _modalities(reading, "svo", "meet with") == {"will"}


def test_aim_of_a_journey_done_stays_unread() -> None:
    reading = read("""
    Chile    Chile  PROPN NNP 2 nsubj GPE
    traveled travel VERB  VBD 0 ROOT  -
    to       to     ADP   IN  2 prep  -
    Quito    Quito  PROPN NNP 3 pobj  GPE
    to       to     PART  TO  6 aux   -
    meet     meet   VERB  VB  2 advcl -
    Peru     Peru   PROPN NNP 6 dobj  GPE
    .        .      PUNCT .   2 punct -
    """)
    assert not any(r.predicate == "meet with" for r in reading.relations)


def test_aim_of_means_to_come_is_to_come() -> None:
    reading = read("""
    Chile Chile PROPN NNP 3 nsubj GPE
    will  will  AUX   MD  3 aux   -
    use   use   VERB  VB  0 ROOT  -
    the   the   DET   DT  5 det   -
    loan  loan  NOUN  NN  3 dobj  -
    to    to    PART  TO  7 aux   -
    buy   buy   VERB  VB  3 xcomp -
    arms  arm   NOUN  NNS 7 dobj  -
    from  from  ADP   IN  7 prep  -
    Peru  Peru  PROPN NNP 9 pobj  GPE
    .     .     PUNCT .   3 punct -
    """)
    bought = [r for r in reading.relations if r.predicate.startswith("buy")]
    assert bought and all(r.modality == "will" for r in bought)


def test_aim_of_a_lender_is_not_read_as_the_lenders() -> None:
    reading = read("""
    Chile   Chile   PROPN NNP 3 nsubj    GPE
    will    will    AUX   MD  3 aux      -
    lend    lend    VERB  VB  0 ROOT     -
    Peru    Peru    PROPN NNP 5 compound GPE
    money   money   NOUN  NN  3 dobj     -
    to      to      PART  TO  7 aux      -
    buy     buy     VERB  VB  3 advcl    -
    wheat   wheat   NOUN  NN  7 dobj     -
    from    from    ADP   IN  7 prep     -
    Ecuador Ecuador PROPN NNP 9 pobj     GPE
    .       .       PUNCT .   3 punct    -
    """)
    assert not any(r.predicate.startswith("buy") for r in reading.relations)


def test_talks_scheduled_for_a_day_that_opened_are_held() -> None:
    reading = read("""
    The       the      DET   DT  2  det   -
    talks     talk     NOUN  NNS 12 nsubj -
    between   between  ADP   IN  2  prep  -
    Chile     Chile    PROPN NNP 3  pobj  GPE
    and       and      CCONJ CC  4  cc    -
    Peru      Peru     PROPN NNP 4  conj  GPE
    ,         ,        PUNCT ,   2  punct -
    scheduled schedule VERB  VBN 2  acl   -
    for       for      ADP   IN  8  prep  -
    Friday    Friday   PROPN NNP 9  pobj  DATE
    ,         ,        PUNCT ,   2  punct -
    opened    open     VERB  VBN 0  ROOT  -
    in        in       ADP   IN  12 prep  -
    Lima      Lima     PROPN NNP 13 pobj  GPE
    .         .        PUNCT .   12 punct -
    """)
    talks = by_rule(reading, "event_noun")
    assert talks and all(r.modality is None for r in talks)


def test_event_dated_in_a_past_year_ahead_of_stays_done() -> None:
    reading = read("""
    Troops   troop    NOUN  NNS 2  nsubj  -
    massed   mass     VERB  VBD 0  ROOT   -
    ahead    ahead    ADV   RB  2  advmod -
    of       of       ADP   IN  3  prep   -
    the      the      DET   DT  7  det    -
    1990     1990     NUM   CD  7  nummod DATE
    invasion invasion NOUN  NN  4  pobj   -
    of       of       ADP   IN  7  prep   -
    Chile    Chile    PROPN NNP 8  pobj   GPE
    by       by       ADP   IN  7  prep   -
    Peru     Peru     PROPN NNP 10 pobj   GPE
    .        .        PUNCT .   2  punct  -
    """)
    assert ("Peru", "invade", "Chile") in facts(reading, "event_noun")
    assert _modalities(reading, "event_noun", "invade") == {None}


def test_deed_done_judged_crucial_stays_done() -> None:
    reading = read("""
    It       it       PRON  PRP 2 nsubj -
    was      be       AUX   VBD 0 ROOT  -
    crucial  crucial  ADJ   JJ  2 acomp -
    that     that     SCONJ IN  6 mark  -
    Chile    Chile    PROPN NNP 6 nsubj GPE
    withdrew withdraw VERB  VBD 2 ccomp -
    from     from     ADP   IN  6 prep  -
    Peru     Peru     PROPN NNP 7 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert _modalities(reading, "prep", "withdraw from") == {None}


def test_event_noun_the_next_day_counts_from_the_story() -> None:
    reading = read("""
    Chile Chile PROPN NNP 3 poss     GPE
    's    's    PART  POS 1 case     -
    talks talk  NOUN  NNS 9 nsubj    -
    with  with  ADP   IN  3 prep     -
    Peru  Peru  PROPN NNP 4 pobj     GPE
    the   the   DET   DT  8 det      DATE
    next  next  ADJ   JJ  8 amod     I-DATE
    day   day   NOUN  NN  3 npadvmod I-DATE
    ended end   VERB  VBD 0 ROOT     -
    badly badly ADV   RB  9 advmod   -
    .     .     PUNCT .   9 punct    -
    """)
    talks = by_rule(reading, "event_noun")
    assert talks and all(r.modality is None for r in talks)


def test_aim_of_a_denied_means_is_unread() -> None:
    reading = read("""
    Chile Chile PROPN NNP 4  nsubj GPE
    did   do    AUX   VBD 4  aux   -
    not   not   PART  RB  4  neg   -
    use   use   VERB  VB  0  ROOT  -
    the   the   DET   DT  6  det   -
    loan  loan  NOUN  NN  4  dobj  -
    to    to    PART  TO  8  aux   -
    buy   buy   VERB  VB  4  xcomp -
    arms  arm   NOUN  NNS 8  dobj  -
    from  from  ADP   IN  9  prep  -
    Peru  Peru  PROPN NNP 10 pobj  GPE
    .     .     PUNCT .   4  punct -
    """)
    assert not any(r.predicate.startswith("buy") for r in reading.relations)


def test_aim_of_a_possible_means_is_possible() -> None:
    reading = read("""
    Chile Chile PROPN NNP 3 nsubj GPE
    could could AUX   MD  3 aux   -
    use   use   VERB  VB  0 ROOT  -
    the   the   DET   DT  5 det   -
    loan  loan  NOUN  NN  3 dobj  -
    to    to    PART  TO  7 aux   -
    buy   buy   VERB  VB  3 xcomp -
    arms  arm   NOUN  NNS 7 dobj  -
    from  from  ADP   IN  7 prep  -
    Peru  Peru  PROPN NNP 9 pobj  GPE
    .     .     PUNCT .   3 punct -
    """)
    bought = [r for r in reading.relations if r.predicate.startswith("buy")]
    assert bought and all(r.modality == "could" for r in bought)
