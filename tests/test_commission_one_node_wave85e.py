"""A story that names the Community's Commission ("the European Community (EC) Commission", "the EC
Commission") and then "the Commission" speaks of one body, labelled as the table labels it ("European
Commission"): the name, its acronym in brackets and the body's head word after them are one name, not the
Community and a second, bare Commission (wave 85 E). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

# "The European Community (EC) Commission said it would help Ruritania. The Commission said it would pay
# Ruritania."
COMMUNITY_COMMISSION = """
The         the         DET   DT    7 det      ORG
European    European    PROPN NNP   3 nmod     I-ORG
Community   Community   PROPN NNP   7 nmod     I-ORG
(           (           PUNCT -LRB- 3 punct    -
EC          EC          PROPN NNP   7 nmod     ORG
)           )           PUNCT -RRB- 7 punct    -
Commission  Commission  PROPN NNP   8 nsubj    -
said        say         VERB  VBD   0 ROOT     -
it          it          PRON  PRP   11 nsubj   -
would       would       AUX   MD    11 aux     -
help        help        VERB  VB    8 ccomp    -
Ruritania   Ruritania   PROPN NNP   11 dobj    GPE
.           .           PUNCT .     8 punct    -
The         the         DET   DT    15 det     -
Commission  Commission  PROPN NNP   16 nsubj   ORG
said        say         VERB  VBD   0 ROOT     -
it          it          PRON  PRP   19 nsubj   -
would       would       AUX   MD    19 aux     -
pay         pay         VERB  VB    16 ccomp   -
Ruritania   Ruritania   PROPN NNP   19 dobj    GPE
.           .           PUNCT .     16 punct   -
"""


def test_a_name_its_bracketed_acronym_and_a_head_word_are_one_body() -> None:
    entities = {e.label: e for e in read(COMMUNITY_COMMISSION).entities.entities()}
    assert "Commission" in entities["European Commission"].aliases
    assert "Commission" not in entities
    assert "European Community" not in entities


def test_the_bare_commission_is_the_commission_named_before() -> None:
    triples = read_triples(COMMUNITY_COMMISSION)
    assert ("European Commission", "help", "Ruritania") in triples
    assert ("European Commission", "pay", "Ruritania") in triples


def test_the_ec_commission_takes_the_tables_label() -> None:
    """ "The EC Commission said it would help Ruritania." """
    doc = """
    The         the         DET   DT   3 det      -
    EC          EC          PROPN NNP  3 compound ORG
    Commission  Commission  PROPN NNP  4 nsubj    I-ORG
    said        say         VERB  VBD  0 ROOT     -
    it          it          PRON  PRP  7 nsubj    -
    would       would       AUX   MD   7 aux      -
    help        help        VERB  VB   4 ccomp    -
    Ruritania   Ruritania   PROPN NNP  7 dobj     GPE
    .           .           PUNCT .    4 punct    -
    """
    assert ("European Commission", "help", "Ruritania") in read_triples(doc)
