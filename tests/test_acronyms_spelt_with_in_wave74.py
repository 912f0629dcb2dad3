"""Wave 74: a bracketed acronym's long form may hold "in" ("Committee on Foreign Investment in the United
States (CFIUS)") and hyphenated words whose parts each give an initial ("Asia-Pacific Economic Cooperation
(APEC)"); the tagger's pieces of such a name (a body, the state after "in") become the one body."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import parse


def _mentions(table: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.label, m.country.iso3 if m.country else None) for m in find_mentions(parse(table))]


def test_a_name_with_a_state_after_in_is_one_body_with_its_acronym() -> None:
    found = _mentions("""
    The         the         DET   DT    2 det      ORG
    Board       Board       PROPN NNP  12 nsubj    I-ORG
    on          on          ADP   IN    2 prep     I-ORG
    Fisheries   Fisheries   PROPN NNPS  5 compound I-ORG
    Trade       Trade       PROPN NNP   3 pobj     I-ORG
    in          in          ADP   IN    5 prep     -
    the         the         DET   DT    8 det      -
    Philippines Philippines PROPN NNP   6 pobj     GPE
    (           (           PUNCT -LRB- 8 punct    -
    BFTP        BFTP        PROPN NNP   8 appos    -
    )           )           PUNCT -RRB- 12 punct   -
    fined       fine        VERB  VBD   0 ROOT     -
    Acme        Acme        PROPN NNP  12 dobj     ORG
    .           .           PUNCT .    12 punct    -
    """)
    names = [text for text, _, _ in found]
    assert "Board on Fisheries Trade in the Philippines" in names
    assert "BFTP" in names
    # the state inside the body's name is no party of its own
    assert not any(country == "PHL" for _, _, country in found)


def test_each_part_of_a_hyphenated_word_spells_an_initial() -> None:
    found = _mentions("""
    The       the       DET   DT    6 det      -
    Indo      Indo      PROPN NNP   4 compound GPE
    -         -         PUNCT HYPH  4 punct    -
    Pacific   Pacific   PROPN NNP   6 compound PERSON
    Fishing   Fishing   PROPN NNP   6 compound I-PERSON
    Authority Authority PROPN NNP  10 nsubj    I-PERSON
    (         (         PUNCT -LRB- 6 punct    -
    IPFA      IPFA      PROPN NNP   6 appos    -
    )         )         PUNCT -RRB- 6 punct    -
    fined     fine      VERB  VBD   0 ROOT     -
    Acme      Acme      PROPN NNP  10 dobj     ORG
    .         .         PUNCT .    10 punct    -
    """)
    assert ("Indo-Pacific Fishing Authority", "ORG", None) in found
    assert ("IPFA", "ORG", None) in found
    assert not any(label == "PERSON" for _, label, _ in found)


def test_a_state_heading_the_letters_stays_a_state() -> None:
    found = _mentions("""
    Kenya  Kenya  PROPN NNP   8 nsubj GPE
    and    and    CCONJ CC    1 cc    -
    the    the    DET   DT    4 det   -
    Sudan  Sudan  PROPN NNP   1 conj  GPE
    (      (      PUNCT -LRB- 4 punct -
    KS     KS     PROPN NNP   4 appos -
    )      )      PUNCT -RRB- 4 punct -
    met    meet   VERB  VBD   0 ROOT  -
    .      .      PUNCT .     8 punct -
    """)
    assert ("Kenya", "GPE", "KEN") in found
    assert not any("and" in text for text, _, _ in found)
