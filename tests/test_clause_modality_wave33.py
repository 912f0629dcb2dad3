"""Hedged, conditional and scheduled acts (wave 33): an act the text only reports as believed ("is believed
to have sent"), foresees ("is likely to see X buy Y"), makes hang on a condition ("will sue if …"), schedules
by tense and time ("visits Peru next week", "steps down next month") or plans ("aims to join") keeps its
predicate with a modality, and is never stated as done. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.clauses.relations import Relation
from geokg.extract.pipeline import read_doc
from hand_docs import facts, parse, read, with_title_line


def _predicated(table: str, predicate: str) -> list[Relation]:
    found = [r for r in read(table).relations if r.predicate == predicate]
    assert found, f"no {predicate!r} read"
    return found


def _polarity(table: str, predicate: str) -> set[tuple[bool, str | None]]:
    return {(r.negated, r.modality) for r in _predicated(table, predicate)}


# "Chile is {not} believed to have sent troops to Peru."
BELIEVED = """
    Chile      Chile      PROPN NNP  4  nsubjpass GPE
    is         be         AUX   VBZ  4  auxpass   -
    not        not        PART  RB   4  neg       -
    believed   believe    VERB  VBN  0  ROOT      -
    to         to         PART  TO   7  aux       -
    have       have       AUX   VB   7  aux       -
    sent       send       VERB  VBN  4  xcomp     -
    troops     troop      NOUN  NNS  7  dobj      -
    to         to         ADP   IN   7  dative    -
    Peru       Peru       PROPN NNP  9  pobj      GPE
    .          .          PUNCT .    4  punct     -
"""


def _without_not(table: str) -> str:
    """The parse with its "not" (the third token) taken out and the heads renumbered."""
    rows = [line.split() for line in table.strip().splitlines()]
    del rows[2]
    for row in rows:
        head = int(row[4])
        row[4] = str(head - 1 if head > 3 else head)
    return "\n".join("    " + " ".join(row) for row in rows)


def test_what_is_believed_to_have_happened_is_a_possibility() -> None:
    assert _polarity(_without_not(BELIEVED), "send troop to") == {(False, "may")}


def test_what_is_not_believed_to_have_happened_keeps_its_not() -> None:
    assert _polarity(BELIEVED, "send troop to") == {(True, "may")}


def test_what_is_said_to_have_happened_is_reported() -> None:
    """ "Chile is said to have bribed Peru": the writer passes it on, as "reportedly" would."""
    table = """
    Chile      Chile      PROPN NNP  3  nsubjpass GPE
    is         be         AUX   VBZ  3  auxpass   -
    said       say        VERB  VBN  0  ROOT      -
    to         to         PART  TO   6  aux       -
    have       have       AUX   VB   6  aux       -
    bribed     bribe      VERB  VBN  3  xcomp     -
    Peru       Peru       PROPN NNP  6  dobj      GPE
    .          .          PUNCT .    3  punct     -
    """
    assert _polarity(table, "bribe") == {(False, "reportedly")}


def test_an_act_seen_under_a_likelihood_is_a_possibility() -> None:
    """ "The deal is likely to see Chile buy jets from Peru": no purchase yet."""
    table = """
    The        the        DET   DT   2  det       -
    deal       deal       NOUN  NN   3  nsubj     -
    is         be         AUX   VBZ  0  ROOT      -
    likely     likely     ADJ   JJ   3  acomp     -
    to         to         PART  TO   6  aux       -
    see        see        VERB  VB   4  xcomp     -
    Chile      Chile      PROPN NNP  8  nsubj     GPE
    buy        buy        VERB  VB   6  ccomp     -
    jets       jet        NOUN  NNS  8  dobj      -
    from       from       ADP   IN   8  prep      -
    Peru       Peru       PROPN NNP  10 pobj      GPE
    .          .          PUNCT .    3  punct     -
    """
    assert _polarity(table, "buy jet from") == {(False, "may")}


def test_a_promise_under_a_condition_is_a_possibility() -> None:
    """ "Chile will sue Peru if the border closes"."""
    table = """
    Chile      Chile      PROPN NNP  3  nsubj     GPE
    will       will       AUX   MD   3  aux       -
    sue        sue        VERB  VB   0  ROOT      -
    Peru       Peru       PROPN NNP  3  dobj      GPE
    if         if         SCONJ IN   8  mark      -
    the        the        DET   DT   7  det       -
    border     border     NOUN  NN   8  nsubj     -
    closes     close      VERB  VBZ  3  advcl     -
    .          .          PUNCT .    3  punct     -
    """
    assert _polarity(table, "sue") == {(False, "may")}


def test_even_if_makes_no_condition_of_a_deed() -> None:
    """ "Chile signed a treaty with Peru even if Bolivia objected": the signing holds."""
    table = """
    Chile      Chile      PROPN NNP  2  nsubj     GPE
    signed     sign       VERB  VBD  0  ROOT      -
    a          a          DET   DT   4  det       -
    treaty     treaty     NOUN  NN   2  dobj      -
    with       with       ADP   IN   4  prep      -
    Peru       Peru       PROPN NNP  5  pobj      GPE
    even       even       ADV   RB   10 advmod    -
    if         if         SCONJ IN   10 mark      -
    Bolivia    Bolivia    PROPN NNP  10 nsubj     GPE
    objected   object     VERB  VBD  2  advcl     -
    .          .          PUNCT .    2  punct     -
    """
    assert _polarity(table, "sign treaty with") == {(False, None)}


# "{If approved,} the deal will let Chile buy jets from Peru."
LET = """
    If         if         SCONJ IN   2  mark      -
    approved   approve    VERB  VBN  7  advcl     -
    ,          ,          PUNCT ,    7  punct     -
    the        the        DET   DT   5  det       -
    deal       deal       NOUN  NN   7  nsubj     -
    will       will       AUX   MD   7  aux       -
    let        let        VERB  VB   0  ROOT      -
    Chile      Chile      PROPN NNP  9  nsubj     GPE
    buy        buy        VERB  VB   7  ccomp     -
    jets       jet        NOUN  NNS  9  dobj      -
    from       from       ADP   IN   9  prep      -
    Peru       Peru       PROPN NNP  11 pobj      GPE
    .          .          PUNCT .    7  punct     -
