"""Conditions, deadlines and goals are not deeds done (wave 54): a clause of time under an act to come
("would lift the tariffs once Peru opened its market", "will drop the duties as soon as Chile begins
honouring the pact") is no deed of its own either: since wave 101 G it is the act's condition, read as an
"if" clause is (no edge). Each test states its parse by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from geokg.extract.clauses.relations import Relation
from hand_docs import facts_with_roots, read


def _predicated(table: str, predicate: str) -> list[Relation]:
    found = [r for r in read(table).relations if r.predicate == predicate]
    assert found, f"no {predicate!r} read"
    return found


def _read_as(table: str, predicate: str) -> list[Relation]:
    return [r for r in read(table).relations if r.predicate == predicate]


def _modalities(table: str, predicate: str) -> set[str | None]:
    return {r.modality for r in _predicated(table, predicate)}


# "Bolivia would lift the tariffs once Peru opened its market to Chile."
ONCE_OPENED = """
    Bolivia    Bolivia    PROPN NNP  3  nsubj  GPE
    would      would      AUX   MD   3  aux    -
    lift       lift       VERB  VB   0  ROOT   -
    the        the        DET   DT   5  det    -
    tariffs    tariff     NOUN  NNS  3  dobj   -
    once       once       SCONJ IN   8  mark   -
    Peru       Peru       PROPN NNP  8  nsubj  GPE
    opened     open       VERB  VBD  3  advcl  -
    its        its        PRON  PRP$ 10 poss   -
    market     market     NOUN  NN   8  dobj   -
    to         to         ADP   IN   8  prep   -
    Chile      Chile      PROPN NNP  11 pobj   GPE
    .          .          PUNCT .    3  punct  -
"""


def test_a_past_clause_of_time_under_would_is_the_time_to_come() -> None:
    """ "would lift the tariffs once Peru opened its market": the opening is the time to come, not done: the
    lifting's condition, no claim that it will happen, read as an "if" clause is (no edge; wave 101 G)."""
    assert not _read_as(ONCE_OPENED, "open market to")


def test_a_past_clause_of_time_under_a_deed_done_is_done() -> None:
    """ "Bolivia lifted the tariffs once Peru opened its market to Chile": both took place."""
    then = "then       then       ADV   RB   3  advmod"
    table = ONCE_OPENED.replace("would      would      AUX   MD   3  aux ", then)
    table = table.replace("lift       lift       VERB  VB ", "lifted     lift       VERB  VBD")
    assert _modalities(table, "open market to") == {None}


def test_a_present_begun_as_soon_as_is_to_come() -> None:
    """ "Bolivia will drop the duties as soon as Peru begins honouring the pact with Chile" (the parser hangs
    the clause on "soon"): the honouring is to come."""
    table = """
    Bolivia    Bolivia    PROPN NNP  3  nsubj  GPE
    will       will       AUX   MD   3  aux    -
    drop       drop       VERB  VB   0  ROOT   -
    the        the        DET   DT   5  det    -
    duties     duty       NOUN  NNS  3  dobj   -
    as         as         ADV   RB   7  advmod -
    soon       soon       ADV   RB   3  advmod -
    as         as         SCONJ IN   10 mark   -
    Peru       Peru       PROPN NNP  10 nsubj  GPE
    begins     begin      VERB  VBZ  7  advcl  -
    honouring  honour     VERB  VBG  10 xcomp  -
    the        the        DET   DT   13 det    -
    pact       pact       NOUN  NN   11 dobj   -
    with       with       ADP   IN   11 prep   -
    Chile      Chile      PROPN NNP  14 pobj   GPE
    .          .          PUNCT .    3  punct  -
    """
    assert not _read_as(table, "begin honour pact with")  # a condition, as "if" is (wave 101 G)


def test_a_present_the_parser_makes_an_auxiliary_is_to_come() -> None:
    """ "Bolivia will drop the duties as soon as Peru begins meeting Chile" ("begins" parsed as the
    gerund's auxiliary, the subordinator hung on it)."""
    table = """
    Bolivia    Bolivia    PROPN NNP  3  nsubj  GPE
    will       will       AUX   MD   3  aux    -
    drop       drop       VERB  VB   0  ROOT   -
    the        the        DET   DT   5  det    -
    duties     duty       NOUN  NNS  3  dobj   -
    as         as         ADV   RB   7  advmod -
    soon       soon       ADV   RB   3  advmod -
    as         as         SCONJ IN   10 mark   -
    Peru       Peru       PROPN NNP  10 nsubj  GPE
    begins     begin      AUX   VBZ  11 aux    -
    meeting    meet       VERB  VBG  3  advcl  -
    Chile      Chile      PROPN NNP  11 dobj   GPE
    .          .          PUNCT .    3  punct  -
    """
    assert not _read_as(table, "meet with")  # a condition, as "if" is (wave 101 G)


