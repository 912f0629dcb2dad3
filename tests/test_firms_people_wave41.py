"""A name and its possessive before the surname of a person the text named before ("Kestrel's Berg added")
is the body that person works for and the person, though the tagger took the whole for one
organisation. Sentences of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import facts, read

_PRAISED = """
{first}    {first}    PROPN NNP 2  compound PERSON
Berg       Berg       PROPN NNP 3  nsubj    I-PERSON
criticised criticise  VERB  VBD 0  ROOT     -
Japan      Japan      PROPN NNP 3  dobj     GPE
.          .          PUNCT .   3  punct    -
Kestrel    Kestrel    PROPN NNP 8  poss     ORG
's         's         PART  POS 6  case     I-ORG
{surname}  {surname}  PROPN NNP 9  nsubj    I-ORG
praised    praise     VERB  VBD 0  ROOT     -
Canada     Canada     PROPN NNP 9  dobj     GPE
.          .          PUNCT .   9  punct    -
"""


def test_a_bodys_possessive_before_a_surname_named_before_is_the_person() -> None:
    reading = read(_PRAISED.format(first="Olaf", surname="Berg"))
    assert facts(reading, "svo") == {("Olaf Berg", "criticise", "Japan"), ("Olaf Berg", "praise", "Canada")}
    assert ("Olaf Berg", "member of", "Kestrel") in facts(reading, "title")


def test_a_surname_of_no_one_named_before_stays_as_the_tagger_read_it() -> None:
    reading = read(_PRAISED.format(first="Olaf", surname="Lund"))
    assert ("Olaf Berg", "praise", "Canada") not in facts(reading, "svo")
    assert ("Kestrel's Lund", "praise", "Canada") in facts(reading, "svo")