"""


def test_what_a_deal_will_let_another_do_is_to_come() -> None:
    rows = LET.strip().splitlines()[3:]  # "the deal will let …", without the condition
    table = "\n".join(
        " ".join(
            str(int(field) - 3) if n == 4 and field != "0" else field for n, field in enumerate(row.split())
        )
        for row in rows
    )
    assert _polarity(table, "buy jet from") == {(False, "will")}


def test_what_a_deal_will_let_another_do_if_approved_is_a_possibility() -> None:
    assert _polarity(LET, "buy jet from") == {(False, "may")}


# "Marta Ruiz visits Peru {next week | every year}."
VISITS = """
    Marta      Marta      PROPN NNP  2  compound  PERSON
    Ruiz       Ruiz       PROPN NNP  3  nsubj     I-PERSON
    visits     visit      VERB  VBZ  0  ROOT      -
    Peru       Peru       PROPN NNP  3  dobj      GPE
    {when}     {when}     {pos} {tag} 6  {dep}     DATE
    {unit}     {unit}     NOUN  NN   3  npadvmod  I-DATE
    .          .          PUNCT .    3  punct     -
"""


def test_a_present_tense_with_a_time_to_come_is_scheduled() -> None:
    table = VISITS.format(when="next", pos="ADJ", tag="JJ", dep="amod", unit="week")
    assert _polarity(table, "visit") == {(False, "will")}


def test_a_present_tense_of_habit_is_no_schedule() -> None:
    table = VISITS.format(when="every", pos="DET", tag="DT", dep="det", unit="year")
    assert _polarity(table, "visit") == {(False, None)}


# "Marta Ruiz steps down as chairman of Acme {next month}."
STEPS_DOWN = """
    Marta      Marta      PROPN NNP  2  compound  PERSON
    Ruiz       Ruiz       PROPN NNP  3  nsubj     I-PERSON
    steps      step       VERB  VBZ  0  ROOT      -
    down       down       ADP   RP   3  prt       -
    as         as         ADP   IN   3  prep      -
    chairman   chairman   NOUN  NN   5  pobj      -
    of         of         ADP   IN   6  prep      -
    Acme       Acme       PROPN NNP  7  pobj      ORG