# "Chile gave Peru six weeks to withdraw its troops."
SIX_WEEKS = """
    Chile      Chile      PROPN NNP  2  nsubj  GPE
    gave       give       VERB  VBD  0  ROOT   -
    Peru       Peru       PROPN NNP  2  dative GPE
    six        six        NUM   CD   5  nummod DATE
    weeks      week       NOUN  NNS  2  dobj   I-DATE
    to         to         PART  TO   7  aux    -
    withdraw   withdraw   VERB  VB   2  xcomp  -
    its        its        PRON  PRP$ 9  poss   -
    troops     troop      NOUN  NNS  7  dobj   -
    .          .          PUNCT .    2  punct  -
"""


def test_a_time_given_to_do_something_is_an_ultimatum() -> None:
    """ "gave Peru six weeks to withdraw": a deadline set, a threat to Peru, not aid."""
    assert ("Chile", "give", "Peru", "13") in facts_with_roots(SIX_WEEKS)


def test_a_time_given_until_a_day_is_an_ultimatum() -> None:
    """ "Chile gave Peru until May to withdraw its troops." """
    table = """
    Chile      Chile      PROPN NNP  2  nsubj  GPE
    gave       give       VERB  VBD  0  ROOT   -
    Peru       Peru       PROPN NNP  2  dative GPE
    until      until      ADP   IN   2  prep   -
    May        May        PROPN NNP  4  pobj   DATE
    to         to         PART  TO   7  aux    -
    withdraw   withdraw   VERB  VB   2  xcomp  -
    its        its        PRON  PRP$ 9  poss   -
    troops     troop      NOUN  NNS  7  dobj   -
    .          .          PUNCT .    2  punct  -
    """
    assert ("Chile", "give", "Peru", "13") in facts_with_roots(table)


# "The bill would force Chile to retaliate against Peru."
BILL_FORCES = """
    The        the        DET   DT   2  det    -
    bill       bill       NOUN  NN   4  nsubj  -
    would      would      AUX   MD   4  aux    -
    force      force      VERB  VB   0  ROOT   -
    Chile      Chile      PROPN NNP  4  dobj   GPE
    to         to         PART  TO   7  aux    -
    retaliate  retaliate  VERB  VB   4  xcomp  -
    against    against    ADP   IN   7  prep   -
    Peru       Peru       PROPN NNP  8  pobj   GPE
    .          .          PUNCT .    4  punct  -
"""


def test_a_bill_forces_no_one() -> None:
    """A measure is no actor of force; what it would make Chile do is Chile's hypothetical deed."""
    found = {(s, p, o) for s, p, o, _ in facts_with_roots(BILL_FORCES)}
    assert not {f for f in found if f[1] == "force"}
    assert _modalities(BILL_FORCES, "retaliate against") == {"would"}


def test_a_state_still_forces() -> None:
    """ "Bolivia would force Chile to retaliate against Peru": a state's compulsion stays."""
    table = BILL_FORCES.replace("The        the        DET   DT   2  det    -", "").replace(
        "bill       bill       NOUN  NN   4  nsubj  -", "Bolivia    Bolivia    PROPN NNP  3  nsubj  GPE"
    )
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    for row in rows[1:]:
        row[4] = str(int(row[4]) - 1) if int(row[4]) > 1 else row[4]
    table = "\n".join("    " + " ".join(row) for row in rows)
    assert ("Bolivia", "force", "Chile") in {(s, p, o) for s, p, o, _ in facts_with_roots(table)}


# "Chile sought the removal of Peru's tariffs to reduce its trade deficit with Bolivia."
SOUGHT_TO_REDUCE = """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    sought     seek       VERB  VBD  0  ROOT     -
    the        the        DET   DT   4  det      -
    removal    removal    NOUN  NN   2  dobj     -
    of         of         ADP   IN   4  prep     -
    Peru       Peru       PROPN NNP  8  poss     GPE
    's         's         PART  POS  6  case     -
    tariffs    tariff     NOUN  NNS  5  pobj     -
    to         to         PART  TO   10 aux      -
    reduce     reduce     VERB  VB   2  advcl    -
    its        its        PRON  PRP$ 13 poss     -
    trade      trade      NOUN  NN   13 compound -
    deficit    deficit    NOUN  NN   10 dobj     -
    with       with       ADP   IN   10 prep     -
    Bolivia    Bolivia    PROPN NNP  14 pobj     GPE
    .          .          PUNCT .    2  punct    -
"""


