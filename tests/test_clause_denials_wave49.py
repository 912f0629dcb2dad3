"""Denials written with "no" and with a denied requirement (wave 49 B): "there will be no wave of
investment in X" and "there was no sign of an attack on Y" deny the event (with the existential clause's
modal); "the treaty does not require X to withdraw" says nothing of a withdrawal, nor wishes one. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _polarity(table: str, predicate: str) -> set[tuple[bool, str | None]]:
    return {(r.negated, r.modality) for r in read(table).relations if r.predicate == predicate}


# "Officials said there will be no wave of Chilean investment in Peru."
NO_WAVE_OF_INVESTMENT = """
    Officials  official    NOUN  NNS  2  nsubj  -
    said       say         VERB  VBD  0  ROOT   -
    there      there       PRON  EX   5  expl   -
    will       will        AUX   MD   5  aux    -
    be         be          AUX   VB   2  ccomp  -
    no         no          DET   DT   7  det    -
    wave       wave        NOUN  NN   5  attr   -
    of         of          ADP   IN   7  prep   -
    Chilean    chilean     ADJ   JJ   10 amod   NORP
    investment investment  NOUN  NN   8  pobj   -
    in         in          ADP   IN   10 prep   -
    Peru       Peru        PROPN NNP  11 pobj   GPE
    .          .           PUNCT .    2  punct  -
"""


def test_no_wave_of_an_event_denies_it_with_the_clauses_modal() -> None:
    assert _polarity(NO_WAVE_OF_INVESTMENT, "investment in") == {(True, "will")}


def test_a_wave_of_an_event_told_to_come_is_not_denied() -> None:
    """ "Officials said there will be a wave of Chilean investment in Peru.": to come, not denied."""
    table = NO_WAVE_OF_INVESTMENT.replace("no         no    ", "a          a     ")
    assert _polarity(table, "investment in") == {(False, "will")}


def test_no_sign_of_an_event_denies_it() -> None:
    """ "There was no sign of a Peruvian attack on Chile." """
    table = """
    There     there     PRON  EX   2  expl   -
    was       be        VERB  VBD  0  ROOT   -
    no        no        DET   DT   4  det    -
    sign      sign      NOUN  NN   2  attr   -
    of        of        ADP   IN   4  prep   -
    a         a         DET   DT   8  det    -
    Peruvian  peruvian  ADJ   JJ   8  amod   NORP
    attack    attack    NOUN  NN   5  pobj   -
    on        on        ADP   IN   8  prep   -
    Chile     Chile     PROPN NNP  9  pobj   GPE
    .         .         PUNCT .    2  punct  -
    """
    assert _polarity(table, "attack") == {(True, None)}


def test_an_event_there_could_be_keeps_the_modal() -> None:
    """ "There could be a Chilean attack on Peru.": possible, not done."""
    table = """
    There     there     PRON  EX   3  expl   -
    could     could     AUX   MD   3  aux    -
    be        be        AUX   VB   0  ROOT   -
    a         a         DET   DT   6  det    -
    Chilean   chilean   ADJ   JJ   6  amod   NORP
    attack    attack    NOUN  NN   3  attr   -
    on        on        ADP   IN   6  prep   -
    Peru      Peru      PROPN NNP  7  pobj   GPE
    .         .         PUNCT .    3  punct  -
    """
    assert _polarity(table, "attack") == {(False, "could")}


# "The treaty requires Peru to withdraw its troops from Chile."
REQUIRED_WITHDRAWAL = """
    The       the       DET   DT   2  det    -
    treaty    treaty    NOUN  NN   3  nsubj  -
    requires  require   VERB  VBZ  0  ROOT   -
    Peru      Peru      PROPN NNP  3  dobj   GPE
    to        to        PART  TO   6  aux    -
    withdraw  withdraw  VERB  VB   3  xcomp  -
    its       its       PRON  PRP$ 8  poss   -
    troops    troop     NOUN  NNS  6  dobj   -
    from      from      ADP   IN   6  prep   -
    Chile     Chile     PROPN NNP  9  pobj   GPE
    .         .         PUNCT .    3  punct  -
"""


def test_a_requirement_obliges_the_deed() -> None:
    assert _polarity(REQUIRED_WITHDRAWAL, "withdraw from") == {(False, "must")}


def test_a_requirement_denied_gives_no_deed() -> None:
    """ "The treaty does not require Peru to withdraw its troops from Chile.": no withdrawal, done, owed or
    wished."""
    table = """
    The       the       DET   DT   2  det    -
    treaty    treaty    NOUN  NN   5  nsubj  -
    does      do        AUX   VBZ  5  aux    -
    not       not       PART  RB   5  neg    -
    require   require   VERB  VB   0  ROOT   -
    Peru      Peru      PROPN NNP  5  dobj   GPE
    to        to        PART  TO   8  aux    -
    withdraw  withdraw  VERB  VB   5  xcomp  -
    its       its       PRON  PRP$ 10 poss   -
    troops    troop     NOUN  NNS  8  dobj   -
    from      from      ADP   IN   8  prep   -
    Chile     Chile     PROPN NNP  11 pobj   GPE
    .         .         PUNCT .    5  punct  -
    """
    relations = read(table).relations
    assert not [r for r in relations if r.predicate.startswith("withdraw")]


def test_a_request_not_made_gives_no_wish() -> None:
    """ "Chile did not ask Peru to expel the envoy of Bolivia.": no expulsion wished."""
    table = """
    Chile     Chile     PROPN NNP  4  nsubj  GPE
    did       do        AUX   VBD  4  aux    -
    not       not       PART  RB   4  neg    -
    ask       ask       VERB  VB   0  ROOT   -
    Peru      Peru      PROPN NNP  4  dobj   GPE
    to        to        PART  TO   7  aux    -
    expel     expel     VERB  VB   4  xcomp  -
    the       the       DET   DT   9  det    -
    envoy     envoy     NOUN  NN   7  dobj   -
    of        of        ADP   IN   9  prep   -
    Bolivia   Bolivia   PROPN NNP  10 pobj   GPE
    .         .         PUNCT .    4  punct  -
    """
    assert not [r for r in read(table).relations if r.predicate.startswith("expel")]


# "The ministry denied reports of a Peruvian attack on Chile."
DENIED_REPORTS = """
    The       the       DET   DT   2  det    -
    ministry  ministry  NOUN  NN   3  nsubj  -
    denied    deny      VERB  VBD  0  ROOT   -
    reports   report    NOUN  NNS  3  dobj   -
    of        of        ADP   IN   4  prep   -
    a         a         DET   DT   8  det    -
    Peruvian  peruvian  ADJ   JJ   8  amod   NORP
    attack    attack    NOUN  NN   5  pobj   -
    on        on        ADP   IN   8  prep   -
    Chile     Chile     PROPN NNP  9  pobj   GPE
    .         .         PUNCT .    3  punct  -
