"""Whose words a quotation paragraph gives (wave 33): one whose own sentence names no speaker is the speaker's
its paragraph names with a later quotation (`"…" The opposition spokesman, X, added: "…"`), not the
voice of the paragraph before.

Paragraph breaks need text, so these tests parse sentences of ours with the model."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from spacy.language import Language

_BEFORE = 'Port deal\n\nForeign Minister Ana Ruiz said: "We are disappointed."\n\n'
_QUOTED = '"Peru will never accept this. Chile has betrayed Bolivia." '


def _betrayal_speakers(nlp: Language, text: str) -> set[str | None]:
    reading = read_doc(nlp(text), scope="quotes")
    found = {r.attributed_to for r in reading.relations if r.predicate == "betray"}
    assert found, "the quoted deed is read"
    return found


def test_a_quotation_is_the_speaker_named_later_in_its_paragraph(nlp: Language) -> None:
    text = _BEFORE + _QUOTED + 'The opposition spokesman, Luis Vega, added: "We condemn it."\n'
    assert _betrayal_speakers(nlp, text) == {"person:luis_vega"}


def test_an_unnamed_speaker_later_in_the_paragraph_ends_the_voice_before(nlp: Language) -> None:
    text = _BEFORE + _QUOTED + 'A spokesman for the opposition added: "We condemn it."\n'
    assert "person:ana_ruiz" not in _betrayal_speakers(nlp, text)


def test_a_speaker_of_the_next_paragraph_is_not_the_quotations(nlp: Language) -> None:
    text = _BEFORE + _QUOTED + '\n\nLuis Vega, the opposition spokesman, added: "We condemn it."\n'
    assert "person:luis_vega" not in _betrayal_speakers(nlp, text)
