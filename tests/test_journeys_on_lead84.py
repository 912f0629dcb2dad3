"""'X, on an official visit to Peru, said ...': a journey the speaker is on places his clause as 'during a
visit' does, so he visits Peru (04); one he only speaks of ('commented on the visit to Peru by Y') is no
journey of his. Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots

ON_A_VISIT = """
    Jan       Jan       PROPN NNP 2  compound PERSON
    Kowalski  Kowalski  PROPN NNP 11 nsubj    I-PERSON
    ,         ,         PUNCT ,   11 punct    -
    on        on        ADP   IN  11 prep     -
    an        an        DET   DT  7  det      -
    official  official  ADJ   JJ  7  amod     -
    visit     visit     NOUN  NN  4  pobj     -
    to        to        ADP   IN  7  prep     -
    Peru      Peru      PROPN NNP 8  pobj     GPE
    ,         ,         PUNCT ,   11 punct    -
    said      say       VERB  VBD 0  ROOT     -
    the       the       DET   DT  13 det      -
    talks     talk      NOUN  NNS 14 nsubj    -
    failed    fail      VERB  VBD 11 ccomp    -
    .         .         PUNCT .   11 punct    -
    """


def test_a_journey_the_speaker_is_on_is_his_visit() -> None:
    assert ("Jan Kowalski", "visit", "Peru", "04") in facts_with_roots(ON_A_VISIT)


def test_a_visit_of_another_is_no_journey_of_the_speaker() -> None:
    article = "an        an        DET   DT  7  det      -"
    table = ON_A_VISIT.replace(article, "the the DET DT 7 det -")
    assert not any(p == "visit" and s == "Jan Kowalski" for s, p, _, _ in facts_with_roots(table))
