"""Wave 121 H: an abbreviated rank written in capitals ("SEC." for a secretary, "ADM." for an admiral) keeps
its full stop as one token, so that no sentence ends before the name; but where those capitals spell a
body's acronym (organisations.tsv: the SEC, ADM), the stop after it ends the sentence, and the next
sentence's quotation is not read into the clause before it (a sentence of our own)."""

from __future__ import annotations

import spacy
from geokg.extract.io.nlp import _keep_abbreviated_ranks


def _words(text: str) -> list[str]:
    nlp = spacy.blank("en")
    _keep_abbreviated_ranks(nlp)
    return [t.text for t in nlp.tokenizer(text)]


def test_stop_after_a_body_acronym_is_its_own_token() -> None:
    words = _words('Kestrel was fined by the SEC. "Firms must not pay bribes," said Ann Vole.')
    assert words[5:8] == ["SEC", ".", '"']


def test_rank_abbreviations_keep_their_stops() -> None:
    # guard: passes with or without the change
    assert _words("Sec. Vole met Gen. Orm and SGT. Lenk.")[:1] == ["Sec."]
    assert "SGT." in _words("Sec. Vole met Gen. Orm and SGT. Lenk.")
