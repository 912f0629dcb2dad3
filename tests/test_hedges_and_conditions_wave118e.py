"""Wave 118 E: hedges and conditions stay on the act, and a denial reaches what it denies.

- A reported claim of evidence denied by a superlative of the least amount ("had not seen the slightest
  evidence that X attacked Y") or whose gerund hangs on "of" ("there was no sign of X withdrawing troops
  from Y") asserts nothing: no fact of X's.
- Acts seen to come under a word of likelihood ("the pact is likely to see X and Y build a plant in Z and
  arrange shipments to W") are possible only ("may"), the coordinated second verb too, even where the
  tagger takes the plural's bare infinitive for a present tense (VBP).
- A second verb the tagger takes for an adjective of its object ("build plants in X and organise
  shipments to Y", the noun joined to the first verb's object) is the verb it is, with its own object and
  the phrases after it (nlp.verbs_read_as_modifiers), so no "build shipments".
- An act in a condition opened by inversion ("Had X signed the pact, ...", "Were X to invade Y, ...") is
  not asserted, as one opened by "if" is not.

The sentences are ours and their parses are written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from geokg.extract.io.nlp import verbs_read_as_modifiers
from geokg.extract.pipeline import read_doc
from hand_docs import parse, read

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


def test_acts_seen_under_a_likelihood_are_possible_the_second_verb_too() -> None:
    # "The pact is likely to see Acme and Zenith build a plant in Chile and open an office in Peru."
    found = edges(
        """
    The     the     DET   DT  2  det      -
    pact    pact    NOUN  NN  3  nsubj    -
    is      be      AUX   VBZ 0  ROOT     -
    likely  likely  ADJ   JJ  3  acomp    -
    to      to      PART  TO  6  aux      -
    see     see     VERB  VB  4  xcomp    -
    Acme    Acme    PROPN NNP 10 nsubj    ORG
    and     and     CCONJ CC  7  cc       -
    Zenith  Zenith  PROPN NNP 7  conj     ORG
    build   build   VERB  VBP 6  ccomp    -
    a       a       DET   DT  12 det      -
    plant   plant   NOUN  NN  10 dobj     -
    in      in      ADP   IN  12 prep     -
    Chile   Chile   PROPN NNP 13 pobj     GPE
    and     and     CCONJ CC  10 cc       -
    open    open    VERB  VB  10 conj     -
    an      an      DET   DT  18 det      -
    office  office  NOUN  NN  16 dobj     -
    in      in      ADP   IN  18 prep     -
    Peru    Peru    PROPN NNP 19 pobj     GPE
    .       .       PUNCT .   3  punct    -
    """
    )
    acts = {(s, p, o) for s, p, o, _, _ in found}
    assert {("Acme", "build plant in", "Chile"), ("Zenith", "open office in", "Peru")} <= acts
    assert {m for *_, m in found} == {"may"}


def test_a_later_verb_seen_under_a_modal_keeps_the_modal() -> None:
    # "The deal could see Acme build a plant in Chile and open an office in Peru."
    found = edges(
        """
    The     the     DET   DT  2  det      -
    deal    deal    NOUN  NN  4  nsubj    -
    could   could   AUX   MD  4  aux      -
    see     see     VERB  VB  0  ROOT     -
    Acme    Acme    PROPN NNP 6  nsubj    ORG
    build   build   VERB  VB  4  ccomp    -
    a       a       DET   DT  8  det      -
    plant   plant   NOUN  NN  6  dobj     -
    in      in      ADP   IN  8  prep     -
    Chile   Chile   PROPN NNP 9  pobj     GPE
    and     and     CCONJ CC  6  cc       -
    open    open    VERB  VB  6  conj     -
    an      an      DET   DT  14 det      -
    office  office  NOUN  NN  12 dobj     -
    in      in      ADP   IN  14 prep     -
    Peru    Peru    PROPN NNP 15 pobj     GPE
    .       .       PUNCT .   4  punct    -
    """
    )
    assert ("Acme", "open office in", "Peru", False, "could") in found
    assert {m for *_, m in found} == {"could"}


def test_an_act_in_a_condition_opened_by_had_is_not_asserted() -> None:
    # "Had Chile signed the accord with Peru, Bolivia would have protested."
    found = edges(
        """
    Had       have     AUX   VBD 3  aux    -
    Chile     Chile    PROPN NNP 3  nsubj  GPE
    signed    sign     VERB  VBD 12 ccomp  -
    the       the      DET   DT  5  det    -
    accord    accord   NOUN  NN  3  dobj   -
    with      with     ADP   IN  5  prep   -
    Peru      Peru     PROPN NNP 6  pobj   GPE
    ,         ,        PUNCT ,   12 punct  -
    Bolivia   Bolivia  PROPN NNP 12 nsubj  GPE
    would     would    AUX   MD  12 aux    -
    have      have     AUX   VB  12 aux    -
    protested protest  VERB  VBN 0  ROOT   -
    .         .        PUNCT .   12 punct  -
    """
    )
    assert not {e for e in found if e[0] == "Chile"}


def test_an_act_in_a_condition_opened_by_were_is_not_asserted() -> None:
    # "Were Chile to invade Peru, Bolivia would expel Chile's envoy."
    found = edges(
        """
    Were     be       AUX   VBD 8  advcl  -
    Chile    Chile    PROPN NNP 1  nsubj  GPE
    to       to       PART  TO  4  aux    -
    invade   invade   VERB  VB  1  xcomp  -
    Peru     Peru     PROPN NNP 4  dobj   GPE
    ,        ,        PUNCT ,   8  punct  -
    Bolivia  Bolivia  PROPN NNP 8  nsubj  GPE
    expel    expel    VERB  VB  0  ROOT   -
    .        .        PUNCT .   8  punct  -
    """
    )
    assert not {e for e in found if e[1] == "invade"}


def test_an_act_a_modal_consequence_means_keeps_the_modal() -> None:
    # "A rebel win would mean Chile recognising Kosovo."
    found = edges(
        """
    A          a          DET   DT  3  det      -
    rebel      rebel      NOUN  NN  3  compound -
    win        win        NOUN  NN  5  nsubj    -
    would      would      AUX   MD  5  aux      -
    mean       mean       VERB  VB  0  ROOT     -
    Chile      Chile      PROPN NNP 7  nsubj    GPE
    recognising recognise VERB  VBG 5  ccomp    -
    Kosovo     Kosovo     PROPN NNP 7  dobj     GPE
    .          .          PUNCT .   5  punct    -
    """
    )
    assert ("Chile", "recognise", "Kosovo", False, "would") in found


def test_an_act_awaited_in_a_time_phrase_under_a_modal_is_possible() -> None:
    # "Bolivia would lift the levy within a year of Chile recognising Kosovo."
    found = edges(
        """
    Bolivia     Bolivia    PROPN NNP 3  nsubj  GPE
    would       would      AUX   MD  3  aux    -
    lift        lift       VERB  VB  0  ROOT   -
    the         the        DET   DT  5  det    -
    levy        levy       NOUN  NN  3  dobj   -
    within      within     ADP   IN  3  prep   -
    a           a          DET   DT  8  det    DATE
    year        year       NOUN  NN  6  pobj   I-DATE
    of          of         ADP   IN  8  prep   -
    Chile       Chile      PROPN NNP 9  pobj   GPE
    recognising recognise  VERB  VBG 10 acl    -
    Kosovo      Kosovo     PROPN NNP 11 dobj   GPE
    .           .          PUNCT .   3  punct  -
    """
    )
    assert ("Chile", "recognise", "Kosovo", False, "may") in found


def test_a_second_verb_tagged_an_adjective_keeps_its_own_object() -> None:
    # "Acme will build plants in Chile and organise shipments to Peru.": the tagger reads "organise" as an
    # adjective of "shipments", which the parser joins to "plants"
    doc = verbs_read_as_modifiers(
        parse(
            """
    Acme      Acme      PROPN NNP 3  nsubj ORG
    will      will      AUX   MD  3  aux   -
    build     build     VERB  VB  0  ROOT  -
    plants    plant     NOUN  NNS 3  dobj  -
    in        in        ADP   IN  4  prep  -
    Chile     Chile     PROPN NNP 5  pobj  GPE
    and       and       CCONJ CC  4  cc    -
    organise  organise  ADJ   JJ  9  amod  -
    shipments shipment  NOUN  NNS 4  conj  -
    to        to        ADP   IN  3  prep  -
    Peru      Peru      PROPN NNP 10 pobj  GPE
    .         .         PUNCT .   3  punct -
    """
        )
    )
    organise = doc[7]
    assert (organise.pos_, organise.dep_, organise.head.i) == ("VERB", "conj", 2)
    assert (doc[8].dep_, doc[8].head.i) == ("dobj", 7)
    assert doc[9].head.i == 7  # "to Peru" is the shipments' destination, no longer the building's
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    found = {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}
    assert ("Acme", "build plant in", "Chile") in found
    assert not any(p.startswith("build shipment") for _, p, _ in found)
