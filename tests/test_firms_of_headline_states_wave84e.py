""" "JAPAN'S KITAMURA TO OPEN LONDON OFFICE" over a story naming "Kitamura Securities Co" (wave 84 E): a
state's possessive in the headline on the first word of a firm named in full is the firm's state, which its
officers take too (affiliations/organisations._firms_of_headline_states). Each test states its parse by hand
(tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import with_title_line

# "JAPAN'S KITAMURA TO OPEN LONDON OFFICE ¶ Kitamura Securities Co will open an office in London. Ken Oda,
# director at Kitamura, visited Paris." The tagger left the headline's firm untagged.
_STORY = """
    JAPAN      JAPAN      PROPN NNP 3  poss     GPE
    'S         's         PART  POS 1  case     -
    {firm}     {firm}     PROPN NNP 5  nsubj    -
    TO         to         PART  TO  5  aux      -
    OPEN       open       VERB  VB  0  ROOT     -
    LONDON     LONDON     PROPN NNP 7  compound -
    OFFICE     office     NOUN  NN  5  dobj     -
    ¶          ¶          SPACE _SP 7  dep      -
    Kitamura   Kitamura   PROPN NNP 11 compound ORG
    Securities Securities PROPN NNP 11 compound I-ORG
    Co         Co         PROPN NNP 13 nsubj    I-ORG
    will       will       AUX   MD  13 aux      -
    open       open       VERB  VB  0  ROOT     -
    an         an         DET   DT  15 det      -
    office     office     NOUN  NN  13 dobj     -
    in         in         ADP   IN  15 prep     -
    London     London     PROPN NNP 16 pobj     GPE
    .          .          PUNCT .   13 punct    -
    Ken        Ken        PROPN NNP 20 compound PERSON
    Oda        Oda        PROPN NNP 26 nsubj    I-PERSON
    ,          ,          PUNCT ,   20 punct    -
    director   director   NOUN  NN  20 appos    -
    at         at         ADP   IN  22 prep     -
    Kitamura   Kitamura   PROPN NNP 23 pobj     ORG
    ,          ,          PUNCT ,   20 punct    -
    visited    visit      VERB  VBD 0  ROOT     -
    Paris      Paris      PROPN NNP 26 dobj     GPE
    .          .          PUNCT .   26 punct    -
    """


def _countries(firm: str) -> dict[str, str | None]:
    reading = read_doc(with_title_line(_STORY.format(firm=firm)), scope="hand-built")
    return {e.label: e.country for e in reading.entities.entities()}


def test_a_headline_states_possessive_on_a_firms_first_word_is_the_firms_state() -> None:
    countries = _countries("KITAMURA")
    assert countries["Kitamura Securities Co"] == "JPN"
    assert countries["Ken Oda"] == "JPN"
    # the firm's acronym after the possessive ("JAPAN'S KSC TO OPEN ...") names it too
    assert _countries("KSC")["Kitamura Securities Co"] == "JPN"
    # the possessive on a word that opens no firm's name ("JAPAN'S TRADERS TO OPEN ...") gives it nothing
    assert _countries("TRADERS")["Kitamura Securities Co"] is None
