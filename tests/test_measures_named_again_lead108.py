"""Lead, stop 50: a measure named again with "the" is the one named last before it, a trade measure where a
word of trade was on that one ("opposed tea import licences ... Peru suspended the licences"), and no
trade measure where none was ("fishing licences"). The parses are stated by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Kenya opposed tea import licences. Peru suspended the licences."
_NAMED_AGAIN = """
Kenya      Kenya      PROPN NNP 2  nsubj    GPE
opposed    oppose     VERB  VBD 0  ROOT     -
tea        tea        NOUN  NN  5  compound -
import     import     NOUN  NN  5  compound -
licences   licence    NOUN  NNS 2  dobj     -
.          .          PUNCT .   2  punct    -
Peru       Peru       PROPN NNP 8  nsubj    GPE
suspended  suspend    VERB  VBD 0  ROOT     -
the        the        DET   DT  10 det      -
licences   licence    NOUN  NNS 8  dobj     -
.          .          PUNCT .   8  punct    -
"""


def test_the_measure_named_again_keeps_its_word_of_trade() -> None:
    assert ("Peru", "suspend", "licences") in read_triples(_NAMED_AGAIN)


# "Kenya opposed tea import licences. Chile granted fishing licences. Peru suspended the licences."
_NAMED_LAST_WITHOUT_TRADE = """
Kenya      Kenya      PROPN NNP 2  nsubj    GPE
opposed    oppose     VERB  VBD 0  ROOT     -
tea        tea        NOUN  NN  5  compound -
import     import     NOUN  NN  5  compound -
licences   licence    NOUN  NNS 2  dobj     -
.          .          PUNCT .   2  punct    -
Chile      Chile      PROPN NNP 8  nsubj    GPE
granted    grant      VERB  VBD 0  ROOT     -
fishing    fishing    NOUN  NN  10 compound -
licences   licence    NOUN  NNS 8  dobj     -
.          .          PUNCT .   8  punct    -
Peru       Peru       PROPN NNP 13 nsubj    GPE
suspended  suspend    VERB  VBD 0  ROOT     -
the        the        DET   DT  15 det      -
licences   licence    NOUN  NNS 13 dobj     -
.          .          PUNCT .   13 punct    -
"""


def test_the_measure_named_last_without_trade_is_no_trade_measure() -> None:
    # the licences named last are fishing licences: no trade measure, whatever was named before them
    assert not any(subject == "Peru" for subject, _, _ in read_triples(_NAMED_LAST_WITHOUT_TRADE))
