"""Wave 78 E: a firm's stock symbol in angle brackets is never part of its name; a name ending in a
trade's word after a known firm's acronym ("IBM Varley Products") is the firm's unit, no person."""

from __future__ import annotations

from geokg.extract.io.wrapping import unbracket_names
from hand_docs import read


def test_symbols_of_every_exchange_shape_leave_the_name() -> None:
    for symbol in ("<KLX.HK>", "<0042.HK>", "<KLXa.AS>", "<KLX>", "<K>"):
        assert unbracket_names(f"Kelvex Holdings Ltd {symbol} said") == "Kelvex Holdings Ltd said"


def test_a_symbol_after_a_name_abbreviated_with_a_full_stop_goes() -> None:
    assert unbracket_names("Orbis Mining Co. <ORB.T> said") == "Orbis Mining Co. said"
    assert unbracket_names("Delta Works N.V. <DLT.AS> said") == "Delta Works N.V. said"
    assert unbracket_names("Orbis Mining Ltd  <ORB.T> said") == "Orbis Mining Ltd said"


def test_capitals_in_brackets_after_a_lower_case_word_are_the_name() -> None:
    assert unbracket_names("it sold the plant to <ORBX>.") == "it sold the plant to ORBX."
    assert unbracket_names("<Mrs Kelly Bakeries Inc> said") == "Mrs Kelly Bakeries Inc said"


# "Kestrel signed a deal with IBM Varley Products.": a known firm's acronym before a name ending in a trade
_UNIT_AFTER_ACRONYM = """
Kestrel   Kestrel   PROPN NNP 2 nsubj    ORG
signed    sign      VERB  VBD 0 ROOT     -
a         a         DET   DT  4 det      -
deal      deal      NOUN  NN  2 dobj     -
with      with      ADP   IN  2 prep     -
IBM       IBM       PROPN NNP 8 compound ORG
Varley    Varley    PROPN NNP 8 compound I-ORG
Products  Products  PROPN NNP 5 pobj     I-ORG
.         .         PUNCT .   2 punct    -
"""


def test_a_name_ending_in_a_trade_after_a_firms_acronym_is_the_firms_unit() -> None:
    found = {e.label: e.type for e in read(_UNIT_AFTER_ACRONYM).entities.entities()}
    assert found.get("IBM Varley Products") == "ORG"
    assert "Varley Products" not in found
