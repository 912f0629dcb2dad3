"""Talks whose agenda a clause still to come speaks of are still to come (wave 86 F): "Debt is expected to
figure on the agenda of Peru's talks with Chile" and "Debt will top the agenda of ..." give "Peru -meet
with-> Chile" with "will", as "Peru is due to hold talks with Chile" does; a past clause ("Debt topped the
agenda of ...") leaves the talks held (nouns._on_an_agenda_to_come, words.tsv event_agenda_nouns). Parses are
built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

EXPECTED = """
Debt       debt       NOUN  NN   3  nsubjpass -
is         be         AUX   VBZ  3  auxpass  -
expected   expect     VERB  VBN  0  ROOT     -
to         to         PART  TO   5  aux      -
figure     figure     VERB  VB   3  xcomp    -
on         on         ADP   IN   5  prep     -
the        the        DET   DT   8  det      -
agenda     agenda     NOUN  NN   6  pobj     -
of         of         ADP   IN   8  prep     -
Peru       Peru       PROPN NNP  12 poss     GPE
's         's         PART  POS  10 case     -
talks      talk       NOUN  NNS  9  pobj     -
with       with       ADP   IN   12 prep     -
Chile      Chile      PROPN NNP  13 pobj     GPE
.          .          PUNCT .    3  punct    -
"""

WILL_TOP = """
Debt       debt       NOUN  NN   3  nsubj    -
will       will       AUX   MD   3  aux      -
top        top        VERB  VB   0  ROOT     -
the        the        DET   DT   5  det      -
agenda     agenda     NOUN  NN   3  dobj     -
of         of         ADP   IN   5  prep     -
Peru       Peru       PROPN NNP  9  poss     GPE
's         's         PART  POS  7  case     -
talks      talk       NOUN  NNS  6  pobj     -
with       with       ADP   IN   9  prep     -
Chile      Chile      PROPN NNP  10 pobj     GPE
.          .          PUNCT .    3  punct    -
"""

TOPPED = """
Debt       debt       NOUN  NN   2  nsubj    -
topped     top        VERB  VBD  0  ROOT     -
the        the        DET   DT   4  det      -
agenda     agenda     NOUN  NN   2  dobj     -
of         of         ADP   IN   4  prep     -
Peru       Peru       PROPN NNP  8  poss     GPE
's         's         PART  POS  6  case     -
talks      talk       NOUN  NNS  5  pobj     -
with       with       ADP   IN   8  prep     -
Chile      Chile      PROPN NNP  9  pobj     GPE
.          .          PUNCT .    2  punct    -
"""


def _talks(rows: str) -> set[tuple[str | None, bool]]:
    return {
        (m, n) for s, p, o, _, m, n in read_modal_acts(rows) if (s, p, o) == ("Peru", "meet with", "Chile")
    }


def test_talks_on_an_agenda_expected_are_to_come() -> None:
    assert _talks(EXPECTED) == {("will", False)}


def test_talks_on_an_agenda_told_in_the_future_are_to_come() -> None:
    assert _talks(WILL_TOP) == {("will", False)}
    # a past clause leaves them held
    assert _talks(TOPPED) == {(None, False)}