"""


def test_one_who_steps_down_next_month_still_holds_the_office() -> None:
    later = """
    next       next       ADJ   JJ   10 amod      DATE
    month      month      NOUN  NN   3  npadvmod  I-DATE
    .          .          PUNCT .    3  punct     -
    """
    reading = read_doc(parse(STEPS_DOWN + later), scope="hand-built", day=None)
    assert facts(reading, "title") == {("Marta Ruiz", "chairperson of", "Acme")}


def test_one_who_steps_down_has_left_the_office() -> None:
    """The headline's present of a deed done: the office is over."""
    reading = read_doc(parse(STEPS_DOWN + "    .  .  PUNCT .  3  punct  -\n"), scope="hand-built", day=None)
    assert facts(reading, "title") == {("Marta Ruiz", "former chairperson of", "Acme")}


def test_an_aim_is_still_to_come() -> None:
    """ "Chile aims to join Mercosur": the chain stays in the predicate, the joining is to come."""
    table = """
    Chile      Chile      PROPN NNP  2  nsubj     GPE
    aims       aim        VERB  VBZ  0  ROOT      -
    to         to         PART  TO   4  aux       -
    join       join       VERB  VB   2  xcomp     -
    Mercosur   Mercosur   PROPN NNP  4  dobj      ORG
    .          .          PUNCT .    2  punct     -
    """
    assert _polarity(table, "aim to join") == {(False, "will")}


def test_a_habit_dated_in_a_month_is_no_schedule() -> None:
    """ "Chile hosts Peru every year in July": the parser leaves "every year" out of the dates; the habit
    still makes "in July" no time to come."""
    table = """
    Chile      Chile      PROPN NNP  2  nsubj     GPE
    hosts      host       VERB  VBZ  0  ROOT      -
    Peru       Peru       PROPN NNP  2  dobj      GPE
    every      every      DET   DT   5  det       -
    year       year       NOUN  NN   2  npadvmod  -
    in         in         ADP   IN   2  prep      -
    July       July       PROPN NNP  6  pobj      DATE
    .          .          PUNCT .    2  punct     -
    """
    assert _polarity(table, "host") == {(False, None)}


def test_what_is_unlikely_is_a_possibility_denied() -> None:
    """ "Chile is unlikely to recognise Kosovo": Chile may not recognise it, and the triple is kept."""
    table = """
    Chile      Chile      PROPN NNP  2  nsubj     GPE
    is         be         AUX   VBZ  0  ROOT      -
    unlikely   unlikely   ADJ   JJ   2  acomp     -
    to         to         PART  TO   5  aux       -
    recognise  recognise  VERB  VB   3  xcomp     -
    Kosovo     Kosovo     PROPN NNP  5  dobj      GPE
    .          .          PUNCT .    2  punct     -
    """
    assert _polarity(table, "recognise") == {(True, "may")}


def test_what_one_is_looking_to_do_is_not_done() -> None:
    """ "Chile is looking to buy jets from Peru": "look" is no chain verb, but the buying is only sought."""
    table = """
    Chile      Chile      PROPN NNP  3  nsubj     GPE
    is         be         AUX   VBZ  3  aux       -
    looking    look       VERB  VBG  0  ROOT      -
    to         to         PART  TO   5  aux       -
    buy        buy        VERB  VB   3  xcomp     -
    jets       jet        NOUN  NNS  5  dobj      -
    from       from       ADP   IN   5  prep      -
    Peru       Peru       PROPN NNP  7  pobj      GPE
    .          .          PUNCT .    3  punct     -
    """
    assert _polarity(table, "buy jet from") == {(False, "may")}


