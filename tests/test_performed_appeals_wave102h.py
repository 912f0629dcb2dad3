"""Wave 102 H: in a person's quoted words, the "we" of an appeal the words perform ("We urge Chile to …",
"we call on Chile to …": a present verb of request with no modal) is the speaker, whose own act it is, as
"I urge" is; a "we" of "we would urge" stays the speaker's unnamed side (quotes._performed_appeal). Each test
states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read_attributed, roots_between


def _urge(modal: str) -> str:
    """'"We <modal> urge Chile to reconsider the plan," Carlos Mendez said.'"""
    n = 1 if modal else 0  # the modal, when there is one, comes third
    rows = [
        f'"           "           PUNCT ``   {3 + n}  punct    -',
        f"We          we          PRON  PRP  {3 + n}  nsubj    -",
        *([f"{modal}  {modal}     AUX   MD   4  aux      -"] if modal else []),
        f"urge        urge        VERB  {'VB' if modal else 'VBP'} {13 + n} ccomp -",
        f"Chile       Chile       PROPN NNP  {3 + n}  dobj     GPE",
        f"to          to          PART  TO   {6 + n}  aux      -",
        f"reconsider  reconsider  VERB  VB   {3 + n}  xcomp    -",
        f"the         the         DET   DT   {8 + n}  det      -",
        f"plan        plan        NOUN  NN   {6 + n}  dobj     -",
        f",           ,           PUNCT ,    {13 + n} punct    -",
        f"\"           \"           PUNCT ''   {13 + n} punct    -",
        f"Carlos      Carlos      PROPN NNP  {12 + n} compound PERSON",
        f"Mendez      Mendez      PROPN NNP  {13 + n} nsubj    I-PERSON",
        "said        say         VERB  VBD  0  ROOT     -",
        f".           .           PUNCT .    {13 + n} punct    -",
    ]
    return "\n".join(rows)


def test_a_quoted_we_urge_is_the_speakers_own_appeal() -> None:
    assert roots_between(_urge(""), "Carlos Mendez", "Chile") == {"02"}
    assert ("Carlos Mendez", "urge", "Chile", "Carlos Mendez") in read_attributed(_urge(""))
    # "we would urge" makes no appeal in the saying: "we" stays the speaker's unnamed side
    assert ("Carlos Mendez", "urge", "Chile", "Carlos Mendez") not in read_attributed(_urge("would"))
