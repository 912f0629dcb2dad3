"""After a verb of telling, a name that ends the hearer's apposition right before a clause with no subject
("told a Senate subcommittee the Group of Five and Canada agreed in Paris") is left to told_subjects, which
makes the apposition the clause's subject: coordinated_clauses (wave 106 F's second holder) does not make the
last name the subject of a clause coordinated with "told". An envoy called home in the passive keeps
its parse (recalled_envoys reads the active only). The lead's mends in the wave 106 merge. The parse
is stated by hand as the parser gives it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from geokg.extract.io.nlp import coordinated_clauses, recalled_envoys, told_subjects
from hand_docs import parse

# "He told a Senate subcommittee the Group of Five and Canada agreed in Paris."
TOLD_SUBCOMMITTEE = """
He           he           PRON  PRP 2  nsubj    -
told         tell         VERB  VBD 0  ROOT     -
a            a            DET   DT  5  det      -
Senate       Senate       PROPN NNP 5  compound ORG
subcommittee subcommittee NOUN  NN  2  dobj     -
the          the          DET   DT  7  det      -
Group        Group        PROPN NNP 5  appos    -
of           of           ADP   IN  7  prep     -
Five         five         NUM   CD  8  pobj     CARDINAL
and          and          CCONJ CC  7  cc       -
Canada       Canada       PROPN NNP 7  conj     GPE
agreed       agree        VERB  VBD 2  ccomp    -
in           in           ADP   IN  12 prep     -
Paris        Paris        PROPN NNP 13 pobj     GPE
.            .            PUNCT .   2  punct    -
"""


def test_a_name_in_the_hearers_apposition_is_no_coordinated_subject() -> None:
    doc = coordinated_clauses(parse(TOLD_SUBCOMMITTEE))
    assert doc[10].dep_ != "nsubj" and doc[11].dep_ == "ccomp", [(t.text, t.dep_, t.head.i) for t in doc]
    doc = told_subjects(doc)
    assert doc[6].dep_ == "nsubj" and doc[6].head.i == 11, [(t.text, t.dep_, t.head.i) for t in doc]


# "Ambassador Jan Bolt was called home to supervise a review."
CALLED_HOME_PASSIVE = """
Ambassador Ambassador PROPN NNP 3  compound  -
Jan        Jan        PROPN NNP 3  compound  PERSON
Bolt       Bolt       PROPN NNP 5  nsubjpass I-PERSON
was        be         AUX   VBD 5  auxpass   -
called     call       VERB  VBN 0  ROOT      -
home       home       ADV   RB  5  oprd      -
to         to         PART  TO  8  aux       -
supervise  supervise  VERB  VB  5  advcl     -
a          a          DET   DT  10 det       -
review     review     NOUN  NN  8  dobj      -
.          .          PUNCT .   5  punct     -
"""


def test_an_envoy_called_home_in_the_passive_keeps_the_parse() -> None:
    """(wave 106 F's recalled_envoys reads the active only: the passive's purpose clause stays as parsed)"""
    doc = recalled_envoys(parse(CALLED_HOME_PASSIVE))
    assert doc[4].lemma_ == "call" and doc[5].dep_ == "oprd", [(t.text, t.lemma_, t.dep_) for t in doc]
