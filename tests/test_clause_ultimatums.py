"""An ultimatum: a request whose act is joined by "or" to what befalls the one who does not comply ("warned X
to free Y or face sanctions") is a threat, CAMEO 13 (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import by_rule, read

_WARNED = """
Chile     Chile     PROPN NNP 2  nsubj    GPE
warned    warn      VERB  VBD 0  ROOT     -
Peru      Peru      PROPN NNP 2  dobj     GPE
to        to        PART  TO  5  aux      -
free      free      VERB  VB  2  xcomp    -
the       the       DET   DT  7  det      -
sailors   sailor    NOUN  NNS 5  dobj     -
{tail}
.         .         PUNCT .   2  punct    -
"""


def _root_of_warning(tail: str) -> str | None:
    reading = read(_WARNED.format(tail=tail))
    [warning] = [r for r in by_rule(reading, "svo") if r.predicate == "warn"]
    return warning.event_root


def test_do_it_or_face_sanctions_is_a_threat() -> None:
    tail = """or        or        CCONJ CC  5  cc       -
face      face      VERB  VB  5  conj     -
sanctions sanction  NOUN  NNS 9  dobj     -"""
    assert _root_of_warning(tail) == "13"


def test_a_warning_without_a_consequence_stays_a_statement() -> None:
    assert _root_of_warning("") == "01"
