"""An amount's letter before a full stop ("£5m.") no longer hides the end of a sentence."""

from __future__ import annotations

import spacy
from geokg.extract.io.nlp import _split_amount_stops


def _words(text: str) -> list[str]:
    nlp = spacy.blank("en")
    _split_amount_stops(nlp)
    return [t.text for t in nlp.tokenizer(text)]


def test_an_amount_letter_and_its_full_stop_are_two_tokens() -> None:
    words = _words("Orvan valued the plant at £45m. Kessel Bank said the price was 12k.")
    assert words[7:10] == ["m", ".", "Kessel"]
    assert words[-1] == "."  # "12k." is no abbreviation either


def test_times_of_day_keep_their_stops() -> None:
    assert "p.m." in _words("The talks ended at 5 p.m. on Monday.")


def test_without_the_split_the_stop_stays_in_the_letter() -> None:
    nlp = spacy.blank("en")
    assert "m." in [t.text for t in nlp.tokenizer("valued at £45m. Kessel said")]
