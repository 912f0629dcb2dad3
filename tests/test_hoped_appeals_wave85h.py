"""A wish to appeal is no appeal made (wave 85 H): "Zembla hopes to persuade Kenya to release the study"
states the wish (CAMEO 01, as "hopes to meet Y" is only an intent to meet); no appeal (02) has reached Kenya
yet, while "urged Kenya to release the study" is one (frame.Clause.code_of, words.tsv hoping_verbs). The
parse is built by hand as the parser gave it (tests/hand_docs.py); the sentence and the state are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

HOPED = """
Zembla     Zembla     PROPN NNP  2  nsubj    GPE
hopes      hope       VERB  VBZ  0  ROOT     -
to         to         PART  TO   4  aux      -
persuade   persuade   VERB  VB   2  xcomp    -
Kenya      Kenya      PROPN NNP  4  dobj     GPE
to         to         PART  TO   7  aux      -
release    release    VERB  VB   4  xcomp    -
the        the        DET   DT   9  det      -
study      study      NOUN  NN   7  dobj     -
.          .          PUNCT .    2  punct    -
"""


def _roots(rows: str) -> list[tuple[str, str | None]]:
    reading = read_doc(parse(rows), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    kenyan = [r for r in reading.relations if label.get(r.object.entity_id) == "Kenya"]
    return [(r.predicate, r.event_root) for r in kenyan]


def test_a_hope_to_persuade_states_a_wish_and_appeals_to_no_one() -> None:
    assert _roots(HOPED) == [("hope to persuade", "01")]
