"""Reported content ends where its sentence does (wave 110 H): "A Zenith spokesman said only Kestrel and
Acme use the engine. Kestrel has ten now." -- where the parser hangs the second sentence on the reported
clause, the speaker's edge still carries only "only Kestrel and Acme use the engine": the text does not
give the next sentence to the spokesman. A quotation still open at the full stop goes on ('said "Kestrel
and Acme use it. Kestrel has ten."'). Each test states its parse by hand (tests/hand_docs.py); the names
and sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_content

_RUNS_ON = """
    A           a           DET   DT  3  det      -
    Zenith      Zenith      PROPN NNP 3  compound ORG
    spokesman   spokesman   NOUN  NN  4  nsubj    -
    said        say         VERB  VBD 0  ROOT     -
    only        only        ADV   RB  6  advmod   -
    Kestrel     Kestrel     PROPN NNP 9  nsubj    ORG
    and         and         CCONJ CC  6  cc       -
    Acme        Acme        PROPN NNP 6  conj     ORG
    use         use         VERB  VBP 4  ccomp    -
    the         the         DET   DT  11 det      -
    engine      engine      NOUN  NN  9  dobj     -
    .           .           PUNCT .   9  punct    -
    Kestrel     Kestrel     PROPN NNP 14 nsubj    ORG
    has         have        VERB  VBZ 9  conj     -
    ten         ten         NUM   CD  14 dobj     -
    now         now         ADV   RB  14 advmod   -
    .           .           PUNCT .   4  punct    -
    """

_QUOTE_RUNS_ON = """
    A           a           DET   DT  3  det      -
    Zenith      Zenith      PROPN NNP 3  compound ORG
    spokesman   spokesman   NOUN  NN  4  nsubj    -
    said        say         VERB  VBD 0  ROOT     -
    "           "           PUNCT ``  9  punct    -
    only        only        ADV   RB  7  advmod   -
    Kestrel     Kestrel     PROPN NNP 10 nsubj    ORG
    and         and         CCONJ CC  7  cc       -
    Acme        Acme        PROPN NNP 7  conj     ORG
    use         use         VERB  VBP 4  ccomp    -
    the         the         DET   DT  12 det      -
    engine      engine      NOUN  NN  10 dobj     -
    .           .           PUNCT .   10 punct    -
    Kestrel     Kestrel     PROPN NNP 15 nsubj    ORG
    has         have        VERB  VBZ 10 conj     -
    ten         ten         NUM   CD  15 dobj     -
    now         now         ADV   RB  15 advmod   -
    .           .           PUNCT .   15 punct    -
    "           "           PUNCT ''  4  punct    -
    """


def test_reported_content_ends_with_its_sentence_unless_a_quotation_runs_on() -> None:
    said = {c for s, p, o, c in facts_with_content(_RUNS_ON) if s == "Zenith" and p == "say"}
    assert said == {"only Kestrel and Acme use the engine"}
    quoted = {c for s, p, o, c in facts_with_content(_QUOTE_RUNS_ON) if s == "Zenith" and p == "say"}
    assert quoted == {"only Kestrel and Acme use the engine. Kestrel has ten now"}