def test_the_aim_of_a_search_with_its_object_is_no_deed() -> None:
    """ "sought the removal of Peru's tariffs to reduce its deficit with Bolivia": the reduction is the aim
    of the search, not done; the search for the removal stays."""
    found = {(s, p, o) for s, p, o, _ in facts_with_roots(SOUGHT_TO_REDUCE)}
    assert not {f for f in found if "reduce" in f[1]}
    assert ("Chile", "seek removal of", "Peru") in found


def test_a_measure_eased_on_a_state_s_condition_is_on_that_state() -> None:
    """ "Bolivia would lift the tariffs once Peru opened its market to Chile": the tariffs are on Peru, and
    their lifting is promised (would), an easing (08)."""
    found = [r for r in read(ONCE_OPENED).relations if r.predicate == "lift tariff on"]
    assert {(r.event_root, r.modality) for r in found} == {("08", "would")}
    assert ("Bolivia", "lift tariff on", "Peru", "08") in facts_with_roots(ONCE_OPENED)


def test_a_measure_with_its_own_target_keeps_it() -> None:
    """ "Bolivia would lift the tariffs on Chile once Peru opened its market": the text names the target."""
    table = """
    Bolivia    Bolivia    PROPN NNP  3  nsubj  GPE
    would      would      AUX   MD   3  aux    -
    lift       lift       VERB  VB   0  ROOT   -
    the        the        DET   DT   5  det    -
    tariffs    tariff     NOUN  NNS  3  dobj   -
    on         on         ADP   IN   5  prep   -
    Chile      Chile      PROPN NNP  6  pobj   GPE
    once       once       SCONJ IN   10 mark   -
    Peru       Peru       PROPN NNP  10 nsubj  GPE
    opened     open       VERB  VBD  3  advcl  -
    its        its        PRON  PRP$ 12 poss   -
    market     market     NOUN  NN   10 dobj   -
    .          .          PUNCT .    3  punct  -
    """
    found = {(s, p, o) for s, p, o, _ in facts_with_roots(table)}
    assert ("Bolivia", "lift tariff on", "Chile") in found
    assert ("Bolivia", "lift tariff on", "Peru") not in found


def test_duties_dropped_as_soon_as_a_state_acts_are_on_it() -> None:
    """ "Bolivia will drop the duties as soon as Peru begins honouring the pact with Chile": dropping the
    duties is an easing (08) promised to Peru."""
    table = """
    Bolivia    Bolivia    PROPN NNP  3  nsubj  GPE
    will       will       AUX   MD   3  aux    -
    drop       drop       VERB  VB   0  ROOT   -
    the        the        DET   DT   5  det    -
    duties     duty       NOUN  NNS  3  dobj   -
    as         as         ADV   RB   7  advmod -
    soon       soon       ADV   RB   3  advmod -
    as         as         SCONJ IN   10 mark   -
    Peru       Peru       PROPN NNP  10 nsubj  GPE
    begins     begin      VERB  VBZ  7  advcl  -
    honouring  honour     VERB  VBG  10 xcomp  -
    the        the        DET   DT   13 det    -
    pact       pact       NOUN  NN   11 dobj   -
    with       with       ADP   IN   11 prep   -
    Chile      Chile      PROPN NNP  14 pobj   GPE
    .          .          PUNCT .    3  punct  -
    """
    found = [r for r in read(table).relations if r.predicate == "drop duty on"]
    assert {(r.event_root, r.modality) for r in found} == {("08", "will")}


def test_a_measure_eased_when_a_state_acts_is_on_it() -> None:
    """ "Bolivia could lift the sanctions when Peru opens its market" ("when" parsed as an adverb)."""
    table = """
    Bolivia    Bolivia    PROPN NNP   3  nsubj  GPE
    could      could      AUX   MD    3  aux    -
    lift       lift       VERB  VB    0  ROOT   -
    the        the        DET   DT    5  det    -
    sanctions  sanction   NOUN  NNS   3  dobj   -
    when       when       SCONJ WRB   8  advmod -
    Peru       Peru       PROPN NNP   8  nsubj  GPE
    opens      open       VERB  VBZ   3  advcl  -
    its        its        PRON  PRP$  10 poss   -
    market     market     NOUN  NN    8  dobj   -
    .          .          PUNCT .     3  punct  -
    """
    found = [r for r in read(table).relations if r.predicate == "lift sanction on"]
    assert {(r.event_root, r.modality) for r in found} == {("08", "could")}
