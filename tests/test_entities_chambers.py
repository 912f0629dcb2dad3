"""A chamber only some states have ("Congress", "the Senate", "the Diet") is not given to a story's state
that has none (sentences of our own, parses written by hand)."""

from __future__ import annotations

import pytest
from hand_docs import country_of, read

# "<State> fears bills in Congress. <State> asked the United States for help."
STORY = """
{state}  {state}  PROPN NNP 2  nsubj    GPE
fears    fear     VERB  VBZ 0  ROOT     -
bills    bill     NOUN  NNS 2  dobj     -
in       in       ADP   IN  3  prep     -
Congress Congress PROPN NNP 4  pobj     ORG
.        .        PUNCT .   2  punct    -
{state}  {state}  PROPN NNP 8  nsubj    GPE
asked    ask      VERB  VBD 0  ROOT     -
the      the      DET   DT  11 det      -
United   United   PROPN NNP 11 compound GPE
States   States   PROPN NNP 8  dobj     I-GPE
for      for      ADP   IN  8  prep     -
help     help     NOUN  NN  12 pobj     -
.        .        PUNCT .   8  punct    -
"""


@pytest.mark.parametrize(("state", "congress"), [("Japan", "USA"), ("Brazil", "BRA")])
def test_congress_is_the_storys_state_only_where_it_has_one(state: str, congress: str) -> None:
    assert country_of(read(STORY.format(state=state)), "Congress") == congress


def test_a_chamber_no_state_of_the_story_has_is_no_ones() -> None:
    story = STORY.format(state="Japan").replace("United   United", "Arab     Arab")
    assert country_of(read(story.replace("States   States", "Emirates Emirates")), "Congress") is None
