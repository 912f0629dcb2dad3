"""Wave 113 H: only a state lets people in or keeps them out. "Lopez and Ortiz were refused entry to Peru" is
Peru refusing them, not them refusing Peru; so is a reduced passive the parser read as an active verb ("the
case of six Kurds refused entry to Peru"). A state or a body that refuses keeps its own act (sentences of
our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read_triples

PASSIVE = """
Lopez     Lopez    PROPN NNP 5 nsubjpass PERSON
and       and      CCONJ CC  1 cc        -
Ortiz     Ortiz    PROPN NNP 1 conj      PERSON
were      be       AUX   VBD 5 auxpass   -
refused   refuse   VERB  VBN 0 ROOT      -
entry     entry    NOUN  NN  5 dobj      -
to        to       ADP   IN  6 prep      -
Peru      Peru     PROPN NNP 7 pobj      GPE
.         .        PUNCT .   5 punct     -
"""

ASYLUM_ON_THE_VERB = """
Lopez     Lopez    PROPN NNP 3 nsubjpass PERSON
was       be       AUX   VBD 3 auxpass   -
granted   grant    VERB  VBN 0 ROOT      -
asylum    asylum   NOUN  NN  3 dobj      -
in        in       ADP   IN  3 prep      -
Chile     Chile    PROPN NNP 5 pobj      GPE
.         .        PUNCT .   3 punct     -
"""

# "Oxfam took up the case of six Kurds refused entry to Peru.": the parser made "refused" an active verb
REDUCED = """
Oxfam     Oxfam    PROPN NNP 2  nsubj    ORG
took      take     VERB  VBD 0  ROOT     -
up        up       ADP   RP  2  prt      -
the       the      DET   DT  5  det      -
case      case     NOUN  NN  2  dobj     -
of        of       ADP   IN  5  prep     -
six       six      NUM   CD  8  nummod   CARDINAL
Kurds     Kurds    PROPN NNP 9  nsubj    ORG
refused   refuse   VERB  VBD 2  conj     -
entry     entry    NOUN  NN  9  dobj     -
to        to       ADP   IN  10 prep     -
Peru      Peru     PROPN NNP 11 pobj     GPE
.         .        PUNCT .   2  punct    -
"""


def _state_refuses(subject: str) -> str:
    """ "<subject> refused entry to Turkey." """
    return f"""
{subject}  {subject}  PROPN NNP 2 nsubj GPE
refused    refuse     VERB  VBD 0 ROOT  -
entry      entry      NOUN  NN  2 dobj  -
to         to         ADP   IN  3 prep  -
Turkey     Turkey     PROPN NNP 4 pobj  GPE
.          .          PUNCT .   2 punct -
"""


def test_the_state_refuses_those_refused_entry_to_it() -> None:
    triples = read_triples(PASSIVE)
    assert ("Peru", "refuse entry to", "Lopez") in triples
    assert ("Peru", "refuse entry to", "Ortiz") in triples
    assert not {t for t in triples if t[0] in ("Lopez", "Ortiz")}


def test_the_state_grants_asylum_in_it() -> None:
    triples = read_triples(ASYLUM_ON_THE_VERB)
    assert ("Chile", "grant asylum to", "Lopez") in triples
    assert not {t for t in triples if t[0] == "Lopez"}


def test_counted_people_read_as_refusing_are_refused() -> None:
    triples = read_triples(REDUCED)
    assert ("Peru", "refuse entry to", "Kurds") in triples
    assert ("Kurds", "refuse entry to", "Peru") not in triples


def test_a_state_refusing_entry_keeps_its_act() -> None:
    # guard: passes with or without the change
    assert ("Greece", "refuse entry to", "Turkey") in read_triples(_state_refuses("Greece"))