def _event_polarity(table: str) -> set[tuple[bool, str | None]]:
    found = [r for r in read(table).relations if r.rule.name == "event_noun"]
    assert found, "no event noun read"
    return {(r.negated, r.modality) for r in found}


def test_an_event_expected_next_week_is_still_to_come() -> None:
    """ "Talks between Chile and Peru are expected next week": no talks yet."""
    table = """
    Talks      talk       NOUN  NNS  7  nsubjpass -
    between    between    ADP   IN   1  prep      -
    Chile      Chile      PROPN NNP  2  pobj      GPE
    and        and        CCONJ CC   3  cc        -
    Peru       Peru       PROPN NNP  3  conj      GPE
    are        be         AUX   VBP  7  auxpass   -
    expected   expect     VERB  VBN  0  ROOT      -
    next       next       ADJ   JJ   9  amod      DATE
    week       week       NOUN  NN   7  npadvmod  I-DATE
    .          .          PUNCT .    7  punct     -
    """
    assert _event_polarity(table) == {(False, "will")}


# "A meeting between Chile and Peru {did not | will} take place."
TAKES_PLACE = """
    A          a          DET   DT   2  det       -
    meeting    meeting    NOUN  NN   9  nsubj     -
    between    between    ADP   IN   2  prep      -
    Chile      Chile      PROPN NNP  3  pobj      GPE
    and        and        CCONJ CC   4  cc        -
    Peru       Peru       PROPN NNP  4  conj      GPE
    {aux}
    {neg}
    take       take       VERB  VB   0  ROOT      -
    place      place      NOUN  NN   9  dobj      -
    .          .          PUNCT .    9  punct     -
"""


def test_an_event_that_did_not_take_place_is_denied() -> None:
    table = TAKES_PLACE.format(aux="did  do  AUX  VBD  9  aux  -", neg="not  not  PART  RB  9  neg  -")
    assert _event_polarity(table) == {(True, None)}


def test_an_event_that_will_take_place_is_still_to_come() -> None:
    table = TAKES_PLACE.format(aux="will  will  AUX  MD  9  aux  -", neg="soon  soon  ADV  RB  9  advmod  -")
    assert _event_polarity(table) == {(False, "will")}


# "Peru {condemned | feared} the {suspected | sudden} attack by Chile on Bolivia."
ATTACK = """
    Peru       Peru       PROPN NNP  2  nsubj     GPE
    {verb}     {lemma}    VERB  VBD  0  ROOT      -
    {det}      {det}      DET   DT   5  det       -
    {amod}
    attack     attack     NOUN  NN   2  dobj      -
    by         by         ADP   IN   5  prep      -
    Chile      Chile      PROPN NNP  6  pobj      GPE
    on         on         ADP   IN   5  prep      -
    Bolivia    Bolivia    PROPN NNP  8  pobj      GPE
    .          .          PUNCT .    2  punct     -
"""


def test_a_suspected_attack_is_in_doubt() -> None:
    table = ATTACK.format(
        verb="condemned", lemma="condemn", det="the", amod="suspected  suspect  VERB  VBN  5  amod  -"
    )
    assert _event_polarity(table) == {(False, "may")}


def test_a_feared_attack_is_not_done() -> None:
    """ "Peru feared the sudden attack by Chile on Bolivia": Peru fears it; no attack is told."""
    table = ATTACK.format(verb="feared", lemma="fear", det="the", amod="sudden  sudden  ADJ  JJ  5  amod  -")
    assert _event_polarity(table) == {(False, "may")}


def test_a_condemned_attack_is_done() -> None:
    table = ATTACK.format(
        verb="condemned", lemma="condemn", det="the", amod="sudden  sudden  ADJ  JJ  5  amod  -"
    )
    assert _event_polarity(table) == {(False, None)}


