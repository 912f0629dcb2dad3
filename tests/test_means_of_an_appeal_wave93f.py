"""The means of an act asked for is asked for too (wave 93 F): "Union leader Ann Roe urged the Canadian
government to retaliate against Japan by raising tariffs on Japanese goods". The retaliation is Roe's
wish ("should", attributed to Roe), and so is the tariff raise it is to be done by: a gerund after "by" on
the requested verb takes the request (voice.controller), where it was read as a raise done, said by no one,
beside its attributed neighbour. The means of an act to come is to come as well ("Japan will retaliate
against Brazil by raising tariffs": will raise; voice.polarity), not a raise done. Parses are built by
hand as the parser gave them (tests/hand_docs.py); the sentences and the people are ours."""

from __future__ import annotations

from hand_docs import read

URGED = """
Union          union          NOUN  NN   2  compound -
leader         leader         NOUN  NN   4  compound -
Ann            Ann            PROPN NNP  4  compound PERSON
Roe            Roe            PROPN NNP  5  nsubj    I-PERSON
urged          urge           VERB  VBD  0  ROOT     -
the            the            DET   DT   8  det      -
Canadian       canadian       ADJ   JJ   8  amod     NORP
government     government     NOUN  NN   5  dobj     -
to             to             PART  TO   10 aux      -
retaliate      retaliate      VERB  VB   5  xcomp    -
against        against        ADP   IN   10 prep     -
Japan          Japan          PROPN NNP  11 pobj     GPE
by             by             ADP   IN   10 prep     -
raising        raise          VERB  VBG  13 pcomp    -
tariffs        tariff         NOUN  NNS  14 dobj     -
on             on             ADP   IN   14 prep     -
Japanese       japanese       ADJ   JJ   18 amod     NORP
goods          good           NOUN  NNS  16 pobj     -
.              .              PUNCT .    5  punct    -
"""


def _acts_against_japan(table: str) -> dict[str, tuple[str | None, str | None]]:
    """predicate -> (modality, label of whom it is attributed to) of every act with Japan for its object."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        r.predicate: (r.modality, label.get(r.attributed_to) if r.attributed_to else None)
        for r in reading.relations
        if label[r.object.entity_id] == "Japan" and r.predicate != "urge"
    }


def test_the_means_of_a_requested_act_is_the_askers_wish_too() -> None:
    acts = _acts_against_japan(URGED)
    assert acts["retaliate against"] == ("should", "Ann Roe")
    raised = [p for p in acts if p.startswith("raise")]
    assert raised
    assert all(acts[p] == ("should", "Ann Roe") for p in raised)


FORETOLD = """
Japan      Japan      PROPN NNP  3  nsubj    GPE
will       will       AUX   MD   3  aux      -
retaliate  retaliate  VERB  VB   0  ROOT     -
against    against    ADP   IN   3  prep     -
Brazil     Brazil     PROPN NNP  4  pobj     GPE
by         by         ADP   IN   3  prep     -
raising    raise      VERB  VBG  6  pcomp    -
tariffs    tariff     NOUN  NNS  7  dobj     -
on         on         ADP   IN   7  prep     -
Brazilian  brazilian  ADJ   JJ   11 amod     NORP
coffee     coffee     NOUN  NN   9  pobj     -
.          .          PUNCT .    3  punct    -
"""


def test_the_means_of_an_act_to_come_is_to_come() -> None:
    # "will retaliate by raising tariffs": the raise is to come as the retaliation is, not done
    reading = read(FORETOLD)
    label = {e.id: e.label for e in reading.entities.entities()}
    modals = {
        r.predicate: r.modality
        for r in reading.relations
        if label[r.subject.entity_id] == "Japan" and label[r.object.entity_id] == "Brazil"
    }
    assert modals["retaliate against"] == "will"
    raised = [p for p in modals if p.startswith("raise")]
    assert raised
    assert all(modals[p] == "will" for p in raised)
