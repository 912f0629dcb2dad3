"""Wave 118 E: hedges and conditions stay on the act, and a denial reaches what it denies.

- A reported claim of evidence denied by a superlative of the least amount ("had not seen the slightest
  evidence that X attacked Y") or whose gerund hangs on "of" ("there was no sign of X withdrawing troops
  from Y") asserts nothing: no fact of X's.
- Acts seen to come under a word of likelihood ("the pact is likely to see X and Y build a plant in Z and
  arrange shipments to W") are possible only ("may"), the coordinated second verb too, even where the
  tagger takes the plural's bare infinitive for a present tense (VBP).
- An act in a condition opened by inversion ("Had X signed the pact, ...", "Were X to invade Y, ...") is
  not asserted, as one opened by "if" is not.

The sentences are ours and their parses are written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import read

Edge = tuple[str, str, str, bool, str | None]


def edges(table: str) -> set[Edge]:
    """(subject, predicate, object, negated, modality) of every relation between actors."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.negated, r.modality)
        for r in reading.relations
    }


def test_the_slightest_evidence_denied_asserts_nothing() -> None:
    # "Weber said she had not seen the slightest evidence that Chile had attacked Peru."
    found = edges(
        """
    Weber     Weber     PROPN NNP 2  nsubj PERSON
    said      say       VERB  VBD 0  ROOT  -
    she       she       PRON  PRP 6  nsubj -
    had       have      AUX   VBD 6  aux   -
    not       not       PART  RB  6  neg   -
    seen      see       VERB  VBN 2  ccomp -
    the       the       DET   DT  9  det   -
    slightest slight    ADJ   JJS 9  amod  -
    evidence  evidence  NOUN  NN  6  dobj  -
    that      that      SCONJ IN  13 mark  -
    Chile     Chile     PROPN NNP 13 nsubj GPE
    had       have      AUX   VBD 13 aux   -
    attacked  attack    VERB  VBN 9  relcl -
    Peru      Peru      PROPN NNP 13 dobj  GPE
    .         .         PUNCT .   2  punct -
    """
    )
    assert not {e for e in found if e[0] == "Chile"}


def test_no_sign_of_a_gerund_asserts_nothing() -> None:
    # "Weber said there was no sign of Chile withdrawing troops from Peru."
    found = edges(
        """
    Weber       Weber     PROPN NNP 2  nsubj PERSON
    said        say       VERB  VBD 0  ROOT  -
    there       there     PRON  EX  4  expl  -
    was         be        VERB  VBD 2  ccomp -
    no          no        DET   DT  6  det   -
    sign        sign      NOUN  NN  4  attr  -
    of          of        ADP   IN  6  prep  -
    Chile       Chile     PROPN NNP 9  nsubj GPE
    withdrawing withdraw  VERB  VBG 7  pcomp -
    troops      troop     NOUN  NNS 9  dobj  -
    from        from      ADP   IN  9  prep  -
    Peru        Peru      PROPN NNP 11 pobj  GPE
    .           .         PUNCT .   2  punct -
    """
    )
    assert not {e for e in found if e[0] == "Chile"}
