"""Plans, conditions and beliefs (wave 27): "is to meet" is a plan ("will"), "was to have met" a plan that
failed, "has yet to answer" no answer; an act made to hang on "only if" or "unless" is a possibility
("may"), and nothing inside an "if" clause is a fact; what unnamed people believe, or a stated readiness,
is a possibility too. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.clauses.relations import Relation
from hand_docs import by_rule, read


def _predicated(table: str, predicate: str) -> list[Relation]:
    return [r for r in read(table).relations if r.predicate == predicate]


def test_be_to_meet_is_a_planned_meeting() -> None:
    """ "Chile is to meet Peru on Monday": scheduled, still to come."""
    met = _predicated(
        """
    Chile   Chile   PROPN NNP 2 nsubj  GPE
    is      be      AUX   VBZ 0 ROOT   -
    to      to      PART  TO  4 aux    -
    meet    meet    VERB  VB  2 xcomp  -
    Peru    Peru    PROPN NNP 4 dobj   GPE
    on      on      ADP   IN  4 prep   -
    Monday  Monday  PROPN NNP 6 pobj   DATE
    .       .       PUNCT .   2 punct  -
    """,
        "meet with",
    )
    assert met and all((r.modality, r.negated) == ("will", False) for r in met)


def test_be_not_to_attack_is_a_plan_not_to() -> None:
    """ "Chile is not to attack Peru": the "not" hangs on "is"."""
    attacks = _predicated(
        """
    Chile   Chile   PROPN NNP 2 nsubj  GPE
    is      be      AUX   VBZ 0 ROOT   -
    not     not     PART  RB  2 neg    -
    to      to      PART  TO  5 aux    -
    attack  attack  VERB  VB  2 xcomp  -
    Peru    Peru    PROPN NNP 5 dobj   GPE
    .       .       PUNCT .   2 punct  -
    """,
        "attack",
    )
    assert attacks and all((r.modality, r.negated) == ("will", True) for r in attacks)


def test_was_to_have_met_is_a_plan_that_failed() -> None:
    """ "Chile was to have met Peru": the meeting did not take place."""
    reading = read("""
    Chile   Chile   PROPN NNP 2 nsubj  GPE
    was     be      AUX   VBD 0 ROOT   -
    to      to      PART  TO  5 aux    -
    have    have    AUX   VB  5 aux    -
    met     meet    VERB  VBN 2 xcomp  -
    Peru    Peru    PROPN NNP 5 dobj   GPE
    .       .       PUNCT .   2 punct  -
    """)
    assert not [r for r in reading.relations if "meet" in r.predicate]


def test_has_yet_to_answer_is_no_answer_and_no_duty() -> None:
    """ "Chile has yet to recognise Peru": no recognition so far, not "Chile must recognise Peru"."""
    recognised = _predicated(
        """
    Chile      Chile      PROPN NNP 2 nsubj  GPE
    has        have       VERB  VBZ 0 ROOT   -
    yet        yet        ADV   RB  2 advmod -
    to         to         PART  TO  5 aux    -
    recognise  recognise  VERB  VB  2 xcomp  -
    Peru       Peru       PROPN NNP 5 dobj   GPE
    .          .          PUNCT .   2 punct  -
    """,
        "recognise",
    )
    assert recognised and all((r.modality, r.negated) == (None, True) for r in recognised)


def test_only_if_makes_the_act_a_possibility() -> None:
    """ "Chile will recognise Peru only if Bolivia agrees": not a plain "will"."""
    recognised = _predicated(
        """
    Chile      Chile      PROPN NNP 3 nsubj  GPE
    will       will       AUX   MD  3 aux    -
    recognise  recognise  VERB  VB  0 ROOT   -
    Peru       Peru       PROPN NNP 3 dobj   GPE
    only       only       ADV   RB  8 advmod -
    if         if         SCONJ IN  8 mark   -
    Bolivia    Bolivia    PROPN NNP 8 nsubj  GPE
    agrees     agree      VERB  VBZ 3 advcl  -
    .          .          PUNCT .   3 punct  -
    """,
        "recognise",
    )
    assert recognised and all(r.modality == "may" for r in recognised)


def test_only_on_the_verb_with_if_is_only_if() -> None:
    """ "Chile will only recognise Peru if Bolivia agrees": the parser hangs "only" on the verb."""
    recognised = _predicated(
        """
    Chile      Chile      PROPN NNP 4 nsubj  GPE
    will       will       AUX   MD  4 aux    -
    only       only       ADV   RB  4 advmod -
    recognise  recognise  VERB  VB  0 ROOT   -
    Peru       Peru       PROPN NNP 4 dobj   GPE
    if         if         SCONJ IN  8 mark   -
    Bolivia    Bolivia    PROPN NNP 8 nsubj  GPE
    agrees     agree      VERB  VBZ 4 advcl  -
    .          .          PUNCT .   4 punct  -
    """,
        "recognise",
    )
    assert recognised and all(r.modality == "may" for r in recognised)


def test_unless_makes_a_peaceful_act_a_possibility() -> None:
    """ "Chile will recognise Peru unless Bolivia objects" (with a verb of force: a threat, as before)."""
    recognised = _predicated(
        """
    Chile      Chile      PROPN NNP 3 nsubj  GPE
    will       will       AUX   MD  3 aux    -
    recognise  recognise  VERB  VB  0 ROOT   -
    Peru       Peru       PROPN NNP 3 dobj   GPE
    unless     unless     SCONJ IN  7 mark   -
    Bolivia    Bolivia    PROPN NNP 7 nsubj  GPE
    objects    object     VERB  VBZ 3 advcl  -
    .          .          PUNCT .   3 punct  -
    """,
        "recognise",
    )
    assert recognised and all(r.modality == "may" for r in recognised)


def test_nothing_inside_an_if_clause_is_a_fact() -> None:
    """ "If Chile is going to help Peru, Bolivia must pay": the helping is the condition, through
    "going to"; so is a second verb of the condition ("attacks Peru and seizes Bolivia")."""
    reading = read("""
    If      if      SCONJ IN  4  mark   -
    Chile   Chile   PROPN NNP 4  nsubj  GPE
    is      be      AUX   VBZ 4  aux    -
    going   go      VERB  VBG 11 advcl  -
    to      to      PART  TO  6  aux    -
    help    help    VERB  VB  4  xcomp  -
    Peru    Peru    PROPN NNP 6  dobj   GPE
    and     and     CCONJ CC  4  cc     -
    seizes  seize   VERB  VBZ 4  conj   -
    Bolivia Bolivia PROPN NNP 9  dobj   GPE
    pay     pay     VERB  VB  0  ROOT   -
    .       .       PUNCT .   11 punct  -
    """)
    assert not [r for r in reading.relations if r.predicate in ("help", "seize")]


def test_what_many_believe_is_a_possibility() -> None:
    """ "Many believe that Chile armed Peru": nobody named vouches for it."""
    armed = _predicated(
        """
    Many     many     ADJ   JJ  2 nsubj  -
    believe  believe  VERB  VBP 0 ROOT   -
    that     that     SCONJ IN  5 mark   -
    Chile    Chile    PROPN NNP 5 nsubj  GPE
    armed    arm      VERB  VBD 2 ccomp  -
    Peru     Peru     PROPN NNP 5 dobj   GPE
    .        .        PUNCT .   2 punct  -
    """,
        "arm",
    )
    assert armed and all(r.modality == "may" for r in armed)


def test_what_a_named_believer_believes_is_their_claim() -> None:
    """ "Bolivia believes Chile armed Peru": Bolivia's word (attributed), its modality untouched."""
    armed = _predicated(
        """
    Bolivia   Bolivia  PROPN NNP 2 nsubj  GPE
    believes  believe  VERB  VBZ 0 ROOT   -
    Chile     Chile    PROPN NNP 4 nsubj  GPE
    armed     arm      VERB  VBD 2 ccomp  -
    Peru      Peru     PROPN NNP 4 dobj   GPE
    .         .        PUNCT .   2 punct  -
    """,
        "arm",
    )
    assert armed and all(r.modality is None and r.attributed_to == "country:BOL" for r in armed)


