"""An acronym a story defines in brackets after a name is that name's for the whole story, before any
table's body of the same letters; and a firm named after a state by its former name is that state's
(sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import country_of, facts, read

# "Coastal Power Company (CPC) signed a deal with Iran. CPC criticised Cuba." The tagger found only the
# acronym; the tables know "CPC" as China's Communist Party.
ACRONYM_DEFINED_BY_THE_STORY = """
Coastal     Coastal     PROPN NNP   3  compound  -
Power       Power       PROPN NNP   3  compound  -
Company     Company     PROPN NNP   7  nsubj     -
(           (           PUNCT -LRB- 3  punct     -
CPC         CPC         PROPN NNP   3  appos     ORG
)           )           PUNCT -RRB- 3  punct     -
signed      sign        VERB  VBD   0  ROOT      -
a           a           DET   DT    9  det       -
deal        deal        NOUN  NN    7  dobj      -
with        with        ADP   IN    9  prep      -
Iran        Iran        PROPN NNP   10 pobj      GPE
.           .           PUNCT .     7  punct     -
CPC         CPC         PROPN NNP   14 nsubj     ORG
criticised  criticise   VERB  VBD   0  ROOT      -
Cuba        Cuba        PROPN NNP   14 dobj      GPE
.           .           PUNCT .     14 punct     -
"""


def test_an_acronym_the_story_defines_names_the_body_before_the_table() -> None:
    reading = read(ACRONYM_DEFINED_BY_THE_STORY)
    labels = {e.label for e in reading.entities.entities()}
    assert "CPC" not in labels
    assert country_of(reading, "Coastal Power Company") is None  # not China's, as the table's CPC
    assert ("Coastal Power Company", "criticise", "Cuba") in facts(reading, "svo")


# "The Ceylon Shipping Board chartered a tanker from Greece."
FIRM_NAMED_FOR_CEYLON = """
The        the        DET   DT  4  det       -
Ceylon     Ceylon     PROPN NNP 4  compound  ORG
Shipping   Shipping   PROPN NNP 4  compound  I-ORG
Board      Board      PROPN NNP 5  nsubj     I-ORG
chartered  charter    VERB  VBD 0  ROOT      -
a          a          DET   DT  7  det       -
tanker     tanker     NOUN  NN  5  dobj      -
from       from       ADP   IN  5  prep      -
Greece     Greece     PROPN NNP 8  pobj      GPE
.          .          PUNCT .   5  punct     -
"""


def test_a_body_named_for_ceylon_is_sri_lankas() -> None:
    reading = read(FIRM_NAMED_FOR_CEYLON)
    assert country_of(reading, "Ceylon Shipping Board") == "LKA"
