"""An event noun keeps the modal of the clause that tells its course ("the talks with X will focus on aid",
its subject) or makes more of it ("could increase pressure from X on Y", its object); a past clause ("the
talks focused on aid") leaves it as told."""

from hand_docs import read_modal_acts

# "The talks between Peru and Chile will focus on trade."
TALKS_WILL_FOCUS = """
The      the      DET   DT  2 det      -
talks    talk     NOUN  NNS 8 nsubj    -
between  between  ADP   IN  2 prep     -
Peru     Peru     PROPN NNP 3 pobj     GPE
and      and      CCONJ CC  4 cc       -
Chile    Chile    PROPN NNP 4 conj     GPE
will     will     AUX   MD  8 aux      -
focus    focus    VERB  VB  0 ROOT     -
on       on       ADP   IN  8 prep     -
trade    trade    NOUN  NN  9 pobj     -
.        .        PUNCT .   8 punct    -
"""

# "Analysts said the move could increase pressure from Peru on Chile."
COULD_INCREASE = """
Analysts analyst  NOUN  NNS 2  nsubj   -
said     say      VERB  VBD 0  ROOT    -
the      the      DET   DT  4  det     -
move     move     NOUN  NN  6  nsubj   -
could    could    AUX   MD  6  aux     -
increase increase VERB  VB  2  ccomp   -
pressure pressure NOUN  NN  6  dobj    -
from     from     ADP   IN  7  prep    -
Peru     Peru     PROPN NNP 8  pobj    GPE
on       on       ADP   IN  7  prep    -
Chile    Chile    PROPN NNP 10 pobj    GPE
.        .        PUNCT .   2  punct   -
"""

# "The talks between Peru and Chile focused on trade."
TALKS_FOCUSED = """
The      the      DET   DT  2 det      -
talks    talk     NOUN  NNS 7 nsubj    -
between  between  ADP   IN  2 prep     -
Peru     Peru     PROPN NNP 3 pobj     GPE
and      and      CCONJ CC  4 cc       -
Chile    Chile    PROPN NNP 4 conj     GPE
focused  focus    VERB  VBD 0 ROOT     -
on       on       ADP   IN  7 prep     -
trade    trade    NOUN  NN  8 pobj     -
.        .        PUNCT .   7 punct    -
"""

# "Analysts said the move increased pressure from Peru on Chile."
INCREASED = """
Analysts  analyst  NOUN  NNS 2 nsubj   -
said      say      VERB  VBD 0 ROOT    -
the       the      DET   DT  4 det     -
move      move     NOUN  NN  5 nsubj   -
increased increase VERB  VBD 2 ccomp   -
pressure  pressure NOUN  NN  5 dobj    -
from      from     ADP   IN  6 prep    -
Peru      Peru     PROPN NNP 7 pobj    GPE
on        on       ADP   IN  6 prep    -
Chile     Chile    PROPN NNP 9 pobj    GPE
.         .        PUNCT .   2 punct   -
"""


def _modalities(table: str, predicate: str) -> set[str | None]:
    return {fact[4] for fact in read_modal_acts(table) if fact[1] == predicate}


def test_an_event_whose_course_a_future_clause_tells_is_to_come_and_a_past_one_held() -> None:
    assert _modalities(TALKS_WILL_FOCUS, "meet with") == {"will"}
    assert _modalities(TALKS_FOCUSED, "meet with") == {None}


def test_an_event_a_modal_clause_makes_more_of_is_only_possible_and_a_past_one_stands() -> None:
    assert _modalities(COULD_INCREASE, "pressure") == {"could"}
    assert _modalities(INCREASED, "pressure") == {None}