def test_a_condition_by_inversion_is_a_condition() -> None:
    """ "Should the talks fail, Chile will sue Peru": no "if", but a condition all the same."""
    table = """
    Should     should     AUX   MD   4  aux       -
    the        the        DET   DT   3  det       -
    talks      talk       NOUN  NNS  4  nsubj     -
    fail       fail       VERB  VB   8  advcl     -
    ,          ,          PUNCT ,    8  punct     -
    Chile      Chile      PROPN NNP  8  nsubj     GPE
    will       will       AUX   MD   8  aux       -
    sue        sue        VERB  VB   0  ROOT      -
    Peru       Peru       PROPN NNP  8  dobj      GPE
    .          .          PUNCT .    8  punct     -
    """
    assert _polarity(table, "sue") == {(False, "may")}


def test_an_incoming_president_does_not_hold_the_office_yet() -> None:
    """ "The incoming president of Chile, Maria Lopez, spoke": the title keeps "incoming" as "outgoing" is
    kept, so that no reader takes it for an office held."""
    table = """
    The        the        DET   DT   3  det       -
    incoming   incoming   ADJ   JJ   3  amod      -
    president  president  NOUN  NN   10 nsubj     -
    of         of         ADP   IN   3  prep      -
    Chile      Chile      PROPN NNP  4  pobj      GPE
    ,          ,          PUNCT ,    5  punct     -
    Maria      Maria      PROPN NNP  8  compound  PERSON
    Lopez      Lopez      PROPN NNP  3  appos     I-PERSON
    ,          ,          PUNCT ,    3  punct     -
    spoke      speak      VERB  VBD  0  ROOT      -
    .          .          PUNCT .    10 punct     -
    """
    reading = read_doc(parse(table), scope="hand-built", day=None)
    assert facts(reading, "title") == {("Maria Lopez", "incoming president of", "Chile")}


def test_a_present_tense_dated_to_a_full_day_is_a_caption_of_a_deed() -> None:
    """ "Marta Ruiz visits Peru on October 14, 2020": a photo caption's present, not a schedule."""
    caption = """
    Marta      Marta      PROPN NNP  2  compound  PERSON
    Ruiz       Ruiz       PROPN NNP  3  nsubj     I-PERSON
    visits     visit      VERB  VBZ  0  ROOT      -
    Peru       Peru       PROPN NNP  3  dobj      GPE
    on         on         ADP   IN   3  prep      -
    October    October    PROPN NNP  5  pobj      DATE
    14         14         NUM   CD   6  nummod    I-DATE
    ,          ,          PUNCT ,    6  punct     I-DATE
    2020       2020       NUM   CD   6  nummod    I-DATE
    .          .          PUNCT .    3  punct     -
    """
    assert _polarity(caption, "visit") == {(False, None)}


def test_a_present_tense_dated_to_a_month_of_a_year_is_scheduled() -> None:
    """ "Marta Ruiz visits Peru in March 2030"."""
    table = """
    Marta      Marta      PROPN NNP  2  compound  PERSON
    Ruiz       Ruiz       PROPN NNP  3  nsubj     I-PERSON
    visits     visit      VERB  VBZ  0  ROOT      -
    Peru       Peru       PROPN NNP  3  dobj      GPE
    in         in         ADP   IN   3  prep      -
    March      March      PROPN NNP  5  pobj      DATE
    2030       2030       NUM   CD   6  nummod    I-DATE
    .          .          PUNCT .    3  punct     -
    """
    assert _polarity(table, "visit") == {(False, "will")}


