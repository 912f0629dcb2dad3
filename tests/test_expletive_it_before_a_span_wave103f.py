"""Wave 103 F: an "it is" followed by a span of time up to or from a clause ("it may be two weeks
until Bolt replies", "it could be days before …": words.tsv elapsed_time_marks) is an empty "it", no
antecedent: the report is of nobody the sentence before named (coref.expletive). The parse is stated by
hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import expletive
from hand_docs import parse, read_attributed


def _weeks_until() -> str:
    """'The Andean Trade Council sent a proposal to Jan Bolt, officials said. Peruvian officials said it may
    be two weeks until Bolt replies.'"""
    rows = [
        "The         the         DET   DT   4   det       -",
        "Andean      Andean      PROPN NNP  4   compound  ORG",
        "Trade       Trade       PROPN NNP  4   compound  I-ORG",
        "Council     Council     PROPN NNP  5   nsubj     I-ORG",
        "sent        send        VERB  VBD  13  ccomp     -",
        "a           a           DET   DT   7   det       -",
        "proposal    proposal    NOUN  NN   5   dobj      -",
        "to          to          ADP   IN   5   prep      -",
        "Jan         Jan         PROPN NNP  10  compound  PERSON",
        "Bolt        Bolt        PROPN NNP  8   pobj      I-PERSON",
        ",           ,           PUNCT ,    13  punct     -",
        "officials   official    NOUN  NNS  13  nsubj     -",
        "said        say         VERB  VBD  0   ROOT      -",
        ".           .           PUNCT .    13  punct     -",
        "Peruvian    Peruvian    ADJ   JJ   16  amod      NORP",
        "officials   official    NOUN  NNS  17  nsubj     -",
        "said        say         VERB  VBD  0   ROOT      -",
        "it          it          PRON  PRP  20  nsubj     -",
        "may         may         AUX   MD   20  aux       -",
        "be          be          AUX   VB   17  ccomp     -",
        "two         two         NUM   CD   22  nummod    DATE",
        "weeks       week        NOUN  NNS  25  npadvmod  I-DATE",
        "until       until       SCONJ IN   25  mark      -",
        "Bolt        Bolt        PROPN NNP  25  nsubj     PERSON",
        "replies     reply       VERB  VBZ  20  advcl     -",
        ".           .           PUNCT .    17  punct     -",
    ]
    return "\n".join(rows)


def test_it_before_a_span_of_time_is_no_one() -> None:
    doc = parse(_weeks_until())
    assert expletive(doc[17])  # the "it"
    found = read_attributed(_weeks_until())
    assert not any(o == "Andean Trade Council" for _, _, o, _ in found)
    assert ("Andean Trade Council", "send proposal to", "Jan Bolt", None) in found
