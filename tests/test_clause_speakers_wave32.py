"""Who speaks for whom (wave 32): a spokesman for a person gives that person's words.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from geokg.extract.clauses.relations import Relation
from geokg.extract.pipeline import Reading
from hand_docs import by_rule, facts, read

SPOKESMAN_FOR = """
    A        a        DET   DT  2 det      -
    {noun}   {lemma}  NOUN  NN  6 nsubj    -
    for      for      ADP   IN  2 prep     -
    Vladimir Vladimir PROPN NNP 5 compound PERSON
    Putin    Putin    PROPN NNP 3 pobj     I-PERSON
    said     say      VERB  VBD 0 ROOT     -
    Russia   Russia   PROPN NNP 9 nsubj    GPE
    had      have     AUX   VBD 9 aux      -
    shelled  shell    VERB  VBN 6 ccomp    -
    Georgia  Georgia  PROPN NNP 9 dobj     GPE
    .        .        PUNCT .   6 punct    -
"""


def _shelling_in(reading: Reading) -> list[Relation]:
    return [r for r in by_rule(reading, "svo") if r.predicate == "shell"]


def test_a_spokesman_for_a_person_gives_their_words() -> None:
    reading = read(SPOKESMAN_FOR.format(noun="spokeswoman", lemma="spokeswoman"))
    shelled = _shelling_in(reading)
    assert shelled and all(r.attributed_to == "person:vladimir_putin" for r in shelled)
    assert any(s == "Vladimir Putin" and o == "Russia" for s, _, o in facts(reading, "speech_content"))


def test_an_analyst_for_a_person_is_no_voice_of_theirs() -> None:
    # an occupation "for" a person names the client, not whose words they are
    reading = read(SPOKESMAN_FOR.format(noun="analyst", lemma="analyst"))
    shelled = _shelling_in(reading)
    assert shelled and all(r.attributed_to != "person:vladimir_putin" for r in shelled)
    assert not facts(reading, "speech_content")


POINTED_OUT = """
    Ivan     Ivan     PROPN NNP 2 compound PERSON
    Petrov   Petrov   PROPN NNP 3 nsubj    I-PERSON
    pointed  point    VERB  VBD 0 ROOT     -
    {prt}    {prt}    ADP   RP  3 prt      -
    that     that     SCONJ IN  8 mark     -
    Russia   Russia   PROPN NNP 8 nsubj    GPE
    had      have     AUX   VBD 8 aux      -
    shelled  shell    VERB  VBN 3 ccomp    -
    Georgia  Georgia  PROPN NNP 8 dobj     GPE
    .        .        PUNCT .   3 punct    -
"""


def test_what_is_pointed_out_is_the_speaker_s_claim() -> None:
    reading = read(POINTED_OUT.format(prt="out"))
    shelled = _shelling_in(reading)
    assert shelled and all(r.attributed_to == "person:ivan_petrov" for r in shelled)
    # (wave 53: a plain word of a speaker of no side the text gives accuses nobody; the deed is his claim)
    assert not any(p == "accuse" for _, p, _ in facts(reading, "speech_content"))


def test_a_verb_speaks_only_with_its_own_particle() -> None:
    # the lexicon line is "point out": "point" with another particle reports nothing
    reading = read(POINTED_OUT.format(prt="up"))
    shelled = _shelling_in(reading)
    assert shelled and all(r.attributed_to is None for r in shelled)
    assert not facts(reading, "speech_content")
