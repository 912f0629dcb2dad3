"""Wave 110 E: a named speaker's claim about something that is no actor ("Zenith Corp said tin ore output
would fall") is about that thing: `Zenith Corp -say-> tin ore output` (object_type TOPIC), the claim its
content (rules.speech_topic). No edge where the claim's subject is a pronoun, a number or a noun that only
points back ("the move"), where it names an entity (speech_content's edge), where the speaker is unnamed
("analysts") or the speech denied. Each test states its parse by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from geokg.graph.merge import entity_kind
from geokg.graph.vocab import CLASS_BY_KIND, GEOKG
from hand_docs import NamedEdge
from hand_docs import named_edges as edges


def topics(table: str) -> set[NamedEdge]:
    return {edge for edge in edges(table) if edge[0] == "speech_topic"}


def test_a_named_speakers_claim_is_about_its_subject_noun() -> None:
    assert topics(
        """
    Zenith  Zenith  PROPN NNP 2 compound ORG
    Corp    Corp    PROPN NNP 3 nsubj    I-ORG
    said    say     VERB  VBD 0 ROOT     -
    tin     tin     NOUN  NN  5 compound -
    ore     ore     NOUN  NN  6 compound -
    output  output  NOUN  NN  8 nsubj    -
    would   would   AUX   MD  8 aux      -
    fall    fall    VERB  VB  3 ccomp    -
    sharply sharply ADV   RB  8 advmod   -
    .       .       PUNCT .   3 punct    -
    """
    ) == {
        (
            "speech_topic",
            "Zenith Corp",
            "say",
            "tin ore output",
            "tin ore output would fall sharply",
            None,
            False,
            "01",
        )
    }


def test_a_warning_keeps_its_verb_and_drops_the_determiner() -> None:
    assert topics(
        """
    Jan      Jan      PROPN NNP 2 compound PERSON
    Bolt     Bolt     PROPN NNP 3 nsubj    I-PERSON
    warned   warn     VERB  VBD 0 ROOT     -
    that     that     SCONJ IN  9 mark     -
    the      the      DET   DT  7 det      -
    domestic domestic ADJ   JJ  7 amod     -
    money    money    NOUN  NN  8 compound -
    supply   supply   NOUN  NN  9 nsubj    -
    rose     rise     VERB  VBD 3 ccomp    -
    .        .        PUNCT .   3 punct    -
    """
    ) == {
        (
            "speech_topic",
            "Jan Bolt",
            "warn",
            "domestic money supply",
            "the domestic money supply rose",
            None,
            False,
            "01",
        )
    }


def test_a_pronoun_subject_gives_no_topic() -> None:
    assert not topics(
        """
    Zenith  Zenith  PROPN NNP 2 compound ORG
    Corp    Corp    PROPN NNP 3 nsubj    I-ORG
    said    say     VERB  VBD 0 ROOT     -
    this    this    PRON  DT  6 nsubj    -
    would   would   AUX   MD  6 aux      -
    help    help    VERB  VB  3 ccomp    -
    .       .       PUNCT .   3 punct    -
    """
    )


def test_a_counted_subject_gives_a_topic_with_its_count() -> None:
    # (no topic before lead 112: how many things a claim counts is part of what it says)
    assert {
        edge[3]
        for edge in topics(
            """
    Zenith  Zenith  PROPN NNP 2 compound ORG
    Corp    Corp    PROPN NNP 3 nsubj    I-ORG
    said    say     VERB  VBD 0 ROOT     -
    two     two     NUM   CD  5 nummod   CARDINAL
    barges  barge   NOUN  NNS 6 nsubj    -
    sank    sink    VERB  VBD 3 ccomp    -
    .       .       PUNCT .   3 punct    -
    """
        )
    } == {"two barges"}


def test_a_noun_that_points_back_gives_no_topic() -> None:
    assert not topics(
        """
    Zenith  Zenith  PROPN NNP 2 compound ORG
    Corp    Corp    PROPN NNP 3 nsubj    I-ORG
    said    say     VERB  VBD 0 ROOT     -
    the     the     DET   DT  5 det      -
    move    move    NOUN  NN  7 nsubj    -
    would   would   AUX   MD  7 aux      -
    hurt    hurt    VERB  VB  3 ccomp    -
    profits profit  NOUN  NNS 7 dobj     -
    .       .       PUNCT .   3 punct    -
    """
    )


def test_an_entity_subject_keeps_only_speech_contents_edge() -> None:
    found = edges(
        """
    Zenith  Zenith  PROPN NNP 2 compound ORG
    Corp    Corp    PROPN NNP 3 nsubj    I-ORG
    said    say     VERB  VBD 0 ROOT     -
    Peruvian  Peruvian  ADJ   JJ  5 amod     NORP
    officials official  NOUN  NNS 6 nsubj    -
    closed    close     VERB  VBD 3 ccomp    -
    the       the       DET   DT  8 det      -
    port      port      NOUN  NN  6 dobj     -
    .         .         PUNCT .   3 punct    -
    """
    )
    assert {edge[:4] for edge in found} == {("speech_content", "Zenith Corp", "say", "Peru")}


def test_an_unnamed_speaker_gives_no_topic() -> None:
    assert not topics(
        """
    Analysts analyst NOUN  NNS 2 nsubj    -
    said     say     VERB  VBD 0 ROOT     -
    tin      tin     NOUN  NN  4 compound -
    ore      ore     NOUN  NN  5 compound -
    output   output  NOUN  NN  7 nsubj    -
    would    would   AUX   MD  7 aux      -
    fall     fall    VERB  VB  2 ccomp    -
    .        .       PUNCT .   2 punct    -
    """
    )


def test_a_negated_report_gives_no_topic() -> None:
    assert not topics(
        """
    Zenith  Zenith  PROPN NNP 2 compound ORG
    Corp    Corp    PROPN NNP 5 nsubj    I-ORG
    did     do      AUX   VBD 5 aux      -
    not     not     PART  RB  5 neg      -
    say     say     VERB  VB  0 ROOT     -
    tin     tin     NOUN  NN  7 compound -
    ore     ore     NOUN  NN  8 compound -
    output  output  NOUN  NN  10 nsubj   -
    would   would   AUX   MD  10 aux     -
    fall    fall    VERB  VB  5 ccomp    -
    .       .       PUNCT .   5 punct    -
    """
    )


def test_a_topic_is_a_node_of_its_own_kind() -> None:
    assert entity_kind("topic:tin_ore_output", "TOPIC") == "Topic"
    assert CLASS_BY_KIND["Topic"] == GEOKG.Topic


def test_a_person_named_by_a_common_noun_gives_no_topic() -> None:
    # "said the moderator would leave": someone the report names no better, not a thing it is about
    assert not topics(
        """
    Zenith    Zenith    PROPN NNP 2 compound ORG
    Corp      Corp      PROPN NNP 3 nsubj    I-ORG
    said      say       VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    moderator moderator NOUN  NN  7 nsubj    -
    would     would     AUX   MD  7 aux      -
    leave     leave     VERB  VB  3 ccomp    -
    .         .         PUNCT .   3 punct    -
    """
    )
