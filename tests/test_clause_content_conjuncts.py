"""A verb the parser coordinates with the verb of speech, set off by commas right after the reported verb
("says Germany wanted, and got, a vote to …"), is the report's: its subject and what it is for are the
reported subject's, not the speaker's (hand-built parses)."""

from __future__ import annotations

from hand_docs import by_rule, read

SHARED_OBJECT = """
    Hans      Hans      PROPN NNP 2 compound PERSON
    Berg      Berg      PROPN NNP 3 nsubj    I-PERSON
    says      say       VERB  VBZ 0 ROOT     -
    Germany   Germany   PROPN NNP 5 nsubj    GPE
    wanted    want      VERB  VBD 3 ccomp    -
    ,         ,         PUNCT ,   3 punct    -
    and       and       CCONJ CC  3 cc       -
    got       get       VERB  VBD 3 conj     -
    ,         ,         PUNCT ,   8 punct    -
    a         a         DET   DT  11 det     -
    vote      vote      NOUN  NN  8 dobj     -
    ,         ,         PUNCT ,   8 punct    -
    to        to        PART  TO  14 aux     -
    send      send      VERB  VB  8 xcomp    -
    a         a         DET   DT  16 det     -
    signal    signal    NOUN  NN  14 dobj    -
    to        to        ADP   IN  14 prep    -
    Iran      Iran      PROPN NNP 17 pobj    GPE
    .         .         PUNCT .   3 punct    -
"""


def _sent(reading) -> set[tuple[str, str, str, str | None]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (
            label[r.subject.entity_id],
            r.predicate,
            label[r.object.entity_id],
            label.get(r.attributed_to) if r.attributed_to else None,
        )
        for r in by_rule(reading, "prep")
    }


def test_what_the_shared_verb_is_for_is_the_reported_subjects_on_the_speakers_word() -> None:
    assert _sent(read(SHARED_OBJECT)) == {("Germany", "send signal to", "Iran", "Hans Berg")}


def test_a_verb_of_the_speakers_own_after_the_report_stays_the_speakers() -> None:
    # "says Germany left, and sent a signal to Iran": the reported verb ends its clause, the speaker sent
    reading = read("""
    Hans      Hans      PROPN NNP 2 compound PERSON
    Berg      Berg      PROPN NNP 3 nsubj    I-PERSON
    says      say       VERB  VBZ 0 ROOT     -
    Germany   Germany   PROPN NNP 5 nsubj    GPE
    left      leave     VERB  VBD 3 ccomp    -
    early     early     ADV   RB  5 advmod   -
    ,         ,         PUNCT ,   3 punct    -
    and       and       CCONJ CC  3 cc       -
    sent      send      VERB  VBD 3 conj     -
    a         a         DET   DT  11 det     -
    signal    signal    NOUN  NN  9 dobj     -
    to        to        ADP   IN  9 prep     -
    Iran      Iran      PROPN NNP 12 pobj    GPE
    .         .         PUNCT .   3 punct    -
    """)
    assert {s[0] for s in _sent(reading)} == {"Hans Berg"}
