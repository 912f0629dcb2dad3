"""Domestic taxes, aid and permits are no trade measures, and an amount is no word of a measure's name
(mend 109 H of wave 108 H2): a duty, a subsidy or a licence is a state's trade measure only with a word of
trade on it ("import duties", "export subsidies", "a duty on timber exports"), not "the duty on petrol",
"bread subsidies" or "fishing licences" (entity_words.tsv trade_context_measure_nouns); and "a 15 pct
duty", "a 20 mln dlr levy" name the measure "duty", "levy" (events._past_amount). Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

PETROL = """
Uruguay Uruguay PROPN NNP 2 nsubj GPE
cut     cut     VERB  VBD 0 ROOT  -
the     the     DET   DT  4 det   -
duty    duty    NOUN  NN  2 dobj  -
on      on      ADP   IN  4 prep  -
petrol  petrol  NOUN  NN  5 pobj  -
.       .       PUNCT .   2 punct -
"""

PETROL_IMPORTS = """
Uruguay Uruguay PROPN NNP 2 nsubj    GPE
cut     cut     VERB  VBD 0 ROOT     -
the     the     DET   DT  4 det      -
duty    duty    NOUN  NN  2 dobj     -
on      on      ADP   IN  4 prep     -
petrol  petrol  NOUN  NN  7 compound -
imports import  NOUN  NNS 5 pobj     -
.       .       PUNCT .   2 punct    -
"""

FISHING = """
The        the        DET   DT  3 det      -
Bolivian   Bolivian   ADJ   JJ  3 amod     NORP
government government NOUN  NN  4 nsubj    -
granted    grant      VERB  VBD 0 ROOT     -
new        new        ADJ   JJ  7 amod     -
fishing    fishing    NOUN  NN  7 compound -
licences   licence    NOUN  NNS 4 dobj     -
.          .          PUNCT .   4 punct    -
"""

EXPORT_LICENCES = """
The        the        DET   DT  3 det      -
Bolivian   Bolivian   ADJ   JJ  3 amod     NORP
government government NOUN  NN  4 nsubj    -
granted    grant      VERB  VBD 0 ROOT     -
new        new        ADJ   JJ  7 amod     -
export     export     NOUN  NN  7 compound -
licences   licence    NOUN  NNS 4 dobj     -
.          .          PUNCT .   4 punct    -
"""

BREAD = """
Uruguay   Uruguay PROPN NNP 2 nsubj    GPE
raised    raise   VERB  VBD 0 ROOT     -
bread     bread   NOUN  NN  4 compound -
subsidies subsidy NOUN  NNS 2 dobj     -
.         .       PUNCT .   2 punct    -
"""

EXPORT_SUBSIDIES = """
Uruguay   Uruguay PROPN NNP 2 nsubj    GPE
raised    raise   VERB  VBD 0 ROOT     -
export    export  NOUN  NN  4 compound -
subsidies subsidy NOUN  NNS 2 dobj     -
.         .       PUNCT .   2 punct    -
"""

PCT_DUTY = """
Uruguay  Uruguay PROPN NNP 2 nsubj    GPE
imposed  impose  VERB  VBD 0 ROOT     -
a        a       DET   DT  6 det      -
15       15      NUM   CD  5 nummod   CARDINAL
pct      pct     NOUN  NN  6 compound -
duty     duty    NOUN  NN  2 dobj     -
on       on      ADP   IN  6 prep     -
its      its     PRON  PRP$ 10 poss   -
timber   timber  NOUN  NN  10 compound -
exports  export  NOUN  NNS 7 pobj     -
.        .       PUNCT .   2 punct    -
"""

DLR_LEVY = """
Uruguay  Uruguay PROPN NNP 2 nsubj    GPE
imposed  impose  VERB  VBD 0 ROOT     -
a        a       DET   DT  8 det      -
20       20      NUM   CD  5 nummod   MONEY
mln      mln     NOUN  NN  6 compound I-MONEY
dlr      dlr     NOUN  NN  8 compound I-MONEY
import   import  NOUN  NN  8 compound -
levy     levy    NOUN  NN  2 dobj     -
.        .       PUNCT .   2 punct    -
"""


def test_a_duty_on_goods_of_no_trade_is_no_trade_measure() -> None:
    assert not {t for t in read_triples(PETROL) if "duty" in t[2]}, read_triples(PETROL)
    # a duty on imports is one
    assert ("Uruguay", "cut", "duty") in read_triples(PETROL_IMPORTS)


def test_licences_and_subsidies_of_no_trade_are_no_trade_measures() -> None:
    assert not {t for t in read_triples(FISHING) if "licences" in t[2]}, read_triples(FISHING)
    assert not {t for t in read_triples(BREAD) if "subsidies" in t[2]}, read_triples(BREAD)
    # export licences and export subsidies are
    assert any(t[1] == "grant" and t[2] == "export licences" for t in read_triples(EXPORT_LICENCES))
    assert ("Uruguay", "raise", "export subsidies") in read_triples(EXPORT_SUBSIDIES)


def test_an_amount_before_a_measure_is_no_word_of_its_name() -> None:
    pct = read_triples(PCT_DUTY)
    assert ("Uruguay", "impose", "duty") in pct, pct
    levy = read_triples(DLR_LEVY)
    assert ("Uruguay", "impose", "import levy") in levy, levy
