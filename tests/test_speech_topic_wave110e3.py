"""Wave 110 E3: what a named speaker's claim is about (rules.speech_topic) is no place or state by its kind
("said our city would recover"), no bare measure ("said the size would double"; with its "of" phrase it is
the measure of that thing: "size of deficit"), and no claim of a document by its common noun speaks for the
author its modifiers name ("a report by the Kestrel Institute said ..."). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.clauses.arguments import TOPIC_ID_PREFIX, topic_label
from hand_docs import read

Edge = tuple[str, str, str, str, str | None]


def topics(table: str) -> set[Edge]:
    """(rule, subject, predicate, object, content) of each speech_topic edge; a topic's label is its words."""
    reading = read(table, topics=True)
    label = {e.id: e.label for e in reading.entities.entities()}

    def name(entity_id: str) -> str:
        return topic_label(entity_id) if entity_id.startswith(TOPIC_ID_PREFIX) else label[entity_id]

    return {
        (r.rule.name, name(r.subject.entity_id), r.predicate, name(r.object.entity_id), r.content)
        for r in reading.relations
        if r.rule.name == "speech_topic"
    }


def test_a_city_by_its_kind_is_no_topic() -> None:
    assert not topics(
        """
    Jan     Jan     PROPN NNP 2 compound PERSON
    Bolt    Bolt    PROPN NNP 3 nsubj    I-PERSON
    said    say     VERB  VBD 0 ROOT     -
    our     our     PRON  PRP$ 5 poss    -
    city    city    NOUN  NN  7 nsubj    -
    would   would   AUX   MD  7 aux      -
    recover recover VERB  VB  3 ccomp    -
    .       .       PUNCT .   3 punct    -
    """
    )


def test_a_country_by_its_kind_is_no_topic() -> None:
    # "the country faces a hard year, Bolt said": the reported clause before its words of reporting
    assert not topics(
        """
    The     the     DET   DT  2 det      -
    country country NOUN  NN  3 nsubj    -
    faces   face    VERB  VBZ 10 ccomp   -
    a       a       DET   DT  6 det      -
    hard    hard    ADJ   JJ  6 amod     -
    year    year    NOUN  NN  3 dobj     -
    ,       ,       PUNCT ,   10 punct   -
    Jan     Jan     PROPN NNP 9 compound PERSON
    Bolt    Bolt    PROPN NNP 10 nsubj   I-PERSON
    said    say     VERB  VBD 0 ROOT     -
    .       .       PUNCT .   10 punct   -
    """
    )


def test_a_bare_measure_is_no_topic() -> None:
    assert not topics(
        """
    Jan     Jan     PROPN NNP 2 compound PERSON
    Bolt    Bolt    PROPN NNP 3 nsubj    I-PERSON
    noted   note    VERB  VBD 0 ROOT     -
    the     the     DET   DT  5 det      -
    size    size    NOUN  NN  7 nsubj    -
    would   would   AUX   MD  7 aux      -
    double  double  VERB  VB  3 ccomp    -
    .       .       PUNCT .   3 punct    -
    """
    )


def test_a_measure_of_a_thing_is_its_topic() -> None:
    assert topics(
        """
    Jan     Jan     PROPN NNP 2 compound PERSON
    Bolt    Bolt    PROPN NNP 3 nsubj    I-PERSON
    said    say     VERB  VBD 0 ROOT     -
    the     the     DET   DT  5 det      -
    size    size    NOUN  NN  11 nsubj   -
    of      of      ADP   IN  5 prep     -
    the     the     DET   DT  9 det      -
    trade   trade   NOUN  NN  9 compound -
    deficit deficit NOUN  NN  6 pobj     -
    would   would   AUX   MD  11 aux     -
    double  double  VERB  VB  3 ccomp    -
    .       .       PUNCT .   3 punct    -
    """
    ) == {
        (
            "speech_topic",
            "Jan Bolt",
            "say",
            "size of trade deficit",
            "the size of the trade deficit would double",
        )
    }


def test_a_document_does_not_speak_for_the_author_it_names() -> None:
    # "a report by the Kestrel Institute said the ice would melt": the report's claim, no topic of the
    # institute's
    assert not topics(
        """
    A         a         DET   DT  2 det      -
    report    report    NOUN  NN  7 nsubj    -
    by        by        ADP   IN  2 prep     -
    the       the       DET   DT  6 det      ORG
    Kestrel   Kestrel   PROPN NNP 6 compound I-ORG
    Institute Institute PROPN NNP 3 pobj     I-ORG
    said      say       VERB  VBD 0 ROOT     -
    the       the       DET   DT  9 det      -
    ice       ice       NOUN  NN  11 nsubj   -
    would     would     AUX   MD  11 aux     -
    melt      melt      VERB  VB  7 ccomp    -
    .         .         PUNCT .   7 punct    -
    """
    )


def test_a_document_named_again_is_no_speaker_of_its_author() -> None:
    # "Jan Bolt published a study. The study found the ice would melt.": the study's claim, read of its
    # author for actor edges, is no topic of Bolt's
    assert not topics(
        """
    Jan       Jan       PROPN NNP 2 compound PERSON
    Bolt      Bolt      PROPN NNP 3 nsubj    I-PERSON
    published publish   VERB  VBD 0 ROOT     -
    a         a         DET   DT  5 det      -
    study     study     NOUN  NN  3 dobj     -
    .         .         PUNCT .   3 punct    -
    The       the       DET   DT  8 det      -
    study     study     NOUN  NN  9 nsubj    -
    found     find      VERB  VBD 9 ROOT     -
    the       the       DET   DT  11 det     -
    ice       ice       NOUN  NN  13 nsubj   -
    would     would     AUX   MD  13 aux     -
    melt      melt      VERB  VB  9 ccomp    -
    .         .         PUNCT .   9 punct    -
    """
    )
