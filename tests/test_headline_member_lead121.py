"""A headline drops the article: "Tory MP attacks Labour budget" is one MP, who acts as himself, not his
party (lead, stop 55; "a Tory MP attacked" was already so). The bare plural "Tory MPs attack" may still
stand for the party. Parsed by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_a_headline_singular_member_is_no_party() -> None:
    triples = read_triples("""
    Tory     Tory     PROPN NNP 2 compound NORP
    MP       MP       PROPN NNP 3 nsubj    -
    attacks  attack   VERB  VBZ 0 ROOT     -
    Labour   Labour   PROPN NNP 5 compound ORG
    budget   budget   NOUN  NN  3 dobj     -
    """)
    assert not [t for t in triples if t[0] == "Conservative Party"], triples


def test_the_bare_plural_still_stands_for_the_party() -> None:
    triples = read_triples("""
    Tory     Tory     PROPN NNP 2 compound NORP
    MPs      MPs      PROPN NNP 3 nsubj    -
    attack   attack   VERB  VBP 0 ROOT     -
    Labour   Labour   PROPN NNP 5 compound ORG
    budget   budget   NOUN  NN  3 dobj     -
    """)
    assert [t for t in triples if t[0] == "Conservative Party" and t[2] == "Labour Party"], triples
