"""Wave 122 H: a report whose speaker is a person the text calls by a title with "the" ("The MP for Kestrel
Vale said Chile had attacked Peru") is that person's word even where coreference names no one: what it
reports is attributed to the title (an unnamed source, whose words are the attribution), never stated as the
writer's fact; "the" title with an owner ("Chile's minister") is left to the owner (sentences of our own,
parses written by hand)."""

from __future__ import annotations

from geokg.extract.clauses.quotes import UNNAMED_SOURCE
from hand_docs import read

MP_FOR_SEAT = """
The       the       DET   DT   2  det      -
MP        MP        PROPN NNP  6  nsubj    -
for       for       ADP   IN   2  prep     -
Kestrel   Kestrel   PROPN NNP  5  compound -
Vale      Vale      PROPN NNP  3  pobj     -
said      say       VERB  VBD  0  ROOT     -
Chile     Chile     PROPN NNP  9  nsubj    GPE
had       have      AUX   VBD  9  aux      -
attacked  attack    VERB  VBN  6  ccomp    -
Peru      Peru      PROPN NNP  9  dobj     GPE
.         .         PUNCT .    6  punct    -
"""

FORMER_SECRETARY = """
The       the       DET   DT   4  det      -
former    former    ADJ   JJ   4  amod     -
trade     trade     NOUN  NN   4  compound -
secretary secretary NOUN  NN   5  nsubj    -
said      say       VERB  VBD  0  ROOT     -
Chile     Chile     PROPN NNP  8  nsubj    GPE
had       have      AUX   VBD  8  aux      -
attacked  attack    VERB  VBN  5  ccomp    -
Peru      Peru      PROPN NNP  8  dobj     GPE
.         .         PUNCT .    5  punct    -
"""


def _attributions(table: str) -> set[str | None]:
    return {
        r.attributed_to
        for r in read(table).relations
        if (r.subject.entity_id, r.object.entity_id) == ("country:CHL", "country:PER")
    }


def test_the_mp_for_a_seat_is_who_says_it() -> None:
    assert _attributions(MP_FOR_SEAT) == {f"{UNNAMED_SOURCE}MP for Kestrel Vale"}


def test_a_former_secretary_is_who_says_it() -> None:
    assert _attributions(FORMER_SECRETARY) == {f"{UNNAMED_SOURCE}former trade secretary"}
