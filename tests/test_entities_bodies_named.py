"""A name the tagger calls a person is an organisation when the text names it with a noun of a body ("the law
firm X", "X, a charity") or uses it as one ("X's website", "a member of X", "X is registered as a charity");
but "X, the party's nominee" is a person of the party."""

from __future__ import annotations

from hand_docs import read


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


def test_a_name_after_law_firm_is_a_body() -> None:
    types = _types("""
    Ana       Ana      PROPN NNP 2 compound PERSON
    Lind      Lind     PROPN NNP 3 nsubj    I-PERSON
    hired     hire     VERB  VBD 0 ROOT     -
    law       law      NOUN  NN  5 compound -
    firm      firm     NOUN  NN  3 dobj     -
    Brandt    Brandt   PROPN NNP 7 compound PERSON
    Kessler   Kessler  PROPN NNP 5 appos    I-PERSON
    .         .        PUNCT .   3 punct    -
    """)
    assert types["Brandt Kessler"] == "ORG"
    assert types["Ana Lind"] == "PERSON"


def test_a_member_of_a_name_makes_it_a_body() -> None:
    types = _types("""
    Ana       Ana      PROPN NNP 2 compound PERSON
    Lind      Lind     PROPN NNP 3 nsubj    I-PERSON
    is        be       AUX   VBZ 0 ROOT     -
    a         a        DET   DT  5 det      -
    member    member   NOUN  NN  3 attr     -
    of        of       ADP   IN  5 prep     -
    Green     Green    PROPN NNP 8 compound PERSON
    Dawn      Dawn     PROPN NNP 6 pobj     I-PERSON
    .         .        PUNCT .   3 punct    -
    """)
    assert types["Green Dawn"] == "ORG"


def test_a_name_registered_as_a_charity_is_a_body() -> None:
    types = _types("""
    Open      Open      PROPN NNP 2 compound  PERSON
    Hands     Hands     PROPN NNP 4 nsubjpass I-PERSON
    is        be        AUX   VBZ 4 auxpass   -
    registered register VERB  VBN 0 ROOT      -
    as        as        ADP   IN  4 prep      -
    a         a         DET   DT  7 det       -
    charity   charity   NOUN  NN  5 pobj      -
    .         .         PUNCT .   4 punct     -
    """)
    assert types["Open Hands"] == "ORG"


def test_a_nominee_of_a_party_stays_a_person() -> None:
    types = _types("""
    Ana       Ana      PROPN NNP 2 compound PERSON
    Lind      Lind     PROPN NNP 9 nsubj    I-PERSON
    ,         ,        PUNCT ,   2 punct    -
    the       the      DET   DT  5 det      -
    party     party    NOUN  NN  7 poss     -
    's        's       PART  POS 5 case     -
    nominee   nominee  NOUN  NN  2 appos    -
    ,         ,        PUNCT ,   2 punct    -
    spoke     speak    VERB  VBD 0 ROOT     -
    .         .        PUNCT .   9 punct    -
    """)
    assert types["Ana Lind"] == "PERSON"


def test_a_persons_family_members_leave_the_person_a_person() -> None:
    types = _types("""
    Ana       Ana      PROPN NNP 2 compound PERSON
    Lind      Lind     PROPN NNP 5 poss     I-PERSON
    's        's       PART  POS 2 case     -
    family    family   NOUN  NN  5 compound -
    members   member   NOUN  NNS 6 nsubj    -
    spoke     speak    VERB  VBD 0 ROOT     -
    .         .        PUNCT .   6 punct    -
    """)
    assert types["Ana Lind"] == "PERSON"
