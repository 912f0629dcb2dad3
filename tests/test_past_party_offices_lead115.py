"""A past office held for a party says nothing of the holder's party now (lead, stop 53): "Former Labour MP X"
and "X, a former Labour MP" give no current membership of the party (he may have left it or kept it); a
current one ("Labour MP X") still does. Parses by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

BEFORE_NAME = """
{former}
Labour     Labour     PROPN NNP 5 compound ORG
MP         MP         PROPN NNP 5 compound -
Tom        Tom        PROPN NNP 5 compound PERSON
Ricks      Ricks      PROPN NNP 6 nsubj    I-PERSON
criticised criticise  VERB  VBD 0 ROOT     -
Blair      Blair      PROPN NNP 6 dobj     PERSON
.          .          PUNCT .   6 punct    -
"""


def _members(triples: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {t for t in triples if t[1] == "member of"}


def test_a_former_party_mp_before_the_name_is_no_member_now() -> None:
    triples = read_triples(BEFORE_NAME.format(former="Former former ADJ JJ 3 amod -"))
    assert not _members(triples), triples


def test_a_party_mp_before_the_name_is_a_member() -> None:
    table = BEFORE_NAME.format(former="The the DET DT 3 det -")
    assert _members(read_triples(table)) == {("Tom Ricks", "member of", "Labour Party")}


def test_a_former_party_mp_in_apposition_is_no_member_now() -> None:
    triples = read_triples("""
    Tom        Tom        PROPN NNP 2 compound PERSON
    Ricks      Ricks      PROPN NNP 9 nsubj    I-PERSON
    ,          ,          PUNCT ,   2 punct    -
    a          a          DET   DT  7 det      -
    former     former     ADJ   JJ  7 amod     -
    Labour     Labour     PROPN NNP 7 compound ORG
    MP         MP         PROPN NNP 2 appos    -
    ,          ,          PUNCT ,   2 punct    -
    criticised criticise  VERB  VBD 0 ROOT     -
    Blair      Blair      PROPN NNP 9 dobj     PERSON
    .          .          PUNCT .   9 punct    -
    """)
    assert not _members(triples), triples
