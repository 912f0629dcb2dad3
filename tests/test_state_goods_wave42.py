"""A state's goods, livestock and commodities are no actor of the state (wave 42 D).

- As a subject, goods a state's adjective or possessive names ("Canadian hogs entering the United States",
  "Korean cars flooded ...") make no triple for the state (clauses/relations.py _goods_as_doer), nor as a
  passive's patient without an agent ("Canadian lumber was banned in Japan").
- As a passive's patient with an agent they keep their noun, as an active's object does: "Canadian lumber
  was banned by Japan" is "ban lumber of" Canada (clauses/rules.py passive).
- words.tsv traded_goods_nouns names livestock and manufactures too (hog, pork, car ...).

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _pairs(reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_a_states_livestock_entering_another_state_is_no_deed_of_the_state() -> None:
    """ "Mexican hogs entering Canada face a duty": the hogs enter, not Mexico."""
    pairs = _pairs(
        read("""
    Mexican   mexican   ADJ   JJ  2 amod   NORP
    hogs      hog       NOUN  NNS 5 nsubj  -
    entering  enter     VERB  VBG 2 acl    -
    Canada    Canada    PROPN NNP 3 dobj   GPE
    face      face      VERB  VBP 0 ROOT   -
    a         a         DET   DT  7 det    -
    duty      duty      NOUN  NN  5 dobj   -
    .         .         PUNCT .   5 punct  -
    """)
    )
    assert not any(s == "Mexico" for s, p, o in pairs)


def test_a_states_cars_as_the_subject_of_an_event_verb_are_no_actor() -> None:
    """ "Japanese cars threatened Chile": the cars, not Japan, are the threat (a CAMEO verb would make an
    owner's thing its deed)."""
    pairs = _pairs(
        read("""
    Japanese    japanese    ADJ   JJ  2 amod   NORP
    cars        car         NOUN  NNS 3 nsubj  -
    threatened  threaten    VERB  VBD 0 ROOT   -
    Chile       Chile       PROPN NNP 3 dobj   GPE
    .           .           PUNCT .   3 punct  -
    """)
    )
    assert not pairs


def test_a_states_goods_banned_by_another_keep_their_noun() -> None:
    """ "Chilean pork was banned by Peru": "ban pork of" Chile, as "Peru banned Chilean pork" is."""
    pairs = _pairs(
        read("""
    Chilean   chilean   ADJ   JJ  2 amod      NORP
    pork      pork      NOUN  NN  4 nsubjpass -
    was       be        AUX   VBD 4 auxpass   -
    banned    ban       VERB  VBN 0 ROOT      -
    by        by        ADP   IN  4 agent     -
    Peru      Peru      PROPN NNP 5 pobj      GPE
    .         .         PUNCT .   4 punct     -
    """)
    )
    assert ("Peru", "ban pork of", "Chile") in pairs
    assert ("Peru", "ban", "Chile") not in pairs


def test_a_states_goods_banned_in_another_make_no_deed_of_the_state() -> None:
    """ "Chilean lumber was banned in Peru": nothing Chile did in Peru."""
    pairs = _pairs(
        read("""
    Chilean   chilean   ADJ   JJ  2 amod      NORP
    lumber    lumber    NOUN  NN  4 nsubjpass -
    was       be        AUX   VBD 4 auxpass   -
    banned    ban       VERB  VBN 0 ROOT      -
    in        in        ADP   IN  4 prep      -
    Peru      Peru      PROPN NNP 5 pobj      GPE
    .         .         PUNCT .   4 punct     -
    """)
    )
    assert not any(s == "Chile" for s, p, o in pairs)
