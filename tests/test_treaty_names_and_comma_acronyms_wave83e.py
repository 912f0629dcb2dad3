"""A treaty's or an agreement's name ("the Multi-Fibre Arrangement") is a document as a law's is (EVENT), no
actor, and so is its acronym; a name the tagger ran on into the acronym set off after it ("International
Coffee Agreement, ICA") is the name alone, the acronym a mention of its own (wave 83 E). Each test states
its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


# "Brazil said a new Pacific Cocoa Agreement, PCA, was adopted. Colombia backed the PCA." The tagger ran
# the name on into its acronym.
COCOA_AGREEMENT = """
Brazil       Brazil      PROPN NNP  2 nsubj     GPE
said         say         VERB  VBD  0 ROOT      -
a            a           DET   DT   7 det       -
new          new         ADJ   JJ   7 amod      -
Pacific      Pacific     PROPN NNP  7 compound  ORG
Cocoa        Cocoa       PROPN NNP  7 compound  I-ORG
Agreement    Agreement   PROPN NNP  12 nsubjpass I-ORG
,            ,           PUNCT ,    7 punct     I-ORG
PCA          PCA         PROPN NNP  7 appos     I-ORG
,            ,           PUNCT ,    7 punct     -
was          be          AUX   VBD  12 auxpass  -
adopted      adopt       VERB  VBN  2 ccomp     -
.            .           PUNCT .    2 punct     -
Colombia     Colombia    PROPN NNP  15 nsubj    GPE
backed       back        VERB  VBD  0 ROOT      -
the          the         DET   DT   17 det      -
PCA          PCA         PROPN NNP  15 dobj     ORG
.            .           PUNCT .    15 punct    -
"""


def test_a_name_run_on_into_its_acronym_after_a_comma_is_the_name_alone() -> None:
    triples = read_triples(COCOA_AGREEMENT)
    assert ("Colombia", "back", "Pacific Cocoa Agreement") in triples
    assert not any("," in s or "," in o for s, _, o in triples)


def test_an_agreement_and_its_acronym_are_a_document_not_an_organisation() -> None:
    assert _types(COCOA_AGREEMENT)["Pacific Cocoa Agreement"] == "EVENT"


def test_an_arrangement_tagged_as_a_body_is_a_document() -> None:
    doc = """
    Kenya        Kenya        PROPN NNP  2 nsubj    GPE
    backed       back         VERB  VBD  0 ROOT     -
    the          the          DET   DT   7 det      -
    Multi        Multi        PROPN NNP  6 compound ORG
    -            -            PUNCT HYPH 6 punct    I-ORG
    Fibre        Fibre        PROPN NNP  7 compound I-ORG
    Arrangement  Arrangement  PROPN NNP  2 dobj     I-ORG
    .            .            PUNCT .    2 punct    -
    """
    assert _types(doc)["Multi-Fibre Arrangement"] == "EVENT"
    assert ("Kenya", "back", "Multi-Fibre Arrangement") in read_triples(doc)


def test_a_body_run_on_into_its_acronym_stays_a_body_without_it() -> None:
    doc = COCOA_AGREEMENT.replace("Agreement    Agreement ", "Council      Council   ").replace("PCA", "PCC")
    assert _types(doc)["Pacific Cocoa Council"] == "ORG"
    assert ("Colombia", "back", "Pacific Cocoa Council") in read_triples(doc)
