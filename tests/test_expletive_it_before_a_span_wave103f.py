"""Wave 103 F: an "it is" followed by a span of time up to or from a clause ("it might be several days
before Bolt would act", "it will be weeks until …": words.tsv elapsed_time_marks) is an empty "it", no
antecedent: the report is of nobody the sentence before named (coref.expletive). The parse is stated by
hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import expletive
from hand_docs import parse, read_attributed


def _days_before() -> str:
    """'The Andean Trade Council made a recommendation to Jan Bolt, officials said. Peruvian officials said
    it might be several days before Bolt would act.'"""
    rows = [
        "The         the         DET   DT   5   det       -",
        "Andean      Andean      PROPN NNP  5   compound  ORG",
        "Trade       Trade       PROPN NNP  5   compound  I-ORG",
        "Council     Council     PROPN NNP  5   nsubj     I-ORG",
        "made        make        VERB  VBD  14  ccomp     -",
        "a           a           DET   DT   7   det       -",
        "recommendation recommendation NOUN NN 5 dobj     -",
        "to          to          ADP   IN   7   prep      -",
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
        "might       might       AUX   MD   20  aux       -",
        "be          be          AUX   VB   17  ccomp     -",
        "several     several     ADJ   JJ   22  amod      DATE",
        "days        day         NOUN  NNS  26  npadvmod  I-DATE",
        "before      before      SCONJ IN   26  mark      -",
        "Bolt        Bolt        PROPN NNP  26  nsubj     PERSON",
        "would       would       AUX   MD   26  aux       -",
        "act         act         VERB  VB   20  advcl     -",
        ".           .           PUNCT .    17  punct     -",
    ]
    return "\n".join(rows)


def test_it_before_a_span_of_time_is_no_one() -> None:
    doc = parse(_days_before())
    assert expletive(doc[17])  # the "it"
    found = read_attributed(_days_before())
    assert not any(o == "Andean Trade Council" and p != "make recommendation to" for _, p, o, _ in found)