def test_standing_ready_to_help_is_a_possibility() -> None:
    """ "Chile stands ready to help Peru": a stated readiness, not a plan."""
    helped = by_rule(
        read("""
    Chile   Chile   PROPN NNP 2 nsubj  GPE
    stands  stand   VERB  VBZ 0 ROOT   -
    ready   ready   ADJ   JJ  2 acomp  -
    to      to      PART  TO  5 aux    -
    help    help    VERB  VB  3 xcomp  -
    Peru    Peru    PROPN NNP 5 dobj   GPE
    .       .       PUNCT .   2 punct  -
    """),
        "svo",
    )
    assert helped and all((r.predicate, r.modality) == ("help", "may") for r in helped)


def test_be_the_first_to_visit_is_no_plan() -> None:
    """ "Chile is the first state to visit Peru": the infinitive says what made Chile first, done."""
    visited = _predicated(
        """
    Chile   Chile   PROPN NNP 2 nsubj  GPE
    is      be      AUX   VBZ 0 ROOT   -
    the     the     DET   DT  5 det    -
    first   first   ADJ   JJ  5 amod   ORDINAL
    state   state   NOUN  NN  2 attr   -
    to      to      PART  TO  7 aux    -
    visit   visit   VERB  VB  2 xcomp  -
    Peru    Peru    PROPN NNP 7 dobj   GPE
    .       .       PUNCT .   2 punct  -
    """,
        "visit",
    )
    assert visited and all(r.modality is None for r in visited)
