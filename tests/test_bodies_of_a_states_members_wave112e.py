"""A body named "the Association of <Demonym> <plural>" whose tag ends on the state's adjective ("The
[Association of Dutch] growers warned"): the plural of its members is part of its name, and the adjective
gives the body its state (wave 112 E). Each test states its parse by hand (tests/hand_docs.py); the sentences
and names are ours."""

from __future__ import annotations

from hand_docs import read, then_abroad

# "The Association of Dutch growers warned that prices would rise."
ASSOCIATION_OF_GROWERS = """
The          the          DET   DT   2 det      ORG
Association  Association  PROPN NNP  6 nsubj    I-ORG
of           of           ADP   IN   2 prep     I-ORG
Dutch        dutch        ADJ   JJ   5 amod     I-ORG
growers      grower       NOUN  NNS  3 pobj     -
warned       warn         VERB  VBD  0 ROOT     -
that         that         SCONJ IN   10 mark    -
prices       price        NOUN  NNS  10 nsubj   -
would        would        AUX   MD   10 aux     -
rise         rise         VERB  VB   6 ccomp    -
.            .            PUNCT .    6 punct    -
"""

# "The Paris Club of Western creditor governments met."  (a region's word and a noun between: the name ends)
CLUB_OF_CREDITORS = """
The         the         DET   DT   3 det       ORG
Paris       Paris       PROPN NNP  3 compound  I-ORG
Club        Club        PROPN NNP  8 nsubj     I-ORG
of          of          ADP   IN   3 prep      I-ORG
Western     western     ADJ   JJ   7 amod      I-ORG
creditor    creditor    NOUN  NN   7 compound  -
governments government  NOUN  NNS  4 pobj      -
met         meet        VERB  VBD  0 ROOT      -
.           .           PUNCT .    8 punct     -
"""


def _bodies(table: str) -> dict[str, str | None]:
    return {e.label: e.country for e in read(then_abroad(table)).entities.entities() if e.type == "ORG"}


def test_the_members_plural_after_a_demonym_is_part_of_the_bodys_name_and_gives_its_state() -> None:
    bodies = _bodies(ASSOCIATION_OF_GROWERS)
    assert "Association" not in bodies
    assert bodies.get("Association of Dutch growers") == "NLD"


def test_a_region_word_before_a_described_group_still_ends_the_name() -> None:
    # positive guard: "the Paris Club of Western creditor governments" is the Paris Club
    assert "Paris Club" in _bodies(CLUB_OF_CREDITORS)
