"""A visit begun with no place in its sentence: "KING ARVEN VISITS SPAIN ¶ King Arven of Norway begins a
four-day state visit on Tuesday." The visit is to the state the headline says he visits, still to come."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import by_rule, with_title_line

STORY = """
    KING       KING       PROPN NNP 2  compound PERSON
    ARVEN      ARVEN      PROPN NNP 3  nsubj    I-PERSON
    VISITS     visit      VERB  VBZ 0  ROOT     -
    SPAIN      SPAIN      PROPN NNP 3  dobj     GPE
    ¶          ¶          SPACE _SP 4  dep      -
    King       King       PROPN NNP 7  compound PERSON
    Arven      Arven      PROPN NNP 10 nsubj    I-PERSON
    of         of         ADP   IN  7  prep     -
    Norway     Norway     PROPN NNP 8  pobj     GPE
    begins     begin      VERB  VBZ 0  ROOT     -
    a          a          DET   DT  16 det      -
    four       four       NUM   CD  14 nummod   DATE
    -          -          PUNCT HYPH 14 punct   I-DATE
    day        day        NOUN  NN  16 compound I-DATE
    state      state      NOUN  NN  16 compound -
    {noun}     {noun}     NOUN  NN  10 dobj     -
    on         on         ADP   IN  10 prep     -
    Tuesday    Tuesday    PROPN NNP 17 pobj     DATE
    .          .          PUNCT .   10 punct    -
    """


def _visits(noun: str = "visit") -> set[tuple[str, str, str, str | None]]:
    reading = read_doc(with_title_line(STORY.format(noun=noun)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.modality)
        for r in by_rule(reading, "visit_destination")
    }


def test_visit_begun_with_no_place_is_to_the_headlines_state() -> None:
    assert {(p, o, m) for _, p, o, m in _visits()} == {("visit", "Spain", "will")}


def test_tour_begun_is_no_visit_to_it() -> None:
    assert _visits("tour") == set()