def test_a_condition_on_one_clause_leaves_the_next_clause_alone() -> None:
    """ "Peru will sue Chile if the deal fails, and Bolivia will recognise Kosovo": only the suing hangs on
    the deal."""
    table = """
    Peru       Peru       PROPN NNP  3  nsubj     GPE
    will       will       AUX   MD   3  aux       -
    sue        sue        VERB  VB   0  ROOT      -
    Chile      Chile      PROPN NNP  3  dobj      GPE
    if         if         SCONJ IN   8  mark      -
    the        the        DET   DT   7  det       -
    deal       deal       NOUN  NN   8  nsubj     -
    fails      fail       VERB  VBZ  3  advcl     -
    ,          ,          PUNCT ,    3  punct     -
    and        and        CCONJ CC   3  cc        -
    Bolivia    Bolivia    PROPN NNP  13 nsubj     GPE
    will       will       AUX   MD   13 aux       -
    recognise  recognise  VERB  VB   3  conj      -
    Kosovo     Kosovo     PROPN NNP  13 dobj      GPE
    .          .          PUNCT .    13 punct     -
    """
    assert _polarity(table, "sue") == {(False, "may")}
    assert _polarity(table, "recognise") == {(False, "will")}


def test_a_headline_present_dated_to_a_month_tells_of_a_deed() -> None:
    """ "Marta Ruiz visits Peru in March" as a title line: the headline's present of what was done."""
    table = """
    Marta      Marta      PROPN NNP  2  compound  PERSON
    Ruiz       Ruiz       PROPN NNP  3  nsubj     I-PERSON
    visits     visit      VERB  VBZ  0  ROOT      -
    Peru       Peru       PROPN NNP  3  dobj      GPE
    in         in         ADP   IN   3  prep      -
    March      March      PROPN NNP  5  pobj      DATE
    ¶          ¶          SPACE _SP  3  dep       -
    Ruiz       Ruiz       PROPN NNP  9  nsubj     PERSON
    spoke      speak      VERB  VBD  0  ROOT      -
    .          .          PUNCT .    9  punct     -
    """
    reading = read_doc(with_title_line(table), scope="hand-built")
    visits = [r for r in reading.relations if r.predicate == "visit"]
    assert visits and {(r.negated, r.modality) for r in visits} == {(False, None)}


def test_a_condition_on_one_clause_makes_no_threat_of_the_next() -> None:
    """ "Peru will sue Chile if the deal fails, and Bolivia will attack Chile": Bolivia's attack is no
    conditional threat of Peru's clause."""
    table = """
    Peru       Peru       PROPN NNP  3  nsubj     GPE
    will       will       AUX   MD   3  aux       -
    sue        sue        VERB  VB   0  ROOT      -
    Chile      Chile      PROPN NNP  3  dobj      GPE
    if         if         SCONJ IN   8  mark      -
    the        the        DET   DT   7  det       -
    deal       deal       NOUN  NN   8  nsubj     -
    fails      fail       VERB  VBZ  3  advcl     -
    ,          ,          PUNCT ,    3  punct     -
    and        and        CCONJ CC   3  cc        -
    Bolivia    Bolivia    PROPN NNP  13 nsubj     GPE
    will       will       AUX   MD   13 aux       -
    attack     attack     VERB  VB   3  conj      -
    Chile      Chile      PROPN NNP  13 dobj      GPE
    .          .          PUNCT .    13 punct     -
    """
    assert _polarity(table, "attack") == {(False, "will")}


# "Chile is {not} expected to recognise Kosovo."
EXPECTED = """
    Chile      Chile      PROPN NNP  4  nsubjpass GPE
    is         be         AUX   VBZ  4  auxpass   -
    not        not        PART  RB   4  neg       -
    expected   expect     VERB  VBN  0  ROOT      -
    to         to         PART  TO   6  aux       -
    recognise  recognise  VERB  VB   4  xcomp     -
    Kosovo     Kosovo     PROPN NNP  6  dobj      GPE
    .          .          PUNCT .    4  punct     -
"""


def test_what_is_not_expected_may_not_happen() -> None:
    """ "Chile is not expected to recognise Kosovo": no recognition is expected, which is not to say it will
    not come: negated, "may"."""
    assert _polarity(EXPECTED, "recognise") == {(True, "may")}


def test_what_is_expected_will_happen() -> None:
    assert _polarity(_without_not(EXPECTED), "recognise") == {(False, "will")}
