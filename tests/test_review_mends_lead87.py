"""Mends of the review of wave 86 (the lead): a quantity of things held or owed ("a series of loans to Peru")
is read through to the party of the things as before wave 86 H, not as the things' owner after "of"
(objects.through_noun: the quantity's branch comes first); officials listed with people of no state's sector
are a mixed group wherever the parser hangs the list's items (actors.mixed_group, which coreference and
actors._alone share). The parse is built by hand as the parser gave it
(tests/hand_docs.py, with "to Peru" hung on the loans, as the parser may); the sentence is ours."""

from __future__ import annotations

from geokg.extract.entities.actors import mixed_group
from hand_docs import parse, read_triples

SERIES = """
Tom     Tom     PROPN NNP 2 compound PERSON
Vale    Vale    PROPN NNP 3 nsubj    I-PERSON
warned  warn    VERB  VBD 0 ROOT     -
against against ADP   IN  3 prep     -
a       a       DET   DT  6 det      -
series  series  NOUN  NN  4 pobj     -
of      of      ADP   IN  6 prep     -
loans   loan    NOUN  NNS 7 pobj     -
to      to      ADP   IN  8 prep     -
Peru    Peru    PROPN NNP 9 pobj     GPE
.       .       PUNCT .   3 punct    -
"""


def test_a_quantity_of_owed_things_reaches_their_party() -> None:
    assert ("Tom Vale", "warn against loan to", "Peru") in read_triples(SERIES)


# "Officials, ministers and bankers said Peru would pay." (the parser hangs the last item on the second)
LISTED = """
Officials official NOUN  NNS 6 nsubj -
,         ,        PUNCT ,   1 punct -
ministers minister NOUN  NNS 1 conj  -
and       and      CCONJ CC  3 cc    -
bankers   banker   NOUN  NNS 3 conj  -
said      say      VERB  VBD 0 ROOT  -
Peru      Peru     PROPN NNP 9 nsubj GPE
would     would    AUX   MD  9 aux   -
pay       pay      VERB  VB  6 ccomp -
.         .        PUNCT .   6 punct -
"""


def test_officials_listed_with_people_of_no_state_are_mixed_wherever_the_parser_hangs_them() -> None:
    assert mixed_group(parse(LISTED)[0])
    # "Officials, ministers and envoys said ...": all the state's people
    assert not mixed_group(parse(LISTED.replace("bankers   banker ", "envoys    envoy  "))[0])
