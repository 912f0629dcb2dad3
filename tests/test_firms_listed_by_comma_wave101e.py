"""Wave 101 E, item 2: two firms of a list the tagger fuses across their comma ("Kestrel, Zenith Bank NV and
Apex Bank NV cut rates": a firm's short name, a comma, the next firm's full name with its legal form). The
comma parts two firms when the words after it are a name ending in a legal form; a firm named after its
partners ("Kestrel, Orvan and Co") keeps its comma. Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import read

# "Kestrel, Zenith Bank NV and Apex Bank NV cut rates." (the first two tagged as one body)
_LISTED = """
Kestrel  Kestrel  PROPN NNP 10 nsubj    ORG
,        ,        PUNCT ,   1  punct    I-ORG
Zenith   Zenith   PROPN NNP 5  compound I-ORG
Bank     Bank     PROPN NNP 5  compound I-ORG
NV       NV       PROPN NNP 1  conj     I-ORG
and      and      CCONJ CC  5  cc       -
Apex     Apex     PROPN NNP 9  compound ORG
Bank     Bank     PROPN NNP 9  compound I-ORG
NV       NV       PROPN NNP 5  conj     I-ORG
cut      cut      VERB  VBD 0  ROOT     -
rates    rate     NOUN  NNS 10 dobj     -
.        .        PUNCT .   10 punct    -
"""

# "Kestrel, Orvan and Co cut rates." (one firm named after its partners)
_PARTNERS = """
Kestrel  Kestrel  PROPN NNP 6  nsubj    ORG
,        ,        PUNCT ,   1  punct    I-ORG
Orvan    Orvan    PROPN NNP 1  conj     I-ORG
and      and      CCONJ CC  3  cc       I-ORG
Co       Co       PROPN NNP 3  conj     I-ORG
cut      cut      VERB  VBD 0  ROOT     -
rates    rate     NOUN  NNS 6  dobj     -
.        .        PUNCT .   6  punct    -
"""


def _organisations(table: str) -> set[str]:
    return {e.label for e in read(table).entities.entities() if e.type == "ORG"}


def test_a_short_name_and_a_firm_with_its_legal_form_are_two_firms() -> None:
    assert _organisations(_LISTED) == {"Kestrel", "Zenith Bank NV", "Apex Bank NV"}


def test_a_firm_named_after_its_partners_keeps_its_comma() -> None:
    assert _organisations(_PARTNERS) == {"Kestrel, Orvan and Co"}
