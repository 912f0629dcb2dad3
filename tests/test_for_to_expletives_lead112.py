"""An "it" before "be" that anticipates a "for X to do" clause refers to nothing (coref.expletive): "said it
was a breakthrough for the lenders to offer relief" says nothing of a body named before; "wrought" is the past
of "wreak"."""

from __future__ import annotations

from geokg.extract.entities.coref import expletive
from hand_docs import parse, read_triples

# "The BBC reported on the talks. John Smith said it was a major breakthrough for the lenders to offer
# relief."
BREAKTHROUGH = """
The            the            DET   DT   2   det       ORG
BBC            BBC            PROPN NNP  3   nsubj     I-ORG
reported       report         VERB  VBD  0   ROOT      -
on             on             ADP   IN   3   prep      -
the            the            DET   DT   6   det       -
talks          talk           NOUN  NNS  4   pobj      -
.              .              PUNCT .    3   punct     -
John           John           PROPN NNP  9   compound  PERSON
Smith          Smith          PROPN NNP  10  nsubj     I-PERSON
said           say            VERB  VBD  0   ROOT      -
it             it             PRON  PRP  12  nsubj     -
was            be             AUX   VBD  10  ccomp     -
a              a              DET   DT   15  det       -
major          major          ADJ   JJ   15  amod      -
breakthrough   breakthrough   NOUN  NN   12  attr      -
for            for            SCONJ IN   20  mark      -
the            the            DET   DT   18  det       -
lenders        lender         NOUN  NNS  20  nsubj     -
to             to             PART  TO   20  aux       -
offer          offer          VERB  VB   15  advcl     -
relief         relief         NOUN  NN   20  dobj      -
.              .              PUNCT .    10  punct     -
"""

# "It is ready to fight." : no "for" clause of its own subject; "it" may be a party
READY = """
It             it             PRON  PRP  2   nsubj     -
is             be             AUX   VBZ  0   ROOT      -
ready          ready          ADJ   JJ   2   acomp     -
to             to             PART  TO   5   aux       -
fight          fight          VERB  VB   3   xcomp     -
.              .              PUNCT .    2   punct     -
"""


def test_it_before_a_for_to_clause_is_an_expletive() -> None:
    assert expletive(parse(BREAKTHROUGH)[10])


def test_the_speaker_says_nothing_of_the_body_named_before() -> None:
    assert not any(fact[0] == "John Smith" and fact[2] == "BBC" for fact in read_triples(BREAKTHROUGH))


def test_it_ready_to_fight_is_no_expletive() -> None:
    assert not expletive(parse(READY)[0])


# "The damage wrought by the storms", as the lemmatizer gives it: the old past of "work"
WROUGHT = """
The            the            DET   DT   2   det       -
damage         damage         NOUN  NN   0   ROOT      -
wrought        work           VERB  VBN  2   acl       -
by             by             ADP   IN   3   agent     -
the            the            DET   DT   6   det       -
storms         storm          NOUN  NNS  4   pobj      -
"""


def test_wrought_is_the_past_of_wreak() -> None:
    from geokg.extract.io.nlp import verb_lemmas

    assert verb_lemmas(parse(WROUGHT))[2].lemma_ == "wreak"
