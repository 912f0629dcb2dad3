"""Wave 103 F: the object of a verb of telling is its hearer, never an inverted speaker ('Jan Bolt was
defiant, telling Radio Andina: "Chile will never confine us …"': the quotation's "us" is not the radio's);
and the that-clause of a denied or refused verb of letting be ("refused to accept that Chile could block",
"would never accept that Chile should block") or of a rejected idea ("rejected any idea that Chile should
block") is a possibility refused: no fact of its act, no appeal to its subject (quotes.refused_possibility).
Each test states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read_attributed

TOLD_A_RADIO = """
Jan         Jan         PROPN NNP  2   compound  PERSON
Bolt        Bolt        PROPN NNP  3   nsubj     I-PERSON
was         be          AUX   VBD  0   ROOT      -
defiant     defiant     ADJ   JJ   3   acomp     -
,           ,           PUNCT ,    3   punct     -
telling     tell        VERB  VBG  3   advcl     -
Radio       Radio       PROPN NNP  8   compound  ORG
Andina      Andina      PROPN NNP  6   dobj      I-ORG
:           :           PUNCT :    3   punct     -
"           "           PUNCT ``   14  punct     -
Chile       Chile       PROPN NNP  14  nsubj     GPE
will        will        AUX   MD   14  aux       -
never       never       ADV   RB   14  neg       -
confine     confine     VERB  VB   3   ccomp     -
us          we          PRON  PRP  14  dobj      -
to          to          ADP   IN   14  prep      -
the         the         DET   DT   18  det       -
coast       coast       NOUN  NN   16  pobj      -
.           .           PUNCT .    14  punct     -
"           "           PUNCT ''   14  punct     -
"""

REFUSED_TO_ACCEPT = """
Peru        Peru        PROPN NNP  2   nsubj     GPE
refused     refuse      VERB  VBD  0   ROOT      -
to          to          PART  TO   4   aux       -
accept      accept      VERB  VB   2   xcomp     -
that        that        SCONJ IN   8   mark      -
Chile       Chile       PROPN NNP  8   nsubj     GPE
could       could       AUX   MD   8   aux       -
block       block       VERB  VB   4   ccomp     -
Bolivian    bolivian    ADJ   JJ   10  amod      NORP
ships       ship        NOUN  NNS  8   dobj      -
.           .           PUNCT .    2   punct     -
"""

REJECTED_IDEA = """
Peru        Peru        PROPN NNP  2   nsubj     GPE
rejected    reject      VERB  VBD  0   ROOT      -
any         any         DET   DT   4   det       -
idea        idea        NOUN  NN   2   dobj      -
that        that        SCONJ IN   8   mark      -
Chile       Chile       PROPN NNP  8   nsubj     GPE
should      should      AUX   MD   8   aux       -
block       block       VERB  VB   4   acl       -
Bolivian    bolivian    ADJ   JJ   10  amod      NORP
ships       ship        NOUN  NNS  8   dobj      -
.           .           PUNCT .    2   punct     -
"""


def _never_accept(never: bool) -> str:
    """'Jan Bolt said Peru would [never] accept that Chile should block Bolivian ships.'"""
    n = 1 if never else 0
    rows = [
        "Jan         Jan         PROPN NNP  2   compound  PERSON",
        "Bolt        Bolt        PROPN NNP  3   nsubj     I-PERSON",
        "said        say         VERB  VBD  0   ROOT      -",
        f"Peru        Peru        PROPN NNP  {6 + n}   nsubj     GPE",
        f"would       would       AUX   MD   {6 + n}   aux       -",
        *(["never       never       ADV   RB   7   neg       -"] if never else []),
        "accept      accept      VERB  VB   3   ccomp     -",
        f"that        that        SCONJ IN   {10 + n}  mark      -",
        f"Chile       Chile       PROPN NNP  {10 + n}  nsubj     GPE",
        f"should      should      AUX   MD   {10 + n}  aux       -",
        f"block       block       VERB  VB   {6 + n}   ccomp     -",
        f"Bolivian    bolivian    ADJ   JJ   {12 + n}  amod      NORP",
        f"ships       ship        NOUN  NNS  {10 + n}  dobj      -",
        ".           .           PUNCT .    3   punct     -",
    ]
    return "\n".join(rows)


def test_the_hearer_of_telling_is_not_the_quoted_we() -> None:
    found = read_attributed(TOLD_A_RADIO)
    assert not any(obj == "Radio Andina" and subject == "Chile" for subject, _, obj, _ in found)
    assert not any(source == "Radio Andina" for *_, source in found)
    assert ("Jan Bolt", "tell", "Radio Andina", None) in found  # the telling itself stays


def test_a_clause_refused_acceptance_is_no_fact() -> None:
    assert not any(s == "Chile" and o == "Bolivia" for s, _, o, _ in read_attributed(REFUSED_TO_ACCEPT))
    assert not any(s == "Chile" and o == "Bolivia" for s, _, o, _ in read_attributed(REJECTED_IDEA))
    # the same clauses agreed to or welcomed are read: only the refusal keeps their act from being a fact
    agreed = REFUSED_TO_ACCEPT.replace("refused     refuse ", "agreed      agree  ")
    welcomed = REJECTED_IDEA.replace("rejected    reject ", "welcomed    welcome")
    assert ("Chile", "block", "Bolivia", None) in read_attributed(agreed)
    assert ("Chile", "block", "Bolivia", None) in read_attributed(welcomed)


def test_a_report_of_a_refused_possibility_appeals_to_nobody() -> None:
    assert not any(o == "Chile" for _, _, o, _ in read_attributed(_never_accept(True)))
    # what was accepted is no possibility refused: the report's reading of it stays
    assert any(o == "Chile" for _, _, o, _ in read_attributed(_never_accept(False)))
