"""Wave 115 F: whom a speaking "it" stands for (coref._members_plural, _place_that_spoke). A body named by the
plural of what its members are called ("the Democrats", "the Tories") is grammatically plural: a "they",
never the "it" that goes on speaking. A firm whose name only looks plural ("General Motors") still is an
"it". A place that is the subject of a verb of speech ("Whitehall said") stands for the office seated there,
and the "it" that goes on speaking is that office. The sentences are ours and their parses are written by
hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts_with_content

# "The Democrats said Lena Ortiz broke a rule."
PLURAL_PARTY_SPOKE = """
The       the       DET   DT   2  det      -
Democrats Democrats PROPN NNPS 3  nsubj    NORP
said      say       VERB  VBD  0  ROOT     -
Lena      Lena      PROPN NNP  5  compound PERSON
Ortiz     Ortiz     PROPN NNP  6  nsubj    I-PERSON
broke     break     VERB  VBD  3  ccomp    -
a         a         DET   DT   8  det      -
rule      rule      NOUN  NN   6  dobj     -
.         .         PUNCT .    3  punct    -
"""

# "General Motors said Lena Ortiz broke a rule."
FIRM_SPOKE = """
General   General   PROPN NNP  2  compound ORG
Motors    Motors    PROPN NNPS 3  nsubj    I-ORG
said      say       VERB  VBD  0  ROOT     -
Lena      Lena      PROPN NNP  5  compound PERSON
Ortiz     Ortiz     PROPN NNP  6  nsubj    I-PERSON
broke     break     VERB  VBD  3  ccomp    -
a         a         DET   DT   8  det      -
rule      rule      NOUN  NN   6  dobj     -
.         .         PUNCT .    3  punct    -
"""

# "But Whitehall said she spoke as a scholar." (tokens 10-18)
PLACE_SPOKE = """
But       but       CCONJ CC   12 cc       -
Whitehall Whitehall PROPN NNP  12 nsubj    LOC
said      say       VERB  VBD  0  ROOT     -
she       she       PRON  PRP  14 nsubj    -
spoke     speak     VERB  VBD  12 ccomp    -
as        as        ADP   IN   14 prep     -
a         a         DET   DT   17 det      -
scholar   scholar   NOUN  NN   15 pobj     -
.         .         PUNCT .    12 punct    -
"""


def _it_said(first: int) -> str:
    """ "It said she took no side.", its first token at position `first` (1-based)."""
    said, took = first + 1, first + 3
    return f"""
It        it        PRON  PRP  {said} nsubj    -
said      say       VERB  VBD  0  ROOT     -
she       she       PRON  PRP  {took} nsubj    -
took      take      VERB  VBD  {said} ccomp    -
no        no        DET   DT   {took + 2} det      -
side      side      NOUN  NN   {took} dobj     -
.         .         PUNCT .    {said} punct    -
"""


def _speakers_of(table: str, content: str) -> set[str]:
    return {fact[0] for fact in facts_with_content(table) if fact[3] == content}


def test_a_plural_party_name_is_not_the_it_that_goes_on_speaking() -> None:
    table = PLURAL_PARTY_SPOKE + _it_said(10)
    assert _speakers_of(table, "Lena Ortiz broke a rule") == {"Democratic Party"}
    assert "Democratic Party" not in _speakers_of(table, "she took no side")


def test_a_firm_whose_name_looks_plural_still_is_the_it_that_speaks() -> None:
    assert _speakers_of(FIRM_SPOKE + _it_said(10), "she took no side") == {"General Motors"}


def test_the_it_after_a_place_that_spoke_is_that_place_not_the_plural_party() -> None:
    table = PLURAL_PARTY_SPOKE + PLACE_SPOKE + _it_said(19)
    assert _speakers_of(table, "she spoke as a scholar") == {"Whitehall"}
    assert _speakers_of(table, "she took no side") == {"Whitehall"}