"""


def test_reports_of_an_event_denied_deny_it() -> None:
    assert _polarity(DENIED_REPORTS, "attack") == {(True, None)}


def test_reports_of_an_event_not_confirmed_give_no_fact() -> None:
    """ "A spokesman could not confirm reports of a Peruvian attack on Chile.": nothing said of it."""
    table = """
    A         a         DET   DT   2  det    -
    spokesman spokesman NOUN  NN   5  nsubj  -
    could     could     AUX   MD   5  aux    -
    not       not       PART  RB   5  neg    -
    confirm   confirm   VERB  VB   0  ROOT   -
    reports   report    NOUN  NNS  5  dobj   -
    of        of        ADP   IN   6  prep   -
    a         a         DET   DT   10 det    -
    Peruvian  peruvian  ADJ   JJ   10 amod   NORP
    attack    attack    NOUN  NN   7  pobj   -
    on        on        ADP   IN   10 prep   -
    Chile     Chile     PROPN NNP  11 pobj   GPE
    .         .         PUNCT .    5  punct  -
    """
    assert _polarity(table, "attack") == set()


def test_reports_of_an_event_not_commented_on_give_no_fact() -> None:
    """ "A spokesman would not comment on reports of a Peruvian attack on Chile." """
    table = """
    A         a         DET   DT   2  det    -
    spokesman spokesman NOUN  NN   5  nsubj  -
    would     would     AUX   MD   5  aux    -
    not       not       PART  RB   5  neg    -
    comment   comment   VERB  VB   0  ROOT   -
    on        on        ADP   IN   5  prep   -
    reports   report    NOUN  NNS  6  pobj   -
    of        of        ADP   IN   7  prep   -
    a         a         DET   DT   11 det    -
    Peruvian  peruvian  ADJ   JJ   11 amod   NORP
    attack    attack    NOUN  NN   8  pobj   -
    on        on        ADP   IN   11 prep   -
    Chile     Chile     PROPN NNP  12 pobj   GPE
    .         .         PUNCT .    5  punct  -
    """
    assert _polarity(table, "attack") == set()


def test_reports_of_an_event_confirmed_keep_it() -> None:
    """ "The ministry confirmed reports of a Peruvian attack on Chile.": the event stands (as before)."""
    table = DENIED_REPORTS.replace("denied    deny ", "confirmed confirm")
    assert _polarity(table, "attack") == {(False, None)}


# "Chile demanded that Peru withdraw its troops from Bolivia."
DEMANDED_WITHDRAWAL = """
    Chile     Chile     PROPN NNP  2  nsubj  GPE
    demanded  demand    VERB  VBD  0  ROOT   -
    that      that      SCONJ IN   5  mark   -
    Peru      Peru      PROPN NNP  5  nsubj  GPE
    withdraw  withdraw  VERB  VB   2  ccomp  -
    its       its       PRON  PRP$ 7  poss   -
    troops    troop     NOUN  NNS  5  dobj   -
    from      from      ADP   IN   5  prep   -
    Bolivia   Bolivia   PROPN NNP  8  pobj   GPE
    .         .         PUNCT .    2  punct  -
"""


def test_a_deed_demanded_in_the_subjunctive_is_wished_not_done() -> None:
    assert _polarity(DEMANDED_WITHDRAWAL, "withdraw troop from") == {(False, "should")}


def test_a_deed_not_demanded_in_the_subjunctive_gives_no_fact() -> None:
    """ "Chile did not demand that Peru withdraw its troops from Bolivia." """
    table = """
    Chile     Chile     PROPN NNP  4  nsubj  GPE
    did       do        AUX   VBD  4  aux    -
    not       not       PART  RB   4  neg    -
    demand    demand    VERB  VB   0  ROOT   -
    that      that      SCONJ IN   7  mark   -
    Peru      Peru      PROPN NNP  7  nsubj  GPE
    withdraw  withdraw  VERB  VB   4  ccomp  -
    its       its       PRON  PRP$ 9  poss   -
    troops    troop     NOUN  NNS  7  dobj   -
    from      from      ADP   IN   7  prep   -
    Bolivia   Bolivia   PROPN NNP  10 pobj   GPE
    .         .         PUNCT .    4  punct  -
    """
    assert not [r for r in read(table).relations if r.predicate.startswith("withdraw")]
